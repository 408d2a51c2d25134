#pragma once

// The command line's result shapes, one writer each, so that a shape is written once and
// tested once: what-if, target, the plan's coverage and text, lists of assessments and
// frameworks, the audit trail and its verification. (Classification and findings are in
// AnalysisWriters, the CSV files in ExportCsv.)

#include "analysis/PlanAnalysis.h"
#include "analysis/WhatIf.h"
#include "domain/Assessment.h"
#include "domain/AuditRecord.h"
#include "domain/Framework.h"
#include "domain/Plan.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace ita::results {

/// {"overall", "grade", "delta", "changes": [{"code", "from", "to"}]}
QByteArray whatIfJson(const WhatIfResult &result);
/// {"target", "level" (when a level was asked for), "reachable", "rise" (when reachable)}
QByteArray targetJson(Score target, const QString &level, std::optional<Score> rise);
/// [{"kind", "code", "measure", "step", "message"}], measure and step counted from 1 or null.
QByteArray coverageJson(const std::vector<CoverageFinding> &findings, bool thai);
/// The plan for reading in a terminal: each measure with its items, each step with its
/// quarters, units and text.
QString planText(const Plan &plan, bool thai);
/// "Q1", "Q2–Q3", "Q4+" (past the fiscal year), or empty when unscheduled.
QString quarterSpan(const Step &step);
/// [{"agency", "year", "framework"}]
QByteArray assessmentListJson(const std::vector<AssessmentSummary> &list);
/// One framework as `framework list --format json` shows it.
struct FrameworkListing {
    const Framework *framework = nullptr;
    bool stored = false;
    int assessments = 0;
};
/// [{"id", "fiscal_years", "title", "stored", "rating", "assessments"}]
QByteArray frameworkListJson(const std::vector<FrameworkListing> &list);
/// [{"id", "at", "who", "scope", "target", "field", "before", "after", "hash"}]
QByteArray auditJson(const std::vector<AuditRecord> &records);
/// {"ok", "records", "broken_at", "head", "message", "outside": [text]}
QByteArray auditVerificationJson(bool ok, int records, qint64 brokenAt, const QString &head,
                                 const QString &message, const QStringList &outside);

} // namespace ita::results
