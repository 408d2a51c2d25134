#include "Migrations.h"

#include "AssessmentRepository.h"
#include "Database.h"
#include "StateLedger.h"
#include "io/FrameworkReader.h"
#include "io/FrameworkWriter.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ita {

namespace {

QString runAll(Database &db, std::initializer_list<const char *> statements) {
    for (const char *sql : statements)
        if (QString e = db.exec(db.ddl(QString::fromUtf8(sql))); !e.isEmpty())
            return e;
    return {};
}

QString toVersion1(Database &db) {
    return runAll(db, {
                          R"(CREATE TABLE agencies (
               id   INTEGER PRIMARY KEY,
               name TEXT NOT NULL UNIQUE))",
                          R"(CREATE TABLE assessments (
               id           INTEGER PRIMARY KEY,
               agency_id    INTEGER NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
               fiscal_year  INTEGER NOT NULL,
               framework_id TEXT NOT NULL,
               imported_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
               UNIQUE (agency_id, fiscal_year)))",
                          R"(CREATE TABLE score_nodes (
               id            INTEGER PRIMARY KEY,
               assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
               position      INTEGER NOT NULL,
               code          TEXT NOT NULL,
               title         TEXT NOT NULL DEFAULT '',
               stated_score  INTEGER CHECK (stated_score BETWEEN 0 AND 10000),
               stated_grade  TEXT NOT NULL DEFAULT '',
               UNIQUE (assessment_id, code)))",
                      });
}

QString toVersion2(Database &db) {
    if (QString e = runAll(db,
                           {
                               R"(CREATE TABLE frameworks (
                   id         TEXT PRIMARY KEY,
                   definition TEXT NOT NULL))",
                               "ALTER TABLE assessments ADD COLUMN fixed_threshold INTEGER "
                               "CHECK (fixed_threshold BETWEEN 0 AND 10000)",
                               "ALTER TABLE assessments ADD COLUMN maintain_threshold INTEGER "
                               "CHECK (maintain_threshold BETWEEN 0 AND 10000)",
                               "ALTER TABLE score_nodes ADD COLUMN computed_score INTEGER",
                           });
        !e.isEmpty())
        return e;

    // Version 1 files named their framework without holding it: store the built-in
    // definition so the file is self-contained from now on.
    QSqlQuery ids(db.connection());
    if (!ids.exec(QStringLiteral("SELECT DISTINCT framework_id FROM assessments")))
        return ids.lastError().text();
    const auto &registry = FrameworkRegistry::builtIn();
    while (ids.next()) {
        const QString id = ids.value(0).toString();
        const QByteArray definition = registry.definition(id);
        if (definition.isEmpty())
            return QCoreApplication::translate("ita::Migrations",
                                               "the file uses framework \"%1\", which this "
                                               "program does not have")
                .arg(id);
        QSqlQuery insert(db.connection());
        insert.prepare(QStringLiteral("INSERT INTO frameworks (id, definition) VALUES (?, ?)"));
        insert.addBindValue(id);
        insert.addBindValue(QString::fromUtf8(definition));
        if (!insert.exec())
            return insert.lastError().text();
    }
    AssessmentRepository repository(db);
    return repository.refreshAllComputed();
}

