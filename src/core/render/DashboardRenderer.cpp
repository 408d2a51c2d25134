#include "DashboardRenderer.h"

#include "GanttRenderer.h"
#include "analysis/WhatIf.h"
#include "domain/FiscalCalendar.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ita {

namespace {

/// The level above `grade` and the shortest way there (DashboardData::nextLevel).
std::optional<DashboardData::NextLevel>
nextLevelOf(const Framework &framework, const Analysis &analysis, const QString &grade) {
    const int at = framework.rating.indexOf(grade);
    if (at <= 0 || !analysis.overall)
        return std::nullopt;
    const RatingLevel &next = framework.rating.levels[size_t(at - 1)];
    DashboardData::NextLevel out;
    out.level = next.label;
    out.gap = std::max(Score(), next.minimum - *analysis.overall);
    // The weighted means are linear, so an item's rise moves the overall by its share of the
    // weights (the what-if tool's sensitivity); an estimate to the hundredth.
    for (const Sensitivity &s : sensitivity(framework)) {
        const int i = analysis.indexOf(s.code);
        if (i < 0 || !analysis.nodes[size_t(i)].used)
            continue;
        const qint64 room = 10000 - analysis.nodes[size_t(i)].used->hundredths();
        const Score gain = Score::fromHundredths(qint64(std::llround(double(room) * s.perPoint)));
        if (gain > out.itemGain) {
            out.itemGain = gain;
            out.item = s.code;
        }
    }
    if (next.allToolsMinimum)
        for (const NodeResult &n : analysis.nodes)
            if (n.level == Level::Tool && (!n.used || *n.used < *next.allToolsMinimum)) {
                out.toolShort = n.code;
                out.toolMinimum = next.allToolsMinimum;
                break;
            }
    return out;
}

} // namespace

LocalizedText DashboardData::oitText() const {
    if (!oit)
        return {};
    const Oit &o = *oit;
    QString th =
        o.daysToWindow >= 0
            ? QStringLiteral("OIT พร้อม %1 จาก %2 ข้อ อีก %3 วันระบบเปิด")
                  .arg(o.ready)
                  .arg(o.total)
                  .arg(o.daysToWindow)
            : QStringLiteral("OIT พร้อม %1 จาก %2 ข้อ (ระบบเปิดแล้ว)").arg(o.ready).arg(o.total);
    QString en = o.daysToWindow >= 0
                     ? QStringLiteral("OIT ready: %1 of %2 items, %3 days before the window")
                           .arg(o.ready)
                           .arg(o.total)
                           .arg(o.daysToWindow)
                     : QStringLiteral("OIT ready: %1 of %2 items (the window has opened)")
                           .arg(o.ready)
                           .arg(o.total);
    if (o.expectedOverall) {
        th += QStringLiteral(" · หากประเมินวันนี้ %1 %2")
                  .arg(o.expectedOverall->toString(), o.expectedLevel);
        en += QStringLiteral(" · if assessed today %1 %2")
                  .arg(o.expectedOverall->toString(), o.expectedLevel);
    }
    if (!o.atRisk.isEmpty()) {
        QStringList shown = o.atRisk.mid(0, 6);
        if (o.atRisk.size() > 6)
            shown << QStringLiteral("…");
        th += QStringLiteral(" · ยังไม่พร้อม: %1").arg(shown.join(QStringLiteral(", ")));
        en += QStringLiteral(" · at risk: %1").arg(shown.join(QStringLiteral(", ")));
    }
    return {th, en};
}

