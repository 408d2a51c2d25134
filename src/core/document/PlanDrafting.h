#pragma once

#include "analysis/Drafting.h"
#include "domain/Result.h"
#include "storage/Database.h"

#include <optional>

namespace ita {

/// What drafting a plan reads from the store: the results it answers, the library to draw on,
/// and, for carrying forward, last year's plan with the results that plan answered.
struct DraftContext {
    Framework framework;
    Analysis analysis;
    /// The bundled library with the file's own (LibraryRepository: an entry of the file takes
    /// the place of a bundled one of the same id), then the NACC's recommendations stored with
    /// the assessment (each an entry), then `extra` (a library file the group chose).
    Library library;
    std::optional<Plan> previous;
    std::optional<Analysis> previousAnswered;

    PreviousPlan previousPlan() const {
        return {previous ? &*previous : nullptr, previousAnswered ? &*previousAnswered : nullptr};
    }
    std::vector<DraftGroup> proposals(const Plan &plan) const {
        return draftProposals(framework, analysis, plan, library, previousPlan());
    }
};

/// Reads the context for drafting `plan` (its agency, the year it answers). Fails when the
/// results it answers are not in the store.
Result<DraftContext> loadDraftContext(Database &db, const Plan &plan, bool carryForward,
                                      const Library *extra = nullptr);

/// Adds drafted measures to `plan`; the units they name join its registry.
void addDrafts(Plan &plan, const std::vector<Measure> &measures);

} // namespace ita
