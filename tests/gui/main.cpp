#include "../CatchSession.h"

#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char *argv[]) {
    // The office laptop: every GUI test runs on one offscreen 1366×768 screen, so a window
    // that would not fit there shows in the tests.
    QTemporaryDir screenDir;
    const QString screenConfig = screenDir.filePath(QStringLiteral("screen.json"));
    {
        QFile f(screenConfig);
        if (!f.open(QIODevice::WriteOnly))
            return 2;
        f.write(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366,
                    "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    }
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(screenConfig));
    QApplication app(argc, argv);
    // Never the user's settings or data.
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QApplication::setOrganizationName(QStringLiteral("ITA Planner Tests"));
    QApplication::setApplicationName(QStringLiteral("ITA Planner Tests"));
    return ita::test::runCatchSession();
}
