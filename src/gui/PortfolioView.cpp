#include "PortfolioView.h"
#include "models/PortfolioRankingModel.h"

#include "Language.h"

#include "document/Workspace.h"
#include "io/PortfolioWriters.h"
#include "render/PortfolioRenderer.h"
#include "report/PortfolioReport.h"
#include "report/ReportWriters.h"
#include "storage/AgencyRepository.h"
#include "storage/Database.h"
#include "storage/PortfolioLoader.h"

#include <QBuffer>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ita::gui {

namespace {
constexpr int SortRole = PortfolioRankingModel::SortRole;
constexpr int AgencyRole = PortfolioRankingModel::AgencyRole;
} // namespace

/// The summary, painted by the renderer the report's first page uses.
class PortfolioView::Summary : public QWidget {
public:
    explicit Summary(PortfolioView *owner)
        : QWidget(owner)
        , m_owner(owner) {
        setMinimumHeight(260);
    }
    QString message;

protected:
    void paintEvent(QPaintEvent *) override {
        QPainter p(this);
        p.fillRect(rect(), Qt::white);
        if (!m_owner->m_portfolio) {
            p.setPen(palette().color(QPalette::PlaceholderText));
            p.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                       message);
            return;
        }
        PortfolioRenderer(*m_owner->m_portfolio, {m_owner->m_thai})
            .paint(p, QRectF(rect()).adjusted(8, 8, -8, -8));
    }

private:
    PortfolioView *m_owner;
};

PortfolioView::PortfolioView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_year(new QComboBox(this))
    , m_since(new QComboBox(this))
    , m_field(new QComboBox(this))
    , m_value(new QComboBox(this))
    , m_groupBy(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_pdf(new QPushButton(this))
    , m_csv(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
    , m_notes(new QLabel(this))
    , m_summary(new Summary(this))
    , m_model(new PortfolioRankingModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_ranking(new QTableView(this))
    , m_groups(new QTableWidget(this))
    , m_watcher(new QFutureWatcher<Loaded>(this)) {
    setObjectName(QStringLiteral("portfolio"));
    m_value->setMinimumContentsLength(14);
    m_value->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_search->setClearButtonEnabled(true);
    m_progress->hide();
    m_cancel->hide();

    // Two rows, so that nothing is cut short on a 1366×768 laptop with the side panels open:
    // what is read (year, compared with, selection, subgroups), then what is done with it
    // (search, progress, exports). The choices keep the width of their texts.
    for (QComboBox *box : {m_year, m_since, m_field, m_groupBy}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        box->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    }
    auto *choices = new QHBoxLayout;
    choices->addWidget(m_year);
    choices->addWidget(m_since);
    choices->addWidget(m_field);
    choices->addWidget(m_value, 1);
    choices->addWidget(m_groupBy);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancel);
    bar->addWidget(m_pdf);
    bar->addWidget(m_csv);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterKeyColumn(-1); // the search looks at every column: agency, province…
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ranking->setModel(m_proxy);
    // Column widths from the first 200 rows (the top of the ranking), not all 8,300: laying
    // out every cell's text is most of what fitting the columns costs.
    m_ranking->horizontalHeader()->setResizeContentsPrecision(200);
    m_ranking->setSortingEnabled(true);
    m_ranking->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ranking->setAlternatingRowColors(true);
    m_ranking->verticalHeader()->hide();
    m_ranking->setObjectName(QStringLiteral("portfolioRanking"));
    m_groups->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_groups->verticalHeader()->hide();
    m_groups->setObjectName(QStringLiteral("portfolioGroups"));
    m_cancel->setObjectName(QStringLiteral("portfolioCancel"));

    auto *tables = new QTabWidget(this);
    tables->addTab(m_ranking, QString());
    tables->addTab(m_groups, QString());
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_summary);
    split->addWidget(tables);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(choices);
    layout->addLayout(bar);
    m_notes->setWordWrap(true);
    m_notes->setObjectName(QStringLiteral("portfolioNotes"));
    layout->addWidget(m_notes);
    layout->addWidget(split, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_year, &QComboBox::activated, this, [this] {
        reloadSince();
        refresh();
    });
    connect(m_since, &QComboBox::activated, this, &PortfolioView::refresh);
    connect(m_field, &QComboBox::activated, this, [this] {
        reloadValues();
        refresh();
    });
    connect(m_value, &QComboBox::activated, this, &PortfolioView::refresh);
    connect(m_groupBy, &QComboBox::activated, this, &PortfolioView::refresh);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_watcher->cancel(); });
    connect(m_watcher, &QFutureWatcher<Loaded>::progressRangeChanged, m_progress,
            &QProgressBar::setRange);
    connect(m_watcher, &QFutureWatcher<Loaded>::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(m_watcher, &QFutureWatcher<Loaded>::finished, this, [this] {
        const QFuture<Loaded> future = m_watcher->future();
        if (future.isCanceled() || future.resultCount() == 0)
            display(nullptr, tr("The reading was cancelled."));
        else
            display(future.result().portfolio, future.result().error);
    });
    connect(m_pdf, &QPushButton::clicked, this, &PortfolioView::exportPdf);
    connect(m_csv, &QPushButton::clicked, this, &PortfolioView::exportCsv);
    connect(m_ranking, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString agency = index.siblingAtColumn(1).data(AgencyRole).toString();
        if (const qint64 id = m_workspace.findAssessment(agency, m_year->currentData().toInt());
            id != 0)
            emit assessmentChosen(id);
    });
    // The portfolio reads the whole year: only when it is shown, and again when the file
    // changed while it was not.
    connect(&workspace, &Workspace::fileChanged, this, [this] {
        reloadChoices();
        m_stale = true;
        if (isVisible())
            refresh();
    });
    tables->setObjectName(QStringLiteral("portfolioTables"));
    m_thai = uiIsThai();
    retranslate();
    reloadChoices();
}

