#include "Database.h"
#include "ServerLocation.h"

#include "StateLedger.h"

#include "AuditLog.h"

#include "Migrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

// The file backend watches its transactions through SQLite's own hooks, on the connection Qt
// opened (Qt's QSQLITE plugin links the same system libsqlite3).
#include <sqlite3.h>

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

QString quoted(const QString &value) {
    QString v = value;
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    v.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

/// The address's other keywords as Qt's QPSQL driver passes them to libpq: key='value', and
/// a connect timeout unless one is given (an unreachable server is reported in seconds, not
/// minutes).
QString connectOptions(const ServerLocation &address) {
    QStringList options;
    for (const auto &[key, value] : address.parameters)
        options << key + QLatin1Char('=') + quoted(value);
    if (address.parameter(QStringLiteral("connect_timeout")).isEmpty())
        options << QStringLiteral("connect_timeout=10");
    return options.join(QLatin1Char(';'));
}

/// A server's refusal in plain words, with the driver's own text after it.
QString connectionProblem(const QString &where, const QString &driverText) {
    const QString t = driverText.toLower();
    QString plain;
    if (t.contains(u"password authentication failed") || t.contains(u"no password supplied"))
        plain = Messages::tr("the server refused the user name or password");
    else if (t.contains(u"pg_hba.conf"))
        plain = Messages::tr("the server does not accept connections from this computer or "
                             "user (pg_hba.conf)");
    else if (t.contains(u"ssl") || t.contains(u"certificate"))
        plain = Messages::tr("the server and this program could not agree on the TLS mode "
                             "(sslmode)");
    else if (t.contains(u"does not exist") && t.contains(u"database"))
        plain = Messages::tr("the server has no database of that name");
    else if (t.contains(u"does not exist") && t.contains(u"role"))
        plain = Messages::tr("the server has no user of that name");
    else if (t.contains(u"could not connect") || t.contains(u"connection refused") ||
             t.contains(u"timeout") || t.contains(u"could not translate host name") ||
             t.contains(u"no such file or directory"))
        plain = Messages::tr("the server cannot be reached (is it running, and are the host and "
                             "port right?)");
    else
        plain = Messages::tr("the server refused the connection");
    return Messages::tr("%1: %2 (%3)").arg(where, plain, driverText.trimmed());
}

/// A statement's failure on a server connection that is gone: the session is reopened before
/// the next transaction.
bool connectionLost(const QString &text) {
    const QString t = text.toLower();
    return t.contains(u"server closed the connection") ||
           t.contains(u"no connection to the server") || t.contains(u"terminating connection") ||
           t.contains(u"connection to server") || t.contains(u"could not receive data") ||
           t.contains(u"could not send data");
}

QString newerSchema(const QString &where, int version) {
    return Messages::tr("%1: written by a newer ITA Planner (schema %2; this program "
                        "reads up to %3). Open it with the newer version.")
        .arg(where)
        .arg(version)
        .arg(Database::schemaVersion);
}

/// Why a file's first read failed: not SQLite at all, or a SQLite file that is damaged (cut
/// short by an interrupted copy or download, most often), which is worth its backups.
QString unreadable(const QString &path, const QSqlDatabase &connection) {
    QFile file(path);
    const QByteArray header = file.open(QIODevice::ReadOnly) ? file.read(100) : QByteArray();
    if (header.size() < 32 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return Messages::tr("%1: not an ITA Planner file (not a SQLite database)").arg(path);
    const auto byte = [&header](int i) {
        return quint32(quint8(header[i]));
    };
    const quint32 pageSize = (byte(16) << 8 | byte(17)) == 1 ? 65536 : (byte(16) << 8 | byte(17));
    const quint64 pages = byte(28) << 24 | byte(29) << 16 | byte(30) << 8 | byte(31);
    const qint64 expected = qint64(pageSize * pages);
    if (file.size() < expected)
        return Database::damaged(
            path, Messages::tr("it is shorter than SQLite's header says: %1 of %2 bytes, cut "
                               "short by an interrupted copy, download or disk")
                      .arg(file.size())
                      .arg(expected));
    QSqlQuery q(connection);
    q.exec(QStringLiteral("PRAGMA user_version"));
    return Database::damaged(path, q.lastError().text());
}

QString schemaName() {
    return QStringLiteral("ita_planner");
}
} // namespace

Database::Database(QString path, QString connectionName, bool readOnly, Backend backend)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_readOnly(readOnly)
    , m_actor(systemUserName())
    , m_backend(backend) {}

void Database::removeFile(const QString &path) {
    // -journal: a file filled through the rollback journal (a new file's import) that failed.
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QString::fromLatin1(suffix));
}