QString toVersion3(Database &db) {
    return runAll(db, {
                          R"(CREATE TABLE units (
               id           INTEGER PRIMARY KEY,
               agency_id    INTEGER NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
               position     INTEGER NOT NULL,
               abbreviation TEXT NOT NULL,
               name         TEXT NOT NULL DEFAULT '',
               UNIQUE (agency_id, abbreviation)))",
                          R"(CREATE TABLE plans (
               id            INTEGER PRIMARY KEY,
               agency_id     INTEGER NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
               fiscal_year   INTEGER NOT NULL,
               based_on_year INTEGER NOT NULL,
               UNIQUE (agency_id, fiscal_year)))",
                          R"(CREATE TABLE measures (
               id                INTEGER PRIMARY KEY,
               plan_id           INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
               position          INTEGER NOT NULL,
               title             TEXT NOT NULL DEFAULT '',
               reporting_cadence TEXT NOT NULL DEFAULT 'semiannual'
                   CHECK (reporting_cadence IN ('quarterly', 'semiannual', 'yearly')),
               reporting_to      TEXT NOT NULL DEFAULT '',
               notes             TEXT NOT NULL DEFAULT ''))",
                          R"(CREATE TABLE measure_items (
               measure_id INTEGER NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
               position   INTEGER NOT NULL,
               code       TEXT NOT NULL,
               PRIMARY KEY (measure_id, code)))",
                          R"(CREATE TABLE monitoring_actions (
               id         INTEGER PRIMARY KEY,
               measure_id INTEGER NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
               position   INTEGER NOT NULL,
               text       TEXT NOT NULL))",
                          R"(CREATE TABLE steps (
               id            INTEGER PRIMARY KEY,
               measure_id    INTEGER NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
               position      INTEGER NOT NULL,
               text          TEXT NOT NULL DEFAULT '',
               start_month   INTEGER CHECK (start_month BETWEEN 1 AND 24),
               end_month     INTEGER CHECK (end_month BETWEEN 1 AND 24),
               status        TEXT NOT NULL DEFAULT 'not_started'
                   CHECK (status IN ('not_started', 'in_progress', 'done', 'cancelled')),
               percent       INTEGER NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
               actual_start  TEXT,
               actual_finish TEXT,
               CHECK (end_month IS NULL OR start_month IS NULL OR end_month >= start_month)))",
                          R"(CREATE TABLE step_units (
               step_id  INTEGER NOT NULL REFERENCES steps(id) ON DELETE CASCADE,
               unit_id  INTEGER NOT NULL REFERENCES units(id),
               position INTEGER NOT NULL,
               PRIMARY KEY (step_id, unit_id)))",
                          R"(CREATE TABLE step_evidence (
               step_id  INTEGER NOT NULL REFERENCES steps(id) ON DELETE CASCADE,
               position INTEGER NOT NULL,
               url      TEXT NOT NULL))",
                          R"(CREATE TABLE oit_publications (
               plan_id   INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
               position  INTEGER NOT NULL,
               code      TEXT NOT NULL,
               preparer  TEXT NOT NULL DEFAULT '',
               collector TEXT NOT NULL DEFAULT '',
               frequency TEXT NOT NULL DEFAULT '',
               url       TEXT NOT NULL DEFAULT '',
               done      INTEGER NOT NULL DEFAULT 0,
               PRIMARY KEY (plan_id, code)))",
                          R"(CREATE TABLE recommendations (
               assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
               position      INTEGER NOT NULL,
               code          TEXT NOT NULL DEFAULT '',
               text          TEXT NOT NULL,
               PRIMARY KEY (assessment_id, position)))",
                      });
}

QString toVersion4(Database &db) {
    return runAll(db, {
                          R"(CREATE TABLE scenarios (
               id            INTEGER PRIMARY KEY,
               assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
               name          TEXT NOT NULL,
               overrides     TEXT NOT NULL,
               UNIQUE (assessment_id, name)))",
                      });
}

QString toVersion5(Database &db) {
    return runAll(db, {
                          R"(CREATE TABLE report_texts (
               assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
               key           TEXT NOT NULL,
               text          TEXT NOT NULL,
               PRIMARY KEY (assessment_id, key)))",
                          "ALTER TABLE agencies ADD COLUMN full_name TEXT NOT NULL DEFAULT ''",
                      });
}

