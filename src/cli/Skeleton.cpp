#include "Skeleton.h"
#include "storage/ServerLocation.h"

#include "domain/Text.h"

#include "storage/FrameworkRepository.h"
#include "storage/NetworkShare.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

#include <cstdio>

namespace ita::cli {

namespace {
/// The messages of this file, under one context for lupdate and the program alike.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::cli::Skeleton)
};
} // namespace

// Qt's own words in --help (QCommandLineParser's context), listed here so that lupdate puts
// them in the one translation and `--help` reads in Thai throughout.
[[maybe_unused]] const char *const qtHelpWords[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Usage: %1"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Options:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Arguments:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays version information."),
};

namespace {
/// errno of the first write to standard output that failed (a full disk, /dev/full, a closed
/// pipe), or 0: the output is then incomplete, which finish() says.
int g_outError = 0;
} // namespace

void out(const QByteArray &bytes) {
    if (g_outError != 0)
        return;
    errno = 0;
    if (std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) != size_t(bytes.size()) ||
        std::fflush(stdout) != 0)
        g_outError = errno != 0 ? errno : EIO;
}

int finish(int code) {
    errno = 0;
    if (g_outError == 0 && (std::fflush(stdout) != 0 || std::ferror(stdout)))
        g_outError = errno != 0 ? errno : EIO;
    if (g_outError == 0)
        return code;
    err(QCoreApplication::translate("ita::cli::Skeleton",
                                    "standard output: %1; what was written is incomplete")
            .arg(QString::fromLocal8Bit(std::strerror(g_outError))));
    return code == Success ? BadInput : code;
}

void out(const QString &text) {
    out(escapeControls(text).toUtf8());
}

