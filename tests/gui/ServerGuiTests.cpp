// File → Connect to Server… and a server database in the window (issue 16). The [server]
// cases run in the "server: " pass, against the throw-away cluster CTest starts.
#include "SampleWindow.h"
#include "storage/ServerLocation.h"

#include "../core/TestSupport.h"
#include "document/Workspace.h"
#include "gui/ServerDialog.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

using namespace ita;

TEST_CASE("gui: Connect to Server builds the location and never puts the password in it",
          "[gui][server-dialog]") {
    gui::ServerDialog dialog;
    dialog.setLocation(QStringLiteral("postgresql://somchai@db.example.go.th:6543/ita_moph"
                                      "?sslmode=verify-full"));
    CHECK(dialog.location() == QStringLiteral("postgresql://somchai@db.example.go.th:6543/"
                                              "ita_moph?sslmode=verify-full"));
    // Typed in: a Thai user name and a password with characters a URL must escape.
    auto edits = dialog.findChildren<QLineEdit *>();
    QLineEdit *password = nullptr;
    for (QLineEdit *e : edits)
        if (e->echoMode() == QLineEdit::Password)
            password = e;
    REQUIRE(password);
    password->setText(QStringLiteral("p@ss:/?#ไทย"));
    CHECK_FALSE(dialog.location().contains(QStringLiteral("p@ss")));
    const QString full = ServerLocation::withPassword(dialog.location(), dialog.password());
    CHECK(full.startsWith(QStringLiteral("postgresql://somchai:p%40ss%3A%2F%3F%23")));
    // What is shown and kept of it: the location again, without the password.
    CHECK(ServerLocation::display(full) == dialog.location());
    // A Unix socket folder goes among the parameters.
    dialog.setLocation(
        QStringLiteral("postgresql://ita@/ita?host=/run/postgresql&sslmode=disable"));
    CHECK(dialog.location() ==
          QStringLiteral("postgresql://ita@:5432/ita?host=/run/postgresql&sslmode=disable"));
}

TEST_CASE("gui: a reading role's window says read-only and why, allows no edit, and keeps no "
          "password",
          "[gui][server][readonly]") {
    QTemporaryDir dir;
    const QString url = test::sampleDbByCli(dir); // the sample, on the server
    const QString login = QStringLiteral("gui_reader_%1").arg(QCoreApplication::applicationPid());
    {
        auto db = Database::open(url);
        REQUIRE(db);
        REQUIRE((*db)
                    ->exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'secret'").arg(login))
                    .isEmpty());
        REQUIRE((*db)->exec(QStringLiteral("GRANT ita_planner_reader TO %1").arg(login)).isEmpty());
    }
    QString reader = url;
    reader.replace(QStringLiteral("postgresql://ita_test@"),
                   QStringLiteral("postgresql://%1@").arg(login));
    test::SampleWindow f;
    f.window = std::make_unique<gui::MainWindow>(f.settings, f.language);
    REQUIRE(f.window->openServer(reader, QStringLiteral("secret")).isEmpty());
    test::checkReadOnlyWindow(*f.window);
    CHECK(f.window->banner()->text().contains(login)); // why: the login may only read
    for (QAction *a : f.window->findChildren<QAction *>())
        if (a->text().contains(QStringLiteral("คัดลอกลงแฟ้ม"))) // a server's Save a Copy
            CHECK(a->isEnabled());
    // The recent connections hold the location, not the password.
    REQUIRE_FALSE(f.settings.recentFiles().isEmpty());
    // The same database (written the one way ServerLocation writes addresses).
    const auto recent = ServerLocation::parse(f.settings.recentFiles().front());
    const auto wanted = ServerLocation::parse(reader);
    REQUIRE(recent.ok());
    REQUIRE(wanted.ok());
    CHECK(recent->user == login);
    CHECK(recent->host == wanted->host);
    CHECK(recent->port == wanted->port);
    CHECK(recent->database == wanted->database);
    CHECK(recent->password.isEmpty());
    for (const QString &recent : f.settings.recentFiles())
        CHECK_FALSE(recent.contains(QStringLiteral("secret")));
    CHECK_FALSE(f.settings.lastFile().contains(QStringLiteral("secret")));

    // Copy to a File: the server's data in a new file, checked.
    const QString copy = dir.filePath(QStringLiteral("copy.itadb"));
    REQUIRE(f.window->workspace().saveCopy(copy).isEmpty());
    auto file = Database::open(copy);
    REQUIRE(file);
    CHECK(AuditLog(**file).verify().ok);
}
