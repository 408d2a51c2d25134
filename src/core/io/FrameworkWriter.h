#pragma once

#include "domain/Framework.h"

#include <QByteArray>

namespace ita {

/// The lossless form of a framework: "ita-framework" JSON, version 2. What the file stores,
/// what `framework export --format json` writes and readFramework() reads back equal.
QByteArray writeFrameworkJson(const Framework &framework);

/// The structure as CSV, one row per tool, indicator, sub-indicator and item:
/// code,parent,title,title_en,weight,role (UTF-8 with a BOM, RFC 4180, formulas neutralised).
QByteArray writeFrameworkStructureCsv(const Framework &framework);

/// The rating scheme as CSV, highest level first: level,min,all_tools_min,title_en,pass.
QByteArray writeRatingCsv(const RatingScheme &rating);

} // namespace ita
