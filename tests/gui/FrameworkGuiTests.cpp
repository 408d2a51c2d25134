// The framework editor and a new year's path through the real main window.
#include "SampleWindow.h"

#include "../core/TestSupport.h"
#include "document/Workspace.h"
#include "gui/DraftDialog.h"
#include "gui/FrameworkEditor.h"
#include "gui/ImportDialog.h"
#include "gui/MainWindow.h"
#include "gui/PlanView.h"
#include "io/FrameworkCsv.h"
#include "report/ReportBuilder.h"
#include "report/ReportSource.h"
#include "storage/AuditLog.h"
#include "storage/FrameworkRepository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>

using namespace ita;

namespace {

QString oitRows() {
    return QString::fromUtf8(
        test::readFile(test::dataPath(QStringLiteral("fy2569/oit-items.tsv"))));
}

/// The editor as the main window opens it: checked and stored through the workspace.
std::unique_ptr<gui::FrameworkEditor> editorOn(test::SampleWindow &f, Framework fw) {
    Workspace &ws = f.window->workspace();
    return std::make_unique<gui::FrameworkEditor>(
        std::move(fw),
        [&ws](const Framework &draft) {
            return FrameworkRepository(*ws.database()).problems(draft);
        },
        [&ws](const Framework &draft) { return ws.saveFramework(draft); }, true, f.window.get());
}

bool anyContains(const QStringList &texts, const QString &part) {
    for (const QString &t : texts)
        if (t.contains(part))
            return true;
    return false;
}

QTreeWidgetItem *treeItem(QTreeWidget *tree, const QString &code) {
    const auto found = tree->findItems(code, Qt::MatchExactly | Qt::MatchRecursive, 0);
    return found.isEmpty() ? nullptr : found.front();
}

} // namespace

