#pragma once

#include "analysis/EntryChange.h"

#include <QObject>
#include <QUndoCommand>
#include <QUndoStack>

#include <optional>

namespace ita {

class AssessmentDocument;

/// Keeps an undo stack true to what the file holds when storing fails.
///
/// QUndoStack moves its index whatever a command's undo() or redo() does. A StoredCommand
/// stores its change when done and undone; when that store fails the data did not move, so
/// the command is *held* and the guard, told by the stack that it moved, moves it straight
/// back over every held command, storing nothing. The failure itself is the document's to
/// report (its `failed` signal). Within one move of several steps (a click in the history
/// view), the steps after a failed one are held too rather than stored, so no older state is
/// stored over changes the failed step could not take back.
///
/// The first redo (the push) that fails is simpler: the command marks itself obsolete and
/// QUndoStack::push drops it, so no undo step pretends to exist.
class UndoGuard : public QObject {
public:
    /// Watches `stack`, which must outlive it (a document holds both, the stack first).
    explicit UndoGuard(QUndoStack &stack);

private:
    friend class StoredCommand;
    void restore(int index);

    QUndoStack &m_stack;
    bool m_halted = false; ///< a store failed during the stack's current move
    bool m_restoring = false;
};

/// An undo step whose change is stored in the file: the base of every edit command.
class StoredCommand : public QUndoCommand {
public:
    StoredCommand(UndoGuard &guard, const QString &text);
    void redo() final;
    void undo() final;

protected:
    /// Stores the state after the change (`forward`) or before it; returns an error, or empty.
    [[nodiscard]] virtual QString store(bool forward) = 0;

private:
    friend class UndoGuard;
    enum class Held { No, Undo, Redo };
    UndoGuard &m_guard;
    bool m_done = false; ///< stored forward at least once (so it was pushed)
    Held m_held = Held::No;
};

/// Any change of score lines (scores, grades, titles, sub-items added or removed): one
/// generic command, so every edit path undoes the same way.
class EntryChangesCommand : public StoredCommand {
public:
    EntryChangesCommand(UndoGuard &guard, AssessmentDocument &document, EntryChanges changes,
                        const QString &text);
    const EntryChanges &changes() const { return m_changes; }

protected:
    QString store(bool forward) override;

private:
    AssessmentDocument &m_document;
    EntryChanges m_changes;
};

class ThresholdsCommand : public StoredCommand {
public:
    struct Thresholds {
        std::optional<Score> fixed;
        std::optional<Score> maintain;
    };
    ThresholdsCommand(UndoGuard &guard, AssessmentDocument &document, Thresholds before,
                      Thresholds after, const QString &text);

protected:
    QString store(bool forward) override;

private:
    AssessmentDocument &m_document;
    Thresholds m_before;
    Thresholds m_after;
};

} // namespace ita
