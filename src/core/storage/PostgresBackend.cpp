#include "PostgresBackend.h"

#include "Migrations.h"
#include "ServerLocation.h"
#include "StoreCopy.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>

namespace ita {

namespace {

/// These messages keep the context they had when Database.cpp held them all.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::Database)
};

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

QString schemaName() {
    return QStringLiteral("ita_planner");
}

} // namespace

Result<std::unique_ptr<Database>> PostgresBackend::open(const QString &location,
                                                        const Database::Options &options) {
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
    const QString name = Database::nextConnectionName();
    std::unique_ptr<Database> database(new Database(shown, name, options.readOnly));
    auto *backend = new PostgresBackend(*database);
    database->m_impl.reset(backend);
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
    if (QString e = backend->startSession(); !e.isEmpty())
        return R::failure(QStringLiteral("%1: %2").arg(shown, e));

    if (!backend->hasTable(QStringLiteral("ita_meta"))) {
        if (!options.initialise)
            return R::failure(
                Messages::tr("%1: this database is not set up for ITA Planner. An administrator "
                             "sets it up once with: ita-planner-cli server init --db %1")
                    .arg(shown));
        backend->m_initialising = true;
        database->m_script = options.setupScript;
        const QString e = database->transact([&] { return backend->initialise(); });
        backend->m_initialising = false;
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
    const int version = backend->version();
    if (version > Database::schemaVersion)
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
                        .arg(q.value(1).toString(), QString::fromLatin1(Database::editorRole));
            }
        }
    }
    if (database->m_readOnly) {
        if (QString e = database->exec(
                QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
            !e.isEmpty())
            return R::failure(QStringLiteral("%1: %2").arg(shown, e));
        if (version < Database::schemaVersion)
            return R::failure(Messages::tr("%1: the database has schema %2 and this program "
                                           "needs %3; an administrator (%4) opens it once to "
                                           "upgrade it")
                                  .arg(shown)
                                  .arg(version)
                                  .arg(Database::schemaVersion)
                                  .arg(QString::fromLatin1(Database::adminRole)));
        return database;
    }
    if (QString e = database->migrate(options); !e.isEmpty())
        return R::failure(Messages::tr("%1: upgrading the database failed, nothing was changed: %2")
                              .arg(shown, e));
    return database;
}

QString PostgresBackend::startSession() {
    // Waits for another writer's transaction up to 5 s, as a file's busy timeout does. The
    // server's notices and warnings ("terminating connection due to immediate shutdown")
    // would reach libpq's default handler, which prints them raw on standard error beside the
    // program's own message: only errors are sent, and the program words those.
    for (const char *sql : {"SET search_path TO ita_planner", "SET client_min_messages TO error",
                            "SET lock_timeout TO '5s'", "SET TIME ZONE 'UTC'"})
        if (QString e = m_db.exec(QString::fromLatin1(sql)); !e.isEmpty())
            return e;
    return {};
}

QString PostgresBackend::reconnect() {
    m_prepared.clear(); // a new session has none of them
    QSqlDatabase db = m_db.connection();
    db.close();
    if (!db.open())
        return connectionProblem(m_db.path(), db.lastError().text());
    if (QString e = startSession(); !e.isEmpty())
        return e;
    ++m_sessions; // a new session: notifications must be asked for again
    if (m_db.m_readOnly)
        return m_db.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
    return {};
}

QString PostgresBackend::initialise() {
    // Run as the connected login, which needs CREATEROLE (or to be a superuser) and CREATE on
    // the database; the tables then belong to the administrators' role, so that any of its
    // members can upgrade them later. Editors get the rows, readers SELECT; the audit trail is
    // append-only for editors (no UPDATE or DELETE on audit_log).
    const QString admin = QString::fromLatin1(Database::adminRole);
    const QString editor = QString::fromLatin1(Database::editorRole);
    const QString reader = QString::fromLatin1(Database::readerRole);
    // Two set-ups at once (roles are the whole server's) take turns; the second finds the
    // first's work done.
    if (QString e = m_db.exec(
            QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(Database::applicationId));
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
        if (QString e = m_db.exec(sql); !e.isEmpty())
            return e;
    for (int next = 1; next <= Database::schemaVersion; ++next) {
        if (QString e = applyMigration(m_db, next); !e.isEmpty())
            return Messages::tr("step to schema %1: %2").arg(next).arg(e);
        if (QString e = setVersion(next); !e.isEmpty())
            return e;
    }
    return m_db.exec(
        QStringLiteral("REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM %1").arg(editor));
}

QString PostgresBackend::afterExplicitIds(const QString &table) {
    QSqlQuery q(m_db.connection());
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
    return m_db.exec(
        QStringLiteral("SELECT setval('%1', (SELECT coalesce(max(id), 0) + 1 FROM %2), "
                       "false)")
            .arg(q.value(0).toString(), table));
}

qint64 PostgresBackend::serverRevision() const {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT value FROM ita_revision WHERE id = 1")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString PostgresBackend::ddl(const QString &sql) const {
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

bool PostgresBackend::hasTable(const QString &name) const {
    // The catalogue, not information_schema, which lists only what the login may use.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM pg_catalog.pg_class c JOIN "
                             "pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE "
                             "n.nspname = ? AND c.relname = ?"));
    q.addBindValue(schemaName());
    q.addBindValue(name);
    return q.exec() && q.next();
}

int PostgresBackend::version() const {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT value FROM ita_meta WHERE key = 'schema'")) || !q.next())
        return 0;
    return q.value(0).toString().toInt();
}

QString PostgresBackend::setVersion(int version) {
    return m_db.exec(
        QStringLiteral("UPDATE ita_meta SET value = '%1' WHERE key = 'schema'").arg(version));
}