void Database::checkpoint() {
    if (!m_written || m_backend != Backend::File || m_readOnly)
        return;
    QSqlQuery q(connection());
    // busy, log pages, pages checkpointed: done when every page of the log is in the file.
    if (q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) && q.next())
        m_written = q.value(0).toInt() != 0 || q.value(1).toInt() != q.value(2).toInt();
}

QString Database::damaged(const QString &path, const QString &detail) {
    return Messages::tr("%1: the file is damaged (%2). Open a copy: the .bak files beside it, or "
                        "a saved copy.")
        .arg(path, detail);
}

QString Database::explainError(const QString &location, const QString &error) {
    // SQLite's words for a page that is not what it should be (SQLITE_CORRUPT, SQLITE_NOTADB).
    if (!ServerLocation::isServer(location) && (error.contains(QStringLiteral("malformed")) ||
                                                error.contains(QStringLiteral("not a database"))))
        return damaged(location, error);
    return QStringLiteral("%1: %2").arg(ServerLocation::display(location), error);
}

QString Database::ddl(const QString &sql) const {
    if (m_backend == Backend::File)
        return sql;
    QString s = sql;
    static const QRegularExpression key(QStringLiteral("\\bINTEGER PRIMARY KEY\\b"));
    s.replace(key, QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    s.replace(integer, QStringLiteral("BIGINT"));
    static const QRegularExpression blob(QStringLiteral("\\bBLOB\\b"));
    s.replace(blob, QStringLiteral("BYTEA"));
    s.replace(QStringLiteral("(strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"),
              QStringLiteral("(to_char(now() AT TIME ZONE 'UTC', "
                             "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'))"));
    return s;
}

bool Database::hasTable(const QString &name) const {
    QSqlQuery q(connection());
    if (m_backend == Backend::Server) {
        // The catalogue, not information_schema, which lists only what the login may use.
        q.prepare(QStringLiteral("SELECT 1 FROM pg_catalog.pg_class c JOIN "
                                 "pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE "
                                 "n.nspname = ? AND c.relname = ?"));
        q.addBindValue(schemaName());
        q.addBindValue(name);
        return q.exec() && q.next();
    } else {
        q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = ?"));
    }
    q.addBindValue(name);
    return q.exec() && q.next();
}

Result<std::unique_ptr<Database>> Database::open(const QString &location, Options options) {
    auto opened = ServerLocation::isServer(location) ? openServer(location, options)
                                                     : openFile(location, options);
    if (opened)
        (*opened)->m_location = location;
    return opened;
}

Database::~Database() {
    m_prepared.clear(); // before the connection they belong to
    // The last connection to close folds the log in by itself; another still open (a window)
    // would leave this one's commits in the -wal file alone.
    checkpoint();
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::mayWriteFolderOf(const QString &path) {
#ifdef Q_OS_WIN
    // Windows ignores a folder's read-only attribute (Explorer sets it on Documents and other
    // customised folders), and that attribute is all QFileInfo::isWritable() reads there: a
    // folder is taken as writable, and SQLite says so when it is not.
    Q_UNUSED(path);
    return true;
#else
    return QFileInfo(QFileInfo(path).absolutePath()).isWritable();
#endif
}

Result<Database::FileAccess> Database::fileAccess(const QString &path, const Options &options) {
    using R = Result<FileAccess>;
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    const bool folderWritable = mayWriteFolderOf(path);
    // SQLite keeps a file's log and the log's index ("-wal", "-shm") beside it: writing needs
    // the folder as well as the file, and even reading needs the index. Said here, before
    // SQLite fails with a message that blames the first row written or calls the file "not a
    // database".
    if (!options.readOnly) {
        if (info.exists() && !info.isWritable())
            return R::failure(Messages::tr("%1 is read-only (its permissions do not let this "
                                           "user write it): nothing was changed. Open it to "
                                           "view or export, or ask its owner for write access.")
                                  .arg(path));
        if (!folderWritable)
            return R::failure(
                info.exists()
                    ? Messages::tr("%1 cannot be written: its folder %2 is read-only, and ITA "
                                   "Planner writes the file's log (%3-wal) beside it. Nothing "
                                   "was changed. Copy the file to a folder you can write.")
                          .arg(path, QDir::toNativeSeparators(folder.filePath()), info.fileName())
                    : Messages::tr("%1 cannot be created: its folder %2 is read-only.")
                          .arg(path, QDir::toNativeSeparators(folder.filePath())));
        return FileAccess{};
    }
    if (!info.exists() || folderWritable)
        return FileAccess{};
    const QFileInfo log(path + QStringLiteral("-wal"));
    const QFileInfo index(path + QStringLiteral("-shm"));
    // With both beside the file SQLite reads them without writing anything (3.22 and later).
    if (log.exists() && index.exists())
        return FileAccess{};
    // Changes still in the log cannot be read without its index, which cannot be made here.
    if (log.exists() && log.size() > 0)
        return R::failure(
            Messages::tr("%1 cannot be read here: its latest changes are still in %2-wal, and "
                         "reading them needs write access to the folder %3. Ask whoever has "
                         "the file open to close ITA Planner, or to send a copy made with File "
                         "› Save a Copy.")
                .arg(path, info.fileName(), QDir::toNativeSeparators(folder.filePath())));
    // No log: nobody is writing the file now, so it is read as it stands on disk (SQLite's
    // "immutable" mode, which needs no index). A change made later by someone who may write
    // the folder shows when the file is opened again.
    return FileAccess{true, Messages::tr("its folder is read-only; shown as the file stood when "
                                         "it was opened")};
}

Result<std::unique_ptr<Database>> Database::openFile(const QString &path, Options options) {
    using R = Result<std::unique_ptr<Database>>;
    const QFileInfo info(path);
    if ((options.readOnly || !options.create) && !info.exists())
        return R::failure(Messages::tr("%1: no such file").arg(path));
    if (info.exists() && !info.isFile())
        return R::failure(Messages::tr("%1: not a file").arg(path));

    const auto access = fileAccess(path, options);
    if (!access)
        return R::failure(access.error());

    // SQLite makes the log and its index beside a WAL file when it opens it, even to read; a
    // file refused below must not be left with the two beside it. Declared before the
    // database so that it runs after the connection is closed.
    const bool hadLog = QFileInfo::exists(path + QStringLiteral("-wal"));
    const bool hadIndex = QFileInfo::exists(path + QStringLiteral("-shm"));
    bool opened = false;
    const auto tidy = qScopeGuard([&] {
        if (opened)
            return;
        if (!hadLog && QFileInfo(path + QStringLiteral("-wal")).size() == 0)
            QFile::remove(path + QStringLiteral("-wal"));
        if (!hadIndex && !QFileInfo::exists(path + QStringLiteral("-wal")))
            QFile::remove(path + QStringLiteral("-shm"));
    });
    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(path, name, options.readOnly, Backend::File));
    database->m_readOnlyReason = access->reason;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        QString connect = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
        if (options.readOnly)
            connect += QStringLiteral(";QSQLITE_OPEN_READONLY");
        if (access->immutable) {
            // SQLite's URI form; the file URL percent-encodes what the URI would misread.
            db.setDatabaseName(
                QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded) +
                QStringLiteral("?immutable=1"));
            connect += QStringLiteral(";QSQLITE_OPEN_URI");
        } else {
            db.setDatabaseName(path);
        }
        db.setConnectOptions(connect);
        if (!db.open())
            return R::failure(Messages::tr("%1: cannot open: %2").arg(path, db.lastError().text()));
    }
    database->guardCommits();
    // Reading the schema is the first real access: a file that is not SQLite fails here.
    bool ok = false;
    const int version = pragmaInt(database->connection(), QStringLiteral("user_version"), &ok);
    if (!ok)
        return R::failure(unreadable(path, database->connection()));
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
        // An existing file that holds nothing yet is a new file only where one may be made.
        if (info.exists() && (options.readOnly || !options.create))
            return R::failure(
                info.size() == 0
                    ? Messages::tr("%1 is empty (0 bytes): not an ITA Planner file yet. Import "
                                   "results into it, or open the file you meant.")
                          .arg(path)
                    : Messages::tr("%1 holds no ITA Planner data. A copy taken while the file "
                                   "was open in ITA Planner may lack it (the data was still in "
                                   "the \"-wal\" file beside the original): copy the original "
                                   "again with File › Save a Copy or ita-planner-cli copy, or "
                                   "after closing the program.")
                          .arg(path));
    }
    if (version > schemaVersion)
        return R::failure(newerSchema(path, version));

    if (version > 0 && options.checkIntegrity) {
        // A damaged file is refused with a plain message instead of misbehaving later.
        QSqlQuery check(database->connection());
        if (!check.exec(QStringLiteral("PRAGMA quick_check(5)")))
            return R::failure(damaged(path, check.lastError().text()));
        QStringList problems;
        while (check.next())
            if (check.value(0).toString() != u"ok")
                problems << check.value(0).toString();
        if (!problems.isEmpty())
            return R::failure(damaged(path, problems.join(QStringLiteral("; "))));
    }
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL"}) {
        if (QString e = database->exec(QString::fromLatin1(pragma)); !e.isEmpty())
            return R::failure(explainError(path, e));
    }
    if (options.readOnly) {
        opened = true;
        return database;
    }

    if (QString e = database->exec(QStringLiteral("PRAGMA journal_mode = WAL")); !e.isEmpty())
        return R::failure(explainError(path, e));
    const int target = options.migrateTo > 0 ? options.migrateTo : schemaVersion;
    if (version < target && version > 0 && options.backupBeforeMigration) {
        // Fold the WAL into the main file so the copy is complete on its own.
        if (QString e = database->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            !e.isEmpty())
            return R::failure(
                Messages::tr("%1: the file could not be made ready for its backup before the "
                             "upgrade, nothing was changed: %2")
                    .arg(path, e));
        const QString backup = QStringLiteral("%1.v%2.bak").arg(path).arg(version);
        QFile::remove(backup);
        if (!QFile::copy(path, backup))
            return R::failure(
                Messages::tr("%1: cannot take a copy before upgrading it (%2)").arg(path, backup));
    }
    if (QString e = database->migrate(options); !e.isEmpty())
        return R::failure(
            Messages::tr("%1: upgrading the file failed, nothing was changed: %2").arg(path, e));
    opened = true;
    return database;
}

