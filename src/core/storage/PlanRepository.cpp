#include "PlanRepository.h"

#include "AuditLog.h"

#include "Database.h"
#include "StateLedger.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ita {

namespace {

/// This file's messages, under one context for lupdate and the program alike.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::PlanRepository)
};

QVariant monthValue(int month) {
    return month > 0 ? QVariant(month) : QVariant(QMetaType(QMetaType::Int));
}

QVariant dateValue(const QDate &d) {
    return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                       : QVariant(QMetaType(QMetaType::QString));
}

QVariant text(const QString &t) {
    return t.isNull() ? QVariant(QString(u""_qs)) : QVariant(t);
}

/// Runs a prepared statement with its values; returns the error or empty.
/// An INSERT … RETURNING id that ran without giving its row back.
QString noId() {
    return QStringLiteral("the database returned no id for a new row");
}

QString run(QSqlQuery &q, const QString &sql, const QVariantList &values) {
    if (!q.prepare(sql))
        return q.lastError().text();
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec() ? QString() : q.lastError().text();
}

// The rows of a measure and a step, written the same way by a whole-plan save and an edit in
// place.

/// A list as stored in one column: its keys joined by commas (a unit's roles; a draft list,
/// "" when reviewed).
QVariant draftValue(const QStringList &draft) {
    return text(draft.join(u','));
}

QStringList draftFrom(const QVariant &v) {
    return v.toString().split(u',', Qt::SkipEmptyParts);
}

/// Schema 11 added the draft marks, origins and unit roles: an older file (a migration test's,
/// or a server not yet upgraded) is written without them.
bool hasDrafts(Database &db) {
    return db.version() >= 11;
}

/// Schema 13 added the OIT checklist (links with their dates, ticked elements, the ITAS
/// explanation) and the agency's website.
bool hasOitChecklist(Database &db) {
    return db.version() >= 13;
}

/// `sql` with the schema 11 part when the file has it, else without: "draft, origin" in a
/// column list, ", ?, ?" in a values list.
QString withDrafts(bool drafts, const char *sql, const char *part) {
    return QString::fromLatin1(sql).arg(drafts ? QString::fromLatin1(part) : QString());
}

QVariantList measureFields(const Measure &m, bool drafts) {
    QVariantList v{text(m.title), cadenceKey(m.cadence), text(m.reportTo), text(m.notes)};
    if (drafts)
        v << draftValue(m.draft) << text(m.origin);
    return v;
}

QVariantList stepFields(const Step &s, bool drafts) {
    QVariantList v{
        text(s.text), monthValue(s.startMonth), monthValue(s.endMonth),   statusKey(s.status),
        s.percent,    dateValue(s.actualStart), dateValue(s.actualFinish)};
    if (drafts)
        v << draftValue(s.draft);
    return v;
}

/// A measure's items; `number` (1-based) names it in an error.
QString insertItems(QSqlQuery &q, qint64 measureId, const Measure &m, int number) {
    for (int i = 0; i < m.codes.size(); ++i)
        if (QString e = run(q,
                            QStringLiteral("INSERT INTO measure_items (measure_id, position, "
                                           "code) VALUES (?, ?, ?)"),
                            {measureId, i, m.codes[i]});
            !e.isEmpty())
            return Messages::tr("measure %1: %2").arg(number).arg(e);
    return {};
}

QString insertMonitoring(QSqlQuery &q, qint64 measureId, const Measure &m) {
    for (int i = 0; i < m.monitoring.size(); ++i)
        if (QString e = run(q,
                            QStringLiteral("INSERT INTO monitoring_actions (measure_id, "
                                           "position, text) VALUES (?, ?, ?)"),
                            {measureId, i, m.monitoring[i]});
            !e.isEmpty())
            return e;
    return {};
}

