#include "Commands.h"
#include "Skeleton.h"
#include "domain/ItemCodes.h"

#include "analysis/Analysis.h"
#include "analysis/PlanAnalysis.h"
#include "analysis/WhatIf.h"
#include "domain/FiscalCalendar.h"
#include "io/AnalysisWriters.h"
#include "io/Csv.h"
#include "io/ExportCsv.h"
#include "io/FrameworkReader.h"
#include "io/JsonUtil.h"
#include "io/PlanJson.h"
#include "io/ResultWriters.h"
#include "io/Sample.h"
#include "io/ScoreRows.h"
#include "io/ScoresIo.h"
#include "report/ReportExport.h"
#include "report/ReportSource.h"
#include "report/ReportWriters.h"
#include "storage/AssessmentRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/PlanRepository.h"
#include "storage/SampleStore.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

#include <cstdio>
#include <optional>

namespace ita::cli {

namespace {
/// The messages of this file, under one context for lupdate and the program alike.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::cli::Commands)
};
} // namespace

namespace {

/// A command's options, parsed; `exit` is set when the command must stop (help shown or a
/// usage error reported).
struct Parsed {
    std::optional<int> exit;
};

const QCommandLineOption dbOption({QStringLiteral("db")},
                                  QStringLiteral("The .itadb database file."),
                                  QStringLiteral("DB"));
const QCommandLineOption agencyOption({QStringLiteral("agency")},
                                      QStringLiteral("Agency name, as stored or as the scores "
                                                     "belong to."),
                                      QStringLiteral("NAME"));
const QCommandLineOption yearOption({QStringLiteral("year")},
                                    QStringLiteral("Fiscal year, Buddhist Era (e.g. 2564)."),
                                    QStringLiteral("BE"));
const QCommandLineOption frameworkOption({QStringLiteral("framework")},
                                         QStringLiteral("Framework id (default: the one for "
                                                        "the year; see 'frameworks')."),
                                         QStringLiteral("ID"));
const QCommandLineOption encodingOption({QStringLiteral("encoding")},
                                        QStringLiteral("CSV encoding: auto (default), utf-8 or "
                                                       "windows-874."),
                                        QStringLiteral("E"), QStringLiteral("auto"));
const QCommandLineOption langOption({QStringLiteral("lang")},
                                    QStringLiteral("Language of messages and tables: th or en "
                                                   "(default: the system's)."),
                                    QStringLiteral("th|en"));
const QCommandLineOption fixedOption({QStringLiteral("fixed")},
                                     QStringLiteral("Fixed threshold; below it is urgent "
                                                    "(default 85.00)."),
                                     QStringLiteral("SCORE"));
const QCommandLineOption maintainOption({QStringLiteral("maintain")},
                                        QStringLiteral("Maintain threshold (default: the "
                                                       "overall score)."),
                                        QStringLiteral("SCORE"));

bool thaiOutput(const QCommandLineParser &parser) {
    return parser.isSet(langOption) ? parser.value(langOption).toLower() == u"th" : thaiByDefault();
}

std::optional<int> yearValue(QCommandLineParser &parser, int *year, int *exitCode) {
    if (!parser.isSet(yearOption))
        return 0;
    bool ok = false;
    *year = parser.value(yearOption).toInt(&ok);
    if (!ok || *year < 2400 || *year > 2800) {
        *exitCode = usageError(parser, Messages::tr("--year takes a Buddhist Era year such as "
                                                    "2564, not \"%1\"")
                                           .arg(parser.value(yearOption)));
        return std::nullopt;
    }
    return *year;
}

void printDiagnostics(const Diagnostics &diagnostics) {
    for (const auto &d : diagnostics)
        err(d.toString());
}

/// The assessment a classify/validate call is about: from a file, or from a database.
struct Input {
    Assessment assessment;
    Framework framework;
};

std::optional<Input> loadInput(QCommandLineParser &parser, int *exitCode) {
    const QStringList positional = parser.positionalArguments();
    int year = 0;
    if (!yearValue(parser, &year, exitCode))
        return std::nullopt;
    const bool fromDb = parser.isSet(dbOption);
    if (fromDb == !positional.isEmpty() || positional.size() > 1) {
        *exitCode = usageError(parser, Messages::tr("give either one FILE or --db DB --agency "
                                                    "NAME --year BE"));
        return std::nullopt;
    }
    Input input;
    if (fromDb) {
        if (!parser.isSet(agencyOption) || year == 0) {
            *exitCode = usageError(parser, Messages::tr("--db needs --agency and --year"));
            return std::nullopt;
        }
        auto db = openDatabase(parser.value(dbOption), true, exitCode);
        if (!db)
            return std::nullopt;
        AssessmentRepository repository(*db);
        auto a = repository.load(parser.value(agencyOption), year);
        if (!a) {
            err(a.error());
            *exitCode = BadInput;
            return std::nullopt;
        }
        auto fw = repository.framework(a->frameworkId);
        if (!fw) {
            err(fw.error());
            *exitCode = BadInput;
            return std::nullopt;
        }
        input = {a.take(), fw.take()};
    } else {
        const QString path = positional.front();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err(QStringLiteral("%1: %2").arg(path, file.errorString()));
            *exitCode = BadInput;
            return std::nullopt;
        }
        const auto encoding = encodingFromName(parser.value(encodingOption));
        if (!encoding) {
            *exitCode = usageError(
                parser,
                QStringLiteral("unknown encoding \"%1\"").arg(parser.value(encodingOption)));
            return std::nullopt;
        }
        ImportOptions options;
        options.agency = parser.value(agencyOption);
        options.fiscalYear = year != 0 ? year : 2564; // the first year with a framework
        options.frameworkId = parser.value(frameworkOption);
        options.encoding = *encoding;
        options.requireAgency = false;
        ImportResult result = readScoresFile(file.readAll(), path, registry(), options);
        printDiagnostics(result.diagnostics);
        if (!result.ok()) {
            *exitCode = BadInput;
            return std::nullopt;
        }
        std::vector<Assessment> chosen;
        for (auto &a : result.assessments)
            if ((!parser.isSet(agencyOption) || a.agency == options.agency.simplified()) &&
                (year == 0 || a.fiscalYear == year))
                chosen.push_back(a);
        if (chosen.size() != 1) {
            err(Messages::tr("%1: the file holds %2 assessments matching the options; choose "
                             "one with --agency and --year")
                    .arg(path)
                    .arg(chosen.size()));
            *exitCode = BadInput;
            return std::nullopt;
        }
        input.assessment = chosen.front();
        input.framework = *registry().byId(input.assessment.frameworkId);
    }
    for (const auto *opt : {&fixedOption, &maintainOption}) {
        if (!parser.isSet(*opt))
            continue;
        const auto s = Score::parse(parser.value(*opt));
        if (!s || !s->value.inRange()) {
            *exitCode = usageError(
                parser,
                QStringLiteral("--%1 takes a score from 0 to 100").arg(opt->names().front()));
            return std::nullopt;
        }
        (opt == &fixedOption ? input.assessment.fixedThreshold
                             : input.assessment.maintainThreshold) = s->value;
    }
    return input;
}

