#pragma once

#include "Database.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <vector>

namespace ita {

/// A digest of every row the audit trail vouches for (scores, grades, titles, thresholds,
/// recommendations, report texts, plans with every field of their measures and steps, units,
/// frameworks), kept row by row and rewritten in the same transaction as each change the
/// program makes. A change made outside the program (sqlite3, a script) leaves a row whose
/// content no longer matches its digest, a row without one, or a digest without its row:
/// verify() names each, with the assessment, plan or framework and the row.
///
/// Why digests and not a replay of the trail: the trail records changes in words for people
/// (a plan field "span: Q1 → Q1–Q2"), not a form that can rebuild the file exactly, and a file
/// of 40,000 assessments imported in bulk would take a long replay. Digests are checked in one
/// pass over the data. Like the chain, they hold no secret: whoever recomputes them by the same
/// recipe can hide an edit; the chain's head hash, written down outside the file, anchors the
/// changes the program made.
class StateLedger {
    Q_DECLARE_TR_FUNCTIONS(ita::StateLedger)
public:
    /// `schema`: the file's schema version, when a migration seals a file that is not yet at
    /// the newest (rows whose columns come later are left out).
    explicit StateLedger(Database &db, int schema = Database::schemaVersion)
        : m_db(db)
        , m_schema(schema) {}

    static QString assessmentKey(qint64 assessmentId);
    static QString planKey(qint64 agencyId, int fiscalYear);
    static QString agencyKey(qint64 agencyId);
    static QString frameworkKey(const QString &frameworkId);
    /// Part of a plan's key: one measure's own rows (its fields, items and monitoring, not
    /// its steps), or one step's rows (its fields, units and evidence). Touching a part
    /// instead of the plan rewrites only those digests, still under the plan's key: what an
    /// edit of one measure or step in place needs, where a 500-step plan would otherwise be
    /// digested whole for every drag of a bar.
    static QString planMeasureKey(qint64 agencyId, int fiscalYear, int measure);
    static QString planStepKey(qint64 agencyId, int fiscalYear, int measure, int step);

    /// Recomputes and stores the digests of these keys' rows (a key whose data is gone loses
    /// its digests; a part of a plan key, only that part's). Called by Database before every
    /// commit with the keys the work touched.
    QString seal(const QSet<QString> &keys);
    /// Every key of the file: when the ledger is first made (schema 8).
    QString sealAll();

    struct Mismatch {
        QString where; ///< "สำนักงาน กกพ. 2564", "สำนักงาน กกพ. plan 2565", "framework ITA-2569"
        QString row;   ///< "E13", "assessment", "measure 2 step 3", "definition"
        enum class Kind { Changed, Added, Removed } kind = Kind::Changed;
        /// "สำนักงาน กกพ. 2564, E13: changed outside ITA Planner"
        QString text() const;
    };
    /// Every row that does not match its digest; empty when the file is as the program left
    /// it.
    Result<std::vector<Mismatch>> verify() const;

private:
    struct Row {
        QString label;
        QByteArray digest;
    };
    Result<std::vector<Row>> rowsOf(const QString &key) const;
    QString sealPart(const QString &key);
    Result<QStringList> allKeys() const;
    QString whereOf(const QString &key) const;

    Database &m_db;
    int m_schema;
};

} // namespace ita
