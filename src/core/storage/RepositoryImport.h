#pragma once

#include "domain/Assessment.h"
#include "io/ScoresIo.h"

#include <QSet>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace ita {

class Database;
class FrameworkRegistry;

/// Writes a streamed scores file into any store through the repositories, inside the caller's
/// Database::transact(): one assessment at a time, as AssessmentRepository::save() stores it
/// (computed scores, an audit record, the ledger). What a server import uses; a file's import
/// takes ScoresImport, which runs on SQLite's own interface for speed. Memory holds one
/// assessment, not the file: rows of an assessment that the file gives apart are added to what
/// was stored of it.
class RepositoryImport : public ScoreSink {
public:
    struct Options {
        bool replace = false; ///< an agency's year stored before is overwritten, not refused
        bool merge = false;   ///< other stored details of an agency are replaced, not refused
    };
    RepositoryImport(Database &db, const FrameworkRegistry &registry, Options options);

    QString start() { return {}; } ///< nothing to prepare (ScoresImport's shape)
    QString take(const Assessment &run, bool first, int line) override;
    /// After a reader that found no error: the last assessment, then the agencies' details
    /// (refused where they contradict stored ones, unless `merge`).
    QString finish(const std::vector<std::pair<QString, AgencyAttributes>> &attributes);

    struct Imported {
        QString agency;
        int fiscalYear = 0;
        QString frameworkId;
        int lines = 0;
    };
    void close() {} ///< nothing to let go of (ScoresImport's shape)
    /// The assessments stored, in the order the file first names them, with their row counts.
    const std::vector<Imported> &imported() const { return m_imported; }

private:
    QString flush();

    Database &m_db;
    const FrameworkRegistry &m_registry;
    Options m_options;
    std::optional<Assessment> m_current;
    bool m_currentStoredBefore = false; ///< by this import, earlier in the file
    QSet<QString> m_stored;             ///< agency and year, stored by this import
    std::vector<Imported> m_imported;   ///< what a national file's 41,500 cost: a line each
};

} // namespace ita