LocalizedText DashboardData::nextLevelText() const {
    // Short enough to read at a glance under the overall, on a laptop as on a projector.
    if (!nextLevel)
        return {};
    const NextLevel &n = *nextLevel;
    QString th = QStringLiteral("สู่ %1").arg(n.level.th);
    QString en = QStringLiteral("To %1").arg(n.level.in(false));
    if (n.gap > Score()) {
        th += QStringLiteral(": +%1").arg(n.gap.toString());
        en += QStringLiteral(": +%1").arg(n.gap.toString());
        if (!n.item.isEmpty() && n.itemGain >= n.gap) {
            th += QStringLiteral(" · %1 ข้อเดียวให้ +%2").arg(n.item, n.itemGain.toString());
            en += QStringLiteral(" · %1 alone gives +%2").arg(n.item, n.itemGain.toString());
        } else if (!n.item.isEmpty()) {
            th += QStringLiteral(" · ข้อเดียวให้มากสุด %1 +%2").arg(n.item, n.itemGain.toString());
            en +=
                QStringLiteral(" · most from one item: %1 +%2").arg(n.item, n.itemGain.toString());
        }
    }
    if (!n.toolShort.isEmpty() && n.toolMinimum) {
        th += QStringLiteral(" · ทุกเครื่องมือ ≥ %1 (%2 ยังไม่ถึง)")
                  .arg(n.toolMinimum->toString(), n.toolShort);
        en += QStringLiteral(" · every tool ≥ %1 (%2 is below)")
                  .arg(n.toolMinimum->toString(), n.toolShort);
    }
    return {th, en};
}

DashboardData dashboardData(const Framework &framework, const Assessment &assessment,
                            const Analysis &analysis, const Analysis *previous, const Plan *plan,
                            const QDate &today) {
    DashboardData d;
    d.agency = assessment.agency;
    d.fiscalYear = assessment.fiscalYear;
    d.overall = analysis.overall;
    d.grade = analysis.nodes.empty() ? QString() : analysis.nodes.front().grade;
    d.gradePhrase = {framework.rating.phrase(d.grade, true),
                     framework.rating.phrase(d.grade, false)};
    d.previousOverall = previous ? previous->overall : std::nullopt;
    d.nextLevel = nextLevelOf(framework, analysis, d.grade);
    d.maintainThreshold = analysis.maintainThreshold;
    d.fixedThreshold = analysis.fixedThreshold;
    d.findings = int(analysis.findings.size());
    std::vector<DashboardData::Weak> items;
    for (const NodeResult &n : analysis.nodes) {
        if (n.level == Level::Tool) {
            const int f = framework.indexOf(n.code);
            d.tools.push_back(
                {n.code, f >= 0 ? double(framework.node(f).weight) / 10000.0 : 0, n.used});
        } else if (n.level == Level::Indicator)
            d.indicators.push_back({n.code, n.frameworkTitle, n.used, n.bucket});
        else if (n.level == Level::Item) {
            ++d.counts[int(n.bucket)];
            if (n.used)
                items.push_back({n.code, *n.used, n.bucket});
        }
    }
    std::stable_sort(items.begin(), items.end(),
                     [](const auto &a, const auto &b) { return a.score < b.score; });
    items.resize(std::min<size_t>(items.size(), 5));
    d.weakest = items;
    if (plan) {
        d.hasPlan = true;
        for (const Measure &m : plan->measures) {
            for (const Step &s : m.steps) {
                if (!s.isScheduled() || s.status == StepStatus::Cancelled)
                    continue;
                const int q = std::clamp((std::min(s.endMonth, 12) - 1) / 3, 0, 3);
                const auto count = [&](DashboardData::QuarterProgress &slot) {
                    ++slot.planned;
                    if (s.status == StepStatus::Done)
                        ++slot.done;
                    else if (fiscal::monthEnd(plan->fiscalYear, s.endMonth) < today)
                        ++slot.overdue;
                    else if (s.status == StepStatus::InProgress)
                        ++slot.inProgress;
                };
                count(d.quarters[q]);
                for (const QString &unit : s.units) {
                    auto it = std::find_if(d.units.begin(), d.units.end(),
                                           [&](const auto &u) { return u.unit == unit; });
                    if (it == d.units.end()) {
                        d.units.push_back({unit, {}});
                        it = d.units.end() - 1;
                    }
                    count(it->steps);
                }
            }
        }
    }
    std::stable_sort(d.units.begin(), d.units.end(), [](const auto &a, const auto &b) {
        return a.steps.overdue > b.steps.overdue;
    });
    return d;
}

