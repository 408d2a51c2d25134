#include "PlanDocument.h"

#include "document/PlanDrafting.h"
#include "domain/FiscalCalendar.h"
#include "domain/ItemCodes.h"
#include "domain/Library.h"
#include "io/FrameworkReader.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/LibraryRepository.h"
#include "storage/LinkCheckRepository.h"
#include "storage/PlanRepository.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ita {

namespace {

/// One edit of a plan: the whole plan before and after.
class PlanChangeCommand : public StoredCommand {
public:
    PlanChangeCommand(UndoGuard &guard, PlanDocument &doc, Plan before, Plan after,
                      const QString &text)
        : StoredCommand(guard, text)
        , m_doc(doc)
        , m_before(std::move(before))
        , m_after(std::move(after)) {}

protected:
    QString store(bool forward) override { return m_doc.store(forward ? m_after : m_before); }

private:
    PlanDocument &m_doc;
    Plan m_before;
    Plan m_after;
};

} // namespace

PlanDocument::PlanDocument(Database &database, Plan plan)
    : m_db(database)
    , m_plan(std::move(plan)) {}

Result<std::unique_ptr<PlanDocument>> PlanDocument::open(Database &database, const QString &agency,
                                                         int fiscalYear) {
    using R = Result<std::unique_ptr<PlanDocument>>;
    PlanRepository plans(database);
    // Before reading: a commit from elsewhere during the reading moves the file past it.
    const Database::Revision revision = database.revision();
    auto found = plans.find(agency, fiscalYear);
    if (!found)
        return R::failure(found.error());
    Plan plan;
    if (*found > 0) {
        auto loaded = plans.load(agency, fiscalYear);
        if (!loaded)
            return R::failure(loaded.error());
        plan = loaded.take();
    } else {
        auto fresh = plans.start(agency, fiscalYear); // last plan's units and their roles
        if (!fresh)
            return R::failure(fresh.error());
        plan = fresh.take();
    }
    std::unique_ptr<PlanDocument> doc(new PlanDocument(database, std::move(plan)));
    doc->m_revision = revision;
    AssessmentRepository assessments(database);
    if (auto a = assessments.load(doc->m_plan.agency, doc->m_plan.basedOnYear)) {
        if (auto fw = assessments.framework(a->frameworkId)) {
            doc->m_analysis = analyse(*fw, *a);
            doc->m_hasAnalysis = true;
            doc->m_framework = fw.take();
        }
    }
    doc->refresh();
    return doc;
}

QString PlanDocument::editField(PlanField field, int measureIndex, int stepIndex,
                                const QString &value, bool thai) {
    if (measureIndex < 0 || size_t(measureIndex) >= m_plan.measures.size())
        return tr("there is no measure %1").arg(measureIndex + 1);
    Plan edited = m_plan;
    Measure &measure = edited.measures[size_t(measureIndex)];
    const int n = measureIndex + 1;
    const bool stepField = field >= PlanField::StepText;
    if (stepField && (stepIndex < 0 || size_t(stepIndex) >= measure.steps.size()))
        return tr("measure %1 has no step %2").arg(n).arg(stepIndex + 1);
    Step *step = stepField ? &measure.steps[size_t(stepIndex)] : nullptr;
    const QString where = QStringLiteral("%1.%2").arg(n).arg(stepIndex + 1);
    QString text;
    switch (field) {
    case PlanField::MeasureTitle:
        measure.title = value.trimmed();
        reviewed(measure.draft, draftField::title);
        text = tr("Rename measure %1").arg(n);
        break;
    case PlanField::MeasureItems: {
        // Checked against the framework of the assessment the plan answers: the file's own,
        // so a year the group defined itself is known too.
        if (m_framework) {
            const auto parsed = codes::parse(*m_framework, value);
            if (!parsed)
                return parsed.error();
            measure.codes = *parsed;
        } else {
            measure.codes = codes::split(value);
        }
        reviewed(measure.draft, draftField::codes);
        text = tr("Set the items of measure %1").arg(n);
        break;
    }
    case PlanField::Monitoring:
        measure.monitoring = parseNumberedLines(value);
        reviewed(measure.draft, draftField::monitoring);
        text = tr("Edit the monitoring of measure %1").arg(n);
        break;
    case PlanField::Reporting: {
        const auto reporting = parseReporting(value);
        if (!reporting)
            return tr("write the cadence first (%1, %2 or %3), then a colon and to whom")
                .arg(cadenceLabel(Cadence::Quarterly, thai),
                     cadenceLabel(Cadence::SemiAnnual, thai), cadenceLabel(Cadence::Yearly, thai));
        measure.cadence = reporting->cadence;
        measure.reportTo = reporting->to;
        reviewed(measure.draft, draftField::reporting);
        text = tr("Edit the reporting of measure %1").arg(n);
        break;
    }
    case PlanField::StepText:
        step->text = value.trimmed();
        reviewed(step->draft, draftField::text);
        text = tr("Edit step %1").arg(where);
        break;
    case PlanField::StepUnits:
        step->units = splitUnits(value);
        reviewed(step->draft, draftField::units);
        registerUnits(edited, step->units);
        text = tr("Set units of step %1").arg(where);
        break;
    case PlanField::StepStatus: {
        const auto status = statusFromKey(value.trimmed());
        if (!status)
            return tr("status is one of not_started, in_progress, done, cancelled");
        setStatus(*step, *status);
        text = tr("Set status of step %1").arg(where);
        break;
    }
    case PlanField::StepPercent: {
        bool ok = false;
        const int percent = QString(value).remove(u'%').trimmed().toInt(&ok);
        if (!ok || percent < 0 || percent > 100)
            return tr("percent complete is a whole number from 0 to 100");
        setPercent(*step, percent);
        text = tr("Set progress of step %1").arg(where);
        break;
    }
    case PlanField::ActualStart:
    case PlanField::ActualFinish: {
        QDate date;
        if (!value.trimmed().isEmpty()) {
            const auto parsed = fiscal::parseDate(value);
            if (!parsed)
                return tr("write a date as 31/3/2565 (Buddhist Era) or 2022-03-31");
            date = *parsed;
        }
        (field == PlanField::ActualStart ? step->actualStart : step->actualFinish) = date;
        text = tr("Set the dates of step %1").arg(where);
        break;
    }
    case PlanField::Evidence:
        step->evidence =
            value.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        text = tr("Set the evidence of step %1").arg(where);
        break;
    }
    return edit(edited, text);
}

