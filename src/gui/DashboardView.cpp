#include "DashboardView.h"
#include "Language.h"

#include "analysis/OitReadiness.h"
#include "document/PlanDocument.h"
#include "document/Workspace.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace ita::gui {

DashboardView::DashboardView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace) {
    setObjectName(QStringLiteral("dashboard"));
    setMouseTracking(true);
    setMinimumSize(480, 360);
    // The open assessment, its stored changes and its plan's: the dashboard follows them all.
    const auto follow = [this] {
        if (AssessmentDocument *doc = m_workspace.document())
            connect(doc, &AssessmentDocument::changed, this, &DashboardView::refresh,
                    Qt::UniqueConnection);
        if (PlanDocument *plan = m_workspace.planDocument())
            connect(plan, &PlanDocument::changed, this, &DashboardView::refresh,
                    Qt::UniqueConnection);
    };
    connect(&workspace, &Workspace::documentChanged, this, [this, follow] {
        follow();
        refresh();
    });
    follow(); // a presentation window opens on what is open already
    setThai(uiIsThai());
}

void DashboardView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        setThai(uiIsThai()); // refreshes
    QWidget::changeEvent(event);
}

void DashboardView::setThai(bool thai) {
    m_thai = thai;
    refresh();
}

void DashboardView::setPresentation(bool on) {
    m_presentation = on;
    update();
}

void DashboardView::refresh() {
    m_data = DashboardData();
    if (AssessmentDocument *doc = m_workspace.document()) {
        std::optional<Analysis> previous;
        AssessmentRepository repo(*m_workspace.database());
        const Assessment &a = doc->assessment();
        if (auto prev = repo.load(a.agency, a.fiscalYear - 1))
            if (auto fw = repo.framework(prev->frameworkId))
                previous = analyse(*fw, *prev);
        const PlanDocument *plan = m_workspace.planDocument();
        const bool hasPlan = plan && !plan->plan().measures.empty();
        m_data =
            dashboardData(doc->framework(), a, doc->analysis(), previous ? &*previous : nullptr,
                          hasPlan ? &plan->plan() : nullptr, QDate::currentDate());
        // The OIT checklist of the plan that answers this year, when it has any entry.
        if (plan && !plan->plan().publications.empty())
            if (auto in = plan->oitInputs()) {
                const OitReadiness r =
                    oitReadiness(in->framework, in->plan, in->checks,
                                 in->base ? &*in->base : nullptr, QDate::currentDate());
                DashboardData::Oit oit{r.ready,       r.total,           r.daysToWindow, {},
                                       r.expectedOit, r.expectedOverall, r.expectedLevel};
                for (const OitItemReadiness &i : r.items)
                    if (i.status != OitStatus::Ready)
                        oit.atRisk << i.code;
                m_data.oit = oit;
            }
    }
    update();
}

QString DashboardView::indicatorAt(const QPoint &point) const {
    return m_renderer ? m_renderer->indicatorAt(point) : QString();
}

void DashboardView::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    m_renderer = std::make_unique<DashboardRenderer>(
        m_data, DashboardRenderer::Options{m_thai, m_presentation ? 1.5 : 1.0});
    if (m_data.indicators.empty()) {
        painter.fillRect(rect(), Qt::white);
        painter.drawText(rect(), Qt::AlignCenter, tr("Choose an agency and a fiscal year."));
        return;
    }
    m_renderer->paint(painter, rect());
}

void DashboardView::mousePressEvent(QMouseEvent *event) {
    const QString code = indicatorAt(event->pos());
    if (!code.isEmpty())
        emit indicatorActivated(code);
}

void DashboardView::mouseMoveEvent(QMouseEvent *event) {
    const QString code = indicatorAt(event->pos());
    setCursor(code.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
    for (const auto &ind : m_data.indicators)
        if (ind.code == code)
            QToolTip::showText(
                event->globalPosition().toPoint(),
                tr("Indicator %1 %2 — click to see its items").arg(code, ind.title.in(m_thai)),
                this);
}

void DashboardView::keyPressEvent(QKeyEvent *event) {
    if (m_presentation && (event->key() == Qt::Key_Escape || event->key() == Qt::Key_F11)) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace ita::gui
