#pragma once

#include <QString>

namespace ita {

class Database;

/// Brings the schema from version `toVersion - 1` to `toVersion` inside the caller's
/// transaction. Returns an error text, or empty.
///
/// History: 1 = agencies, assessments, score nodes (first schema);
///          2 = stored frameworks, per-assessment thresholds, computed scores kept beside
///              stated ones;
///          3 = plans: units, measures (items, steps with units and evidence, monitoring,
///              reporting), the OIT publication plan, and the NACC's recommendations
///              to each assessment;
///          4 = what-if scenarios (named sets of score overrides per assessment);
///          5 = report texts (the objectives the group writes) and agencies' full names;
///          6 = the audit trail (hash-chained records of every change) and its seal.
QString applyMigration(Database &database, int toVersion);

} // namespace ita
