#include "../core/TestSupport.h"
#include "SampleWindow.h"
#include "document/PlanDocument.h"
#include "document/Workspace.h"
#include "gui/DraftDialog.h"
#include "gui/GanttWidget.h"
#include "gui/Language.h"
#include "gui/LibraryDialog.h"
#include "gui/LibraryEntryDialog.h"
#include "gui/MainWindow.h"
#include "gui/PlanView.h"
#include "gui/Settings.h"
#include "gui/UnitRolesDialog.h"
#include "io/LibraryJson.h"
#include "io/Sample.h"
#include "models/PlanModel.h"
#include "storage/Database.h"
#include "storage/LibraryRepository.h"
#include "storage/PlanRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace ita;
using namespace ita::gui;

namespace {

/// The sample in the real window, on the plan tab's Gantt.
struct PlanFixture : test::SampleWindow {
    PlanFixture() { open(); }
    void open() {
        SampleWindow::open(QSize(1500, 900));
        window->tabs()->setCurrentWidget(window->planView());
        window->planView()->tabs()->setCurrentIndex(1); // the Gantt
        QCoreApplication::processEvents();
    }
    PlanView *view() const { return window->planView(); }
    PlanDocument *plan() const { return window->workspace().planDocument(); }
    const Step &step(int m, int s) const {
        return plan()->plan().measures[size_t(m)].steps[size_t(s)];
    }
};

} // namespace

TEST_CASE("gui: the plan tab shows the seed's plan with its coverage and workload", "[gui][plan]") {
    PlanFixture f;
    REQUIRE(f.plan());
    CHECK(f.plan()->plan().fiscalYear == 2565);
    CHECK(f.view()->model()->rowCount() == 7);
    CHECK(f.view()->coverage()->count() == 2); // I3.2 and I3.3
    CHECK(f.view()->coverage()->item(0)->text().contains(QStringLiteral("I3.2")));
    // ฝ่าย บม. carries steps in Q1 and Q2 of several measures: the table counts them.
    QTableWidget *load = f.view()->workload();
    int row = -1;
    for (int r = 0; r < load->rowCount(); ++r)
        if (load->verticalHeaderItem(r)->text() == QStringLiteral("ฝ่าย บม."))
            row = r;
    REQUIRE(row >= 0);
    // Q1: indicator 3 (3 steps), 5 (2), 7 (steps 4 and 5), 8 (step 3.1) = 8.
    CHECK(load->item(row, 0)->text() == QStringLiteral("8"));
}

TEST_CASE("gui: the plan model passes QAbstractItemModelTester", "[gui][plan][model]") {
    PlanFixture f;
    PlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocument(f.plan());
    CHECK(model.rowCount() == 7);
    CHECK(model.rowCount(model.index(0, 0)) == 4);
    const QModelIndex q2 = model.stepIndex(0, 0, PlanModel::Q2Column);
    CHECK(q2.data().toString() == QStringLiteral("──→"));
    CHECK(model.stepIndex(0, 0, PlanModel::Q3Column).data().toString().isEmpty());
    model.setToday(QDate(2022, 1, 15));
    CHECK_FALSE(model.stepIndex(0, 0).data(PlanModel::OverdueRole).toBool());
    model.setToday(QDate(2022, 4, 1)); // Q1–Q2 steps ended in March
    CHECK(model.stepIndex(0, 0).data(PlanModel::OverdueRole).toBool());
    CHECK(model.stepIndex(6, 0).data(PlanModel::OverdueRole).toBool() == false); // runs to Sep
}

