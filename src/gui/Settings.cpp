#include "Settings.h"

#include "storage/Database.h"
#include "storage/ServerLocation.h"

#include <QDir>
#include <QFileInfo>

namespace ita::gui {

namespace {
// Every key of the program, in one place.
constexpr auto kLastFile = "file/last";
constexpr auto kRecentFiles = "file/recent";
constexpr auto kLanguage = "view/language";
constexpr auto kGeometry = "window/geometry";
constexpr auto kWindowState = "window/state";
constexpr auto kSplitter = "window/splitter";
constexpr auto kImportFolder = "import/folder";
constexpr auto kExportFolder = "export/folder";
constexpr auto kAuditName = "audit/name";
constexpr auto kCheckLinks = "oit/checkLinks";
constexpr int kMaxRecent = 8;
} // namespace

Settings::Settings() = default;

QString Settings::lastFile() const {
    return m_settings.value(QLatin1String(kLastFile)).toString();
}

void Settings::setLastFile(const QString &path) {
    m_settings.setValue(QLatin1String(kLastFile), path);
    addRecentFile(path);
}

QStringList Settings::recentFiles() const {
    return m_settings.value(QLatin1String(kRecentFiles)).toStringList();
}

void Settings::addRecentFile(const QString &path) {
    // Recent connections sit beside recent files, as their locations (never a password).
    const QString absolute = ServerLocation::isServer(path) ? ServerLocation::display(path)
                                                            : QFileInfo(path).absoluteFilePath();
    QStringList list = recentFiles();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxRecent)
        list.removeLast();
    m_settings.setValue(QLatin1String(kRecentFiles), list);
}

QString Settings::language() const {
    return m_settings.value(QLatin1String(kLanguage)).toString();
}

void Settings::setLanguage(const QString &language) {
    m_settings.setValue(QLatin1String(kLanguage), language);
}

QByteArray Settings::windowGeometry() const {
    return m_settings.value(QLatin1String(kGeometry)).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &state) {
    m_settings.setValue(QLatin1String(kGeometry), state);
}

QByteArray Settings::windowState() const {
    return m_settings.value(QLatin1String(kWindowState)).toByteArray();
}

void Settings::setWindowState(const QByteArray &state) {
    m_settings.setValue(QLatin1String(kWindowState), state);
}

QByteArray Settings::splitterState() const {
    return m_settings.value(QLatin1String(kSplitter)).toByteArray();
}

void Settings::setSplitterState(const QByteArray &state) {
    m_settings.setValue(QLatin1String(kSplitter), state);
}

QString Settings::lastImportFolder() const {
    return m_settings.value(QLatin1String(kImportFolder), QDir::homePath()).toString();
}

void Settings::setLastImportFolder(const QString &folder) {
    m_settings.setValue(QLatin1String(kImportFolder), folder);
}

QString Settings::auditName() const {
    return m_settings.value(QLatin1String(kAuditName)).toString();
}

void Settings::setAuditName(const QString &name) {
    m_settings.setValue(QLatin1String(kAuditName), name);
}

QString Settings::lastExportFolder() const {
    return m_settings.value(QLatin1String(kExportFolder), QDir::homePath()).toString();
}

void Settings::setLastExportFolder(const QString &folder) {
    m_settings.setValue(QLatin1String(kExportFolder), folder);
}

bool Settings::checkLinks() const {
    return m_settings.value(QLatin1String(kCheckLinks), true).toBool();
}

void Settings::setCheckLinks(bool on) {
    m_settings.setValue(QLatin1String(kCheckLinks), on);
}

} // namespace ita::gui
