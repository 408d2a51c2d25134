#pragma once

#include "Database.h"

#include <QSqlQuery>
#include <QString>

#include <functional>

class QObject;

namespace ita {

/// What differs between the two kinds of store, behind Database, the one front every
/// repository uses: SqliteBackend (an .itadb file) and PostgresBackend (a database on a
/// server). Each is made by its own open(), which sets up the connection and the session,
/// checks what it opened and migrates it; afterwards Database hands it the schema version,
/// revisions and change notices, the write lock and the end of a transaction, the DDL's
/// dialect, the copy to a file and the raw driver handle. Internal to storage: nothing
/// outside it includes this header.
class DatabaseBackend {
public:
    explicit DatabaseBackend(Database &database)
        : m_db(database) {}
    virtual ~DatabaseBackend() = default;
    DatabaseBackend(const DatabaseBackend &) = delete;
    DatabaseBackend &operator=(const DatabaseBackend &) = delete;

    virtual Database::Backend kind() const = 0;

    /// A CREATE or ALTER statement written for SQLite, in this backend's dialect.
    virtual QString ddl(const QString &sql) const { return sql; }
    virtual bool hasTable(const QString &name) const = 0;
    virtual int version() const = 0;
    virtual QString setVersion(int version) = 0;
    virtual int dataVersion() const = 0;
    virtual Database::Revision revision() const = 0;

    /// Opens the write transaction and takes the write lock (the read-only check is done).
    virtual QString begin() = 0;
    virtual QString commit() = 0;
    virtual void rollback() = 0;
    /// The transaction is over: `error` as the caller is told it.
    virtual QString ended(const QString &error) { return error; }
    /// Before one step of a migration runs in its transaction.
    virtual QString beforeMigrationStep(int current, int target) {
        Q_UNUSED(current);
        Q_UNUSED(target);
        return {};
    }

    /// `sql` prepared on the connection (a server keeps its prepared statements).
    virtual QSqlQuery prepared(const QString &sql);
    virtual QString afterExplicitIds(const QString &table) {
        Q_UNUSED(table);
        return {};
    }
    /// Whether the writer named in the audit trail is the store's to say (a server's login).
    virtual bool namesTheWriter() const { return false; }
    virtual bool isDisconnected() const { return false; }
    virtual bool checkConnection() { return true; }
    virtual int sessions() const { return 0; }
    virtual void checkpoint() {}
    /// Before the connection closes.
    virtual void closing() {}

    /// Calls `changed` on `context`'s thread whenever another connection commits, when the
    /// store can say so (a server's notifications); false when it must be polled (a file).
    /// Called again after a new session (sessions() moved on).
    virtual bool watchChanges(QObject *context, const std::function<void()> &changed) {
        Q_UNUSED(context);
        Q_UNUSED(changed);
        return false;
    }
    /// A complete, independent .itadb file of the store's data at `path`.
    virtual QString saveCopy(const QString &path) = 0;
    /// The driver's own connection handle (sqlite3*, PGconn*), for the bulk paths.
    void *nativeHandle() const;

protected:
    Database &m_db;
    static QString newerSchema(const QString &where, int version);
};

} // namespace ita