TEST_CASE("gui: a step's new span redraws its measure's rows alone, the analysis every row",
          "[gui][plan][model]") {
    PlanFixture f;
    PlanModel model;
    model.setDocument(f.plan());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    REQUIRE(f.plan()->setStepSpan(1, 0, 3, 5).isEmpty());
    CHECK(reset.isEmpty());
    // Measure 2's row (it spans its steps' months), then its three steps: a 500-step plan's
    // views lay out these rows, not all of them.
    REQUIRE(changed.size() == 2);
    CHECK(changed[0][0].value<QModelIndex>() == model.index(1, 0));
    CHECK(changed[0][1].value<QModelIndex>() == model.index(1, PlanModel::ColumnCount - 1));
    CHECK(changed[1][0].value<QModelIndex>() == model.stepIndex(1, 0, 0));
    CHECK(changed[1][1].value<QModelIndex>() == model.stepIndex(1, 2, PlanModel::ColumnCount - 1));
    CHECK(model.stepIndex(1, 0, PlanModel::Q2Column).data().toString() == QStringLiteral("──→"));

    // The analysis may colour any measure: the 7 measures' rows, then each one's steps.
    changed.clear();
    f.plan()->setAnalysis(f.plan()->analysis());
    CHECK(changed.size() == 1 + 7);
    CHECK(reset.isEmpty());
}

TEST_CASE("gui: dragging a bar by one month moves the step, and undo puts it back",
          "[gui][plan][gantt]") {
    PlanFixture f;
    GanttWidget *gantt = f.view()->gantt();
    REQUIRE(f.step(0, 1).startMonth == 1);
    REQUIRE(f.step(0, 1).endMonth == 6);
    const QRectF bar = gantt->barRect(0, 1);
    REQUIRE(bar.isValid());
    const QPoint from = bar.center().toPoint();
    const QPoint to = from + QPoint(int(gantt->monthWidth()), 0);
    QTest::mousePress(gantt, Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(gantt, from + QPoint(5, 0));
    QTest::mouseMove(gantt, to);
    QTest::mouseRelease(gantt, Qt::LeftButton, Qt::NoModifier, to);
    CHECK(f.step(0, 1).startMonth == 2);
    CHECK(f.step(0, 1).endMonth == 7);
    // One selection: the row under the bar is the current row of the table too.
    CHECK(f.view()->ganttTable()->currentIndex().data(PlanModel::StepRole).toInt() == 1);

    f.window->undoAction()->trigger(); // the plan's undo: the plan tab is in front
    CHECK(f.step(0, 1).startMonth == 1);
    CHECK(f.step(0, 1).endMonth == 6);
    f.window->redoAction()->trigger();
    f.open(); // stored
    CHECK(f.step(0, 1).startMonth == 2);
}

TEST_CASE("gui: dragging the right edge resizes, snapping to months", "[gui][plan][gantt]") {
    PlanFixture f;
    GanttWidget *gantt = f.view()->gantt();
    const QRectF bar = gantt->barRect(0, 0);
    const QPoint edge(int(bar.right()) - 2, int(bar.center().y()));
    const QPoint to = edge + QPoint(int(2.4 * gantt->monthWidth()), 0); // snaps to 2 months
    QTest::mousePress(gantt, Qt::LeftButton, Qt::NoModifier, edge);
    QTest::mouseMove(gantt, to);
    QTest::mouseRelease(gantt, Qt::LeftButton, Qt::NoModifier, to);
    CHECK(f.step(0, 0).startMonth == 1);
    CHECK(f.step(0, 0).endMonth == 8);
    CHECK(f.plan()->undoStack()->count() == 1);
}

TEST_CASE("gui: progress is edited in the table, drafts are one undo step", "[gui][plan]") {
    PlanFixture f;
    PlanModel *model = f.view()->model();
    CHECK(model->setData(model->stepIndex(2, 0, PlanModel::PercentColumn), QStringLiteral("40")));
    CHECK(f.step(2, 0).percent == 40);
    CHECK(f.step(2, 0).status == StepStatus::InProgress);
    CHECK(model->setData(model->stepIndex(2, 0, PlanModel::StatusColumn), QStringLiteral("done")));
    CHECK(f.step(2, 0).percent == 100);
    CHECK_FALSE(
        model->setData(model->stepIndex(2, 0, PlanModel::PercentColumn), QStringLiteral("140")));

    // Draft measures: the dialog proposes, the group takes; one undo step.
    const int before = int(f.plan()->plan().measures.size());
    bool sawDialog = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<DraftDialog *>(QApplication::activeModalWidget());
        sawDialog = dialog != nullptr;
        if (!dialog)
            return;
        dialog->findChild<QPushButton *>(QStringLiteral("takeDrafts"))->click();
    });
    f.view()->findChild<QPushButton *>(QStringLiteral("draftMeasures"))->click();
    REQUIRE(sawDialog);
    CHECK(int(f.plan()->plan().measures.size()) == before + 1);
    CHECK(f.view()->coverage()->item(0)->text().contains(QStringLiteral("3.2")) == false);
    f.window->undoAction()->trigger();
    CHECK(int(f.plan()->plan().measures.size()) == before);
    CHECK(f.view()->coverage()->count() == 2);
}

