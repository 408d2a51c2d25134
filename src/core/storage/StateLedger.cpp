#include "StateLedger.h"

#include "RowBatch.h"

#include "Database.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <functional>
#include <map>
#include <span>

namespace ita {

namespace {

/// The queries that read one key's rows: the first column labels the row, the others are its
/// content. `?` is bound to the key's arguments, in order, once per `?`.
struct Source {
    const char *sql;
    /// Which part of a plan the rows belong to (StateLedger::planMeasureKey, planStepKey);
    /// the rows of a part are the source's narrowed to one measure position (and step
    /// position), which such sources end ready for.
    enum class Part { Whole, Measure, Step } part = Part::Whole;
    int since = 8; ///< the schema that has its columns: migrations seal older files
};

const Source kAssessment[] = {
    {"SELECT 'assessment', fiscal_year, framework_id, fixed_threshold, maintain_threshold "
     "FROM assessments WHERE id = ?"},
    {"SELECT code, position, title, stated_score, stated_grade FROM score_nodes "
     "WHERE assessment_id = ?"},
    {"SELECT 'recommendation ' || position, code, text FROM recommendations "
     "WHERE assessment_id = ?"},
    {"SELECT 'text ' || key, text FROM report_texts WHERE assessment_id = ?"},
};

const Source kAgency[] = {
    {"SELECT 'agency', name, full_name FROM agencies WHERE id = ?"},
    {"SELECT 'attributes', province, agency_group, parent FROM agencies WHERE id = ?",
     Source::Part::Whole, 9},
    {"SELECT 'unit ' || abbreviation, position, name FROM units WHERE agency_id = ?"},
};

// A plan is found by agency and year: saving a plan stores it anew under a new id.
#define ITA_PLAN_MEASURES                                                                          \
    "FROM measures m JOIN plans p ON p.id = m.plan_id WHERE p.agency_id = ? AND p.fiscal_year = ?"
const Source kPlan[] = {
    {"SELECT 'plan', based_on_year FROM plans WHERE agency_id = ? AND fiscal_year = ?"},
    {"SELECT 'measure ' || m.position, m.title, m.reporting_cadence, m.reporting_to, "
     "m.notes " ITA_PLAN_MEASURES,
     Source::Part::Measure},
    {"SELECT 'measure ' || m.position || ' item ' || i.code, i.position FROM measure_items i "
     "JOIN measures m ON m.id = i.measure_id JOIN plans p ON p.id = m.plan_id "
     "WHERE p.agency_id = ? AND p.fiscal_year = ?",
     Source::Part::Measure},
    {"SELECT 'measure ' || m.position || ' monitoring ' || a.position, a.text "
     "FROM monitoring_actions a JOIN measures m ON m.id = a.measure_id "
     "JOIN plans p ON p.id = m.plan_id WHERE p.agency_id = ? AND p.fiscal_year = ?",
     Source::Part::Measure},
    {"SELECT 'measure ' || m.position || ' step ' || s.position, s.text, s.start_month, "
     "s.end_month, s.status, s.percent, s.actual_start, s.actual_finish FROM steps s "
     "JOIN measures m ON m.id = s.measure_id JOIN plans p ON p.id = m.plan_id "
     "WHERE p.agency_id = ? AND p.fiscal_year = ?",
     Source::Part::Step},
    {"SELECT 'measure ' || m.position || ' step ' || s.position || ' unit ' || u.abbreviation, "
     "su.position FROM step_units su JOIN units u ON u.id = su.unit_id "
     "JOIN steps s ON s.id = su.step_id JOIN measures m ON m.id = s.measure_id "
     "JOIN plans p ON p.id = m.plan_id WHERE p.agency_id = ? AND p.fiscal_year = ?",
     Source::Part::Step},
    {"SELECT 'measure ' || m.position || ' step ' || s.position || ' evidence ' || e.position, "
     "e.url FROM step_evidence e JOIN steps s ON s.id = e.step_id "
     "JOIN measures m ON m.id = s.measure_id JOIN plans p ON p.id = m.plan_id "
     "WHERE p.agency_id = ? AND p.fiscal_year = ?",
     Source::Part::Step},
    {"SELECT 'publication ' || o.code, o.position, o.preparer, o.collector, o.frequency, o.url, "
     "o.done FROM oit_publications o JOIN plans p ON p.id = o.plan_id "
     "WHERE p.agency_id = ? AND p.fiscal_year = ?"},
};
#undef ITA_PLAN_MEASURES

const Source kFramework[] = {
    {"SELECT 'definition', definition FROM frameworks WHERE id = ?"},
};

QByteArray digestOf(const QSqlQuery &q) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const int columns = q.record().count();
    for (int c = 1; c < columns; ++c) {
        const QVariant v = q.value(c);
        // A null and an empty text differ; fields are separated so that none runs into the
        // next.
        hash.addData(v.isNull() ? QByteArrayView("\x01") : QByteArrayView(v.toString().toUtf8()));
        hash.addData(QByteArrayView("\x1f"));
    }
    return hash.result().toHex();
}

struct KeyParts {
    QString kind;
    QStringList args;
};

KeyParts parts(const QString &key) {
    const QStringList words = key.split(u' ');
    return {words.value(0), words.mid(1)};
}

} // namespace

