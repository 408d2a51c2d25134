#pragma once

#include "DatabaseBackend.h"

namespace ita {

/// An .itadb file: SQLite through Qt's QSQLITE driver, foreign keys on, a WAL journal, the
/// schema version in PRAGMA user_version. The write lock is BEGIN IMMEDIATE; SQLite's own
/// commit and rollback hooks make sure that a transaction SQLite undid by itself (a full disk,
/// an I/O error) stores nothing afterwards. Internal to storage.
class SqliteBackend final : public DatabaseBackend {
public:
    /// Opens (creating when absent and allowed) and migrates; the message of a failure names
    /// the file and says what is wrong with it. Refused files are left as they were found.
    static Result<std::unique_ptr<Database>> open(const QString &path,
                                                  const Database::Options &options);

    explicit SqliteBackend(Database &database)
        : DatabaseBackend(database) {}

    Database::Backend kind() const override { return Database::Backend::File; }
    bool hasTable(const QString &name) const override;
    int version() const override;
    QString setVersion(int version) override;
    int dataVersion() const override;
    Database::Revision revision() const override;
    QString begin() override;
    QString commit() override;
    void rollback() override;
    QString ended(const QString &error) override;
    void checkpoint() override;
    QString saveCopy(const QString &path) override;

private:
    /// How a file may be opened given what this user may do to it and its folder: refused
    /// with the reason, or opened as SQLite's "immutable" (a reader in a read-only folder).
    struct FileAccess {
        bool immutable = false;
        QString reason; ///< why the file is read-only, when this is what makes it so
    };
    static Result<FileAccess> fileAccess(const QString &path, const Database::Options &options);
    /// Refuses every commit while a transact() is open other than its own COMMIT, and notices
    /// a rollback SQLite made by itself (after a full disk or an I/O error it may end the
    /// transaction; a statement run after that would otherwise commit alone).
    void guardCommits();
    static int refuseStrayCommit(void *backend);
    static void noticeRollback(void *backend);

    bool m_inTransaction = false; ///< between BEGIN and the transaction's end
    bool m_committing = false;    ///< our own COMMIT or ROLLBACK is running
    bool m_undone = false;        ///< SQLite rolled the transaction back by itself
    bool m_written = false;       ///< a commit not yet checkpointed
};

} // namespace ita
