// list, sample and frameworks: what a file holds and what the program knows.
#include "Commands.h"
#include "Input.h"
#include "Skeleton.h"

#include "analysis/Analysis.h"
#include "domain/ItemCodes.h"
#include "io/Csv.h"
#include "io/FrameworkReader.h"
#include "io/JsonUtil.h"
#include "io/ResultWriters.h"
#include "io/ScoreRows.h"
#include "storage/AssessmentRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SampleStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ita::cli {

namespace {
/// The messages of this file, under one context for lupdate and the program alike.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::cli::FileCommands)
};
} // namespace

int runList(const QStringList &args) {
    QCommandLineParser parser;
    const FormatOption format({QStringLiteral("text"), QStringLiteral("json")});
    parser.addOptions({common().db, format.option, common().lang});
    int code = Success;
    if (!parse(parser, args, Messages::tr("List the agencies and fiscal years in a database."),
               &code))
        return code;
    if (!parser.isSet(common().db))
        return usageError(parser, Messages::tr("list needs --db DB"));
    const QString fmt = format.value(parser, &code);
    if (fmt.isEmpty())
        return code;
    auto db = openDatabase(parser.value(common().db), true, &code);
    if (!db)
        return code;
    auto list = AssessmentRepository(*db).list();
    if (!list) {
        err(list.error());
        return BadInput;
    }
    if (fmt == u"json") {
        out(results::assessmentListJson(*list));
    } else {
        for (const auto &s : *list)
            out(QStringLiteral("%1\t%2\t%3\n").arg(s.agency).arg(s.fiscalYear).arg(s.frameworkId));
    }
    return Success;
}

int runSample(const QStringList &args) {
    QCommandLineParser parser;
    parser.addOptions({common().db, common().lang});
    int code = Success;
    if (!parse(parser, args,
               Messages::tr("Write the bundled sample (สำนักงาน กกพ., FY2564) into a database, "
                            "replacing it if present."),
               &code))
        return code;
    if (!parser.isSet(common().db))
        return usageError(parser, Messages::tr("sample needs --db DB"));
    auto db = openDatabase(parser.value(common().db), false, &code, Creates::Yes);
    if (!db)
        return code;
    if (QString e = writeSample(*db); !e.isEmpty()) {
        err(e);
        return BadInput;
    }
    out(Messages::tr("sample written to %1\n").arg(db->path()));
    return Success;
}

int runFrameworks(const QStringList &args) {
    QCommandLineParser parser;
    parser.addOption(common().lang);
    int code = Success;
    if (!parse(parser, args,
               Messages::tr("List the frameworks: built in, and from the folder named by "
                            "$ITA_PLANNER_FRAMEWORKS."),
               &code))
        return code;
    for (const Framework *fw : registry().all()) {
        QStringList years;
        for (int y : fw->fiscalYears)
            years << QString::number(y);
        out(QStringLiteral("%1\t%2\t%3\n").arg(fw->id, years.join(u','), fw->title.th));
    }
    return Success;
}

} // namespace ita::cli
