#include "Startup.h"

#include "io/Sample.h"
#include "storage/Database.h"
#include "storage/SampleStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace ita::gui {

QString defaultDatabasePath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/ita-planner.itadb");
}

QString fileToOpen(const QString &requested, const QString &lastFile) {
    if (!requested.isEmpty())
        return requested;
    if (!lastFile.isEmpty() && QFileInfo::exists(lastFile))
        return lastFile;
    return {};
}

QString sampleFile(QString *error) {
    const QString path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                         QStringLiteral("/sample.itadb");
    if (QFileInfo::exists(path))
        return path;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QString written;
    {
        auto db = Database::open(path);
        if (!db) {
            *error = db.error();
            return {};
        }
        written = writeSample(**db);
    } // closed here, so that a half-written sample can be removed
    if (!written.isEmpty()) {
        *error = written;
        QFile::remove(path); // no half-written sample is left to be reopened
        return {};
    }
    return path;
}

} // namespace ita::gui
