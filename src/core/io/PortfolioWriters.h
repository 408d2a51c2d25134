#pragma once

#include "analysis/Portfolio.h"

#include <QByteArray>
#include <QString>

namespace ita::results {

/// {"year", "count", "frameworks", "left_out", "mean": {code: score}, "median": {…},
///  "counts": {code: agencies with a score}, "levels": {level: count}, "pass_rate",
///  "weakest": [{"code", "urgent_count"}], "groups": [], "agencies": [{"agency", "overall",
///  "level", "delta", "scores": {code: score}}]}. Scores are numbers with two decimals;
/// an agency without a score for a code has none in "scores". "groups" stays empty until
/// agencies carry a province, group or parent (issue 13).
QByteArray portfolioJson(const Portfolio &portfolio);
/// The ranking: one row per agency (overall, level, change, then every compared code), UTF-8
/// with a BOM, formulas neutralised like every CSV the program writes.
QByteArray portfolioCsv(const Portfolio &portfolio, bool thai);
/// The summary as text for a terminal.
QString portfolioText(const Portfolio &portfolio, bool thai);

} // namespace ita::results
