#pragma once

#include "analysis/Analysis.h"
#include "domain/Plan.h"

#include <map>
#include <optional>
#include <vector>

namespace ita {

/// Scores changed in a scenario; the stored assessment is never touched.
using Overrides = std::vector<std::pair<QString, Score>>;

struct BucketChange {
    QString code;
    Bucket from = Bucket::None;
    Bucket to = Bucket::None;
};

struct WhatIfResult {
    Analysis base;
    Analysis scenario;
    std::vector<BucketChange> changes; ///< classified nodes whose bucket moved, tree order
    /// Scenario overall minus the real one (0 when either is missing).
    Score overallDelta() const;
};

/// The assessment as it would be with `overrides`, parents derived as an edit derives them
/// (see withDerivedParents): a copy; nothing is stored.
Assessment applyOverrides(const Framework &framework, const Assessment &assessment,
                          const Overrides &overrides);
WhatIfResult whatIf(const Framework &framework, const Assessment &assessment,
                    const Overrides &overrides);

/// How much the overall rises per +1.00 on one item: its share of the weights through
/// sub-indicator, indicator and tool (FY2564: 0.30 / 5 / 6 = 0.01 for an IIT item).
struct Sensitivity {
    QString code;
    double perPoint = 0;    ///< overall points per item point
    Role role = Role::None; ///< the published analysis or its implementation report
};
/// Every item of the framework, largest share first (ties in framework order).
std::vector<Sensitivity> sensitivity(const Framework &framework);

/// The smallest uniform rise of `items` (each capped at 100.00) that brings the overall to
/// `target`, in hundredths; nothing when even 100.00 on all of them does not reach it.
std::optional<Score> requiredRise(const Framework &framework, const Assessment &assessment,
                                  const QStringList &items, Score target);
/// The same for a rating level: the smallest rise that gives the overall `level` or a higher
/// one, the level's tool condition included ("ผ่านดีเยี่ยม" needs every tool at 95.00).
std::optional<Score> requiredRiseForLevel(const Framework &framework, const Assessment &assessment,
                                          const QStringList &items, const QString &level);

/// One code's score across fiscal years, oldest first.
struct TrendRow {
    QString code;
    std::vector<std::pair<int, std::optional<Score>>> scores; ///< (year, score)
    /// Change from the year before, per year after the first (nothing when a score is missing).
    std::vector<std::optional<Score>> deltas;
    /// A measure of the plan that ran in a year answered it, and the score did not rise.
    std::vector<bool> planDidNotHelp;
};

/// Year on year changes of every indicator and item, given each year's analysis and the
/// plans that ran in the years after (plan.fiscalYear = year + 1 answers `year`).
std::vector<TrendRow> trends(const std::vector<std::pair<int, Analysis>> &years,
                             const std::vector<Plan> &plans);

} // namespace ita
