#pragma once

#include "analysis/Portfolio.h"

#include <QByteArray>
#include <QString>

namespace ita::results {

/// {"year", "count", "frameworks", "left_out", "mean": {code: score}, "median": {…},
///  "counts": {code: agencies with a score}, "levels": {level: count}, "pass_rate",
///  "weakest": [{"code", "urgent_count"}], "grouped_by": "province"|"group"|"parent"|null,
///  "groups": [{"name", "count", "mean": {code: score}}], "gaps": [{"agency", "missing"}],
///  "agencies": [{"agency", "province", "group", "parent", "overall", "level", "delta",
///  "scores": {code: score}}]}. Scores are numbers with two decimals; an agency without a
/// score for a code has none in "scores" and is named in "gaps".
QByteArray portfolioJson(const Portfolio &portfolio);
/// The ranking: one row per agency (overall, level, change, then every compared code), UTF-8
/// with a BOM, formulas neutralised like every CSV the program writes.
QByteArray portfolioCsv(const Portfolio &portfolio, bool thai);
/// The subgroup table as the NACC's group reports print it: one row per province (group,
/// parent), its number of agencies and the mean of every compared code.
QByteArray portfolioGroupsCsv(const Portfolio &portfolio, bool thai);
/// "(ไม่ระบุ)" / "(none)" for the agencies without a value.
QString groupLabel(const QString &name, bool thai);
QString fieldLabel(AgencyField field, bool thai);
/// The summary as text for a terminal.
QString portfolioText(const Portfolio &portfolio, bool thai);

} // namespace ita::results
