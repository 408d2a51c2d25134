#include "PlanAnalysis.h"

#include "domain/FiscalCalendar.h"

#include <QSet>

namespace ita {

QString coverageKindKey(CoverageFinding::Kind kind) {
    switch (kind) {
    case CoverageFinding::Kind::Uncovered:
        return QStringLiteral("uncovered");
    case CoverageFinding::Kind::MaintainOnly:
        return QStringLiteral("maintain_only");
    case CoverageFinding::Kind::NoUnit:
        return QStringLiteral("no_unit");
    case CoverageFinding::Kind::NoSpan:
        return QStringLiteral("no_span");
    case CoverageFinding::Kind::AfterYear:
        return QStringLiteral("after_year");
    }
    return {};
}

namespace {

QSet<QString> answeredCodes(const Plan &plan) {
    QSet<QString> codes;
    for (const auto &m : plan.measures)
        for (const QString &c : m.codes)
            codes.insert(c);
    return codes;
}

/// Improve/urgent items and sub-items no measure answers, in tree order.
std::vector<int> uncoveredNodes(const Analysis &analysis, const Plan &plan) {
    const QSet<QString> answered = answeredCodes(plan);
    std::vector<int> out;
    for (int i = 0; i < int(analysis.nodes.size()); ++i) {
        const NodeResult &n = analysis.nodes[size_t(i)];
        if ((n.level != Level::Item && n.level != Level::SubItem) ||
            (n.bucket != Bucket::Improve && n.bucket != Bucket::Urgent))
            continue;
        if (answered.contains(n.code))
            continue;
        if (n.level == Level::SubItem && answered.contains(analysis.nodes[size_t(n.parent)].code))
            continue;
        out.push_back(i);
    }
    return out;
}

int indicatorOf(const Analysis &analysis, int node) {
    while (node >= 0 && analysis.nodes[size_t(node)].level != Level::Indicator)
        node = analysis.nodes[size_t(node)].parent;
    return node;
}

} // namespace

std::vector<CoverageFinding> checkCoverage(const Analysis &analysis, const Plan &plan) {
    using K = CoverageFinding::Kind;
    std::vector<CoverageFinding> out;
    for (int i : uncoveredNodes(analysis, plan)) {
        const NodeResult &n = analysis.nodes[size_t(i)];
        const QString score = n.used ? n.used->toString() : QString();
        out.push_back({K::Uncovered,
                       n.code,
                       -1,
                       -1,
                       {QStringLiteral("%1 (%2, %3) ยังไม่มีมาตรการรองรับ")
                            .arg(n.code, score, bucketTitle(n.bucket).th),
                        QStringLiteral("%1 (%2, %3) has no measure")
                            .arg(n.code, score, bucketKey(n.bucket))}});
    }
    for (int m = 0; m < int(plan.measures.size()); ++m) {
        const Measure &measure = plan.measures[size_t(m)];
        const QString first = measure.codes.value(0);
        bool anyNeeds = false;
        bool anyKnown = false;
        for (const QString &c : measure.codes) {
            if (const NodeResult *n = analysis.find(c)) {
                anyKnown = true;
                anyNeeds = anyNeeds || n->bucket == Bucket::Improve || n->bucket == Bucket::Urgent;
            }
        }
        if (anyKnown && !anyNeeds)
            out.push_back({K::MaintainOnly,
                           first,
                           m,
                           -1,
                           {QStringLiteral("มาตรการที่ %1 (%2) ตอบเฉพาะประเด็นที่ควรรักษาระดับ")
                                .arg(m + 1)
                                .arg(measure.codes.join(u' ')),
                            QStringLiteral("measure %1 (%2) answers only maintain items")
                                .arg(m + 1)
                                .arg(measure.codes.join(u' '))}});
        for (int s = 0; s < int(measure.steps.size()); ++s) {
            const Step &step = measure.steps[size_t(s)];
            const QString where = QStringLiteral("%1.%2").arg(m + 1).arg(s + 1);
            if (step.units.isEmpty())
                out.push_back({K::NoUnit,
                               first,
                               m,
                               s,
                               {QStringLiteral("ขั้นตอน %1 ยังไม่มีหน่วยงานรับผิดชอบ").arg(where),
                                QStringLiteral("step %1 has no responsible unit").arg(where)}});
            if (!step.isScheduled())
                out.push_back({K::NoSpan,
                               first,
                               m,
                               s,
                               {QStringLiteral("ขั้นตอน %1 ยังไม่กำหนดระยะเวลาดำเนินการ").arg(where),
                                QStringLiteral("step %1 has no planned span").arg(where)}});
            else if (step.endMonth > 12)
                out.push_back({K::AfterYear,
                               first,
                               m,
                               s,
                               {QStringLiteral("ขั้นตอน %1 สิ้นสุดหลังปีงบประมาณ").arg(where),
                                QStringLiteral("step %1 ends after the fiscal year").arg(where)}});
        }
    }
    return out;
}

std::vector<UnitLoad> workload(const Plan &plan) {
    std::vector<UnitLoad> out;
    for (const Unit &u : plan.units)
        out.push_back({u.abbreviation});
    const auto slot = [&](const QString &unit) -> UnitLoad & {
        for (auto &l : out)
            if (l.unit == unit)
                return l;
        out.push_back({unit});
        return out.back();
    };
    for (const Measure &m : plan.measures) {
        for (const Step &s : m.steps) {
            if (!s.isScheduled() || s.status == StepStatus::Cancelled)
                continue;
            const int from = (s.startMonth - 1) / 3;
            const int to = std::min((s.endMonth - 1) / 3, 3);
            for (const QString &unit : s.units)
                for (int q = from; q <= to; ++q)
                    ++slot(unit).quarters[q];
        }
    }
    return out;
}

std::vector<Measure> draftMeasures(const Analysis &analysis, const Plan &plan,
                                   const Recommendations &recommendations) {
    std::vector<Measure> drafts;
    int currentIndicator = -1;
    for (int node : uncoveredNodes(analysis, plan)) {
        const int indicator = indicatorOf(analysis, node);
        if (indicator != currentIndicator || drafts.empty()) {
            currentIndicator = indicator;
            const NodeResult &ind = analysis.nodes[size_t(indicator)];
            Measure m;
            m.title = QStringLiteral("ตัวชี้วัดที่ %1 %2").arg(ind.code, ind.frameworkTitle.th);
            m.notes = QStringLiteral("ร่างจากผลการวิเคราะห์: กำหนดขั้นตอน ระยะเวลา และหน่วยงานที่รับผิดชอบ");
            drafts.push_back(m);
        }
        const NodeResult &n = analysis.nodes[size_t(node)];
        Measure &m = drafts.back();
        m.codes << n.code;
        // Item-level recommendations fit their sub-items too.
        const QString item =
            n.level == Level::SubItem ? analysis.nodes[size_t(n.parent)].code : n.code;
        for (const Recommendation &r : recommendations) {
            if (r.code != n.code && r.code != item)
                continue;
            const bool already = std::any_of(m.steps.begin(), m.steps.end(),
                                             [&](const Step &s) { return s.text == r.text; });
            if (already)
                continue;
            Step s;
            s.text = r.text;
            m.steps.push_back(s);
        }
    }
    return drafts;
}

Bucket measureBucket(const Analysis &analysis, const Measure &measure) {
    Bucket worst = Bucket::None;
    for (const QString &code : measure.codes) {
        const NodeResult *n = analysis.find(code);
        if (n && int(n->bucket) > int(worst))
            worst = n->bucket;
    }
    return worst;
}

StepProgress progressAsOf(const Step &step, int fiscalYear, const QDate &asOf) {
    StepProgress p{step.status, step.percent, false, false};
    if (step.status != StepStatus::Cancelled) {
        if (step.actualStart.isValid() && step.actualStart > asOf) {
            p.status = StepStatus::NotStarted;
            p.percent = 0;
        } else if (step.status == StepStatus::Done && step.actualFinish.isValid() &&
                   step.actualFinish > asOf) {
            p.status = StepStatus::InProgress;
            p.percent = -1; // the file does not say how far it had come on that day
        }
    }
    if (p.status == StepStatus::Done)
        p.percent = 100;
    if (step.isScheduled()) {
        p.due = fiscal::monthStart(fiscalYear, step.startMonth) <= asOf;
        p.overdue = p.status != StepStatus::Done && p.status != StepStatus::Cancelled &&
                    fiscal::monthEnd(fiscalYear, step.endMonth) < asOf;
    }
    return p;
}

} // namespace ita