QString toVersion6(Database &db) {
    return runAll(db, {
                          R"(CREATE TABLE audit_log (
               id            INTEGER PRIMARY KEY,
               at            TEXT NOT NULL,
               who           TEXT NOT NULL,
               scope         TEXT NOT NULL,
               target        TEXT NOT NULL,
               field         TEXT NOT NULL,
               before        TEXT NOT NULL,
               after         TEXT NOT NULL,
               previous_hash TEXT NOT NULL,
               hash          TEXT NOT NULL))",
                          "CREATE INDEX audit_log_scope ON audit_log (scope)",
                          R"(CREATE TABLE audit_seal (
               id    INTEGER PRIMARY KEY CHECK (id = 1),
               count INTEGER NOT NULL,
               head  TEXT NOT NULL))",
                      });
}

/// Frameworks gained rating schemes and roles (format version 2). A stored version 1
/// definition reads as its grades; what it cannot say, which items are the published
/// analysis and its implementation report, is taken from the built-in framework of the same
/// id for the codes the stored one has. Every stored definition is rewritten as version 2.
QString toVersion7(Database &db) {
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT id, definition FROM frameworks")))
        return q.lastError().text();
    std::vector<std::pair<QString, QByteArray>> rewritten;
    while (q.next()) {
        const QString id = q.value(0).toString();
        auto fw = readFrameworkUnchecked(q.value(1).toString().toUtf8(), id);
        if (!fw)
            return fw.error();
        if (const Framework *builtIn = FrameworkRegistry::builtIn().byId(id))
            for (auto &n : fw->nodes)
                if (n.role == Role::None)
                    if (const int i = builtIn->indexOf(n.code); i >= 0)
                        n.role = builtIn->node(i).role;
        rewritten.push_back({id, writeFrameworkJson(*fw)});
    }
    for (const auto &[id, definition] : rewritten) {
        QSqlQuery update(db.connection());
        update.prepare(QStringLiteral("UPDATE frameworks SET definition = ? WHERE id = ?"));
        update.addBindValue(QString::fromUtf8(definition));
        update.addBindValue(id);
        if (!update.exec())
            return update.lastError().text();
    }
    return {};
}

/// The ledger of digests that lets verification see changes made outside the program
/// (StateLedger). What the file holds when it is upgraded is taken as the program left it.
QString toVersion8(Database &db) {
    if (QString e = runAll(db,
                           {
                               R"(CREATE TABLE state_ledger (
               key    TEXT NOT NULL,
               row    TEXT NOT NULL,
               digest TEXT NOT NULL,
               PRIMARY KEY (key, row)))",
                           });
        !e.isEmpty())
        return e;
    return StateLedger(db, 8).sealAll();
}

/// Agencies gained the attributes portfolios group by (issue 13): province, group and parent
/// organisation, indexed because the navigator and the portfolio filter on them. The ledger
/// gains an "attributes" row per agency; the agencies are sealed as the file holds them.
QString toVersion9(Database &db) {
    if (QString e =
            runAll(db,
                   {
                       "ALTER TABLE agencies ADD COLUMN province TEXT NOT NULL DEFAULT ''",
                       "ALTER TABLE agencies ADD COLUMN agency_group TEXT NOT NULL DEFAULT ''",
                       "ALTER TABLE agencies ADD COLUMN parent TEXT NOT NULL DEFAULT ''",
                       "CREATE INDEX agencies_province ON agencies (province)",
                       "CREATE INDEX agencies_group ON agencies (agency_group)",
                       "CREATE INDEX agencies_parent ON agencies (parent)",
                       "CREATE INDEX assessments_year ON assessments (fiscal_year)",
                   });
        !e.isEmpty())
        return e;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT id FROM agencies")))
        return q.lastError().text();
    QSet<QString> keys;
    while (q.next())
        keys.insert(StateLedger::agencyKey(q.value(0).toLongLong()));
    return StateLedger(db, 9).seal(keys);
}