bool PlanDocument::isReadOnly() const {
    return m_db.isReadOnly();
}

void PlanDocument::refresh() {
    m_coverage = m_hasAnalysis ? checkCoverage(m_analysis, m_plan) : std::vector<CoverageFinding>();
    emit changed();
}

void PlanDocument::setAnalysis(const Analysis &analysis) {
    m_analysis = analysis;
    m_hasAnalysis = true;
    refresh();
}

QString PlanDocument::store(const Plan &plan) {
    if (QString e = PlanRepository(m_db).saveEdit(plan, m_plan, &m_revision); !e.isEmpty()) {
        m_lastError = e;
        emit failed(e);
        return e;
    }
    m_plan = plan;
    refresh();
    return {};
}

QString PlanDocument::edit(const Plan &edited, const QString &text) {
    if (edited == m_plan)
        return {};
    m_lastError.clear();
    m_undoStack.push(new PlanChangeCommand(m_guard, *this, m_plan, edited, text));
    return m_lastError;
}

QString PlanDocument::setStepSpan(int measure, int step, int startMonth, int endMonth) {
    if (measure < 0 || measure >= int(m_plan.measures.size()) || step < 0 ||
        step >= int(m_plan.measures[size_t(measure)].steps.size()))
        return tr("no such step");
    if (startMonth < 1 || endMonth < startMonth || endMonth > 24)
        return tr("a span runs from a month to the same or a later month");
    Plan edited = m_plan;
    Step &s = edited.measures[size_t(measure)].steps[size_t(step)];
    const bool moved = s.endMonth - s.startMonth == endMonth - startMonth;
    s.startMonth = startMonth;
    s.endMonth = endMonth;
    reviewed(s.draft, draftField::span);
    return edit(
        edited,
        (moved ? tr("Move step %1.%2") : tr("Resize step %1.%2")).arg(measure + 1).arg(step + 1));
}

QString PlanDocument::acceptDrafts(int measure) {
    if (measure >= int(m_plan.measures.size()))
        return tr("there is no measure %1").arg(measure + 1);
    Plan edited = m_plan;
    for (int m = 0; m < int(edited.measures.size()); ++m) {
        if (measure >= 0 && m != measure)
            continue;
        Measure &x = edited.measures[size_t(m)];
        x.draft.clear();
        for (Step &step : x.steps)
            step.draft.clear();
    }
    if (edited == m_plan)
        return {};
    return edit(edited, measure < 0
                            ? tr("Accept every drafted cell")
                            : tr("Accept the drafted cells of measure %1").arg(measure + 1));
}

QString PlanDocument::saveToLibrary(int measure, QString *id) {
    if (measure < 0 || measure >= int(m_plan.measures.size()))
        return tr("there is no measure %1").arg(measure + 1);
    if (!m_framework)
        return tr("the plan's results (fiscal year %1) are not in the file")
            .arg(m_plan.basedOnYear);
    const LibraryEntry entry = entryFromMeasure(m_plan, measure, *m_framework, m_analysis);
    FrameworkRegistry frameworks;
    frameworks.add(*m_framework, QByteArray());
    for (const Framework *f : FrameworkRegistry::builtIn().all())
        if (!frameworks.byId(f->id))
            frameworks.add(*f, FrameworkRegistry::builtIn().definition(f->id));
    if (QString e = LibraryRepository(m_db, &frameworks).save(entry); !e.isEmpty())
        return e;
    if (id)
        *id = entry.id;
    return {};
}

