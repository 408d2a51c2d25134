#pragma once

#include "Database.h"

#include "domain/Plan.h"
#include "domain/Recommendation.h"
#include "domain/Result.h"

#include <QString>

namespace ita {

/// Plans, their measures and the agencies' units in an .itadb file. A plan is loaded whole and
/// saved whole (one transaction), except that an edit of some measures' or steps' fields made
/// by a document that knows the file unchanged since it read it (saveEdit) rewrites only
/// those rows: a 500-step plan is too big to store whole on every drag of a Gantt bar.
class PlanRepository {
public:
    explicit PlanRepository(Database &database)
        : m_db(database) {}

    /// The id of an agency's plan for a fiscal year, or 0.
    Result<qint64> find(const QString &agency, int fiscalYear) const;
    Result<Plan> load(const QString &agency, int fiscalYear) const;
    /// A new plan for `agency`'s `fiscalYear` (not stored): based on the year before, with the
    /// units of its latest earlier plan and the roles they take, so that the role mapping is
    /// made once and drafts of every later year name the agency's units.
    Result<Plan> start(const QString &agency, int fiscalYear) const;
    /// Stores a plan and the units it names; an existing plan of that agency and year is
    /// refused unless `replace`. On any error nothing is stored.
    /// With `expected`, the stored plan must still equal it (it is what the edit was made
    /// against); otherwise the save is refused and nothing changes. Every difference from the
    /// stored plan goes to the audit trail.
    [[nodiscard]] QString save(const Plan &plan, bool replace, const Plan *expected = nullptr);
    /// Stores `plan`, an edit of `expected`: the plan as this connection last read or stored
    /// it, at `*revision` (Database::revision()). When the file has not changed since and the
    /// edit keeps the plan's shape (no measure or step added, removed or moved; the same
    /// units, publications and base year), only the rows of the measures and steps that
    /// differ are rewritten, in place. Otherwise, structural edits included, it is
    /// save(plan, true, &expected), which refuses a plan someone else changed. Either way
    /// the audit trail gets the records planChanges() gives and the ledger's digests match
    /// the file. `*revision` becomes the file's revision after the store, or invalid when it
    /// fails (the next edit then takes the whole-plan path, which checks the stored plan).
    [[nodiscard]] QString saveEdit(const Plan &plan, const Plan &expected,
                                   Database::Revision *revision);

    /// The NACC's recommendations to an agency's assessment of a fiscal year.
    Result<Recommendations> recommendations(const QString &agency, int fiscalYear) const;
    /// Replaces them (one transaction); the assessment must exist.
    [[nodiscard]] QString saveRecommendations(const QString &agency, int fiscalYear,
                                              const Recommendations &recommendations);

private:
    [[nodiscard]] QString saveInTransaction(const Plan &plan, bool replace);
    [[nodiscard]] QString updateInPlace(const Plan &plan, const Plan &expected, bool *done);
    Database &m_db;
};

} // namespace ita
