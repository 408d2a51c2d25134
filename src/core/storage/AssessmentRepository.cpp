#include "AssessmentRepository.h"

#include "AgencyRepository.h"
#include "AuditLog.h"

#include "Database.h"
#include "FrameworkRepository.h"
#include "RowBatch.h"
#include "StateLedger.h"
#include "analysis/Analysis.h"
#include "io/FrameworkReader.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ita {

namespace {

/// This file's messages, under one context for lupdate and the program alike.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::AssessmentRepository)
};

QVariant scoreValue(const std::optional<Score> &s) {
    return s ? QVariant(s->hundredths()) : QVariant(QMetaType(QMetaType::LongLong));
}

/// Qt binds a null QString as SQL NULL; text columns here are NOT NULL DEFAULT ''.
QVariant textValue(const QString &text) {
    return text.isNull() ? QVariant(QString(u""_qs)) : QVariant(text);
}

std::optional<Score> scoreFrom(const QVariant &v) {
    if (v.isNull())
        return std::nullopt;
    return Score::fromHundredths(v.toLongLong());
}

/// "สำนักงาน กกพ. 2564": how the audit trail names an assessment.
QString scopeOf(QSqlQuery &q, qint64 assessmentId) {
    q.prepare(QStringLiteral("SELECT g.name, a.fiscal_year FROM assessments a JOIN agencies g "
                             "ON g.id = a.agency_id WHERE a.id = ?"));
    q.addBindValue(assessmentId);
    if (!q.exec() || !q.next())
        return QStringLiteral("assessment %1").arg(assessmentId);
    return QStringLiteral("%1 %2").arg(q.value(0).toString()).arg(q.value(1).toInt());
}

QString scoreText(const std::optional<Score> &s) {
    return s ? s->toString() : QString();
}

} // namespace

Result<std::vector<AssessmentSummary>> AssessmentRepository::list() const {
    return listWhere({}, {});
}

Result<std::vector<AssessmentSummary>> AssessmentRepository::list(const QString &agency) const {
    return listWhere(QStringLiteral("WHERE g.name = ?"), {agency.simplified()});
}

Result<std::vector<AssessmentSummary>>
AssessmentRepository::listWhere(const QString &where, const QVariantList &values) const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true); // read once in order: Qt need not keep every row (41,500 nationally)
    q.prepare(QStringLiteral("SELECT a.id, g.name, a.fiscal_year, a.framework_id, %1 "
                             "FROM assessments a JOIN agencies g ON g.id = a.agency_id %2 "
                             "ORDER BY g.name, a.fiscal_year")
                  .arg(AgencyRepository::attributeColumns(m_db, QStringLiteral("g")), where));
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        return Result<std::vector<AssessmentSummary>>::failure(q.lastError().text());
    std::vector<AssessmentSummary> list;
    while (q.next())
        list.push_back({q.value(0).toLongLong(),
                        q.value(1).toString(),
                        q.value(2).toInt(),
                        q.value(3).toString(),
                        {q.value(4).toString(), q.value(5).toString(), q.value(6).toString()}});
    return list;
}

Result<qint64> AssessmentRepository::count() const {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM assessments")) || !q.next())
        return Result<qint64>::failure(q.lastError().text());
    return q.value(0).toLongLong();
}

Result<std::vector<int>> AssessmentRepository::fiscalYears() const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // From the newest down, one index probe per year ("SELECT DISTINCT" reads every row of
    // the index: 41,500 in a national file, for five years).
    if (!q.exec(QStringLiteral(
            "WITH RECURSIVE y(v) AS (SELECT max(fiscal_year) FROM assessments UNION ALL "
            "SELECT (SELECT max(fiscal_year) FROM assessments WHERE fiscal_year < v) FROM y "
            "WHERE v IS NOT NULL) SELECT v FROM y WHERE v IS NOT NULL")))
        return Result<std::vector<int>>::failure(q.lastError().text());
    std::vector<int> years;
    while (q.next())
        years.push_back(q.value(0).toInt());
    return years;
}