TEST_CASE("gui: the draft dialog proposes measures with steps, and drafted cells are marked until "
          "edited or accepted",
          "[gui][plan][draft]") {
    PlanFixture f;
    PlanModel *model = f.view()->model();
    const int before = int(f.plan()->plan().measures.size());
    int groups = 0;
    QStringList proposals;
    QString firstStepWhen, firstStepWho;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<DraftDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QTreeWidget *tree = dialog->tree();
        groups = tree->topLevelItemCount();
        if (groups == 0)
            return;
        QTreeWidgetItem *group = tree->topLevelItem(0);
        for (int c = 0; c < group->childCount(); ++c)
            proposals << group->child(c)->text(0) + u'|' +
                             (group->child(c)->checkState(0) == Qt::Checked ? u'x' : u' ');
        // The best proposal's first step shows its quarters and units.
        if (group->childCount() > 0 && group->child(0)->childCount() > 0) {
            firstStepWhen = group->child(0)->child(0)->text(2);
            firstStepWho = group->child(0)->child(0)->text(3);
        }
        // Take the second proposal as well: two measures.
        if (group->childCount() > 1)
            group->child(1)->setCheckState(0, Qt::Checked);
        dialog->findChild<QPushButton *>(QStringLiteral("takeDrafts"))->click();
    });
    f.view()->findChild<QPushButton *>(QStringLiteral("draftMeasures"))->click();
    // The seed's plan leaves I3.2 and I3.3 (indicator 1) without a measure: one group.
    REQUIRE(groups == 1);
    REQUIRE(proposals.size() >= 2);
    CHECK(proposals.front().endsWith(QStringLiteral("|x"))); // the best comes ticked
    CHECK(firstStepWhen.startsWith(QStringLiteral("ไตรมาส")));
    CHECK_FALSE(firstStepWho.isEmpty());
    REQUIRE(int(f.plan()->plan().measures.size()) == before + 2);

    // The measures table: every step of the drafted measures has its text, a span, units, and
    // its cells are marked as drafts.
    for (int m = before; m < before + 2; ++m) {
        const QModelIndex measure = model->index(m, PlanModel::StepColumn);
        CHECK(model->data(measure, PlanModel::DraftRole).toBool());
        CHECK(model->data(measure, Qt::FontRole).value<QFont>().italic());
        CHECK(model->rowCount(model->index(m, 0)) >= 2);
        for (int s = 0; s < model->rowCount(model->index(m, 0)); ++s) {
            CHECK_FALSE(
                model->data(model->stepIndex(m, s, PlanModel::StepColumn)).toString().isEmpty());
            CHECK_FALSE(
                model->data(model->stepIndex(m, s, PlanModel::UnitsColumn)).toString().isEmpty());
            CHECK(
                model
                    ->data(model->stepIndex(m, s, PlanModel::StepColumn), PlanModel::StartMonthRole)
                    .toInt() >= 1);
            CHECK(model->data(model->stepIndex(m, s, PlanModel::UnitsColumn), PlanModel::DraftRole)
                      .toBool());
        }
    }
    // Editing a cell reviews that cell alone.
    const QModelIndex text = model->stepIndex(before, 0, PlanModel::StepColumn);
    REQUIRE(model->setData(text, QStringLiteral("ขั้นตอนที่คณะทำงานเขียนเอง")));
    CHECK_FALSE(
        model->data(model->stepIndex(before, 0, PlanModel::StepColumn), PlanModel::DraftRole)
            .toBool());
    CHECK(model->data(model->stepIndex(before, 0, PlanModel::UnitsColumn), PlanModel::DraftRole)
              .toBool());
    // Accepting the measure reviews the rest of it; the other drafted measure stays marked.
    f.view()->table()->setCurrentIndex(model->index(before, PlanModel::StepColumn));
    f.view()->findChild<QPushButton *>(QStringLiteral("acceptDrafts"))->click();
    CHECK_FALSE(f.plan()->plan().measures[size_t(before)].hasDraft());
    CHECK(f.plan()->plan().measures[size_t(before) + 1].hasDraft());
    CHECK_FALSE(
        model->data(model->stepIndex(before, 1, PlanModel::UnitsColumn), PlanModel::DraftRole)
            .toBool());
    // Stored: the marks survive a restart as they are.
    f.open();
    CHECK_FALSE(f.plan()->plan().measures[size_t(before)].hasDraft());
    CHECK(f.plan()->plan().measures[size_t(before) + 1].hasDraft());
}

