#include "PortfolioRenderer.h"

#include "GanttRenderer.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ita {

namespace {

// Type is sized in the rectangle's own units (pixels on screen, tenths of a point on the
// report's page), never in device points, so the picture is the same on both.
constexpr double kPixelsPerPoint = 96.0 / 72.0;
const QColor kInk(0x20, 0x20, 0x20);
const QColor kGrid(0xd0, 0xd0, 0xd0);
const QColor kPass(0x2e, 0x7d, 0x32);
const QColor kFail(0xc6, 0x28, 0x28);
const QColor kPanel(0xf7, 0xf7, 0xf7);

QString tr2(bool thai, const char16_t *th, const char *en) {
    return thai ? QString::fromUtf16(th) : QString::fromLatin1(en);
}

} // namespace

PortfolioRenderer::PortfolioRenderer(const Portfolio &portfolio, Options options)
    : m_portfolio(portfolio)
    , m_options(options) {}

std::vector<PortfolioRenderer::Bin> PortfolioRenderer::distribution(const Portfolio &portfolio) {
    std::vector<Bin> bins;
    for (int lower = 50; lower <= 95; lower += 5)
        bins.push_back({lower, 0, 0});
    for (const PortfolioRow &r : portfolio.rows) {
        if (!r.overall)
            continue;
        const int whole = int(r.overall->hundredths() / 100);
        const size_t i = size_t(std::clamp((whole - 50) / 5, 0, int(bins.size()) - 1));
        (r.pass ? bins[i].passing : bins[i].failing) += 1;
    }
    return bins;
}

void PortfolioRenderer::text(QPainter &p, const QRectF &r, const QString &s, double size, bool bold,
                             int flags) {
    QFont f = p.font();
    f.setBold(bold);
    double points = size;
    // Shrink to fit down to 70 %, then elide: a panel never draws over its neighbour.
    for (; points >= size * 0.7; points -= size * 0.05) {
        f.setPixelSize(std::max(1, qRound(points * m_unit * kPixelsPerPoint)));
        if (QFontMetricsF(f).horizontalAdvance(s) <= r.width())
            break;
    }
    QString shown = s;
    if (points < size * 0.7) {
        f.setPixelSize(std::max(1, qRound(size * 0.7 * m_unit * kPixelsPerPoint)));
        shown = QFontMetricsF(f).elidedText(s, Qt::ElideRight, r.width());
        ++m_misfits;
    }
    p.setFont(f);
    // The width is fitted above; the height may exceed a small label's box (Thai marks above
    // and below the line), and a clipped box would cut them off.
    p.drawText(r, flags | Qt::TextSingleLine | Qt::TextDontClip, shown);
}

double PortfolioRenderer::heading(QPainter &p, const QRectF &r, const QString &s) {
    const double h = 16 * m_unit;
    p.setPen(kInk);
    text(p, QRectF(r.left(), r.top(), r.width(), h), s, 10.5, true,
         Qt::AlignLeft | Qt::AlignVCenter);
    return h;
}

void PortfolioRenderer::paint(QPainter &p, const QRectF &rect) {
    m_misfits = 0;
    // One point is 1/600 of the shorter side of a landscape-ish area: 10.5 pt headings on a
    // 1000-pixel-wide window, and the same proportions on an A4 page.
    m_unit = std::max(0.5, std::min(rect.width() / 1000.0, rect.height() / 620.0) * 1.1);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect, Qt::white);
    const double gap = 10 * m_unit;
    const double headH = 70 * m_unit;
    paintHeadline(p, QRectF(rect.left(), rect.top(), rect.width(), headH));
    const double top = rect.top() + headH + gap;
    const double h = (rect.bottom() - top - gap) / 2;
    const double w = (rect.width() - gap) / 2;
    paintDistribution(p, QRectF(rect.left(), top, w, h));
    paintLevels(p, QRectF(rect.left() + w + gap, top, w, h));
    paintIndicators(p, QRectF(rect.left(), top + h + gap, rect.width(), h));
    p.restore();
}

