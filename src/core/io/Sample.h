#pragma once

#include "io/PlanJson.h"
#include "io/ScoresIo.h"

#include <optional>
#include <vector>

namespace ita {

/// The bundled sample (data/samples, compiled in): the seed agency's FY2564 results.
/// The desktop program's first start and `ita-planner-cli sample` both use it.
ImportResult readBundledSample();

/// The bundled FY2565 plan of the sample agency, transcribed from the seed.
PlanImport readBundledPlan();

/// What the sample adds to an agency's year besides scores: the full name, the objectives
/// of the report, the NACC's recommendations (samples.json).
struct SampleEntry {
    QString agency;
    int fiscalYear = 0;
    QString agencyFullName;
    QString objectives;
    std::optional<RecommendationsImport> recommendations;
};
Result<std::vector<SampleEntry>> readBundledSampleEntries();

/// Diagnostics as lines of text, for a refusal message.
QString describe(const Diagnostics &diagnostics);

} // namespace ita
