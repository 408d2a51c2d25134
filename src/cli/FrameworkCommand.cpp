// ita-planner-cli framework: list, export, import, new and check the frameworks a file holds.
#include "Skeleton.h"

#include "domain/FrameworkCheck.h"
#include "io/FrameworkCsv.h"
#include "io/FrameworkWriter.h"
#include "io/ResultWriters.h"
#include "storage/FrameworkRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace ita::cli {

namespace {
/// The messages of this file, under one context for lupdate and the program alike.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::cli::FrameworkCommand)
};
} // namespace

namespace {

/// The options of the framework commands, built on first use so that --help follows the
/// language main() chose.
struct Options {
    Options()
        : db({QStringLiteral("db")}, Messages::tr("The .itadb database file."),
             QStringLiteral("DB"))
        , id({QStringLiteral("id")}, Messages::tr("Id of the new framework, e.g. ITA-2569."),
             QStringLiteral("ID"))
        , years({QStringLiteral("years")},
                Messages::tr("Fiscal years (BE) it serves, e.g. "
                             "2569,2570."),
                QStringLiteral("BE[,BE]"))
        , rating({QStringLiteral("rating")},
                 Messages::tr("The rating CSV (level,min,all_tools_min,"
                              "title_en,pass) that goes with a "
                              "structure CSV."),
                 QStringLiteral("RATING.csv"))
        , out({QStringLiteral("out")}, Messages::tr("Output file (default: standard output)."),
              QStringLiteral("FILE"), QStringLiteral("-"))
        , ratingOut(
              {QStringLiteral("rating-out")},
              Messages::tr("With --format csv: where the rating CSV goes (default: --out with "
                           ".rating.csv)."),
              QStringLiteral("FILE"))
        , lang({QStringLiteral("lang")},
               Messages::tr("Language of messages: th or en (default: "
                            "the system's)."),
               QStringLiteral("th|en"))
        , from({QStringLiteral("from")},
               Messages::tr("The framework to copy (default: the "
                            "latest)."),
               QStringLiteral("ID")) {}
    QCommandLineOption db, id, years, rating, out, ratingOut, lang, from;
};

const Options &opt() {
    static const Options options;
    return options;
}

std::optional<QByteArray> readAll(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err(QStringLiteral("%1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}

std::optional<std::vector<int>> parseYears(QCommandLineParser &parser, int *code) {
    std::vector<int> years;
    for (const QString &y : parser.value(opt().years).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int year = y.trimmed().toInt(&ok);
        if (!ok || year < 2500 || year > 2700) {
            *code = usageError(parser, Messages::tr("--years takes Buddhist Era years such as "
                                                    "2569,2570, not \"%1\"")
                                           .arg(y));
            return std::nullopt;
        }
        years.push_back(year);
    }
    if (years.empty()) {
        *code = usageError(parser, Messages::tr("--years is needed, e.g. --years 2569"));
        return std::nullopt;
    }
    return years;
}

/// A framework from FILE.json, or FILE.csv with --rating, --id and --years; unchecked.
std::optional<Framework> readDefinition(QCommandLineParser &parser, const QString &path,
                                        int *code) {
    const auto bytes = readAll(path);
    if (!bytes) {
        *code = BadInput;
        return std::nullopt;
    }
    if (!parser.isSet(opt().rating)) {
        auto fw = readFrameworkUnchecked(*bytes, path);
        if (!fw) {
            err(fw.error());
            *code = BadInput;
            return std::nullopt;
        }
        return fw.take();
    }
    if (!parser.isSet(opt().id)) {
        *code = usageError(parser, Messages::tr("a structure CSV needs --id and --years"));
        return std::nullopt;
    }
    const auto years = parseYears(parser, code);
    if (!years)
        return std::nullopt;
    const auto rating = readAll(parser.value(opt().rating));
    if (!rating) {
        *code = BadInput;
        return std::nullopt;
    }
    // A framework the file already holds keeps what the CSV forms do not carry (titles,
    // source, thresholds).
    std::optional<Framework> existing;
    if (parser.isSet(opt().db) && QFileInfo::exists(parser.value(opt().db)))
        if (const Framework *stored =
                registryFor(parser.value(opt().db)).byId(parser.value(opt().id).trimmed()))
            existing = *stored;
    auto fw =
        readFrameworkCsv(*bytes, path, *rating, parser.value(opt().rating),
                         parser.value(opt().id).trimmed(), *years, existing ? &*existing : nullptr);
    if (!fw) {
        err(fw.error());
        *code = BadInput;
        return std::nullopt;
    }
    return fw.take();
}

QString yearsText(const std::vector<int> &years) {
    QStringList out;
    for (int y : years)
        out << QString::number(y);
    return out.join(u',');
}

int list(const QStringList &args) {
    QCommandLineParser parser;
    parser.addOptions({opt().db, opt().lang});
    const FormatOption format({QStringLiteral("text"), QStringLiteral("json")});
    int code = Success;
    const QString fmt = parseWithFormat(
        parser, args,
        Messages::tr("List the frameworks: those the file holds, then the built-in ones."), format,
        &code);
    if (fmt.isEmpty())
        return code;
    std::vector<FrameworkRepository::Entry> entries;
    if (parser.isSet(opt().db)) {
        auto db = openDatabase(parser.value(opt().db), true, &code);
        if (!db)
            return code;
        auto listed = FrameworkRepository(*db).list();
        if (!listed) {
            err(listed.error());
            return BadInput;
        }
        entries = listed.take();
    } else {
        for (const Framework *fw : registry().all())
            entries.push_back({*fw, false, {}});
    }
    if (fmt == u"json") {
        std::vector<results::FrameworkListing> listing;
        for (const auto &e : entries)
            listing.push_back({&e.framework, e.stored, int(e.assessments.size())});
        out(results::frameworkListJson(listing));
        return Success;
    }
    for (const auto &e : entries)
        out(QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                .arg(e.framework.id, yearsText(e.framework.fiscalYears),
                     e.stored ? Messages::tr("in the file") : Messages::tr("built in"),
                     QStringLiteral("%1 assessment(s)").arg(e.assessments.size()),
                     e.framework.title.th));
    return Success;
}

int exportOne(const QStringList &args) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), Messages::tr("The framework's id."));
    parser.addOptions({opt().db, opt().out, opt().ratingOut, opt().lang});
    const FormatOption format({QStringLiteral("json"), QStringLiteral("csv")});
    int code = Success;
    const QString fmt = parseWithFormat(parser, args,
                                        Messages::tr("Write a framework for another agency or "
                                                     "program: JSON (lossless) or the "
                                                     "structure and rating CSVs."),
                                        format, &code);
    if (fmt.isEmpty())
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(parser, Messages::tr("export needs one framework ID"));
    const QString id = parser.positionalArguments().front();
    Framework fw;
    if (parser.isSet(opt().db)) {
        auto db = openDatabase(parser.value(opt().db), true, &code);
        if (!db)
            return code;
        auto found = FrameworkRepository(*db).find(id);
        if (!found) {
            err(found.error());
            return BadInput;
        }
        fw = found.take();
    } else if (const Framework *builtIn = registry().byId(id)) {
        fw = *builtIn;
    } else {
        err(Messages::tr("unknown framework \"%1\"; available: %2")
                .arg(id, registry().describeAvailable()));
        return BadInput;
    }
    const QString path = parser.value(opt().out);
    if (fmt == u"json")
        return writeOutput(path, writeFrameworkJson(fw)) ? Success : BadInput;
    QString ratingPath = parser.value(opt().ratingOut);
    if (ratingPath.isEmpty()) {
        if (path == u"-")
            return usageError(parser, Messages::tr("--format csv writes two files: give "
                                                   "--out (and --rating-out)"));
        ratingPath = path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)
                         ? path.chopped(4) + QStringLiteral(".rating.csv")
                         : path + QStringLiteral(".rating.csv");
    }
    if (!writeOutput(path, writeFrameworkStructureCsv(fw)) ||
        !writeOutput(ratingPath, writeRatingCsv(fw.rating)))
        return BadInput;
    if (path != u"-")
        out(Messages::tr("wrote %1 and %2\n").arg(path, ratingPath));
    return Success;
}