TEST_CASE("gui: every framework edit is one undo step and problems show as they arise",
          "[gui][framework]") {
    test::SampleWindow f;
    f.open();
    auto editor = editorOn(f, copyForYear(test::fy2564(), 2569));
    editor->show();
    QUndoStack *undo = editor->undoStack();
    CHECK(editor->problemTexts().isEmpty());

    // A title typed in the tree.
    auto *tree = editor->findChild<QTreeWidget *>(QStringLiteral("frameworkTree"));
    REQUIRE(tree);
    QTreeWidgetItem *o1 = treeItem(tree, QStringLiteral("O1"));
    REQUIRE(o1);
    o1->setText(1, QStringLiteral("โครงสร้างหน่วยงาน"));
    CHECK(undo->count() == 1);
    CHECK(editor->framework().node(editor->framework().indexOf(QStringLiteral("O1"))).title.th ==
          QStringLiteral("โครงสร้างหน่วยงาน"));
    undo->undo();
    CHECK(editor->framework().node(editor->framework().indexOf(QStringLiteral("O1"))).title.th ==
          test::fy2564().node(test::fy2564().indexOf(QStringLiteral("O1"))).title.th);
    undo->redo();

    // The OIT window (issue 23): chosen by month, one undo step, a window that ends before it
    // begins is a problem.
    auto *oitFrom = editor->findChild<QComboBox *>(QStringLiteral("oitWindowFrom"));
    auto *oitTo = editor->findChild<QComboBox *>(QStringLiteral("oitWindowTo"));
    REQUIRE(oitFrom);
    REQUIRE(oitTo);
    CHECK(oitFrom->currentData().toInt() == 6);
    CHECK(oitTo->currentData().toInt() == 7);
    const int stepsBefore = undo->count();
    oitFrom->setCurrentIndex(oitFrom->findData(5));
    emit oitFrom->activated(oitFrom->currentIndex());
    CHECK(editor->framework().oitWindowFrom == 5);
    CHECK(undo->count() == stepsBefore + 1);
    oitTo->setCurrentIndex(oitTo->findData(3));
    emit oitTo->activated(oitTo->currentIndex());
    CHECK(anyContains(editor->problemTexts(), QStringLiteral("ช่วงประเมิน OIT")));
    undo->undo();
    undo->undo();
    CHECK(editor->framework().oitWindowFrom == 6);
    CHECK(editor->framework().oitWindowTo == 7);
    CHECK(oitFrom->currentData().toInt() == 6);
    CHECK(editor->problemTexts().isEmpty());

    // A weight that breaks the sum shows at once, in the list too; undo clears it.
    REQUIRE(editor->setNodeField(QStringLiteral("IIT"), 2, QStringLiteral("0.2")).isEmpty());
    CHECK(anyContains(editor->problemTexts(), QStringLiteral("น้ำหนักของเครื่องมือรวมกันต้องเท่ากับ 1")));
    auto *problems = editor->findChild<QListWidget *>(QStringLiteral("frameworkProblems"));
    REQUIRE(problems);
    // A long problem wraps at the list's width (a role warning ran off it).
    CHECK(problems->wordWrap());
    CHECK(problems->horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOff);
    CHECK(problems->item(0)->text().contains(QStringLiteral("0.9000")));
    undo->undo();
    CHECK(editor->problemTexts().isEmpty());

    // Pasting O1–O26 over O1–O43 is one step; the roles O42 and O43 held are said to be gone
    // (issue 25: they went silently).
    const int before = undo->index();
    CHECK(editor->note().isEmpty());
    REQUIRE(editor->pasteRows(oitRows(), true).isEmpty());
    CHECK(undo->index() == before + 1);
    CHECK(editor->note().contains(QStringLiteral("O42")));
    CHECK(editor->note().contains(QStringLiteral("O43")));
    CHECK(editor->framework().indexOf(QStringLiteral("O43")) < 0);
    undo->undo();
    CHECK(editor->framework().indexOf(QStringLiteral("O43")) >= 0);
    undo->redo();
    CHECK(editor->framework().indexOf(QStringLiteral("O43")) < 0);
    // O42's role went with O42, and the problem list says what that costs (a warning: the
    // framework can still be saved). O25 takes it, from the tree's role column.
    CHECK(editor->framework().codeFor(Role::Analysis).isEmpty());
    const auto listed = [problems] {
        QStringList texts;
        for (int i = 0; i < problems->count(); ++i)
            texts << problems->item(i)->text();
        return texts;
    };
    CHECK(anyContains(listed(), QStringLiteral("รายงานจึงระบุไม่ได้ว่าการวิเคราะห์เผยแพร่ภายใต้ข้อใด")));
    CHECK(editor->problemTexts().isEmpty());
    treeItem(tree, QStringLiteral("O25"))->setText(4, QStringLiteral("analysis"));
    CHECK(editor->framework().codeFor(Role::Analysis) == QStringLiteral("O25"));
    CHECK_FALSE(anyContains(listed(), QStringLiteral("รายงานจึงระบุไม่ได้ว่าการวิเคราะห์")));

    // The rating scheme: a preset, then a level edited in the table.
    REQUIRE(editor->usePreset(QStringLiteral("five-levels")));
    CHECK(editor->framework().rating.levels.size() == 5);
    auto *rating = editor->findChild<QTableWidget *>(QStringLiteral("ratingTable"));
    REQUIRE(rating);
    rating->item(2, 2)->setText(QStringLiteral("90")); // ผ่าน from 90: above ผ่านดี's 85
    CHECK(anyContains(editor->problemTexts(), QStringLiteral("ระดับต้องเรียงจากสูงลงต่ำ")));
    undo->undo();
    CHECK(editor->framework().rating.levels[2].minimum == Score::fromWhole(85));
    undo->undo();
    CHECK(editor->framework().rating.levels.size() == 7);

    // Adding and removing.
    REQUIRE(editor->addNode(QStringLiteral("10.2"), QStringLiteral("O27"), QStringLiteral("ใหม่"))
                .isEmpty());
    CHECK(editor->framework().indexOf(QStringLiteral("O27")) >= 0);
    CHECK_FALSE(
        editor->addNode(QStringLiteral("10.2"), QStringLiteral("O27"), QString()).isEmpty());
    REQUIRE(editor->removeNode(QStringLiteral("10.2")).isEmpty()); // with its items
    CHECK(editor->framework().indexOf(QStringLiteral("O26")) < 0);
    undo->undo();
    CHECK(editor->framework().indexOf(QStringLiteral("O26")) >= 0);

    // Years typed in the header; a year FY2564 already has is refused on saving.
    auto *years = editor->findChildren<QLineEdit *>().at(3);
    years->setText(QStringLiteral("2564"));
    emit years->editingFinished();
    CHECK(editor->framework().fiscalYears == std::vector<int>{2564});
    CHECK(anyContains(editor->problemTexts(),
                      QStringLiteral("ปีงบประมาณ 2564 ใช้กรอบ ITA-2564 อยู่แล้ว")));
    const int records = int(AuditLog(*f.window->workspace().database()).list()->size());
    CHECK_FALSE(editor->save().isEmpty());
    CHECK(int(AuditLog(*f.window->workspace().database()).list()->size()) == records);
    undo->undo();
    CHECK(editor->framework().fiscalYears == std::vector<int>{2569});
    // Saved: in the file, audited, and the editor is clean.
    REQUIRE(editor->save().isEmpty());
    CHECK(editor->isSaved());
    CHECK(FrameworkRepository(*f.window->workspace().database())
              .find(QStringLiteral("ITA-2569"))
              .ok());
    CHECK(AuditLog(*f.window->workspace().database())
              .list(QStringLiteral("framework ITA-2569"))
              ->size() == 1);
}

