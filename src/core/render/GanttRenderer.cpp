#include "GanttRenderer.h"

#include "domain/FiscalCalendar.h"
#include "domain/ThaiDigits.h"

#include <QPainter>
#include <QPainterPath>

namespace ita {

GanttRenderer::GanttRenderer(const TimeScale &scale, Options options)
    : m_scale(scale)
    , m_options(options) {}

QColor GanttRenderer::bucketColour(int bucket) {
    switch (bucket) {
    case 3: // urgent
        return QColor(0xd9, 0x4a, 0x4a);
    case 2: // improve
        return QColor(0xe8, 0xa8, 0x20);
    case 1: // maintain
        return QColor(0x4a, 0x9a, 0x4a);
    default:
        return QColor(0x70, 0x80, 0x90);
    }
}

QString GanttRenderer::digits(const QString &text) const {
    return m_options.thaiDigits ? toThaiDigits(text) : text;
}

void GanttRenderer::paintHeader(QPainter &p, const QRectF &rect) const {
    p.save();
    p.fillRect(rect, QColor(0xf2, 0xf2, 0xf2));
    const double half = rect.height() / 2;
    p.setPen(QColor(0x90, 0x90, 0x90));
    const int months = m_scale.months();
    for (int q = 0; q * 3 < months; ++q) {
        const double x0 = m_scale.startOfMonth(q * 3 + 1);
        const double x1 = m_scale.startOfMonth(std::min(q * 3 + 4, months + 1));
        const QRectF cell(x0, rect.top(), x1 - x0, half);
        p.setPen(QColor(0x90, 0x90, 0x90));
        p.drawRect(cell);
        p.setPen(Qt::black);
        const int year = m_scale.fiscalYear() + q / 4;
        // The longest label that fits: "ไตรมาส 1/2565", "ไตรมาส 1", "Q1".
        const QStringList labels =
            m_options.thai ? QStringList{QStringLiteral("ไตรมาส %1/%2").arg(q % 4 + 1).arg(year),
                                         QStringLiteral("ไตรมาส %1").arg(q % 4 + 1),
                                         QStringLiteral("Q%1").arg(q % 4 + 1)}
                           : QStringList{QStringLiteral("Q%1 FY%2").arg(q % 4 + 1).arg(year),
                                         QStringLiteral("Q%1").arg(q % 4 + 1)};
        QString label = labels.back();
        for (const QString &candidate : labels) {
            if (p.fontMetrics().horizontalAdvance(candidate) + 6 <= cell.width()) {
                label = candidate;
                break;
            }
        }
        p.drawText(cell, Qt::AlignCenter, digits(label));
    }
    QFont small = p.font();
    if (small.pixelSize() > 0) // the report sizes its fonts in pixels of its own unit
        small.setPixelSize(std::max(1, int(small.pixelSize() * 0.85)));
    else
        small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    for (int m = 1; m <= months; ++m) {
        const QRectF cell(m_scale.startOfMonth(m), rect.top() + half, m_scale.monthWidth(), half);
        p.setPen(QColor(0xb0, 0xb0, 0xb0));
        p.drawRect(cell);
        p.setPen(Qt::black);
        QString label = fiscal::monthLabel(m_scale.fiscalYear(), m, m_options.thai);
        if (p.fontMetrics().horizontalAdvance(label) + 4 > cell.width())
            label = fiscal::monthName(m, m_options.thai);
        if (p.fontMetrics().horizontalAdvance(label) + 2 > cell.width())
            label = label.left(1); // the narrowest zoom still says which month
        p.drawText(cell, Qt::AlignCenter, digits(label));
    }
    p.restore();
}

void GanttRenderer::paintBody(QPainter &p, const QRectF &rect,
                              const std::vector<GanttRow> &rows) const {
    p.save();
    const double u = m_options.unit;
    p.setClipRect(rect);
    p.fillRect(rect, Qt::white);
    // The OIT evidence window: evidence must be online before the assessors look.
    const QRectF oit(m_scale.startOfMonth(m_options.oitFirstMonth), rect.top(),
                     m_scale.startOfMonth(m_options.oitLastMonth + 1) -
                         m_scale.startOfMonth(m_options.oitFirstMonth),
                     rect.height());
    p.fillRect(oit, QColor(0xe4, 0xee, 0xfa));
    // Month and quarter lines.
    for (int m = 1; m <= m_scale.months() + 1; ++m) {
        const double x = m_scale.startOfMonth(m);
        p.setPen(QPen((m - 1) % 3 == 0 ? QColor(0xa0, 0xa0, 0xa0) : QColor(0xe0, 0xe0, 0xe0), u));
        p.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()));
    }
    for (const GanttRow &row : rows) {
        if (row.rect.bottom() < rect.top() || row.rect.top() > rect.bottom())
            continue;
        if (row.selected)
            p.fillRect(QRectF(rect.left(), row.rect.top(), rect.width(), row.rect.height()),
                       QColor(0x30, 0x70, 0xc0, 40));
        if (row.startMonth <= 0 || row.endMonth < row.startMonth)
            continue;
        const double x0 = m_scale.startOfMonth(row.startMonth);
        const double x1 = m_scale.startOfMonth(row.endMonth + 1);
        const double h = row.isMeasure ? std::min(8.0 * u, row.rect.height() / 3)
                                       : std::min(18.0 * u, row.rect.height() - 6 * u);
        const QRectF bar(x0 + u, row.rect.center().y() - h / 2, x1 - x0 - 2 * u, h);
        const QColor colour = bucketColour(row.bucket);
        if (row.isMeasure) {
            p.fillRect(bar, colour.darker(130));
        } else {
            p.setPen(QPen(row.overdue ? QColor(0xb0, 0, 0) : colour.darker(140),
                          row.overdue ? 2 * u : u));
            p.setBrush(colour.lighter(160));
            p.drawRoundedRect(bar, 3 * u, 3 * u);
            if (row.percent > 0) {
                QRectF done = bar;
                done.setWidth(bar.width() * std::clamp(row.percent, 0, 100) / 100.0);
                p.setPen(Qt::NoPen);
                p.setBrush(colour);
                p.drawRoundedRect(done, 3 * u, 3 * u);
            }
            if (row.overdue) {
                p.setPen(QColor(0xb0, 0, 0));
                p.drawText(
                    QRectF(bar.right() + 3 * u, bar.top() - 2 * u, 16 * u, bar.height() + 4 * u),
                    Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("!"));
            }
        }
        // Reporting milestones: a diamond at the end of each reporting month.
        p.setPen(QPen(Qt::black, u));
        p.setBrush(QColor(0x30, 0x30, 0x30));
        for (int month : row.milestones) {
            const QPointF c(m_scale.startOfMonth(month + 1), row.rect.center().y());
            QPainterPath diamond;
            diamond.moveTo(c + QPointF(0, -5 * u));
            diamond.lineTo(c + QPointF(5 * u, 0));
            diamond.lineTo(c + QPointF(0, 5 * u));
            diamond.lineTo(c + QPointF(-5 * u, 0));
            diamond.closeSubpath();
            p.drawPath(diamond);
        }
    }
    if (m_options.today.isValid()) {
        const double x = m_scale.mapDate(m_options.today);
        if (x >= m_scale.origin() && x <= m_scale.end()) {
            p.setPen(QPen(QColor(0xd0, 0x20, 0x20), 2 * u, Qt::DashLine));
            p.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()));
        }
    }
    p.restore();
}

} // namespace ita
