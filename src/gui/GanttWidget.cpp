#include "GanttWidget.h"

#include "document/PlanDocument.h"
#include "models/PlanModel.h"

#include <QHeaderView>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTreeView>

#include <cmath>

namespace ita::gui {

namespace {
constexpr int kEdge = 6; ///< pixels at a bar's ends that resize instead of move
}

GanttWidget::GanttWidget(QTreeView *table, QWidget *parent)
    : QWidget(parent)
    , m_table(table) {
    setObjectName(QStringLiteral("gantt"));
    setMouseTracking(true);
    setMinimumWidth(240);
    const auto repaint = [this] {
        update();
    };
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, repaint);
    connect(m_table, &QTreeView::expanded, this, repaint);
    connect(m_table, &QTreeView::collapsed, this, repaint);
    connect(m_table->header(), &QHeaderView::geometriesChanged, this, repaint);
    connect(m_table->header(), &QHeaderView::sectionResized, this, repaint);
    // The table's model and selection are set before the chart is made and never change.
    if (m_table->selectionModel())
        connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, repaint);
    if (m_table->model()) {
        connect(m_table->model(), &QAbstractItemModel::modelReset, this, repaint);
        connect(m_table->model(), &QAbstractItemModel::dataChanged, this, repaint);
    }
}

void GanttWidget::setDocument(PlanDocument *document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &PlanDocument::changed, this, [this] { update(); });
    update();
}

void GanttWidget::setThai(bool thai) {
    m_thai = thai;
    update();
}

void GanttWidget::setToday(const QDate &today) {
    m_today = today;
    update();
}

void GanttWidget::setMonthWidth(double width) {
    m_monthWidth = std::clamp(width, 20.0, 400.0);
    emit chartWidthChanged();
    update();
}

void GanttWidget::setHorizontalOffset(int offset) {
    m_offset = offset;
    update();
}

int GanttWidget::chartWidth() const {
    return int(std::ceil(12 * m_monthWidth)) + 2;
}

TimeScale GanttWidget::scale() const {
    const int year = m_document ? m_document->plan().fiscalYear : 2565;
    return TimeScale(year, 1 - m_offset, m_monthWidth);
}

std::vector<GanttWidget::RowInfo> GanttWidget::rows() const {
    std::vector<RowInfo> out;
    auto *model = m_table->model();
    if (!model || !m_document)
        return out;
    const int top = m_table->header()->height();
    const QItemSelectionModel *selection = m_table->selectionModel();
    for (QModelIndex index = m_table->indexAt(QPoint(1, 1)); index.isValid();
         index = m_table->indexBelow(index)) {
        const QRect r = m_table->visualRect(index);
        if (r.top() > m_table->viewport()->height())
            break;
        RowInfo info;
        const QModelIndex first = index.siblingAtColumn(0);
        info.measure = first.data(PlanModel::MeasureRole).toInt();
        info.step = first.data(PlanModel::StepRole).toInt();
        info.row.rect = QRectF(0, r.top() + top, width(), r.height());
        info.row.isMeasure = info.step < 0;
        info.row.startMonth = first.data(PlanModel::StartMonthRole).toInt();
        info.row.endMonth = first.data(PlanModel::EndMonthRole).toInt();
        info.row.bucket = first.data(PlanModel::BucketRole).toInt();
        info.row.percent = first.data(PlanModel::PercentRole).toInt();
        info.row.overdue = first.data(PlanModel::OverdueRole).toBool();
        info.row.selected = selection && selection->isRowSelected(index.row(), index.parent());
        if (info.row.isMeasure)
            for (const QVariant &m : first.data(PlanModel::ReportingMonthsRole).toList())
                info.row.milestones.push_back(m.toInt());
        if (m_drag != DragMode::None && info.measure == m_dragMeasure && info.step == m_dragStep) {
            info.row.startMonth = m_previewStart;
            info.row.endMonth = m_previewEnd;
        }
        out.push_back(info);
    }
    return out;
}

QRectF GanttWidget::barRect(int measure, int step) const {
    const TimeScale s = scale();
    for (const RowInfo &info : rows()) {
        if (info.measure != measure || info.step != step || info.row.startMonth <= 0)
            continue;
        const double x0 = s.startOfMonth(info.row.startMonth);
        const double x1 = s.startOfMonth(info.row.endMonth + 1);
        return QRectF(x0, info.row.rect.top(), x1 - x0, info.row.rect.height());
    }
    return {};
}