TEST_CASE("gui: the newcomer's path: a new year's scores, its framework, the import, the "
          "classification, drafted measures and a report in its wording",
          "[gui][framework][report]") {
    test::SampleWindow f;
    f.open();
    const QString scores = test::dataPath(QStringLiteral("fy2569/scores.csv"));
    bool offered = false;
    bool edited = false;
    bool importable = false;
    bool windowWorded = false;
    int proposedYear = 0;
    // Import Scores… opens the import dialog; its offer opens the framework editor on a copy
    // of the latest framework; the user pastes the FY2569 OIT list, sets the roles and the
    // NACC's pass scheme, saves, and the import goes on.
    QTimer::singleShot(0, [&] {
        auto *import = qobject_cast<gui::ImportDialog *>(QApplication::activeModalWidget());
        if (!import)
            return;
        proposedYear = import->findChild<QSpinBox *>(QStringLiteral("importYear"))->value();
        // The path typed (or pasted) into the field, not chosen: read when the field is left.
        auto *path = import->findChild<QLineEdit *>(QStringLiteral("importPath"));
        path->setFocus();
        path->setText(scores);
        emit path->editingFinished();
        offered = import->createFrameworkButton()->isVisible() &&
                  import->createFrameworkButton()->text().contains(QStringLiteral("2569"));
        // The missing year is worded for the window, and wraps instead of being cut off.
        auto *problems = import->findChild<QListWidget *>(QStringLiteral("importProblems"));
        windowWorded = problems->wordWrap() && problems->count() > 0;
        for (int i = 0; i < problems->count(); ++i)
            windowWorded = windowWorded &&
                           !problems->item(i)->text().contains(QStringLiteral("framework new")) &&
                           problems->item(i)->text().contains(QStringLiteral("2569"));
        QTimer::singleShot(0, [&] {
            auto *editor = qobject_cast<gui::FrameworkEditor *>(QApplication::activeModalWidget());
            if (!editor)
                return;
            edited =
                editor->framework().id == u"ITA-2569" &&
                editor->pasteRows(oitRows(), true).isEmpty() &&
                editor->setNodeField(QStringLiteral("O25"), 3, QStringLiteral("analysis"))
                    .isEmpty() &&
                editor->setNodeField(QStringLiteral("O26"), 3, QStringLiteral("implementation"))
                    .isEmpty() &&
                editor->usePreset(QStringLiteral("nacc-pass-fy2566")) && editor->save().isEmpty();
            editor->accept();
        });
        import->createFrameworkButton()->click();
        importable = import->read().ok() && !import->createFrameworkButton()->isVisible();
        import->accept();
    });
    f.window->importAction()->trigger();
    CHECK(proposedYear == gui::defaultImportYear(2564, QDate::currentDate()));
    CHECK(offered);
    CHECK(windowWorded);
    CHECK(edited);
    CHECK(importable);

    // The imported year is open in the window (issue 25: the table stayed on FY2564).
    Workspace &ws = f.window->workspace();
    REQUIRE(ws.document());
    CHECK(ws.document()->assessment().fiscalYear == 2569);
    REQUIRE(ws.document()->framework().id == QStringLiteral("ITA-2569"));
    CHECK(ws.document()->analysis().nodes.front().grade == QStringLiteral("ผ่าน"));

    // Classified, then drafted: the plan tab's Draft measures proposes measures with steps
    // for what needs improving, and the group takes them.
    int urgentOrImprove = 0;
    for (const auto &n : ws.document()->analysis().nodes)
        urgentOrImprove += n.level == Level::Item && n.bucket != Bucket::Maintain;
    REQUIRE(urgentOrImprove > 0);
    f.window->tabs()->setCurrentWidget(f.window->planView());
    QCoreApplication::processEvents();
    bool drafted = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<gui::DraftDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->findChild<QPushButton *>(QStringLiteral("takeDrafts"))->click();
        drafted = true;
    });
    f.window->planView()->findChild<QPushButton *>(QStringLiteral("draftMeasures"))->click();
    CHECK(drafted);
    REQUIRE(ws.planDocument());
    const Plan &plan = ws.planDocument()->plan();
    REQUIRE_FALSE(plan.measures.empty());
    for (const Measure &m : plan.measures)
        CHECK_FALSE(m.steps.empty());

    auto source = report::loadSource(*ws.database(), QStringLiteral("สำนักงานทดสอบ"), 2569);
    REQUIRE(source.ok());
    QStringList text;
    for (const auto &b : report::buildAnalysisReport((*source)->input(), report::Options()).blocks)
        text << b.text;
    CHECK(text.join(u'\n').contains(QStringLiteral("ผลการประเมิน: ผ่าน")));
    CHECK(text.join(u'\n').contains(QStringLiteral("ข้อ O25")));
}

