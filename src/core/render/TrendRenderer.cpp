#include "TrendRenderer.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace ita {

void paintTrends(QPainter &p, const QRectF &rect, const std::vector<int> &years,
                 const std::vector<TrendSeries> &series, bool thai) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect, Qt::white);
    if (years.size() < 2) {
        p.drawText(rect, Qt::AlignCenter | Qt::TextWordWrap,
                   thai ? QStringLiteral("แนวโน้มต้องมีผลการประเมินอย่างน้อยสองปีของหน่วยงานเดียวกันในแฟ้ม")
                        : QStringLiteral("Trends need at least two fiscal years of the same agency "
                                         "in the file"));
        p.restore();
        return;
    }
    double low = 100;
    for (const auto &s : series)
        for (const auto &v : s.values)
            if (v)
                low = std::min(low, v->toDouble());
    low = std::max(0.0, std::floor((low - 5) / 10) * 10);
    const double labelH = p.fontMetrics().height() * 1.3;
    const double legendW = p.fontMetrics().horizontalAdvance(QStringLiteral("ตัวชี้วัด 10 ")) + 30;
    const QRectF plot(rect.left() + 40, rect.top() + labelH, rect.width() - 60 - legendW,
                      rect.height() - 2 * labelH);
    const auto x = [&](size_t i) {
        return plot.left() + plot.width() * double(i) / double(years.size() - 1);
    };
    const auto y = [&](double v) {
        return plot.bottom() - (v - low) / (100 - low) * plot.height();
    };
    for (double v = low; v <= 100.001; v += 10) {
        p.setPen(QColor(0xdd, 0xdd, 0xdd));
        p.drawLine(QPointF(plot.left(), y(v)), QPointF(plot.right(), y(v)));
        p.setPen(Qt::darkGray);
        p.drawText(QRectF(rect.left(), y(v) - labelH / 2, 34, labelH),
                   Qt::AlignRight | Qt::AlignVCenter, QString::number(int(v)));
    }
    for (size_t i = 0; i < years.size(); ++i) {
        p.setPen(Qt::black);
        p.drawText(QRectF(x(i) - 40, plot.bottom() + 2, 80, labelH), Qt::AlignCenter,
                   thai ? QStringLiteral("พ.ศ. %1").arg(years[i]) : QString::number(years[i]));
    }
    double legendY = plot.top();
    for (const auto &s : series) {
        p.setPen(QPen(s.colour, s.width));
        QPainterPath path;
        bool started = false;
        for (size_t i = 0; i < s.values.size() && i < years.size(); ++i) {
            if (!s.values[i]) {
                started = false;
                continue;
            }
            const QPointF pt(x(i), y(s.values[i]->toDouble()));
            if (started)
                path.lineTo(pt);
            else
                path.moveTo(pt);
            started = true;
            p.drawEllipse(pt, 2.5, 2.5);
        }
        p.drawPath(path);
        p.drawLine(QPointF(plot.right() + 14, legendY + labelH / 2),
                   QPointF(plot.right() + 28, legendY + labelH / 2));
        p.setPen(Qt::black);
        p.drawText(QRectF(plot.right() + 32, legendY, legendW, labelH),
                   Qt::AlignLeft | Qt::AlignVCenter, s.label);
        legendY += labelH;
    }
    p.restore();
}

} // namespace ita