TEST_CASE("gui: measures and steps are added and removed, each one undo step", "[gui][plan]") {
    PlanFixture f;
    PlanView *v = f.view();
    const int measures = int(f.plan()->plan().measures.size());
    v->addMeasureButton()->click();
    REQUIRE(int(f.plan()->plan().measures.size()) == measures + 1);
    v->addStepButton()->click(); // the new measure is current
    CHECK(f.plan()->plan().measures.back().steps.size() == 1);
    // The new step has no unit and no span: the coverage check says so at once.
    int noSpan = 0;
    for (const auto &c : f.plan()->coverage())
        noSpan += c.kind == CoverageFinding::Kind::NoSpan ? 1 : 0;
    CHECK(noSpan == 1);
    v->removeButton()->click(); // removes the current step
    CHECK(f.plan()->plan().measures.back().steps.empty());
    f.window->undoAction()->trigger();
    CHECK(f.plan()->plan().measures.back().steps.size() == 1);

    v->table()->setCurrentIndex(v->model()->index(0, PlanModel::StepColumn));
    v->removeButton()->click(); // a measure row: the measure goes with its steps
    CHECK(f.plan()->plan().measures.front().codes.contains(QStringLiteral("I7")) == false);
    f.window->undoAction()->trigger();
    CHECK(f.plan()->plan().measures.front().codes.contains(QStringLiteral("I7")));
}

TEST_CASE("gui: a measure's items, monitoring and reporting are edited in place", "[gui][plan]") {
    PlanFixture f;
    PlanModel *model = f.view()->model();
    const QModelIndex items = model->index(2, PlanModel::ItemsColumn);
    CHECK(model->setData(items, QStringLiteral("i20, I24")));
    CHECK(f.plan()->plan().measures[2].codes ==
          QStringList({QStringLiteral("I20"), QStringLiteral("I24")}));
    CHECK_FALSE(model->setData(items, QStringLiteral("I20, X1"))); // unknown code: refused

    const QModelIndex monitoring = model->index(2, PlanModel::MonitoringColumn);
    CHECK(monitoring.data(Qt::EditRole).toString().count(u'\n') == 2); // three actions
    CHECK(model->setData(monitoring, QStringLiteral("1) ตรวจสอบ\n\n2) รายงาน")));
    CHECK(f.plan()->plan().measures[2].monitoring ==
          QStringList({QStringLiteral("ตรวจสอบ"), QStringLiteral("รายงาน")}));

    const QModelIndex reporting = model->index(2, PlanModel::ReportingColumn);
    CHECK(model->setData(reporting, QStringLiteral("ทุกไตรมาส: ผู้อำนวยการ")));
    CHECK(f.plan()->plan().measures[2].cadence == Cadence::Quarterly);
    CHECK(f.plan()->plan().measures[2].reportTo == QStringLiteral("ผู้อำนวยการ"));
    CHECK_FALSE(model->setData(reporting, QStringLiteral("บางครั้ง: ใครก็ได้")));
}