DashboardRenderer::DashboardRenderer(const DashboardData &data, Options options)
    : m_data(data)
    , m_options(options) {}

namespace {

QColor bucketFill(Bucket b) {
    return GanttRenderer::bucketColour(int(b));
}

QString mark(Bucket b) {
    return bucketMark(b);
}

void setPointSize(QPainter &p, double size) {
    QFont f = p.font();
    f.setPointSizeF(std::max(6.0, size));
    p.setFont(f);
}

/// Sets the largest type up to `size` at which `text` fits `width`: nothing is cut off.
/// False when even the smallest type (6 pt) does not fit.
bool fitPointSize(QPainter &p, const QString &text, double width, double size) {
    setPointSize(p, size);
    while (size > 6 && p.fontMetrics().horizontalAdvance(text) > width) {
        size *= 0.92;
        setPointSize(p, size);
    }
    return p.fontMetrics().horizontalAdvance(text) <= width;
}

} // namespace

void DashboardRenderer::paint(QPainter &p, const QRectF &rect) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect, Qt::white);
    m_barHits.clear();
    m_barLabels.clear();
    m_misfits = 0;
    const double h = rect.height();
    const QRectF head(rect.left(), rect.top(), rect.width(), h * 0.24);
    const QRectF chart(rect.left(), head.bottom(), rect.width(), h * 0.48);
    // The OIT checklist's line, when the plan has one, takes a strip across the foot.
    const QString oit = m_data.oitText().in(m_options.thai);
    const double oitH = oit.isEmpty() ? 0.0 : h * 0.055;
    const QRectF bottom(rect.left(), chart.bottom(), rect.width(),
                        rect.bottom() - chart.bottom() - oitH);
    m_oitRect = QRectF();
    if (!oit.isEmpty()) {
        m_oitRect = QRectF(rect.left() + 12, bottom.bottom(), rect.width() - 24, oitH - 4);
        // Red while items are not ready, green when all are.
        m_misfits +=
            !fitPointSize(p, oit, m_oitRect.width(), std::min(oitH * 0.45, 14.0) * m_options.scale);
        p.setPen(m_data.oit->ready < m_data.oit->total ? QColor(0xb0, 0x30, 0x30)
                                                       : QColor(0x2a, 0x7a, 0x2a));
        p.drawText(m_oitRect, Qt::AlignLeft | Qt::AlignVCenter, oit);
        p.setPen(Qt::black);
    }
    paintHeadline(p, head.adjusted(12, 8, -12, -4));
    paintIndicators(p, chart.adjusted(12, 4, -12, -4));
    paintWeakest(p, QRectF(bottom.left(), bottom.top(), bottom.width() * 0.2, bottom.height())
                        .adjusted(12, 4, -6, -8));
    paintProgress(p, QRectF(bottom.left() + bottom.width() * 0.2, bottom.top(),
                            bottom.width() * 0.5, bottom.height())
                         .adjusted(6, 4, -6, -8));
    paintUnits(p, QRectF(bottom.left() + bottom.width() * 0.7, bottom.top(), bottom.width() * 0.3,
                         bottom.height())
                      .adjusted(6, 4, -12, -8));
    p.restore();
}

