#include "WelcomePage.h"

#include <QCommandLinkButton>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ita::gui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_sample(new QCommandLinkButton(this))
    , m_import(new QCommandLinkButton(this))
    , m_open(new QCommandLinkButton(this))
    , m_server(new QCommandLinkButton(this)) {
    setObjectName(QStringLiteral("welcome"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    m_text->setWordWrap(true);
    m_sample->setObjectName(QStringLiteral("welcomeSample"));
    m_import->setObjectName(QStringLiteral("welcomeImport"));
    m_open->setObjectName(QStringLiteral("welcomeOpen"));
    m_server->setObjectName(QStringLiteral("welcomeServer"));
    // A column of readable width in the middle of the window, at any window size.
    auto *column = new QWidget(this);
    column->setMinimumWidth(420);
    column->setMaximumWidth(680);
    auto *inner = new QVBoxLayout(column);
    inner->addWidget(m_title);
    inner->addWidget(m_text);
    inner->addSpacing(12);
    for (QCommandLinkButton *b : {m_sample, m_import, m_open, m_server})
        inner->addWidget(b);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
    connect(m_sample, &QCommandLinkButton::clicked, this, &WelcomePage::sampleRequested);
    connect(m_import, &QCommandLinkButton::clicked, this, &WelcomePage::importRequested);
    connect(m_open, &QCommandLinkButton::clicked, this, &WelcomePage::openRequested);
    connect(m_server, &QCommandLinkButton::clicked, this, &WelcomePage::serverRequested);
    retranslate();
}

void WelcomePage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WelcomePage::retranslate() {
    m_title->setText(tr("Welcome to ITA Planner"));
    m_text->setText(tr("Analyse this year's ITA results, plan the measures that raise them, "
                       "follow them through the fiscal year and publish the report. Everything "
                       "is kept in one file. Where would you like to start?"));
    m_sample->setText(tr("Open the sample agency"));
    m_sample->setDescription(tr("A real agency's FY2564 results, analysis and plan, to try "
                                "everything on. Help → Open the Sample brings it back later."));
    m_import->setText(tr("Import this year's results"));
    m_import->setDescription(tr("Start a new file for your agency and read in the scores from "
                                "the NACC (CSV or JSON). A year whose assessment changed gets "
                                "its framework first."));
    m_open->setText(tr("Open a file…"));
    m_open->setDescription(tr("An ITA Planner file (.itadb) you or your group already keep."));
    m_server->setText(tr("Connect to the team's server…"));
    m_server->setDescription(tr("Work on one plan together with the working group, on the "
                                "PostgreSQL database your IT unit set up."));
}

} // namespace ita::gui