Result<qint64> AssessmentRepository::last() const {
    QSqlQuery q(m_db.connection());
    // The last agency that has an assessment, down the name index, then its newest year: the
    // join with one ORDER BY over both sorts every assessment to keep one.
    if (!q.exec(QStringLiteral(
            "SELECT a.id FROM assessments a WHERE a.agency_id = (SELECT g.id FROM agencies g "
            "WHERE EXISTS (SELECT 1 FROM assessments x WHERE x.agency_id = g.id) "
            "ORDER BY g.name DESC LIMIT 1) ORDER BY a.fiscal_year DESC LIMIT 1")))
        return Result<qint64>::failure(q.lastError().text());
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<qint64> AssessmentRepository::find(const QString &agency, int fiscalYear) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT a.id FROM assessments a JOIN agencies g ON g.id = "
                             "a.agency_id WHERE g.name = ? AND a.fiscal_year = ?"));
    q.addBindValue(agency.simplified());
    q.addBindValue(fiscalYear);
    if (!q.exec())
        return Result<qint64>::failure(q.lastError().text());
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<Assessment> AssessmentRepository::load(const QString &agency, int fiscalYear) const {
    const auto id = find(agency, fiscalYear);
    if (!id)
        return Result<Assessment>::failure(id.error());
    if (*id == 0)
        return Result<Assessment>::failure(
            Messages::tr("%1 holds no fiscal year %2 for \"%3\" (see the list command)")
                .arg(m_db.path())
                .arg(fiscalYear)
                .arg(agency));
    return load(*id);
}

Result<Assessment> AssessmentRepository::load(qint64 id) const {
    auto a = loadScores(id);
    if (!a)
        return a;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM assessments a JOIN agencies g ON g.id = a.agency_id "
                             "WHERE a.id = ?")
                  .arg(AgencyRepository::attributeColumns(m_db, QStringLiteral("g"))));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return Result<Assessment>::failure(q.lastError().text());
    a->attributes = {q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    return a;
}

// Without the agency's attributes: the migrations before schema 9 refresh computed scores
// through this, on files whose agencies have no such columns yet.
Result<Assessment> AssessmentRepository::loadScores(qint64 id) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT g.name, a.fiscal_year, a.framework_id, a.fixed_threshold, "
                             "a.maintain_threshold FROM assessments a JOIN agencies g ON g.id = "
                             "a.agency_id WHERE a.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return Result<Assessment>::failure(q.lastError().isValid()
                                               ? q.lastError().text()
                                               : Messages::tr("no assessment with id %1").arg(id));
    Assessment a;
    a.agency = q.value(0).toString();
    a.fiscalYear = q.value(1).toInt();
    a.frameworkId = q.value(2).toString();
    a.fixedThreshold = scoreFrom(q.value(3));
    a.maintainThreshold = scoreFrom(q.value(4));

    QSqlQuery nodes(m_db.connection());
    nodes.prepare(QStringLiteral("SELECT code, title, stated_score, stated_grade FROM "
                                 "score_nodes WHERE assessment_id = ? ORDER BY position"));
    nodes.addBindValue(id);
    if (!nodes.exec())
        return Result<Assessment>::failure(nodes.lastError().text());
    while (nodes.next()) {
        ScoreEntry e;
        e.code = nodes.value(0).toString();
        e.title = nodes.value(1).toString();
        e.stated = scoreFrom(nodes.value(2));
        e.statedGrade = nodes.value(3).toString();
        a.entries.push_back(e);
    }
    return a;
}

Result<Framework> AssessmentRepository::framework(const QString &id) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT definition FROM frameworks WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return FrameworkRepository::readStored(m_db, id, q.value(0).toString().toUtf8(), true);
    if (const Framework *fw = FrameworkRegistry::builtIn().byId(id))
        return *fw;
    return Result<Framework>::failure(
        Messages::tr("%1: framework \"%2\" is neither stored in the file "
                     "nor built in")
            .arg(m_db.path(), id));
}

QString AssessmentRepository::save(const std::vector<Assessment> &assessments,
                                   const FrameworkRegistry &registry, bool replace) {
    return m_db.transact([&]() -> QString {
        for (const auto &a : assessments) {
            const Framework *fw = registry.byId(a.frameworkId);
            if (!fw)
                return Messages::tr("unknown framework \"%1\"").arg(a.frameworkId);
            if (QString e = saveOne(a, *fw, registry.definition(fw->id), replace); !e.isEmpty())
                return e;
            int scored = 0;
            for (const auto &e : a.entries)
                scored += e.stated.has_value();
            if (QString e = AuditLog(m_db).append(
                    {{QStringLiteral("%1 %2").arg(a.agency).arg(a.fiscalYear),
                      QStringLiteral("assessment"),
                      a.entries.empty() ? QStringLiteral("created") : QStringLiteral("import"),
                      QString(),
                      QStringLiteral("%1 lines, %2 scores, framework %3")
                          .arg(a.entries.size())
                          .arg(scored)
                          .arg(a.frameworkId)}});
                !e.isEmpty())
                return e;
        }
        return QString();
    });
}

