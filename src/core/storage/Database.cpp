#include "Database.h"

#include "StateLedger.h"

#include "AuditLog.h"

#include "Migrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace ita {

namespace {
/// This file's messages, under one context for lupdate and the program alike.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::Database)
};

QString nextConnectionName() {
    static QAtomicInt counter;
    return QStringLiteral("ita-db-%1").arg(counter.fetchAndAddRelaxed(1));
}

int pragmaInt(const QSqlDatabase &db, const QString &name, bool *ok) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA %1").arg(name)) || !q.next()) {
        *ok = false;
        return 0;
    }
    *ok = true;
    return q.value(0).toInt();
}
} // namespace

Database::Database(QString path, QString connectionName, bool readOnly)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_readOnly(readOnly)
    , m_actor(systemUserName()) {}

Database::~Database() {
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Options options) {
    using R = Result<std::unique_ptr<Database>>;
    const QFileInfo info(path);
    if (options.readOnly && !info.exists())
        return R::failure(Messages::tr("%1: no such file").arg(path));
    if (info.exists() && !info.isFile())
        return R::failure(Messages::tr("%1: not a file").arg(path));

    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(path, name, options.readOnly));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(options.readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;"
                                                               "QSQLITE_BUSY_TIMEOUT=5000")
                                              : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return R::failure(Messages::tr("%1: cannot open: %2").arg(path, db.lastError().text()));
    }
    // Reading the schema is the first real access: a file that is not SQLite fails here.
    bool ok = false;
    const int version = pragmaInt(database->connection(), QStringLiteral("user_version"), &ok);
    if (!ok)
        return R::failure(
            Messages::tr("%1: not an ITA Planner file (not a SQLite database)").arg(path));
    const int appId = pragmaInt(database->connection(), QStringLiteral("application_id"), &ok);
    if (version > 0 && appId != applicationId)
        return R::failure(Messages::tr("%1: not an ITA Planner file (a SQLite database of another "
                                       "program)")
                              .arg(path));
    if (version == 0) {
        QSqlQuery q(database->connection());
        if (q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next() &&
            q.value(0).toInt() > 0)
            return R::failure(
                Messages::tr("%1: not an ITA Planner file (a SQLite database of another "
                             "program)")
                    .arg(path));
    }
    if (version > schemaVersion)
        return R::failure(
            Messages::tr("%1: written by a newer ITA Planner (schema %2; this program "
                         "reads up to %3). Open it with the newer version.")
                .arg(path)
                .arg(version)
                .arg(schemaVersion));

    if (version > 0 && options.checkIntegrity) {
        // A damaged file is refused with a plain message instead of misbehaving later.
        QSqlQuery check(database->connection());
        if (!check.exec(QStringLiteral("PRAGMA quick_check(5)")))
            return R::failure(Messages::tr("%1: the file is damaged (%2). Open a copy: the .bak "
                                           "files beside it, or a saved copy.")
                                  .arg(path, check.lastError().text()));
        QStringList problems;
        while (check.next())
            if (check.value(0).toString() != u"ok")
                problems << check.value(0).toString();
        if (!problems.isEmpty())
            return R::failure(
                Messages::tr("%1: the file is damaged (%2). Open a copy: the .bak files "
                             "beside it, or a saved copy.")
                    .arg(path, problems.join(QStringLiteral("; "))));
    }
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL"}) {
        if (QString e = database->exec(QString::fromLatin1(pragma)); !e.isEmpty())
            return R::failure(QStringLiteral("%1: %2").arg(path, e));
    }
    if (options.readOnly)
        return database;

    if (QString e = database->exec(QStringLiteral("PRAGMA journal_mode = WAL")); !e.isEmpty())
        return R::failure(QStringLiteral("%1: %2").arg(path, e));
    const int target = options.migrateTo > 0 ? options.migrateTo : schemaVersion;
    if (version < target && version > 0 && options.backupBeforeMigration) {
        // Fold the WAL into the main file so the copy is complete on its own.
        database->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        const QString backup = QStringLiteral("%1.v%2.bak").arg(path).arg(version);
        QFile::remove(backup);
        if (!QFile::copy(path, backup))
            return R::failure(
                Messages::tr("%1: cannot take a copy before upgrading it (%2)").arg(path, backup));
    }
    if (QString e = database->migrate(options); !e.isEmpty())
        return R::failure(
            Messages::tr("%1: upgrading the file failed, nothing was changed: %2").arg(path, e));
    return database;
}

void Database::setActor(const QString &name) {
    m_actor = name.trimmed().isEmpty() ? systemUserName() : name.trimmed();
}

int Database::dataVersion() const {
    bool ok = false;
    return pragmaInt(connection(), QStringLiteral("data_version"), &ok);
}

Database::Revision Database::revision() const {
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT data_version, total_changes() FROM pragma_data_version")) ||
        !q.next())
        return {};
    return {q.value(0).toLongLong(), q.value(1).toLongLong()};
}

int Database::version() const {
    bool ok = false;
    return pragmaInt(connection(), QStringLiteral("user_version"), &ok);
}

QString Database::exec(const QString &sql) {
    QSqlQuery q(connection());
    if (!q.exec(sql))
        return q.lastError().text();
    return {};
}

QString Database::begin() {
    if (m_readOnly)
        return Messages::tr("%1 is open read-only").arg(m_path);
    // BEGIN IMMEDIATE takes the write lock; SQLite waits up to the busy timeout (5 s) for
    // another instance to finish before giving up.
    const QString error = exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (error.contains(QStringLiteral("locked")) || error.contains(QStringLiteral("busy")))
        return Messages::tr("%1 is busy: another window or computer is writing to it. Nothing was "
                            "changed; try again in a moment.")
            .arg(m_path);
    return error;
}

QString Database::sealTouched() {
    const QSet<QString> keys = std::exchange(m_touched, {});
    // Before schema 8 (a migration in progress) there is no ledger yet; schema 8 seals all.
    if (keys.isEmpty())
        return {};
    const int schema = version();
    if (schema < 8)
        return {};
    return StateLedger(*this, schema).seal(keys);
}

QString Database::commit() {
    return exec(QStringLiteral("COMMIT"));
}

void Database::rollback() {
    m_touched.clear();
    exec(QStringLiteral("ROLLBACK"));
}

QString Database::migrate(const Options &options) {
    const int target = options.migrateTo > 0 ? options.migrateTo : schemaVersion;
    int current = version();
    while (current < target) {
        const int next = current + 1;
        const QString error = transact([&]() -> QString {
            if (QString e = applyMigration(*this, next); !e.isEmpty())
                return Messages::tr("step to schema %1: %2").arg(next).arg(e);
            if (QString e = exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
                !e.isEmpty())
                return e;
            return exec(QStringLiteral("PRAGMA user_version = %1").arg(next));
        });
        if (!error.isEmpty())
            return error;
        current = next;
    }
    return {};
}

} // namespace ita