Result<std::unique_ptr<Database>> Database::openServer(const QString &location, Options options) {
    using R = Result<std::unique_ptr<Database>>;
    const QString shown = ServerLocation::display(location);
    const auto parsed = ServerLocation::parse(location);
    if (!parsed)
        return R::failure(QStringLiteral("%1: %2").arg(shown, parsed.error()));
    const ServerLocation &address = *parsed;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
#ifdef Q_OS_WIN
        // The Windows build's Qt has no PostgreSQL driver (docs/windows.md).
        return R::failure(Messages::tr("%1: the Windows version of ITA Planner opens .itadb "
                                       "files only; a team server is reached from Linux")
                              .arg(shown));
#else
        return R::failure(Messages::tr("%1: this installation cannot reach PostgreSQL servers: "
                                       "Qt's PostgreSQL driver is missing (Debian package "
                                       "libqt6sql6-psql)")
                              .arg(shown));
#endif
    }
    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(
        new Database(shown, name, options.readOnly, Backend::Server));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(address.host);
        if (address.port > 0)
            db.setPort(address.port);
        db.setDatabaseName(address.database);
        db.setUserName(address.user);
        db.setPassword(address.password); // empty: libpq takes PGPASSWORD or ~/.pgpass
        db.setConnectOptions(connectOptions(address));
        if (!db.open())
            return R::failure(connectionProblem(shown, db.lastError().text()));
    }
    if (QString e = database->startSession(); !e.isEmpty())
        return R::failure(QStringLiteral("%1: %2").arg(shown, e));

    if (!database->hasTable(QStringLiteral("ita_meta"))) {
        if (!options.initialise)
            return R::failure(
                Messages::tr("%1: this database is not set up for ITA Planner. An administrator "
                             "sets it up once with: ita-planner-cli server init --db %1")
                    .arg(shown));
        database->m_initialising = true;
        database->m_script = options.setupScript;
        const QString e = database->transact([&] { return database->initialiseServer(); });
        database->m_initialising = false;
        database->m_script = nullptr;
        if (!e.isEmpty())
            return R::failure(Messages::tr("%1: setting up the database failed, nothing was "
                                           "changed: %2")
                                  .arg(shown, e));
    }
    {
        QSqlQuery q(database->connection());
        if (!q.exec(QStringLiteral("SELECT value FROM ita_meta WHERE key = 'application'")) ||
            !q.next() || q.value(0).toString() != u"ITAP")
            return R::failure(
                Messages::tr("%1: not an ITA Planner database (the schema ita_planner belongs to "
                             "another program)")
                    .arg(shown));
    }
    const int version = database->version();
    if (version > schemaVersion)
        return R::failure(newerSchema(shown, version));
    {
        // The server's roles decide who may write: a login that may not update the revision
        // (every write transaction does) works read-only, as a read-only file does.
        QSqlQuery q(database->connection());
        if (q.exec(QStringLiteral("SELECT has_table_privilege('ita_planner.ita_revision', "
                                  "'UPDATE'), session_user")) &&
            q.next()) {
            database->m_actor = q.value(1).toString();
            if (!q.value(0).toBool() && !database->m_readOnly) {
                database->m_readOnly = true;
                database->m_readOnlyReason =
                    Messages::tr("the login %1 may only read this database (it is not a member "
                                 "of %2)")
                        .arg(q.value(1).toString(), QString::fromLatin1(editorRole));
            }
        }
    }
    if (database->m_readOnly) {
        if (QString e = database->exec(
                QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
            !e.isEmpty())
            return R::failure(QStringLiteral("%1: %2").arg(shown, e));
        if (version < schemaVersion)
            return R::failure(Messages::tr("%1: the database has schema %2 and this program "
                                           "needs %3; an administrator (%4) opens it once to "
                                           "upgrade it")
                                  .arg(shown)
                                  .arg(version)
                                  .arg(schemaVersion)
                                  .arg(QString::fromLatin1(adminRole)));
        return database;
    }
    if (QString e = database->migrate(options); !e.isEmpty())
        return R::failure(Messages::tr("%1: upgrading the database failed, nothing was changed: %2")
                              .arg(shown, e));
    return database;
}