QString AssessmentRepository::saveOne(const Assessment &a, const Framework &fw,
                                      const QByteArray &definition, bool replace) {
    QSqlDatabase db = m_db.connection();
    QSqlQuery q;

    q = m_db.prepared(QStringLiteral("INSERT INTO frameworks (id, definition) VALUES (?, ?) "
                                     "ON CONFLICT DO NOTHING"));
    q.addBindValue(fw.id);
    q.addBindValue(QString::fromUtf8(definition));
    if (!q.exec())
        return q.lastError().text();

    q = m_db.prepared(
        QStringLiteral("INSERT INTO agencies (name) VALUES (?) ON CONFLICT DO NOTHING"));
    q.addBindValue(a.agency);
    if (!q.exec())
        return q.lastError().text();
    q = m_db.prepared(QStringLiteral("SELECT id FROM agencies WHERE name = ?"));
    q.addBindValue(a.agency);
    if (!q.exec() || !q.next())
        return q.lastError().text();
    const qint64 agencyId = q.value(0).toLongLong();
    if (!a.attributes.isEmpty())
        if (QString e = AgencyRepository(m_db).setAttributes(a.agency, a.attributes,
                                                             AgencyRepository::Empty::Keeps);
            !e.isEmpty())
            return e;

    q = m_db.prepared(
        QStringLiteral("SELECT id FROM assessments WHERE agency_id = ? AND fiscal_year = ?"));
    q.addBindValue(agencyId);
    q.addBindValue(a.fiscalYear);
    if (!q.exec())
        return q.lastError().text();
    qint64 assessmentId = 0;
    if (q.next()) {
        if (!replace)
            return Messages::tr(
                       "\"%1\" already has fiscal year %2 in %3; nothing was imported (use "
                       "--replace to overwrite it)")
                .arg(a.agency)
                .arg(a.fiscalYear)
                .arg(m_db.path());
        // Keep the assessment's row (and its id, which plans will refer to); renew its scores.
        assessmentId = q.value(0).toLongLong();
        q = m_db.prepared(
            QStringLiteral("UPDATE assessments SET framework_id = ?, fixed_threshold = ?, "
                           "maintain_threshold = ? WHERE id = ?"));
        q.addBindValue(fw.id);
        q.addBindValue(scoreValue(a.fixedThreshold));
        q.addBindValue(scoreValue(a.maintainThreshold));
        q.addBindValue(assessmentId);
        if (!q.exec())
            return q.lastError().text();
        q = m_db.prepared(QStringLiteral("DELETE FROM score_nodes WHERE assessment_id = ?"));
        q.addBindValue(assessmentId);
        if (!q.exec())
            return q.lastError().text();
    } else {
        q = m_db.prepared(
            QStringLiteral("INSERT INTO assessments (agency_id, fiscal_year, framework_id, "
                           "fixed_threshold, maintain_threshold) VALUES (?, ?, ?, ?, ?) "
                           "RETURNING id"));
        q.addBindValue(agencyId);
        q.addBindValue(a.fiscalYear);
        q.addBindValue(fw.id);
        q.addBindValue(scoreValue(a.fixedThreshold));
        q.addBindValue(scoreValue(a.maintainThreshold));
        if (!q.exec())
            return q.lastError().text();
        if (!q.next())
            return QStringLiteral("the database returned no id for a new assessment");
        assessmentId = q.value(0).toLongLong();
    }
    m_db.touch(StateLedger::assessmentKey(assessmentId));
    m_db.touch(StateLedger::agencyKey(agencyId));
    m_db.touch(StateLedger::frameworkKey(fw.id));

    const Analysis analysis = analyse(fw, a);
    RowBatch insert(db,
                    QStringLiteral("INSERT INTO score_nodes (assessment_id, position, code, title, "
                                   "stated_score, stated_grade, computed_score)"),
                    7);
    int position = 0;
    for (const auto &e : a.entries) {
        const NodeResult *node = analysis.find(e.code);
        if (QString error = insert.add({assessmentId, position++, e.code, textValue(e.title),
                                        scoreValue(e.stated), textValue(e.statedGrade),
                                        scoreValue(node ? node->computed : std::nullopt)});
            !error.isEmpty())
            return Messages::tr("%1 %2: %3").arg(a.agency).arg(a.fiscalYear).arg(error);
    }
    if (QString error = insert.flush(); !error.isEmpty())
        return Messages::tr("%1 %2: %3").arg(a.agency).arg(a.fiscalYear).arg(error);
    return {};
}

