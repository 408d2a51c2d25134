#pragma once

#include "domain/Result.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>

class QObject;

namespace ita {

class DatabaseBackend;

/// One open store: an .itadb file (SQLite, foreign keys on, WAL journal, the schema version in
/// PRAGMA user_version) or a database on a PostgreSQL server (a `postgresql://` location; the
/// tables in the schema `ita_planner`, the version in its table `ita_meta`). Both hold the same
/// tables, made by the same migrations. What differs between the two (opening and the session,
/// the DDL's types, the version, the write lock, the revision and change notices, who writes,
/// the copy to a file) is a DatabaseBackend's: SqliteBackend or PostgresBackend, chosen by
/// open() from the location and nowhere else. Migrations bring an older schema forward on
/// open.
class Database {
public:
    enum class Backend { File, Server };
    /// Version of the schema this program writes.
    static constexpr int schemaVersion = 13;
    /// PRAGMA application_id of an .itadb file ("ITAP"); tells it from other SQLite files.
    static constexpr int applicationId = 0x49544150;

    struct Options {
        bool readOnly = false;
        /// A missing file, or one that exists but holds nothing yet (0 bytes, or SQLite's
        /// header and no table), is made a new ITA Planner file. When false (or read-only) it
        /// is refused with a message saying why it holds nothing: what the commands that do not
        /// create files need.
        bool create = true;
        /// Stop migrating at this version (tests build old files with it); 0 = current.
        int migrateTo = 0;
        /// Copy the file to "<file>.v<N>.bak" before migrating an existing file from N.
        bool backupBeforeMigration = true;
        /// Run SQLite's quick_check on open (it reads the whole file). A second connection
        /// to a file this process already opened and checked may skip it.
        bool checkIntegrity = true;
        /// A server database without the program's schema is set up (the schema `ita_planner`,
        /// its tables and the three roles: `ita-planner-cli server init`). Without it such a
        /// database is refused with a message that says to run that command.
        bool initialise = false;
        /// When set, the statements initialising a server database are appended to it (what
        /// `server init --script` writes; scripts/server-setup.sql is that text).
        QStringList *setupScript = nullptr;
    };

    /// "FILE: the file is damaged (DETAIL). Open a copy: …", as a file that fails the check on
    /// open is refused.
    static QString damaged(const QString &path, const QString &detail);
    /// SQLite's quick_check of a file (every page read, its structure checked): damaged()'s
    /// words when it finds a problem, empty when none (and for a server, which keeps its own).
    [[nodiscard]] QString quickCheck() const;
    /// A failed read's message for the user: the location (without a password), and for a
    /// file whose pages SQLite found damaged while reading, the words of damaged().
    static QString explainError(const QString &location, const QString &error);
    /// Folds the write-ahead log into the .itadb file (a passive checkpoint: it waits for no
    /// reader), when this connection committed since the last one: the file alone is then
    /// complete, whatever copies it. The window does it when idle, and every connection on
    /// close. Nothing for a server or a read-only file.
    void checkpoint();
    /// Removes an .itadb file with the -wal, -shm and -journal files SQLite keeps beside it (a
    /// file a failed import or copy created).
    static void removeFile(const QString &path);
    /// The roles `server init` creates: administrators migrate, editors change the data,
    /// readers only read. Logins are made members of them (GRANT ita_planner_editor TO …).
    static constexpr const char *adminRole = "ita_planner_admin";
    static constexpr const char *editorRole = "ita_planner_editor";
    static constexpr const char *readerRole = "ita_planner_reader";
    /// The channel every committed write notifies (LISTEN ita_planner_changed).
    static constexpr const char *changeChannel = "ita_planner_changed";

    /// Opens (creating when absent and not read-only) and migrates. The message of a
    /// failure names the file and says what is wrong with it.
    static Result<std::unique_ptr<Database>> open(const QString &path, Options options);
    static Result<std::unique_ptr<Database>> open(const QString &path) {
        return open(path, Options());
    }
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    /// The file's path, or the server location without its password: what messages name.
    const QString &path() const { return m_path; }
    /// What open() was given, password included: for a second connection to the same store
    /// (a worker thread's). Never shown or stored.
    const QString &location() const { return m_location; }
    Backend backend() const;
    bool isServer() const { return backend() == Backend::Server; }
    int version() const;
    /// Opened for reading, or a server connection that is lost until it returns.
    bool isReadOnly() const { return m_readOnly || isDisconnected(); }
    /// Nothing is written from now on (begin() refuses, naming `reason`): a file found damaged
    /// after the window opened it.
    void makeReadOnly(const QString &reason) {
        m_readOnly = true;
        m_readOnlyReason = reason;
    }
    /// Why a server database is read-only though it was not opened so: the login's roles may
    /// not write, or the connection is lost (empty otherwise).
    QString readOnlyReason() const;
    /// A server connection lost and not yet back: everything already read can be looked at,
    /// nothing changed. Each new transaction (and checkConnection) tries to connect again.
    bool isDisconnected() const;
    /// A server's connection is tried (a cheap statement) and opened again when it was lost;
    /// true when it is usable. A file is always connected.
    bool checkConnection();
    /// How many times a server connection was opened again: a new session has none of the
    /// old one's LISTENs.
    int sessions() const;
    /// Whether the store has a table of this name (an older file may not).
    bool hasTable(const QString &name) const;
    /// A CREATE or ALTER statement written for SQLite, as this backend takes it: on a server,
    /// INTEGER becomes BIGINT (SQLite's integers are 64-bit), an INTEGER PRIMARY KEY an identity
    /// column, and SQLite's clock function PostgreSQL's.
    QString ddl(const QString &sql) const;
    /// Who the audit trail names for changes made through this connection: for a file the OS
    /// user unless the preferences give a name; on a server the login role, which the server
    /// vouches for (setActor() does not change it).
    const QString &actor() const { return m_actor; }
    void setActor(const QString &name);
    /// Changes when another connection (another instance of the program on the same file or
    /// server database) commits: SQLite's PRAGMA data_version; on a server the count of
    /// committed write transactions less this connection's own. Polled (a file) or read on a
    /// notification (a server) to refresh views.
    int dataVersion() const;

