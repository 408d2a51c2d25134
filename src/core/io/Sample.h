#pragma once

#include "io/ScoresIo.h"

namespace ita {

class Database;

/// The bundled sample (data/samples, compiled in): the seed agency's FY2564 results.
/// The desktop program's first start and `ita-planner-cli sample` both use it.
ImportResult readBundledSample();

/// Writes the sample into the database, replacing the sample agency's years if present.
QString writeSample(Database &database);

} // namespace ita
