#pragma once

#include "DatabaseBackend.h"

#include <QHash>

namespace ita {

/// A database on a PostgreSQL server (a `postgresql://` location) through Qt's QPSQL driver:
/// the tables in the schema `ita_planner`, the version in `ita_meta`, the write lock and the
/// revision in the one row of `ita_revision`, a NOTIFY on every commit, the login's roles
/// deciding who may write. A lost connection is opened again before the next transaction.
/// Internal to storage.
class PostgresBackend final : public DatabaseBackend {
public:
    /// Connects, sets up the session, sets up an empty database when the options ask for it,
    /// checks and migrates; the message of a failure names the server and database (never
    /// the password) and says what is wrong in plain words.
    static Result<std::unique_ptr<Database>> open(const QString &location,
                                                  const Database::Options &options);

    explicit PostgresBackend(Database &database)
        : DatabaseBackend(database) {}

    Database::Backend kind() const override { return Database::Backend::Server; }
    QString ddl(const QString &sql) const override;
    bool hasTable(const QString &name) const override;
    int version() const override;
    QString setVersion(int version) override;
    int dataVersion() const override;
    Database::Revision revision() const override;
    QString begin() override;
    QString commit() override;
    void rollback() override;
    QString beforeMigrationStep(int current, int target) override;
    QSqlQuery prepared(const QString &sql) override;
    QString afterExplicitIds(const QString &table) override;
    bool namesTheWriter() const override { return true; }
    bool isDisconnected() const override { return m_disconnected; }
    bool checkConnection() override;
    int sessions() const override { return m_sessions; }
    void closing() override { m_prepared.clear(); } // before the connection they belong to
    bool watchChanges(QObject *context, const std::function<void()> &changed) override;
    QString saveCopy(const QString &path) override;

private:
    QString initialise();
    QString startSession();
    QString reconnect();
    qint64 serverRevision() const;

    qint64 m_ownCommits = 0;              ///< write transactions this connection committed
    bool m_inWrite = false;               ///< a write transaction is open (its revision counted)
    bool m_initialising = false;          ///< no revision row to lock yet
    bool m_disconnected = false;          ///< the connection is lost and not yet opened again
    int m_sessions = 0;                   ///< reopened sessions
    bool m_watched = false;               ///< watchChanges() connected the notifications
    QHash<QString, QSqlQuery> m_prepared; ///< this session's kept statements
};

} // namespace ita
