#pragma once

#include "analysis/Portfolio.h"
#include "domain/Framework.h"
#include "domain/Result.h"

#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace ita {

class Database;

/// Which agencies of a file a portfolio covers: one fiscal year, all agencies or those with
/// one province, group or parent.
struct PortfolioSelection {
    int year = 0;
    std::optional<AgencyField> field; ///< none: every agency of the year
    QString value;
    /// The first year of the history: each agency's overall of every year from it to the year
    /// before, and the change (the movers) measured against it. 0: the year before.
    int since = 0;
    int from() const { return since > 0 && since < year ? since : year - 1; }
};

/// The members of a portfolio with the frameworks they point at (a map: its elements keep
/// their addresses when the whole is moved).
struct PortfolioData {
    std::map<QString, Framework> frameworks;
    std::vector<PortfolioMember> members;
};

/// Reads and analyses every selected assessment of the year, with each agency's overall of
/// the earlier years from `selection.from()`, in a few queries over the whole selection (not
/// one per agency: a national file has 8,300 agencies a year). The earlier years' overall is
/// the stated one, read alone through the index (the NACC's results always state it); an
/// assessment without one is read whole and computed. The year's assessments are analysed on
/// the other cores while they are still being read. `progress(done, total)` is called now and
/// then; when it returns false the load stops with an empty, failed result.
Result<PortfolioData> loadPortfolio(Database &db, const PortfolioSelection &selection,
                                    const std::function<bool(int, int)> &progress = {});

} // namespace ita
