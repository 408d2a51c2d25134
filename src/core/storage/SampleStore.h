#pragma once

#include <QString>

namespace ita {

class Database;

/// Writes the bundled sample (io/Sample: scores, the NACC's recommendations, the report texts,
/// the plan) into the database in one transaction, replacing the sample agency's years if
/// present. The desktop program's first start and `ita-planner-cli sample` both use it.
QString writeSample(Database &database);

} // namespace ita
