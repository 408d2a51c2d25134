#include "Input.h"

#include "io/ScoresIo.h"
#include "storage/AssessmentRepository.h"

#include <QCoreApplication>
#include <QFile>

namespace ita::cli {

namespace {
/// The messages of this file, under one context for lupdate and the program alike.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::cli::Input)
};
} // namespace

CommonOptions::CommonOptions()
    : db({QStringLiteral("db")},
         Messages::tr("The .itadb database file, or a server database: "
                      "postgresql://user@host:port/dbname?sslmode=… (the password from "
                      "PGPASSWORD or ~/.pgpass)."),
         QStringLiteral("DB"))
    , agency({QStringLiteral("agency")},
             Messages::tr("Agency name, as stored or as the scores "
                          "belong to."),
             QStringLiteral("NAME"))
    , year({QStringLiteral("year")}, Messages::tr("Fiscal year, Buddhist Era (e.g. 2564)."),
           QStringLiteral("BE"))
    , framework({QStringLiteral("framework")},
                Messages::tr("Framework id (default: the one for "
                             "the year; see 'frameworks')."),
                QStringLiteral("ID"))
    , encoding({QStringLiteral("encoding")},
               Messages::tr("CSV encoding: auto (default), utf-8 or windows-874."),
               QStringLiteral("E"), QStringLiteral("auto"))
    , lang({QStringLiteral("lang")},
           Messages::tr("Language of messages and tables: th or en "
                        "(default: the system's)."),
           QStringLiteral("th|en"))
    , fixed({QStringLiteral("fixed")},
            Messages::tr("Fixed threshold; below it is urgent "
                         "(default 85.00)."),
            QStringLiteral("SCORE"))
    , maintain({QStringLiteral("maintain")},
               Messages::tr("Maintain threshold (default: the "
                            "overall score)."),
               QStringLiteral("SCORE")) {}

const CommonOptions &common() {
    static const CommonOptions options;
    return options;
}

bool thaiOutput(const QCommandLineParser &parser) {
    return parser.isSet(common().lang) ? parser.value(common().lang).toLower() == u"th"
                                       : thaiByDefault();
}

std::optional<int> yearValue(QCommandLineParser &parser, int *year, int *exitCode) {
    if (!parser.isSet(common().year))
        return 0;
    bool ok = false;
    *year = parser.value(common().year).toInt(&ok);
    if (!ok || *year < 2400 || *year > 2800) {
        *exitCode = usageError(parser, Messages::tr("--year takes a Buddhist Era year such as "
                                                    "2564, not \"%1\"")
                                           .arg(parser.value(common().year)));
        return std::nullopt;
    }
    return *year;
}

void printDiagnostics(const Diagnostics &diagnostics) {
    for (const auto &d : diagnostics)
        err(d.toString());
}

std::optional<Input> loadInput(QCommandLineParser &parser, int *exitCode) {
    const QStringList positional = parser.positionalArguments();
    int year = 0;
    if (!yearValue(parser, &year, exitCode))
        return std::nullopt;
    const bool fromDb = parser.isSet(common().db);
    if (fromDb == !positional.isEmpty() || positional.size() > 1) {
        *exitCode = usageError(parser, Messages::tr("give either one FILE or --db DB --agency "
                                                    "NAME --year BE"));
        return std::nullopt;
    }
    Input input;
    if (fromDb) {
        if (!parser.isSet(common().agency) || year == 0) {
            *exitCode = usageError(parser, Messages::tr("--db needs --agency and --year"));
            return std::nullopt;
        }
        auto db = openDatabase(parser.value(common().db), true, exitCode);
        if (!db)
            return std::nullopt;
        AssessmentRepository repository(*db);
        auto a = repository.load(parser.value(common().agency), year);
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
        const auto encoding = encodingFromName(parser.value(common().encoding));
        if (!encoding) {
            *exitCode = usageError(
                parser,
                Messages::tr("unknown encoding \"%1\"").arg(parser.value(common().encoding)));
            return std::nullopt;
        }
        ImportOptions options;
        options.agency = parser.value(common().agency);
        options.fiscalYear = year != 0 ? year : 2564; // the first year with a framework
        options.frameworkId = parser.value(common().framework);
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
            if ((!parser.isSet(common().agency) || a.agency == options.agency.simplified()) &&
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
    for (const auto *opt : {&common().fixed, &common().maintain}) {
        if (!parser.isSet(*opt))
            continue;
        const auto s = Score::parse(parser.value(*opt));
        if (!s || !s->value.inRange()) {
            *exitCode = usageError(
                parser, Messages::tr("--%1 takes a score from 0 to 100").arg(opt->names().front()));
            return std::nullopt;
        }
        (opt == &common().fixed ? input.assessment.fixedThreshold
                                : input.assessment.maintainThreshold) = s->value;
    }
    return input;
}

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
                                 Messages::tr("A scores CSV or assessment JSON (or use --db)."),
                                 QStringLiteral("[FILE]"));
    parser.addOptions({common().db, common().agency, common().year, common().framework,
                       common().encoding, common().fixed, common().maintain, common().lang});
}

} // namespace ita::cli