void err(const QString &text) {
    const QString shown = escapeControls(text);
    const QByteArray bytes = (shown.endsWith(u'\n') ? shown : shown + u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

namespace {
/// The command as the user would type it ("ita-planner-cli plan"), set by parse(): the help
/// and usage errors name it instead of the program's full path.
QString &commandName() {
    static QString name = QStringLiteral("ita-planner-cli");
    return name;
}

/// QCommandLineParser's help with its usage line naming the command, not the program's path.
QString helpText(const QCommandLineParser &parser) {
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype at = text.indexOf(program);
    const qsizetype lineEnd = text.indexOf(u'\n');
    if (!program.isEmpty() && at >= 0 && (lineEnd < 0 || at < lineEnd))
        text.replace(at, program.size(), commandName());
    return text;
}
} // namespace

int usageError(QCommandLineParser &parser, const QString &message) {
    err(QStringLiteral("%1: %2").arg(commandName(), message));
    err(helpText(parser));
    return Usage;
}

FormatOption::FormatOption(QStringList list)
    : choices(std::move(list))
    , option({QStringLiteral("format")},
             Messages::tr("Output format: %1 (default %2).")
                 .arg(choices.join(QStringLiteral(", ")), choices.front()),
             QStringLiteral("FORMAT"), choices.front()) {}

bool parse(QCommandLineParser &parser, const QStringList &args, const QString &description,
           int *exitCode) {
    parser.setApplicationDescription(description);
    if (!args.isEmpty())
        commandName() = args.front();
    const QCommandLineOption help = parser.addHelpOption();
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(args)) {
        *exitCode = usageError(parser, parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        out(helpText(parser));
        *exitCode = Success;
        return false;
    }
    warnOfPasswordsIn(args);
    return true;
}

void warnOfPasswordsIn(const QStringList &args) {
    // Any argument (--db, --from, --to, written with "=" or apart) that is a server address.
    for (const QString &arg : args) {
        const QString location = arg.startsWith(u'-') ? arg.section(u'=', 1) : arg;
        if (!ServerLocation::isServer(location))
            continue;
        const auto parsed = ServerLocation::parse(location);
        if (parsed && !parsed->password.isEmpty()) {
            err(Messages::tr("warning: the password written in %1 can be read by anyone on this "
                             "machine who lists its processes (ps), and stays in the shell's "
                             "history. Give it in PGPASSWORD or ~/.pgpass (%APPDATA%\\postgresql\\"
                             "pgpass.conf on Windows) instead.")
                    .arg(ServerLocation::display(location)));
            return;
        }
    }
}

QString FormatOption::value(QCommandLineParser &parser, int *code) const {
    const QString chosen = parser.value(option);
    if (choices.contains(chosen))
        return chosen;
    *code = usageError(parser, Messages::tr("unknown format \"%1\" (choose %2)")
                                   .arg(chosen, choices.join(QStringLiteral(", "))));
    return {};
}

const FrameworkRegistry &registry() {
    static const FrameworkRegistry r = [] {
        FrameworkRegistry copy = FrameworkRegistry::builtIn();
        const QString extra = qEnvironmentVariable("ITA_PLANNER_FRAMEWORKS");
        if (!extra.isEmpty())
            for (const QString &problem : copy.addFolder(extra))
                err(problem);
        return copy;
    }();
    return r;
}

std::unique_ptr<Database> openDatabase(const QString &path, bool readOnly, int *exitCode,
                                       Creates creates) {
    Database::Options options;
    options.readOnly = readOnly;
    options.create = creates == Creates::Yes;
    auto db = Database::open(path, options);
    if (!db) {
        err(db.error());
        *exitCode = BadInput;
        return nullptr;
    }
    // Said, not refused: the file is the user's and may be copied off the share.
    if (!(*db)->isServer())
        if (const QString warning = networkShareWarning(path); !warning.isEmpty())
            err(warning);
    return db.take();
}

int runSubcommand(const QStringList &args, const QString &group,
                  std::initializer_list<Subcommand> subs, const char *context) {
    const QString name = args.value(1);
    for (const Subcommand &s : subs)
        if (name == QLatin1String(s.name)) {
            QStringList rest = args;
            rest.removeAt(1);
            rest[0] = args[0] + QStringLiteral(" ") + name;
            return s.run(rest);
        }
    QString usage = QCoreApplication::translate(
                        "ita::cli::Skeleton", "Usage: ita-planner-cli %1 SUBCOMMAND [OPTIONS]\n\n")
                        .arg(group);
    for (const Subcommand &s : subs)
        usage += QStringLiteral("  %1 %2\n")
                     .arg(QString::fromLatin1(s.name), -8)
                     .arg(QCoreApplication::translate(context, s.summary));
    usage += QCoreApplication::translate("ita::cli::Skeleton",
                                         "\nRun 'ita-planner-cli %1 SUBCOMMAND --help' for its "
                                         "options.\n")
                 .arg(group);
    if (name == u"--help" || name == u"-h") {
        out(usage);
        return Success;
    }
    err(name.isEmpty()
            ? usage
            : QCoreApplication::translate("ita::cli::Skeleton", "unknown subcommand \"%1\"\n\n%2")
                  .arg(name, usage));
    return Usage;
}

bool writeOutput(const QString &path, const QByteArray &bytes) {
    if (path == u"-") {
        out(bytes);
        return true;
    }
    QSaveFile file(path); // written whole or not at all
    errno = 0;
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        // Qt says "Unknown error" for some failures (a full disk at the commit): the system's
        // words then.
        const int why = errno;
        QString reason = file.errorString();
        if ((reason.isEmpty() || reason == u"Unknown error") && why != 0)
            reason = QString::fromLocal8Bit(std::strerror(why));
        err(QStringLiteral("%1: %2").arg(path, reason));
        return false;
    }
    return true;
}

QString parseWithFormat(QCommandLineParser &parser, const QStringList &args,
                        const QString &description, const FormatOption &format, int *code) {
    parser.addOption(format.option);
    if (!parse(parser, args, description, code))
        return {};
    return format.value(parser, code);
}

bool thaiByDefault() {
    return QLocale::system().language() == QLocale::Thai;
}

bool thaiFromArguments(const QStringList &args) {
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == u"--lang" && i + 1 < args.size())
            return args[i + 1].toLower() == u"th";
        if (args[i].startsWith(QStringLiteral("--lang=")))
            return args[i].mid(7).toLower() == u"th";
    }
    return thaiByDefault();
}

FrameworkRegistry registryFor(const QString &dbPath) {
    // A server database's own frameworks count as a file's do.
    if (dbPath.isEmpty() || (!ServerLocation::isServer(dbPath) && !QFileInfo::exists(dbPath)))
        return registry();
    Database::Options options;
    options.readOnly = true;
    auto db = Database::open(dbPath, options);
    if (!db)
        return registry(); // the command's own open reports what is wrong with the file
    auto fromFile = FrameworkRepository(**db).registry();
    if (!fromFile) {
        err(fromFile.error());
        return registry();
    }
    FrameworkRegistry r = fromFile.take();
    for (const Framework *fw : registry().all())
        if (!r.byId(fw->id))
            r.add(*fw, registry().definition(fw->id));
    return r;
}

} // namespace ita::cli
