#include "NavigatorWidget.h"

#include "document/Workspace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ita::gui {

namespace {
constexpr int IdRole = Qt::UserRole;
constexpr int AgencyRole = Qt::UserRole + 1;
} // namespace

NavigatorWidget::NavigatorWidget(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_tree(new QTreeWidget(this))
    , m_newAgency(new QPushButton(this))
    , m_newYear(new QPushButton(this)) {
    m_tree->setObjectName(QStringLiteral("navigator"));
    m_tree->setColumnCount(1);
    m_tree->header()->setStretchLastSection(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newAgency);
    buttons->addWidget(m_newYear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, IdRole).toLongLong() > 0)
            emit assessmentChosen(item->data(0, IdRole).toLongLong());
    });
    connect(m_newAgency, &QPushButton::clicked, this, &NavigatorWidget::newAgencyRequested);
    connect(m_newYear, &QPushButton::clicked, this,
            [this] { emit newYearRequested(currentAgency()); });
    retranslate();
}

QString NavigatorWidget::currentAgency() const {
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, AgencyRole).toString() : QString();
}

void NavigatorWidget::reload() {
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    QTreeWidgetItem *agencyItem = nullptr;
    for (const auto &s : m_workspace.assessments()) {
        if (!agencyItem || agencyItem->data(0, AgencyRole).toString() != s.agency) {
            agencyItem = new QTreeWidgetItem(m_tree, {s.agency});
            agencyItem->setData(0, AgencyRole, s.agency);
            agencyItem->setExpanded(true);
        }
        auto *year = new QTreeWidgetItem(agencyItem);
        year->setData(0, IdRole, s.id);
        year->setData(0, AgencyRole, s.agency);
        year->setData(0, Qt::UserRole + 2, s.fiscalYear);
        year->setToolTip(0, s.frameworkId);
    }
    retranslate();
    if (m_workspace.document())
        select(m_workspace.document()->id());
}

void NavigatorWidget::select(qint64 assessmentId) {
    const QSignalBlocker blocker(m_tree);
    for (int a = 0; a < m_tree->topLevelItemCount(); ++a) {
        QTreeWidgetItem *agency = m_tree->topLevelItem(a);
        for (int y = 0; y < agency->childCount(); ++y)
            if (agency->child(y)->data(0, IdRole).toLongLong() == assessmentId)
                m_tree->setCurrentItem(agency->child(y));
    }
}

void NavigatorWidget::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NavigatorWidget::retranslate() {
    m_tree->setHeaderLabels({tr("Agency and fiscal year")});
    m_newAgency->setText(tr("New agency…"));
    m_newYear->setText(tr("New fiscal year…"));
    for (int a = 0; a < m_tree->topLevelItemCount(); ++a) {
        QTreeWidgetItem *agency = m_tree->topLevelItem(a);
        for (int y = 0; y < agency->childCount(); ++y) {
            QTreeWidgetItem *year = agency->child(y);
            year->setText(0, tr("Fiscal year %1 BE").arg(year->data(0, Qt::UserRole + 2).toInt()));
        }
    }
}

} // namespace ita::gui