QString StateLedger::assessmentKey(qint64 id) {
    return QStringLiteral("assessment %1").arg(id);
}

QString StateLedger::planKey(qint64 agencyId, int fiscalYear) {
    return QStringLiteral("plan %1 %2").arg(agencyId).arg(fiscalYear);
}

QString StateLedger::agencyKey(qint64 id) {
    return QStringLiteral("agency %1").arg(id);
}

QString StateLedger::frameworkKey(const QString &id) {
    return QStringLiteral("framework %1").arg(id);
}

QString StateLedger::planMeasureKey(qint64 agencyId, int fiscalYear, int measure) {
    return QStringLiteral("%1 measure %2").arg(planKey(agencyId, fiscalYear)).arg(measure);
}

QString StateLedger::planStepKey(qint64 agencyId, int fiscalYear, int measure, int step) {
    return QStringLiteral("%1 step %2")
        .arg(planMeasureKey(agencyId, fiscalYear, measure))
        .arg(step);
}

Result<std::vector<StateLedger::Row>> StateLedger::rowsOf(const QString &key) const {
    using R = Result<std::vector<Row>>;
    const KeyParts p = parts(key);
    std::span<const Source> sources;
    if (p.kind == u"assessment")
        sources = kAssessment;
    else if (p.kind == u"agency")
        sources = kAgency;
    else if (p.kind == u"plan")
        sources = kPlan;
    else if (p.kind == u"framework")
        sources = kFramework;
    else
        return R::failure(QStringLiteral("unknown ledger key \"%1\"").arg(key));
    std::vector<Row> rows;
    for (const Source &source : sources) {
        if (source.since > m_schema)
            continue;
        QSqlQuery q = m_db.prepared(QString::fromUtf8(source.sql));
        // A framework id may hold spaces: everything after the kind is its one argument.
        if (p.kind == u"framework")
            q.addBindValue(p.args.join(u' '));
        else
            for (const QString &a : p.args)
                q.addBindValue(a.toLongLong());
        if (!q.exec())
            return R::failure(q.lastError().text());
        while (q.next())
            rows.push_back({q.value(0).toString(), digestOf(q)});
    }
    return rows;
}

