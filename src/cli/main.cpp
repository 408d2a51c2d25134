// ita-planner-cli: the headless program over the same core as the desktop program.
#include "Commands.h"
#include "Skeleton.h"

#include <QTranslator>

#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <unistd.h>

#include <cstring>
#include <memory>

#include <cstdio>

namespace {

struct Command {
    const char *name;
    int (*run)(const QStringList &);
    const char *summary;
};

const Command commands[] = {
    {"import", ita::cli::runImport, "store a scores file (CSV or JSON) in a database"},
    {"classify", ita::cli::runClassify, "classify items into maintain / improve / urgent"},
    {"validate", ita::cli::runValidate, "check stated grades and scores against the data"},
    {"export", ita::cli::runExport, "write an assessment from a database as JSON or CSV"},
    {"list", ita::cli::runList, "list the agencies and fiscal years in a database"},
    {"sample", ita::cli::runSample, "write the bundled sample agency into a database"},
    {"frameworks", ita::cli::runFrameworks, "list the assessment frameworks this program knows"},
    {"framework", ita::cli::runFramework, "list, export, import, create and check frameworks"},
    {"whatif", ita::cli::runWhatIf, "the overall, grade and buckets if some scores changed"},
    {"target", ita::cli::runTarget, "the uniform rise of chosen items that reaches a target"},
    {"plan", ita::cli::runPlan, "print, check, draft or import an agency's measures plan"},
    {"audit", ita::cli::runAudit, "list or verify the file's audit trail of changes"},
};

void printUsage(FILE *to) {
    std::fprintf(to, "Usage: ita-planner-cli COMMAND [OPTIONS]\n\n"
                     "ITA Planner, command-line program: analyse Integrity and Transparency\n"
                     "Assessment (ITA) results without a display.\n\nCommands:\n");
    for (const auto &c : commands)
        std::fprintf(to, "  %-11s %s\n", c.name, c.summary);
    std::fprintf(to, "\nRun 'ita-planner-cli COMMAND --help' for a command's options.\n"
                     "Exit codes: 0 success, 1 bad input (the message names file and line),\n"
                     "2 usage error.\n");
}

} // namespace

int main(int argc, char *argv[]) {
    // Reports need fonts, and fonts need a QGuiApplication: export runs one on the offscreen
    // platform (the CLI never opens a window); every other command stays a QCoreApplication.
    const bool needsFonts = argc > 1 && std::strcmp(argv[1], "export") == 0;
    std::unique_ptr<QCoreApplication> application;
    if (needsFonts) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
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
    for (const auto &c : commands) {
        if (name == QLatin1String(c.name)) {
            args.removeAt(1);
            args[0] = QStringLiteral("ita-planner-cli ") + name;
            return c.run(args);
        }
    }
    std::fprintf(stderr, "ita-planner-cli: unknown command '%s'\n\n", qPrintable(name));
    printUsage(stderr);
    return ita::cli::Usage;
}