void PortfolioRenderer::paintHeadline(QPainter &p, const QRectF &r) {
    const bool thai = m_options.thai;
    const CodeStatistics *overall =
        m_portfolio.statistics.empty() ? nullptr : &m_portfolio.statistics.front();
    const QString dash = QStringLiteral("—");
    const std::pair<QString, QString> figures[] = {
        {tr2(thai, u"หน่วยงาน", "Agencies"), QString::number(m_portfolio.count())},
        {tr2(thai, u"คะแนนเฉลี่ย", "Mean score"),
         overall && overall->count ? overall->mean.toString() : dash},
        {tr2(thai, u"มัธยฐาน", "Median"),
         overall && overall->count ? overall->median.toString() : dash},
        {tr2(thai, u"ผ่านเกณฑ์", "Passing"),
         m_portfolio.passRate ? m_portfolio.passRate->toString() + u'%' : dash},
    };
    const double w = r.width() / 4;
    for (int i = 0; i < 4; ++i) {
        const QRectF box(r.left() + i * w + 2 * m_unit, r.top(), w - 4 * m_unit, r.height());
        p.fillRect(box, kPanel);
        p.setPen(kInk);
        text(p, box.adjusted(8 * m_unit, 4 * m_unit, -8 * m_unit, -r.height() * 0.6),
             figures[i].first, 10, false, Qt::AlignLeft | Qt::AlignVCenter);
        text(p, box.adjusted(8 * m_unit, r.height() * 0.35, -8 * m_unit, -4 * m_unit),
             figures[i].second, 24, true, Qt::AlignLeft | Qt::AlignVCenter);
    }
}

void PortfolioRenderer::paintDistribution(QPainter &p, const QRectF &r) {
    const bool thai = m_options.thai;
    const double head = heading(p, r, tr2(thai, u"การกระจายของคะแนนภาพรวม", "Overall scores"));
    const std::vector<Bin> bins = distribution(m_portfolio);
    int most = 1;
    for (const Bin &b : bins)
        most = std::max(most, b.passing + b.failing);
    const double labelH = 14 * m_unit;
    // Room above the tallest bar for its count, below the key.
    const QRectF plot(r.left() + 4 * m_unit, r.top() + head + 28 * m_unit, r.width() - 8 * m_unit,
                      r.height() - head - labelH - 32 * m_unit);
    p.setPen(QPen(kGrid, m_unit * 0.6));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    const double slot = plot.width() / double(bins.size());
    for (size_t i = 0; i < bins.size(); ++i) {
        const Bin &b = bins[i];
        const double x = plot.left() + double(i) * slot + slot * 0.15;
        const double bw = slot * 0.7;
        const double fh = plot.height() * b.failing / most;
        const double ph = plot.height() * b.passing / most;
        p.fillRect(QRectF(x, plot.bottom() - fh, bw, fh), kFail);
        p.fillRect(QRectF(x, plot.bottom() - fh - ph, bw, ph), kPass);
        p.setPen(kInk);
        if (b.passing + b.failing > 0)
            text(p,
                 QRectF(x - slot * 0.15, plot.bottom() - fh - ph - 13 * m_unit, slot, 12 * m_unit),
                 QString::number(b.passing + b.failing), 8, false,
                 Qt::AlignHCenter | Qt::AlignBottom);
        const QString label = i == 0 ? QStringLiteral("<55") : QString::number(b.lower);
        text(p, QRectF(x - slot * 0.15, plot.bottom() + 2 * m_unit, slot, labelH), label, 8, false,
             Qt::AlignHCenter | Qt::AlignTop);
    }
    // The key, above the plot.
    const double k = 8 * m_unit;
    double x = r.right() - 150 * m_unit;
    const double y = r.top() + head;
    for (const auto &[colour, words] : {std::pair{kPass, tr2(thai, u"ผ่าน", "pass")},
                                        std::pair{kFail, tr2(thai, u"ไม่ผ่าน", "not pass")}}) {
        p.fillRect(QRectF(x, y + 2 * m_unit, k, k), colour);
        p.setPen(kInk);
        text(p, QRectF(x + k + 3 * m_unit, y, 60 * m_unit, 12 * m_unit), words, 8, false,
             Qt::AlignLeft | Qt::AlignVCenter);
        x += 75 * m_unit;
    }
}