/// A command that reads one assessment, parsed: its input, format and language.
struct InputCommand {
    Input input;
    QString format;
    bool thai = false;
};

/// Parses a command whose options are already added (addInputOptions, the format, its own),
/// handles --help and --format, and loads the input; nothing when the command must stop,
/// with the exit code in `code`.
std::optional<InputCommand> startInputCommand(QCommandLineParser &parser, const QStringList &args,
                                              const QString &description,
                                              const FormatOption &format, int *code) {
    if (!parse(parser, args, description, code))
        return std::nullopt;
    const QString fmt = format.value(parser, code);
    if (fmt.isEmpty())
        return std::nullopt;
    auto input = loadInput(parser, code);
    if (!input)
        return std::nullopt;
    return InputCommand{std::move(*input), fmt, thaiOutput(parser)};
}

void addInputOptions(QCommandLineParser &parser) {
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("A scores CSV or assessment JSON (or use --db)."),
                                 QStringLiteral("[FILE]"));
    parser.addOptions({dbOption, agencyOption, yearOption, frameworkOption, encodingOption,
                       fixedOption, maintainOption, langOption});
}

} // namespace

int runImport(const QStringList &args) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("Scores CSV or assessment JSON to import."));
    parser.addOptions({dbOption,
                       agencyOption,
                       yearOption,
                       frameworkOption,
                       encodingOption,
                       {QStringLiteral("replace"),
                        QStringLiteral("Overwrite an agency's fiscal year already stored.")}});
    int code = Success;
    if (!parse(parser, args,
               QStringLiteral("Import ITA scores into a database. Every row is checked first; "
                              "on any error nothing is stored."),
               &code))
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(dbOption))
        return usageError(parser, Messages::tr("import needs one FILE and --db DB"));
    int year = 0;
    if (!yearValue(parser, &year, &code))
        return code;
    const auto encoding = encodingFromName(parser.value(encodingOption));
    if (!encoding)
        return usageError(
            parser, QStringLiteral("unknown encoding \"%1\"").arg(parser.value(encodingOption)));

    const QString path = parser.positionalArguments().front();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err(QStringLiteral("%1: %2").arg(path, file.errorString()));
        return BadInput;
    }
    ImportOptions options;
    options.agency = parser.value(agencyOption);
    options.fiscalYear = year;
    options.frameworkId = parser.value(frameworkOption);
    options.encoding = *encoding;
    // The file's own frameworks first: a year the group defined is not built in.
    const FrameworkRegistry frameworks = registryFor(parser.value(dbOption));
    const ImportResult result = readScoresFile(file.readAll(), path, frameworks, options);
    printDiagnostics(result.diagnostics);
    if (!result.ok()) {
        err(Messages::tr("%1: nothing was imported").arg(path));
        return BadInput;
    }
    auto db = openDatabase(parser.value(dbOption), false, &code);
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