/// A step's units, by the ids of the agency's units; `measure` and `step` (1-based) name it
/// in an error.
QString insertStepUnits(QSqlQuery &q, qint64 stepId, const Step &s,
                        const QHash<QString, qint64> &unitIds, int measure, int step) {
    for (int i = 0; i < s.units.size(); ++i) {
        if (!unitIds.contains(s.units[i]))
            return Messages::tr("measure %1, step %2: unit \"%3\" is not in the plan's units")
                .arg(measure)
                .arg(step)
                .arg(s.units[i]);
        if (QString e = run(q,
                            QStringLiteral("INSERT INTO step_units (step_id, unit_id, "
                                           "position) VALUES (?, ?, ?)"),
                            {stepId, unitIds.value(s.units[i]), i});
            !e.isEmpty())
            return e;
    }
    return {};
}

QString insertEvidence(QSqlQuery &q, qint64 stepId, const Step &s) {
    for (int i = 0; i < s.evidence.size(); ++i)
        if (QString e = run(q,
                            QStringLiteral("INSERT INTO step_evidence (step_id, position, "
                                           "url) VALUES (?, ?, ?)"),
                            {stepId, i, s.evidence[i]});
            !e.isEmpty())
            return e;
    return {};
}

/// The same measures and steps in the same places, and nothing else of the plan changed: an
/// edit that can be stored row by row in place.
bool sameShape(const Plan &a, const Plan &b) {
    if (a.agency != b.agency || a.fiscalYear != b.fiscalYear || a.basedOnYear != b.basedOnYear ||
        a.units != b.units || a.publications != b.publications || a.website != b.website ||
        a.measures.size() != b.measures.size())
        return false;
    for (size_t m = 0; m < a.measures.size(); ++m)
        if (a.measures[m].steps.size() != b.measures[m].steps.size())
            return false;
    return true;
}

bool sameOwnFields(const Measure &a, const Measure &b) {
    return a.title == b.title && a.cadence == b.cadence && a.reportTo == b.reportTo &&
           a.notes == b.notes && a.draft == b.draft && a.origin == b.origin;
}

bool sameOwnFields(const Step &a, const Step &b) {
    return a.text == b.text && a.startMonth == b.startMonth && a.endMonth == b.endMonth &&
           a.status == b.status && a.percent == b.percent && a.actualStart == b.actualStart &&
           a.actualFinish == b.actualFinish && a.draft == b.draft;
}

} // namespace