void DashboardRenderer::paintHeadline(QPainter &p, const QRectF &r) {
    const bool th = m_options.thai;
    const double unit = std::min(r.height() / 6.0, r.width() / 60.0) * m_options.scale;
    p.setPen(Qt::black);
    const QString title =
        th ? QStringLiteral("%1 · ปีงบประมาณ พ.ศ. %2").arg(m_data.agency).arg(m_data.fiscalYear)
           : QStringLiteral("%1 · FY %2 BE").arg(m_data.agency).arg(m_data.fiscalYear);
    m_misfits += !fitPointSize(p, title, r.width() * 0.7, unit * 1.1);
    p.drawText(QRectF(r.left(), r.top(), r.width() * 0.7, unit * 2), Qt::AlignLeft | Qt::AlignTop,
               title);
    // The left column, clear of the tool tiles (issue 25: the rating words under the number
    // ran under the IIT tile at 1366×768): the overall, large, then its rating words, then
    // the way to the next level, each shrunk to the column's width.
    const double column = r.width() * 0.28;
    const QString next = m_data.nextLevelText().in(th);
    // Positions follow the rectangle (`geo`), type sizes the presentation scale too (`unit`).
    const double geo = std::min(r.height() / 6.0, r.width() / 60.0);
    const double lineH = geo * 1.25;
    const int belowNumber = next.isEmpty() ? 1 : 2;
    const QRectF overallBox(r.left(), r.top() + geo * 1.8, column,
                            r.height() - geo * 1.8 - lineH * belowNumber);
    setPointSize(p, std::min(unit * 3.6, overallBox.height() * 0.9));
    QFont big = p.font();
    big.setBold(true);
    p.setFont(big);
    p.drawText(overallBox, Qt::AlignLeft | Qt::AlignVCenter,
               m_data.overall ? m_data.overall->toString() : QStringLiteral("—"));
    big = p.font();
    big.setBold(false);
    p.setFont(big);
    QString sub = th ? QStringLiteral("คะแนนภาพรวม %1").arg(m_data.gradePhrase.th)
                     : QStringLiteral("overall score, %1").arg(m_data.gradePhrase.en);
    if (m_data.previousOverall && m_data.overall) {
        const Score delta = *m_data.overall - *m_data.previousOverall;
        sub += QStringLiteral(" · %1%2 %3")
                   .arg(delta >= Score() ? QStringLiteral("+") : QString(), delta.toString(),
                        th ? QStringLiteral("จากปีก่อน") : QStringLiteral("on last year"));
    }
    m_misfits += !fitPointSize(p, sub, column, unit * 1.0);
    m_ratingRect = QRectF(overallBox.left(), overallBox.bottom(), column, lineH);
    p.drawText(m_ratingRect, Qt::AlignLeft | Qt::AlignVCenter, sub);
    if (!next.isEmpty()) {
        // The line runs on under the tool tiles, which end above it.
        const double wide = r.width() * 0.72;
        m_misfits += !fitPointSize(p, next, wide, unit * 0.95);
        p.setPen(QColor(0x20, 0x50, 0x90));
        m_nextLevelRect = QRectF(overallBox.left(), overallBox.bottom() + lineH, wide, lineH);
        p.drawText(m_nextLevelRect, Qt::AlignLeft | Qt::AlignVCenter, next);
        p.setPen(Qt::black);
    }
    m_tileRects.clear();
    if (next.isEmpty())
        m_nextLevelRect = QRectF();
    // The three tools with their weights.
    const double boxW = r.width() * 0.13;
    for (size_t i = 0; i < m_data.tools.size() && i < 3; ++i) {
        const double tileBottom =
            next.isEmpty() ? r.bottom() - unit * 0.4 : overallBox.bottom() + lineH - geo * 0.15;
        const QRectF box(r.left() + r.width() * 0.30 + double(i) * (boxW + 8), r.top() + unit * 2.2,
                         boxW, tileBottom - (r.top() + unit * 2.2));
        p.setPen(QColor(0xc0, 0xc0, 0xc0));
        p.setBrush(QColor(0xf6, 0xf6, 0xf6));
        p.drawRoundedRect(box, 6, 6);
        m_tileRects.push_back(box);
        p.setPen(Qt::black);
        const QString title = QStringLiteral("%1 × %2")
                                  .arg(m_data.tools[i].code)
                                  .arg(m_data.tools[i].weight, 0, 'f', 2);
        m_misfits +=
            !fitPointSize(p, title, box.width() - 14, unit * 1.0); // "OIT × 0.40" whole on a laptop
        p.drawText(box.adjusted(6, 4, -6, 0), Qt::AlignLeft | Qt::AlignTop, title);
        const QString value =
            m_data.tools[i].score ? m_data.tools[i].score->toString() : QStringLiteral("—");
        m_misfits += !fitPointSize(p, value, box.width() - 14, unit * 2.0);
        p.drawText(box.adjusted(6, 0, -6, -4), Qt::AlignLeft | Qt::AlignBottom, value);
    }
    // Counts per bucket and findings.
    const QRectF counts(r.left() + r.width() * 0.74, r.top() + unit * 2.2, r.width() * 0.26,
                        r.height() - unit * 2.6);
    setPointSize(p, unit * 1.05);
    const auto bucketLine = [&](Bucket b) {
        return QStringLiteral("%1 %2  %3")
            .arg(bucketMark(b))
            .arg(m_data.counts[int(b)])
            .arg(bucketName(b).in(th));
    };
    const QString lines[] = {bucketLine(Bucket::Maintain), bucketLine(Bucket::Improve),
                             bucketLine(Bucket::Urgent),
                             QStringLiteral("⚠ %1  %2")
                                 .arg(m_data.findings)
                                 .arg(th ? QStringLiteral("ข้อสังเกต") : QStringLiteral("findings"))};
    const QColor colours[] = {bucketFill(Bucket::Maintain), bucketFill(Bucket::Improve),
                              bucketFill(Bucket::Urgent), QColor(0x80, 0x60, 0x00)};
    for (int i = 0; i < 4; ++i) {
        p.setPen(colours[i].darker(120));
        p.drawText(QRectF(counts.left(), counts.top() + i * counts.height() / 4, counts.width(),
                          counts.height() / 4),
                   Qt::AlignLeft | Qt::AlignVCenter, lines[i]);
    }
}