PortfolioView::~PortfolioView() {
    // The loads read through their own connections: let them notice the stop and end first.
    for (QFuture<Loaded> &load : m_running)
        load.cancel();
    for (QFuture<Loaded> &load : m_running)
        load.waitForFinished();
}

void PortfolioView::reloadChoices() {
    const int wanted = m_year->currentData().toInt();
    m_years = m_workspace.fiscalYears();
    m_year->clear();
    for (int y : m_years)
        m_year->addItem(tr("Fiscal year %1 BE").arg(y), y);
    if (const int i = m_year->findData(wanted); i >= 0)
        m_year->setCurrentIndex(i);
    reloadSince();
    reloadValues();
}

void PortfolioView::reloadSince() {
    const int wanted = m_since->currentData().toInt();
    const int year = m_year->currentData().toInt();
    m_since->clear();
    m_since->addItem(tr("Change from the year before"), 0);
    for (int y : m_years) // newest first
        if (y < year - 1)
            m_since->addItem(tr("Change since %1 BE").arg(y), y);
    if (const int i = m_since->findData(wanted); i >= 0)
        m_since->setCurrentIndex(i);
    m_since->setEnabled(m_since->count() > 1);
}

void PortfolioView::reloadValues() {
    const QString wanted = m_value->currentText();
    m_value->clear();
    const int field = m_field->currentData().toInt();
    m_value->setEnabled(field >= 0);
    if (field < 0 || !m_workspace.database())
        return;
    const auto values =
        AgencyRepository(*m_workspace.database()).values(AgencyRepository::Field(field));
    if (values)
        m_value->addItems(*values);
    if (const int i = m_value->findText(wanted); i >= 0)
        m_value->setCurrentIndex(i);
}

