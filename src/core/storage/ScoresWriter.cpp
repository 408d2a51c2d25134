#include "ScoresWriter.h"

#include "Database.h"
#include "RepositoryScoresWriter.h"
#include "SqliteScoresWriter.h"

namespace ita {

std::unique_ptr<ScoresWriter>
ScoresWriter::forDatabase(Database &db, const FrameworkRegistry &registry, Options options) {
    if (db.isServer())
        return std::make_unique<RepositoryScoresWriter>(db, registry, options);
    return std::make_unique<SqliteScoresWriter>(db, registry, options);
}

} // namespace ita
