#pragma once

#include "analysis/Analysis.h"
#include "analysis/Drafting.h"
#include "analysis/PlanAnalysis.h"
#include "document/EditCommands.h"
#include "domain/Framework.h"
#include "domain/Plan.h"
#include "domain/Recommendation.h"
#include "domain/Result.h"
#include "storage/Database.h"
#include "storage/OitStore.h"

#include <QObject>
#include <QUndoStack>

#include <memory>
#include <optional>

namespace ita {

/// A field of a plan that people type: the measure's, then the step's.
enum class PlanField {
    MeasureTitle,
    MeasureItems, ///< codes, checked against the framework of the assessment the plan answers
    Monitoring,   ///< one action a line
    Reporting,    ///< "cadence: to whom"
    StepText,
    StepUnits, ///< a new unit joins the plan's registry
    StepStatus,
    StepPercent,
    ActualStart, ///< a date, Buddhist or Christian Era (fiscal::parseDate); empty clears it
    ActualFinish,
    Evidence, ///< links separated by white space
};

/// A plan open for editing, beside the analysis it answers. Every edit is stored in one
/// transaction before the document changes, and is one undo step holding the plan before and
/// after. An edit of measures' or steps' fields stores only their rows while the file is as
/// this document last read or stored it (a 500-step plan is dragged on a Gantt chart);
/// structural edits, and any edit after the file changed, store the whole plan, checked
/// against the stored one (PlanRepository::saveEdit).
class PlanDocument : public QObject {
    Q_OBJECT
public:
    /// Opens the agency's plan for `fiscalYear`, creating an empty one (answering the year
    /// before) when there is none.
    static Result<std::unique_ptr<PlanDocument>> open(Database &database, const QString &agency,
                                                      int fiscalYear);

    const Plan &plan() const { return m_plan; }
    /// The analysis of the assessment the plan answers (empty when that year is missing).
    const Analysis &analysis() const { return m_analysis; }
    bool hasAnalysis() const { return m_hasAnalysis; }
    const std::vector<CoverageFinding> &coverage() const { return m_coverage; }
    QUndoStack *undoStack() { return &m_undoStack; }
    bool isReadOnly() const;

    /// Replaces the plan with `edited` as one undo step named `text`; returns an error (and
    /// changes nothing) when it cannot be stored.
    [[nodiscard]] QString edit(const Plan &edited, const QString &text);
    /// Sets one field from the text typed into it, by the domain's rules, as one undo step.
    /// `step` is ignored for a measure's fields. Returns why the text was refused (nothing
    /// changes then), in the user's language; `thai` chooses how cadences are named.
    [[nodiscard]] QString editField(PlanField field, int measure, int step, const QString &text,
                                    bool thai);
    /// Moves or resizes a step's span (fiscal months), one undo step.
    [[nodiscard]] QString setStepSpan(int measure, int step, int startMonth, int endMonth);
    /// Marks the drafted cells of one measure (or, with -1, of every measure) as reviewed: the
    /// group read them and keeps them as they are. An edit of a cell reviews that cell.
    [[nodiscard]] QString acceptDrafts(int measure);
    /// *Save to library*: the measure as an entry of the file's measures library (its items,
    /// their themes, its steps with their months and their units' roles), replacing what was
    /// saved from the same measure (agency, year, number) before; the entry's id through `id`.
    [[nodiscard]] QString saveToLibrary(int measure, QString *id = nullptr);
    /// Gives the library's roles to the agency's units (role key → unit abbreviations; a unit
    /// not in the registry joins it), as one undo step. Every other unit takes no role.
    [[nodiscard]] QString setUnitRoles(const QHash<QString, QStringList> &roles);
    /// Adds an empty measure at the end; returns its index through `added`.
    [[nodiscard]] QString addMeasure(int *added = nullptr);
    /// Adds an empty step at the end of a measure.
    [[nodiscard]] QString addStep(int measure, int *added = nullptr);
    [[nodiscard]] QString removeMeasure(int measure);
    [[nodiscard]] QString removeStep(int measure, int step);
    /// Sets the OIT publication plan (one entry per O-item that has any detail).
    [[nodiscard]] QString setPublications(const std::vector<OitPublication> &publications);
    /// Replaces one OIT item's publication (its links, ticked elements, ITAS explanation …),
    /// one undo step; an empty one goes.
    [[nodiscard]] QString setPublication(const OitPublication &publication);
    /// The agency's website, which the OIT links are checked against; one undo step.
    [[nodiscard]] QString setWebsite(const QString &website);
    /// What the OIT checklist is read against (OitStore.h), with the plan as it stands here.
    Result<OitInputs> oitInputs() const;
    /// Stores what a link check saw (OitStore.h; not an edit of the plan, so no undo step).
    [[nodiscard]] QString storeLinkChecks(const std::vector<LinkCheck> &results);
    /// Adds, as one undo step, the best drafts for what no measure answers yet: from the
    /// measures library, the NACC's recommendations in the file and last year's plan
    /// (PlanDrafting); each arrives marked as an unreviewed draft.
    [[nodiscard]] QString addDrafts(int *added = nullptr);
    /// What could answer the items no measure answers yet (PlanDrafting), for the draft dialog.
    Result<std::vector<DraftGroup>> draftProposals() const;
    /// Adds measures chosen elsewhere (the draft dialog), their units joining the registry,
    /// as one undo step.
    [[nodiscard]] QString addMeasures(const std::vector<Measure> &drafts, int *added = nullptr);

    /// The scores it answers changed (an edit in the scores view): re-check coverage.
    void setAnalysis(const Analysis &analysis);

    /// Used by the undo command.
    [[nodiscard]] QString store(const Plan &plan);

signals:
    void changed();
    void failed(const QString &message);

private:
    PlanDocument(Database &database, Plan plan);
    void refresh();

    Database &m_db;
    Plan m_plan;
    Analysis m_analysis;
    std::optional<Framework> m_framework; ///< of the assessment the plan answers
    bool m_hasAnalysis = false;
    std::vector<CoverageFinding> m_coverage;
    QUndoStack m_undoStack;
    UndoGuard m_guard{m_undoStack}; ///< a failed undo or redo leaves the stack where it was
    QString m_lastError;
    /// The file's revision when m_plan was read or last stored: the stored plan is m_plan
    /// while the file stays at it.
    Database::Revision m_revision;
};

} // namespace ita