void DashboardRenderer::paintIndicators(QPainter &p, const QRectF &r) {
    const bool th = m_options.thai;
    const size_t n = m_data.indicators.size();
    if (n == 0)
        return;
    const double unit = std::min(r.height() / 16.0, r.width() / 70.0) * m_options.scale;
    setPointSize(p, unit * 0.95);
    const double labelH = p.fontMetrics().height() * 1.3;
    // Threshold labels get their own margin on the right, clear of the bars.
    const double margin =
        p.fontMetrics().horizontalAdvance(QStringLiteral("รักษาระดับ ≥ 100.00")) + 8;
    const QRectF plot(r.left() + unit * 3.5, r.top() + labelH, r.width() - unit * 3.5 - margin,
                      r.height() - 2 * labelH);
    // The axis starts at a round number under everything shown, so differences are legible;
    // it is labelled, and the 85.00 line always shows.
    double low = std::min(m_data.fixedThreshold.toDouble(), 100.0);
    for (const auto &ind : m_data.indicators)
        if (ind.score)
            low = std::min(low, ind.score->toDouble());
    low = std::max(0.0, std::floor((low - 5) / 10) * 10);
    const auto yOf = [&](double v) {
        return plot.bottom() - (v - low) / (100 - low) * plot.height();
    };
    p.setPen(QColor(0xd0, 0xd0, 0xd0));
    for (double v = low; v <= 100.001; v += 10) {
        p.drawLine(QPointF(plot.left(), yOf(v)), QPointF(plot.right(), yOf(v)));
        p.setPen(Qt::darkGray);
        p.drawText(QRectF(r.left(), yOf(v) - labelH / 2, unit * 3.2, labelH),
                   Qt::AlignRight | Qt::AlignVCenter, QString::number(int(v)));
        p.setPen(QColor(0xd0, 0xd0, 0xd0));
    }
    const double slot = plot.width() / double(n);
    for (size_t i = 0; i < n; ++i) {
        const auto &ind = m_data.indicators[i];
        const double x = plot.left() + slot * double(i) + slot * 0.18;
        const double w = slot * 0.64;
        if (ind.score) {
            const QRectF bar(x, yOf(ind.score->toDouble()), w,
                             plot.bottom() - yOf(ind.score->toDouble()));
            p.fillRect(bar, bucketFill(ind.bucket));
            p.setPen(Qt::black);
            const QString value =
                QStringLiteral("%1 %2").arg(mark(ind.bucket), ind.score->toString());
            m_misfits += !fitPointSize(p, value, slot - 4, unit * 0.95);
            p.drawText(QRectF(x - slot * 0.18 + 2, bar.top() - labelH, slot - 4, labelH),
                       Qt::AlignCenter, value);
            m_barHits.push_back({QRectF(x, plot.top(), w, plot.height() + labelH), ind.code});
            m_barLabels << value;
        }
        p.setPen(Qt::black);
        setPointSize(p, unit * 0.95);
        QString label =
            th ? QStringLiteral("ตัวชี้วัด %1").arg(ind.code) : QStringLiteral("Ind. %1").arg(ind.code);
        if (p.fontMetrics().horizontalAdvance(label) > slot - 4)
            label = ind.code; // narrow: the number alone
        p.drawText(QRectF(plot.left() + slot * double(i), plot.bottom() + 2, slot, labelH),
                   Qt::AlignCenter, label);
    }
    // Both thresholds as lines, labelled.
    const auto line = [&](Score v, const QColor &c, const QString &label) {
        p.setPen(QPen(c, 2, Qt::DashLine));
        p.drawLine(QPointF(plot.left(), yOf(v.toDouble())),
                   QPointF(plot.right(), yOf(v.toDouble())));
        p.setPen(c);
        p.drawText(QRectF(plot.right() + 4, yOf(v.toDouble()) - labelH / 2, margin, labelH),
                   Qt::AlignLeft | Qt::AlignVCenter, label);
    };
    line(m_data.fixedThreshold, QColor(0xb0, 0x20, 0x20),
         (th ? QStringLiteral("เกณฑ์ %1") : QStringLiteral("pass mark %1"))
             .arg(m_data.fixedThreshold.toString()));
    if (m_data.maintainThreshold > m_data.fixedThreshold)
        line(m_data.maintainThreshold, QColor(0x20, 0x70, 0x20),
             (th ? QStringLiteral("รักษาระดับ ≥ %1") : QStringLiteral("maintain ≥ %1"))
                 .arg(m_data.maintainThreshold.toString()));
}

