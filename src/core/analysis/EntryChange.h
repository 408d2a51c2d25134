#pragma once

#include "domain/Assessment.h"
#include "domain/Framework.h"

#include <optional>
#include <vector>

namespace ita {

/// One score line before and after an edit; nothing before = added, nothing after = removed.
struct EntryChange {
    QString code;
    std::optional<ScoreEntry> before;
    std::optional<ScoreEntry> after;
};
using EntryChanges = std::vector<EntryChange>;

/// The assessment with the changes applied (after, or before when `reverse`).
Assessment applyChanges(Assessment assessment, const EntryChanges &changes, bool reverse);

/// Completes an edit of scores with what follows from it.
///
/// A stated parent score that agreed with its children before the edit (within the
/// framework's tolerance) was derived from them, so it follows them: it is set to the value
/// computed after the edit, and its stated grade, if it matched, to the new grade. A stated
/// parent that already disagreed is left as stated, and the validator keeps flagging it.
/// This is what makes editing E8 move indicator 7 and the overall, as a working group
/// expects, without ever silently overwriting a figure that came from elsewhere.
EntryChanges withDerivedParents(const Framework &framework, const Assessment &assessment,
                                EntryChanges changes);

/// The entry for `code` as it stands, or a fresh one with that code.
ScoreEntry entryOrNew(const Assessment &assessment, const QString &code);

/// Next free sub-item code under an item ("I1" → "I1.3" when I1.1 and I1.2 exist).
QString nextSubItemCode(const Assessment &assessment, const QString &itemCode);

} // namespace ita
