#include "AssessmentDocument.h"

#include "document/EditCommands.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace ita {

AssessmentDocument::AssessmentDocument(Database &database, qint64 id, Assessment assessment,
                                       Framework fw)
    : m_db(database)
    , m_id(id)
    , m_assessment(std::move(assessment))
    , m_framework(std::move(fw)) {
    m_analysis = analyse(m_framework, m_assessment);
}

Result<std::unique_ptr<AssessmentDocument>> AssessmentDocument::open(Database &database,
                                                                     qint64 assessmentId) {
    using R = Result<std::unique_ptr<AssessmentDocument>>;
    AssessmentRepository repository(database);
    auto a = repository.load(assessmentId);
    if (!a)
        return R::failure(a.error());
    auto fw = repository.framework(a->frameworkId);
    if (!fw)
        return R::failure(fw.error());
    return std::unique_ptr<AssessmentDocument>(
        new AssessmentDocument(database, assessmentId, a.take(), fw.take()));
}

bool AssessmentDocument::isReadOnly() const {
    return m_db.isReadOnly();
}

void AssessmentDocument::refresh(bool structure) {
    m_analysis = analyse(m_framework, m_assessment);
    emit changed(structure);
}

QString AssessmentDocument::applyChanges(const EntryChanges &changes, bool reverse) {
    AssessmentRepository repository(m_db);
    if (QString e = repository.applyEntryChanges(m_id, changes, reverse); !e.isEmpty()) {
        m_lastError = e;
        emit failed(e);
        return e;
    }
    bool structure = false;
    for (const auto &c : changes)
        structure = structure || c.before.has_value() != c.after.has_value();
    m_assessment = ita::applyChanges(m_assessment, changes, reverse);
    refresh(structure);
    return {};
}

QString AssessmentDocument::setThresholds(std::optional<Score> fixed,
                                          std::optional<Score> maintain) {
    AssessmentRepository repository(m_db);
    if (QString e = repository.setThresholds(m_id, fixed, maintain); !e.isEmpty()) {
        m_lastError = e;
        emit failed(e);
        return e;
    }
    m_assessment.fixedThreshold = fixed;
    m_assessment.maintainThreshold = maintain;
    refresh(false);
    return {};
}

QString AssessmentDocument::push(EntryChanges changes, const QString &text) {
    if (changes.empty())
        return {};
    m_lastError.clear();
    // push() runs redo(), which stores the change; a command whose store failed marks
    // itself obsolete and the stack drops it, so no undo step pretends to exist.
    m_undoStack.push(new EntryChangesCommand(m_guard, *this, std::move(changes), text));
    return m_lastError;
}

QString AssessmentDocument::editScore(const QString &code, std::optional<Score> score) {
    if (score && !score->inRange())
        return QCoreApplication::translate("ita::AssessmentDocument",
                                           "a score is between 0 and 100");
    ScoreEntry before = entryOrNew(m_assessment, code);
    if (before.stated == score)
        return {};
    ScoreEntry after = before;
    after.stated = score;
    const bool existed = m_assessment.find(code) != nullptr;
    EntryChanges changes{{code, existed ? std::optional(before) : std::nullopt, after}};
    return push(withDerivedParents(m_framework, m_assessment, changes),
                QCoreApplication::translate("ita::AssessmentDocument", "Set %1 to %2")
                    .arg(code, score ? score->toString() : QStringLiteral("—")));
}

QString AssessmentDocument::editGrade(const QString &code, const QString &grade) {
    const QString g = m_framework.rating.canonical(grade);
    if (!grade.trimmed().isEmpty() && g.isEmpty())
        return QCoreApplication::translate("ita::AssessmentDocument", "grades are %1")
            .arg(m_framework.gradeNames().join(QStringLiteral(", ")));
    ScoreEntry before = entryOrNew(m_assessment, code);
    if (before.statedGrade == g)
        return {};
    ScoreEntry after = before;
    after.statedGrade = g;
    const bool existed = m_assessment.find(code) != nullptr;
    return push({{code, existed ? std::optional(before) : std::nullopt, after}},
                QCoreApplication::translate("ita::AssessmentDocument", "Set grade of %1 to %2")
                    .arg(code, g.isEmpty() ? QStringLiteral("—") : g));
}

QString AssessmentDocument::editTitle(const QString &code, const QString &title) {
    ScoreEntry before = entryOrNew(m_assessment, code);
    if (before.title == title.trimmed())
        return {};
    ScoreEntry after = before;
    after.title = title.trimmed();
    const bool existed = m_assessment.find(code) != nullptr;
    return push({{code, existed ? std::optional(before) : std::nullopt, after}},
                QCoreApplication::translate("ita::AssessmentDocument", "Rename %1").arg(code));
}

QString AssessmentDocument::addSubItem(const QString &itemCode, QString *created) {
    const int i = m_framework.indexOf(itemCode);
    if (i < 0 || m_framework.node(i).level != Level::Item)
        return QCoreApplication::translate("ita::AssessmentDocument",
                                           "sub-items belong to an item such as I1");
    ScoreEntry fresh;
    fresh.code = nextSubItemCode(m_assessment, itemCode);
    if (created)
        *created = fresh.code;
    return push(
        {{fresh.code, std::nullopt, fresh}},
        QCoreApplication::translate("ita::AssessmentDocument", "Add sub-item %1").arg(fresh.code));
}

QString AssessmentDocument::removeSubItem(const QString &code) {
    const ScoreEntry *e = m_assessment.find(code);
    const NodeResult *n = m_analysis.find(code);
    if (!e || !n || n->level != Level::SubItem)
        return QCoreApplication::translate("ita::AssessmentDocument", "%1 is not a sub-item")
            .arg(code);
    return push(
        withDerivedParents(m_framework, m_assessment, {{code, *e, std::nullopt}}),
        QCoreApplication::translate("ita::AssessmentDocument", "Remove sub-item %1").arg(code));
}

QString AssessmentDocument::editScores(const std::vector<std::pair<QString, Score>> &scores,
                                       const QString &text) {
    EntryChanges changes;
    for (const auto &[code, score] : scores) {
        const bool existed = m_assessment.find(code) != nullptr;
        ScoreEntry before = entryOrNew(m_assessment, code);
        if (before.stated == score)
            continue;
        ScoreEntry after = before;
        after.stated = score;
        changes.push_back({code, existed ? std::optional(before) : std::nullopt, after});
    }
    return push(withDerivedParents(m_framework, m_assessment, changes), text);
}

QString AssessmentDocument::editThresholds(std::optional<Score> fixed,
                                           std::optional<Score> maintain) {
    if ((fixed && !fixed->inRange()) || (maintain && !maintain->inRange()))
        return QCoreApplication::translate("ita::AssessmentDocument",
                                           "a threshold is between 0 and 100");
    const ThresholdsCommand::Thresholds before{m_assessment.fixedThreshold,
                                               m_assessment.maintainThreshold};
    if (before.fixed == fixed && before.maintain == maintain)
        return {};
    m_lastError.clear();
    m_undoStack.push(new ThresholdsCommand(
        m_guard, *this, before, {fixed, maintain},
        QCoreApplication::translate("ita::AssessmentDocument", "Change thresholds")));
    return m_lastError;
}

} // namespace ita