double DashboardRenderer::paintHeading(QPainter &p, const QRectF &r, double size,
                                       const QString &text) {
    QFont font = p.font();
    font.setBold(true);
    p.setFont(font);
    m_misfits += !fitPointSize(p, text, r.width(), size); // bold, and fitted to the panel
    font = p.font();
    p.setPen(Qt::black);
    const double lineH = p.fontMetrics().height() * 1.25;
    p.drawText(QRectF(r.left(), r.top(), r.width(), lineH), Qt::AlignLeft | Qt::AlignVCenter, text);
    font.setBold(false);
    p.setFont(font);
    return lineH;
}

void DashboardRenderer::paintWeakest(QPainter &p, const QRectF &r) {
    const double unit = std::min(r.height() / 9.0, 13.0) * m_options.scale;
    const double lineH = paintHeading(p, r, unit,
                                      m_options.thai ? QStringLiteral("ข้อที่คะแนนต่ำสุด")
                                                     : QStringLiteral("Weakest items"));
    double y = r.top() + lineH;
    for (const auto &w : m_data.weakest) {
        if (y + lineH > r.bottom())
            break;
        const QString text =
            QStringLiteral("%1 %2  %3").arg(bucketMark(w.bucket), w.code, w.score.toString());
        m_misfits += !fitPointSize(p, text, r.width(), unit);
        p.setPen(bucketFill(w.bucket).darker(130));
        p.drawText(QRectF(r.left(), y, r.width(), lineH), Qt::AlignLeft | Qt::AlignVCenter, text);
        y += lineH;
    }
}

