#pragma once

#include "domain/Result.h"

#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace ita {

/// One open .itadb file: a SQLite database with foreign keys on, WAL journal, and a
/// schema version in PRAGMA user_version brought forward by migrations on open.
class Database {
public:
    /// Version of the schema this program writes.
    static constexpr int schemaVersion = 9;
    /// PRAGMA application_id of an .itadb file ("ITAP"); tells it from other SQLite files.
    static constexpr int applicationId = 0x49544150;

    struct Options {
        bool readOnly = false;
        /// Stop migrating at this version (tests build old files with it); 0 = current.
        int migrateTo = 0;
        /// Copy the file to "<file>.v<N>.bak" before migrating an existing file from N.
        bool backupBeforeMigration = true;
        /// Run SQLite's quick_check on open (it reads the whole file). A second connection
        /// to a file this process already opened and checked may skip it.
        bool checkIntegrity = true;
    };

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
    const QString &path() const { return m_path; }
    int version() const;
    bool isReadOnly() const { return m_readOnly; }
    /// Who the audit trail names for changes made through this connection: the OS user
    /// unless the preferences give a name.
    const QString &actor() const { return m_actor; }
    void setActor(const QString &name);
    /// SQLite's PRAGMA data_version: changes when another connection (another instance of
    /// the program on the same file) commits. Polled to refresh views.
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
    template <class Work> QString transact(Work &&work) {
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
        return error;
    }

    /// Runs one statement; returns the driver's error text, or empty.
    QString exec(const QString &sql);

    /// Marks a StateLedger key ("assessment 12", "plan 3 2565", …) as changed by the running
    /// transaction: its digests are rewritten before the commit. Every write a repository
    /// makes touches the keys of what it writes.
    void touch(const QString &ledgerKey) { m_touched.insert(ledgerKey); }

private:
    Database(QString path, QString connectionName, bool readOnly);
    QString begin();
    QString sealTouched();
    QString commit();
    void rollback();
    QString migrate(const Options &options);

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    QString m_actor;
    int m_depth = 0;         ///< nesting of transact()
    QSet<QString> m_touched; ///< ledger keys the running transaction changed
};

} // namespace ita
