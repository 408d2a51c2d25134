#include "EditCommands.h"

#include "document/AssessmentDocument.h"

namespace ita {

EntryChangesCommand::EntryChangesCommand(AssessmentDocument &document, EntryChanges changes,
                                         const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_changes(std::move(changes)) {}

void EntryChangesCommand::redo() {
    if (!m_document.applyChanges(m_changes, false).isEmpty())
        setObsolete(true); // not stored: leave nothing on the stack that pretends it was
}

void EntryChangesCommand::undo() {
    m_document.applyChanges(m_changes, true);
}

ThresholdsCommand::ThresholdsCommand(AssessmentDocument &document, Thresholds before,
                                     Thresholds after, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(before)
    , m_after(after) {}

void ThresholdsCommand::redo() {
    if (!m_document.setThresholds(m_after.fixed, m_after.maintain).isEmpty())
        setObsolete(true);
}

void ThresholdsCommand::undo() {
    m_document.setThresholds(m_before.fixed, m_before.maintain);
}

} // namespace ita
