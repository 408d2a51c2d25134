#include "../CatchSession.h"

#include <QCoreApplication>
#include <QStandardPaths>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // never the user's settings or data
    return ita::test::runCatchSession();
}
