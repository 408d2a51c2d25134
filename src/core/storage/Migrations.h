#pragma once

#include <QString>
#include <QStringList>

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
///          6 = the audit trail (hash-chained records of every change) and its seal;
///          7–11 = framework roles, the state ledger and its packing, organisation fields,
///              plan drafts and the measures library (see each step in Migrations.cpp);
///          12 = the trail append-only in a file (triggers, auditTrailTriggers()).
QString applyMigration(Database &database, int toVersion);

/// The names of the triggers that keep a file's audit trail append-only (schema 12 on).
const QStringList &auditTrailTriggers();

} // namespace ita