Result<qint64> PlanRepository::find(const QString &agency, int fiscalYear) const {
    QSqlQuery q(m_db.connection());
    if (QString e = run(q,
                        QStringLiteral("SELECT p.id FROM plans p JOIN agencies g ON g.id = "
                                       "p.agency_id WHERE g.name = ? AND p.fiscal_year = ?"),
                        {agency.simplified(), fiscalYear});
        !e.isEmpty())
        return Result<qint64>::failure(e);
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<Plan> PlanRepository::start(const QString &agency, int fiscalYear) const {
    Plan plan;
    plan.agency = agency.simplified();
    plan.fiscalYear = fiscalYear;
    plan.basedOnYear = fiscalYear - 1;
    // The nearest earlier plan within ten years (an agency may skip a year).
    for (int year = fiscalYear - 1; year >= fiscalYear - 10; --year) {
        auto found = find(agency, year);
        if (!found)
            return Result<Plan>::failure(found.error());
        if (*found == 0)
            continue;
        auto earlier = load(agency, year);
        if (!earlier)
            return Result<Plan>::failure(earlier.error());
        plan.units = earlier->units;
        break;
    }
    return plan;
}

Result<Plan> PlanRepository::load(const QString &agency, int fiscalYear) const {
    using R = Result<Plan>;
    const auto id = find(agency, fiscalYear);
    if (!id)
        return R::failure(id.error());
    if (*id == 0)
        return R::failure(Messages::tr("%1 holds no plan for fiscal year %2 of \"%3\"")
                              .arg(m_db.path())
                              .arg(fiscalYear)
                              .arg(agency));
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    Plan plan;
    if (QString e = run(q,
                        QStringLiteral("SELECT g.name, p.fiscal_year, p.based_on_year, g.id FROM "
                                       "plans p JOIN agencies g ON g.id = p.agency_id WHERE p.id "
                                       "= ?"),
                        {*id});
        !e.isEmpty() || !q.next())
        return R::failure(e);
    plan.agency = q.value(0).toString();
    plan.fiscalYear = q.value(1).toInt();
    plan.basedOnYear = q.value(2).toInt();
    const qint64 agencyId = q.value(3).toLongLong();

    const bool drafts = hasDrafts(m_db);
    QHash<qint64, QString> unitNames;
    if (QString e = run(q,
                        withDrafts(drafts,
                                   "SELECT id, abbreviation, name%1 FROM units WHERE agency_id = "
                                   "? ORDER BY position",
                                   ", roles"),
                        {agencyId});
        !e.isEmpty())
        return R::failure(e);
    while (q.next()) {
        unitNames.insert(q.value(0).toLongLong(), q.value(1).toString());
        plan.units.push_back({q.value(1).toString(), q.value(2).toString(),
                              drafts ? draftFrom(q.value(3)) : QStringList()});
    }

    QSqlQuery m(db);
    if (QString e = run(m,
                        withDrafts(drafts,
                                   "SELECT id, title, reporting_cadence, reporting_to, notes%1 "
                                   "FROM measures WHERE plan_id = ? ORDER BY position",
                                   ", draft, origin"),
                        {*id});
        !e.isEmpty())
        return R::failure(e);
    while (m.next()) {
        const qint64 measureId = m.value(0).toLongLong();
        Measure measure;
        measure.title = m.value(1).toString();
        measure.cadence = cadenceFromKey(m.value(2).toString()).value_or(Cadence::SemiAnnual);
        measure.reportTo = m.value(3).toString();
        measure.notes = m.value(4).toString();
        if (drafts) {
            measure.draft = draftFrom(m.value(5));
            measure.origin = m.value(6).toString();
        }
        run(q,
            QStringLiteral("SELECT code FROM measure_items WHERE measure_id = ? ORDER BY "
                           "position"),
            {measureId});
        while (q.next())
            measure.codes << q.value(0).toString();
        run(q,
            QStringLiteral("SELECT text FROM monitoring_actions WHERE measure_id = ? ORDER BY "
                           "position"),
            {measureId});
        while (q.next())
            measure.monitoring << q.value(0).toString();
        QSqlQuery s(db);
        run(s,
            withDrafts(drafts,
                       "SELECT id, text, start_month, end_month, status, percent, actual_start, "
                       "actual_finish%1 FROM steps WHERE measure_id = ? ORDER BY position",
                       ", draft"),
            {measureId});
        while (s.next()) {
            Step step;
            const qint64 stepId = s.value(0).toLongLong();
            step.text = s.value(1).toString();
            step.startMonth = s.value(2).toInt();
            step.endMonth = s.value(3).toInt();
            step.status = statusFromKey(s.value(4).toString()).value_or(StepStatus::NotStarted);
            step.percent = s.value(5).toInt();
            step.actualStart = QDate::fromString(s.value(6).toString(), Qt::ISODate);
            step.actualFinish = QDate::fromString(s.value(7).toString(), Qt::ISODate);
            if (drafts)
                step.draft = draftFrom(s.value(8));
            run(q,
                QStringLiteral("SELECT unit_id FROM step_units WHERE step_id = ? ORDER BY "
                               "position"),
                {stepId});
            while (q.next())
                step.units << unitNames.value(q.value(0).toLongLong());
            run(q,
                QStringLiteral("SELECT url FROM step_evidence WHERE step_id = ? ORDER BY "
                               "position"),
                {stepId});
            while (q.next())
                step.evidence << q.value(0).toString();
            measure.steps.push_back(step);
        }
        plan.measures.push_back(measure);
    }
    if (QString e = run(q,
                        QStringLiteral("SELECT code, preparer, collector, frequency, url, done "
                                       "FROM oit_publications WHERE plan_id = ? ORDER BY "
                                       "position"),
                        {*id});
        !e.isEmpty())
        return R::failure(e);
    while (q.next()) {
        OitPublication p;
        p.code = q.value(0).toString();
        p.preparer = q.value(1).toString();
        p.collector = q.value(2).toString();
        p.frequency = q.value(3).toString();
        p.setUrl(q.value(4).toString());
        p.done = q.value(5).toBool();
        plan.publications.push_back(p);
    }
    if (!hasOitChecklist(m_db))
        return plan;
    if (QString e = run(q, QStringLiteral("SELECT website FROM plans WHERE id = ?"), {*id});
        !e.isEmpty() || !q.next())
        return R::failure(e.isEmpty() ? noId() : e);
    plan.website = q.value(0).toString();
    const auto publication = [&](const QString &code) -> OitPublication * {
        for (OitPublication &p : plan.publications)
            if (p.code == code)
                return &p;
        return nullptr;
    };
    if (QString e = run(q,
                        QStringLiteral("SELECT code, elements, explanation FROM oit_publications "
                                       "WHERE plan_id = ?"),
                        {*id});
        !e.isEmpty())
        return R::failure(e);
    while (q.next())
        if (OitPublication *p = publication(q.value(0).toString())) {
            p->elementsDone = q.value(1).toString().split(u'\n', Qt::SkipEmptyParts);
            p->explanation = q.value(2).toString();
        }
    // Every link, the first included (oit_publications.url repeats it for older programs).
    if (QString e = run(q,
                        QStringLiteral("SELECT code, url, file, title, info_date, covers_year "
                                       "FROM oit_links WHERE plan_id = ? ORDER BY code, "
                                       "position"),
                        {*id});
        !e.isEmpty())
        return R::failure(e);
    QSet<QString> listed;
    while (q.next())
        if (OitPublication *p = publication(q.value(0).toString())) {
            if (!listed.contains(p->code)) {
                listed.insert(p->code);
                p->links.clear();
            }
            p->links.push_back({q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                QDate::fromString(q.value(4).toString(), Qt::ISODate),
                                q.value(5).toInt()});
        }
    return plan;
}

namespace {
Result<qint64> assessmentId(Database &db, const QString &agency, int fiscalYear) {
    QSqlQuery q(db.connection());
    if (QString e = run(q,
                        QStringLiteral("SELECT a.id FROM assessments a JOIN agencies g ON g.id = "
                                       "a.agency_id WHERE g.name = ? AND a.fiscal_year = ?"),
                        {agency.simplified(), fiscalYear});
        !e.isEmpty())
        return Result<qint64>::failure(e);
    if (!q.next())
        return Result<qint64>::failure(Messages::tr("%1 holds no fiscal year %2 for \"%3\"")
                                           .arg(db.path())
                                           .arg(fiscalYear)
                                           .arg(agency));
    return q.value(0).toLongLong();
}
} // namespace

Result<Recommendations> PlanRepository::recommendations(const QString &agency,
                                                        int fiscalYear) const {
    const auto id = assessmentId(m_db, agency, fiscalYear);
    if (!id)
        return Result<Recommendations>::failure(id.error());
    QSqlQuery q(m_db.connection());
    if (QString e = run(q,
                        QStringLiteral("SELECT code, text FROM recommendations WHERE "
                                       "assessment_id = ? ORDER BY position"),
                        {*id});
        !e.isEmpty())
        return Result<Recommendations>::failure(e);
    Recommendations out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString()});
    return out;
}

