#pragma once

#include "analysis/Analysis.h"
#include "domain/Framework.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ita {

/// One agency of a portfolio: its analysis for the year, under its framework, and its
/// overall score in the year compared with (the year before, or the first of the history)
/// when the file holds it.
struct PortfolioMember {
    QString agency;
    const Framework *framework = nullptr;
    Analysis analysis; ///< the overall, tools and indicators suffice (Analysis::summary)
    std::optional<Score> previousOverall;
    AgencyAttributes attributes;
    /// The overall of each earlier year the file holds, oldest first (the history asked for).
    std::vector<std::pair<int, Score>> history;
};

/// The statistics of one code across the agencies that have a score for it: agencies with
/// no score for it are counted out, never averaged in as zero.
struct CodeStatistics {
    QString code;
    int count = 0;
    Score mean;   ///< unweighted mean of the agencies, half up from the exact sum
    Score median; ///< the middle agency, or the mean of the middle two (half up)
};

struct PortfolioRow {
    QString agency;
    AgencyAttributes attributes;
    std::optional<Score> overall;
    QString level; ///< the overall's level in the agency's framework ("A", "ผ่าน")
    bool pass = false;
    std::optional<Score> delta;                 ///< against the overall of Portfolio::since
    std::vector<std::optional<Score>> scores;   ///< one per Portfolio::codes
    std::vector<std::pair<int, Score>> history; ///< earlier years' overall, oldest first
};

/// What portfolios select and group agencies by.
enum class AgencyField { Province, Group, Parent };
/// "province", "group", "parent": the CLI's and the JSON's words.
QString agencyFieldKey(AgencyField field);
std::optional<AgencyField> agencyFieldFromKey(const QString &key);
const QString &attributeOf(const AgencyAttributes &attributes, AgencyField field);

/// A subgroup of a portfolio (one province, group or parent): its agencies and their means,
/// as the NACC's group reports print them, one row per province.
struct PortfolioGroup {
    QString name; ///< empty: the agencies with no value for the field
    int count = 0;
    std::vector<CodeStatistics> statistics; ///< one per Portfolio::codes
};

/// An agency that lacks a score the portfolio compares: counted out of that code's
/// statistics (never as zero) and named.
struct PortfolioGap {
    QString agency;
    QStringList missing;
};

/// Many agencies' results for one fiscal year, as universities and the NACC's group
/// reports sum them up: unweighted means and medians per tool, indicator and overall, the
/// count at each level, the pass rate, the indicators most often urgent, the movers.
struct Portfolio {
    int year = 0;
    /// The year the changes (delta, movers) are measured from: year - 1 unless asked.
    int since = 0;
    /// Whether the changes are from the year before (since not asked for, or that year).
    bool sinceYearBefore() const { return since <= 0 || since == year - 1; }
    QStringList frameworks; ///< the frameworks of the agencies, in first-seen order
    /// ITA, the tools, then the indicators the agencies' frameworks have in common, in the
    /// first framework's order; codes of only some frameworks are in `leftOut`.
    QStringList codes;
    QStringList leftOut;
    std::vector<CodeStatistics> statistics;       ///< one per code
    std::vector<std::pair<QString, int>> levels;  ///< level → agencies, highest level first
    std::optional<Score> passRate;                ///< percent of agencies with a level
    std::vector<std::pair<QString, int>> weakest; ///< indicator → agencies where it is urgent
    std::vector<PortfolioRow> rows;               ///< highest overall first, then by name
    std::optional<AgencyField> groupedBy;
    std::vector<PortfolioGroup> groups; ///< by name, the agencies without a value last
    std::vector<PortfolioGap> gaps;     ///< by agency
    /// The agencies whose overall moved most since `since`, largest change first.
    std::vector<const PortfolioRow *> movers(size_t count) const;
    int count() const { return int(rows.size()); }
};

/// `since`: the year the members' previousOverall is of (0: the year before).
Portfolio summarisePortfolio(int year, const std::vector<PortfolioMember> &members,
                             std::optional<AgencyField> groupBy = std::nullopt, int since = 0);

} // namespace ita