TEST_CASE("gui: actual dates (BE as typed) and evidence links of a step", "[gui][plan]") {
    PlanFixture f;
    PlanModel *model = f.view()->model();
    CHECK(model->setData(model->stepIndex(0, 0, PlanModel::ActualStartColumn),
                         QStringLiteral("4/10/2564")));
    CHECK(f.step(0, 0).actualStart == QDate(2021, 10, 4));
    CHECK(model->stepIndex(0, 0, PlanModel::ActualStartColumn).data().toString() ==
          QStringLiteral("4 ต.ค. 2564"));
    CHECK(model->setData(model->stepIndex(0, 0, PlanModel::ActualFinishColumn),
                         QStringLiteral("2022-03-31")));
    CHECK(f.step(0, 0).actualFinish == QDate(2022, 3, 31));
    CHECK_FALSE(model->setData(model->stepIndex(0, 0, PlanModel::ActualFinishColumn),
                               QStringLiteral("31 มีนา")));
    CHECK(model->setData(model->stepIndex(0, 0, PlanModel::EvidenceColumn),
                         QStringLiteral("https://a.example/o18\nhttps://a.example/o19")));
    CHECK(f.step(0, 0).evidence.size() == 2);
    f.open(); // stored
    CHECK(f.step(0, 0).actualFinish == QDate(2022, 3, 31));
    CHECK(f.step(0, 0).evidence.size() == 2);
}

TEST_CASE("gui: the OIT publication plan is edited per O-item and stored", "[gui][plan]") {
    PlanFixture f;
    QTableWidget *table = f.view()->publications();
    REQUIRE(table->rowCount() == 43);
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->data(Qt::UserRole).toString() == QStringLiteral("O18"))
            row = r;
    REQUIRE(row >= 0);
    table->item(row, 1)->setText(QStringLiteral("ฝ่าย บง."));
    QCoreApplication::processEvents(); // stored from the event loop
    REQUIRE(f.plan()->plan().publications.size() == 1);
    CHECK(f.plan()->plan().publications[0].code == QStringLiteral("O18"));
    CHECK(f.plan()->plan().publications[0].preparer == QStringLiteral("ฝ่าย บง."));
    f.window->undoAction()->trigger();
    CHECK(f.plan()->plan().publications.empty());
}

TEST_CASE("claim: zooming the Gantt widens every month and every bar with it",
          "[gui][plan][gantt][claims]") {
    PlanFixture f;
    GanttWidget *gantt = f.view()->gantt();
    gantt->setMonthWidth(40);
    const QRectF narrow = gantt->barRect(0, 0);
    const int narrowChart = gantt->chartWidth();
    gantt->setMonthWidth(80);
    const QRectF wide = gantt->barRect(0, 0);
    REQUIRE(narrow.width() > 0);
    CHECK(wide.width() == Approx(2 * narrow.width()).margin(2));
    CHECK(gantt->chartWidth() >= 2 * narrowChart - 2);
}

TEST_CASE("gui: a measure is saved to the file's library, and the next drafts offer it",
          "[gui][plan][library]") {
    PlanFixture f;
    PlanModel *model = f.view()->model();
    f.view()->table()->setCurrentIndex(model->stepIndex(1, 0, PlanModel::StepColumn));
    f.view()->findChild<QPushButton *>(QStringLiteral("saveToLibrary"))->click();
    auto own =
        LibraryRepository(*f.window->workspace().database()).load(FrameworkRegistry::builtIn());
    REQUIRE(own);
    REQUIRE(own->size() == 1);
    CHECK(own->front().targets.codes == f.plan()->plan().measures[1].codes);
    CHECK(own->front().steps.size() == f.plan()->plan().measures[1].steps.size());
    // Renamed and saved again, it replaces what was saved.
    REQUIRE(model->setData(model->index(1, PlanModel::StepColumn),
                           QStringLiteral("มาตรการที่เปลี่ยนชื่อแล้ว")));
    f.view()->table()->setCurrentIndex(model->index(1, PlanModel::StepColumn));
    f.view()->findChild<QPushButton *>(QStringLiteral("saveToLibrary"))->click();
    own = LibraryRepository(*f.window->workspace().database()).load(FrameworkRegistry::builtIn());
    REQUIRE(own);
    REQUIRE(own->size() == 1);
    CHECK(own->front().title.th == QStringLiteral("มาตรการที่เปลี่ยนชื่อแล้ว"));
}