QString AssessmentRepository::applyEntryChanges(qint64 assessmentId, const EntryChanges &changes,
                                                bool reverse) {
    return m_db.transact([&]() -> QString {
        m_db.touch(StateLedger::assessmentKey(assessmentId));
        QSqlQuery q(m_db.connection());
        const QString scope = scopeOf(q, assessmentId);
        std::vector<AuditChange> audit;
        // The row must still be what this edit was made against: another instance on the
        // same file may have changed it since. Then the edit is refused, not applied over it.
        const auto check = [&](const EntryChange &c) -> QString {
            const std::optional<ScoreEntry> &expected = reverse ? c.after : c.before;
            q.prepare(QStringLiteral("SELECT title, stated_score, stated_grade FROM score_nodes "
                                     "WHERE assessment_id = ? AND code = ?"));
            q.addBindValue(assessmentId);
            q.addBindValue(c.code);
            if (!q.exec())
                return q.lastError().text();
            const bool exists = q.next();
            bool same = exists == expected.has_value();
            if (same && exists)
                same = q.value(0).toString() == expected->title &&
                       scoreFrom(q.value(1)) == expected->stated &&
                       q.value(2).toString() == expected->statedGrade;
            if (!same)
                return Messages::tr(
                           "%1 was changed by someone else since it was shown here (another "
                           "window or computer on the same file); nothing was changed. The view "
                           "now shows the stored value; make the edit again if it still applies.")
                    .arg(c.code);
            return {};
        };
        const auto apply = [&](const EntryChange &c) -> QString {
            if (QString e = check(c); !e.isEmpty())
                return e;
            const std::optional<ScoreEntry> &from = reverse ? c.after : c.before;
            const std::optional<ScoreEntry> &target = reverse ? c.before : c.after;
            const ScoreEntry none;
            const ScoreEntry &a = from ? *from : none;
            const ScoreEntry &b = target ? *target : none;
            if (!from)
                audit.push_back({scope, c.code, QStringLiteral("added"), QString(), QString()});
            if (!target)
                audit.push_back({scope, c.code, QStringLiteral("removed"), QString(), QString()});
            if (scoreText(a.stated) != scoreText(b.stated))
                audit.push_back({scope, c.code, QStringLiteral("score"), scoreText(a.stated),
                                 scoreText(b.stated)});
            if (a.statedGrade != b.statedGrade)
                audit.push_back(
                    {scope, c.code, QStringLiteral("grade"), a.statedGrade, b.statedGrade});
            if (a.title != b.title)
                audit.push_back({scope, c.code, QStringLiteral("title"), a.title, b.title});
            if (!target) {
                q.prepare(
                    QStringLiteral("DELETE FROM score_nodes WHERE assessment_id = ? AND code = ?"));
                q.addBindValue(assessmentId);
                q.addBindValue(c.code);
                return q.exec() ? QString() : q.lastError().text();
            }
            q.prepare(QStringLiteral(
                "INSERT INTO score_nodes (assessment_id, position, code, title, stated_score, "
                "stated_grade) VALUES (?, (SELECT coalesce(max(position), -1) + 1 FROM "
                "score_nodes WHERE assessment_id = ?), ?, ?, ?, ?) "
                "ON CONFLICT (assessment_id, code) DO UPDATE SET title = excluded.title, "
                "stated_score = excluded.stated_score, stated_grade = excluded.stated_grade"));
            q.addBindValue(assessmentId);
            q.addBindValue(assessmentId);
            q.addBindValue(target->code);
            q.addBindValue(textValue(target->title));
            q.addBindValue(scoreValue(target->stated));
            q.addBindValue(textValue(target->statedGrade));
            return q.exec() ? QString() : q.lastError().text();
        };
        if (reverse) {
            for (auto it = changes.rbegin(); it != changes.rend(); ++it)
                if (QString e = apply(*it); !e.isEmpty())
                    return e;
        } else {
            for (const auto &c : changes)
                if (QString e = apply(c); !e.isEmpty())
                    return e;
        }
        if (QString e = AuditLog(m_db).append(audit); !e.isEmpty())
            return e;
        return refreshComputed(assessmentId);
    });
}

