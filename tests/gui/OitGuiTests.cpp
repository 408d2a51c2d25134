// The OIT checklist tab on the real window, against a server on 127.0.0.1 only.

#include "../core/TestHttpServer.h"
#include "../core/TestSupport.h"
#include "SampleWindow.h"

#include "document/PlanDocument.h"
#include "gui/DashboardView.h"
#include "gui/OitView.h"
#include "gui/PlanView.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace ita;

namespace {

int rowOf(QTableWidget *items, const QString &code) {
    for (int r = 0; r < items->rowCount(); ++r)
        if (items->item(r, 0)->data(Qt::UserRole).toString() == code)
            return r;
    return -1;
}

/// Chooses the item and types `address` into a new link row, as a user would.
void addLink(gui::OitView *view, const QString &code, const QString &address) {
    auto *items = view->findChild<QTableWidget *>(QStringLiteral("oitItems"));
    const int row = rowOf(items, code);
    REQUIRE(row >= 0);
    items->setCurrentCell(row, 0);
    view->findChild<QPushButton *>(QStringLiteral("oitAddLink"))->click();
    auto *links = view->findChild<QTableWidget *>(QStringLiteral("oitLinks"));
    REQUIRE(links->rowCount() >= 1);
    links->item(links->rowCount() - 1, 0)->setText(address);
    QCoreApplication::processEvents(); // the queued store
}

} // namespace

TEST_CASE("gui: the OIT checklist checks the links and shows each item's status", "[gui][oit]") {
    test::HttpServer server;
    test::SampleWindow f;
    f.open(QSize(1366, 768));
    f.waitVerified();
    f.window->tabs()->setCurrentWidget(f.window->planView());
    gui::PlanView *plan = f.window->planView();
    auto *view = plan->findChild<gui::OitView *>(QStringLiteral("oitChecklist"));
    REQUIRE(view);
    plan->tabs()->setCurrentWidget(view);
    auto *items = view->findChild<QTableWidget *>(QStringLiteral("oitItems"));
    const int oitItems = int(test::fy2564().oitItems().size());
    REQUIRE(items->rowCount() == oitItems);
    CHECK(items->item(rowOf(items, QStringLiteral("O1")), 1)->text() == QStringLiteral("ยังไม่มี"));

    auto *website = view->findChild<QLineEdit *>(QStringLiteral("oitWebsite"));
    website->setText(server.url("/"));
    emit website->editingFinished();
    PlanDocument *doc = f.window->workspace().planDocument();
    REQUIRE(doc);
    CHECK(doc->plan().website == server.url("/"));

    addLink(view, QStringLiteral("O1"), server.url("/page/1"));
    addLink(view, QStringLiteral("O3"), server.url("/missing"));
    addLink(view, QStringLiteral("O4"), QStringLiteral("https://drive.example.com/o4"));
    REQUIRE(doc->plan().publications.size() == 3);
    // Not checked yet: O1 reads ready with a note, the other site is flagged without the web.
    CHECK(items->item(rowOf(items, QStringLiteral("O4")), 2)
              ->text()
              .contains(QStringLiteral("drive.example.com")));

    // Off, nothing is sent.
    auto *online = view->findChild<QCheckBox *>(QStringLiteral("oitOnline"));
    auto *checkAll = view->findChild<QPushButton *>(QStringLiteral("oitCheckAll"));
    online->setChecked(false);
    CHECK_FALSE(checkAll->isEnabled());
    view->checkLinks(true);
    QTest::qWait(200);
    CHECK(server.requests.isEmpty());
    online->setChecked(true);
    REQUIRE(checkAll->isEnabled());

    checkAll->click();
    CHECK(view->isChecking());
    CHECK(view->findChild<QPushButton *>(QStringLiteral("oitStop"))->isVisibleTo(view));
    for (int i = 0; i < 200 && view->isChecking(); ++i)
        QTest::qWait(50);
    REQUIRE_FALSE(view->isChecking());
    // The window did not wait for the web: only the two addresses on the server were asked.
    CHECK(server.requests.contains(QStringLiteral("/page/1")));
    CHECK(server.requests.contains(QStringLiteral("/missing")));

    // The check changed no plan field: the view's checked() signal refreshed the dashboard.
    const auto &oit = f.window->dashboardView()->data().oit;
    REQUIRE(oit);
    CHECK(oit->ready == 1);
    CHECK(oit->total == oitItems);
    CHECK(oit->atRisk.contains(QStringLiteral("O3")));
    CHECK(f.window->dashboardView()->data().oitText().th.startsWith(
        QStringLiteral("OIT พร้อม 1 จาก %1 ข้อ").arg(oitItems)));

    const int o1 = rowOf(items, QStringLiteral("O1"));
    CHECK(items->item(o1, 1)->text() == QStringLiteral("พร้อม"));
    const int o3 = rowOf(items, QStringLiteral("O3"));
    CHECK(items->item(o3, 1)->text() == QStringLiteral("ยังไม่ครบ"));
    CHECK(items->item(o3, 2)->text().contains(QStringLiteral("HTTP 404")));
    CHECK(view->readiness().ready == 1);
    auto *summary = view->findChild<QLabel *>(QStringLiteral("oitSummary"));
    CHECK(summary->text().contains(QStringLiteral("OIT พร้อม 1 จาก %1 ข้อ").arg(oitItems)));
    CHECK(summary->text().contains(QStringLiteral("หากประเมินวันนี้")));

    // The chosen item's detail: O2's four elements to tick, each tick one undo step.
    items->setCurrentCell(rowOf(items, QStringLiteral("O2")), 0);
    auto *elements = view->findChild<QListWidget *>(QStringLiteral("oitElements"));
    REQUIRE(elements->count() == 4);
    const int before = doc->undoStack()->count();
    elements->item(0)->setCheckState(Qt::Checked);
    QCoreApplication::processEvents();
    CHECK(doc->undoStack()->count() == before + 1);
    REQUIRE(doc->plan().publications.size() == 4);
    doc->undoStack()->undo();
    CHECK(doc->plan().publications.size() == 3);

    // The dashboard's line follows the checklist.
}

