// ita-planner: the desktop program.
#include "gui/Language.h"
#include "gui/MainWindow.h"
#include "gui/Settings.h"
#include "gui/Startup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[]) {
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ITA Planner"));
    QApplication::setApplicationName(QStringLiteral("ITA Planner"));
    QApplication::setApplicationVersion(QStringLiteral(ITA_PLANNER_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("ITA Planner: analysis and improvement "
                                                    "planning for the Thai ITA."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("An .itadb file to open."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QStringLiteral("th or en (default: as last time, "
                                                           "else the system's)."),
                                            QStringLiteral("LANG"));
    const QCommandLineOption startupOption(
        QStringLiteral("startup-time"),
        QStringLiteral("Print the milliseconds from start to the first shown window, then quit."));
    const QCommandLineOption readOnlyOption(
        QStringLiteral("read-only"),
        QStringLiteral("Open the file for reading only: everything can be viewed and exported, "
                       "nothing changed."));
    const QCommandLineOption sampleOption(
        QStringLiteral("sample"),
        QStringLiteral("Open the bundled sample agency (in its own file, written when missing)."));
    parser.addOptions({languageOption, startupOption, readOnlyOption, sampleOption});
    parser.process(app);

    ita::gui::Settings settings;
    ita::gui::Language language;
    language.apply(parser.isSet(languageOption) ? parser.value(languageOption)
                                                : settings.language());

    ita::gui::MainWindow window(settings, language);
    if (parser.isSet(sampleOption)) {
        if (const QString error = window.openSample(); !error.isEmpty())
            std::fprintf(stderr, "ita-planner: %s\n", qPrintable(error));
    } else if (const QString path =
                   ita::gui::fileToOpen(parser.positionalArguments().value(0), settings.lastFile());
               !path.isEmpty()) {
        window.openFile(path, parser.isSet(readOnlyOption));
    } // else the welcome page
    window.show();
    if (parser.isSet(startupOption)) {
        QTimer::singleShot(0, &app, [&] {
            std::printf("%lld\n", static_cast<long long>(clock.elapsed()));
            app.quit();
        });
    }
    return app.exec();
}