void PortfolioView::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void PortfolioView::refresh() {
    m_stale = false;
    // Whatever is still being read is for an older request: stop it; the watcher forgets it.
    m_watcher->cancel();
    m_running.removeIf([](const QFuture<Loaded> &load) { return load.isFinished(); });
    if (!m_workspace.database() || m_year->count() == 0) {
        display(nullptr, tr("The file holds no assessment."));
        return;
    }
    PortfolioSelection selection;
    selection.year = m_year->currentData().toInt();
    selection.since = m_since->currentData().toInt();
    if (const int field = m_field->currentData().toInt(); field >= 0) {
        selection.field = AgencyField(field);
        selection.value = m_value->currentText();
    }
    std::optional<AgencyField> groupBy;
    if (const int by = m_groupBy->currentData().toInt(); by >= 0)
        groupBy = AgencyField(by);
    // The worker's own connection: to a server with the password the window connected with.
    const QString path = m_workspace.database() ? m_workspace.database()->location() : QString();
    m_summary->message = tr("Reading…");
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_loading = true;
    const bool thai = m_thai;
    const QFuture<Loaded> load =
        QtConcurrent::run([path, selection, groupBy, thai](QPromise<Loaded> &promise) {
            Loaded out;
            Database::Options options;
            options.readOnly = true;
            options.checkIntegrity = false; // the window's own connection checked it on open
            auto db = Database::open(path, options);
            if (!db) {
                out.error = db.error();
            } else {
                auto data = loadPortfolio(**db, selection, [&](int done, int total) {
                    promise.setProgressRange(0, total);
                    promise.setProgressValue(done);
                    return !promise.isCanceled();
                });
                if (!data)
                    out.error = data.error();
                else if (data->members.empty())
                    out.error = thai ? QStringLiteral("ไม่มีหน่วยงานที่เลือกในปีนี้")
                                     : QStringLiteral("No agency of this selection in that year.");
                else
                    out.portfolio = std::make_shared<const Portfolio>(summarisePortfolio(
                        selection.year, data->members, groupBy, selection.since));
            }
            promise.addResult(std::move(out));
        });
    // An older load still running was told to stop; it ends on its own and nobody watches
    // it: a new request never waits for it. (Closing the view does wait, in the destructor.)
    m_running.append(load);
    m_watcher->setFuture(load);
}

void PortfolioView::display(std::shared_ptr<const Portfolio> portfolio, const QString &error) {
    m_loading = false;
    m_progress->hide();
    m_cancel->hide();
    m_portfolio = std::move(portfolio);
    if (!error.isEmpty())
        m_summary->message = error;
    fillTables();
    updateNotes();
    m_summary->update();
    m_pdf->setEnabled(m_portfolio != nullptr);
    m_csv->setEnabled(m_portfolio != nullptr);
    emit loaded();
}

void PortfolioView::fillTables() {
    m_groups->clear();
    m_groups->setRowCount(0);
    if (!m_portfolio) {
        m_model->setPortfolio(nullptr, {});
        m_groups->setColumnCount(0);
        return;
    }
    const Portfolio &p = *m_portfolio;
    QStringList headers{tr("Rank"),   tr("Agency"), tr("Province"), tr("Group"),
                        tr("Parent"), tr("Level"),  tr("Change")};
    headers += p.codes;
    m_model->setPortfolio(m_portfolio, headers);
    m_ranking->sortByColumn(0, Qt::AscendingOrder);
    m_ranking->resizeColumnsToContents();

    QStringList groupHeaders{p.groupedBy ? results::fieldLabel(*p.groupedBy, m_thai) : QString(),
                             tr("Agencies")};
    groupHeaders += p.codes;
    m_groups->setColumnCount(int(groupHeaders.size()));
    m_groups->setHorizontalHeaderLabels(groupHeaders);
    m_groups->setRowCount(int(p.groups.size()));
    for (int g = 0; g < int(p.groups.size()); ++g) {
        const PortfolioGroup &group = p.groups[size_t(g)];
        m_groups->setItem(g, 0, new QTableWidgetItem(results::groupLabel(group.name, m_thai)));
        m_groups->setItem(g, 1, new QTableWidgetItem(QString::number(group.count)));
        for (int c = 0; c < int(group.statistics.size()); ++c) {
            const CodeStatistics &s = group.statistics[size_t(c)];
            auto *item = new QTableWidgetItem(s.count ? s.mean.toString() : QStringLiteral("–"));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_groups->setItem(g, c + 2, item);
        }
    }
    m_groups->resizeColumnsToContents();
}

