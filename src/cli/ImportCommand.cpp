// import: a scores file into a database, all or nothing.
#include "Commands.h"
#include "Input.h"
#include "Skeleton.h"

#include "analysis/Analysis.h"
#include "domain/ItemCodes.h"
#include "io/Csv.h"
#include "io/FrameworkReader.h"
#include "io/JsonUtil.h"
#include "io/PlanJson.h"
#include "io/ScoreRows.h"
#include "io/ScoresIo.h"
#include "report/ReportWriters.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/PlanRepository.h"
#include "storage/ScoresFileImport.h"
#include "storage/ScoresWriter.h"
#include "storage/ServerLocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace ita::cli {

namespace {
/// The messages of this file, under one context for lupdate and the program alike.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::cli::ImportCommand)
};
} // namespace

namespace {
/// The file into the store through `writer` (ScoresWriter::forDatabase()), in one
/// transaction; the diagnostics printed. False when nothing was stored.
bool importWith(Database &db, ScoresWriter &writer, QFile &file, const QString &path,
                const FrameworkRegistry &frameworks, const ImportOptions &options) {
    const FileImport result = importScoresFile(db, writer, file, path, frameworks, options);
    if (result.lostConnection) { // one message, not one per row the server could not take
        err(result.failure);
        return false;
    }
    printDiagnostics(result.read.diagnostics);
    if (result.read.leftOut() > 0)
        printDiagnostics({leftOutNote(result.read, path)});
    if (!result.ok()) {
        err(result.failure);
        return false;
    }
    for (const auto &a : writer.imported())
        out(Messages::tr("imported %1, fiscal year %2 (%3): %4 scores\n")
                .arg(a.agency)
                .arg(a.fiscalYear)
                .arg(a.frameworkId)
                .arg(a.lines));
    return true;
}
} // namespace

int runImport(const QStringList &args) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Messages::tr("Scores CSV or assessment JSON to import."));
    parser.addOptions({common().db,
                       common().agency,
                       common().year,
                       common().framework,
                       common().encoding,
                       common().lang,
                       {QStringLiteral("replace"),
                        Messages::tr("Overwrite an agency's fiscal year already stored.")},
                       {QStringLiteral("merge"),
                        Messages::tr("An agency already stored under the same name with another "
                                     "province, group or parent is the same agency: the file's "
                                     "values replace the stored ones.")}});
    int code = Success;
    if (!parse(parser, args,
               Messages::tr("Import ITA scores into a database. Every row is checked first; "
                            "on any error nothing is stored."),
               &code))
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(common().db))
        return usageError(parser, Messages::tr("import needs one FILE and --db DB"));
    int year = 0;
    if (!yearValue(parser, &year, &code))
        return code;
    const auto encoding = encodingFromName(parser.value(common().encoding));
    if (!encoding)
        return usageError(
            parser, Messages::tr("unknown encoding \"%1\"").arg(parser.value(common().encoding)));

    const QString path = parser.positionalArguments().front();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err(QStringLiteral("%1: %2").arg(path, file.errorString()));
        return BadInput;
    }
    ImportOptions options;
    options.agency = parser.value(common().agency);
    options.fiscalYear = year;
    options.frameworkId = parser.value(common().framework);
    options.encoding = *encoding;
    // The file's own frameworks first: a year the group defined is not built in.
    const QString dbPath = parser.value(common().db);
    const FrameworkRegistry frameworks = registryFor(dbPath);
    // JSON (one assessment) is read whole; a CSV streams from the file into the database in one
    // transaction, so that neither the file nor its rows are ever all in memory.
    const bool server = ServerLocation::isServer(dbPath);
    const bool created = !server && !QFileInfo::exists(dbPath);
    auto db = openDatabase(dbPath, false, &code, Creates::Yes);
    if (!db)
        return code;
    const ScoresWriter::Options how{parser.isSet("replace"), parser.isSet("merge")};
    const auto writer = ScoresWriter::forDatabase(*db, frameworks, how);
    if (server)
        return importWith(*db, *writer, file, path, frameworks, options) ? Success : BadInput;
    // A file this import creates holds nothing to protect while it is filled: SQLite's rollback
    // journal writes each page once, where the write-ahead log writes it twice (into the log,
    // then into the file at the checkpoint). A failed import removes the file; a crash leaves
    // the journal, and the next open rolls the file back to empty. The file is put back in WAL
    // mode, which windows and other writers rely on, when the import has committed.
    if (created)
        if (QString e = db->exec(QStringLiteral("PRAGMA journal_mode = DELETE")); !e.isEmpty())
            err(e);
    const bool imported = importWith(*db, *writer, file, path, frameworks, options);
    if (created && imported)
        if (QString e = db->exec(QStringLiteral("PRAGMA journal_mode = WAL")); !e.isEmpty())
            err(e);
    if (!imported) {
        if (created) { // as before the file was read: no database is left behind
            db.reset();
            Database::removeFile(dbPath);
        }
        return BadInput;
    }
    return Success;
}

} // namespace ita::cli
