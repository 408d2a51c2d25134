// library: the measures library (คลังมาตรการ): list it, check a library file, write one out.
#include "Commands.h"
#include "Input.h"
#include "Skeleton.h"

#include "io/JsonUtil.h"
#include "io/LibraryJson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

namespace ita::cli {

namespace {
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::cli::LibraryCommand)
};

const QCommandLineOption &libraryOption() {
    static const QCommandLineOption option(
        QStringLiteral("library"),
        Messages::tr("A library file (JSON) instead of the bundled library."),
        QStringLiteral("FILE"));
    return option;
}

/// The bundled library, or the file --library names (its problems printed).
std::optional<Library> chosen(QCommandLineParser &parser, int *code) {
    if (!parser.isSet(libraryOption()))
        return bundledLibrary();
    const QString path = parser.value(libraryOption());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err(QStringLiteral("%1: %2").arg(path, file.errorString()));
        *code = BadInput;
        return std::nullopt;
    }
    LibraryImport read = readLibraryJson(file.readAll(), path, registry());
    printDiagnostics(read.diagnostics);
    if (!read.ok()) {
        *code = BadInput;
        return std::nullopt;
    }
    return std::move(read.library);
}

QString targetsText(const LibraryTargets &t, bool thai) {
    QStringList parts;
    QStringList themes;
    for (int theme : t.themes)
        themes << QString::number(theme);
    if (!themes.isEmpty())
        parts << (thai ? QStringLiteral("ตัวชี้วัด ") : QStringLiteral("indicators ")) +
                     themes.join(u',');
    if (!t.subIndicators.isEmpty())
        parts << t.subIndicators.join(u',');
    for (Role r : t.roles)
        parts << roleTitle(r).in(thai);
    if (!t.keywords.isEmpty())
        parts << QStringLiteral("\"%1\"").arg(t.keywords.join(QStringLiteral("\", \"")));
    if (!t.codes.isEmpty())
        parts << QStringLiteral("%1: %2").arg(t.framework, t.codes.join(u' '));
    return parts.join(QStringLiteral("; "));
}

int list(const QStringList &args) {
    QCommandLineParser parser;
    parser.addOptions({libraryOption(), common().lang});
    const FormatOption format({QStringLiteral("text"), QStringLiteral("json")});
    int code = Success;
    const QString fmt =
        parseWithFormat(parser, args,
                        Messages::tr("List the measures library: each entry, what it answers and "
                                     "its steps."),
                        format, &code);
    if (fmt.isEmpty())
        return code;
    const auto library = chosen(parser, &code);
    if (!library)
        return code;
    if (fmt == u"json") {
        out(writeLibraryJson(*library));
        return Success;
    }
    const bool thai = thaiOutput(parser);
    for (const LibraryEntry &e : library->entries)
        out(QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                .arg(e.id, e.title.in(thai), targetsText(e.targets, thai),
                     thai ? QStringLiteral("%1 ขั้นตอน").arg(e.steps.size())
                          : QStringLiteral("%1 steps").arg(e.steps.size()),
                     librarySourceTitle(e.source).in(thai)));
    out(Messages::tr("%1 entries\n").arg(library->entries.size()));
    return Success;
}

int check(const QStringList &args) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Messages::tr("A library file (JSON)."));
    parser.addOption(common().lang);
    int code = Success;
    if (!parse(parser, args,
               Messages::tr("Check a library file: every problem with its line; nothing is "
                            "stored."),
               &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(parser, Messages::tr("check needs one FILE"));
    const QString path = parser.positionalArguments().front();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err(QStringLiteral("%1: %2").arg(path, file.errorString()));
        return BadInput;
    }
    const LibraryImport read = readLibraryJson(file.readAll(), path, registry());
    printDiagnostics(read.diagnostics);
    if (!read.ok())
        return BadInput;
    int steps = 0;
    for (const LibraryEntry &e : read.library.entries)
        steps += int(e.steps.size());
    out(Messages::tr("%1: %2 entries, %3 steps, no problems\n")
            .arg(path)
            .arg(read.library.entries.size())
            .arg(steps));
    return Success;
}

int exportLibrary(const QStringList &args) {
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       Messages::tr("Where to write it (\"-\": standard output)."),
                                       QStringLiteral("FILE"), QStringLiteral("-"));
    parser.addOptions({libraryOption(), outOption, common().lang});
    int code = Success;
    if (!parse(parser, args,
               Messages::tr("Write the library as JSON, to share it or to start your own from "
                            "the bundled one."),
               &code))
        return code;
    const auto library = chosen(parser, &code);
    if (!library)
        return code;
    return writeOutput(parser.value(outOption), writeLibraryJson(*library)) ? Success : BadInput;
}

} // namespace

int runLibrary(const QStringList &args) {
    struct Sub {
        const char *name;
        int (*run)(const QStringList &);
        const char *summary;
    };
    static const Sub subs[] = {
        {"list", list,
         QT_TRANSLATE_NOOP("ita::cli::LibraryCommand",
                           "each entry, what it answers and its steps")},
        {"check", check,
         QT_TRANSLATE_NOOP("ita::cli::LibraryCommand", "every problem of a library file")},
        {"export", exportLibrary,
         QT_TRANSLATE_NOOP("ita::cli::LibraryCommand", "write the library as JSON")},
    };
    const QString name = args.value(1);
    for (const Sub &s : subs)
        if (name == QLatin1String(s.name)) {
            QStringList rest = args;
            rest.removeAt(1);
            rest[0] = args[0] + QStringLiteral(" ") + name;
            return s.run(rest);
        }
    QString usage = Messages::tr("Usage: ita-planner-cli library SUBCOMMAND [OPTIONS]\n\n");
    for (const Sub &s : subs)
        usage += QStringLiteral("  %1  %2\n")
                     .arg(QString::fromLatin1(s.name), -8)
                     .arg(QCoreApplication::translate("ita::cli::LibraryCommand", s.summary));
    if (name.isEmpty() || name == u"--help" || name == u"-h") {
        out(usage);
        return name.isEmpty() ? Usage : Success;
    }
    err(Messages::tr("unknown library subcommand \"%1\"").arg(name));
    err(usage);
    return Usage;
}

} // namespace ita::cli
