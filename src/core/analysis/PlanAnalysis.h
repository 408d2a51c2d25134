#pragma once

#include "analysis/Analysis.h"
#include "domain/Plan.h"
#include "domain/Recommendation.h"

namespace ita {

/// What the coverage check reports about a plan against the analysis it answers.
struct CoverageFinding {
    enum class Kind {
        Uncovered,    ///< an improve or urgent item or sub-item that no measure answers
        MaintainOnly, ///< a measure whose items are all maintain
        NoUnit,       ///< a step with no responsible unit
        NoSpan,       ///< a step with no planned span
        AfterYear,    ///< a step that ends after the fiscal year
        NoSteps,      ///< a measure with no step
        NoMonitoring, ///< a measure with no monitoring action
        NoReporting,  ///< a measure that says to whom it reports
        Hollow,       ///< an improve or urgent item answered only by measures without a step
                      ///< that has both a span and a unit
        OitLate,      ///< an OIT item none of whose measures' steps ends by the OIT window's end
        Unreviewed,   ///< a measure with drafted fields nobody reviewed (to review, not missing)
    };
    Kind kind;
    QString code;     ///< the item or sub-item; for measures and steps, the measure's first
    int measure = -1; ///< 0-based, when about a measure or step
    int step = -1;    ///< 0-based, when about a step
    LocalizedText message;
};

QString coverageKindKey(CoverageFinding::Kind kind); ///< uncovered, maintain_only, no_unit, …
/// Whether a finding says something is missing (every kind but Unreviewed, which asks for a
/// review of what a draft filled in).
bool isMissing(CoverageFinding::Kind kind);

/// Improve and urgent items and sub-items that no measure answers, in tree order (indexes
/// into analysis.nodes). A sub-item is answered by a measure of its own or of its item.
std::vector<int> unansweredNodes(const Analysis &analysis, const Plan &plan);

/// What the plan lacks against the analysis it answers, each with its item or measure: items
/// no measure answers, and measures without substance (no step, a step without span or unit,
/// no monitoring, no reporting, weak items answered only by such, OIT items not published
/// before the OIT window), and drafts nobody reviewed. A plan of empty measures never reads as
/// covered.
std::vector<CoverageFinding> checkCoverage(const Analysis &analysis, const Plan &plan);

/// Steps per unit per quarter (a step counts in every quarter its span touches), units in
/// the plan's order, to spot overloaded units.
struct UnitLoad {
    QString unit;
    int quarters[4] = {0, 0, 0, 0};
};
std::vector<UnitLoad> workload(const Plan &plan);

/// A step as it stood on a day. The file holds each step's current status and percent and
/// its actual dates; a day before an actual date sees the step before it happened: not
/// started before its actual start, in progress before its actual finish.
struct StepProgress {
    StepStatus status = StepStatus::NotStarted;
    int percent = 0;      ///< -1 when unknown on that day (finished later; history not kept)
    bool overdue = false; ///< its planned end passed on that day and it was not done
    bool due = false;     ///< its planned start had come on that day
};
StepProgress progressAsOf(const Step &step, int fiscalYear, const QDate &asOf);

/// A measure's bucket: the worst bucket among the items and sub-items it answers.
Bucket measureBucket(const Analysis &analysis, const Measure &measure);

} // namespace ita
