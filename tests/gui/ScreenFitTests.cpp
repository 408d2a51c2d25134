#include "SampleWindow.h"

#include "document/Workspace.h"
#include "gui/FrameworkEditor.h"
#include "gui/ImportDialog.h"
#include "gui/NewAssessmentDialog.h"
#include "gui/PlanView.h"
#include "gui/ReportDialog.h"
#include "gui/ScreenFit.h"
#include "io/FrameworkReader.h"
#include "models/PlanModel.h"

#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeView>

using namespace ita;

namespace ita::test {
Framework fy2564Copy() {
    return copyForYear(*FrameworkRegistry::builtIn().byId(QStringLiteral("ITA-2564")), 2569);
}
} // namespace ita::test

namespace {

/// The smaller office screen: 1280×720 with a 48-pixel task bar.
const QRect kSmallLaptop(0, 0, 1280, 720 - 48);

/// Shows `dialog` on the test's 1366×768 screen and checks that the whole window and every
/// button in it are on the screen, with room for the window manager's frame, and that it
/// could shrink to the smaller laptop too.
void requireFits(QWidget &dialog) {
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    REQUIRE(screen.size() == QSize(1366, 768)); // the GUI tests' screen (tests/gui/main.cpp)
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    INFO(dialog.windowTitle().toStdString() << " at " << dialog.width() << "×" << dialog.height());
    const QRect room = screen.adjusted(0, 0, -gui::kWindowFrameAllowance.width(),
                                       -gui::kWindowFrameAllowance.height());
    CHECK(dialog.width() <= room.width());
    CHECK(dialog.height() <= room.height());
    CHECK(screen.contains(dialog.geometry()));
    const auto buttons = dialog.findChildren<QPushButton *>();
    CHECK(!buttons.isEmpty());
    for (const QPushButton *b : buttons) {
        if (!b->isVisibleTo(&dialog))
            continue;
        const QRect global(b->mapToGlobal(QPoint(0, 0)), b->size());
        INFO("button " << b->text().toStdString());
        CHECK(screen.contains(global));
    }
    const QSize minimum = dialog.minimumSizeHint();
    CHECK(minimum.width() <= kSmallLaptop.width() - gui::kWindowFrameAllowance.width());
    CHECK(minimum.height() <= kSmallLaptop.height() - gui::kWindowFrameAllowance.height());
}

} // namespace

TEST_CASE("gui: a window's size is shrunk to the screen, never below its minimum",
          "[gui][screen]") {
    const QRect laptop(0, 0, 1366, 768 - 40);
    const QSize fitted = gui::fittedSize({1180, 820}, {500, 300}, laptop);
    CHECK(fitted.width() == 1180);
    CHECK(fitted.height() == 728 - gui::kWindowFrameAllowance.height());
    CHECK(gui::fittedSize({1180, 820}, {500, 300}, QRect(0, 0, 2560, 1440)) == QSize(1180, 820));
    // A minimum larger than the room wins: the window stays usable, the screen scrolls.
    CHECK(gui::fittedSize({400, 400}, {600, 900}, laptop) == QSize(600, 900));
}

TEST_CASE("gui: Reports and Export fits a 1366×768 laptop with its export buttons on screen",
          "[gui][screen][report]") {
    test::SampleWindow f;
    f.open();
    const AssessmentDocument *doc = f.window->workspace().document();
    REQUIRE(doc);
    gui::ReportDialog dialog(*f.window->workspace().database(), doc->id(), doc->assessment().agency,
                             doc->assessment().fiscalYear, f.settings, true, f.window.get());
    requireFits(dialog);
}

TEST_CASE("gui: the import and new-assessment dialogs fit a 1366×768 laptop", "[gui][screen]") {
    test::SampleWindow f;
    f.open();
    gui::ImportDialog import(QStringLiteral("สำนักงานตัวอย่าง"), 2569, QString(),
                             f.window->workspace().frameworks(), f.window.get());
    requireFits(import);
    gui::NewAssessmentDialog create({QStringLiteral("สำนักงานตัวอย่าง")}, QString(),
                                    f.window->workspace().frameworks(), f.window.get());
    requireFits(create);
    gui::FrameworkEditor editor(test::fy2564Copy(), {}, {}, true, f.window.get());
    requireFits(editor);
}

TEST_CASE("gui: on a 1366×768 laptop the measures table shows the units without scrolling",
          "[gui][screen][plan]") {
    test::SampleWindow f;
    f.open(); // a first start: no saved geometry, so the window takes the laptop's screen
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    CHECK(f.window->width() >= screen.width() - gui::kWindowFrameAllowance.width());
    f.window->tabs()->setCurrentWidget(f.window->planView());
    QTest::qWait(50);
    QTreeView *table = f.window->planView()->table();
    QHeaderView *header = table->header();
    // Items, steps, the four quarters, the units and the status: all in view at once.
    const int right = header->sectionViewportPosition(PlanModel::StatusColumn) +
                      header->sectionSize(PlanModel::StatusColumn);
    INFO("viewport " << table->viewport()->width() << ", planning columns end at " << right);
    CHECK(right <= table->viewport()->width());
    CHECK(header->sectionSize(PlanModel::StepColumn) >= 200);
}

TEST_CASE("gui: the import preview shows the first rows of a large file and counts them all",
          "[gui][import]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.csv"));
    // 30 agencies × the 88 items of FY2564: 2,640 rows, more than the preview shows.
    QByteArray csv = "agency,year,code,score\n";
    int rows = 0;
    for (int a = 0; a < 30; ++a)
        for (const auto &node :
             FrameworkRegistry::builtIn().byId(QStringLiteral("ITA-2564"))->nodes)
            if (node.level == Level::Item) {
                csv += "หน่วยงาน " + QByteArray::number(a) + ",2564," + node.code.toLatin1() +
                       ",80.00\n";
                ++rows;
            }
    REQUIRE(rows == 2640);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();
    gui::ImportDialog dialog(QString(), 2564, QString(), FrameworkRegistry::builtIn(), nullptr);
    dialog.preview(path);
    REQUIRE(dialog.read().ok());
    CHECK(dialog.assessmentCount() == 30);
    CHECK(dialog.read().rows == rows);
    CHECK(dialog.rows()->rowCount() == gui::ImportDialog::kPreviewRows);
    // The status counts every row, and says only the first ones are shown.
    CHECK(dialog.status()->text().contains(QString::number(rows)));
    CHECK(dialog.status()->text().contains(QString::number(gui::ImportDialog::kPreviewRows)));
}
