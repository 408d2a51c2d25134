#pragma once

#include "ScoresWriter.h"
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
/// takes SqliteScoresWriter, which runs on SQLite's own interface for speed. Memory holds one
/// assessment, not the file: rows of an assessment that the file gives apart are added to what
/// was stored of it.
class RepositoryScoresWriter : public ScoresWriter {
public:
    RepositoryScoresWriter(Database &db, const FrameworkRegistry &registry, Options options);

    QString start() override { return {}; } ///< nothing to prepare
    QString take(const Assessment &run, bool first, int line) override;
    /// After a reader that found no error: the last assessment, then the agencies' details
    /// (refused where they contradict stored ones, unless `merge`).
    QString finish(const std::vector<std::pair<QString, AgencyAttributes>> &attributes) override;

    void close() override {} ///< nothing to let go of

private:
    QString flush();

    Database &m_db;
    const FrameworkRegistry &m_registry;
    Options m_options;
    std::optional<Assessment> m_current;
    bool m_currentStoredBefore = false; ///< by this import, earlier in the file
    QSet<QString> m_stored;             ///< agency and year, stored by this import
};

} // namespace ita
