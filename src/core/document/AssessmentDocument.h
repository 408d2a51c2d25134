#pragma once

#include "analysis/Analysis.h"
#include "analysis/EntryChange.h"
#include "document/EditCommands.h"
#include "domain/Assessment.h"
#include "domain/Framework.h"
#include "domain/Result.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace ita {

class Database;

/// One assessment open for editing: its scores, framework and analysis, and the undo stack
/// of its edits. Every edit is written to the file before the document changes, so a crash
/// loses nothing that was shown; undo and redo are stored the same way.
class AssessmentDocument : public QObject {
    Q_OBJECT
public:
    static Result<std::unique_ptr<AssessmentDocument>> open(Database &database,
                                                            qint64 assessmentId);

    qint64 id() const { return m_id; }
    const Assessment &assessment() const { return m_assessment; }
    const Framework &framework() const { return m_framework; }
    const Analysis &analysis() const { return m_analysis; }
    QUndoStack *undoStack() { return &m_undoStack; }
    bool isReadOnly() const;

    /// Stores the changes (or their reverse) and updates. Used by the undo commands; views
    /// push commands instead of calling this.
    [[nodiscard]] QString applyChanges(const EntryChanges &changes, bool reverse);
    [[nodiscard]] QString setThresholds(std::optional<Score> fixed, std::optional<Score> maintain);

    /// Edits as a user makes them: each pushes one undo step (ancestors that followed from
    /// their children follow them, see withDerivedParents). Return an error, or empty.
    [[nodiscard]] QString editScore(const QString &code, std::optional<Score> score);
    [[nodiscard]] QString editGrade(const QString &code, const QString &grade);
    [[nodiscard]] QString editTitle(const QString &code, const QString &title);
    /// Adds the next sub-item under an item; returns its code through `created`.
    [[nodiscard]] QString addSubItem(const QString &itemCode, QString *created = nullptr);
    [[nodiscard]] QString removeSubItem(const QString &code);
    /// Several scores at once (a paste), as one undo step.
    [[nodiscard]] QString editScores(const std::vector<std::pair<QString, Score>> &scores,
                                     const QString &text);
    [[nodiscard]] QString editThresholds(std::optional<Score> fixed, std::optional<Score> maintain);

signals:
    /// The scores or thresholds changed; `structure` when rows were added or removed.
    void changed(bool structure);
    /// A stored change failed (the file is read-only, locked, or broken); the document did
    /// not change.
    void failed(const QString &message);

private:
    AssessmentDocument(Database &database, qint64 id, Assessment assessment, Framework fw);
    [[nodiscard]] QString push(EntryChanges changes, const QString &text);
    void refresh(bool structure);

    Database &m_db;
    qint64 m_id;
    Assessment m_assessment;
    Framework m_framework;
    Analysis m_analysis;
    QUndoStack m_undoStack;
    UndoGuard m_guard{m_undoStack}; ///< a failed undo or redo leaves the stack where it was
    QString m_lastError;            ///< of the last store, read back after QUndoStack::push
};

} // namespace ita
