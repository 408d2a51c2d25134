#pragma once

#include "domain/Assessment.h"
#include "io/ScoresIo.h"

#include <QString>

#include <memory>
#include <utility>
#include <vector>

namespace ita {

class Database;
class FrameworkRegistry;

/// Where a streamed scores file goes: the reader hands each run to take() inside the caller's
/// Database::transact(), between start() and finish(). What is stored is what
/// AssessmentRepository::save() stores (the assessments with computed scores, the ledger, an
/// audit record each, the agencies' details), however the writer gets it there. The command
/// line's import and the window's take the one writer the store needs from forDatabase().
class ScoresWriter : public ScoreSink {
public:
    struct Options {
        bool replace = false; ///< an agency's year already stored is overwritten, not refused
        /// An agency already stored with another province, group or parent than the file
        /// gives is the same agency: the file's values replace the stored ones. Without it such
        /// an import is refused (agencies of the same name exist in different provinces).
        bool merge = false;
    };
    struct Imported {
        QString agency;
        int fiscalYear = 0;
        QString frameworkId;
        int lines = 0;  ///< rows the file gave it
        int scored = 0; ///< of them, rows with a stated score (where the writer counts them)
    };

    /// The writer for `db`: SqliteScoresWriter for a file (SQLite's own interface, a second
    /// thread, rows 32 to a statement), RepositoryScoresWriter for a server (through the
    /// repositories, one assessment at a time).
    static std::unique_ptr<ScoresWriter>
    forDatabase(Database &db, const FrameworkRegistry &registry, Options options);

    /// Prepares what the writer needs; inside the transaction, before the reader.
    virtual QString start() = 0;
    /// After a reader that found no error: what is still pending, then the agencies' details
    /// (refused where they contradict stored ones, unless `merge`).
    virtual QString finish(const std::vector<std::pair<QString, AgencyAttributes>> &attributes) = 0;
    /// Lets go of what start() prepared, before the database is closed; finish() does it too.
    virtual void close() = 0;
    /// What was written, in the order the file first names it.
    const std::vector<Imported> &imported() const { return m_imported; }

protected:
    std::vector<Imported> m_imported;
};

} // namespace ita
