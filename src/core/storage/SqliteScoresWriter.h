#pragma once

#include "ScoresWriter.h"
#include "domain/Assessment.h"
#include "io/ScoresIo.h"

#include <QHash>
#include <QString>

#include <deque>
#include <memory>
#include <utility>
#include <vector>

namespace ita {

class Database;
class FrameworkRegistry;

/// Writes a scores file into an .itadb file as the streaming reader hands it on, inside the
/// caller's Database::transact(): the assessments and their score nodes with computed scores,
/// their rows in the StateLedger, the agencies' attributes and one audit record per
/// assessment, as AssessmentRepository::save() stores them. Built for a national file (4.1
/// million rows): statements are prepared once and run through SQLite itself, score rows go 32
/// to a statement, each new assessment's ledger row is packed from the values as bound, and a
/// second thread prepares each run (computed scores, texts, digests) while the reader reads on.
class SqliteScoresWriter : public ScoresWriter {
public:
    SqliteScoresWriter(Database &db, const FrameworkRegistry &registry, Options options);
    ~SqliteScoresWriter() override;
    SqliteScoresWriter(const SqliteScoresWriter &) = delete;
    SqliteScoresWriter &operator=(const SqliteScoresWriter &) = delete;

    /// Prepares the statements; call inside the transaction, before the reader.
    QString start() override;
    /// Stores the run's assessment row now; its score rows and ledger row are stored at the
    /// next take() or late(true), while a second thread works out their computed scores,
    /// texts and digests as the reader reads on (a refusal then comes from late()).
    QString take(const Assessment &run, bool first, int line) override;
    std::vector<Late> late(bool end) override;
    /// After a reader that found no error: the agencies' attributes (refused as above), the
    /// computed scores of assessments whose rows were apart in the file, the audit records.
    /// The statements prepared by start() must be let go of (close()) before the database is.
    QString finish(const std::vector<std::pair<QString, AgencyAttributes>> &attributes) override;

    /// Lets go of the prepared statements (before the database is closed) and sets the page
    /// cache back; finish() does it too.
    void close() override;

private:
    struct Statements;
    struct Pending;
    struct Worker;
    struct AgencyState {
        qint64 id = 0;
        bool stored = false; ///< in the file before this import
        AgencyAttributes attributes;
    };
    struct GroupState {
        qint64 id = 0;
        int next = 0; ///< position of its next score node
        size_t imported = 0;
        bool replaced = false;
        bool apart = false; ///< rows in more than one run: computed scores are redone at the end
    };
    QString agencyOf(const QString &name, AgencyState **state);
    /// Stores, in order, the runs the worker has prepared, waiting until at least the first
    /// `atLeast` runs submitted are.
    void storePrepared(int atLeast);
    QString write(Pending &p);
    QString error() const;

    Database &m_db;
    const FrameworkRegistry &m_registry;
    Options m_options;
    std::unique_ptr<Statements> m_s;
    std::unique_ptr<Worker> m_worker;
    std::deque<std::unique_ptr<Pending>> m_pending; ///< submitted, not yet stored, in order
    int m_submitted = 0;
    int m_stored = 0;
    std::vector<Late> m_late;
    QHash<QString, AgencyState> m_agencies;
    QHash<QString, GroupState> m_groups; ///< by agency and year
    QHash<QString, bool> m_frameworks;   ///< stored in the file by this import
    QString m_previousCacheSize;
};

} // namespace ita
