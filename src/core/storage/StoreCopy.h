#pragma once

#include "domain/Result.h"

#include <QString>
#include <QStringList>

namespace ita {

class Database;

/// Copies everything one store holds into another that holds nothing yet: an .itadb file to a
/// server database, a server database to a file (Save a Copy As for a server), or file to
/// file. The rows keep their ids, so the audit trail's targets, the state ledger's keys and
/// every chain hash stay valid; no audit record is added (the copy is the same history, not a
/// change to it).
///
/// All or nothing: the rows are written and then checked inside one transaction of the
/// destination, which is committed only when every check passes: each table holds as many
/// rows as the source's, the audit chain verifies with the source's head, the ledger finds no
/// row changed, and every assessment classifies the same (overall, level and every node's
/// score, grade and bucket).
struct StoreCopy {
    struct Report {
        qint64 rows = 0;
        int assessments = 0;
        qint64 auditRecords = 0;
        QStringList tables; ///< "score_nodes 4100", … in the order copied
    };
    /// The tables in the order their references need, with the columns a schema 9 store has.
    static const QStringList &tables();
    static Result<Report> copy(Database &source, Database &destination);
    /// copy() into `location`, opened (and, for an empty server database, set up) here: a new
    /// file, removed again when the copy fails, or an empty server database.
    static Result<Report> copyTo(Database &source, const QString &location);
};

} // namespace ita