/// The ledger packed, one row per key (StateLedger: an import wrote a ledger row for each
/// score row, half its time and half the file). The schema 9 rows are transcribed, not
/// recomputed: a change made outside the program before the upgrade still shows after it.
QString toVersion10(Database &db) {
    if (QString e = runAll(db,
                           {
                               R"(CREATE TABLE state_digests (
               key  TEXT PRIMARY KEY,
               rows BLOB NOT NULL))",
                           });
        !e.isEmpty())
        return e;
    {
        // Read once in key order and packed key by key as they come; the packed values (a
        // national file's 4 million rows make some 100 MB of them) are written after the
        // read ends, since a server's forward-only read allows no other statement meanwhile.
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT key, row, digest FROM state_ledger ORDER BY key")))
            return q.lastError().text();
        std::vector<std::pair<QString, QByteArray>> packed; // written after the read ends
        QString key;
        std::vector<std::pair<QByteArray, QByteArray>> rows;
        const auto flush = [&] {
            if (!rows.empty())
                packed.emplace_back(key, StateLedger::pack(std::exchange(rows, {})));
        };
        while (q.next()) {
            if (const QString k = q.value(0).toString(); k != key) {
                flush();
                key = k;
            }
            rows.emplace_back(q.value(1).toString().toUtf8(),
                              QByteArray::fromHex(q.value(2).toString().toLatin1()));
        }
        flush();
        QSqlQuery insert(db.connection());
        insert.prepare(QStringLiteral("INSERT INTO state_digests (key, rows) VALUES (?, ?)"));
        for (const auto &[k, value] : packed) {
            insert.addBindValue(k);
            insert.addBindValue(value);
            if (!insert.exec())
                return insert.lastError().text();
        }
    }
    return runAll(db, {"DROP TABLE state_ledger"});
}

/// Drafted plans (issue 23): which fields of a measure or step a draft filled and nobody has
/// reviewed, where a drafted measure came from, which of the library's unit roles each of an
/// agency's units takes, and the file's own measures library (each entry as its JSON). The ledger
/// gains those rows for every plan and agency, added to what was sealed before
/// (StateLedger::extend), not recomputed.
QString toVersion11(Database &db) {
    if (QString e = runAll(db,
                           {
                               "ALTER TABLE measures ADD COLUMN draft TEXT NOT NULL DEFAULT ''",
                               "ALTER TABLE measures ADD COLUMN origin TEXT NOT NULL DEFAULT ''",
                               "ALTER TABLE steps ADD COLUMN draft TEXT NOT NULL DEFAULT ''",
                               "ALTER TABLE units ADD COLUMN roles TEXT NOT NULL DEFAULT ''",
                               R"(CREATE TABLE library_entries (
               id         TEXT PRIMARY KEY,
               position   INTEGER NOT NULL,
               definition TEXT NOT NULL))",
                           });
        !e.isEmpty())
        return e;
    QSet<QString> keys;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT id FROM agencies")))
        return q.lastError().text();
    while (q.next())
        keys.insert(StateLedger::agencyKey(q.value(0).toLongLong()));
    if (!q.exec(QStringLiteral("SELECT agency_id, fiscal_year FROM plans")))
        return q.lastError().text();
    while (q.next())
        keys.insert(StateLedger::planKey(q.value(0).toLongLong(), q.value(1).toInt()));
    return StateLedger(db, 11).extend(keys);
}

/// The trail made append-only in a file, as a server's privileges already make it (editors may
/// not UPDATE or DELETE audit_log there). Before, two DELETEs (the records and the seal) left a
/// file whose verification said "intact: 0 records". Now they are refused, and removing the
/// triggers to get past them is itself seen: AuditLog::verify() asks for them in a file of this
/// schema or later.
QString toVersion12(Database &db) {
    if (db.isServer())
        return {};
    return runAll(db, {
                          R"(CREATE TRIGGER audit_log_append_only BEFORE UPDATE ON audit_log
               BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END)",
                          R"(CREATE TRIGGER audit_log_kept BEFORE DELETE ON audit_log
               BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END)",
                          R"(CREATE TRIGGER audit_seal_kept BEFORE DELETE ON audit_seal
               BEGIN SELECT RAISE(ABORT, 'the audit trail''s seal cannot be removed'); END)",
                          R"(CREATE TRIGGER audit_seal_forward BEFORE UPDATE ON audit_seal
               WHEN NEW.count < OLD.count
               BEGIN SELECT RAISE(ABORT, 'the audit trail''s seal cannot go back'); END)",
                      });
}

