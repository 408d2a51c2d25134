#pragma once

#include "analysis/OitReadiness.h"
#include "report/ReportDocument.h"

namespace ita::report {

/// The OIT readiness report for the executive: the summary (items ready, days before the
/// window, what the OIT and the overall would be if assessed today), then the items not ready
/// with why, grouped by sub-indicator, then the ready ones in a short list. One Document, so
/// the PDF, DOCX and ODT writers and the print preview all take it.
Document buildOitReport(const OitReadiness &readiness, const QString &agency, int planYear,
                        bool thai);

} // namespace ita::report
