// plan: print, check, draft or import an agency's measures plan.
#include "Commands.h"
#include "Input.h"
#include "Skeleton.h"

#include "analysis/Analysis.h"
#include "analysis/PlanAnalysis.h"
#include "document/PlanDrafting.h"
#include "domain/ItemCodes.h"
#include "io/Csv.h"
#include "io/ExportCsv.h"
#include "io/JsonUtil.h"
#include "io/LibraryCsv.h"
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
    const QCommandLineOption draft(
        QStringLiteral("draft"),
        Messages::tr("Add draft measures, with steps, quarters, units, monitoring and reporting, "
                     "for every improve or urgent item that no measure answers, from the "
                     "measures library, the NACC's recommendations in the file and (with "
                     "--carry-forward) last year's plan; store them, marked as drafts. Creates "
                     "the plan when the agency has none for the year."));
    const QCommandLineOption library(QStringLiteral("library"),
                                     Messages::tr("With --draft: a library file (JSON) to draw on "
                                                  "as well as the bundled one."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption carryForward(
        QStringLiteral("carry-forward"),
        Messages::tr("With --draft: offer last year's measures for items still improve or "
                     "urgent, moved one fiscal year on."));
    const QCommandLineOption take(QStringLiteral("take"),
                                  Messages::tr("With --draft: best (the best proposals until "
                                               "every item is answered; the default) or all."),
                                  QStringLiteral("WHICH"), QStringLiteral("best"));
    const QCommandLineOption importOption(QStringLiteral("import"),
                                          Messages::tr("Store a plan JSON file (with --replace "
                                                       "to overwrite)."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     Messages::tr("With --import: overwrite the stored plan."));
    parser.addOptions({common().db, common().agency, common().year, format.option, coverage, draft,
                       library, carryForward, take, importOption, replace, common().lang});
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
    if (parser.isSet(draft) && parser.value(take) != u"best" && parser.value(take) != u"all")
        return usageError(
            parser, Messages::tr("--take is best or all, not \"%1\"").arg(parser.value(take)));
    std::optional<Library> extra;
    if (parser.isSet(library)) {
        const QString path = parser.value(library);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err(QStringLiteral("%1: %2").arg(path, file.errorString()));
            return BadInput;
        }
        LibraryImport read =
            readLibraryFile(file.readAll(), path, registryFor(parser.value(common().db)));
        printDiagnostics(read.diagnostics);
        if (!read.ok()) {
            err(Messages::tr("%1: the library was refused; nothing was drafted").arg(path));
            return BadInput;
        }
        extra = std::move(read.library);
    }
    auto db = openDatabase(parser.value(common().db), !parser.isSet(draft), &code);
    if (!db)
        return code;
    PlanRepository plans(*db);
    auto plan = plans.load(parser.value(common().agency), year);
    if (!plan && parser.isSet(draft)) {
        // Drafting is how a year's plan begins: an agency without one gets it.
        auto found = plans.find(parser.value(common().agency), year);
        if (found && *found == 0)
            plan = plans.start(parser.value(common().agency), year); // last plan's units
    }
    if (!plan) {
        err(plan.error());
        return BadInput;
    }

    if (parser.isSet(draft)) {
        auto context =
            loadDraftContext(*db, *plan, parser.isSet(carryForward), extra ? &*extra : nullptr);
        if (!context) {
            err(context.error());
            return BadInput;
        }
        const auto groups = context->proposals(*plan);
        const auto drafts =
            takeDrafts(groups, parser.value(take) == u"all" ? DraftTake::All : DraftTake::Best);
        addDrafts(*plan, drafts);
        if (QString e = plans.save(*plan, true); !e.isEmpty()) {
            err(e);
            return BadInput;
        }
        QStringList unmapped;
        for (const DraftGroup &g : groups)
            for (const DraftCandidate &c : g.candidates)
                for (const QString &role : c.unmappedRoles)
                    if (!unmapped.contains(role))
                        unmapped << role;
        for (const Measure &m : drafts)
            out(QStringLiteral("%1 [%2] %3 (%4)\n")
                    .arg(m.codes.join(u' '), m.origin, m.title,
                         thai ? QStringLiteral("%1 ขั้นตอน").arg(m.steps.size())
                              : QStringLiteral("%1 steps").arg(m.steps.size())));
        out(Messages::tr("%1 draft measure(s) added to the plan of %2 for fiscal year %3; review "
                         "them in the Plan tab (every drafted cell is marked until it is edited "
                         "or accepted).\n")
                .arg(QString::number(drafts.size()), plan->agency,
                     QString::number(plan->fiscalYear)));
        if (!unmapped.isEmpty()) {
            QStringList names;
            for (const QString &key : unmapped)
                names << unitRoleTitle(*unitRoleFromKey(key)).in(thai);
            err(Messages::tr("no unit of the agency takes these roles yet, so the drafts name the "
                             "roles themselves: %1. Give each role to a unit in the Plan tab's "
                             "units (or the plan JSON's \"roles\") and draft again.")
                    .arg(names.join(QStringLiteral(", "))));
        }
        return Success;
    }

    if (parser.isSet(coverage)) {
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
        const auto findings = checkCoverage(analysis, *plan);
        if (fmt == u"json") {
            out(results::coverageJson(findings, thai));
        } else {
            int missing = 0;
            for (const auto &f : findings) {
                out(QStringLiteral("[%1] %2\n").arg(coverageKindKey(f.kind), f.message.in(thai)));
                missing += isMissing(f.kind);
            }
            // What is missing and what only waits for a review are counted apart: a drafted
            // plan lacks nothing though nobody has read it yet.
            out(thai ? QStringLiteral("ขาด %1 รายการ, ร่างที่ยังไม่ได้ตรวจทาน %2 รายการ\n")
                           .arg(missing)
                           .arg(findings.size() - size_t(missing))
                     : QStringLiteral("%1 missing, %2 drafts to review\n")
                           .arg(missing)
                           .arg(findings.size() - size_t(missing)));
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
