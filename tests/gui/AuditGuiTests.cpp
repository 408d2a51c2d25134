#include "SampleWindow.h"

#include "../core/TestSupport.h"
#include "document/Workspace.h"
#include "gui/AuditPanel.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>

using namespace ita;

namespace {

/// E13's score changed in the file by a plain SQL connection, as sqlite3 would.
void changeScoreOutside(const QString &path) {
    auto db = Database::open(path);
    REQUIRE(db);
    QSqlQuery q((*db)->connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE score_nodes SET stated_score = 9500 WHERE code = "
                                  "'E13'")));
}

} // namespace

TEST_CASE("gui: read-only says so in the window and allows no edit", "[gui][readonly]") {
    test::SampleWindow f;
    f.window = std::make_unique<gui::MainWindow>(f.settings, f.language);
    REQUIRE(f.window->openFile(f.path, true).isEmpty());
    test::checkReadOnlyWindow(*f.window);
    // and why: opened for reading, not an unwritable file
    CHECK(f.window->banner()->text().contains(QStringLiteral("เปิดแฟ้มเพื่ออ่าน")));
    CHECK(f.window->windowTitle().contains(QStringLiteral("อ่านอย่างเดียว")));
    // Reports and export stay on.
    for (QAction *a : f.window->findChildren<QAction *>())
        if (a->text().contains(QStringLiteral("รายงานและส่งออก")))
            CHECK(a->isEnabled());
}

TEST_CASE("gui: the audit trail view shows edits, filters and exports them", "[gui][audit]") {
    test::SampleWindow f;
    f.open();
    f.waitVerified();
    CHECK_FALSE(f.window->banner()->isVisible());
    gui::AuditPanel *panel = f.window->auditPanel();
    panel->setScope(gui::AuditPanel::Scope::Assessment);
    const int before = panel->visibleRows();
    CHECK(before >= 3); // the import, the objectives, the recommendations
    REQUIRE(f.window->workspace()
                .document()
                ->editScore(QStringLiteral("E8"), Score::fromWhole(90))
                .isEmpty());
    CHECK(panel->visibleRows() > before); // E8 and the parents that followed it
    panel->setFilter(QStringLiteral("E8"));
    CHECK(panel->visibleRows() == 1);
    const QString path = f.dir.filePath(QStringLiteral("audit.csv"));
    REQUIRE(panel->exportCsv(path).isEmpty());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes);
    CHECK(text.count(u'\n') == 2); // the header and the one row shown
    CHECK(text.contains(QStringLiteral("E8,score,72.46,90.00")));
    panel->setScope(gui::AuditPanel::Scope::Plan);
    panel->setFilter(QStringLiteral("measure 2 step 1"));
    CHECK(panel->visibleRows() > 0); // the sample plan's creation, field by field
}

TEST_CASE("gui: the audit trail is read when its panel is shown and not while it is hidden",
          "[gui][audit]") {
    // A national file's trail holds a record per imported assessment: reading it before the
    // window opens cost a good part of a second (issue 28).
    test::SampleWindow f;
    f.window = std::make_unique<gui::MainWindow>(f.settings, f.language);
    REQUIRE(f.window->openFile(f.path).isEmpty());
    f.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(f.window.get()));
    f.waitVerified();
    // Its dock is not shown at first (View › Audit Trail shows it).
    gui::AuditPanel *panel = f.window->auditPanel();
    REQUIRE_FALSE(panel->isVisible());
    auto *table = panel->findChild<QTableView *>();
    REQUIRE(table);
    CHECK(table->model()->rowCount() == 0); // nothing read yet
    QWidget *dock = panel;
    while (dock && !qobject_cast<QDockWidget *>(dock))
        dock = dock->parentWidget();
    REQUIRE(dock);
    dock->show(); // View › Audit Trail
    dock->raise();
    QCoreApplication::processEvents();
    REQUIRE(panel->isVisible());
    CHECK(table->model()->rowCount() > 0);
    // An edit while it is hidden shows when it is shown again.
    panel->hide();
    const int shown = table->model()->rowCount();
    REQUIRE(f.window->workspace()
                .document()
                ->editScore(QStringLiteral("E8"), Score::fromWhole(90))
                .isEmpty());
    CHECK(table->model()->rowCount() == shown);
    panel->show();
    CHECK(table->model()->rowCount() > shown);
}

TEST_CASE("gui: a broken audit trail is announced when the file opens", "[gui][audit]") {
    test::SampleWindow f;
    {
        auto db = Database::open(f.path);
        REQUIRE(db);
        test::editTrailBehindGuards(
            (*db)->connection(), QStringLiteral("UPDATE audit_log SET after = 'x' WHERE id = 4"));
    }
    f.open();
    f.waitVerified();
    CHECK(f.window->banner()->isVisible());
    CHECK(f.window->banner()->text().contains(QStringLiteral("record 4")));
}

TEST_CASE("gui: a score changed outside the program is announced when the file opens",
          "[gui][audit][ledger]") {
    test::SampleWindow f;
    changeScoreOutside(f.path);
    f.open();
    f.waitVerified();
    CHECK(f.window->banner()->isVisible());
    CHECK(f.window->banner()->text().contains(QStringLiteral("ITA Planner")));
    CHECK(f.window->banner()->text().contains(QStringLiteral("สำนักงาน กกพ. 2564, E13")));
}

TEST_CASE("gui: the window opens before the file is checked, and the check can be stopped",
          "[gui][audit][verify]") {
    test::SampleWindow f;
    changeScoreOutside(f.path);
    f.open();
    Workspace &ws = f.window->workspace();
    // The outside change is found and shown exactly as when the check ran before the window.
    f.waitVerified();
    CHECK(f.window->banner()->text().contains(QStringLiteral("สำนักงาน กกพ. 2564, E13")));
    CHECK_FALSE(f.window->findChild<QWidget *>(QStringLiteral("bannerCancel"))->isVisible());

    // Opened again: openFile() returns with the check still running on its own connection
    // (its end is taken on the event loop), and the banner says the file is being checked,
    // with a way to stop it.
    REQUIRE(f.window->openFile(f.path).isEmpty());
    REQUIRE(ws.isVerifying());
    CHECK(f.window->banner()->isVisible());
    CHECK(f.window->banner()->text().contains(QStringLiteral("กำลังตรวจสอบ")));
    CHECK(f.window->findChild<QWidget *>(QStringLiteral("bannerCancel"))->isVisible());
    // Stopped at once: the banner says the file is not checked this time, neither intact nor
    // broken.
    qobject_cast<QPushButton *>(f.window->findChild<QWidget *>(QStringLiteral("bannerCancel")))
        ->click();
    CHECK_FALSE(ws.isVerifying());
    CHECK(ws.auditVerification().cancelled);
    CHECK(f.window->banner()->text().contains(QStringLiteral("หยุด")));
    CHECK_FALSE(f.window->banner()->text().contains(QStringLiteral("E13")));
}