TEST_CASE("gui: the library window lists, searches, imports, exports and deletes",
          "[gui][plan][library]") {
    PlanFixture f;
    Database &db = *f.window->workspace().database();
    const FrameworkRegistry frameworks = f.window->workspace().frameworks();
    LibraryDialog dialog(db, frameworks, true);
    QTableWidget *table = dialog.table();
    const int bundled = int(bundledLibrary().entries.size());
    CHECK(table->rowCount() == bundled);
    // Search: "No Gift" finds the entries that name it, and only those.
    dialog.search()->setText(QStringLiteral("No Gift"));
    int shown = 0;
    for (int r = 0; r < table->rowCount(); ++r)
        shown += !table->isRowHidden(r);
    CHECK(shown >= 2);
    CHECK(shown < bundled);
    dialog.search()->clear();
    // A bundled entry cannot be deleted.
    table->setCurrentCell(0, 0);
    CHECK_FALSE(dialog.deleteCurrent().isEmpty());
    CHECK(table->rowCount() == bundled);
    // Import a library file: its entry joins, stored in the file.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("shared.json"));
    test::writeFile(file, R"({"format": "ita-planner-library", "version": 1, "entries": [
{"id": "shared-x", "title": {"th": "มาตรการจากเพื่อน"}, "answers": {"themes": [4]},
 "steps": [{"text": "ขั้นแรก", "timing": "Q1", "roles": ["procurement"]}]}]})");
    REQUIRE(dialog.importFile(file, false).isEmpty());
    CHECK(table->rowCount() == bundled + 1);
    CHECK(LibraryRepository(db).load(FrameworkRegistry::builtIn())->size() == 1);
    // A second import of the same id is refused and changes nothing.
    CHECK_FALSE(dialog.importFile(file, false).isEmpty());
    CHECK(table->rowCount() == bundled + 1);
    // Export writes what is shown, readable as a library.
    const QString out = dir.filePath(QStringLiteral("out.json"));
    REQUIRE(dialog.exportTo(out).isEmpty());
    const LibraryImport back =
        readLibraryJson(test::readFile(out), out, FrameworkRegistry::builtIn());
    REQUIRE(back.ok());
    CHECK(back.library.entries.size() == size_t(bundled + 1));
    // Delete the file's entry.
    table->setCurrentCell(bundled, 0);
    REQUIRE(dialog.deleteCurrent().isEmpty());
    CHECK(table->rowCount() == bundled);
    CHECK(LibraryRepository(db).load(FrameworkRegistry::builtIn())->empty());
}