/// Stores `fw` in the file; prints the refusal otherwise.
/// frameworkWarnings() on stderr, one line each: they do not change the exit code.
void printWarnings(const QString &what, const Framework &fw) {
    const bool thai = thaiFromArguments(QCoreApplication::arguments());
    for (const auto &w : frameworkWarnings(fw))
        err(Messages::tr("%1: warning: %2").arg(what, w.text(thai)));
}

int store(QCommandLineParser &parser, const Framework &fw, const QString &what) {
    int code = Success;
    auto db = openDatabase(parser.value(opt().db), false, &code, Creates::Yes);
    if (!db)
        return code;
    if (QString e = FrameworkRepository(*db).save(fw); !e.isEmpty()) {
        err(QStringLiteral("%1: %2").arg(what, e));
        return BadInput;
    }
    out(Messages::tr("stored framework %1 (fiscal years %2) in %3\n")
            .arg(fw.id, yearsText(fw.fiscalYears), parser.value(opt().db)));
    printWarnings(what, fw);
    return Success;
}

/// FILE (JSON, or a structure CSV with --rating, --id and --years) and the options that go
/// with it: what `import` and `check` both read.
void addDefinitionArguments(QCommandLineParser &parser) {
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Messages::tr("FRAMEWORK.json, or STRUCTURE.csv with --rating, "
                                              "--id and --years."));
    parser.addOptions({opt().db, opt().id, opt().years, opt().rating, opt().lang});
}

