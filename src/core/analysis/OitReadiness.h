#pragma once

#include "analysis/Analysis.h"
#include "domain/LinkCheck.h"
#include "domain/Plan.h"

#include <QDate>
#include <QHash>

#include <optional>
#include <vector>

namespace ita {

/// Where an OIT item stands before the NACC's window: it scores 100 only when its information
/// is on the agency's own website, complete, of the year the item asks about, and its links
/// are entered in ITAS.
enum class OitStatus {
    Ready,      ///< links that work, every element ticked, nothing flagged
    Incomplete, ///< links, but something flagged (the reasons say what)
    Missing,    ///< no link at all
};
QString oitStatusKey(OitStatus status);         ///< "ready", "incomplete", "missing"
LocalizedText oitStatusTitle(OitStatus status); ///< "พร้อม" / "Ready", …

/// One link of an item as the check sees it.
struct OitLinkReadiness {
    OitLink link;
    std::optional<LinkCheck> check; ///< the stored check of its address; none: not checked
    /// What keeps the item from scoring ("the server answers 404", "on another site than
    /// www.example.go.th"); any makes the item incomplete.
    std::vector<LocalizedText> problems;
    /// What a person should look at, worded "check …" (a page that never mentions the year):
    /// a heuristic, which does not change the status.
    std::vector<LocalizedText> warnings;
};

struct OitItemReadiness {
    QString code;        ///< "O1"
    LocalizedText title; ///< the framework's
    QString group;       ///< its parent's code (a sub-indicator "9.1", or an indicator)
    LocalizedText groupTitle;
    OitStatus status = OitStatus::Missing;
    std::vector<LocalizedText> reasons; ///< why not ready, in order: the first says the most
    std::vector<OitLinkReadiness> links;
    std::vector<LocalizedText> elements;        ///< the framework's, in its order
    std::vector<LocalizedText> missingElements; ///< those of them not ticked
    int requiredYear = 0;                       ///< of the date rule; 0 = none
    QString unit;                               ///< who prepares it (the publication's preparer)
    QString explanation;                        ///< for ITAS
};

struct OitReadiness {
    std::vector<OitItemReadiness> items; ///< every OIT item of the framework, in its order
    int ready = 0;
    int total = 0;
    QDate windowOpens; ///< the first day of the framework's OIT window in the plan's year
    QDate windowCloses;
    int daysToWindow = 0; ///< from `today` to the window's opening (negative: it has opened)
    /// The scores if the NACC assessed today: ready items 100, the others 0, the other tools as
    /// in `base` (the assessment the plan answers); through the framework's own aggregation.
    std::optional<Score> expectedOit;
    std::optional<Score> expectedOverall; ///< none without a base assessment
    QString expectedLevel;                ///< the overall's rating level
};

/// The checks of one address that need neither the network nor the other items: the address
/// itself (not a web page, malformed) and another site than the agency's `website`. Each
/// worded for the group.
std::vector<LocalizedText> addressProblems(const QString &url, const QString &website);

/// The OIT items of `framework` in `plan`'s checklist, each with its status and reasons,
/// and what they would score. `checks` holds the stored link checks by address; `base` is the
/// assessment the plan answers (its other tools' scores), or null.
OitReadiness oitReadiness(const Framework &framework, const Plan &plan,
                          const QHash<QString, LinkCheck> &checks, const Assessment *base,
                          const QDate &today);

} // namespace ita
