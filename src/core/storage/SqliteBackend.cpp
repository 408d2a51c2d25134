#include "SqliteBackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>

// The file backend watches its transactions through SQLite's own hooks, on the connection Qt
// opened (Qt's QSQLITE plugin links the same system libsqlite3).
#include <sqlite3.h>

namespace ita {

namespace {

/// These messages keep the context they had when Database.cpp held them all.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::Database)
};

int pragmaInt(const QSqlDatabase &db, const QString &name, bool *ok) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA %1").arg(name)) || !q.next()) {
        *ok = false;
        return 0;
    }
    *ok = true;
    return q.value(0).toInt();
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

sqlite3 *handleOf(const QSqlDatabase &db) {
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

} // namespace

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

Result<SqliteBackend::FileAccess> SqliteBackend::fileAccess(const QString &path,
                                                            const Database::Options &options) {
    using R = Result<FileAccess>;
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    const bool folderWritable = Database::mayWriteFolderOf(path);
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

Result<std::unique_ptr<Database>> SqliteBackend::open(const QString &path,
                                                      const Database::Options &options) {
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
    const QString name = Database::nextConnectionName();
    std::unique_ptr<Database> database(new Database(path, name, options.readOnly));
    auto *backend = new SqliteBackend(*database);
    database->m_impl.reset(backend);
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
    backend->guardCommits();
    // Reading the schema is the first real access: a file that is not SQLite fails here.
    bool ok = false;
    const int version = pragmaInt(database->connection(), QStringLiteral("user_version"), &ok);
    if (!ok)
        return R::failure(unreadable(path, database->connection()));
    const int appId = pragmaInt(database->connection(), QStringLiteral("application_id"), &ok);
    if (version > 0 && appId != Database::applicationId)
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
    if (version > Database::schemaVersion)
        return R::failure(newerSchema(path, version));

    const int target = options.migrateTo > 0 ? options.migrateTo : Database::schemaVersion;
    // A damaged file is refused with a plain message instead of misbehaving later. The window
    // opens without the check (its background check runs it, Workspace) unless the file is to
    // be upgraded: nothing is ever written to a file not known to be whole.
    if (version > 0 && (options.checkIntegrity || (!options.readOnly && version < target))) {
        if (QString e = database->quickCheck(); !e.isEmpty())
            return R::failure(e);
    }
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL"}) {
        if (QString e = database->exec(QString::fromLatin1(pragma)); !e.isEmpty())
            return R::failure(Database::explainError(path, e));
    }
    if (options.readOnly) {
        opened = true;
        return database;
    }

    if (QString e = database->exec(QStringLiteral("PRAGMA journal_mode = WAL")); !e.isEmpty())
        return R::failure(Database::explainError(path, e));
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

bool SqliteBackend::hasTable(const QString &name) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = ?"));
    q.addBindValue(name);
    return q.exec() && q.next();
}

int SqliteBackend::version() const {
    bool ok = false;
    return pragmaInt(m_db.connection(), QStringLiteral("user_version"), &ok);
}

QString SqliteBackend::setVersion(int version) {
    if (QString e =
            m_db.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId));
        !e.isEmpty())
        return e;
    return m_db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

int SqliteBackend::dataVersion() const {
    bool ok = false;
    return pragmaInt(m_db.connection(), QStringLiteral("data_version"), &ok);
}

Database::Revision SqliteBackend::revision() const {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT data_version, total_changes() FROM pragma_data_version")) ||
        !q.next())
        return {};
    return {q.value(0).toLongLong(), q.value(1).toLongLong()};
}

void SqliteBackend::checkpoint() {
    if (!m_written || m_db.m_readOnly)
        return;
    QSqlQuery q(m_db.connection());
    // busy, log pages, pages checkpointed: done when every page of the log is in the file.
    if (q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) && q.next())
        m_written = q.value(0).toInt() != 0 || q.value(1).toInt() != q.value(2).toInt();
}

QString SqliteBackend::begin() {
    // BEGIN IMMEDIATE takes the write lock; SQLite waits up to the busy timeout (5 s) for
    // another instance to finish before giving up.
    const QString error = m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (error.contains(QStringLiteral("locked")) || error.contains(QStringLiteral("busy")))
        return Messages::tr("%1 is busy: another window or computer is writing to it. Nothing was "
                            "changed; try again in a moment.")
            .arg(m_db.path());
    if (error.isEmpty()) {
        m_inTransaction = true;
        m_undone = false;
    }
    return error;
}

void SqliteBackend::guardCommits() {
    if (sqlite3 *handle = handleOf(m_db.connection())) {
        sqlite3_commit_hook(handle, &SqliteBackend::refuseStrayCommit, this);
        sqlite3_rollback_hook(handle, &SqliteBackend::noticeRollback, this);
    }
}

int SqliteBackend::refuseStrayCommit(void *backend) {
    // Inside transact() the only commit is commit()'s. Any other is a statement that SQLite
    // ran on its own after it had undone the transaction: it is refused (rolled back) too.
    const auto *self = static_cast<const SqliteBackend *>(backend);
    return self->m_inTransaction && !self->m_committing ? 1 : 0;
}

void SqliteBackend::noticeRollback(void *backend) {
    auto *self = static_cast<SqliteBackend *>(backend);
    if (self->m_inTransaction && !self->m_committing)
        self->m_undone = true;
}

QString SqliteBackend::commit() {
    if (m_undone || sqlite3_get_autocommit(handleOf(m_db.connection()))) {
        m_undone = true; // ended() says so
        return Messages::tr("the transaction had already ended");
    }
    m_committing = true;
    const QString error = m_db.exec(QStringLiteral("COMMIT"));
    m_written = m_written || error.isEmpty();
    return error;
}

void SqliteBackend::rollback() {
    m_committing = true; // our own: not taken for SQLite's
    if (!sqlite3_get_autocommit(handleOf(m_db.connection())))
        (void)m_db.exec(QStringLiteral("ROLLBACK")); // the work's own error is the one reported
}

QString SqliteBackend::ended(const QString &error) {
    const bool undone = m_undone;
    m_inTransaction = m_committing = m_undone = false;
    if (!undone)
        return error;
    // A full disk or an I/O error made SQLite roll back: everything since BEGIN is gone, and
    // nothing written after it reached the file (refuseStrayCommit).
    QString why = Messages::tr("%1: a write failed and the whole change was undone; nothing was "
                               "stored")
                      .arg(m_db.path());
    if (error.contains(QStringLiteral("disk is full")) ||
        error.contains(QStringLiteral("disk I/O error")))
        why += Messages::tr(" (is the disk full? Free some space and try again)");
    return error.isEmpty() ? why : why + QStringLiteral(": ") + error;
}

QString SqliteBackend::saveCopy(const QString &path) {
    QFile::remove(path);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(path);
    return q.exec() ? QString() : q.lastError().text();
}

} // namespace ita
