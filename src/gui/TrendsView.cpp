#include "TrendsView.h"
#include "Language.h"

#include "document/Workspace.h"
#include "render/TrendRenderer.h"
#include "storage/PlanRepository.h"

#include <QEvent>
#include <QHeaderView>
#include <QPainter>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ita::gui {

/// Paints the overall and the ten indicators across the years.
class TrendsView::Chart : public QWidget {
public:
    explicit Chart(TrendsView *owner)
        : QWidget(owner)
        , m_owner(owner) {
        setMinimumHeight(220);
    }

protected:
    void paintEvent(QPaintEvent *) override {
        QPainter p(this);
        std::vector<TrendSeries> series;
        TrendSeries overall{m_owner->m_thai ? QStringLiteral("ภาพรวม") : QStringLiteral("Overall"),
                            Qt::black,
                            3,
                            {}};
        for (const auto &[year, analysis] : m_owner->m_analyses)
            overall.values.push_back(analysis.overall);
        series.push_back(overall);
        int i = 0;
        for (const TrendRow &row : m_owner->m_rows) {
            if (row.code.startsWith(u'I') || row.code.startsWith(u'E') || row.code.startsWith(u'O'))
                continue; // indicators only: items are in the table
            TrendSeries s{(m_owner->m_thai ? QStringLiteral("ตัวชี้วัด %1") : QStringLiteral("Ind. %1"))
                              .arg(row.code),
                          QColor::fromHsv((i++ * 36) % 360, 200, 190),
                          1.5,
                          {}};
            for (const auto &[year, score] : row.scores)
                s.values.push_back(score);
            series.push_back(s);
        }
        paintTrends(p, rect(), m_owner->m_years, series, m_owner->m_thai);
    }

private:
    TrendsView *m_owner;
};

TrendsView::TrendsView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_chart(new Chart(this))
    , m_table(new QTableWidget(this)) {
    setObjectName(QStringLiteral("trends"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chart);
    split->addWidget(m_table);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    connect(&workspace, &Workspace::documentChanged, this, &TrendsView::refreshWhenShown);
    setThai(uiIsThai());
}

void TrendsView::setThai(bool thai) {
    m_thai = thai;
    refreshWhenShown();
}

void TrendsView::refreshWhenShown() {
    // Reading every year of an agency is tens of milliseconds the window need not spend
    // before it is shown (issue 28): the tab does it when it is looked at.
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void TrendsView::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void TrendsView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        setThai(uiIsThai()); // refreshes
    QWidget::changeEvent(event);
}

void TrendsView::refresh() {
    m_stale = false;
    m_years.clear();
    m_rows.clear();
    m_analyses.clear();
    m_table->clear();
    m_table->setRowCount(0);
    AssessmentDocument *doc = m_workspace.document();
    if (doc) {
        AssessmentRepository repo(*m_workspace.database());
        PlanRepository plans(*m_workspace.database());
        std::vector<Plan> planList;
        for (const auto &s : m_workspace.assessmentsOf(doc->assessment().agency)) {
            auto a = repo.load(s.id);
            auto fw = a ? repo.framework(a->frameworkId) : Result<Framework>::failure({});
            if (!a || !fw)
                continue;
            m_years.push_back(s.fiscalYear);
            // The open assessment is shown as it stands, edits included.
            m_analyses.push_back(
                {s.fiscalYear, s.id == doc->id() ? doc->analysis() : analyse(*fw, *a)});
            if (auto plan = plans.load(s.agency, s.fiscalYear + 1))
                planList.push_back(*plan);
        }
        m_rows = trends(m_analyses, planList);
    }
    const int yearCount = int(m_years.size());
    QStringList headers = {tr("Code"), tr("Title")};
    for (int y : m_years)
        headers << tr("FY %1").arg(y);
    headers << tr("Change") << tr("Plan");
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(yearCount >= 2 ? int(m_rows.size()) : 0);
    if (yearCount >= 2) {
        for (int r = 0; r < int(m_rows.size()); ++r) {
            const TrendRow &row = m_rows[size_t(r)];
            const NodeResult *n = m_analyses.back().second.find(row.code);
            m_table->setItem(r, 0, new QTableWidgetItem(row.code));
            m_table->setItem(r, 1, new QTableWidgetItem(n ? n->title : QString()));
            for (int y = 0; y < yearCount; ++y) {
                const auto &score = row.scores[size_t(y)].second;
                m_table->setItem(r, 2 + y,
                                 new QTableWidgetItem(score ? score->toString() : QString()));
            }
            const auto &delta = row.deltas.back();
            auto *change =
                new QTableWidgetItem(delta ? (*delta > Score()   ? QStringLiteral("▲ +")
                                              : *delta < Score() ? QStringLiteral("▼ ")
                                                                 : QStringLiteral("= ")) +
                                                 delta->toString()
                                           : QString());
            if (delta && *delta < Score())
                change->setForeground(QColor(0xb0, 0, 0));
            m_table->setItem(r, 2 + yearCount, change);
            const bool flagged = row.planDidNotHelp.back();
            auto *plan =
                new QTableWidgetItem(flagged ? tr("⚠ had a measure, did not improve") : QString());
            if (flagged)
                plan->setBackground(QColor(0xff, 0xe0, 0xe0));
            m_table->setItem(r, 3 + yearCount, plan);
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_chart->update();
}

} // namespace ita::gui
