// ita-planner: the desktop program.
#include "document/Workspace.h"
#include "gui/Language.h"
#include "gui/MainWindow.h"
#include "gui/NavigatorWidget.h"
#include "gui/Settings.h"
#include "gui/Startup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace {

/// The program's options, the same whether it shows a window or only answers --help.
struct Options {
    QCommandLineOption language{QStringLiteral("language"),
                                QStringLiteral("th or en (default: as last time, else the "
                                               "system's)."),
                                QStringLiteral("LANG")};
    QCommandLineOption startupTime{
        QStringLiteral("startup-time"),
        QStringLiteral("Print the milliseconds from start to the first shown window, then quit.")};
    QCommandLineOption verifiedTime{
        QStringLiteral("verified-time"),
        QStringLiteral("Print the milliseconds from start to the first shown window (\"window "
                       "MS\"), to the navigator listing the file's assessments (\"navigator "
                       "MS\") and to the end of the file's integrity check (\"verified MS\"), "
                       "then quit: the start benchmark.")};
    QCommandLineOption readOnly{
        QStringLiteral("read-only"),
        QStringLiteral("Open the file for reading only: everything can be viewed and exported, "
                       "nothing changed.")};
    QCommandLineOption sample{
        QStringLiteral("sample"),
        QStringLiteral("Open the bundled sample agency (in its own file, written when missing).")};

    void addTo(QCommandLineParser &parser) const {
        parser.setApplicationDescription(QStringLiteral("ITA Planner: analysis and improvement "
                                                        "planning for the Thai ITA."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(QStringLiteral("FILE"),
                                     QStringLiteral("An .itadb file to open."),
                                     QStringLiteral("[FILE]"));
        parser.addOptions({language, startupTime, verifiedTime, readOnly, sample});
    }
};

void setNames() {
    QCoreApplication::setOrganizationName(QStringLiteral("ITA Planner"));
    QCoreApplication::setApplicationName(QStringLiteral("ITA Planner"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ITA_PLANNER_VERSION));
}

} // namespace

int main(int argc, char *argv[]) {
    QElapsedTimer clock;
    clock.start();
    const Options options;

    // --version and --help answer without a display (a package check, a terminal over ssh):
    // they need no window, so no QApplication and no platform plugin.
    bool infoOnly = false;
    for (int i = 1; i < argc; ++i)
        for (const char *option : {"--version", "-v", "--help", "-h", "--help-all"})
            infoOnly = infoOnly || std::strcmp(argv[i], option) == 0;
    if (infoOnly) {
        QCoreApplication info(argc, argv);
        setNames();
        QCommandLineParser parser;
        options.addTo(parser);
        parser.process(info); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    setNames();
    QCommandLineParser parser;
    options.addTo(parser);
    parser.process(app);

    ita::gui::Settings settings;
    ita::gui::Language language;
    language.apply(parser.isSet(options.language) ? parser.value(options.language)
                                                  : settings.language());

    ita::gui::MainWindow window(settings, language);
    if (parser.isSet(options.sample)) {
        if (const QString error = window.openSample(); !error.isEmpty())
            std::fprintf(stderr, "ita-planner: %s\n", qPrintable(error));
    } else if (const QString path =
                   ita::gui::fileToOpen(parser.positionalArguments().value(0), settings.lastFile());
               !path.isEmpty()) {
        window.openFile(path, parser.isSet(options.readOnly));
    } // else the welcome page
    window.show();
    if (parser.isSet(options.startupTime)) {
        QTimer::singleShot(0, &app, [&] {
            std::printf("%lld\n", static_cast<long long>(clock.elapsed()));
            app.quit();
        });
    }
    if (parser.isSet(options.verifiedTime)) {
        QTimer::singleShot(0, &app, [&] {
            std::printf("window %lld\n", static_cast<long long>(clock.elapsed()));
            std::fflush(stdout);
            ita::Workspace &workspace = window.workspace();
            ita::gui::NavigatorWidget *navigator = window.navigator();
            // Quits when both have happened, whichever comes last.
            const auto quitWhenDone = [&workspace, navigator, &app] {
                if (!workspace.isVerifying() && !navigator->isLoading())
                    app.quit();
            };
            const auto listed = [&clock, quitWhenDone] {
                std::printf("navigator %lld\n", static_cast<long long>(clock.elapsed()));
                std::fflush(stdout);
                quitWhenDone();
            };
            const auto verified = [&clock, quitWhenDone] {
                std::printf("verified %lld\n", static_cast<long long>(clock.elapsed()));
                std::fflush(stdout);
                quitWhenDone();
            };
            if (!navigator->isLoading())
                listed();
            else
                QObject::connect(navigator, &ita::gui::NavigatorWidget::loaded, &app, listed);
            if (!workspace.isVerifying())
                verified();
            else
                QObject::connect(&workspace, &ita::Workspace::verificationChanged, &app,
                                 [&workspace, verified] {
                                     if (!workspace.isVerifying())
                                         verified();
                                 });
        });
    }
    return app.exec();
}