TEST_CASE("gui: a library entry is edited in a form and two are merged (issue 23)",
          "[gui][plan][library]") {
    PlanFixture f;
    Database &db = *f.window->workspace().database();
    const FrameworkRegistry frameworks = f.window->workspace().frameworks();
    LibraryDialog dialog(db, frameworks, true);
    QTableWidget *table = dialog.table();
    const int bundled = int(bundledLibrary().entries.size());
    const LibraryEntry &first = bundledLibrary().entries.front();

    // Edit a bundled entry through the form, as the Edit… button opens it.
    {
        LibraryEntryDialog form(first, frameworks, true);
        form.findChild<QLineEdit *>(QStringLiteral("entryTitle"))
            ->setText(QStringLiteral("มาตรการงบประมาณของเรา"));
        auto *steps = form.findChild<QTableWidget *>(QStringLiteral("entrySteps"));
        REQUIRE(steps->rowCount() == int(first.steps.size()));
        form.findChild<QPushButton *>(QStringLiteral("entryAddStep"))->click();
        const int row = steps->rowCount() - 1;
        steps->item(row, 0)->setText(QStringLiteral("ประกาศผลการใช้จ่ายบนเว็บไซต์"));
        steps->item(row, 1)->setText(QStringLiteral("Q4"));
        steps->item(row, 2)->setText(QStringLiteral("งานพัสดุ; งานการเงินและบัญชี"));
        const auto edited = form.entry();
        INFO((edited ? QString() : edited.error()).toStdString());
        REQUIRE(edited);
        CHECK(edited->title.th == QStringLiteral("มาตรการงบประมาณของเรา"));
        REQUIRE(edited->steps.size() == first.steps.size() + 1);
        CHECK(edited->steps.back().roles ==
              std::vector<UnitRole>{UnitRole::Procurement, UnitRole::Finance});
        CHECK(edited->source == LibrarySource::Group);
        REQUIRE(dialog.saveEntry(*edited).isEmpty());
    }
    // The file's own version replaces the bundled one in the list and for drafting.
    CHECK(table->rowCount() == bundled);
    auto own = LibraryRepository(db).load(FrameworkRegistry::builtIn());
    REQUIRE(own);
    REQUIRE(own->size() == 1);
    CHECK(own->front().id == first.id);
    CHECK(own->front().steps.size() == first.steps.size() + 1);
    CHECK(mergedLibrary(bundledLibrary(), *own).find(first.id)->title.th ==
          QStringLiteral("มาตรการงบประมาณของเรา"));

    // The form refuses what a library file would, and says why; OK keeps it open.
    {
        LibraryEntryDialog form(first, frameworks, true);
        auto *steps = form.findChild<QTableWidget *>(QStringLiteral("entrySteps"));
        steps->item(0, 1)->setText(QStringLiteral("Q7"));
        steps->item(0, 2)->setText(QStringLiteral("งานครัว"));
        const auto refused = form.entry();
        REQUIRE_FALSE(refused);
        CHECK(refused.error().contains(QStringLiteral("\"Q7\"")));
        CHECK(refused.error().contains(QStringLiteral("\"งานครัว\"")));
        form.show();
        form.accept();
        CHECK(form.result() != QDialog::Accepted);
        CHECK(form.findChild<QLabel *>(QStringLiteral("entryProblems"))->isVisible());
    }

    // Merge: two of the file's entries made one; the other goes.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("two.json"));
    test::writeFile(file, R"({"format": "ita-planner-library", "version": 1, "entries": [
{"id": "ours-a", "title": {"th": "ก"}, "answers": {"themes": [4], "keywords": ["คู่มือ"]},
 "steps": [{"text": "ขั้น 1", "timing": "Q1", "roles": ["procurement"]}],
 "monitoring": ["ติดตามรายไตรมาส"]},
{"id": "ours-b", "title": {"th": "ข"}, "answers": {"themes": [5]},
 "steps": [{"text": "ขั้น 1", "timing": "Q1", "roles": ["procurement"]},
           {"text": "ขั้น 2", "timing": "Q3", "roles": ["finance"]}],
 "monitoring": ["ติดตามรายไตรมาส", "รายงานผู้บริหาร"]}]})");
    REQUIRE(dialog.importFile(file, false).isEmpty());
    int a = -1, b = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        const QString id = table->item(r, 0)->data(Qt::UserRole).toString();
        a = id == u"ours-a" ? r : a;
        b = id == u"ours-b" ? r : b;
    }
    REQUIRE(a >= 0);
    REQUIRE(b >= 0);
    CHECK_FALSE(dialog.mergedSelection()); // one row is not a merge
    table->setCurrentCell(a, 0);
    table->selectionModel()->select(table->model()->index(b, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const auto merged = dialog.mergedSelection();
    REQUIRE(merged);
    CHECK(merged->second == QStringLiteral("ours-b"));
    const LibraryEntry &m = merged->first;
    CHECK(m.id == QStringLiteral("ours-a"));
    CHECK(m.targets.themes == std::vector<int>{4, 5});
    REQUIRE(m.steps.size() == 2); // "ขั้น 1" once
    CHECK(m.steps[1].text == QStringLiteral("ขั้น 2"));
    CHECK(m.monitoring.size() == 2);
    REQUIRE(dialog.saveEntry(m, merged->second).isEmpty());
    own = LibraryRepository(db).load(FrameworkRegistry::builtIn());
    REQUIRE(own);
    QStringList ids;
    for (const LibraryEntry &e : *own)
        ids << e.id;
    CHECK(ids.contains(QStringLiteral("ours-a")));
    CHECK_FALSE(ids.contains(QStringLiteral("ours-b")));
    CHECK(table->rowCount() == bundled + 1);
}

TEST_CASE("gui: units are given their roles once, and drafts name those units",
          "[gui][plan][draft]") {
    PlanFixture f;
    bool sawDialog = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<UnitRolesDialog *>(QApplication::activeModalWidget());
        sawDialog = dialog != nullptr;
        if (!dialog)
            return;
        QTableWidget *table = dialog->table();
        for (int r = 0; r < table->rowCount(); ++r) {
            const QString key = table->item(r, 0)->data(Qt::UserRole).toString();
            if (key == u"executive")
                table->item(r, 1)->setText(QStringLiteral("ฝ่าย ยส."));
            if (key == u"service_units")
                table->item(r, 1)->setText(QStringLiteral("ฝ่าย อพ., ฝ่ายบริการใหม่"));
        }
        // ฝ่ายบริการใหม่ is not in the registry: Save asks, and this answer adds it.
        QTimer::singleShot(0, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box && box->objectName() == u"newUnitsQuestion")
                box->findChild<QPushButton *>(QStringLiteral("addNewUnits"))->click();
        });
        dialog->findChild<QPushButton *>(QStringLiteral("saveUnitRoles"))->click();
    });
    f.view()->findChild<QPushButton *>(QStringLiteral("unitRoles"))->click();
    REQUIRE(sawDialog);
    const auto unit = [&](const char *abbreviation) -> const Unit * {
        for (const Unit &u : f.plan()->plan().units)
            if (u.abbreviation == QString::fromUtf8(abbreviation))
                return &u;
        return nullptr;
    };
    REQUIRE(unit("ฝ่าย ยส."));
    CHECK(unit("ฝ่าย ยส.")->roles == QStringList{QStringLiteral("executive")});
    REQUIRE(unit("ฝ่ายบริการใหม่")); // a unit typed there joins the registry
    CHECK(unit("ฝ่ายบริการใหม่")->roles == QStringList{QStringLiteral("service_units")});
    // The draft for I3.2 and I3.3 (indicator 1: service units and executives) names them.
    const int before = int(f.plan()->plan().measures.size());
    REQUIRE(f.plan()->addDrafts().isEmpty());
    REQUIRE(int(f.plan()->plan().measures.size()) > before);
    const Step &first = f.plan()->plan().measures[size_t(before)].steps.front();
    CHECK(first.units == QStringList({QStringLiteral("ฝ่าย อพ."), QStringLiteral("ฝ่ายบริการใหม่"),
                                      QStringLiteral("ฝ่าย ยส.")}));
}

