#include "Database.h"

#include "AuditLog.h"
#include "DatabaseBackend.h"
#include "Migrations.h"
#include "PostgresBackend.h"
#include "ServerLocation.h"
#include "SqliteBackend.h"
#include "StateLedger.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDriver>
#include <QSqlError>

namespace ita {

namespace {
/// These messages keep the context they had when Database.cpp held them all.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::Database)
};
} // namespace

QString Database::nextConnectionName() {
    static QAtomicInt counter;
    return QStringLiteral("ita-db-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString DatabaseBackend::newerSchema(const QString &where, int version) {
    return Messages::tr("%1: written by a newer ITA Planner (schema %2; this program "
                        "reads up to %3). Open it with the newer version.")
        .arg(where)
        .arg(version)
        .arg(Database::schemaVersion);
}

QSqlQuery DatabaseBackend::prepared(const QString &sql) {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true); // read forward, as the callers do
    q.prepare(sql);
    return q;
}

void *DatabaseBackend::nativeHandle() const {
    const QSqlDatabase db = m_db.connection();
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    return handle.isValid() ? *static_cast<void *const *>(handle.data()) : nullptr;
}

Database::Database(QString path, QString connectionName, bool readOnly)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_readOnly(readOnly)
    , m_actor(systemUserName()) {}

void Database::removeFile(const QString &path) {
    // -journal: a file filled through the rollback journal (a new file's import) that failed.
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QString::fromLatin1(suffix));
}

void Database::checkpoint() {
    m_impl->checkpoint();
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
    return m_impl->ddl(sql);
}

bool Database::hasTable(const QString &name) const {
    return m_impl->hasTable(name);
}

Result<std::unique_ptr<Database>> Database::open(const QString &location, Options options) {
    auto opened = ServerLocation::isServer(location) ? PostgresBackend::open(location, options)
                                                     : SqliteBackend::open(location, options);
    if (opened)
        (*opened)->m_location = location;
    return opened;
}

Database::~Database() {
    if (m_impl) {
        m_impl->closing();
        // The last connection to close folds the log in by itself; another still open (a
        // window) would leave this one's commits in the -wal file alone.
        m_impl->checkpoint();
    }
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    m_impl.reset();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Database::Backend Database::backend() const {
    return m_impl->kind();
}

bool Database::isDisconnected() const {
    return m_impl->isDisconnected();
}

int Database::sessions() const {
    return m_impl->sessions();
}

QString Database::afterExplicitIds(const QString &table) {
    return m_impl->afterExplicitIds(table);
}

void Database::setActor(const QString &name) {
    if (m_impl->namesTheWriter())
        return; // the server names the writer: the login role
    m_actor = name.trimmed().isEmpty() ? systemUserName() : name.trimmed();
}

int Database::dataVersion() const {
    return m_impl->dataVersion();
}

Database::Revision Database::revision() const {
    return m_impl->revision();
}

int Database::version() const {
    return m_impl->version();
}

QSqlQuery Database::prepared(const QString &sql) {
    return m_impl->prepared(sql);
}

QString Database::exec(const QString &sql) {
    QSqlQuery q(connection());
    if (!q.exec(sql))
        return q.lastError().text();
    if (m_script)
        m_script->append(sql);
    return {};
}

QString Database::quickCheck() const {
    if (backend() != Backend::File)
        return {};
    QSqlQuery check(connection());
    if (!check.exec(QStringLiteral("PRAGMA quick_check(5)")))
        return damaged(m_path, check.lastError().text());
    QStringList problems;
    while (check.next()) {
        // A row may hold several lines; "*** in database main ***" heads SQLite's list: which
        // database, not a problem.
        for (const QString &part : check.value(0).toString().split(u'\n', Qt::SkipEmptyParts)) {
            const QString line = part.trimmed();
            if (line != u"ok" && !line.startsWith(u"*** in database"))
                problems << line;
        }
    }
    return problems.isEmpty() ? QString() : damaged(m_path, problems.join(QStringLiteral("; ")));
}

QString Database::readOnlyReason() const {
    if (isDisconnected())
        return Messages::tr("the connection to the server is lost; read-only until it returns");
    return m_readOnlyReason;
}

bool Database::checkConnection() {
    return m_impl->checkConnection();
}

bool Database::watchChanges(QObject *context, const std::function<void()> &changed) {
    return m_impl->watchChanges(context, changed);
}

QString Database::saveCopy(const QString &path) {
    return m_impl->saveCopy(path);
}

void *Database::sqliteHandle() const {
    return backend() == Backend::File ? m_impl->nativeHandle() : nullptr;
}

void *Database::postgresHandle() const {
    return backend() == Backend::Server ? m_impl->nativeHandle() : nullptr;
}

QString Database::begin() {
    if (m_readOnly)
        return m_readOnlyReason.isEmpty()
                   ? Messages::tr("%1 is open read-only").arg(m_path)
                   : Messages::tr("%1 is open read-only: %2").arg(m_path, m_readOnlyReason);
    return m_impl->begin();
}

QString Database::ended(const QString &error) {
    return m_impl->ended(error);
}

QString Database::sealTouched() {
    const QSet<QString> keys = std::exchange(m_touched, {});
    // Before schema 8 (a migration in progress) there is no ledger yet; schema 8 seals all.
    if (keys.isEmpty())
        return {};
    const int schema = version();
    if (schema == 0 && isServer())
        return Messages::tr("%1: the schema version cannot be read").arg(m_path);
    if (schema < 8)
        return {};
    return StateLedger(*this, schema).seal(keys);
}

QString Database::commit() {
    return m_impl->commit();
}

void Database::rollback() {
    m_touched.clear();
    m_impl->rollback();
}

QString Database::migrate(const Options &options) {
    const int target = options.migrateTo > 0 ? options.migrateTo : schemaVersion;
    int current = version();
    while (current < target) {
        const int next = current + 1;
        const QString error = transact([&]() -> QString {
            if (QString e = m_impl->beforeMigrationStep(current, target); !e.isEmpty())
                return e;
            if (QString e = applyMigration(*this, next); !e.isEmpty())
                return Messages::tr("step to schema %1: %2").arg(next).arg(e);
            return m_impl->setVersion(next);
        });
        if (!error.isEmpty())
            return error;
        current = next;
    }
    return {};
}

} // namespace ita
