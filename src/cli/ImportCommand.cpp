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

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

namespace ita::cli {

namespace {
/// The messages of this file, under one context for lupdate and the program alike.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::cli::ImportCommand)
};
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
                        Messages::tr("Overwrite an agency's fiscal year already stored.")}});
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
    const FrameworkRegistry frameworks = registryFor(parser.value(common().db));
    const ImportResult result = readScoresFile(file.readAll(), path, frameworks, options);
    printDiagnostics(result.diagnostics);
    if (!result.ok()) {
        err(Messages::tr("%1: nothing was imported").arg(path));
        return BadInput;
    }
    auto db = openDatabase(parser.value(common().db), false, &code);
    if (!db)
        return code;
    AssessmentRepository repository(*db);
    if (QString e = repository.save(result.assessments, frameworks, parser.isSet("replace"));
        !e.isEmpty()) {
        err(QStringLiteral("%1: %2").arg(path, e));
        return BadInput;
    }
    for (const auto &a : result.assessments)
        out(Messages::tr("imported %1, fiscal year %2 (%3): %4 scores\n")
                .arg(a.agency)
                .arg(a.fiscalYear)
                .arg(a.frameworkId)
                .arg(a.entries.size()));
    return Success;
}

} // namespace ita::cli