QString PlanRepository::saveRecommendations(const QString &agency, int fiscalYear,
                                            const Recommendations &recommendations) {
    return m_db.transact([&]() -> QString {
        const auto id = assessmentId(m_db, agency, fiscalYear);
        if (!id)
            return id.error();
        m_db.touch(StateLedger::assessmentKey(*id));
        if (QString e = AuditLog(m_db).append(
                {{QStringLiteral("%1 %2").arg(agency).arg(fiscalYear),
                  QStringLiteral("recommendations"), QStringLiteral("set"), QString(),
                  QStringLiteral("%1 recommendations").arg(recommendations.size())}});
            !e.isEmpty())
            return e;
        QSqlQuery q(m_db.connection());
        if (QString e = run(
                q, QStringLiteral("DELETE FROM recommendations WHERE assessment_id = ?"), {*id});
            !e.isEmpty())
            return e;
        int position = 0;
        for (const Recommendation &r : recommendations)
            if (QString e = run(q,
                                QStringLiteral("INSERT INTO recommendations (assessment_id, "
                                               "position, code, text) VALUES (?, ?, ?, ?)"),
                                {*id, position++, text(r.code), r.text});
                !e.isEmpty())
                return e;
        return QString();
    });
}

QString PlanRepository::save(const Plan &plan, bool replace, const Plan *expected) {
    return m_db.transact([&]() -> QString {
        auto id = find(plan.agency, plan.fiscalYear);
        if (!id)
            return id.error();
        Plan before;
        before.agency = plan.agency;
        before.fiscalYear = plan.fiscalYear;
        if (*id != 0) {
            auto stored = load(plan.agency, plan.fiscalYear);
            if (!stored)
                return stored.error();
            before = std::move(*stored);
        }
        // Another instance on the same file may have stored the plan since this one read it.
        if (expected && *id != 0 && before != *expected)
            return Messages::tr(
                "the plan was changed by someone else since it was shown here (another "
                "window or computer on the same file); nothing was changed. The view now "
                "shows the stored plan; make the edit again if it still applies.");
        if (QString e = saveInTransaction(plan, replace); !e.isEmpty())
            return e;
        return AuditLog(m_db).append(planChanges(before, plan));
    });
}