QString Database::startSession() {
    // Waits for another writer's transaction up to 5 s, as a file's busy timeout does. The
    // server's notices and warnings ("terminating connection due to immediate shutdown")
    // would reach libpq's default handler, which prints them raw on standard error beside the
    // program's own message: only errors are sent, and the program words those.
    for (const char *sql : {"SET search_path TO ita_planner", "SET client_min_messages TO error",
                            "SET lock_timeout TO '5s'", "SET TIME ZONE 'UTC'"})
        if (QString e = exec(QString::fromLatin1(sql)); !e.isEmpty())
            return e;
    return {};
}

QString Database::reconnect() {
    m_prepared.clear(); // a new session has none of them
    QSqlDatabase db = connection();
    db.close();
    if (!db.open())
        return connectionProblem(m_path, db.lastError().text());
    if (QString e = startSession(); !e.isEmpty())
        return e;
    ++m_sessions; // a new session: notifications must be asked for again
    if (m_readOnly)
        return exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
    return {};
}

QString Database::initialiseServer() {
    // Run as the connected login, which needs CREATEROLE (or to be a superuser) and CREATE on
    // the database; the tables then belong to the administrators' role, so that any of its
    // members can upgrade them later. Editors get the rows, readers SELECT; the audit trail is
    // append-only for editors (no UPDATE or DELETE on audit_log).
    const QString admin = QString::fromLatin1(adminRole);
    const QString editor = QString::fromLatin1(editorRole);
    const QString reader = QString::fromLatin1(readerRole);
    // Two set-ups at once (roles are the whole server's) take turns; the second finds the
    // first's work done.
    if (QString e = exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(applicationId));
        !e.isEmpty())
        return e;
    if (hasTable(QStringLiteral("ita_meta")))
        return {};
    QStringList setup;
    for (const QString &role : {reader, editor, admin})
        setup << QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
                                "'%1') THEN CREATE ROLE %1 NOLOGIN; END IF; END $$")
                     .arg(role);
    setup << QStringLiteral("GRANT %1 TO %2").arg(reader, editor)
          << QStringLiteral("GRANT %1 TO %2").arg(editor, admin)
          << QStringLiteral("GRANT %1 TO CURRENT_USER").arg(admin)
          << QStringLiteral("CREATE SCHEMA ita_planner AUTHORIZATION %1").arg(admin)
          << QStringLiteral("GRANT USAGE ON SCHEMA ita_planner TO %1").arg(reader)
          << QStringLiteral("ALTER DEFAULT PRIVILEGES FOR ROLE %1 IN SCHEMA ita_planner GRANT "
                            "SELECT ON TABLES TO %2")
                 .arg(admin, reader)
          << QStringLiteral("ALTER DEFAULT PRIVILEGES FOR ROLE %1 IN SCHEMA ita_planner GRANT "
                            "INSERT, UPDATE, DELETE ON TABLES TO %2")
                 .arg(admin, editor)
          << QStringLiteral("ALTER DEFAULT PRIVILEGES FOR ROLE %1 IN SCHEMA ita_planner GRANT "
                            "USAGE, SELECT, UPDATE ON SEQUENCES TO %2")
                 .arg(admin, editor)
          << QStringLiteral("SET LOCAL ROLE %1").arg(admin)
          << QStringLiteral("SET LOCAL search_path TO ita_planner")
          << QStringLiteral("CREATE TABLE ita_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
          << QStringLiteral("INSERT INTO ita_meta (key, value) VALUES ('application', 'ITAP'), "
                            "('schema', '0')")
          << QStringLiteral("CREATE TABLE ita_revision (id INTEGER PRIMARY KEY CHECK (id = 1), "
                            "value BIGINT NOT NULL)")
          << QStringLiteral("INSERT INTO ita_revision (id, value) VALUES (1, 0)");
    for (const QString &sql : setup)
        if (QString e = exec(sql); !e.isEmpty())
            return e;
    for (int next = 1; next <= schemaVersion; ++next) {
        if (QString e = applyMigration(*this, next); !e.isEmpty())
            return Messages::tr("step to schema %1: %2").arg(next).arg(e);
        if (QString e = setVersion(next); !e.isEmpty())
            return e;
    }
    return exec(QStringLiteral("REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM %1").arg(editor));
}