int runClassify(const QStringList &args) {
    QCommandLineParser parser;
    addInputOptions(parser);
    const FormatOption format({QStringLiteral("table"), QStringLiteral("csv"),
                               QStringLiteral("json"), QStringLiteral("summary")});
    parser.addOption(format.option);
    int code = Success;
    auto cmd = startInputCommand(
        parser, args,
        QStringLiteral("Classify every indicator, item and sub-item: maintain (score at or above "
                       "the maintain threshold), improve, or urgent (below the fixed threshold)."),
        format, &code);
    if (!cmd)
        return code;
    const auto &input = cmd->input;
    const QString &fmt = cmd->format;
    const bool thai = cmd->thai;
    const Analysis analysis = analyse(input.framework, input.assessment);
    if (fmt == u"json")
        out(writers::classificationJson(input.assessment, analysis));
    else if (fmt == u"csv")
        out(writers::classificationCsv(analysis));
    else if (fmt == u"summary")
        out(writers::summaryText(analysis, thai));
    else
        out(writers::classificationTable(input.assessment, analysis, thai));
    return Success;
}

int runValidate(const QStringList &args) {
    QCommandLineParser parser;
    addInputOptions(parser);
    const FormatOption format({QStringLiteral("text"), QStringLiteral("json")});
    parser.addOption(format.option);
    int code = Success;
    auto cmd = startInputCommand(
        parser, args,
        QStringLiteral("Check the results for stated grades that do not match their score, stated "
                       "scores that differ from their parts, items with no score and scores out "
                       "of range. Exits 0 whenever it ran."),
        format, &code);
    if (!cmd)
        return code;
    const QString &fmt = cmd->format;
    const bool thai = cmd->thai;
    const Analysis analysis = analyse(cmd->input.framework, cmd->input.assessment);
    out(fmt == u"json" ? writers::findingsJson(analysis, thai)
                       : writers::findingsText(analysis, thai).toUtf8());
    return Success;
}