    /// Where the file stands as this connection sees it: `dataVersion` changes when another
    /// connection commits, `changes` (SQLite's total_changes()) when this one writes any row.
    /// Two equal revisions mean nothing in the file changed in between, so what was read or
    /// stored at the first still holds at the second. Invalid (never equal to a read one)
    /// by default.
    struct Revision {
        qint64 dataVersion = -1;
        qint64 changes = -1;
        bool isValid() const { return dataVersion >= 0 && changes >= 0; }
        bool operator==(const Revision &) const = default;
    };
    Revision revision() const;

    /// BEGIN IMMEDIATE … COMMIT around `work`; rolls back when it returns an error or a
    /// statement fails, so a failed import or edit stores nothing.
    template <class Work> [[nodiscard]] QString transact(Work &&work) {
        // Inside another transact() the work joins the outer transaction: its error fails
        // the outer one, which rolls everything back.
        if (m_depth > 0) {
            ++m_depth;
            QString error = work();
            --m_depth;
            return error;
        }
        if (QString error = begin(); !error.isEmpty())
            return error;
        ++m_depth;
        QString error = work();
        --m_depth;
        if (error.isEmpty())
            error = sealTouched(); // the ledger's digests follow in the same transaction
        if (error.isEmpty())
            error = commit();
        if (!error.isEmpty())
            rollback();
        return ended(error);
    }

    /// `sql` prepared on this connection. On a server the prepared statement is kept and
    /// handed out again (Qt's PostgreSQL driver makes each prepare() a PREPARE and later a
    /// DEALLOCATE, two round trips of their own); on a file it is prepared anew. Copies share
    /// one statement: bind, run and read it before asking for the same SQL again.
    QSqlQuery prepared(const QString &sql);

    /// Runs one statement; returns the driver's error text, or empty.
    [[nodiscard]] QString exec(const QString &sql);

    /// After rows were written with their own ids (a copy): a server's identity column is set
    /// past them, so that the next row it numbers does not collide. Nothing for a file.
    QString afterExplicitIds(const QString &table);

    /// Marks a StateLedger key ("assessment 12", "plan 3 2565", …) as changed by the running
    /// transaction: its digests are rewritten before the commit. Every write a repository
    /// makes touches the keys of what it writes.
    void touch(const QString &ledgerKey) { m_touched.insert(ledgerKey); }

    /// Calls `changed` on `context`'s thread whenever another connection commits, when the
    /// store tells (a server's notifications; asked again by checkConnection() after a new
    /// session). False when it must be polled through dataVersion() (a file).
    bool watchChanges(QObject *context, const std::function<void()> &changed);
    /// A complete, independent .itadb file of the data at `path` (overwritten): a file's
    /// VACUUM INTO, a server's checked copy. Error or empty.
    [[nodiscard]] QString saveCopy(const QString &path);
    /// The driver's own connection handle, for the bulk paths that go under Qt: the sqlite3*
    /// of a file (null for a server), or the PGconn* of a server (null for a file).
    void *sqliteHandle() const;
    void *postgresHandle() const;

private:
    friend class SqliteBackend;
    friend class PostgresBackend;
    Database(QString path, QString connectionName, bool readOnly);
    /// A name no other open connection of this process has.
    static QString nextConnectionName();

public:
    /// Whether this user may create files (SQLite's -wal, -shm, -journal) in `path`'s folder.
    static bool mayWriteFolderOf(const QString &path);

private:
    QString begin();
    QString sealTouched();
    void rollback();
    [[nodiscard]] QString migrate(const Options &options);
    QString commit();
    QString ended(const QString &error);

    std::unique_ptr<DatabaseBackend> m_impl;
    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    QString m_actor;
    QString m_readOnlyReason;
    QString m_location;
    QStringList *m_script = nullptr; ///< where a server's set-up statements are written
    int m_depth = 0;                 ///< nesting of transact()
    QSet<QString> m_touched;         ///< ledger keys the running transaction changed
};

} // namespace ita
