#pragma once

#include "domain/Assessment.h"
#include "domain/Framework.h"

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace ita {

enum class Bucket { None, Maintain, Improve, Urgent };

QString bucketKey(Bucket bucket);  ///< "maintain", "improve", "urgent", ""
QString bucketMark(Bucket bucket); ///< the seed's marks: ★ ▲ !
/// The seed's long headings: "ประเด็นที่จะต้องพัฒนาให้ดีขึ้น" / "Needs improvement".
LocalizedText bucketTitle(Bucket bucket);
/// The short names tables, filters and the dashboard use: "พัฒนาให้ดีขึ้น" / "Improve".
LocalizedText bucketName(Bucket bucket);
/// Mark and short name, "▲ พัฒนาให้ดีขึ้น": the one label of a bucket in a cell.
QString bucketLabel(Bucket bucket, bool thai);

/// Classification rule of DOMAIN.md: urgent below `fixed`; maintain at or above
/// max(maintain, fixed); improve between.
Bucket classify(Score score, Score fixed, Score maintain);

/// Everything the program derives for one node of the tree.
struct NodeResult {
    QString code;
    Level level = Level::Overall;
    QString title; ///< the assessment's wording, else the framework's Thai title
    LocalizedText frameworkTitle;
    int parent = -1; ///< index into Analysis::nodes
    std::vector<int> children;
    std::optional<Score> stated;
    std::optional<Score> computed; ///< from the children that have a score
    std::optional<Score> used;     ///< stated if given, else computed
    QString statedGrade;
    QString grade; ///< from `used` and the framework's bands
    Bucket bucket = Bucket::None;
    bool isClassified() const {
        return level == Level::Indicator || level == Level::Item || level == Level::SubItem;
    }
};

struct Finding {
    enum class Kind { Grade, Score, Missing, Range };
    QString code;
    Kind kind = Kind::Score;
    QString stated;   ///< stated value ("74.64" or "B"); empty when none
    QString computed; ///< computed value ("77.36" or "C"); empty when none
    LocalizedText message;
};

QString findingKindKey(Finding::Kind kind); ///< "grade", "score", "missing", "range"

struct Analysis;

/// The findings as a person reads them: the items of one tool that have no score become one
/// finding ("OIT: no score for 43 items: O1, O2, …", its code the first item's), so that an
/// assessment of indicator scores only (as portfolio files hold) gives three lines, not 88.
/// Every other finding is as analysed. Analysis::findings keeps one per item (the JSON's).
std::vector<Finding> groupedFindings(const Analysis &analysis);

/// The analysed assessment: every framework node (and the data's sub-items) in tree
/// pre-order, with scores, grades, buckets, and the validation findings.
struct Analysis {
    std::vector<NodeResult> nodes;
    std::vector<Finding> findings;
    Score fixedThreshold;
    Score maintainThreshold; ///< as applied: max(chosen maintain, fixed)
    int oitWindowTo = 7;     ///< the framework's last OIT month (Framework::oitWindowTo)
    std::optional<Score> overall;

    /// (code, position in nodes), by code; of a code that comes twice, the later node is the
    /// one found. A sorted list rather than a hash: a national portfolio analyses 8,300
    /// assessments, and filling a hash was 40% of each analysis.
    std::vector<std::pair<QString, int>> index;

    int indexOf(const QString &code) const;
    const NodeResult *find(const QString &code) const;
    /// Codes of classified nodes at `level` in `bucket`, in tree order.
    QStringList codesIn(Bucket bucket, Level level) const;
    /// The overall, the tools and the indicators only, each as analysed (scores, grades,
    /// buckets), in the same order: what a summary of many agencies keeps of each (a national
    /// portfolio holds 8,300). Items, sub-items and findings are left out, and the tree's
    /// links (parent, children) are cleared; find() and the thresholds work as before. Takes
    /// the nodes from this analysis, which is left empty.
    Analysis summary() &&;
};

/// Aggregates, grades, classifies and validates. Pure: same input, same output.
Analysis analyse(const Framework &framework, const Assessment &assessment);
/// The same without the findings (what is missing or inconsistent), for summaries of many
/// assessments that never show them (the portfolio): scores, grades and buckets are equal.
enum class Findings { Listed, Skipped };
Analysis analyse(const Framework &framework, const Assessment &assessment, Findings findings);
/// The computed score of each entry of the assessment, in its order, as analyse() finds them:
/// what a store keeps of an analysis, without its grades, findings and buckets (an import of a
/// national file computes 41,500 of them).
/// analyse()'s overall, without the grades, buckets and findings: a portfolio's year before.
std::optional<Score> overallScore(const Framework &framework, const Assessment &assessment);
std::vector<std::optional<Score>> computedScores(const Framework &framework,
                                                 const Assessment &assessment);

} // namespace ita
