#pragma once

#include "TimeScale.h"

#include <QColor>
#include <QDate>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace ita {

/// What one row of a Gantt chart shows.
struct GanttRow {
    QRectF rect; ///< the row's band (y and height; x is taken from the scale)
    bool isMeasure = false;
    int startMonth = 0; ///< 0 = no bar
    int endMonth = 0;
    int bucket = 0;  ///< int(Bucket), colours the bar
    int percent = 0; ///< fills the bar
    bool overdue = false;
    bool selected = false;
    std::vector<int> milestones; ///< reporting months (measure rows)
};

/// Paints the fiscal-year Gantt chart with QPainter only, so the same code draws the screen,
/// a PNG and (later) the PDF report.
class GanttRenderer {
public:
    struct Options {
        bool thai = true;
        QDate today;           ///< invalid = no today line
        int oitFirstMonth = 6; ///< the OIT evidence window (March–April by default)
        int oitLastMonth = 7;
        double headerHeight = 44;
        /// Size of one screen pixel in the painter's units: bars, pens and marks scale by it
        /// (the report paints in tenths of a point).
        double unit = 1.0;
        bool thaiDigits = false; ///< month labels in ๐–๙
    };

    GanttRenderer(const TimeScale &scale, Options options);

    /// Quarters (ไตรมาส 1–4) over months (ต.ค. 64 … ก.ย. 65) across the top.
    void paintHeader(QPainter &painter, const QRectF &rect) const;
    /// Grid, OIT window, bars, milestones and the today line.
    void paintBody(QPainter &painter, const QRectF &rect, const std::vector<GanttRow> &rows) const;

    static QColor bucketColour(int bucket);

private:
    QString digits(const QString &text) const;
    const TimeScale &m_scale;
    Options m_options;
};

} // namespace ita
