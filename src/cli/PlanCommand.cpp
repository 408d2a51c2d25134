// plan: print, check, draft or import an agency's measures plan.
#include "Commands.h"
#include "Input.h"
#include "Skeleton.h"

#include "analysis/Analysis.h"
#include "analysis/PlanAnalysis.h"
#include "domain/ItemCodes.h"
#include "io/Csv.h"
#include "io/ExportCsv.h"
#include "io/JsonUtil.h"
#include "io/PlanJson.h"
#include "io/ResultWriters.h"
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
    Q_DECLARE_TR_FUNCTIONS(ita::cli::PlanCommand)
};
} // namespace

int runPlan(const QStringList &args) {
    QCommandLineParser parser;
    const FormatOption format(
        {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("csv")});
    const QCommandLineOption coverage(QStringLiteral("coverage"),
                                      Messages::tr("Print the coverage check instead of the "
                                                   "plan."));
    const QCommandLineOption draft(QStringLiteral("draft"),
                                   Messages::tr("Add draft measures for every improve or urgent "
                                                "item that no measure answers, and store them."));
    const QCommandLineOption importOption(QStringLiteral("import"),
                                          Messages::tr("Store a plan JSON file (with --replace "
                                                       "to overwrite)."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     Messages::tr("With --import: overwrite the stored plan."));
    parser.addOptions({common().db, common().agency, common().year, format.option, coverage, draft,
                       importOption, replace, common().lang});
    int code = Success;
    if (!parse(parser, args,
               Messages::tr("The measures plan of an agency for the fiscal year it runs in "
                            "(the FY2564 results drive the FY2565 plan)."),
               &code))
        return code;
    if (!parser.isSet(common().db))
        return usageError(parser, Messages::tr("plan needs --db DB"));
    const QString fmt = format.value(parser, &code);
    if (fmt.isEmpty())
        return code;
    const bool thai = thaiOutput(parser);

    if (parser.isSet(importOption)) {
        const QString path = parser.value(importOption);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err(QStringLiteral("%1: %2").arg(path, file.errorString()));
            return BadInput;
        }
        const PlanImport read =
            readPlanJson(file.readAll(), path, registryFor(parser.value(common().db)));
        printDiagnostics(read.diagnostics);
        if (!read.ok()) {
            err(Messages::tr("%1: nothing was imported").arg(path));
            return BadInput;
        }
        auto db = openDatabase(parser.value(common().db), false, &code, Creates::Yes);
        if (!db)
            return code;
        if (QString e = PlanRepository(*db).save(read.plan, parser.isSet(replace)); !e.isEmpty()) {
            err(QStringLiteral("%1: %2").arg(path, e));
            return BadInput;
        }
        out(Messages::tr("imported the plan of %1 for fiscal year %2: %3 measures\n")
                .arg(read.plan.agency)
                .arg(read.plan.fiscalYear)
                .arg(read.plan.measures.size()));
        return Success;
    }

    int year = 0;
    if (!yearValue(parser, &year, &code))
        return code;
    if (!parser.isSet(common().agency) || year == 0)
        return usageError(parser, Messages::tr("plan needs --agency and --year (the year the "
                                               "plan runs in)"));
    auto db = openDatabase(parser.value(common().db), !parser.isSet(draft), &code);
    if (!db)
        return code;
    PlanRepository plans(*db);
    auto plan = plans.load(parser.value(common().agency), year);
    if (!plan) {
        err(plan.error());
        return BadInput;
    }

    if (parser.isSet(coverage) || parser.isSet(draft)) {
        AssessmentRepository assessments(*db);
        auto a = assessments.load(plan->agency, plan->basedOnYear);
        if (!a) {
            err(a.error());
            return BadInput;
        }
        auto fw = assessments.framework(a->frameworkId);
        if (!fw) {
            err(fw.error());
            return BadInput;
        }
        const Analysis analysis = analyse(*fw, *a);
        if (parser.isSet(draft)) {
            const auto recs = plans.recommendations(plan->agency, plan->basedOnYear);
            const auto drafts = draftMeasures(analysis, *plan, recs ? *recs : Recommendations());
            for (const Measure &m : drafts)
                plan->measures.push_back(m);
            if (QString e = plans.save(*plan, true); !e.isEmpty()) {
                err(e);
                return BadInput;
            }
            out(Messages::tr("%1 draft measure(s) added: %2\n").arg(drafts.size()).arg([&] {
                QStringList codes;
                for (const Measure &m : drafts)
                    codes << m.codes.join(u' ');
                return codes.join(QStringLiteral("; "));
            }()));
            return Success;
        }
        const auto findings = checkCoverage(analysis, *plan);
        if (fmt == u"json") {
            out(results::coverageJson(findings, thai));
        } else {
            for (const auto &f : findings)
                out(QStringLiteral("[%1] %2\n").arg(coverageKindKey(f.kind), f.message.in(thai)));
            out(thai ? QStringLiteral("พบ %1 รายการ\n").arg(findings.size())
                     : QStringLiteral("%1 finding(s)\n").arg(findings.size()));
        }
        return Success;
    }
    if (fmt == u"json")
        out(writePlanJson(*plan));
    else if (fmt == u"csv") {
        // The one plan CSV writer, shared with export and the GUI: formulas neutralised.
        std::optional<Analysis> analysis;
        AssessmentRepository assessments(*db);
        if (auto a = assessments.load(plan->agency, plan->basedOnYear))
            if (auto fw = assessments.framework(a->frameworkId))
                analysis = analyse(*fw, *a);
        out(exports::planCsv(*plan, analysis ? &*analysis : nullptr, thai));
    } else
        out(results::planText(*plan, thai));
    return Success;
}

} // namespace ita::cli