void PortfolioView::updateNotes() {
    QStringList notes;
    if (m_portfolio) {
        const Portfolio &p = *m_portfolio;
        if (p.frameworks.size() > 1)
            notes << tr("Frameworks: %1. Only the codes they share are compared.")
                         .arg(p.frameworks.join(QStringLiteral(", ")));
        if (!p.leftOut.isEmpty())
            notes << tr("Left out: %1.").arg(p.leftOut.join(QStringLiteral(", ")));
        if (!p.gaps.empty())
            notes << tr("Agencies missing a score: %1. Each missing score is left out of its "
                        "mean, never counted as zero (the report names them).")
                         .arg(p.gaps.size());
    }
    m_notes->setText(notes.join(u' '));
    m_notes->setVisible(!notes.isEmpty());
}

QString PortfolioView::selectionLabel() const {
    const int field = m_field->currentData().toInt();
    if (field < 0)
        return m_thai ? QStringLiteral("ทุกหน่วยงาน") : QStringLiteral("All agencies");
    return QStringLiteral("%1 %2").arg(results::fieldLabel(AgencyField(field), m_thai),
                                       m_value->currentText());
}

QByteArray PortfolioView::pdf() const {
    if (!m_portfolio)
        return {};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!report::writePdf(report::portfolioDocument(m_portfolio, selectionLabel(), m_thai), &buffer)
             .isEmpty())
        return {};
    return bytes;
}

void PortfolioView::exportPdf() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the portfolio report"),
        QStringLiteral("portfolio-%1.pdf").arg(m_year->currentData().toInt()), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray bytes = pdf();
    if (bytes.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
        !file.commit())
        QMessageBox::warning(this, tr("Export the portfolio report"),
                             tr("%1 could not be written: %2").arg(path, file.errorString()));
}

void PortfolioView::exportCsv() {
    if (!m_portfolio)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the ranking"),
        QStringLiteral("portfolio-%1.csv").arg(m_year->currentData().toInt()), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray bytes = results::portfolioCsv(*m_portfolio, m_thai);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        QMessageBox::warning(this, tr("Export the ranking"),
                             tr("%1 could not be written: %2").arg(path, file.errorString()));
}

void PortfolioView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_thai = uiIsThai();
        retranslate();
        reloadChoices();
        fillTables();
        updateNotes();
        m_summary->update();
    }
    QWidget::changeEvent(event);
}

void PortfolioView::retranslate() {
    const int field = m_field->currentIndex(), by = m_groupBy->currentIndex();
    m_field->clear();
    m_field->addItem(tr("All agencies"), -1);
    m_field->addItem(tr("Province"), int(AgencyField::Province));
    m_field->addItem(tr("Group"), int(AgencyField::Group));
    m_field->addItem(tr("Parent organisation"), int(AgencyField::Parent));
    m_field->setCurrentIndex(std::max(0, field));
    m_groupBy->clear();
    m_groupBy->addItem(tr("No subgroups"), -1);
    m_groupBy->addItem(tr("By province"), int(AgencyField::Province));
    m_groupBy->addItem(tr("By group"), int(AgencyField::Group));
    m_groupBy->addItem(tr("By parent"), int(AgencyField::Parent));
    m_groupBy->setCurrentIndex(std::max(0, by));
    m_search->setPlaceholderText(tr("Search agencies…"));
    m_pdf->setText(tr("Report PDF…"));
    m_csv->setText(tr("Ranking CSV…"));
    m_cancel->setText(tr("Cancel"));
    if (auto *tabs = findChild<QTabWidget *>(QStringLiteral("portfolioTables"))) {
        tabs->setTabText(0, tr("Ranking"));
        tabs->setTabText(1, tr("Subgroups"));
    }
}

} // namespace ita::gui