int runExport(const QStringList &args) {
    QCommandLineParser parser;
    const QCommandLineOption format(
        {QStringLiteral("format")},
        QStringLiteral("json (the assessment, lossless), csv (scores with grades and buckets), "
                       "plan-csv (one row per step of the plan), pdf or odt (the analysis and "
                       "measures report), progress-pdf (the progress report)."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption outOption({QStringLiteral("out")},
                                       QStringLiteral("Output file, or - for standard output."),
                                       QStringLiteral("PATH"));
    const QCommandLineOption digitsOption(
        {QStringLiteral("digits")},
        QStringLiteral("arabic (default) or thai: the digits of the PDF and ODT reports."),
        QStringLiteral("DIGITS"));
    const QCommandLineOption sectionsOption(
        {QStringLiteral("sections")},
        QStringLiteral("Comma-separated report sections to include (default all): objectives, "
                       "scores, recommendations, analysis, summary, measures, gantt, "
                       "publications, findings."),
        QStringLiteral("LIST"));
    const QCommandLineOption asOfOption(
        {QStringLiteral("as-of")},
        QStringLiteral("The day the plan's progress is judged on, YYYY-MM-DD (CE or BE year); "
                       "default today."),
        QStringLiteral("DATE"));
    parser.addOptions({dbOption, agencyOption, yearOption, format, outOption, langOption,
                       digitsOption, sectionsOption, asOfOption});
    int code = Success;
    if (!parse(parser, args,
               QStringLiteral("Write one stored assessment, its plan or its report. CSV files are "
                              "UTF-8 with a BOM (Excel shows Thai) and safe against formula "
                              "injection; PDF is A4 with the Sarabun font embedded."),
               &code))
        return code;
    int year = 0;
    if (!yearValue(parser, &year, &code))
        return code;
    if (!parser.isSet(dbOption) || !parser.isSet(agencyOption) || year == 0 ||
        !parser.isSet(outOption) || !parser.isSet(format))
        return usageError(parser, Messages::tr("export needs --db, --agency, --year, --format "
                                               "and --out"));
    const auto fmt = report::exportFormatFromKey(parser.value(format));
    if (!fmt)
        return usageError(
            parser, QStringLiteral("--format takes %1").arg(report::exportFormatKeys().join(u'|')));
    report::Options options;
    options.thai = thaiOutput(parser); // the one rule: --lang, else the system's language
    if (parser.isSet(langOption) && parser.value(langOption).toLower() != u"th" &&
        parser.value(langOption).toLower() != u"en")
        return usageError(parser, Messages::tr("--lang takes th or en"));
    if (parser.isSet(digitsOption)) {
        const QString d = parser.value(digitsOption).toLower();
        if (d != u"thai" && d != u"arabic")
            return usageError(parser, Messages::tr("--digits takes arabic or thai"));
        options.thaiDigits = d == u"thai";
    }
    if (parser.isSet(sectionsOption)) {
        for (int i = 0; i < report::kSectionCount; ++i)
            options.sections[i] = false;
        for (const QString &key : parser.value(sectionsOption).split(u',', Qt::SkipEmptyParts)) {
            const auto section = report::sectionFromKey(key.trimmed().toLower());
            if (!section)
                return usageError(parser, Messages::tr("unknown section \"%1\"").arg(key));
            options.set(*section, true);
        }
    }
    options.asOf = QDate::currentDate();
    if (parser.isSet(asOfOption)) {
        const auto d = fiscal::parseDate(parser.value(asOfOption));
        if (!d)
            return usageError(parser, Messages::tr("--as-of takes a date as YYYY-MM-DD"));
        options.asOf = *d;
    }

    auto db = openDatabase(parser.value(dbOption), true, &code);
    if (!db)
        return code;
    auto source = report::loadSource(*db, parser.value(agencyOption), year);
    if (!source) {
        err(source.error());
        return BadInput;
    }
    // The same writers, through the same dispatch, as Reports and Export in the window.
    const auto bytes = report::exportBytes((*source)->input(), *fmt, options);
    if (!bytes) {
        err(QStringLiteral("%1: %2").arg(parser.value(dbOption), bytes.error()));
        return BadInput;
    }
    return writeOutput(parser.value(outOption), *bytes) ? Success : BadInput;
}

int runAudit(const QStringList &args) {
    QCommandLineParser parser;
    const FormatOption format(
        {QStringLiteral("text"), QStringLiteral("csv"), QStringLiteral("json")});
    const QCommandLineOption verifyOption(
        {QStringLiteral("verify")},
        QStringLiteral("Check the hash chain; exit 1 when it is broken."));
    const QCommandLineOption scopeOption(
        {QStringLiteral("scope")},
        QStringLiteral("Only records whose scope starts with this (\"สำนักงาน กกพ. 2564\", "
                       "\"สำนักงาน กกพ. plan 2565\")."),
        QStringLiteral("TEXT"));
    parser.addOptions({dbOption, format.option, verifyOption, scopeOption, langOption});
    int code = Success;
    if (!parse(parser, args,
               QStringLiteral("The file's audit trail: every change to scores, thresholds, "
                              "plans and report texts, who made it and when, chained by hash."),
               &code))
        return code;
    if (!parser.isSet(dbOption))
        return usageError(parser, Messages::tr("audit needs --db DB"));
    const QString fmt = format.value(parser, &code);
    if (fmt.isEmpty())
        return code;
    auto db = openDatabase(parser.value(dbOption), true, &code);
    if (!db)
        return code;
    AuditLog log(*db);
    if (parser.isSet(verifyOption)) {
        const auto v = log.verify();
        if (fmt == u"json") {
            out(results::auditVerificationJson(v.ok, v.records, v.brokenAt, v.head, v.message,
                                               v.outside));
        } else {
            out((parser.value(dbOption) + QStringLiteral(": ") + v.message + u'\n').toUtf8());
            if (v.ok && !v.head.isEmpty())
                out(Messages::tr("head sha256 %1 (write it down to anchor the file)\n")
                        .arg(v.head)
                        .toUtf8());
        }
        return v.ok ? Success : BadInput;
    }
    auto records = log.list(parser.value(scopeOption));
    if (!records) {
        err(records.error());
        return BadInput;
    }
    if (fmt == u"csv") {
        out(exports::auditCsv(*records, thaiOutput(parser)));
    } else if (fmt == u"json") {
        out(results::auditJson(*records));
    } else {
        for (const AuditRecord &r : *records)
            out((QStringLiteral("%1 ").arg(r.id, 5) + AuditLog::describe(r) + u'\n').toUtf8());
    }
    return Success;
}

int runList(const QStringList &args) {
    QCommandLineParser parser;
    const FormatOption format({QStringLiteral("text"), QStringLiteral("json")});
    parser.addOptions({dbOption, format.option});
    int code = Success;
    if (!parse(parser, args, QStringLiteral("List the agencies and fiscal years in a database."),
               &code))
        return code;
    if (!parser.isSet(dbOption))
        return usageError(parser, Messages::tr("list needs --db DB"));
    const QString fmt = format.value(parser, &code);
    if (fmt.isEmpty())
        return code;
    auto db = openDatabase(parser.value(dbOption), true, &code);
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
    parser.addOption(dbOption);
    int code = Success;
    if (!parse(parser, args,
               QStringLiteral("Write the bundled sample (สำนักงาน กกพ., FY2564) into a database, "
                              "replacing it if present."),
               &code))
        return code;
    if (!parser.isSet(dbOption))
        return usageError(parser, Messages::tr("sample needs --db DB"));
    auto db = openDatabase(parser.value(dbOption), false, &code);
    if (!db)
        return code;
    if (QString e = writeSample(*db); !e.isEmpty()) {
        err(e);
        return BadInput;
    }
    out(Messages::tr("sample written to %1\n").arg(parser.value(dbOption)));
    return Success;
}

int runFrameworks(const QStringList &args) {
    QCommandLineParser parser;
    int code = Success;
    if (!parse(parser, args,
               QStringLiteral("List the frameworks: built in, and from the folder named by "
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

int runPlan(const QStringList &args) {
    QCommandLineParser parser;
    const FormatOption format(
        {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("csv")});
    const QCommandLineOption coverage(QStringLiteral("coverage"),
                                      QStringLiteral("Print the coverage check instead of the "
                                                     "plan."));
    const QCommandLineOption draft(QStringLiteral("draft"),
                                   QStringLiteral("Add draft measures for every improve or urgent "
                                                  "item that no measure answers, and store them."));
    const QCommandLineOption importOption(QStringLiteral("import"),
                                          QStringLiteral("Store a plan JSON file (with --replace "
                                                         "to overwrite)."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     QStringLiteral("With --import: overwrite the stored plan."));
    parser.addOptions({dbOption, agencyOption, yearOption, format.option, coverage, draft,
                       importOption, replace, langOption});
    int code = Success;
    if (!parse(parser, args,
               QStringLiteral("The measures plan of an agency for the fiscal year it runs in "
                              "(the FY2564 results drive the FY2565 plan)."),
               &code))
        return code;
    if (!parser.isSet(dbOption))
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
            readPlanJson(file.readAll(), path, registryFor(parser.value(dbOption)));
        printDiagnostics(read.diagnostics);
        if (!read.ok()) {
            err(Messages::tr("%1: nothing was imported").arg(path));
            return BadInput;
        }
        auto db = openDatabase(parser.value(dbOption), false, &code);
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
    if (!parser.isSet(agencyOption) || year == 0)
        return usageError(parser, Messages::tr("plan needs --agency and --year (the year the "
                                               "plan runs in)"));
    auto db = openDatabase(parser.value(dbOption), !parser.isSet(draft), &code);
    if (!db)
        return code;
    PlanRepository plans(*db);
    auto plan = plans.load(parser.value(agencyOption), year);
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

int runWhatIf(const QStringList &args) {
    QCommandLineParser parser;
    addInputOptions(parser);
    const FormatOption format({QStringLiteral("text"), QStringLiteral("json")});
    const QCommandLineOption set(QStringLiteral("set"),
                                 QStringLiteral("A changed score, CODE=SCORE (repeatable)."),
                                 QStringLiteral("CODE=SCORE"));
    parser.addOptions({format.option, set});
    int code = Success;
    auto cmd = startInputCommand(parser, args,
                                 QStringLiteral("What the overall, the grade and the buckets would "
                                                "be with some scores changed. Nothing is stored."),
                                 format, &code);
    if (!cmd)
        return code;
    const QString &fmt = cmd->format;
    const Input *input = &cmd->input;
    Overrides overrides;
    for (const QString &pair : parser.values(set)) {
        const QString codeText = codes::normalise(pair.section(u'=', 0, 0));
        const auto score = Score::parse(pair.section(u'=', 1));
        QString problem;
        if (!pair.contains(u'=') || !score || !score->value.inRange())
            return usageError(parser, Messages::tr("--set takes CODE=SCORE with a score from 0 "
                                                   "to 100, not \"%1\"")
                                          .arg(pair));
        if (!codes::check(input->framework, codeText, &problem))
            return usageError(parser, problem);
        overrides.push_back({codeText, score->value});
    }
    const WhatIfResult r = whatIf(input->framework, input->assessment, overrides);
    const QString overall = r.scenario.overall ? r.scenario.overall->toString() : QString();
    const QString grade = r.scenario.nodes.empty() ? QString() : r.scenario.nodes.front().grade;
    if (fmt == u"json") {
        out(results::whatIfJson(r));
    } else {
        out(Messages::tr("overall %1 (%2), %3%4 against the real result\n")
                .arg(overall, grade, r.overallDelta() >= Score() ? QStringLiteral("+") : QString(),
                     r.overallDelta().toString()));
        for (const BucketChange &c : r.changes)
            out(QStringLiteral("%1: %2 → %3\n").arg(c.code, bucketKey(c.from), bucketKey(c.to)));
    }
    return Success;
}

int runTarget(const QStringList &args) {
    QCommandLineParser parser;
    addInputOptions(parser);
    const FormatOption format({QStringLiteral("text"), QStringLiteral("json")});
    const QCommandLineOption overallOption(QStringLiteral("overall"),
                                           QStringLiteral("The overall score to reach."),
                                           QStringLiteral("SCORE"));
    const QCommandLineOption gradeOption(
        QStringLiteral("grade"), QStringLiteral("Or the grade to reach (its lowest score)."),
        QStringLiteral("GRADE"));
    const QCommandLineOption itemsOption(QStringLiteral("items"),
                                         QStringLiteral("The items to raise, comma-separated."),
                                         QStringLiteral("CODES"));
    parser.addOptions({format.option, overallOption, gradeOption, itemsOption});
    int code = Success;
    auto cmd = startInputCommand(
        parser, args,
        QStringLiteral("The smallest uniform rise of the chosen items (each capped at 100) that "
                       "brings the overall to a target, or that it cannot."),
        format, &code);
    if (!cmd)
        return code;
    if (parser.isSet(overallOption) == parser.isSet(gradeOption) || !parser.isSet(itemsOption))
        return usageError(parser, Messages::tr("target needs --items and one of --overall or "
                                               "--grade"));
    const QString &fmt = cmd->format;
    const Input *input = &cmd->input;
    Score target;
    QString level; // a rating level by name: its bound and its tool condition
    if (parser.isSet(overallOption)) {
        const auto s = Score::parse(parser.value(overallOption));
        if (!s || !s->value.inRange())
            return usageError(parser, Messages::tr("--overall takes a score from 0 to 100"));
        target = s->value;
    } else {
        const RatingLevel *found = input->framework.rating.find(parser.value(gradeOption));
        if (!found)
            return usageError(parser,
                              QStringLiteral("unknown level \"%1\"; framework %2 has %3")
                                  .arg(parser.value(gradeOption).trimmed(), input->framework.id,
                                       input->framework.gradeNames().join(QStringLiteral(", "))));
        level = found->label.th;
        target = found->minimum;
    }
    const auto parsedItems = codes::parse(input->framework, parser.value(itemsOption));
    if (!parsedItems)
        return usageError(parser, parsedItems.error());
    const QStringList &items = *parsedItems;
    const auto rise = level.isEmpty()
                          ? requiredRise(input->framework, input->assessment, items, target)
                          : requiredRiseForLevel(input->framework, input->assessment, items, level);
    const RatingLevel *targetLevel = input->framework.rating.find(level);
    const QString targetText =
        targetLevel && targetLevel->allToolsMinimum
            ? QStringLiteral("%1 (%2 overall and every tool at least %3)")
                  .arg(level, target.toString(), targetLevel->allToolsMinimum->toString())
        : level.isEmpty() ? target.toString()
                          : QStringLiteral("%1 (%2)").arg(level, target.toString());
    if (fmt == u"json") {
        out(results::targetJson(target, level, rise));
    } else if (rise) {
        out(Messages::tr("raise %1 by %2 points each (capped at 100.00) to reach %3\n")
                .arg(items.join(QStringLiteral(", ")), rise->toString(), targetText));
    } else {
        out(Messages::tr("%1 cannot be reached by raising %2: even 100.00 on each is not "
                         "enough\n")
                .arg(targetText, items.join(QStringLiteral(", "))));
    }
    return Success;
}

} // namespace ita::cli
