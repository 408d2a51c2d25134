#pragma once

#include "ReportBuilder.h"
#include "domain/Result.h"

#include <memory>

namespace ita {
class Database;
}

namespace ita::report {

/// Everything a report of one agency and year is made from, read from an .itadb file: the
/// assessment with its framework and analysis, the NACC's recommendations, the plan of the
/// year after, the objectives text and the agency's full name.
struct Source {
    Framework framework;
    Assessment assessment;
    Analysis analysis;
    Recommendations recommendations;
    std::optional<Plan> plan;
    QString objectives;
    QString agencyFullName;

    /// The builder's view of it (points into this object).
    Input input() const;
};

Result<std::shared_ptr<Source>> loadSource(Database &database, const QString &agency,
                                           int fiscalYear);

} // namespace ita::report
