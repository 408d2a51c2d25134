#pragma once

#include <QDialog>
#include <QString>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace ita::gui {

/// File → Connect to Server…: the address of a team's PostgreSQL database (host, port,
/// database, user, TLS mode) and the password, which goes to the desktop's keyring when the
/// user asks, never to the settings file.
class ServerDialog : public QDialog {
    Q_OBJECT
public:
    explicit ServerDialog(QWidget *parent = nullptr);
    /// Fills the fields from a location (a recent connection).
    void setLocation(const QString &location);
    /// The location without the password: what is shown and kept among recent connections.
    QString location() const;
    QString password() const;
    bool rememberPassword() const;

private:
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_tls;
    QLineEdit *m_password;
    QCheckBox *m_remember;
};

/// The desktop's keyring (Secret Service through QtKeychain), keyed by the location without
/// password. Both wait for the keyring; without one they fail, and the user is asked.
bool storePassword(const QString &location, const QString &password, QString *error);
QString storedPassword(const QString &location);

} // namespace ita::gui