Result<QStringList> StateLedger::allKeys() const {
    QStringList keys;
    const std::pair<const char *, std::function<QString(const QSqlQuery &)>> lists[] = {
        {"SELECT id FROM assessments",
         [](const QSqlQuery &q) {
             return assessmentKey(q.value(0).toLongLong());
         }},
        {"SELECT id FROM agencies",
         [](const QSqlQuery &q) {
             return agencyKey(q.value(0).toLongLong());
         }},
        {"SELECT agency_id, fiscal_year FROM plans",
         [](const QSqlQuery &q) {
             return planKey(q.value(0).toLongLong(), q.value(1).toInt());
         }},
        {"SELECT id FROM frameworks",
         [](const QSqlQuery &q) {
             return frameworkKey(q.value(0).toString());
         }},
    };
    for (const auto &[sql, key] : lists) {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QString::fromUtf8(sql)))
            return Result<QStringList>::failure(q.lastError().text());
        while (q.next())
            keys << key(q);
    }
    return keys;
}

QString StateLedger::seal(const QSet<QString> &keys) {
    QSqlQuery remove = m_db.prepared(QStringLiteral("DELETE FROM state_ledger WHERE key = ?"));
    RowBatch insert(m_db.connection(),
                    QStringLiteral("INSERT INTO state_ledger (key, row, digest)"), 3);
    for (const QString &key : keys) {
        if (const KeyParts p = parts(key); p.kind == u"plan" && p.args.size() > 2) {
            // A part of a plan: nothing to do when the whole plan is sealed anyway.
            if (keys.contains(planKey(p.args[0].toLongLong(), p.args[1].toInt())))
                continue;
            if (QString e = sealPart(key); !e.isEmpty())
                return e;
            continue;
        }
        remove.addBindValue(key);
        if (!remove.exec())
            return remove.lastError().text();
        auto rows = rowsOf(key);
        if (!rows)
            return rows.error();
        // Rows still pending belong to keys already cleared; a later DELETE is another key's.
        for (const Row &row : *rows)
            if (QString e = insert.add({key, row.label, QString::fromLatin1(row.digest)});
                !e.isEmpty())
                return e;
    }
    return insert.flush();
}

QString StateLedger::sealPart(const QString &key) {
    // "plan <agency> <year> measure <m>" or "plan <agency> <year> measure <m> step <s>"
    const KeyParts p = parts(key);
    const bool step = p.args.size() == 6;
    if ((p.args.size() != 4 && !step) || p.args[2] != u"measure" || (step && p.args[4] != u"step"))
        return QStringLiteral("unknown ledger key \"%1\"").arg(key);
    const QString whole = planKey(p.args[0].toLongLong(), p.args[1].toInt());
    QVariantList values{p.args[0].toLongLong(), p.args[1].toLongLong(), p.args[3].toLongLong()};
    QString label = QStringLiteral("measure %1").arg(p.args[3]);
    if (step) {
        values << p.args[5].toLongLong();
        label += QStringLiteral(" step %1").arg(p.args[5]);
    }
    // The part's own row and its children's ("measure 0 item E1", "measure 0 step 3 unit X");
    // a measure's steps are not its children here, they are parts of their own.
    const QStringList children =
        step ? QStringList{QStringLiteral(" unit "), QStringLiteral(" evidence ")}
             : QStringList{QStringLiteral(" item "), QStringLiteral(" monitoring ")};
    QSqlQuery remove(m_db.connection());
    remove.prepare(QStringLiteral("DELETE FROM state_ledger WHERE key = ? AND (row = ? OR "
                                  "substr(row, 1, ?) = ? OR substr(row, 1, ?) = ?)"));
    remove.addBindValue(whole);
    remove.addBindValue(label);
    for (const QString &child : children) {
        remove.addBindValue(int(label.size() + child.size()));
        remove.addBindValue(label + child);
    }
    if (!remove.exec())
        return remove.lastError().text();

    const Source::Part part = step ? Source::Part::Step : Source::Part::Measure;
    const QString narrow = step ? QStringLiteral(" AND m.position = ? AND s.position = ?")
                                : QStringLiteral(" AND m.position = ?");
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT INTO state_ledger (key, row, digest) VALUES (?, ?, ?)"));
    for (const Source &source : kPlan) {
        if (source.part != part)
            continue;
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QString::fromUtf8(source.sql) + narrow);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            return q.lastError().text();
        // Read to the end before writing: on a server a forward-only result streams, and
        // another statement on the connection would cut it off.
        std::vector<std::pair<QString, QString>> rows;
        while (q.next())
            rows.emplace_back(q.value(0).toString(), QString::fromLatin1(digestOf(q)));
        for (const auto &[row, digest] : rows) {
            insert.addBindValue(whole);
            insert.addBindValue(row);
            insert.addBindValue(digest);
            if (!insert.exec())
                return insert.lastError().text();
        }
    }
    return {};
}