TEST_CASE("gui: the OIT checklist exports the page, the CSV for ITAS and the readiness report",
          "[gui][oit]") {
    test::SampleWindow f;
    f.open();
    f.waitVerified();
    f.window->tabs()->setCurrentWidget(f.window->planView());
    auto *view = f.window->planView()->findChild<gui::OitView *>(QStringLiteral("oitChecklist"));
    REQUIRE(view);
    f.window->planView()->tabs()->setCurrentWidget(view);
    addLink(view, QStringLiteral("O1"), QStringLiteral("https://www.erc.or.th/o1"));
    const QString page = f.dir.filePath(QStringLiteral("oit.html"));
    const QString csv = f.dir.filePath(QStringLiteral("itas.csv"));
    const QString pdf = f.dir.filePath(QStringLiteral("oit.pdf"));
    REQUIRE(view->exportTo(gui::OitView::Output::Page, page).isEmpty());
    REQUIRE(view->exportTo(gui::OitView::Output::ItasCsv, csv).isEmpty());
    REQUIRE(view->exportTo(gui::OitView::Output::ReadinessPdf, pdf).isEmpty());
    CHECK(QString::fromUtf8(test::readFile(page))
              .contains(QStringLiteral("<a href=\"https://www.erc.or.th/o1\">")));
    CHECK(test::readFile(csv).contains("O1,โครงสร้าง,https://www.erc.or.th/o1,"));
    CHECK(test::readFile(pdf).startsWith("%PDF-"));
    // A folder that cannot be written is said, and nothing is left behind.
    const QString bad = f.dir.filePath(QStringLiteral("no/such/folder/oit.html"));
    CHECK_FALSE(view->exportTo(gui::OitView::Output::Page, bad).isEmpty());
    CHECK_FALSE(QFileInfo::exists(bad));
}
