#include "PlanView.h"

#include "DraftDialog.h"
#include "Language.h"
#include "LibraryDialog.h"
#include "OitView.h"
#include "UnitRolesDialog.h"
#include "document/Workspace.h"

#include "GanttWidget.h"
#include "WrappingDelegate.h"

#include "analysis/PlanAnalysis.h"
#include "document/PlanDocument.h"
#include "models/PlanModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace ita::gui {

namespace {

void setUpTable(QTreeView *view, QAbstractItemModel *model) {
    view->setModel(model);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    view->setItemDelegate(new WrappingDelegate(
        view, {PlanModel::ItemsColumn, PlanModel::StepColumn, PlanModel::UnitsColumn,
               PlanModel::MonitoringColumn, PlanModel::ReportingColumn}));
    wrapColumnsOf(view);
    view->header()->setStretchLastSection(false);
}

} // namespace

PlanView::PlanView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_model(new PlanModel(this))
    , m_tabs(new QTabWidget(this))
    , m_table(new QTreeView(this))
    , m_ganttTable(new QTreeView(this))
    , m_gantt(nullptr)
    , m_ganttScroll(new QScrollBar(Qt::Horizontal, this))
    , m_coverage(new QListWidget(this))
    , m_workload(new QTableWidget(this))
    , m_title(new QLabel(this))
    , m_coverageLabel(new QLabel(this))
    , m_zoomLabel(new QLabel(this))
    , m_zoom(new QComboBox(this))
    , m_draft(new QPushButton(this))
    , m_accept(new QPushButton(this))
    , m_saveToLibrary(new QPushButton(this))
    , m_library(new QPushButton(this))
    , m_unitRoles(new QPushButton(this))
    , m_addMeasure(new QPushButton(this))
    , m_addStep(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_publications(new QTableWidget(this))
    , m_oit(new OitView(this)) {
    setObjectName(QStringLiteral("planView"));
    m_table->setObjectName(QStringLiteral("planTable"));
    m_ganttTable->setObjectName(QStringLiteral("ganttTable"));
    setUpTable(m_table, m_model);
    setUpTable(m_ganttTable, m_model);
    // One selection for the table, the Gantt table and the chart.
    m_ganttTable->setSelectionModel(m_table->selectionModel());
    for (int c : {PlanModel::Q1Column, PlanModel::Q2Column, PlanModel::Q3Column,
                  PlanModel::Q4Column, PlanModel::MonitoringColumn, PlanModel::ReportingColumn})
        m_ganttTable->setColumnHidden(c, true);
    m_ganttTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_gantt = new GanttWidget(m_ganttTable, this);

    // Measures tab: the seed's layout.
    m_table->header()->resizeSection(PlanModel::ItemsColumn, 150);
    m_table->header()->resizeSection(PlanModel::StepColumn, 330);
    for (int c = PlanModel::Q1Column; c <= PlanModel::Q4Column; ++c)
        m_table->header()->resizeSection(c, 62);
    m_table->header()->resizeSection(PlanModel::UnitsColumn, 120);
    m_table->header()->resizeSection(PlanModel::MonitoringColumn, 360);
    m_table->header()->resizeSection(PlanModel::ReportingColumn, 180);
    m_table->header()->resizeSection(PlanModel::StatusColumn, 110);
    m_table->viewport()->installEventFilter(this);

    // Gantt tab: a short table beside the chart; they scroll together.
    m_ganttTable->header()->resizeSection(PlanModel::ItemsColumn, 110);
    m_ganttTable->header()->resizeSection(PlanModel::StepColumn, 260);
    m_ganttTable->header()->resizeSection(PlanModel::UnitsColumn, 100);
    auto *chart = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chart);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->setSpacing(0);
    chartLayout->addWidget(m_gantt, 1);
    chartLayout->addWidget(m_ganttScroll);
    auto *ganttSplit = new QSplitter(Qt::Horizontal, this);
    ganttSplit->addWidget(m_ganttTable);
    ganttSplit->addWidget(chart);
    ganttSplit->setStretchFactor(1, 2);
    ganttSplit->setSizes({420, 780});

    m_workload->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_workload->setObjectName(QStringLiteral("workload"));
    m_tabs->addTab(m_table, QString());
    m_tabs->addTab(ganttSplit, QString());
    m_tabs->addTab(m_workload, QString());
    m_publications->setObjectName(QStringLiteral("oitPublications"));
    m_publications->setColumnCount(6);
    m_tabs->addTab(m_publications, QString());
    m_tabs->addTab(m_oit, QString());
    connect(m_oit, &OitView::message, this, &PlanView::message);
    // Stored from the event loop: storing refills the table, which must not happen while
    // the item that changed is still emitting.
    connect(m_publications, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            QMetaObject::invokeMethod(this, &PlanView::storePublications, Qt::QueuedConnection);
    });
    for (int c :
         {PlanModel::ActualStartColumn, PlanModel::ActualFinishColumn, PlanModel::EvidenceColumn})
        m_ganttTable->setColumnHidden(c, true);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_coverageLabel->setWordWrap(true);
    m_coverage->setWordWrap(true);
    m_coverage->setObjectName(QStringLiteral("coverage"));
    sideLayout->addWidget(m_coverageLabel);
    sideLayout->addWidget(m_coverage, 1);
    sideLayout->addWidget(m_draft);
    sideLayout->addWidget(m_accept);
    sideLayout->addWidget(m_saveToLibrary);
    sideLayout->addWidget(m_library);
    sideLayout->addWidget(m_unitRoles);
    m_unitRoles->setObjectName(QStringLiteral("unitRoles"));
    m_library->setObjectName(QStringLiteral("measuresLibrary"));
    m_saveToLibrary->setObjectName(QStringLiteral("saveToLibrary"));
    m_draft->setObjectName(QStringLiteral("draftMeasures"));
    m_accept->setObjectName(QStringLiteral("acceptDrafts"));

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_tabs);
    split->addWidget(side);
    split->setStretchFactor(0, 4);
    split->setSizes({1000, 240});

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(m_addMeasure);
    bar->addWidget(m_addStep);
    bar->addWidget(m_remove);
    bar->addWidget(m_zoomLabel);
    bar->addWidget(m_zoom);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_ganttTable->verticalScrollBar(), &QScrollBar::valueChanged, m_gantt,
            [this] { m_gantt->update(); });
    connect(m_ganttScroll, &QScrollBar::valueChanged, m_gantt, &GanttWidget::setHorizontalOffset);
    connect(m_zoom, &QComboBox::currentIndexChanged, this, &PlanView::applyZoom);
    connect(m_gantt, &GanttWidget::resized, this, &PlanView::applyZoom);
    connect(m_draft, &QPushButton::clicked, this, [this] {
        if (!m_document)
            return;
        auto proposals = m_document->draftProposals();
        if (!proposals) {
            emit message(proposals.error());
            return;
        }
        if (proposals->empty()) {
            emit message(tr("Every improve and urgent item already has a measure."));
            return;
        }
        DraftDialog dialog(proposals.take(), m_thai, this);
        if (dialog.exec() != QDialog::Accepted || !m_document)
            return;
        int added = 0;
        if (QString e = m_document->addMeasures(dialog.chosen(), &added); !e.isEmpty())
            emit message(e);
        else
            emit message(tr("%n draft measure(s) added; their drafted cells are marked until "
                            "edited or accepted.",
                            nullptr, added));
    });
    connect(m_library, &QPushButton::clicked, this, [this, &workspace] {
        if (!workspace.database())
            return;
        const FrameworkRegistry frameworks = workspace.frameworks();
        LibraryDialog dialog(*workspace.database(), frameworks, m_thai, this);
        dialog.exec();
    });
    connect(m_unitRoles, &QPushButton::clicked, this, [this] {
        if (!m_document)
            return;
        UnitRolesDialog dialog(m_document->plan().units, m_thai, this);
        if (dialog.exec() != QDialog::Accepted || !m_document)
            return;
        if (QString e = m_document->setUnitRoles(dialog.roles()); !e.isEmpty())
            emit message(e);
    });
    connect(m_saveToLibrary, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (!m_document || !current.isValid()) {
            emit message(tr("Choose a measure (or one of its steps) first."));
            return;
        }
        const int measure = current.data(PlanModel::MeasureRole).toInt();
        QString id;
        if (QString e = m_document->saveToLibrary(measure, &id); !e.isEmpty())
            emit message(e);
        else
            emit message(tr("Measure %1 was saved to the file's measures library as \"%2\"; "
                            "the next drafts can take it.")
                             .arg(measure + 1)
                             .arg(id));
    });
    connect(m_accept, &QPushButton::clicked, this, [this] {
        if (!m_document)
            return;
        // The measure of the current row, or every measure when none is chosen.
        const QModelIndex current = m_table->currentIndex();
        const int measure = current.isValid() ? current.data(PlanModel::MeasureRole).toInt() : -1;
        if (QString e = m_document->acceptDrafts(measure); !e.isEmpty())
            emit message(e);
    });
    connect(m_addMeasure, &QPushButton::clicked, this, [this] {
        int added = -1;
        if (!m_document)
            return;
        if (QString e = m_document->addMeasure(&added); !e.isEmpty())
            emit message(e);
        else
            m_table->setCurrentIndex(m_model->index(added, PlanModel::StepColumn));
    });
    connect(m_addStep, &QPushButton::clicked, this, [this] {
        if (!m_document)
            return;
        const auto [measure, step] = current();
        Q_UNUSED(step);
        int added = -1;
        if (QString e = m_document->addStep(measure, &added); !e.isEmpty())
            emit message(e);
        else
            m_table->setCurrentIndex(m_model->stepIndex(measure, added));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (!m_document)
            return;
        const auto [measure, step] = current();
        const QString e =
            step >= 0 ? m_document->removeStep(measure, step) : m_document->removeMeasure(measure);
        if (!e.isEmpty())
            emit message(e);
    });
    connect(m_coverage, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int measure = item->data(Qt::UserRole + 1).toInt();
        const int step = item->data(Qt::UserRole + 2).toInt();
        if (measure >= 0) {
            const QModelIndex index =
                step >= 0 ? m_model->stepIndex(measure, step) : m_model->index(measure, 0);
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
        } else {
            emit codeActivated(item->data(Qt::UserRole).toString());
        }
    });
    connect(m_model, &PlanModel::editRejected, this, &PlanView::message);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->expandAll();
        m_ganttTable->expandAll();
    });
    retranslate();
    connect(&workspace, &Workspace::documentChanged, this,
            [this, &workspace] { setDocument(workspace.planDocument()); });
    setThai(uiIsThai());
}