void PortfolioRenderer::paintLevels(QPainter &p, const QRectF &r) {
    const bool thai = m_options.thai;
    const double head = heading(p, r, tr2(thai, u"จำนวนหน่วยงานตามระดับ", "Agencies by level"));
    if (m_portfolio.levels.empty())
        return;
    int most = 1;
    for (const auto &[level, count] : m_portfolio.levels)
        most = std::max(most, count);
    const double rowH =
        std::min(22 * m_unit, (r.height() - head - 4 * m_unit) / double(m_portfolio.levels.size()));
    const double labelW = 70 * m_unit, countW = 90 * m_unit;
    double y = r.top() + head + 4 * m_unit;
    const int total = std::max(1, m_portfolio.count());
    for (const auto &[level, count] : m_portfolio.levels) {
        p.setPen(kInk);
        text(p, QRectF(r.left(), y, labelW - 4 * m_unit, rowH), level, 9, true,
             Qt::AlignRight | Qt::AlignVCenter);
        const double barW = (r.width() - labelW - countW) * count / most;
        p.fillRect(QRectF(r.left() + labelW, y + rowH * 0.2, barW, rowH * 0.6),
                   QColor(0x3b, 0x6e, 0xa8));
        const double share = 100.0 * count / total;
        text(p, QRectF(r.left() + labelW + barW + 4 * m_unit, y, countW, rowH),
             QStringLiteral("%1 (%2%)").arg(count).arg(share, 0, 'f', 1), 8.5, false,
             Qt::AlignLeft | Qt::AlignVCenter);
        y += rowH;
    }
}

void PortfolioRenderer::paintIndicators(QPainter &p, const QRectF &r) {
    const bool thai = m_options.thai;
    const double head = heading(p, r,
                                tr2(thai, u"ค่าเฉลี่ยรายตัวชี้วัด และจำนวนหน่วยงานที่ต้องแก้ไขเร่งด่วน",
                                    "Indicator means, and agencies where each is urgent"));
    std::vector<const CodeStatistics *> indicators;
    for (const CodeStatistics &s : m_portfolio.statistics)
        if (!s.code.isEmpty() && s.code.front().isDigit())
            indicators.push_back(&s);
    if (indicators.empty())
        return;
    const double labelH = 14 * m_unit;
    const QRectF plot(r.left() + 30 * m_unit, r.top() + head + 22 * m_unit, r.width() - 34 * m_unit,
                      r.height() - head - 2 * labelH - 26 * m_unit);
    // 50 to 100 on the axis: ITA scores live there, and the differences show.
    const auto yOf = [&](double score) {
        return plot.bottom() - plot.height() * std::clamp((score - 50.0) / 50.0, 0.0, 1.0);
    };
    p.setPen(QPen(kGrid, m_unit * 0.6));
    for (int v = 50; v <= 100; v += 10) {
        p.drawLine(QPointF(plot.left(), yOf(v)), QPointF(plot.right(), yOf(v)));
        p.setPen(kInk);
        text(p, QRectF(r.left(), yOf(v) - 6 * m_unit, 26 * m_unit, 12 * m_unit), QString::number(v),
             8, false, Qt::AlignRight | Qt::AlignVCenter);
        p.setPen(QPen(kGrid, m_unit * 0.6));
    }
    const double slot = plot.width() / double(indicators.size());
    for (size_t i = 0; i < indicators.size(); ++i) {
        const CodeStatistics &s = *indicators[i];
        const double x = plot.left() + double(i) * slot + slot * 0.2;
        const double bw = slot * 0.6;
        int urgent = 0;
        for (const auto &[code, count] : m_portfolio.weakest)
            if (code == s.code)
                urgent = count;
        if (s.count > 0) {
            const double top = yOf(s.mean.toDouble());
            p.fillRect(QRectF(x, top, bw, plot.bottom() - top),
                       GanttRenderer::bucketColour(s.mean.toDouble() < 85.0 ? 3 : 1));
            p.setPen(kInk);
            text(p, QRectF(x - slot * 0.2, top - 13 * m_unit, slot, 12 * m_unit), s.mean.toString(),
                 8, true, Qt::AlignHCenter | Qt::AlignBottom);
        }
        p.setPen(kInk);
        text(p, QRectF(x - slot * 0.2, plot.bottom() + 2 * m_unit, slot, labelH),
             (thai ? QStringLiteral("ตัวที่ %1") : QStringLiteral("No. %1")).arg(s.code), 8, true,
             Qt::AlignHCenter | Qt::AlignTop);
        p.setPen(urgent > 0 ? kFail : kInk);
        text(p, QRectF(x - slot * 0.2, plot.bottom() + labelH + 2 * m_unit, slot, labelH),
             urgent > 0
                 ? (thai ? QStringLiteral("เร่งด่วน %1") : QStringLiteral("urgent %1")).arg(urgent)
                 : QStringLiteral("–"),
             7.5, false, Qt::AlignHCenter | Qt::AlignTop);
    }
}

} // namespace ita
