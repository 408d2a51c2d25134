#include "LibraryRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "StateLedger.h"
#include "io/FrameworkReader.h"
#include "io/LibraryJson.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ita {

namespace {
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::LibraryRepository)
};

QString scope() {
    return QStringLiteral("library");
}
} // namespace

Result<std::vector<LibraryEntry>> LibraryRepository::load(const FrameworkRegistry &registry) const {
    using R = Result<std::vector<LibraryEntry>>;
    std::vector<LibraryEntry> out;
    if (m_db.version() < 11)
        return out;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, definition FROM library_entries ORDER BY position")))
        return R::failure(q.lastError().text());
    while (q.next()) {
        auto entry =
            readLibraryEntryJson(q.value(1).toString().toUtf8(),
                                 QStringLiteral("%1: %2").arg(m_db.path(), scope()), registry);
        if (!entry)
            return R::failure(Messages::tr("%1: library entry \"%2\" cannot be read: %3")
                                  .arg(m_db.path(), q.value(0).toString(), entry.error()));
        out.push_back(entry.take());
    }
    return out;
}

LibraryRepository::LibraryRepository(Database &db, const FrameworkRegistry *registry)
    : m_db(db)
    , m_registry(registry ? registry : &FrameworkRegistry::builtIn()) {}

QString LibraryRepository::save(const LibraryEntry &entry) {
    Library one;
    one.entries = {entry};
    return import(one, true);
}

QString LibraryRepository::remove(const QString &id) {
    return m_db.transact([&]() -> QString {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM library_entries WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return q.lastError().text();
        if (q.numRowsAffected() == 0)
            return Messages::tr("the file's library has no entry \"%1\"").arg(id);
        m_db.touch(StateLedger::libraryKey());
        return AuditLog(m_db).append({{scope(), id, QStringLiteral("removed"), id, QString()}});
    });
}

QString LibraryRepository::import(const Library &library, bool replace) {
    if (m_db.version() < 11)
        return Messages::tr("%1 is too old to hold a measures library (schema %2): open it once "
                            "to upgrade it")
            .arg(m_db.path())
            .arg(m_db.version());
    return m_db.transact([&]() -> QString {
        QSqlQuery q(m_db.connection());
        std::vector<AuditChange> audit;
        for (const LibraryEntry &e : library.entries) {
            q.prepare(QStringLiteral("SELECT definition FROM library_entries WHERE id = ?"));
            q.addBindValue(e.id);
            if (!q.exec())
                return q.lastError().text();
            const bool exists = q.next();
            const QByteArray json = writeLibraryEntryJson(e);
            // What is stored must read back: the same checks as a library file's entry.
            if (auto back = readLibraryEntryJson(json, e.id, *m_registry); !back)
                return Messages::tr("library entry \"%1\": %2").arg(e.id, back.error());
            const QString definition = QString::fromUtf8(json);
            if (exists && !replace)
                return Messages::tr("the file's library already has an entry \"%1\"; nothing was "
                                    "stored (import with --replace to replace it)")
                    .arg(e.id);
            if (exists && q.value(0).toString() == definition)
                continue;
            if (exists) {
                q.prepare(QStringLiteral("UPDATE library_entries SET definition = ? WHERE id = ?"));
                q.addBindValue(definition);
                q.addBindValue(e.id);
            } else {
                q.prepare(QStringLiteral("INSERT INTO library_entries (id, position, definition) "
                                         "VALUES (?, (SELECT coalesce(max(position), -1) + 1 "
                                         "FROM library_entries), ?)"));
                q.addBindValue(e.id);
                q.addBindValue(definition);
            }
            if (!q.exec())
                return q.lastError().text();
            audit.push_back({scope(), e.id,
                             exists ? QStringLiteral("changed") : QStringLiteral("added"),
                             QString(), e.title.th});
        }
        if (audit.empty())
            return QString();
        m_db.touch(StateLedger::libraryKey());
        return AuditLog(m_db).append(audit);
    });
}

Library mergedLibrary(const Library &bundled, const std::vector<LibraryEntry> &own) {
    Library out = bundled;
    for (const LibraryEntry &e : own) {
        const auto same = std::find_if(out.entries.begin(), out.entries.end(),
                                       [&](const LibraryEntry &b) { return b.id == e.id; });
        if (same != out.entries.end())
            *same = e;
        else
            out.entries.push_back(e);
    }
    return out;
}

} // namespace ita