QString StateLedger::sealAll() {
    if (QString e = m_db.exec(QStringLiteral("DELETE FROM state_ledger")); !e.isEmpty())
        return e;
    auto keys = allKeys();
    if (!keys)
        return keys.error();
    return seal(QSet<QString>(keys->begin(), keys->end()));
}

QString StateLedger::whereOf(const QString &key) const {
    const KeyParts p = parts(key);
    QSqlQuery q(m_db.connection());
    if (p.kind == u"assessment") {
        q.prepare(QStringLiteral("SELECT g.name, a.fiscal_year FROM assessments a JOIN agencies g "
                                 "ON g.id = a.agency_id WHERE a.id = ?"));
        q.addBindValue(p.args.value(0).toLongLong());
        if (q.exec() && q.next())
            return QStringLiteral("%1 %2").arg(q.value(0).toString()).arg(q.value(1).toInt());
    } else if (p.kind == u"plan") {
        q.prepare(QStringLiteral("SELECT name FROM agencies WHERE id = ?"));
        q.addBindValue(p.args.value(0).toLongLong());
        if (q.exec() && q.next())
            return QStringLiteral("%1 plan %2").arg(q.value(0).toString(), p.args.value(1));
    } else if (p.kind == u"agency") {
        q.prepare(QStringLiteral("SELECT name FROM agencies WHERE id = ?"));
        q.addBindValue(p.args.value(0).toLongLong());
        if (q.exec() && q.next())
            return q.value(0).toString();
    } else if (p.kind == u"framework") {
        return key;
    }
    return key; // gone: the key is all there is to name
}

Result<std::vector<StateLedger::Mismatch>> StateLedger::verify() const {
    using R = Result<std::vector<Mismatch>>;
    std::map<QString, std::map<QString, QByteArray>> sealed;
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT key, row, digest FROM state_ledger")))
            return R::failure(q.lastError().text());
        while (q.next())
            sealed[q.value(0).toString()][q.value(1).toString()] = q.value(2).toString().toLatin1();
    }
    auto keys = allKeys();
    if (!keys)
        return R::failure(keys.error());
    std::vector<Mismatch> out;
    for (const QString &key : *keys) {
        auto rows = rowsOf(key);
        if (!rows)
            return R::failure(rows.error());
        std::map<QString, QByteArray> expected = sealed[key];
        sealed.erase(key);
        for (const Row &row : *rows) {
            const auto it = expected.find(row.label);
            if (it == expected.end())
                out.push_back({whereOf(key), row.label, Mismatch::Kind::Added});
            else if (it->second != row.digest)
                out.push_back({whereOf(key), row.label, Mismatch::Kind::Changed});
            if (it != expected.end())
                expected.erase(it);
        }
        for (const auto &[label, digest] : expected)
            out.push_back({whereOf(key), label, Mismatch::Kind::Removed});
    }
    for (const auto &[key, rows] : sealed) // whole keys removed outside the program
        for (const auto &[label, digest] : rows)
            out.push_back({key, label, Mismatch::Kind::Removed});
    return out;
}

QString StateLedger::Mismatch::text() const {
    switch (kind) {
    case Kind::Changed:
        return StateLedger::tr("%1, %2: changed outside ITA Planner").arg(where, row);
    case Kind::Added:
        return StateLedger::tr("%1, %2: added outside ITA Planner").arg(where, row);
    case Kind::Removed:
        return StateLedger::tr("%1, %2: removed outside ITA Planner").arg(where, row);
    }
    return {};
}

} // namespace ita
