#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace ita {
class Workspace;
}

namespace ita::gui {

class Settings;

/// The ways a file or a server database comes to be open in the window: New, Open, a recent
/// entry, Connect to Server (with the keyring's password, and the offer to set up an empty
/// database), the sample, Save a Copy. It asks through dialogs over `parent` and tells the
/// window what to say (message) and when the recent list changed; the window only holds the
/// actions that call it.
class FileController : public QObject {
    Q_OBJECT
public:
    FileController(Workspace &workspace, Settings &settings, QWidget *parent);

    /// Opens a file and shows its last assessment; read-only on request, and by itself when
    /// the file cannot be written. The error is returned and said, never a crash.
    QString openFile(const QString &path, bool readOnly = false);
    /// Asks where a new file goes (starting at `suggested`) and opens it; true when it did.
    bool newFile(const QString &suggested = QString());
    /// File → Open…
    void openDialog();
    /// File → Connect to Server… (or a recent connection): opens a server database; empty
    /// when it opened.
    QString connectToServer(const QString &location = {});
    /// Opens a server database with this password (offering to set up an empty one); the
    /// password is used for the connection only, never shown or kept in the settings.
    QString openServer(const QString &location, const QString &password);
    /// A recent file or server, as the File menu lists them.
    void openRecent(const QString &location);
    /// Opens the sample's file (written from the bundled sample when missing); the error
    /// said and returned when it cannot be.
    QString openSample();
    /// File → Save a Copy As… (a server's data into a new file).
    void saveCopy();

signals:
    /// A line for the status bar.
    void message(const QString &text);
    /// A file was opened: the recent list changed.
    void recentFilesChanged();

private:
    Workspace &m_workspace;
    Settings &m_settings;
    QWidget *m_parent;
};

} // namespace ita::gui