int PostgresBackend::dataVersion() const {
    const qint64 all = serverRevision();
    return all < 0 ? -1 : int(all - m_ownCommits - (m_inWrite ? 1 : 0));
}

Database::Revision PostgresBackend::revision() const {
    const int others = dataVersion();
    return others < 0 ? Database::Revision() : Database::Revision{others, m_ownCommits};
}

QSqlQuery PostgresBackend::prepared(const QString &sql) {
    auto it = m_prepared.constFind(sql);
    if (it != m_prepared.constEnd())
        return *it;
    // Fetched whole, so that other statements may run while it is read.
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    if (!q.lastError().isValid())
        m_prepared.insert(sql, q);
    return q;
}

bool PostgresBackend::checkConnection() {
    if (m_db.m_depth > 0)
        return true;
    QSqlQuery q(m_db.connection());
    if (m_db.connection().isOpen() && q.exec(QStringLiteral("SELECT 1"))) {
        m_disconnected = false;
        return true;
    }
    m_disconnected = !reconnect().isEmpty();
    return !m_disconnected;
}

QString PostgresBackend::begin() {
    // A connection the server dropped (restarted, network) is opened again before a new
    // transaction, so that an edit refused by the drop can simply be made again.
    const QString path = m_db.path();
    QString error = m_disconnected ? Messages::tr("no connection to the server")
                                   : m_db.exec(QStringLiteral("BEGIN"));
    if ((!error.isEmpty() && connectionLost(error)) || !m_db.connection().isOpen()) {
        if (QString e = reconnect(); !e.isEmpty()) {
            m_disconnected = true;
            return Messages::tr("%1: the connection to the server was lost; nothing was "
                                "changed. Try again when it is back (%2)")
                .arg(path, e);
        }
        m_disconnected = false;
        error = m_db.exec(QStringLiteral("BEGIN"));
    }
    if (!error.isEmpty())
        return connectionLost(error)
                   ? Messages::tr("%1: the connection to the server was lost; nothing was "
                                  "changed. Try again when it is back (%2)")
                         .arg(path, error)
                   : error;
    if (m_initialising)
        return {};
    // The write lock: one writer at a time holds the revision's row until it commits, as
    // BEGIN IMMEDIATE holds a file's; the audit chain and the ledger rely on it.
    QSqlQuery lock(m_db.connection());
    if (!lock.exec(QStringLiteral("UPDATE ita_revision SET value = value + 1 WHERE id = 1"))) {
        // Told apart by SQLSTATE, not by the server's (translatable) wording.
        const QString state = lock.lastError().nativeErrorCode();
        error = lock.lastError().text();
        (void)m_db.exec(QStringLiteral("ROLLBACK")); // the lock's error is the one to report
        if (state == u"55P03")                       // lock_not_available: lock_timeout ran out
            return Messages::tr("%1 is busy: another window or computer is writing to it. "
                                "Nothing was changed; try again in a moment.")
                .arg(path);
        if (state == u"42501") // insufficient_privilege
            return Messages::tr("%1: your login may not change this database (%2)")
                .arg(path, error);
        return error;
    }
    m_inWrite = true;
    return {};
}

QString PostgresBackend::commit() {
    // Delivered to every listening window when, and only when, the transaction commits.
    if (QString e = m_db.exec(
            QStringLiteral("NOTIFY %1").arg(QString::fromLatin1(Database::changeChannel)));
        !e.isEmpty())
        return e;
    // Through the driver, which also takes a COMMIT that the server answered with ROLLBACK
    // (a transaction that had failed) for the failure it is.
    QSqlDatabase db = m_db.connection();
    const QString e = db.commit() ? QString() : db.lastError().text();
    if (e.isEmpty() && m_db.m_script)
        m_db.m_script->append(QStringLiteral("COMMIT")); // psql's script ends as this did
    if (!e.isEmpty())
        return connectionLost(e)
                   ? Messages::tr("%1: the connection to the server was lost while saving; "
                                  "the change was not stored. Try again when it is back "
                                  "(%2)")
                         .arg(m_db.path(), e)
                   : e;
    m_inWrite = false;
    if (!m_initialising) // a set-up does not move the revision row: it had none
        ++m_ownCommits;
    return {};
}

void PostgresBackend::rollback() {
    m_inWrite = false;
    (void)m_db.exec(QStringLiteral("ROLLBACK")); // the work's own error is the one reported
}

QString PostgresBackend::beforeMigrationStep(int current, int target) {
    // The tables a step makes belong to the administrators' role, as set-up made them, so
    // that editors and readers get them too; a login outside it cannot upgrade.
    const QString admin = QString::fromLatin1(Database::adminRole);
    if (m_db.exec(QStringLiteral("SET LOCAL ROLE %1").arg(admin)).isEmpty())
        return {};
    return Messages::tr("the database has schema %1 and this program needs %2; an "
                        "administrator (%3) opens it once to upgrade it")
        .arg(current)
        .arg(target)
        .arg(admin);
}

bool PostgresBackend::watchChanges(QObject *context, const std::function<void()> &changed) {
    // The server tells its listeners of every commit (commit() notifies); the driver reads
    // the notification on this thread's event loop. A new session asks again.
    QSqlDriver *driver = m_db.connection().driver();
    driver->subscribeToNotification(QString::fromLatin1(Database::changeChannel));
    if (!m_watched) { // the driver outlives sessions: connected once
        QObject::connect(driver, &QSqlDriver::notification, context, [changed] { changed(); });
        m_watched = true;
    }
    return true;
}

QString PostgresBackend::saveCopy(const QString &path) {
    // A server's data goes into a new file through the checked copy.
    auto copied = StoreCopy::copyTo(m_db, path);
    return copied ? QString() : copied.error();
}

} // namespace ita