QString PlanDocument::setUnitRoles(const QHash<QString, QStringList> &roles) {
    Plan edited = m_plan;
    for (Unit &u : edited.units)
        u.roles.clear();
    // In the library's order of roles, so that the stored list does not depend on a hash's.
    for (UnitRole role : allUnitRoles()) {
        const QString key = unitRoleKey(role);
        const QStringList units = roles.value(key);
        registerUnits(edited, units);
        for (Unit &u : edited.units)
            if (units.contains(u.abbreviation))
                u.roles << key;
    }
    if (edited == m_plan)
        return {};
    return edit(edited, tr("Give the units their roles"));
}

QString PlanDocument::addMeasure(int *added) {
    Plan edited = m_plan;
    Measure m;
    m.title = tr("New measure");
    edited.measures.push_back(m);
    if (added)
        *added = int(edited.measures.size()) - 1;
    return edit(edited, tr("Add measure %1").arg(edited.measures.size()));
}

QString PlanDocument::addStep(int measure, int *added) {
    if (measure < 0 || measure >= int(m_plan.measures.size()))
        return tr("choose a measure first");
    Plan edited = m_plan;
    auto &steps = edited.measures[size_t(measure)].steps;
    steps.push_back(Step());
    if (added)
        *added = int(steps.size()) - 1;
    return edit(edited, tr("Add step %1.%2").arg(measure + 1).arg(steps.size()));
}

QString PlanDocument::removeMeasure(int measure) {
    if (measure < 0 || measure >= int(m_plan.measures.size()))
        return tr("choose a measure first");
    Plan edited = m_plan;
    edited.measures.erase(edited.measures.begin() + measure);
    return edit(edited, tr("Remove measure %1").arg(measure + 1));
}

QString PlanDocument::removeStep(int measure, int step) {
    if (measure < 0 || measure >= int(m_plan.measures.size()) || step < 0 ||
        step >= int(m_plan.measures[size_t(measure)].steps.size()))
        return tr("no such step");
    Plan edited = m_plan;
    auto &steps = edited.measures[size_t(measure)].steps;
    steps.erase(steps.begin() + step);
    return edit(edited, tr("Remove step %1.%2").arg(measure + 1).arg(step + 1));
}

QString PlanDocument::setPublications(const std::vector<OitPublication> &publications) {
    Plan edited = m_plan;
    edited.publications.clear();
    for (const OitPublication &p : publications)
        if (!p.isEmpty())
            edited.publications.push_back(p);
    return edit(edited, tr("Edit the OIT publication plan"));
}

QString PlanDocument::setPublication(const OitPublication &publication) {
    Plan edited = m_plan;
    auto &list = edited.publications;
    const auto at = std::find_if(list.begin(), list.end(), [&](const OitPublication &p) {
        return p.code == publication.code;
    });
    if (at != list.end() && publication.isEmpty())
        list.erase(at);
    else if (at != list.end())
        *at = publication;
    else if (!publication.isEmpty())
        list.push_back(publication);
    if (edited == m_plan)
        return {};
    return edit(edited, tr("Edit the OIT checklist of %1").arg(publication.code));
}

QString PlanDocument::setWebsite(const QString &website) {
    Plan edited = m_plan;
    edited.website = website.trimmed();
    if (edited == m_plan)
        return {};
    return edit(edited, tr("Set the agency's website"));
}

Result<OitInputs> PlanDocument::oitInputs() const {
    return loadOitInputs(m_db, FrameworkRegistry::builtIn(), m_plan);
}

QString PlanDocument::storeLinkChecks(const std::vector<LinkCheck> &results) {
    return LinkCheckRepository(m_db).save(results);
}

Result<std::vector<DraftGroup>> PlanDocument::draftProposals() const {
    using R = Result<std::vector<DraftGroup>>;
    if (!m_hasAnalysis)
        return R::failure(
            tr("the plan's results (fiscal year %1) are not in the file").arg(m_plan.basedOnYear));
    auto context = loadDraftContext(m_db, m_plan, true);
    if (!context)
        return R::failure(context.error());
    return context->proposals(m_plan);
}

QString PlanDocument::addDrafts(int *added) {
    auto proposals = draftProposals();
    if (!proposals)
        return proposals.error();
    return addMeasures(takeDrafts(*proposals, DraftTake::Best), added);
}

QString PlanDocument::addMeasures(const std::vector<Measure> &drafts, int *added) {
    Plan edited = m_plan;
    ita::addDrafts(edited, drafts);
    if (added)
        *added = int(drafts.size());
    return edit(edited, tr("Draft %n measure(s)", nullptr, int(drafts.size())));
}

} // namespace ita
