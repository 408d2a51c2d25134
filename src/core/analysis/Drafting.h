#pragma once

#include "analysis/Analysis.h"
#include "domain/Library.h"
#include "domain/Plan.h"

namespace ita {

/// How strongly a library entry answers one item: the documented rule (data/library/README.md).
/// The strongest target that fits decides:
///   5  the item's exact code, in the framework the entry names (`codes`)
///   5  the item's role (the published analysis, the report on it)
///   3  a keyword found in the item's title (the framework's Thai or English, or the agency's)
///   2  the item's sub-indicator ("9.1"), by its code
///   1  the item's indicator theme (1–10), by its number or its Thai title
///   0  none: the entry does not answer the item
int matchStrength(const Framework &framework, const Analysis &analysis, int node,
                  const LibraryEntry &entry, QString *why = nullptr);

/// Last year's plan, for carrying its measures forward: the plan and the analysis of the results
/// it answered (the year before this one's), so that each item's change can be shown.
struct PreviousPlan {
    const Plan *plan = nullptr;
    const Analysis *answered = nullptr;
};

/// One proposal for a group: a library entry or last year's measure, drafted into this year.
struct DraftCandidate {
    enum class Kind { Library, CarriedForward };
    Kind kind = Kind::Library;
    QString entryId;          ///< the library entry (Library)
    int previousMeasure = -1; ///< 0-based, in last year's plan (CarriedForward)
    /// Carried forward, but every item it answered is now maintained: offered as "keep
    /// monitoring", never taken by Take::Best.
    bool keepMonitoring = false;
    /// The group's codes it answers. An entry that answers some by a target of its own (code,
    /// role, keyword, sub-indicator) answers only those; its theme reaches the others only when
    /// nothing more specific does.
    QStringList answers;
    /// The rule's score: Σ over the answered items of strength² × bucket fit (1, or ½ when
    /// the entry is not meant for the item's bucket), + 2 per item that rose after this agency
    /// used the entry last year. Squared, so that one item answered by its code (25) outranks
    /// five answered by their theme alone (5). Last year's measure counts strength 6 (36) per
    /// item still weak: the agency's own work going on comes first.
    double score = 0;
    QStringList reasons; ///< "I7: รหัส I7", "E6: คำ \"เผยแพร่\"", "I7 80.14 → 82.30, +2.16"
    Measure measure;           ///< as it would be drafted: scheduled, units named, items attached
    QStringList unmappedRoles; ///< role keys no unit of the agency takes yet
};

/// The weak items of one indicator and what could answer them, best first.
struct DraftGroup {
    QString indicator; ///< the indicator's code ("2", "9")
    QString title;     ///< its Thai title
    QStringList codes; ///< improve and urgent items and sub-items that no measure answers yet
    std::vector<DraftCandidate> candidates;
    /// The candidates Take::Best takes (indexes into `candidates`): the best, then the best for
    /// what is still unanswered, and so on, until every code is answered or nothing answers more.
    std::vector<int> best;
};

/// The draft proposals for a plan: every indicator with improve or urgent items (or sub-items)
/// that `current` does not answer yet, with the library's entries that answer some of them and,
/// when `previous` is given, last year's measures for them. Pure: same input, same output.
std::vector<DraftGroup> draftProposals(const Framework &framework, const Analysis &analysis,
                                       const Plan &current, const Library &library,
                                       const PreviousPlan &previous = {});

enum class DraftTake { Best, All };
/// The measures to add: per group, the Take::Best candidates or every candidate (never the
/// "keep monitoring" ones unless All). Each arrives marked as an unreviewed draft.
std::vector<Measure> takeDrafts(const std::vector<DraftGroup> &groups, DraftTake take);

/// `entry` drafted into `plan`'s fiscal year: steps scheduled by their timing, the units the
/// agency mapped to each role (a role no unit takes is named by its Thai title and listed in
/// `unmapped`), monitoring and reporting filled, `codes` attached, every field marked a draft.
/// A step timed "before the OIT window" ends the month before `oitWindowFrom` (the
/// framework's).
Measure draftFromEntry(const LibraryEntry &entry, const QStringList &codes, const Plan &plan,
                       QStringList *unmapped, int oitWindowFrom = kOitWindowStartMonth);

/// A recommendation the NACC gave this agency, as a library entry (source "nacc"): it answers
/// its item's code, and its steps are the recommendation agreed, carried out and reported, by
/// the roles that usually carry its indicator's work.
LibraryEntry entryFromRecommendation(const Framework &framework, const Analysis &analysis,
                                     const QString &code, const QString &text, int index);

/// A measure of this agency's plan as a library entry (source "agency_plan"), for *Save to
/// library*: it answers its items' codes in `framework` and their indicators' themes; each step
/// keeps its months and takes the roles of its units (Unit::roles; a step whose units take
/// none is given to every unit, and the units are named in the entry's notes). Its id names the
/// agency, the plan's year and the measure's number, so that saving the same measure again
/// (renamed, its steps edited) replaces what was saved before.
LibraryEntry entryFromMeasure(const Plan &plan, int measure, const Framework &framework,
                              const Analysis &analysis);

/// Last year's measure moved one fiscal year on: the same fiscal months, statuses, progress,
/// actual dates and evidence reset, only the codes still in need kept, marked a draft.
Measure carriedForward(const Measure &measure, int previousYear, int number,
                       const QStringList &codes);

} // namespace ita
