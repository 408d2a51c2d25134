#pragma once

#include "domain/AuditRecord.h"
#include "domain/Plan.h"
#include "domain/Result.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace ita {

class Database;

/// The file's audit trail: every change to scores, thresholds, plans (measures, steps,
/// status, units) and report texts, appended in the same transaction as the change itself.
/// Each record carries the SHA-256 of its content and of the record before it, so editing or
/// deleting a record breaks the chain; the head hash and the record count are sealed
/// separately, so removing the newest records is caught too. Someone who rewrites the whole
/// chain with the same recipe is not: the head hash that verify() reports can be written in
/// the group's minutes to anchor the file outside itself.
class AuditLog {
public:
    explicit AuditLog(Database &database)
        : m_db(database) {}

    /// Appends records for the changes (call inside the change's transaction).
    QString append(const std::vector<AuditChange> &changes);

    /// Records whose scope starts with `scopePrefix` (all when empty), oldest first.
    Result<std::vector<AuditRecord>> list(const QString &scopePrefix = {}) const;

    struct Verification {
        bool ok = true;
        int records = 0;
        qint64 brokenAt = 0; ///< the first record that does not fit; 0 when ok
        QString message;     ///< plain words: what is wrong, or that the chain is intact
        QString head;        ///< the newest record's hash
        /// Rows changed, added or removed outside the program (StateLedger), one line each:
        /// the trail does not account for them.
        QStringList outside;
        bool cancelled = false; ///< stopped before it ended: nothing is known
        /// The file itself is damaged (SQLite's quick_check, run first by the window's check):
        /// `message` says how; the trail was not checked.
        bool damaged = false;
    };
    /// The chain, the seal and the ledger checked. `progress(done, total)` is told how far the
    /// ledger's check is, now and then; returning false stops it, and the verification then
    /// says it was stopped (`cancelled`), neither intact nor broken.
    Verification verify(const std::function<bool(int, int)> &progress = {}) const;

    /// "E8 score 77.36 → 90.00 (สมชาย, 2565-03-01 …)" style one-line text of a record.
    static QString describe(const AuditRecord &record);

private:
    Database &m_db;
};

/// The differences between two versions of a plan as audit changes, field by field.
std::vector<AuditChange> planChanges(const Plan &before, const Plan &after);

/// The OS user's login name, the default "who" of the audit trail.
QString systemUserName();

} // namespace ita
