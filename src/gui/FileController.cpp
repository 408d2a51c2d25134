#include "FileController.h"

#include "ServerDialog.h"
#include "Settings.h"
#include "Startup.h"
#include "document/Workspace.h"
#include "storage/Database.h"
#include "storage/NetworkShare.h"
#include "storage/ServerLocation.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace ita::gui {

FileController::FileController(Workspace &workspace, Settings &settings, QWidget *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_settings(settings)
    , m_parent(parent) {}

void FileController::openRecent(const QString &location) {
    if (ServerLocation::isServer(location))
        connectToServer(location);
    else
        openFile(location);
}

QString FileController::openFile(const QString &path, bool readOnly) {
    m_workspace.setActor(m_settings.auditName());
    const QString error = m_workspace.openFile(path, readOnly);
    if (!error.isEmpty()) {
        emit message(error);
        return error;
    }
    if (!ServerLocation::isServer(path))
        if (QString warning = networkShareWarning(path); !warning.isEmpty())
            QMessageBox::warning(m_parent, tr("File on a Network Share"), warning);
    // Kept as shown: a server's location without its password.
    m_settings.setLastFile(m_workspace.filePath());
    emit recentFilesChanged();
    // The newest year of the last agency; the file is open even if that fails.
    if (const qint64 last = m_workspace.lastAssessment(); last != 0)
        if (QString e = m_workspace.openAssessment(last); !e.isEmpty())
            emit message(e);
    return {};
}

bool FileController::newFile(const QString &suggested) {
    const QString path = QFileDialog::getSaveFileName(m_parent, tr("New ITA Planner file"),
                                                      suggested, tr("ITA Planner files (*.itadb)"));
    if (path.isEmpty())
        return false;
    return openFile(path.endsWith(QStringLiteral(".itadb")) ? path
                                                            : path + QStringLiteral(".itadb"))
        .isEmpty();
}

void FileController::openDialog() {
    const QString path = QFileDialog::getOpenFileName(
        m_parent, tr("Open"), QFileInfo(m_workspace.filePath()).absolutePath(),
        tr("ITA Planner files (*.itadb);;All files (*)"));
    if (!path.isEmpty() && !openFile(path).isEmpty())
        QMessageBox::warning(m_parent, tr("Open"),
                             m_workspace.filePath().isEmpty()
                                 ? tr("The file could not be opened.")
                                 : tr("The file could not be opened; the "
                                      "previous file stays open."));
}

QString FileController::connectToServer(const QString &location) {
    // A recent connection opens straight away with the keyring's password (or ~/.pgpass);
    // the dialog comes when there is none or the server refuses it.
    QString error;
    if (!location.isEmpty()) {
        error = openServer(location, storedPassword(location));
        if (error.isEmpty())
            return {};
    }
    ServerDialog dialog(m_parent);
    if (!location.isEmpty())
        dialog.setLocation(location);
    while (dialog.exec() == QDialog::Accepted) {
        error = openServer(dialog.location(), dialog.password());
        if (error.isEmpty()) {
            QString keyring;
            if (dialog.rememberPassword() && !dialog.password().isEmpty() &&
                !storePassword(dialog.location(), dialog.password(), &keyring))
                emit message(tr("The password was not kept: the desktop's keyring is not "
                                "available (%1). You will be asked again.")
                                 .arg(keyring));
            return {};
        }
        QMessageBox::warning(m_parent, tr("Connect to Server"), error);
    }
    return error.isEmpty() ? tr("cancelled") : error;
}

QString FileController::openServer(const QString &location, const QString &password) {
    const QString full = ServerLocation::withPassword(location, password);
    QString error = openFile(full);
    if (error.contains(QStringLiteral("server init"))) {
        // An empty database: offer to set it up (its administrators' login can).
        if (QMessageBox::question(m_parent, tr("Connect to Server"),
                                  tr("The database %1 is empty. Set it up for ITA Planner now? "
                                     "This creates its tables and the roles ita_planner_admin, "
                                     "ita_planner_editor and ita_planner_reader, and needs a "
                                     "login that may create roles.")
                                      .arg(location)) != QMessageBox::Yes)
            return error;
        Database::Options options;
        options.initialise = true;
        if (auto db = Database::open(full, options); !db) // set up, then closed at once
            return db.error();
        error = openFile(full);
    }
    return error;
}

void FileController::saveCopy() {
    const QString path = QFileDialog::getSaveFileName(m_parent, tr("Save a Copy As"), QString(),
                                                      tr("ITA Planner files (*.itadb)"));
    if (path.isEmpty())
        return;
    if (QString e = m_workspace.saveCopy(path); !e.isEmpty())
        QMessageBox::warning(m_parent, tr("Save a Copy As"), e);
    else
        emit message(tr("Copy saved to %1").arg(path));
}

QString FileController::openSample() {
    QString error;
    const QString path = sampleFile(&error);
    if (path.isEmpty()) {
        emit message(error);
        return error;
    }
    return openFile(path);
}

} // namespace ita::gui