int importOne(const QStringList &args) {
    QCommandLineParser parser;
    addDefinitionArguments(parser);
    int code = Success;
    if (!parse(parser, args,
               Messages::tr("Store a framework in a database, checked first: on any problem "
                            "nothing is stored."),
               &code))
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(opt().db))
        return usageError(parser, Messages::tr("import needs one FILE and --db DB"));
    const QString path = parser.positionalArguments().front();
    auto fw = readDefinition(parser, path, &code);
    if (!fw)
        return code;
    if (!parser.isSet(opt().rating) && parser.isSet(opt().years)) {
        const auto years = parseYears(parser, &code);
        if (!years)
            return code;
        fw->fiscalYears = *years;
    }
    if (!parser.isSet(opt().rating) && parser.isSet(opt().id))
        fw->id = parser.value(opt().id).trimmed();
    if (const auto problems = checkFramework(*fw); !problems.empty()) {
        err(describeProblems(path, problems, thaiFromArguments(QCoreApplication::arguments())));
        err(Messages::tr("%1: nothing was stored").arg(path));
        return BadInput;
    }
    return store(parser, *fw, path);
}

int newOne(const QStringList &args) {
    QCommandLineParser parser;
    parser.addOptions({opt().db, opt().from, opt().id, opt().years, opt().lang});
    int code = Success;
    if (!parse(parser, args,
               Messages::tr("Start a new year's framework as a copy of another (its tools, "
                            "items, rating and roles), to be edited from the NACC's manual."),
               &code))
        return code;
    if (!parser.isSet(opt().db))
        return usageError(parser, Messages::tr("new needs --db DB"));
    const auto years = parseYears(parser, &code);
    if (!years)
        return code;
    const FrameworkRegistry frameworks = registryFor(parser.value(opt().db));
    const Framework *from = parser.isSet(opt().from) ? frameworks.byId(parser.value(opt().from))
                                                     : latestFramework(frameworks.all());
    if (!from) {
        err(Messages::tr("unknown framework \"%1\"; available: %2")
                .arg(parser.value(opt().from), frameworks.describeAvailable()));
        return BadInput;
    }
    // The rating is the scheme in force for the year (AA–F until FY2565, the five levels
    // after), not necessarily the copied framework's; the note says which and why.
    LocalizedText ratingNote;
    Framework fw = newYearFramework(*from, years->front(), &ratingNote);
    fw.fiscalYears = *years;
    if (parser.isSet(opt().id))
        fw.id = parser.value(opt().id).trimmed();
    // A copy never replaces a framework of the same id: the group's edits would be lost.
    if (const Framework *taken = frameworks.byId(fw.id)) {
        err(Messages::tr("framework %1 already exists (fiscal years %2); nothing was stored. "
                         "Name the new one with --id, or change %1 with 'framework import'.")
                .arg(taken->id, yearsText(taken->fiscalYears)));
        return BadInput;
    }
    const int stored = store(parser, fw, fw.id);
    if (stored == Success)
        out(ratingNote.in(thaiFromArguments(args)) + u'\n');
    return stored;
}

int check(const QStringList &args) {
    QCommandLineParser parser;
    addDefinitionArguments(parser);
    int code = Success;
    if (!parse(parser, args,
               Messages::tr("Check a framework file and list every problem (with --db, also "
                            "the years the file's frameworks already claim)."),
               &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(parser, Messages::tr("check needs one FILE"));
    const QString path = parser.positionalArguments().front();
    auto fw = readDefinition(parser, path, &code);
    if (!fw)
        return code;
    std::vector<FrameworkProblem> problems = checkFramework(*fw);
    if (parser.isSet(opt().db)) {
        auto db = openDatabase(parser.value(opt().db), true, &code);
        if (!db)
            return code;
        problems = FrameworkRepository(*db).problems(*fw);
    }
    if (!problems.empty()) {
        err(describeProblems(path, problems, thaiFromArguments(QCoreApplication::arguments())));
        return BadInput;
    }
    printWarnings(path, *fw);
    int items = 0;
    for (const auto &n : fw->nodes)
        items += n.level == Level::Item;
    out(Messages::tr("%1: framework %2 is sound: %3 tools, %4 items, rating %5, fiscal years "
                     "%6\n")
            .arg(path, fw->id)
            .arg(fw->tools().size())
            .arg(items)
            .arg(fw->gradeNames().join(QStringLiteral(" / ")), yearsText(fw->fiscalYears)));
    return Success;
}

} // namespace

int runFramework(const QStringList &args) {
    return runSubcommand(
        args, QStringLiteral("framework"),
        {{"list", list,
          QT_TRANSLATE_NOOP("ita::cli::FrameworkCommand",
                            "the frameworks a file holds, then the built-in ones")},
         {"export", exportOne,
          QT_TRANSLATE_NOOP("ita::cli::FrameworkCommand",
                            "write a framework as JSON or as structure and rating CSVs")},
         {"import", importOne,
          QT_TRANSLATE_NOOP("ita::cli::FrameworkCommand",
                            "store a framework from JSON or CSV, checked first")},
         {"new", newOne,
          QT_TRANSLATE_NOOP("ita::cli::FrameworkCommand",
                            "start a new year's framework as a copy of another")},
         {"check", check,
          QT_TRANSLATE_NOOP("ita::cli::FrameworkCommand",
                            "list every problem of a framework file")}},
        "ita::cli::FrameworkCommand");
}

} // namespace ita::cli
