#pragma once

#include "document/PlanDocument.h"

#include <QPointer>

#include "render/GanttRenderer.h"

#include <QDate>
#include <QWidget>

class QTreeView;
class QScrollBar;

namespace ita {
class PlanDocument;
}

namespace ita::gui {

/// The timeline beside the measures table: the same model, the same rows, the same
/// selection. Each step is a bar; drag it to move it, drag an edge to resize it (snapping to
/// months); each drag is one undo step.
class GanttWidget : public QWidget {
    Q_OBJECT
public:
    GanttWidget(QTreeView *table, QWidget *parent = nullptr);

    void setDocument(PlanDocument *document);
    void setThai(bool thai);
    void setToday(const QDate &today);
    /// Pixels per month; the whole year fits at the smallest zoom.
    void setMonthWidth(double width);
    double monthWidth() const { return m_monthWidth; }
    void setHorizontalOffset(int offset);
    int chartWidth() const;

    /// Where a step's bar is drawn (widget coordinates), or an empty rect.
    QRectF barRect(int measure, int step) const;

    /// Paints the chart into an image of the widget's size (tests, screenshots, benchmark).
    void render(QPainter &painter);

signals:
    void chartWidthChanged();
    void resized();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    enum class DragMode { None, Move, ResizeStart, ResizeEnd };
    struct RowInfo {
        GanttRow row;
        int measure = -1;
        int step = -1;
    };
    std::vector<RowInfo> rows() const;
    TimeScale scale() const;
    const RowInfo *rowAt(const QPoint &pos, const std::vector<RowInfo> &rows) const;

    QTreeView *m_table;
    QPointer<PlanDocument> m_document; ///< null once the document is gone
    bool m_thai = true;
    QDate m_today = QDate::currentDate();
    double m_monthWidth = 60;
    int m_offset = 0;

    DragMode m_drag = DragMode::None;
    int m_dragMeasure = -1;
    int m_dragStep = -1;
    int m_pressX = 0;
    int m_origStart = 0;
    int m_origEnd = 0;
    int m_previewStart = 0;
    int m_previewEnd = 0;
};

} // namespace ita::gui
