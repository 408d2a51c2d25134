#include "PlanAnalysis.h"

#include "domain/FiscalCalendar.h"
#include "domain/Library.h"

#include <QHash>
#include <algorithm>

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
    case CoverageFinding::Kind::NoSteps:
        return QStringLiteral("no_steps");
    case CoverageFinding::Kind::NoMonitoring:
        return QStringLiteral("no_monitoring");
    case CoverageFinding::Kind::NoReporting:
        return QStringLiteral("no_reporting");
    case CoverageFinding::Kind::Hollow:
        return QStringLiteral("hollow");
    case CoverageFinding::Kind::OitLate:
        return QStringLiteral("oit_late");
    case CoverageFinding::Kind::Unreviewed:
        return QStringLiteral("unreviewed");
    }
    return {};
}

bool isMissing(CoverageFinding::Kind kind) {
    return kind != CoverageFinding::Kind::Unreviewed;
}

namespace {

QSet<QString> answeredCodes(const Plan &plan) {
    QSet<QString> codes;
    for (const auto &m : plan.measures)
        for (const QString &c : m.codes)
            codes.insert(c);
    return codes;
}

} // namespace

std::vector<int> unansweredNodes(const Analysis &analysis, const Plan &plan) {
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

namespace {

/// A measure that does something: a step with both a span and a unit.
bool hasSubstance(const Measure &m) {
    return std::any_of(m.steps.begin(), m.steps.end(), [](const Step &s) {
        return s.isScheduled() && !s.units.isEmpty() && s.status != StepStatus::Cancelled;
    });
}

/// Whether the node belongs to the tool coded "OIT" (the open-data items, scored on what is
/// on the website during the NACC's window).
bool isOit(const Analysis &analysis, int node) {
    while (node >= 0 && analysis.nodes[size_t(node)].level != Level::Tool)
        node = analysis.nodes[size_t(node)].parent;
    return node >= 0 && analysis.nodes[size_t(node)].code == u"OIT";
}

} // namespace

namespace {
/// A fiscal month (1 = October … 12 = September) by its name.
QString fiscalMonthName(int month, bool thai) {
    static const char *const th[] = {"ตุลาคม",   "พฤศจิกายน", "ธันวาคม", "มกราคม",
                                     "กุมภาพันธ์", "มีนาคม",    "เมษายน", "พฤษภาคม",
                                     "มิถุนายน",  "กรกฎาคม",  "สิงหาคม", "กันยายน"};
    static const char *const en[] = {"October",  "November", "December", "January",
                                     "February", "March",    "April",    "May",
                                     "June",     "July",     "August",   "September"};
    const int i = std::clamp(month, 1, 12) - 1;
    return thai ? QString::fromUtf8(th[i]) : QString::fromLatin1(en[i]);
}
} // namespace

std::vector<CoverageFinding> checkCoverage(const Analysis &analysis, const Plan &plan) {
    using K = CoverageFinding::Kind;
    std::vector<CoverageFinding> out;
    for (int i : unansweredNodes(analysis, plan)) {
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
    // Measures without substance.
    for (int m = 0; m < int(plan.measures.size()); ++m) {
        const Measure &measure = plan.measures[size_t(m)];
        const QString first = measure.codes.value(0);
        const QString n = QString::number(m + 1);
        if (measure.steps.empty())
            out.push_back({K::NoSteps,
                           first,
                           m,
                           -1,
                           {QStringLiteral("มาตรการที่ %1 ยังไม่มีขั้นตอนดำเนินการ").arg(n),
                            QStringLiteral("measure %1 has no steps").arg(n)}});
        if (measure.monitoring.isEmpty())
            out.push_back({K::NoMonitoring,
                           first,
                           m,
                           -1,
                           {QStringLiteral("มาตรการที่ %1 ยังไม่มีแนวทางการกำกับติดตาม").arg(n),
                            QStringLiteral("measure %1 has no monitoring").arg(n)}});
        if (measure.reportTo.trimmed().isEmpty())
            out.push_back({K::NoReporting,
                           first,
                           m,
                           -1,
                           {QStringLiteral("มาตรการที่ %1 ยังไม่ระบุการรายงานผล (รายงานต่อผู้ใด)").arg(n),
                            QStringLiteral("measure %1 does not say to whom it reports").arg(n)}});
    }
    // Weak items answered, but only by hollow measures; OIT items not published in time.
    QHash<QString, std::vector<int>> measuresOf; // code → measures naming it
    for (int m = 0; m < int(plan.measures.size()); ++m)
        for (const QString &c : plan.measures[size_t(m)].codes)
            measuresOf[c].push_back(m);
    for (int i = 0; i < int(analysis.nodes.size()); ++i) {
        const NodeResult &node = analysis.nodes[size_t(i)];
        if ((node.level != Level::Item && node.level != Level::SubItem) ||
            (node.bucket != Bucket::Improve && node.bucket != Bucket::Urgent))
            continue;
        std::vector<int> answering = measuresOf.value(node.code);
        if (node.level == Level::SubItem)
            for (int m : measuresOf.value(analysis.nodes[size_t(node.parent)].code))
                answering.push_back(m);
        if (answering.empty())
            continue; // Uncovered says so
        const bool substantial = std::any_of(answering.begin(), answering.end(), [&](int m) {
            return hasSubstance(plan.measures[size_t(m)]);
        });
        const QString score = node.used ? node.used->toString() : QString();
        if (!substantial)
            out.push_back({K::Hollow,
                           node.code,
                           answering.front(),
                           -1,
                           {QStringLiteral("%1 (%2, %3) มีแต่มาตรการที่ยังไม่มีขั้นตอนที่กำหนดทั้งระยะเวลาและ"
                                           "หน่วยงานรับผิดชอบ")
                                .arg(node.code, score, bucketTitle(node.bucket).th),
                            QStringLiteral("%1 (%2, %3) is answered only by measures without a "
                                           "step that has both a span and a unit")
                                .arg(node.code, score, bucketKey(node.bucket))}});
        if (isOit(analysis, i)) {
            const bool inTime = std::any_of(answering.begin(), answering.end(), [&](int m) {
                const Measure &measure = plan.measures[size_t(m)];
                return std::any_of(measure.steps.begin(), measure.steps.end(), [&](const Step &s) {
                    return s.isScheduled() && s.endMonth <= analysis.oitWindowTo &&
                           s.status != StepStatus::Cancelled;
                });
            });
            if (!inTime)
                out.push_back(
                    {K::OitLate,
                     node.code,
                     answering.front(),
                     -1,
                     {QStringLiteral("%1 เป็นข้อมูล OIT แต่ไม่มีขั้นตอนใดที่เสร็จก่อนสิ้นช่วงประเมิน OIT "
                                     "(สิ้นเดือน%2)")
                          .arg(node.code, fiscalMonthName(analysis.oitWindowTo, true)),
                      QStringLiteral("%1 is an OIT item, but no step answering it ends by the end "
                                     "of the OIT window (the end of %2)")
                          .arg(node.code, fiscalMonthName(analysis.oitWindowTo, false))}});
        }
    }
    // Drafts nobody has reviewed.
    for (int m = 0; m < int(plan.measures.size()); ++m) {
        const Measure &measure = plan.measures[size_t(m)];
        int fields = int(measure.draft.size());
        for (const Step &s : measure.steps)
            fields += int(s.draft.size());
        if (fields > 0)
            out.push_back({K::Unreviewed,
                           measure.codes.value(0),
                           m,
                           -1,
                           {QStringLiteral("มาตรการที่ %1 มีช่องที่เป็นร่าง %2 ช่องที่ยังไม่ได้ตรวจทาน")
                                .arg(m + 1)
                                .arg(fields),
                            QStringLiteral("measure %1 has %2 drafted cells nobody has reviewed")
                                .arg(m + 1)
                                .arg(fields)}});
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
