#include "Migrations.h"

#include "AssessmentRepository.h"
#include "Database.h"
#include "io/FrameworkReader.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ita {

namespace {

QString runAll(Database &db, std::initializer_list<const char *> statements) {
    for (const char *sql : statements)
        if (QString e = db.exec(QString::fromUtf8(sql)); !e.isEmpty())
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

} // namespace

QString applyMigration(Database &database, int toVersion) {
    switch (toVersion) {
    case 1:
        return toVersion1(database);
    case 2:
        return toVersion2(database);
    default:
        return QStringLiteral("no migration to schema %1").arg(toVersion);
    }
}

} // namespace ita
