#pragma once

#include "Framework.h"

#include <vector>

namespace ita {

/// One thing wrong with a framework, in both languages, with the code it concerns (empty for
/// the framework as a whole).
struct FrameworkProblem {
    /// What the problem is about: the framework's id, years and thresholds, its tree, or its
    /// rating scheme (so a reader of two CSV files can name the right one).
    enum class Area { Identity, Tree, Rating };
    QString code;
    LocalizedText message;
    Area area = Area::Tree;
    /// "CODE: message" in one language, as the CLI and readers print it.
    QString text(bool thai) const;
};

/// Every problem that makes a framework unusable: tool weights that do not add up to 1,
/// duplicate or malformed codes, an empty tool or indicator, rating levels out of order or
/// unreachable, a role given twice or to a non-item, missing id or years. Empty when sound.
/// The editor shows these as they arise; readers and the store refuse a framework with any.
std::vector<FrameworkProblem> checkFramework(const Framework &framework);

/// What does not make a framework unusable but leaves the group's documents short: no item in
/// the analysis role (the published analysis cannot name the OIT item it is published under)
/// or none in the implementation role (nor can the progress report). The editor and
/// `framework check` list these after the problems; readers and the store accept them, so a
/// framework stored before roles existed, or a test's bare fixture, stays usable. (Issue 25:
/// replacing O1–O43 by O1–O26 used to drop the roles silently.)
std::vector<FrameworkProblem> frameworkWarnings(const Framework &framework);

/// Fiscal years `framework` claims that one of `others` (a different id) claims as well.
std::vector<FrameworkProblem> checkYearClaims(const Framework &framework,
                                              const std::vector<const Framework *> &others);

/// The code shape each level takes: "IIT", "1", "9.1", "O26".
bool isValidCode(Level level, const QString &code);

} // namespace ita
