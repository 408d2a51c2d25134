#pragma once

#include "analysis/Analysis.h"
#include "domain/Assessment.h"

#include <QByteArray>
#include <QString>

namespace ita {

/// Output of the classify and validate commands, in each of their formats. Kept in core
/// so that tests, the CLI and later the GUI's exports share one definition.
namespace writers {

/// {"agency", "year", "framework", "overall", "threshold", "fixed", "rows": [{code, level,
/// title, score, grade, bucket}]}: one row per indicator, item and sub-item.
QByteArray classificationJson(const Assessment &assessment, const Analysis &analysis);
/// code,level,title,score,grade,bucket (UTF-8 with BOM, CRLF).
QByteArray classificationCsv(const Analysis &analysis);
/// A readable table for a terminal, then the summary by bucket.
QString classificationTable(const Assessment &assessment, const Analysis &analysis, bool thai);
/// The seed's summary ("สรุป") alone.
QString summaryText(const Analysis &analysis, bool thai);

/// [{"code", "kind", "stated", "computed", "message", "message_th", "message_en"}]
QByteArray findingsJson(const Analysis &analysis, bool thai);
/// One line per finding, or a line saying there is none.
QString findingsText(const Analysis &analysis, bool thai);

} // namespace writers
} // namespace ita