QString AssessmentRepository::setThresholds(qint64 assessmentId, std::optional<Score> fixed,
                                            std::optional<Score> maintain) {
    return m_db.transact([&]() -> QString {
        m_db.touch(StateLedger::assessmentKey(assessmentId));
        QSqlQuery q(m_db.connection());
        const QString scope = scopeOf(q, assessmentId);
        q.prepare(QStringLiteral("SELECT fixed_threshold, maintain_threshold FROM assessments "
                                 "WHERE id = ?"));
        q.addBindValue(assessmentId);
        if (!q.exec())
            return q.lastError().text();
        if (q.next()) {
            const auto text = [](const std::optional<Score> &f, const std::optional<Score> &m) {
                return QStringLiteral("fixed %1, maintain %2")
                    .arg(f ? f->toString() : QStringLiteral("default"),
                         m ? m->toString() : QStringLiteral("overall"));
            };
            const QString before = text(scoreFrom(q.value(0)), scoreFrom(q.value(1)));
            const QString after = text(fixed, maintain);
            if (before != after)
                if (QString e = AuditLog(m_db).append({{scope, QStringLiteral("thresholds"),
                                                        QStringLiteral("set"), before, after}});
                    !e.isEmpty())
                    return e;
        }
        q.prepare(QStringLiteral("UPDATE assessments SET fixed_threshold = ?, maintain_threshold "
                                 "= ? WHERE id = ?"));
        q.addBindValue(scoreValue(fixed));
        q.addBindValue(scoreValue(maintain));
        q.addBindValue(assessmentId);
        if (!q.exec())
            return q.lastError().text();
        return q.numRowsAffected() == 1
                   ? QString()
                   : Messages::tr("no assessment with id %1").arg(assessmentId);
    });
}

Result<qint64> AssessmentRepository::create(const QString &agency, int fiscalYear,
                                            const QString &frameworkId,
                                            const FrameworkRegistry &registry) {
    Assessment a;
    a.agency = agency.simplified();
    a.fiscalYear = fiscalYear;
    a.frameworkId = frameworkId;
    if (a.agency.isEmpty())
        return Result<qint64>::failure(Messages::tr("the agency needs a name"));
    if (QString e = save({a}, registry, false); !e.isEmpty())
        return Result<qint64>::failure(e);
    return find(a.agency, fiscalYear);
}

QString AssessmentRepository::refreshComputed(qint64 assessmentId) {
    auto a = loadScores(assessmentId);
    if (!a)
        return a.error();
    auto fw = framework(a->frameworkId);
    if (!fw)
        return fw.error();
    const Analysis analysis = analyse(*fw, *a);
    QSqlQuery update(m_db.connection());
    update.prepare(QStringLiteral(
        "UPDATE score_nodes SET computed_score = ? WHERE assessment_id = ? AND code = ?"));
    for (const auto &e : a->entries) {
        const NodeResult *node = analysis.find(e.code);
        update.bindValue(0, scoreValue(node ? node->computed : std::nullopt));
        update.bindValue(1, assessmentId);
        update.bindValue(2, e.code);
        if (!update.exec())
            return update.lastError().text();
    }
    return {};
}

QString AssessmentRepository::refreshComputedOf(const QString &frameworkId) {
    return refreshComputedWhere(QStringLiteral(" WHERE framework_id = ?"), {frameworkId});
}

QString AssessmentRepository::refreshAllComputed() {
    return refreshComputedWhere(QString(), {});
}

QString AssessmentRepository::refreshComputedWhere(const QString &where,
                                                   const QVariantList &values) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM assessments") + where);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return q.lastError().text();
    std::vector<qint64> ids; // read whole first: the updates go through the same connection
    while (q.next())
        ids.push_back(q.value(0).toLongLong());
    for (qint64 id : ids)
        if (QString e = refreshComputed(id); !e.isEmpty())
            return e;
    return {};
}

} // namespace ita
