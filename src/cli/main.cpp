// ita-planner-cli: the headless program over the same core as the desktop program.
#include "Commands.h"
#include "Skeleton.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTranslator>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#endif

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

/// The usage and the commands' summaries, under one context for lupdate and the program.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::cli::Main)
};

void printUsage(FILE *to) {
    QString text = Messages::tr("Usage: ita-planner-cli COMMAND [OPTIONS]\n\n"
                                "ITA Planner, command-line program: analyse Integrity and "
                                "Transparency\nAssessment (ITA) results without a display.\n\n"
                                "Commands:\n");
    for (const auto &c : ita::cli::commands)
        text += QStringLiteral("  %1 %2\n")
                    .arg(QLatin1String(c.name), -11)
                    .arg(QCoreApplication::translate("ita::cli::Main", c.summary));
    text += Messages::tr("\nRun 'ita-planner-cli COMMAND --help' for a command's options.\n"
                         "Exit codes: 0 success, 1 bad input (the message names file and "
                         "line),\n2 usage error.\n");
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), to);
}

/// Qt's own warnings (its SQL drivers': "Unable to free statement" once per prepared
/// statement when a server goes away, "QSqlQuery::exec: database not open") are developer
/// diagnostics: the command says what failed in its own words, once. They are dropped, and
/// shown again with ITA_PLANNER_QT_MESSAGES=1; critical and fatal messages always pass.
QtMessageHandler qtDefaultHandler = nullptr;
void quietQtMessages(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    if (type == QtCriticalMsg || type == QtFatalMsg)
        qtDefaultHandler(type, context, message);
}

} // namespace

// The summaries are translated where they are printed (printUsage).
const ita::cli::Command ita::cli::commands[17] = {
    {"import", runImport,
     QT_TRANSLATE_NOOP("ita::cli::Main", "store a scores file (CSV or JSON) in a database")},
    {"classify", runClassify,
     QT_TRANSLATE_NOOP("ita::cli::Main", "classify items into maintain / improve / urgent")},
    {"validate", runValidate,
     QT_TRANSLATE_NOOP("ita::cli::Main", "check stated grades and scores against the data")},
    {"export", runExport,
     QT_TRANSLATE_NOOP("ita::cli::Main", "write the report, the analysis or the plan as a file")},
    {"list", runList,
     QT_TRANSLATE_NOOP("ita::cli::Main", "list the agencies and fiscal years in a database")},
    {"sample", runSample,
     QT_TRANSLATE_NOOP("ita::cli::Main", "write the bundled sample agency into a database")},
    {"frameworks", runFrameworks,
     QT_TRANSLATE_NOOP("ita::cli::Main", "list the assessment frameworks this program knows")},
    {"framework", runFramework,
     QT_TRANSLATE_NOOP("ita::cli::Main", "list, export, import, create and check frameworks")},
    {"whatif", runWhatIf,
     QT_TRANSLATE_NOOP("ita::cli::Main", "the overall, grade and buckets if some scores changed")},
    {"target", runTarget,
     QT_TRANSLATE_NOOP("ita::cli::Main", "the uniform rise of chosen items that reaches a target")},
    {"plan", runPlan,
     QT_TRANSLATE_NOOP("ita::cli::Main",
                       "print, check, draft or import an agency's measures plan")},
    {"library", runLibrary,
     QT_TRANSLATE_NOOP("ita::cli::Main",
                       "the measures library drafts draw on: list, check, export, import")},
    {"oit", runOit,
     QT_TRANSLATE_NOOP("ita::cli::Main",
                       "the OIT checklist: check every link before the window, export the page")},
    {"portfolio", runPortfolio,
     QT_TRANSLATE_NOOP("ita::cli::Main",
                       "many agencies of a year: means, levels, pass rate, ranking")},
    {"audit", runAudit,
     QT_TRANSLATE_NOOP("ita::cli::Main", "list or verify the file's audit trail of changes")},
    {"server", runServer,
     QT_TRANSLATE_NOOP("ita::cli::Main", "set up a PostgreSQL database for a team (server init)")},
    {"copy", runCopy,
     QT_TRANSLATE_NOOP("ita::cli::Main",
                       "copy a file's data to a server database or back, checked")},
};

int main(int argc, char *argv[]) {
#ifdef Q_OS_WIN
    // Standard output carries files (export --out -: CSV with CRLF line ends, PDF, DOCX) byte
    // for byte, as on Linux: the C runtime's text mode would turn each \n into \r\n.
    _setmode(_fileno(stdout), _O_BINARY);
#endif
    if (qEnvironmentVariableIntValue("ITA_PLANNER_QT_MESSAGES") == 0)
        qtDefaultHandler = qInstallMessageHandler(quietQtMessages);
    // Reports need fonts, and fonts need a QGuiApplication: export, portfolio (its PDF) and
    // oit export (the readiness PDF) run one on the offscreen platform (the CLI never opens a
    // window); every other command stays a QCoreApplication.
    const bool needsFonts =
        argc > 1 &&
        (std::strcmp(argv[1], "export") == 0 || std::strcmp(argv[1], "portfolio") == 0 ||
         (std::strcmp(argv[1], "oit") == 0 && argc > 2 && std::strcmp(argv[2], "export") == 0));
    std::unique_ptr<QCoreApplication> application;
    if (needsFonts) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef Q_OS_UNIX
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            // Qt wants one for the platform; make the private one it would default to.
            const QByteArray dir =
                QDir::tempPath().toUtf8() + "/runtime-" + QByteArray::number(qulonglong(getuid()));
            QDir().mkpath(QString::fromUtf8(dir));
            QFile::setPermissions(QString::fromUtf8(dir), QFileDevice::ReadOwner |
                                                              QFileDevice::WriteOwner |
                                                              QFileDevice::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", dir);
        }
#endif
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("ita-planner-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("ITA Planner"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ITA_PLANNER_VERSION));

    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        printUsage(stderr);
        return ita::cli::Usage;
    }
    // Messages (the importer's, the checks', the store's) in Thai when the command's language
    // is Thai: --lang th, or a Thai system without --lang.
    QTranslator translator;
    if (ita::cli::thaiFromArguments(args) &&
        translator.load(QStringLiteral(":/i18n/ita-planner_th.qm")))
        QCoreApplication::installTranslator(&translator);

    const QString name = args.at(1);
    if (name == u"--help" || name == u"-h" || name == u"help") {
        printUsage(stdout);
        return ita::cli::Success;
    }
    if (name == u"--version") {
        std::printf("ita-planner-cli %s\n", ITA_PLANNER_VERSION);
        return ita::cli::Success;
    }
    for (const auto &c : ita::cli::commands) {
        if (name == QLatin1String(c.name)) {
            args.removeAt(1);
            args[0] = QStringLiteral("ita-planner-cli ") + name;
            return ita::cli::finish(c.run(args));
        }
    }
    ita::cli::err(Messages::tr("ita-planner-cli: unknown command '%1'\n").arg(name));
    printUsage(stderr);
    return ita::cli::Usage;
}