QString Database::afterExplicitIds(const QString &table) {
    if (m_backend == Backend::File)
        return {};
    QSqlQuery q(connection());
    // Asked of the catalogue first: pg_get_serial_sequence fails (and with it the whole
    // transaction) for a table without a column "id".
    q.prepare(QStringLiteral("SELECT pg_get_serial_sequence('ita_planner.' || table_name, 'id') "
                             "FROM information_schema.columns WHERE table_schema = "
                             "'ita_planner' AND table_name = ? AND column_name = 'id' AND "
                             "is_identity = 'YES'"));
    q.addBindValue(table);
    if (!q.exec())
        return q.lastError().text();
    if (!q.next() || q.value(0).isNull())
        return {}; // no column "id" numbered by the server
    return exec(QStringLiteral("SELECT setval('%1', (SELECT coalesce(max(id), 0) + 1 FROM %2), "
                               "false)")
                    .arg(q.value(0).toString(), table));
}

void Database::setActor(const QString &name) {
    if (m_backend == Backend::Server)
        return; // the server names the writer: the login role
    m_actor = name.trimmed().isEmpty() ? systemUserName() : name.trimmed();
}

qint64 Database::serverRevision() const {
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT value FROM ita_revision WHERE id = 1")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

int Database::dataVersion() const {
    if (m_backend == Backend::Server) {
        const qint64 all = serverRevision();
        return all < 0 ? -1 : int(all - m_ownCommits - (m_inWrite ? 1 : 0));
    }
    bool ok = false;
    return pragmaInt(connection(), QStringLiteral("data_version"), &ok);
}

Database::Revision Database::revision() const {
    if (m_backend == Backend::Server) {
        const int others = dataVersion();
        return others < 0 ? Revision() : Revision{others, m_ownCommits};
    }
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT data_version, total_changes() FROM pragma_data_version")) ||
        !q.next())
        return {};
    return {q.value(0).toLongLong(), q.value(1).toLongLong()};
}

