#include "ResultWriters.h"

#include "domain/FiscalCalendar.h"

#include <nlohmann/json.hpp>

namespace ita::results {

namespace {

using ordered = nlohmann::ordered_json;

std::string str(const QString &text) {
    return text.toStdString();
}

QByteArray dump(const ordered &doc) {
    return QByteArray::fromStdString(doc.dump(2)) + '\n';
}

} // namespace

QByteArray whatIfJson(const WhatIfResult &r) {
    ordered doc;
    doc["overall"] =
        r.scenario.overall ? ordered(r.scenario.overall->toDouble()) : ordered(nullptr);
    doc["grade"] = str(r.scenario.nodes.empty() ? QString() : r.scenario.nodes.front().grade);
    doc["delta"] = r.overallDelta().toDouble();
    ordered changes = ordered::array();
    for (const BucketChange &c : r.changes)
        changes.push_back({{"code", str(c.code)},
                           {"from", str(bucketKey(c.from))},
                           {"to", str(bucketKey(c.to))}});
    doc["changes"] = changes;
    return dump(doc);
}

QByteArray targetJson(Score target, const QString &level, std::optional<Score> rise) {
    ordered doc;
    doc["target"] = target.toDouble();
    if (!level.isEmpty())
        doc["level"] = str(level);
    doc["reachable"] = rise.has_value();
    if (rise)
        doc["rise"] = rise->toDouble();
    return dump(doc);
}

QByteArray coverageJson(const std::vector<CoverageFinding> &findings, bool thai) {
    ordered list = ordered::array();
    for (const auto &f : findings) {
        ordered row;
        row["kind"] = str(coverageKindKey(f.kind));
        row["code"] = str(f.code);
        row["measure"] = f.measure >= 0 ? ordered(f.measure + 1) : ordered(nullptr);
        row["step"] = f.step >= 0 ? ordered(f.step + 1) : ordered(nullptr);
        row["message"] = str(f.message.in(thai));
        list.push_back(row);
    }
    return dump(list);
}

QString quarterSpan(const Step &s) {
    if (!s.isScheduled())
        return {};
    const int from = fiscal::quarterOf(s.startMonth);
    const int to = fiscal::quarterOf(std::min(s.endMonth, 12));
    QString span =
        from == to ? QStringLiteral("Q%1").arg(from) : QStringLiteral("Q%1–Q%2").arg(from).arg(to);
    if (s.endMonth > 12)
        span += QStringLiteral("+");
    return span;
}

QString planText(const Plan &plan, bool thai) {
    QString out = thai ? QStringLiteral("มาตรการของ %1 ปีงบประมาณ พ.ศ. %2 (จากผลการประเมินปี %3)\n")
                             .arg(plan.agency)
                             .arg(plan.fiscalYear)
                             .arg(plan.basedOnYear)
                       : QStringLiteral("Plan of %1, fiscal year %2 BE (answering %3)\n")
                             .arg(plan.agency)
                             .arg(plan.fiscalYear)
                             .arg(plan.basedOnYear);
    for (size_t m = 0; m < plan.measures.size(); ++m) {
        const Measure &measure = plan.measures[m];
        out += QStringLiteral("\n%1. %2 [%3]\n")
                   .arg(m + 1)
                   .arg(measure.title, measure.codes.join(u' '));
        for (size_t s = 0; s < measure.steps.size(); ++s) {
            const Step &step = measure.steps[s];
            const QString span = quarterSpan(step);
            out += QStringLiteral("   %1) %2 · %3 · %4\n")
                       .arg(s + 1)
                       .arg(span.isEmpty() ? QStringLiteral("—") : span,
                            step.units.join(QStringLiteral(", ")), step.text);
        }
    }
    return out;
}

QByteArray assessmentListJson(const std::vector<AssessmentSummary> &list) {
    ordered rows = ordered::array();
    for (const auto &s : list)
        rows.push_back(
            {{"agency", str(s.agency)}, {"year", s.fiscalYear}, {"framework", str(s.frameworkId)}});
    return dump(rows);
}

QByteArray frameworkListJson(const std::vector<FrameworkListing> &list) {
    ordered rows = ordered::array();
    for (const auto &e : list) {
        ordered j;
        j["id"] = str(e.framework->id);
        j["fiscal_years"] = e.framework->fiscalYears;
        j["title"] = str(e.framework->title.th);
        j["stored"] = e.stored;
        j["rating"] = str(e.framework->gradeNames().join(QStringLiteral(", ")));
        j["assessments"] = e.assessments;
        rows.push_back(j);
    }
    return dump(rows);
}

QByteArray auditJson(const std::vector<AuditRecord> &records) {
    ordered list = ordered::array();
    for (const AuditRecord &r : records)
        list.push_back({{"id", r.id},
                        {"at", str(r.at)},
                        {"who", str(r.who)},
                        {"scope", str(r.change.scope)},
                        {"target", str(r.change.target)},
                        {"field", str(r.change.field)},
                        {"before", str(r.change.before)},
                        {"after", str(r.change.after)},
                        {"hash", str(r.hash)}});
    return dump(list);
}

QByteArray auditVerificationJson(bool ok, int records, qint64 brokenAt, const QString &head,
                                 const QString &message, const QStringList &outside) {
    ordered doc{{"ok", ok},
                {"records", records},
                {"broken_at", brokenAt},
                {"head", str(head)},
                {"message", str(message)}};
    ordered list = ordered::array();
    for (const QString &line : outside)
        list.push_back(str(line));
    doc["outside"] = list;
    return dump(doc);
}

} // namespace ita::results
