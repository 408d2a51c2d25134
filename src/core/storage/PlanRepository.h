#pragma once

#include "domain/Plan.h"
#include "domain/Recommendation.h"
#include "domain/Result.h"

#include <QString>

namespace ita {

class Database;

/// Plans, their measures and the agencies' units in an .itadb file. A plan is saved whole
/// (one transaction) and loaded whole: it is small, and this keeps it consistent.
class PlanRepository {
public:
    explicit PlanRepository(Database &database)
        : m_db(database) {}

    /// The id of an agency's plan for a fiscal year, or 0.
    Result<qint64> find(const QString &agency, int fiscalYear) const;
    Result<Plan> load(const QString &agency, int fiscalYear) const;
    /// Stores a plan and the units it names; an existing plan of that agency and year is
    /// refused unless `replace`. On any error nothing is stored.
    /// With `expected`, the stored plan must still equal it (it is what the edit was made
    /// against); otherwise the save is refused and nothing changes. Every difference from the
    /// stored plan goes to the audit trail.
    QString save(const Plan &plan, bool replace, const Plan *expected = nullptr);

    /// The NACC's recommendations to an agency's assessment of a fiscal year.
    Result<Recommendations> recommendations(const QString &agency, int fiscalYear) const;
    /// Replaces them (one transaction); the assessment must exist.
    QString saveRecommendations(const QString &agency, int fiscalYear,
                                const Recommendations &recommendations);

private:
    QString saveInTransaction(const Plan &plan, bool replace);
    Database &m_db;
};

} // namespace ita
