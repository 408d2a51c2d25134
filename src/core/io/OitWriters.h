#pragma once

#include "analysis/OitReadiness.h"
#include "domain/Framework.h"
#include "domain/Plan.h"

#include <QByteArray>

namespace ita {

/// The agency's OIT page as agencies publish it: one self-contained HTML file (its style
/// inside, no script, no outside resource), the items grouped under their sub-indicators (or
/// indicators), each with its code, title, the information elements the framework lists, the
/// group's explanation, and its links. Only http and https addresses become links; every text
/// is escaped. Thai or English headings; years in Buddhist Era.
QByteArray writeOitPage(const Framework &framework, const Plan &plan, const QString &agencyTitle,
                        bool thai);

/// What the group types into ITAS, one row per OIT item of the framework: code, title, the
/// item's addresses (one a line in one cell, as the ITAS form's box takes them) and its
/// explanation. UTF-8 with a byte-order mark for Excel; cells that could run as formulas are
/// neutralised.
QByteArray writeOitCsv(const Framework &framework, const Plan &plan, bool thai);

/// The readiness as `oit check --format json` prints it: at the top `ready`, `total`,
/// `expected_oit`, `expected_overall`, `expected_level`, the window and the days to it; per
/// item `code`, `status`, `reasons`, and its `links` (each with `url`, `http_status`,
/// `final_url`, `problem`: the first problem or null, `warnings`, `checked_at`).
QByteArray oitReadinessJson(const OitReadiness &readiness, bool thai);

} // namespace ita