void GanttWidget::render(QPainter &painter) {
    const TimeScale s = scale();
    GanttRenderer::Options options;
    options.thai = m_thai;
    options.today = m_today;
    options.headerHeight = m_table->header()->height();
    GanttRenderer renderer(s, options);
    const double header = m_table->header()->height();
    painter.fillRect(rect(), palette().window());
    renderer.paintBody(painter, QRectF(0, header, width(), height() - header), [&] {
        std::vector<GanttRow> list;
        for (const RowInfo &info : rows())
            list.push_back(info.row);
        return list;
    }());
    renderer.paintHeader(painter, QRectF(0, 0, width(), header));
}

void GanttWidget::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    emit resized();
}

void GanttWidget::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    render(painter);
}

const GanttWidget::RowInfo *GanttWidget::rowAt(const QPoint &pos,
                                               const std::vector<RowInfo> &rows) const {
    for (const RowInfo &info : rows)
        if (info.row.rect.contains(pos))
            return &info;
    return nullptr;
}

void GanttWidget::mousePressEvent(QMouseEvent *event) {
    const auto list = rows();
    const RowInfo *info = rowAt(event->pos(), list);
    if (!info || event->button() != Qt::LeftButton)
        return;
    // Clicking a row selects it in the table: one selection for both views.
    auto *model = m_table->model();
    const QModelIndex index = info->step < 0
                                  ? model->index(info->measure, 0)
                                  : model->index(info->step, 0, model->index(info->measure, 0));
    m_table->setCurrentIndex(index);
    if (info->step < 0 || info->row.startMonth <= 0 || !m_document || m_document->isReadOnly())
        return;
    const QRectF bar = barRect(info->measure, info->step);
    if (event->pos().x() < bar.left() - kEdge || event->pos().x() > bar.right() + kEdge)
        return;
    m_drag = event->pos().x() <= bar.left() + kEdge    ? DragMode::ResizeStart
             : event->pos().x() >= bar.right() - kEdge ? DragMode::ResizeEnd
                                                       : DragMode::Move;
    m_dragMeasure = info->measure;
    m_dragStep = info->step;
    m_pressX = event->pos().x();
    m_origStart = m_previewStart = info->row.startMonth;
    m_origEnd = m_previewEnd = info->row.endMonth;
}

void GanttWidget::mouseMoveEvent(QMouseEvent *event) {
    if (m_drag == DragMode::None) {
        const auto list = rows();
        const RowInfo *info = rowAt(event->pos(), list);
        Qt::CursorShape shape = Qt::ArrowCursor;
        if (info && info->step >= 0 && info->row.startMonth > 0) {
            const QRectF bar = barRect(info->measure, info->step);
            const double x = event->pos().x();
            if (std::abs(x - bar.left()) <= kEdge || std::abs(x - bar.right()) <= kEdge)
                shape = Qt::SizeHorCursor;
            else if (x > bar.left() && x < bar.right())
                shape = Qt::OpenHandCursor;
        }
        setCursor(shape);
        return;
    }
    // Snap to whole months.
    const int delta = int(std::lround((event->pos().x() - m_pressX) / m_monthWidth));
    int start = m_origStart;
    int end = m_origEnd;
    switch (m_drag) {
    case DragMode::Move: {
        const int shift = std::clamp(delta, 1 - m_origStart, 24 - m_origEnd);
        start += shift;
        end += shift;
        break;
    }
    case DragMode::ResizeStart:
        start = std::clamp(m_origStart + delta, 1, m_origEnd);
        break;
    case DragMode::ResizeEnd:
        end = std::clamp(m_origEnd + delta, m_origStart, 24);
        break;
    case DragMode::None:
        break;
    }
    if (start != m_previewStart || end != m_previewEnd) {
        m_previewStart = start;
        m_previewEnd = end;
        update();
    }
}

void GanttWidget::mouseReleaseEvent(QMouseEvent *) {
    if (m_drag == DragMode::None)
        return;
    m_drag = DragMode::None;
    if ((m_previewStart != m_origStart || m_previewEnd != m_origEnd) && m_document)
        // A store that fails is shown through the document's failed() (the main window's
        // message); the bar goes back to what the document holds.
        (void)m_document->setStepSpan(m_dragMeasure, m_dragStep, m_previewStart, m_previewEnd);
    update();
}

} // namespace ita::gui