/// The OIT checklist (issue 27): every evidence link of an item with its title, date and the
/// year it covers (oit_publications.url still holds the first, for older programs), the
/// information elements ticked and the explanation typed into ITAS, the agency's website in each
/// plan, and the results of the link check. The plan rows join the ledger (extended, as schema
/// 11's); link_checks does not: it holds what a check saw on the web, which *Check again*
/// replaces, not anything the group typed.
QString toVersion13(Database &db) {
    if (QString e = runAll(db,
                           {
                               "ALTER TABLE plans ADD COLUMN website TEXT NOT NULL DEFAULT ''",
                               "ALTER TABLE oit_publications ADD COLUMN elements TEXT NOT NULL "
                               "DEFAULT ''",
                               "ALTER TABLE oit_publications ADD COLUMN explanation TEXT NOT "
                               "NULL DEFAULT ''",
                               R"(CREATE TABLE oit_links (
               plan_id     INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
               code        TEXT NOT NULL,
               position    INTEGER NOT NULL,
               url         TEXT NOT NULL DEFAULT '',
               file        TEXT NOT NULL DEFAULT '',
               title       TEXT NOT NULL DEFAULT '',
               info_date   TEXT,
               covers_year INTEGER,
               PRIMARY KEY (plan_id, code, position)))",
                               R"(CREATE TABLE link_checks (
               url           TEXT PRIMARY KEY,
               checked_at    TEXT NOT NULL,
               http_status   INTEGER NOT NULL DEFAULT 0,
               final_url     TEXT NOT NULL DEFAULT '',
               failure       TEXT NOT NULL DEFAULT '',
               error         TEXT NOT NULL DEFAULT '',
               content_type  TEXT NOT NULL DEFAULT '',
               size          INTEGER NOT NULL DEFAULT -1,
               last_modified TEXT NOT NULL DEFAULT '',
               years         TEXT NOT NULL DEFAULT '',
               text_searched INTEGER NOT NULL DEFAULT 0))",
                           });
        !e.isEmpty())
        return e;
    QSet<QString> keys;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT agency_id, fiscal_year FROM plans")))
        return q.lastError().text();
    while (q.next())
        keys.insert(StateLedger::planKey(q.value(0).toLongLong(), q.value(1).toInt()));
    return StateLedger(db, 13).extend(keys);
}

} // namespace

const QStringList &auditTrailTriggers() {
    static const QStringList names{
        QStringLiteral("audit_log_append_only"), QStringLiteral("audit_log_kept"),
        QStringLiteral("audit_seal_kept"), QStringLiteral("audit_seal_forward")};
    return names;
}

QString applyMigration(Database &database, int toVersion) {
    switch (toVersion) {
    case 1:
        return toVersion1(database);
    case 2:
        return toVersion2(database);
    case 3:
        return toVersion3(database);
    case 4:
        return toVersion4(database);
    case 5:
        return toVersion5(database);
    case 6:
        return toVersion6(database);
    case 7:
        return toVersion7(database);
    case 8:
        return toVersion8(database);
    case 9:
        return toVersion9(database);
    case 10:
        return toVersion10(database);
    case 11:
        return toVersion11(database);
    case 12:
        return toVersion12(database);
    case 13:
        return toVersion13(database);
    default:
        return QStringLiteral("no migration to schema %1").arg(toVersion);
    }
}

} // namespace ita
