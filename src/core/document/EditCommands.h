#pragma once

#include "analysis/EntryChange.h"

#include <QUndoCommand>

#include <optional>

namespace ita {

class AssessmentDocument;

/// Any change of score lines (scores, grades, titles, sub-items added or removed): one
/// generic command, so every edit path undoes the same way.
class EntryChangesCommand : public QUndoCommand {
public:
    EntryChangesCommand(AssessmentDocument &document, EntryChanges changes, const QString &text);
    void redo() override;
    void undo() override;
    const EntryChanges &changes() const { return m_changes; }

private:
    AssessmentDocument &m_document;
    EntryChanges m_changes;
};

class ThresholdsCommand : public QUndoCommand {
public:
    struct Thresholds {
        std::optional<Score> fixed;
        std::optional<Score> maintain;
    };
    ThresholdsCommand(AssessmentDocument &document, Thresholds before, Thresholds after,
                      const QString &text);
    void redo() override;
    void undo() override;

private:
    AssessmentDocument &m_document;
    Thresholds m_before;
    Thresholds m_after;
};

} // namespace ita