void DashboardRenderer::paintProgress(QPainter &p, const QRectF &r) {
    const bool th = m_options.thai;
    const double unit = std::min(r.height() / 9.0, 13.0) * m_options.scale;
    const double lineH =
        paintHeading(p, r, unit,
                     th ? QStringLiteral("ความคืบหน้าของมาตรการ (ขั้นตอนที่สิ้นสุดในแต่ละไตรมาส)")
                        : QStringLiteral("Plan progress (steps ending in each quarter)"));
    if (!m_data.hasPlan) {
        p.drawText(QRectF(r.left(), r.top() + lineH, r.width(), lineH), Qt::AlignLeft,
                   th ? QStringLiteral("ยังไม่มีมาตรการ") : QStringLiteral("No plan yet"));
        return;
    }
    const double rowH = (r.height() - lineH * 3) / 4;
    int most = 1;
    for (const auto &q : m_data.quarters)
        most = std::max(most, q.planned);
    setPointSize(p, unit); // measure the labels in the type they are drawn in
    const double labelW =
        p.fontMetrics().horizontalAdvance(th ? QStringLiteral("ไตรมาส 4 ") : QStringLiteral("Q4 "));
    const double countW = r.width() * 0.38;
    for (int i = 0; i < 4; ++i) {
        const auto &q = m_data.quarters[i];
        const double y = r.top() + lineH + rowH * i;
        setPointSize(p, unit);
        p.setPen(Qt::black);
        p.drawText(QRectF(r.left(), y, labelW, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                   th ? QStringLiteral("ไตรมาส %1").arg(i + 1) : QStringLiteral("Q%1").arg(i + 1));
        const double full = r.width() - labelW - countW - 8;
        double x = r.left() + labelW;
        const auto segment = [&](int count, const QColor &c) {
            const double w = full * count / most;
            p.fillRect(QRectF(x, y + rowH * 0.2, w, rowH * 0.6), c);
            x += w;
        };
        segment(q.done, QColor(0x4a, 0x9a, 0x4a));
        segment(q.inProgress, QColor(0xe8, 0xa8, 0x20));
        segment(q.overdue, QColor(0xd9, 0x4a, 0x4a));
        segment(q.planned - q.done - q.inProgress - q.overdue, QColor(0xd0, 0xd0, 0xd0));
        const QString count =
            th ? QStringLiteral("เสร็จ %1 · เลย %2 / %3").arg(q.done).arg(q.overdue).arg(q.planned)
               : QStringLiteral("done %1 · late %2 / %3").arg(q.done).arg(q.overdue).arg(q.planned);
        m_misfits += !fitPointSize(p, count, countW, unit);
        p.setPen(Qt::black);
        p.drawText(QRectF(r.right() - countW, y, countW, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                   count);
    }
    setPointSize(p, unit * 0.9);
    p.drawText(
        QRectF(r.left(), r.bottom() - lineH * 2, r.width(), lineH * 2),
        Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap,
        th ? QStringLiteral("เขียว เสร็จแล้ว · เหลือง กำลังดำเนินการ · แดง เลยกำหนด · เทา ยังไม่ถึงกำหนด")
           : QStringLiteral("green done · amber in progress · red overdue · grey not yet due"));
}

void DashboardRenderer::paintUnits(QPainter &p, const QRectF &r) {
    const bool th = m_options.thai;
    const double unit = std::min(r.height() / 9.0, 13.0) * m_options.scale;
    const double lineH =
        paintHeading(p, r, unit, th ? QStringLiteral("ตามหน่วยงาน") : QStringLiteral("By unit"));
    double y = r.top() + lineH;
    for (const auto &u : m_data.units) {
        if (y + lineH > r.bottom())
            break;
        const QString text = th ? QStringLiteral("%1: เสร็จ %2 · เลย %3 / %4")
                                      .arg(u.unit)
                                      .arg(u.steps.done)
                                      .arg(u.steps.overdue)
                                      .arg(u.steps.planned)
                                : QStringLiteral("%1: done %2 · late %3 / %4")
                                      .arg(u.unit)
                                      .arg(u.steps.done)
                                      .arg(u.steps.overdue)
                                      .arg(u.steps.planned);
        m_misfits += !fitPointSize(p, text, r.width(), unit);
        p.setPen(u.steps.overdue > 0 ? QColor(0xb0, 0, 0) : Qt::black);
        p.drawText(QRectF(r.left(), y, r.width(), lineH), Qt::AlignLeft | Qt::AlignVCenter, text);
        y += lineH;
    }
}

QString DashboardRenderer::indicatorAt(const QPointF &point) const {
    for (const auto &[rect, code] : m_barHits)
        if (rect.contains(point))
            return code;
    return {};
}

} // namespace ita
