#pragma once

#include "analysis/Analysis.h"
#include "domain/Assessment.h"
#include "domain/Plan.h"
#include "domain/AuditRecord.h"

#include <QByteArray>

namespace ita::exports {

/// Every CSV the product exports is UTF-8 with a BOM (so Excel shows Thai), RFC 4180 with
/// CRLF, and neutralised against formula injection (csv::neutralize). Headers and labels
/// follow the language; the scores CSV's headers are ones the importer reads in either
/// language, so the file can be imported back.

/// One row per score line of the assessment as stated (agency, year, code, title, score,
/// grade: what the importer reads) followed by what the program derived: level, the score
/// used, its grade and the bucket. Importing it gives back an equal assessment.
QByteArray scoresCsv(const Assessment &assessment, const Analysis &analysis, bool thai);

/// One row per step of the plan: the measure (number, title, the items it answers and
/// their bucket), the step (number, text, planned months and quarters, units), progress
/// (status, percent, actual start and finish as d/m/yyyy BE, evidence) and reporting.
/// `analysis` may be null; then the bucket column is empty.
QByteArray planCsv(const Plan &plan, const Analysis *analysis, bool thai);

/// The audit trail: id, when (UTC), who, scope, what, field, before, after, hash.
QByteArray auditCsv(const std::vector<AuditRecord> &records, bool thai);

} // namespace ita::exports