void PlanView::setDocument(PlanDocument *document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_model->setDocument(document);
    m_gantt->setDocument(document);
    m_oit->setDocument(document);
    if (m_document)
        connect(m_document, &PlanDocument::changed, this, &PlanView::refresh);
    m_table->expandAll();
    m_ganttTable->expandAll();
    for (QPushButton *b :
         {m_draft, m_accept, m_saveToLibrary, m_unitRoles, m_addMeasure, m_addStep, m_remove})
        b->setEnabled(m_document && !m_document->isReadOnly());
    refresh();
}

void PlanView::showFirstDraft() {
    m_tabs->setCurrentIndex(0); // the measures table
    for (int m = 0; m < m_model->rowCount(); ++m) {
        const QModelIndex measure = m_model->index(m, 0);
        for (int c = 0; c < PlanModel::ColumnCount; ++c)
            if (m_model->index(m, c).data(PlanModel::DraftRole).toBool()) {
                m_table->setCurrentIndex(m_model->index(m, c));
                return;
            }
        for (int st = 0; st < m_model->rowCount(measure); ++st)
            for (int c = 0; c < PlanModel::ColumnCount; ++c)
                if (m_model->stepIndex(m, st, c).data(PlanModel::DraftRole).toBool()) {
                    m_table->expand(measure);
                    m_table->setCurrentIndex(m_model->stepIndex(m, st, c));
                    return;
                }
    }
}