int Database::version() const {
    if (m_backend == Backend::Server) {
        QSqlQuery q(connection());
        if (!q.exec(QStringLiteral("SELECT value FROM ita_meta WHERE key = 'schema'")) || !q.next())
            return 0;
        return q.value(0).toString().toInt();
    }
    bool ok = false;
    return pragmaInt(connection(), QStringLiteral("user_version"), &ok);
}

QString Database::setVersion(int version) {
    if (m_backend == Backend::Server)
        return exec(
            QStringLiteral("UPDATE ita_meta SET value = '%1' WHERE key = 'schema'").arg(version));
    if (QString e = exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
        !e.isEmpty())
        return e;
    return exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

QSqlQuery Database::prepared(const QString &sql) {
    if (m_backend == Backend::Server) {
        auto it = m_prepared.constFind(sql);
        if (it != m_prepared.constEnd())
            return *it;
    }
    QSqlQuery q(connection());
    // A file's is read forward, as the callers do; a server's is fetched whole, so that other
    // statements may run while it is read.
    q.setForwardOnly(m_backend == Backend::File);
    q.prepare(sql);
    if (m_backend == Backend::Server && !q.lastError().isValid())
        m_prepared.insert(sql, q);
    return q;
}

QString Database::exec(const QString &sql) {
    QSqlQuery q(connection());
    if (!q.exec(sql))
        return q.lastError().text();
    if (m_script)
        m_script->append(sql);
    return {};
}

QString Database::readOnlyReason() const {
    if (m_disconnected)
        return Messages::tr("the connection to the server is lost; read-only until it returns");
    return m_readOnlyReason;
}

bool Database::checkConnection() {
    if (m_backend == Backend::File || m_depth > 0)
        return true;
    QSqlQuery q(connection());
    if (connection().isOpen() && q.exec(QStringLiteral("SELECT 1"))) {
        m_disconnected = false;
        return true;
    }
    m_disconnected = !reconnect().isEmpty();
    return !m_disconnected;
}

QString Database::begin() {
    if (m_readOnly)
        return m_readOnlyReason.isEmpty()
                   ? Messages::tr("%1 is open read-only").arg(m_path)
                   : Messages::tr("%1 is open read-only: %2").arg(m_path, m_readOnlyReason);
    if (m_backend == Backend::Server) {
        // A connection the server dropped (restarted, network) is opened again before a new
        // transaction, so that an edit refused by the drop can simply be made again.
        QString error = m_disconnected ? Messages::tr("no connection to the server")
                                       : exec(QStringLiteral("BEGIN"));
        if ((!error.isEmpty() && connectionLost(error)) || !connection().isOpen()) {
            if (QString e = reconnect(); !e.isEmpty()) {
                m_disconnected = true;
                return Messages::tr("%1: the connection to the server was lost; nothing was "
                                    "changed. Try again when it is back (%2)")
                    .arg(m_path, e);
            }
            m_disconnected = false;
            error = exec(QStringLiteral("BEGIN"));
        }
        if (!error.isEmpty())
            return connectionLost(error)
                       ? Messages::tr("%1: the connection to the server was lost; nothing was "
                                      "changed. Try again when it is back (%2)")
                             .arg(m_path, error)
                       : error;
        if (m_initialising)
            return {};
        // The write lock: one writer at a time holds the revision's row until it commits, as
        // BEGIN IMMEDIATE holds a file's; the audit chain and the ledger rely on it.
        QSqlQuery lock(connection());
        if (!lock.exec(QStringLiteral("UPDATE ita_revision SET value = value + 1 WHERE id = 1"))) {
            // Told apart by SQLSTATE, not by the server's (translatable) wording.
            const QString state = lock.lastError().nativeErrorCode();
            error = lock.lastError().text();
            (void)exec(QStringLiteral("ROLLBACK")); // the lock's error is the one to report
            if (state == u"55P03")                  // lock_not_available: lock_timeout ran out
                return Messages::tr("%1 is busy: another window or computer is writing to it. "
                                    "Nothing was changed; try again in a moment.")
                    .arg(m_path);
            if (state == u"42501") // insufficient_privilege
                return Messages::tr("%1: your login may not change this database (%2)")
                    .arg(m_path, error);
            return error;
        }
        m_inWrite = true;
        return {};
    }
    // BEGIN IMMEDIATE takes the write lock; SQLite waits up to the busy timeout (5 s) for
    // another instance to finish before giving up.
    const QString error = exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (error.contains(QStringLiteral("locked")) || error.contains(QStringLiteral("busy")))
        return Messages::tr("%1 is busy: another window or computer is writing to it. Nothing was "
                            "changed; try again in a moment.")
            .arg(m_path);
    if (error.isEmpty()) {
        m_inTransaction = true;
        m_undone = false;
    }
    return error;
}

namespace {
sqlite3 *sqliteHandle(const QSqlDatabase &db) {
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}
} // namespace

void Database::guardCommits() {
    if (sqlite3 *handle = sqliteHandle(connection())) {
        sqlite3_commit_hook(handle, &Database::refuseStrayCommit, this);
        sqlite3_rollback_hook(handle, &Database::noticeRollback, this);
    }
}

int Database::refuseStrayCommit(void *database) {
    // Inside transact() the only commit is commit()'s. Any other is a statement that SQLite
    // ran on its own after it had undone the transaction: it is refused (rolled back) too.
    const auto *self = static_cast<const Database *>(database);
    return self->m_inTransaction && !self->m_committing ? 1 : 0;
}

void Database::noticeRollback(void *database) {
    auto *self = static_cast<Database *>(database);
    if (self->m_inTransaction && !self->m_committing)
        self->m_undone = true;
}

QString Database::ended(const QString &error) {
    const bool undone = m_undone;
    m_inTransaction = m_committing = m_undone = false;
    if (!undone)
        return error;
    // A full disk or an I/O error made SQLite roll back: everything since BEGIN is gone, and
    // nothing written after it reached the file (refuseStrayCommit).
    QString why = Messages::tr("%1: a write failed and the whole change was undone; nothing was "
                               "stored")
                      .arg(m_path);
    if (error.contains(QStringLiteral("disk is full")) ||
        error.contains(QStringLiteral("disk I/O error")))
        why += Messages::tr(" (is the disk full? Free some space and try again)");
    return error.isEmpty() ? why : why + QStringLiteral(": ") + error;
}

QString Database::sealTouched() {
    const QSet<QString> keys = std::exchange(m_touched, {});
    // Before schema 8 (a migration in progress) there is no ledger yet; schema 8 seals all.
    if (keys.isEmpty())
        return {};
    const int schema = version();
    if (schema == 0 && m_backend == Backend::Server)
        return Messages::tr("%1: the schema version cannot be read").arg(m_path);
    if (schema < 8)
        return {};
    return StateLedger(*this, schema).seal(keys);
}

QString Database::commit() {
    if (m_backend == Backend::Server) {
        // Delivered to every listening window when, and only when, the transaction commits.
        if (QString e = exec(QStringLiteral("NOTIFY %1").arg(QString::fromLatin1(changeChannel)));
            !e.isEmpty())
            return e;
        // Through the driver, which also takes a COMMIT that the server answered with ROLLBACK
        // (a transaction that had failed) for the failure it is.
        QSqlDatabase db = connection();
        const QString e = db.commit() ? QString() : db.lastError().text();
        if (e.isEmpty() && m_script)
            m_script->append(QStringLiteral("COMMIT")); // psql's script ends as this did
        if (!e.isEmpty())
            return connectionLost(e)
                       ? Messages::tr("%1: the connection to the server was lost while saving; "
                                      "the change was not stored. Try again when it is back "
                                      "(%2)")
                             .arg(m_path, e)
                       : e;
        m_inWrite = false;
        if (!m_initialising) // a set-up does not move the revision row: it had none
            ++m_ownCommits;
        return {};
    }
    if (m_undone || sqlite3_get_autocommit(sqliteHandle(connection()))) {
        m_undone = true; // ended() says so
        return Messages::tr("the transaction had already ended");
    }
    m_committing = true;
    const QString error = exec(QStringLiteral("COMMIT"));
    m_written = m_written || error.isEmpty();
    return error;
}

void Database::rollback() {
    m_touched.clear();
    m_inWrite = false;
    m_committing = true; // our own: not taken for SQLite's
    if (m_backend == Backend::Server || !sqlite3_get_autocommit(sqliteHandle(connection())))
        (void)exec(QStringLiteral("ROLLBACK")); // the work's own error is the one reported
}

QString Database::migrate(const Options &options) {
    const int target = options.migrateTo > 0 ? options.migrateTo : schemaVersion;
    int current = version();
    while (current < target) {
        const int next = current + 1;
        const QString error = transact([&]() -> QString {
            // On a server the tables a step makes belong to the administrators' role, as set-up
            // made them, so that editors and readers get them too; a login outside it cannot
            // upgrade.
            if (m_backend == Backend::Server &&
                !exec(QStringLiteral("SET LOCAL ROLE %1").arg(QString::fromLatin1(adminRole)))
                     .isEmpty())
                return Messages::tr("the database has schema %1 and this program needs %2; an "
                                    "administrator (%3) opens it once to upgrade it")
                    .arg(current)
                    .arg(target)
                    .arg(QString::fromLatin1(adminRole));
            if (QString e = applyMigration(*this, next); !e.isEmpty())
                return Messages::tr("step to schema %1: %2").arg(next).arg(e);
            return setVersion(next);
        });
        if (!error.isEmpty())
            return error;
        current = next;
    }
    return {};
}

} // namespace ita
