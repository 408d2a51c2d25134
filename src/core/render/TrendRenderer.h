#pragma once

#include "domain/Score.h"

#include <QColor>
#include <QRectF>
#include <QString>

#include <optional>
#include <vector>

class QPainter;

namespace ita {

/// One line of a trend chart: a score per year (missing years leave a gap).
struct TrendSeries {
    QString label;
    QColor colour;
    double width = 1.5;
    std::vector<std::optional<Score>> values; ///< one per year, same order as the years
};

/// Paints scores across fiscal years (BE) as lines, with QPainter only.
void paintTrends(QPainter &painter, const QRectF &rect, const std::vector<int> &years,
                 const std::vector<TrendSeries> &series, bool thai);

} // namespace ita
