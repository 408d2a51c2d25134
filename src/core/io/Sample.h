#pragma once

#include "io/PlanJson.h"
#include "io/ScoresIo.h"

namespace ita {

class Database;

/// The bundled sample (data/samples, compiled in): the seed agency's FY2564 results.
/// The desktop program's first start and `ita-planner-cli sample` both use it.
ImportResult readBundledSample();

/// The bundled FY2565 plan of the sample agency, transcribed from the seed.
PlanImport readBundledPlan();

/// Writes the sample (scores, the NACC's recommendations, the plan) into the database in one
/// transaction, replacing the sample agency's years if present.
QString writeSample(Database &database);

} // namespace ita
