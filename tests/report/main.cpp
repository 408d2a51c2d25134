#include "../CatchSession.h"

#include <QGuiApplication>
#include <QStandardPaths>

// Reports need fonts, and fonts need a QGuiApplication (CTest runs it offscreen).
int main(int argc, char *argv[]) {
    // Also when CTest lists the tests at build time, where no display is set.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    return ita::test::runCatchSession();
}
