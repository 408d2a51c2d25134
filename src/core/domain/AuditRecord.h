#pragma once

#include <QString>

namespace ita {

/// One change as the audit trail records it: who changed what, from what, to what.
struct AuditChange {
    QString scope; ///< "สำนักงาน กกพ. 2564" (an assessment) or "สำนักงาน กกพ. plan 2565"
    QString target; ///< "E8", "thresholds", "measure 2", "measure 2 step 3", "units"
    QString field;  ///< "score", "grade", "title", "status", "span", "import", …
    QString before;
    QString after;
};

/// A change as stored: when, by whom, and its place in the hash chain (storage/AuditLog).
struct AuditRecord {
    qint64 id = 0;
    QString at;  ///< UTC, ISO 8601
    QString who; ///< the OS user, or the name set in the preferences
    AuditChange change;
    QString previousHash;
    QString hash;
};

} // namespace ita