QString PlanRepository::saveEdit(const Plan &plan, const Plan &expected,
                                 Database::Revision *revision) {
    qint64 dataVersion = -1;
    const QString error = m_db.transact([&]() -> QString {
        // Read inside the transaction, which holds the write lock: no other connection can
        // commit between this and the store.
        const Database::Revision now = m_db.revision();
        dataVersion = now.dataVersion;
        // Unchanged since the document read or stored `expected`: the stored plan is still
        // `expected`, so neither loading it nor writing what did not change is needed.
        if (revision->isValid() && now == *revision && sameShape(expected, plan)) {
            bool done = false;
            if (QString e = updateInPlace(plan, expected, &done); !e.isEmpty() || done)
                return e;
        }
        // Structural edits (measures or steps added, removed or moved; units, publications)
        // and a file changed since: the whole plan, checked against the stored one.
        return save(plan, true, &expected);
    });
    *revision = error.isEmpty() ? Database::Revision{dataVersion, m_db.revision().changes}
                                : Database::Revision();
    return error;
}

QString PlanRepository::updateInPlace(const Plan &plan, const Plan &expected, bool *done) {
    *done = false;
    QSqlQuery q(m_db.connection());
    if (QString e = run(q,
                        QStringLiteral("SELECT p.id, g.id FROM plans p JOIN agencies g ON g.id = "
                                       "p.agency_id WHERE g.name = ? AND p.fiscal_year = ?"),
                        {plan.agency.simplified(), plan.fiscalYear});
        !e.isEmpty() || !q.next())
        return e; // not stored yet: the whole plan
    const qint64 planId = q.value(0).toLongLong();
    const qint64 agencyId = q.value(1).toLongLong();
    // Units belong to the agency and load with every plan of it: a plan made before another
    // year's plan added units is not what loading it now gives. Only when they agree is
    // `expected` the stored plan to the last field (every other field reads back as written).
    const bool drafts = hasDrafts(m_db);
    if (QString e = run(q,
                        withDrafts(drafts,
                                   "SELECT id, abbreviation, name%1 FROM units WHERE agency_id = "
                                   "? ORDER BY position",
                                   ", roles"),
                        {agencyId});
        !e.isEmpty())
        return e;
    std::vector<Unit> units;
    QHash<QString, qint64> unitIds;
    while (q.next()) {
        units.push_back({q.value(1).toString(), q.value(2).toString(),
                         drafts ? draftFrom(q.value(3)) : QStringList()});
        unitIds.insert(q.value(1).toString(), q.value(0).toLongLong());
    }
    if (units != expected.units)
        return {};

    // The rows to rewrite, found before anything is written so that a missing one still
    // leaves the whole-plan path.
    struct StepEdit {
        size_t index;
        qint64 id;
    };
    struct MeasureEdit {
        size_t index;
        qint64 id;
        std::vector<StepEdit> steps;
    };
    std::vector<MeasureEdit> edits;
    for (size_t m = 0; m < plan.measures.size(); ++m) {
        const Measure &before = expected.measures[m];
        const Measure &after = plan.measures[m];
        if (before == after)
            continue;
        if (QString e = run(q,
                            QStringLiteral("SELECT id FROM measures WHERE plan_id = ? AND "
                                           "position = ?"),
                            {planId, qint64(m)});
            !e.isEmpty() || !q.next())
            return e;
        MeasureEdit edit{m, q.value(0).toLongLong(), {}};
        for (size_t s = 0; s < after.steps.size(); ++s) {
            if (before.steps[s] == after.steps[s])
                continue;
            if (QString e = run(q,
                                QStringLiteral("SELECT id FROM steps WHERE measure_id = ? AND "
                                               "position = ?"),
                                {edit.id, qint64(s)});
                !e.isEmpty() || !q.next())
                return e;
            edit.steps.push_back({s, q.value(0).toLongLong()});
        }
        edits.push_back(std::move(edit));
    }

    *done = true;
    for (const MeasureEdit &edit : edits) {
        const Measure &before = expected.measures[edit.index];
        const Measure &after = plan.measures[edit.index];
        const int number = int(edit.index) + 1;
        bool measureChanged = false;
        if (!sameOwnFields(before, after)) {
            if (QString e = run(q,
                                withDrafts(drafts,
                                           "UPDATE measures SET title = ?, reporting_cadence = "
                                           "?, reporting_to = ?, notes = ?%1 WHERE id = ?",
                                           ", draft = ?, origin = ?"),
                                measureFields(after, drafts) << edit.id);
                !e.isEmpty())
                return e;
            measureChanged = true;
        }
        if (before.codes != after.codes) {
            if (QString e = run(q, QStringLiteral("DELETE FROM measure_items WHERE measure_id = ?"),
                                {edit.id});
                !e.isEmpty())
                return e;
            if (QString e = insertItems(q, edit.id, after, number); !e.isEmpty())
                return e;
            measureChanged = true;
        }
        if (before.monitoring != after.monitoring) {
            if (QString e =
                    run(q, QStringLiteral("DELETE FROM monitoring_actions WHERE measure_id = ?"),
                        {edit.id});
                !e.isEmpty())
                return e;
            if (QString e = insertMonitoring(q, edit.id, after); !e.isEmpty())
                return e;
            measureChanged = true;
        }
        if (measureChanged)
            m_db.touch(StateLedger::planMeasureKey(agencyId, plan.fiscalYear, int(edit.index)));
        for (const StepEdit &step : edit.steps) {
            const Step &was = before.steps[step.index];
            const Step &is = after.steps[step.index];
            if (!sameOwnFields(was, is))
                if (QString e = run(q,
                                    withDrafts(drafts,
                                               "UPDATE steps SET text = ?, start_month = ?, "
                                               "end_month = ?, status = ?, percent = ?, "
                                               "actual_start = ?, actual_finish = ?%1 WHERE id = "
                                               "?",
                                               ", draft = ?"),
                                    stepFields(is, drafts) << step.id);
                    !e.isEmpty())
                    return Messages::tr("measure %1, step %2: %3")
                        .arg(number)
                        .arg(step.index + 1)
                        .arg(e);
            if (was.units != is.units) {
                if (QString e = run(q, QStringLiteral("DELETE FROM step_units WHERE step_id = ?"),
                                    {step.id});
                    !e.isEmpty())
                    return e;
                if (QString e =
                        insertStepUnits(q, step.id, is, unitIds, number, int(step.index) + 1);
                    !e.isEmpty())
                    return e;
            }
            if (was.evidence != is.evidence) {
                if (QString e =
                        run(q, QStringLiteral("DELETE FROM step_evidence WHERE step_id = ?"),
                            {step.id});
                    !e.isEmpty())
                    return e;
                if (QString e = insertEvidence(q, step.id, is); !e.isEmpty())
                    return e;
            }
            m_db.touch(StateLedger::planStepKey(agencyId, plan.fiscalYear, int(edit.index),
                                                int(step.index)));
        }
    }
    // The same records a whole-plan save makes: the stored plan is `expected`.
    return AuditLog(m_db).append(planChanges(expected, plan));
}