TEST_CASE("gui: the import dialog proposes the year whose results came out last", "[gui][import]") {
    // The fiscal year starts on 1 October: in December 2569 the year is 2570 and the results
    // published last are FY2569's; in September 2569 they are FY2568's.
    CHECK(gui::defaultImportYear(0, QDate(2026, 12, 7)) == 2569);
    CHECK(gui::defaultImportYear(2564, QDate(2026, 12, 7)) == 2569);
    CHECK(gui::defaultImportYear(0, QDate(2026, 9, 30)) == 2568);
    CHECK(gui::defaultImportYear(2571, QDate(2026, 12, 7)) == 2571); // a later year shown
}

TEST_CASE("gui: a pasted item with the Thai title of a removed role's item takes its role",
          "[gui][framework]") {
    test::SampleWindow f;
    f.open();
    auto editor = editorOn(f, copyForYear(test::fy2564(), 2569));
    const Framework &fw = editor->framework();
    const QString o42 = fw.node(fw.indexOf(fw.codeFor(Role::Analysis))).title.th;
    // The new list: O1 and, as O2, the item that was O42 (same title).
    const QString rows = QStringLiteral("O1\tการเปิดเผยข้อมูล\t9.1\nO2\t%1\t9.1\n").arg(o42);
    REQUIRE(editor->pasteRows(rows, true).isEmpty());
    CHECK(editor->framework().codeFor(Role::Analysis) == QStringLiteral("O2"));
    // O43's role found no title: that one is said.
    CHECK(editor->note().contains(QStringLiteral("O43")));
    CHECK_FALSE(editor->note().contains(QStringLiteral("O42")));
}