TEST_CASE("gui: a unit typed for roles that the registry lacks is asked about, not added",
          "[gui][plan][draft]") {
    PlanFixture f;
    const std::vector<Unit> before = f.plan()->plan().units;
    REQUIRE(!before.empty());
    // The first registered unit, typed without its spaces and dots, for two roles.
    const QString registered = before.front().abbreviation;
    QString loose = registered;
    loose.remove(u' ').remove(u'.');
    REQUIRE(loose != registered);
    QString asked;
    bool stillOpen = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<UnitRolesDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QTableWidget *table = dialog->table();
        for (int r = 0; r < table->rowCount(); ++r) {
            const QString key = table->item(r, 0)->data(Qt::UserRole).toString();
            if (key == u"procurement" || key == u"finance")
                table->item(r, 1)->setText(loose);
        }
        QTimer::singleShot(0, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != u"newUnitsQuestion")
                return;
            asked = box->text();
            box->findChild<QPushButton *>(QStringLiteral("goBack"))->click();
        });
        dialog->findChild<QPushButton *>(QStringLiteral("saveUnitRoles"))->click();
        stillOpen = dialog->isVisible() && dialog->result() != QDialog::Accepted;
        dialog->reject();
    });
    f.view()->findChild<QPushButton *>(QStringLiteral("unitRoles"))->click();
    INFO(asked.toStdString());
    CHECK(asked.contains(loose));
    CHECK(asked.contains(registered)); // "did you mean ..."
    CHECK(stillOpen);
    CHECK(f.plan()->plan().units == before); // nothing added, no role moved
}
