#include "EditCommands.h"

#include "document/AssessmentDocument.h"

namespace ita {

UndoGuard::UndoGuard(QUndoStack &stack)
    : m_stack(stack) {
    // Direct: the stack is put right before anything else reads it (the history view and the
    // undo actions read the stack's state, not the index the signal carried).
    connect(&stack, &QUndoStack::indexChanged, this, &UndoGuard::restore);
}

void UndoGuard::restore(int index) {
    if (!m_halted || m_restoring)
        return;
    const auto held = [this](int i) {
        const auto *c = dynamic_cast<const StoredCommand *>(m_stack.command(i));
        return c ? c->m_held : StoredCommand::Held::No;
    };
    // Undone but held: the commands from `index` up. Redone but held: those below it.
    int target = index;
    while (target < m_stack.count() && held(target) == StoredCommand::Held::Undo)
        ++target;
    while (target > 0 && held(target - 1) == StoredCommand::Held::Redo)
        --target;
    m_restoring = true;
    m_stack.setIndex(target); // each held command's undo()/redo() only lets go of its hold
    m_restoring = false;
    m_halted = false;
}

StoredCommand::StoredCommand(UndoGuard &guard, const QString &text)
    : QUndoCommand(text)
    , m_guard(guard) {}

void StoredCommand::redo() {
    if (m_held == Held::Undo) { // the guard moving back over a failed undo: nothing changed
        m_held = Held::No;
        return;
    }
    if (m_guard.m_halted) { // a step before this one in the same move failed
        m_held = Held::Redo;
        return;
    }
    if (store(true).isEmpty()) {
        m_done = true;
        return;
    }
    if (!m_done) {
        setObsolete(true); // the push: not stored, so not on the stack either
        return;
    }
    m_held = Held::Redo;
    m_guard.m_halted = true;
}

void StoredCommand::undo() {
    if (m_held == Held::Redo) { // the guard moving back over a failed redo
        m_held = Held::No;
        return;
    }
    if (m_guard.m_halted) {
        m_held = Held::Undo;
        return;
    }
    if (!store(false).isEmpty()) {
        m_held = Held::Undo;
        m_guard.m_halted = true;
    }
}

EntryChangesCommand::EntryChangesCommand(UndoGuard &guard, AssessmentDocument &document,
                                         EntryChanges changes, const QString &text)
    : StoredCommand(guard, text)
    , m_document(document)
    , m_changes(std::move(changes)) {}

QString EntryChangesCommand::store(bool forward) {
    return m_document.applyChanges(m_changes, !forward);
}

ThresholdsCommand::ThresholdsCommand(UndoGuard &guard, AssessmentDocument &document,
                                     Thresholds before, Thresholds after, const QString &text)
    : StoredCommand(guard, text)
    , m_document(document)
    , m_before(before)
    , m_after(after) {}

QString ThresholdsCommand::store(bool forward) {
    const Thresholds &t = forward ? m_after : m_before;
    return m_document.setThresholds(t.fixed, t.maintain);
}

} // namespace ita
