#pragma once

#include "Database.h"
#include "domain/Result.h"
#include "domain/Score.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace ita {

/// The digest of one row's content (its columns after the label): SHA-256 over each value's
/// text followed by \x1f, a null written as \x01. One recipe for the rows the program reads
/// back through Qt and for those SQLite digests in SQL during an import (SqliteScoresWriter).
class RowDigest {
public:
    /// `sqliteText`: the text is a file's, which SQLite reads back with U+FFFE and U+FFFF as
    /// U+FFFD; they are digested so on both sides. A server gives them back as written.
    explicit RowDigest(bool sqliteText = true);
    ~RowDigest();
    RowDigest(const RowDigest &) = delete;
    RowDigest &operator=(const RowDigest &) = delete;
    void addNull();
    void addText(const char *utf8, size_t size);
    void addText(const QByteArray &utf8) { addText(utf8.constData(), size_t(utf8.size())); }
    /// An integer column, as SQLite and Qt write it as text.
    void addInteger(qint64 value);
    /// A score column: its hundredths, or null.
    void addScore(const std::optional<Score> &score);
    /// The full 32 bytes of SHA-256; the digest then starts again, for the next row.
    QByteArray result();

private:
    struct State;
    std::unique_ptr<State> m_state;
    bool m_sqliteText = true;
};

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
///
/// How they are kept: from schema 10, one row of `state_digests` per key holds all that key's
/// rows packed (pack()) with the first 16 bytes of each digest; an import of 40,000
/// assessments writes 40,000 ledger rows instead of 4 million, and the file is half the size.
/// Schema 8 and 9 kept one `state_ledger` row per row with the digest in hex; a ledger of
/// that schema is still read (a read-only older file's verification) and written (the
/// migrations to 8 and 9), and the migration to 10 transcribes it without recomputing, so
/// that what was changed outside the program before the upgrade still shows after it.
class StateLedger {
    Q_DECLARE_TR_FUNCTIONS(ita::StateLedger)
public:
    /// The schema from which the ledger is packed, one row per key, in `state_digests`.
    static constexpr int packedSince = 10;
    /// Bytes of each row's digest kept in the packed ledger.
    static constexpr int digestSize = 16;
    /// One key's rows: label ("E13", "measure 2 step 3") → digest as stored.
    using Rows = std::map<QString, QByteArray>;
    /// The packed form of one key's rows: in the order of the labels' UTF-8 bytes, each as a
    /// 4-byte big-endian length, the label's UTF-8 and the digest's `digestSize` bytes.
    static QByteArray pack(std::vector<std::pair<QByteArray, QByteArray>> rows);
    /// The rows of a packed value; nothing when it is not one (damaged or written by hand).
    static std::optional<Rows> unpack(const QByteArray &packed);

    /// `schema`: the file's schema version, when a migration seals a file that is not yet at
    /// the newest (rows whose columns come later are left out).
    explicit StateLedger(Database &db, int schema = Database::schemaVersion)
        : m_db(db)
        , m_schema(schema) {}

    static QString assessmentKey(qint64 assessmentId);
    static QString planKey(qint64 agencyId, int fiscalYear);
    static QString agencyKey(qint64 agencyId);
    static QString frameworkKey(const QString &frameworkId);
    /// The file's measures library, all its entries under one key (schema 11).
    static QString libraryKey();
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
    /// Adds to each key's sealed rows the rows of what this schema brings (the sources whose
    /// columns it adds), leaving the rows sealed before as they were: a migration that adds
    /// columns, so that a change made outside the program before it is still named after it.
    QString extend(const QSet<QString> &keys);

    struct Mismatch {
        QString where; ///< "สำนักงาน กกพ. 2564", "สำนักงาน กกพ. plan 2565", "framework ITA-2569"
        QString row;   ///< "E13", "assessment", "measure 2 step 3", "definition"
        enum class Kind { Changed, Added, Removed } kind = Kind::Changed;
        /// "สำนักงาน กกพ. 2564, E13: changed outside ITA Planner"
        QString text() const;
    };
    /// Every row that does not match its digest; empty when the file is as the program left
    /// it.
    /// `progress(done, total)` is told the keys checked, now and then; returning false stops
    /// the check, which then fails with cancelled().
    Result<std::vector<Mismatch>> verify(const std::function<bool(int, int)> &progress = {}) const;
    /// The error of a check that was stopped.
    static QString cancelled();
    /// The rows sealed under one key (none when it has no ledger row); an error names a
    /// packed value that cannot be read, unless `unreadable` is given: it is set, and the
    /// rows are none.
    Result<Rows> sealed(const QString &key, bool *unreadable = nullptr) const;

private:
    struct Row {
        QString label;
        QByteArray digest;
    };
    bool packed() const { return m_schema >= packedSince; }
    /// A row's digest as this schema stores it: the first digestSize bytes, or all in hex.
    QByteArray stored(QByteArray full) const;
    /// The key's rows; with `onlySince`, only those of sources that schema brought.
    Result<std::vector<Row>> rowsOf(const QString &key, int onlySince = 0) const;
    /// Replaces the key's ledger rows (none: the key is gone).
    QString store(const QString &key, const Rows &rows);
    QString sealPart(const QString &key);
    /// sealPart() in a packed ledger: the rows labelled owned[0], or starting with owned[1]
    /// or owned[2], replaced by `fresh` in the key's packed value.
    QString splicePacked(const QString &key, const QStringList &owned,
                         const std::vector<std::pair<QString, QByteArray>> &fresh);
    Result<QStringList> allKeys() const;
    QString whereOf(const QString &key) const;

    Database &m_db;
    int m_schema;
};

} // namespace ita