TEST_CASE("gui: editing a framework keeps the tree where it was scrolled and the current item",
          "[gui][framework]") {
    // Issue 25: setting the roles of O25 and O26 meant scrolling down after each edit.
    test::SampleWindow f;
    f.open();
    auto editor = editorOn(f, copyForYear(test::fy2564(), 2569));
    editor->resize(1000, 600);
    editor->show();
    auto *tree = editor->findChild<QTreeWidget *>(QStringLiteral("frameworkTree"));
    REQUIRE(tree);
    QTreeWidgetItem *o42 = treeItem(tree, QStringLiteral("O42"));
    REQUIRE(o42);
    tree->setCurrentItem(o42);
    tree->scrollToItem(o42, QAbstractItemView::PositionAtCenter);
    QApplication::processEvents();
    const int scrolled = tree->verticalScrollBar()->value();
    REQUIRE(scrolled > 0); // far down the tree, not at its top

    REQUIRE(
        editor->setNodeField(QStringLiteral("O42"), 1, QStringLiteral("O42 in English")).isEmpty());
    QApplication::processEvents();
    CHECK(tree->verticalScrollBar()->value() == scrolled);
    REQUIRE(tree->currentItem());
    CHECK(tree->currentItem()->text(0) == QStringLiteral("O42"));

    // A title typed in the tree itself, the way a user edits: the same.
    treeItem(tree, QStringLiteral("O43"))->setText(1, QStringLiteral("รายงานผล"));
    QApplication::processEvents();
    CHECK(tree->verticalScrollBar()->value() == scrolled);
}

TEST_CASE("gui: a new year's framework from the menu has the year's rating, said above the tabs",
          "[gui][framework]") {
    // The note is set by MainWindow::newFramework() through newYearFramework(); here its words
    // reach the editor's label.
    test::SampleWindow f;
    f.open();
    LocalizedText note;
    auto editor = editorOn(f, newYearFramework(test::fy2564(), 2569, &note));
    editor->setNote(note.th);
    editor->show();
    auto *label = editor->findChild<QLabel *>(QStringLiteral("frameworkNote"));
    REQUIRE(label);
    CHECK(label->isVisible());
    CHECK(label->text().contains(QStringLiteral("2566")));
    CHECK(editor->framework().rating.names().contains(QStringLiteral("ผ่านดี")));
}

TEST_CASE("gui: an OIT item's elements and date rule are edited in the framework tree",
          "[gui][framework][oit]") {
    test::SampleWindow f;
    f.open();
    auto editor = editorOn(f, copyForYear(test::fy2564(), 2569));
    editor->show();
    auto *tree = editor->findChild<QTreeWidget *>(QStringLiteral("frameworkTree"));
    REQUIRE(tree);
    // As a user edits: the manual's list pasted into the cell (the delegate joins its lines
    // with " | "), and the rule chosen by its title.
    QTreeWidgetItem *o10 = treeItem(tree, QStringLiteral("O10"));
    REQUIRE(o10);
    o10->setText(6, QStringLiteral("แผนดำเนินงานประจำปี | งบประมาณ | ผู้รับผิดชอบ"));
    QApplication::processEvents();
    treeItem(tree, QStringLiteral("O10"))->setText(5, dateRuleTitle(DateRule::AssessedYear).th);
    QApplication::processEvents();
    const Framework &fw = editor->framework();
    const auto &n = fw.node(fw.indexOf(QStringLiteral("O10")));
    REQUIRE(n.elements.size() == 3);
    CHECK(n.elements[1].th == QStringLiteral("งบประมาณ"));
    CHECK(n.dateRule == DateRule::AssessedYear);
    // O2's English elements survive a Thai list that keeps them.
    REQUIRE(editor->setNodeField(QStringLiteral("O2"), 5, QStringLiteral("ตำแหน่ง | รูปถ่าย | อีเมล"))
                .isEmpty());
    const auto &o2 = editor->framework().node(editor->framework().indexOf(QStringLiteral("O2")));
    REQUIRE(o2.elements.size() == 3);
    CHECK(o2.elements[0].en == QStringLiteral("Positions"));
    CHECK(o2.elements[2].en.isEmpty());
    // An indicator takes neither.
    CHECK_FALSE(editor->setNodeField(QStringLiteral("9"), 5, QStringLiteral("x")).isEmpty());
    CHECK_FALSE(
        editor->setNodeField(QStringLiteral("9"), 4, QStringLiteral("previous_year")).isEmpty());
}