QString PlanRepository::saveInTransaction(const Plan &plan, bool replace) {
    QSqlQuery q(m_db.connection());
    if (QString e =
            run(q, QStringLiteral("INSERT INTO agencies (name) VALUES (?) ON CONFLICT DO NOTHING"),
                {plan.agency});
        !e.isEmpty())
        return e;
    if (QString e = run(q, QStringLiteral("SELECT id FROM agencies WHERE name = ?"), {plan.agency});
        !e.isEmpty() || !q.next())
        return e;
    const qint64 agencyId = q.value(0).toLongLong();
    m_db.touch(StateLedger::planKey(agencyId, plan.fiscalYear));
    m_db.touch(StateLedger::agencyKey(agencyId)); // its units

    if (QString e = run(q,
                        QStringLiteral("SELECT id FROM plans WHERE agency_id = ? AND fiscal_year "
                                       "= ?"),
                        {agencyId, plan.fiscalYear});
        !e.isEmpty())
        return e;
    if (q.next()) {
        if (!replace)
            return Messages::tr(
                       "\"%1\" already has a plan for fiscal year %2; nothing was stored (use "
                       "--replace to overwrite it)")
                .arg(plan.agency)
                .arg(plan.fiscalYear);
        if (QString e = run(q, QStringLiteral("DELETE FROM plans WHERE id = ?"), {q.value(0)});
            !e.isEmpty())
            return e;
    }
    if (QString e = run(q,
                        QStringLiteral("INSERT INTO plans (agency_id, fiscal_year, based_on_year) "
                                       "VALUES (?, ?, ?) RETURNING id"),
                        {agencyId, plan.fiscalYear, plan.basedOnYear});
        !e.isEmpty() || !q.next())
        return e.isEmpty() ? noId() : e;
    const qint64 planId = q.value(0).toLongLong();

    // Units belong to the agency (shared by its plans): add new ones, update names, keep order.
    const bool drafts = hasDrafts(m_db);
    QHash<QString, qint64> unitIds;
    int position = 0;
    for (const Unit &u : plan.units) {
        QVariantList values{agencyId, position++, u.abbreviation, text(u.name)};
        if (drafts)
            values << draftValue(u.roles);
        if (QString e = run(q,
                            drafts ? QStringLiteral("INSERT INTO units (agency_id, position, "
                                                    "abbreviation, name, roles) VALUES (?, ?, ?, "
                                                    "?, ?) ON CONFLICT (agency_id, abbreviation) "
                                                    "DO UPDATE SET name = excluded.name, position "
                                                    "= excluded.position, roles = excluded.roles")
                                   : QStringLiteral("INSERT INTO units (agency_id, position, "
                                                    "abbreviation, name) VALUES (?, ?, ?, ?) ON "
                                                    "CONFLICT (agency_id, abbreviation) DO UPDATE "
                                                    "SET name = excluded.name, position = "
                                                    "excluded.position"),
                            values);
            !e.isEmpty())
            return e;
    }
    if (QString e = run(q, QStringLiteral("SELECT id, abbreviation FROM units WHERE agency_id = ?"),
                        {agencyId});
        !e.isEmpty())
        return e;
    while (q.next())
        unitIds.insert(q.value(1).toString(), q.value(0).toLongLong());

    int mPos = 0;
    for (const Measure &m : plan.measures) {
        if (QString e = run(q,
                            withDrafts(drafts,
                                       "INSERT INTO measures (plan_id, position, title, "
                                       "reporting_cadence, reporting_to, notes%1) VALUES (?, ?, ?, "
                                       "?, ?, ?%2) RETURNING id",
                                       ", draft, origin")
                                .arg(drafts ? QStringLiteral(", ?, ?") : QString()),
                            QVariantList{planId, mPos++} + measureFields(m, drafts));
            !e.isEmpty() || !q.next())
            return e.isEmpty() ? noId() : e;
        const qint64 measureId = q.value(0).toLongLong();
        if (QString e = insertItems(q, measureId, m, mPos); !e.isEmpty())
            return e;
        if (QString e = insertMonitoring(q, measureId, m); !e.isEmpty())
            return e;
        int sPos = 0;
        for (const Step &s : m.steps) {
            if (QString e = run(q,
                                withDrafts(drafts,
                                           "INSERT INTO steps (measure_id, position, text, "
                                           "start_month, end_month, status, percent, "
                                           "actual_start, actual_finish%1) VALUES (?, ?, ?, ?, ?, "
                                           "?, ?, ?, ?%2) RETURNING id",
                                           ", draft")
                                    .arg(drafts ? QStringLiteral(", ?") : QString()),
                                QVariantList{measureId, sPos++} + stepFields(s, drafts));
                !e.isEmpty() || !q.next())
                return Messages::tr("measure %1, step %2: %3")
                    .arg(mPos)
                    .arg(sPos)
                    .arg(e.isEmpty() ? noId() : e);
            const qint64 stepId = q.value(0).toLongLong();
            if (QString e = insertStepUnits(q, stepId, s, unitIds, mPos, sPos); !e.isEmpty())
                return e;
            if (QString e = insertEvidence(q, stepId, s); !e.isEmpty())
                return e;
        }
    }
    int pPos = 0;
    const bool checklist = hasOitChecklist(m_db);
    for (const OitPublication &p : plan.publications) {
        if (QString e = run(q,
                            QStringLiteral("INSERT INTO oit_publications (plan_id, position, code, "
                                           "preparer, collector, frequency, url, done) VALUES (?, "
                                           "?, ?, ?, ?, ?, ?, ?)"),
                            {planId, pPos++, p.code, text(p.preparer), text(p.collector),
                             text(p.frequency), text(p.url()), p.done ? 1 : 0});
            !e.isEmpty())
            return e;
        if (!checklist)
            continue;
        if (QString e =
                run(q,
                    QStringLiteral("UPDATE oit_publications SET elements = ?, "
                                   "explanation = ? WHERE plan_id = ? AND code = ?"),
                    {text(p.elementsDone.join(u'\n')), text(p.explanation), planId, p.code});
            !e.isEmpty())
            return e;
        for (size_t i = 0; i < p.links.size(); ++i) {
            const OitLink &l = p.links[i];
            if (QString e = run(q,
                                QStringLiteral("INSERT INTO oit_links (plan_id, code, position, "
                                               "url, file, title, info_date, covers_year) VALUES "
                                               "(?, ?, ?, ?, ?, ?, ?, ?)"),
                                {planId, p.code, int(i), text(l.url), text(l.file), text(l.title),
                                 dateValue(l.infoDate), monthValue(l.coversYear)});
                !e.isEmpty())
                return Messages::tr("OIT item %1, link %2: %3").arg(p.code).arg(i + 1).arg(e);
        }
    }
    if (checklist && !plan.website.isEmpty())
        if (QString e = run(q, QStringLiteral("UPDATE plans SET website = ? WHERE id = ?"),
                            {plan.website, planId});
            !e.isEmpty())
            return e;
    return {};
}

} // namespace ita
