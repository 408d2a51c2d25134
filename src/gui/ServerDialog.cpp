#include "ServerDialog.h"

#include "storage/ServerLocation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#ifdef ITA_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace ita::gui {

namespace {
const QString kService = QStringLiteral("ITA Planner");
}

ServerDialog::ServerDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_tls(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(this)) {
    setWindowTitle(tr("Connect to Server"));
    m_host->setPlaceholderText(tr("e.g. db.agency.go.th"));
    m_host->setMinimumWidth(320);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setText(QStringLiteral("ita"));
    // libpq's sslmode values; "require" unless the IT department says otherwise.
    m_tls->addItem(tr("Required, certificate checked (verify-full)"),
                   QStringLiteral("verify-full"));
    m_tls->addItem(tr("Required (require)"), QStringLiteral("require"));
    m_tls->addItem(tr("If the server offers it (prefer)"), QStringLiteral("prefer"));
    m_tls->addItem(tr("Off (disable)"), QStringLiteral("disable"));
    m_tls->setCurrentIndex(1);
    m_password->setEchoMode(QLineEdit::Password);
#ifdef ITA_HAVE_KEYCHAIN
    m_remember->setText(tr("Remember the password in the desktop's keyring"));
#else
    m_remember->setText(tr("Remember the password until the program closes"));
    m_remember->setToolTip(tr("This build has no keyring support: the password is not saved."));
#endif
    m_remember->setChecked(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Server:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Database:"), m_database);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Encryption (TLS):"), m_tls);
    form->addRow(tr("Password:"), m_password);
    form->addRow(QString(), m_remember);
    auto *note = new QLabel(tr("Your IT department gives these. The server decides what you may "
                               "do: members of ita_planner_editor edit, of ita_planner_reader "
                               "only read. The password is never written to the settings file."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto ready = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_database->text().trimmed().isEmpty() &&
                         !m_user->text().trimmed().isEmpty());
    };
    connect(m_database, &QLineEdit::textChanged, this, ready);
    connect(m_user, &QLineEdit::textChanged, this, ready);
    ready();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void ServerDialog::setLocation(const QString &location) {
    const auto parsed = ServerLocation::parse(location);
    if (!parsed)
        return;
    m_user->setText(parsed->user);
    m_host->setText(parsed->host);
    m_port->setValue(parsed->port > 0 ? parsed->port : 5432);
    m_database->setText(parsed->database);
    const int tls = m_tls->findData(parsed->parameter(QStringLiteral("sslmode")));
    if (tls >= 0)
        m_tls->setCurrentIndex(tls);
}

QString ServerDialog::location() const {
    ServerLocation address;
    address.user = m_user->text().trimmed();
    address.host = m_host->text().trimmed();
    if (address.host.isEmpty())
        address.host = QStringLiteral("localhost");
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.parameters.emplace_back(QStringLiteral("sslmode"), m_tls->currentData().toString());
    return address.compose();
}

QString ServerDialog::password() const {
    return m_password->text();
}

bool ServerDialog::rememberPassword() const {
    return m_remember->isChecked();
}

#ifdef ITA_HAVE_KEYCHAIN
bool storePassword(const QString &location, const QString &password, QString *error) {
    QKeychain::WritePasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(location);
    job.setTextData(password);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() != QKeychain::NoError) {
        if (error)
            *error = job.errorString();
        return false;
    }
    return true;
}

QString storedPassword(const QString &location) {
    QKeychain::ReadPasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(location);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return job.error() == QKeychain::NoError ? job.textData() : QString();
}
#else
// A build without QtKeychain (the Windows cross-build: Debian no longer serves its source)
// keeps the password in memory until the program closes, and says so when asked to remember.
namespace {
QHash<QString, QString> &sessionPasswords() {
    static QHash<QString, QString> passwords;
    return passwords;
}
} // namespace

bool storePassword(const QString &location, const QString &password, QString *) {
    sessionPasswords().insert(location, password);
    return true;
}

QString storedPassword(const QString &location) {
    return sessionPasswords().value(location);
}
#endif

} // namespace ita::gui
