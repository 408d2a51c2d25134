#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace ita::gui {

/// The desktop program's remembered state, behind one typed interface: every key and its
/// default is listed once, in Settings.cpp.
class Settings {
public:
    Settings();

    QString lastFile() const;
    void setLastFile(const QString &path);
    QStringList recentFiles() const; ///< newest first, at most 8
    void addRecentFile(const QString &path);

    /// "th", "en", or "" to follow the system.
    QString language() const;
    void setLanguage(const QString &language);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &state);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);

    QString lastImportFolder() const;
    void setLastImportFolder(const QString &folder);
    /// Where the last report or CSV was exported; the export dialogs start there.
    /// The name the audit trail records for this user; empty = the login name.
    QString auditName() const;
    void setAuditName(const QString &name);
    QString lastExportFolder() const;
    void setLastExportFolder(const QString &folder);

    /// Whether the OIT checklist may ask the web for the plan's links (on by default). Off,
    /// nothing is ever sent; the last stored results are shown.
    bool checkLinks() const;
    void setCheckLinks(bool on);

private:
    QSettings m_settings;
};

} // namespace ita::gui