void PlanView::setThai(bool thai) {
    m_thai = thai;
    m_model->setThai(thai);
    m_gantt->setThai(thai);
    m_oit->setThai(thai);
    refresh();
}

void PlanView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        setThai(uiIsThai());
    }
    QWidget::changeEvent(event);
}

void PlanView::retranslate() {
    m_tabs->setTabText(0, tr("Measures"));
    m_tabs->setTabText(1, tr("Gantt"));
    m_tabs->setTabText(2, tr("Workload by unit"));
    m_tabs->setTabText(3, tr("OIT publication"));
    m_tabs->setTabText(4, tr("OIT checklist"));
    m_addMeasure->setText(tr("Add measure"));
    m_addStep->setText(tr("Add step"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Removes the current step, or the current measure with its steps"));
    m_zoomLabel->setText(tr("Zoom:"));
    const int zoom = m_zoom->currentIndex();
    const QSignalBlocker blocker(m_zoom);
    m_zoom->clear();
    m_zoom->addItems({tr("Whole year"), tr("Half year"), tr("Quarter")});
    m_zoom->setCurrentIndex(std::max(0, zoom));
    m_draft->setText(tr("Draft measures from the library…"));
    m_accept->setText(tr("Accept the drafted cells"));
    m_saveToLibrary->setText(tr("Save the measure to the library"));
    m_library->setText(tr("Measures library…"));
    m_unitRoles->setText(tr("Units and their roles…"));
    m_saveToLibrary->setToolTip(tr("Keeps the chosen measure, with its steps, quarters, "
                                   "monitoring and reporting, in this file's measures library, "
                                   "for next year's drafts and for sharing (library export)."));
    m_accept->setToolTip(tr("Marks the drafted cells of the chosen measure (or of every measure "
                            "when none is chosen) as reviewed. Editing a cell reviews it too."));
    m_draft->setToolTip(tr("Proposes measures with steps, quarters, units and monitoring for "
                           "every improve or urgent item that no measure answers: from the "
                           "measures library, the NACC's recommendations and last year's plan"));
    refresh();
}

std::pair<int, int> PlanView::current() const {
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return {-1, -1};
    const QModelIndex first = index.siblingAtColumn(0);
    return {first.data(PlanModel::MeasureRole).toInt(), first.data(PlanModel::StepRole).toInt()};
}

void PlanView::fillPublications() {
    m_filling = true;
    m_publications->clearContents();
    m_publications->setHorizontalHeaderLabels({tr("OIT item"), tr("Prepares the data"),
                                               tr("Collects it"), tr("Published"), tr("URL"),
                                               tr("Done")});
    std::vector<const NodeResult *> items;
    if (m_document && m_document->hasAnalysis())
        for (const NodeResult &n : m_document->analysis().nodes)
            if (n.level == Level::Item && n.code.startsWith(u'O'))
                items.push_back(&n);
    m_publications->setRowCount(int(items.size()));
    for (int r = 0; r < int(items.size()); ++r) {
        const NodeResult &n = *items[size_t(r)];
        OitPublication pub;
        pub.code = n.code;
        for (const OitPublication &p : m_document->plan().publications)
            if (p.code == n.code)
                pub = p;
        auto *code =
            new QTableWidgetItem(QStringLiteral("%1 %2").arg(n.code, n.frameworkTitle.in(m_thai)));
        code->setData(Qt::UserRole, n.code);
        code->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_publications->setItem(r, 0, code);
        const QStringList cells = {pub.preparer, pub.collector, pub.frequency, pub.url()};
        for (int c = 0; c < cells.size(); ++c)
            m_publications->setItem(r, c + 1, new QTableWidgetItem(cells[c]));
        auto *done = new QTableWidgetItem;
        done->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        done->setCheckState(pub.done ? Qt::Checked : Qt::Unchecked);
        m_publications->setItem(r, 5, done);
    }
    m_publications->resizeColumnToContents(0);
    m_filling = false;
}

void PlanView::storePublications() {
    if (!m_document)
        return;
    std::vector<OitPublication> list;
    for (int r = 0; r < m_publications->rowCount(); ++r) {
        const auto text = [&](int c) {
            const QTableWidgetItem *item = m_publications->item(r, c);
            return item ? item->text().trimmed() : QString();
        };
        // The table shows the first link only: the item's other links, its ticked elements and
        // its ITAS explanation (edited in the OIT checklist) are kept as they are.
        OitPublication p;
        p.code = m_publications->item(r, 0)->data(Qt::UserRole).toString();
        for (const OitPublication &stored : m_document->plan().publications)
            if (stored.code == p.code)
                p = stored;
        p.preparer = text(1);
        p.collector = text(2);
        p.frequency = text(3);
        p.setUrl(text(4));
        p.done = m_publications->item(r, 5)->checkState() == Qt::Checked;
        list.push_back(p);
    }
    if (QString e = m_document->setPublications(list); !e.isEmpty())
        emit message(e);
}

void PlanView::applyZoom() {
    // Months visible across the chart: 12, 6 or 3.
    const int months[] = {12, 6, 3};
    const int shown = months[std::clamp(m_zoom->currentIndex(), 0, 2)];
    const double width = std::max(240, m_gantt->width() - 4) / double(shown);
    m_gantt->setMonthWidth(width);
    m_ganttScroll->setRange(0, std::max(0, m_gantt->chartWidth() - m_gantt->width()));
    m_ganttScroll->setPageStep(m_gantt->width());
    m_ganttScroll->setVisible(shown < 12);
}

void PlanView::refresh() {
    applyZoom();
    m_coverage->clear();
    m_workload->clear();
    if (!m_document) {
        m_title->setText(tr("No plan"));
        m_coverageLabel->clear();
        return;
    }
    const Plan &plan = m_document->plan();
    m_title->setText(tr("Measures of %1 for fiscal year %2 BE, answering the results of %3")
                         .arg(plan.agency)
                         .arg(plan.fiscalYear)
                         .arg(plan.basedOnYear));
    const auto &findings = m_document->coverage();
    const int missing =
        int(std::count_if(findings.begin(), findings.end(),
                          [](const CoverageFinding &f) { return isMissing(f.kind); }));
    const int toReview = int(findings.size()) - missing;
    m_coverageLabel->setText(
        findings.empty() ? tr("Coverage: every improve and urgent item has a measure, "
                              "and every step a span and a unit.")
        : missing == 0
            ? tr("Coverage: nothing is missing; %n measure(s) have drafted cells to "
                 "review.",
                 nullptr, toReview)
            : tr("Coverage: %n point(s) to settle.", nullptr, missing) +
                  (toReview > 0
                       ? u' ' + tr("%n measure(s) have drafted cells to review.", nullptr, toReview)
                       : QString()));
    for (const auto &f : findings) {
        auto *item = new QListWidgetItem(f.message.in(m_thai), m_coverage);
        item->setData(Qt::UserRole, f.code);
        item->setData(Qt::UserRole + 1, f.measure);
        item->setData(Qt::UserRole + 2, f.step);
    }
    fillPublications();
    const auto load = ita::workload(plan);
    m_workload->setColumnCount(4);
    m_workload->setRowCount(int(load.size()));
    m_workload->setHorizontalHeaderLabels(
        {tr("Q1 (Oct–Dec)"), tr("Q2 (Jan–Mar)"), tr("Q3 (Apr–Jun)"), tr("Q4 (Jul–Sep)")});
    QStringList units;
    int busiest = 1;
    for (const auto &l : load)
        for (int q : l.quarters)
            busiest = std::max(busiest, q);
    for (int r = 0; r < int(load.size()); ++r) {
        units << load[size_t(r)].unit;
        for (int q = 0; q < 4; ++q) {
            const int n = load[size_t(r)].quarters[q];
            auto *cell = new QTableWidgetItem(n ? QString::number(n) : QString());
            cell->setTextAlignment(Qt::AlignCenter);
            // Shade by load relative to the busiest unit-quarter.
            if (n > 0)
                cell->setBackground(QColor::fromHsvF(0.0, 0.45 * n / busiest, 1.0));
            m_workload->setItem(r, q, cell);
        }
    }
    m_workload->setVerticalHeaderLabels(units);
    m_workload->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
}

bool PlanView::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitPlanningColumns();
    return QWidget::eventFilter(watched, event);
}

void PlanView::fitPlanningColumns() {
    constexpr int kWidestStep = 330;    // the seed's proportions on a large screen
    constexpr int kNarrowestStep = 200; // still a few Thai words a line
    QHeaderView *h = m_table->header();
    int others = 0;
    for (int c :
         {PlanModel::ItemsColumn, PlanModel::Q1Column, PlanModel::Q2Column, PlanModel::Q3Column,
          PlanModel::Q4Column, PlanModel::UnitsColumn, PlanModel::StatusColumn})
        others += h->sectionSize(c);
    const int room = m_table->viewport()->width() - others;
    h->resizeSection(PlanModel::StepColumn, std::clamp(room, kNarrowestStep, kWidestStep));
}

} // namespace ita::gui
