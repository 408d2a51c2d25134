// library: the measures library (คลังมาตรการ): list it, check a library file, write one out.
#include "Commands.h"
#include "Input.h"
#include "Skeleton.h"

#include "io/JsonUtil.h"
#include "io/LibraryCsv.h"
#include "storage/LibraryRepository.h"

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
        Messages::tr(
            "A library file (JSON, or CSV for a name ending .csv) instead of the bundled library."),
        QStringLiteral("FILE"));
    return option;
}

const QCommandLineOption &ownOption() {
    static const QCommandLineOption option(
        QStringLiteral("own"), Messages::tr("With --db: the file's own entries alone."));
    return option;
}

/// The bundled library with, given --db, the file's own entries (--own: those alone); or the
/// file --library names (its problems printed).
std::optional<Library> chosen(QCommandLineParser &parser, int *code) {
    if (!parser.isSet(libraryOption())) {
        if (!parser.isSet(common().db))
            return bundledLibrary();
        auto db = openDatabase(parser.value(common().db), true, code);
        if (!db)
            return std::nullopt;
        const FrameworkRegistry frameworks = registryFor(parser.value(common().db));
        auto own = LibraryRepository(*db, &frameworks).load(frameworks);
        if (!own) {
            err(own.error());
            *code = BadInput;
            return std::nullopt;
        }
        if (parser.isSet(ownOption())) {
            Library mine;
            mine.entries = own.take();
            return mine;
        }
        return mergedLibrary(bundledLibrary(), *own);
    }
    const QString path = parser.value(libraryOption());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err(QStringLiteral("%1: %2").arg(path, file.errorString()));
        *code = BadInput;
        return std::nullopt;
    }
    LibraryImport read = readLibraryFile(file.readAll(), path, registry());
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
    parser.addOptions({libraryOption(), common().db, ownOption(), common().lang});
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
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        Messages::tr("A library file: JSON, or CSV for a name ending .csv."));
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
    const LibraryImport read = readLibraryFile(file.readAll(), path, registry());
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
    const FormatOption format({QStringLiteral("json"), QStringLiteral("csv")});
    parser.addOptions(
        {libraryOption(), common().db, ownOption(), outOption, format.option, common().lang});
    int code = Success;
    if (!parse(parser, args,
               Messages::tr("Write the library as JSON or CSV (one row per step, for a "
                            "spreadsheet), to share it or to start your own from the bundled "
                            "one."),
               &code))
        return code;
    // The format asked for, else the one the output file's name says.
    QString chosenFormat = format.value(parser, &code);
    if (chosenFormat.isEmpty())
        return code;
    if (!parser.isSet(format.option) && isLibraryCsv(parser.value(outOption)))
        chosenFormat = QStringLiteral("csv");
    const auto library = chosen(parser, &code);
    if (!library)
        return code;
    return writeOutput(parser.value(outOption), chosenFormat == u"csv" ? writeLibraryCsv(*library)
                                                                       : writeLibraryJson(*library))
               ? Success
               : BadInput;
}

int importLibrary(const QStringList &args) {
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        Messages::tr("A library file: JSON, or CSV for a name ending .csv."));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     Messages::tr("Replace entries of the same id."));
    parser.addOptions({common().db, replace, common().lang});
    int code = Success;
    if (!parse(parser, args,
               Messages::tr("Store a library file's entries in a database, beside the bundled "
                            "library: checked first, all or nothing."),
               &code))
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(common().db))
        return usageError(parser, Messages::tr("import needs one FILE and --db DB"));
    const QString path = parser.positionalArguments().front();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err(QStringLiteral("%1: %2").arg(path, file.errorString()));
        return BadInput;
    }
    const FrameworkRegistry frameworks = registryFor(parser.value(common().db));
    const LibraryImport read = readLibraryFile(file.readAll(), path, frameworks);
    printDiagnostics(read.diagnostics);
    if (!read.ok()) {
        err(Messages::tr("%1: nothing was imported").arg(path));
        return BadInput;
    }
    auto db = openDatabase(parser.value(common().db), false, &code);
    if (!db)
        return code;
    if (QString e = LibraryRepository(*db, &frameworks).import(read.library, parser.isSet(replace));
        !e.isEmpty()) {
        err(QStringLiteral("%1: %2").arg(path, e));
        return BadInput;
    }
    out(Messages::tr("imported %1 library entries into %2\n")
            .arg(read.library.entries.size())
            .arg(db->path()));
    return Success;
}

} // namespace

int runLibrary(const QStringList &args) {
    return runSubcommand(
        args, QStringLiteral("library"),
        {{"list", list,
          QT_TRANSLATE_NOOP("ita::cli::LibraryCommand",
                            "each entry, what it answers and its steps")},
         {"check", check,
          QT_TRANSLATE_NOOP("ita::cli::LibraryCommand", "every problem of a library file")},
         {"export", exportLibrary,
          QT_TRANSLATE_NOOP("ita::cli::LibraryCommand", "write the library as JSON or CSV")},
         {"import", importLibrary,
          QT_TRANSLATE_NOOP("ita::cli::LibraryCommand",
                            "store a library file's entries in a database, checked first")}},
        "ita::cli::LibraryCommand");
}

} // namespace ita::cli
