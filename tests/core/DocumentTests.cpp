#include "TestSupport.h"

#include "document/AssessmentDocument.h"
#include "document/Workspace.h"
#include "io/PasteParser.h"
#include "io/Sample.h"
#include "storage/SampleStore.h"
#include "models/ScoresFilterProxy.h"
#include "models/ScoresTreeModel.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QImage>
#include <QSignalSpy>

using namespace ita;

namespace {

Score s(qint64 hundredths) {
    return Score::fromHundredths(hundredths);
}

/// A sample database in a temporary folder and the sample assessment open on it.
struct Fixture {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("s.itadb"));
    std::unique_ptr<Database> db;
    std::unique_ptr<AssessmentDocument> doc;

    Fixture() {
        db = Database::open(path).take();
        REQUIRE(writeSample(*db).isEmpty());
        reopen();
    }
    void reopen() {
        doc.reset();
        auto list = AssessmentRepository(*db).list();
        auto opened = AssessmentDocument::open(*db, list->front().id);
        REQUIRE(opened.ok());
        doc = opened.take();
    }
    const NodeResult &node(const char *code) const {
        const NodeResult *n = doc->analysis().find(QString::fromLatin1(code));
        REQUIRE(n);
        return *n;
    }
};

} // namespace

TEST_CASE("editing E8 to 90.00 moves it to improve and moves the overall", "[document]") {
    Fixture f;
    REQUIRE(f.doc->editScore(QStringLiteral("E8"), s(9000)).isEmpty());
    CHECK(f.node("E8").used == s(9000));
    CHECK(f.node("E8").bucket == Bucket::Improve);
    // Indicator 7 was printed as the mean of its items, so it follows them:
    // (81.17 + 78.64 + 90.00 + 81.21 + 69.57) / 5 = 80.118 → 80.12
    CHECK(f.node("7").stated == s(8012));
    // EIT is computed: (86.81 + 80.12 + 77.36) / 3 = 81.43
    CHECK(f.node("EIT").used == s(8143));
    // The overall was printed as 0.3·IIT + 0.3·EIT + 0.4·OIT, so it follows too:
    // 0.3·94.91 + 0.3·81.43 + 0.4·100 = 92.902 → 92.90
    CHECK(f.node("ITA").stated == s(9290));
    CHECK(f.doc->analysis().maintainThreshold == s(9290));
    // I13 (92.76) now sits below the new overall.
    CHECK(f.node("I13").bucket == Bucket::Improve);
    CHECK(f.doc->undoStack()->count() == 1);

    f.doc->undoStack()->undo();
    CHECK(f.node("E8").used == s(7246));
    CHECK(f.node("E8").bucket == Bucket::Urgent);
    CHECK(f.node("7").stated == s(7661));
    CHECK(f.node("ITA").stated == s(9255));
    CHECK(f.node("I13").bucket == Bucket::Maintain);

    // What the file holds is what was shown: reopen after the undo…
    f.reopen();
    CHECK(f.node("E8").used == s(7246));
    CHECK(f.node("ITA").stated == s(9255));
    // …and after a redo.
    REQUIRE(f.doc->editScore(QStringLiteral("E8"), s(9000)).isEmpty());
    f.reopen();
    CHECK(f.node("E8").used == s(9000));
    CHECK(f.node("ITA").stated == s(9290));
}

TEST_CASE("a stated parent that already disagreed is not overwritten", "[document]") {
    Fixture f;
    REQUIRE(f.doc->editScore(QStringLiteral("8"), s(8337)).isEmpty()); // the seed's text value
    REQUIRE(f.doc->editScore(QStringLiteral("E11"), s(8000)).isEmpty());
    CHECK(f.node("8").stated == s(8337));
    CHECK(f.node("8").computed == s(7762)); // (80.00+79.27+74.64+76.50+77.71)/5 = 77.624
}

TEST_CASE("grades, titles and sub-items are edited with undo", "[document]") {
    Fixture f;
    REQUIRE(f.doc->editGrade(QStringLiteral("E13"), QStringLiteral("c")).isEmpty());
    CHECK(f.doc->analysis().findings.empty()); // the seed's mistake, corrected
    CHECK(f.doc->editGrade(QStringLiteral("E13"), QStringLiteral("Z"))
              .contains(QStringLiteral("AA")));

    REQUIRE(f.doc
                ->editTitle(QStringLiteral("I7"),
                            QStringLiteral("  ชื่อใหม่ \"ทดสอบ\" 🙂 "))
                .isEmpty());
    CHECK(f.node("I7").title ==
          QStringLiteral("ชื่อใหม่ \"ทดสอบ\" 🙂"));

    QString created;
    REQUIRE(f.doc->addSubItem(QStringLiteral("I18"), &created).isEmpty());
    CHECK(created == QStringLiteral("I18.4"));
    CHECK(f.node("I18.4").level == Level::SubItem);
    REQUIRE(f.doc->editScore(created, s(9000)).isEmpty());
    // I18 agreed with its three sub-items, so it follows the fourth: (280.99 + 90) / 4
    CHECK(f.node("I18").stated == s(9275));
    REQUIRE(f.doc->removeSubItem(created).isEmpty());
    CHECK(f.doc->analysis().find(created) == nullptr);
    CHECK(f.node("I18").stated == s(9366));
    CHECK_FALSE(f.doc->removeSubItem(QStringLiteral("I18")).isEmpty());
    CHECK_FALSE(f.doc->addSubItem(QStringLiteral("7")).isEmpty());

    // Undo everything, step by step, back to the sample as shipped.
    const Assessment shipped = test::sampleAssessment();
    while (f.doc->undoStack()->canUndo())
        f.doc->undoStack()->undo();
    CHECK(f.doc->assessment().entries.size() == shipped.entries.size());
    f.reopen();
    for (const auto &e : shipped.entries) {
        const ScoreEntry *now = f.doc->assessment().find(e.code);
        REQUIRE(now);
        CHECK(*now == e);
    }
}

TEST_CASE("pasted spreadsheet cells: codes and scores, problems reported by row", "[paste]") {
    const auto p = parsePastedScores(QStringLiteral("code\tscore\r\n"
                                                    "E1\t85.50\r\n"
                                                    "e2\tชื่อ\t86\r\n"
                                                    "\r\n"
                                                    "E3\t\r\n"
                                                    "X9\t90\r\n"
                                                    "E4\t101\r\n"
                                                    "E1\t87.00"),
                                     test::fy2564());
    REQUIRE(p.scores.size() == 2);
    CHECK(p.scores[0] == std::pair(QStringLiteral("E1"), s(8700))); // the later value wins
    CHECK(p.scores[1] == std::pair(QStringLiteral("E2"), s(8600)));
    QList<int> rows;
    for (const auto &[row, why] : p.skipped)
        rows << row;
    CHECK(rows == QList<int>({1, 5, 6, 7, 8}));
    CHECK(p.skipped[3].second.contains(QStringLiteral("out of range")));
}

TEST_CASE("a paste is one undo step", "[document][paste]") {
    Fixture f;
    const auto p = parsePastedScores(QStringLiteral("E1\t90\nE2\t91"), f.doc->framework());
    REQUIRE(f.doc->editScores(p.scores, QStringLiteral("Paste")).isEmpty());
    CHECK(f.node("E1").used == s(9000));
    CHECK(f.node("E2").used == s(9100));
    CHECK(f.doc->undoStack()->count() == 1);
    f.doc->undoStack()->undo();
    CHECK(f.node("E1").used == s(8327));
    CHECK(f.node("E2").used == s(8372));
}

TEST_CASE("thresholds are edited with undo and stored", "[document]") {
    Fixture f;
    REQUIRE(f.doc->editThresholds(std::nullopt, s(9000)).isEmpty());
    CHECK(f.node("I12").bucket == Bucket::Maintain);
    f.reopen();
    CHECK(f.doc->assessment().maintainThreshold == s(9000));
    CHECK(f.node("I12").bucket == Bucket::Maintain);
    REQUIRE(f.doc->editThresholds(s(9000), std::nullopt).isEmpty());
    CHECK(f.node("I7").bucket == Bucket::Urgent);
    f.doc->undoStack()->undo();
    CHECK(f.node("I7").bucket == Bucket::Improve);
    CHECK_FALSE(f.doc->editThresholds(s(10100), std::nullopt).isEmpty());
}

TEST_CASE("an edit that cannot be stored leaves no undo step and changes nothing", "[document]") {
    Fixture f;
    f.doc.reset();
    f.db.reset();
    auto ro = Database::open(f.path, {true, 0, false});
    REQUIRE(ro.ok());
    auto doc = AssessmentDocument::open(**ro, AssessmentRepository(**ro).list()->front().id);
    REQUIRE(doc.ok());
    QSignalSpy failed(doc->get(), &AssessmentDocument::failed);
    const QString error = (*doc)->editScore(QStringLiteral("E8"), s(9000));
    CHECK_FALSE(error.isEmpty());
    CHECK(failed.count() == 1);
    CHECK((*doc)->undoStack()->count() == 0);
    CHECK((*doc)->analysis().find(QStringLiteral("E8"))->used == s(7246));
}

TEST_CASE("the scores tree model passes QAbstractItemModelTester and edits by undo", "[model]") {
    Fixture f;
    ScoresTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocument(f.doc.get());
    REQUIRE(model.rowCount() == 4); // ITA, IIT, EIT, OIT
    const QModelIndex eit = model.index(2, 0);
    CHECK(model.codeAt(eit) == QStringLiteral("EIT"));
    CHECK(model.rowCount(eit) == 3);
    const QModelIndex e8 = model.indexOfCode(QStringLiteral("E8"), ScoresTreeModel::StatedColumn);
    REQUIRE(e8.isValid());
    CHECK(e8.parent() == model.indexOfCode(QStringLiteral("7")));
    CHECK(e8.data().toString() == QStringLiteral("72.46"));
    CHECK(model.index(e8.row(), ScoresTreeModel::BucketColumn, e8.parent()).data().toString() ==
          QStringLiteral("! แก้ไขเร่งด่วน"));
    const QModelIndex e13 = model.indexOfCode(QStringLiteral("E13"), ScoresTreeModel::GradeColumn);
    CHECK(e13.data().toString() == QStringLiteral("C ≠ B"));
    CHECK(e13.data(ScoresTreeModel::FindingsRole).toStringList().size() == 1);
    CHECK(e13.data(Qt::DecorationRole).canConvert<QImage>());
    CHECK(e13.data(Qt::ToolTipRole).toString().contains(QStringLiteral("74.64")));
    CHECK_FALSE(e8.data(Qt::DecorationRole).isValid()); // no finding, no mark

    QSignalSpy rejected(&model, &ScoresTreeModel::editRejected);
    CHECK_FALSE(model.setData(e8, QStringLiteral("abc")));
    CHECK_FALSE(model.setData(e8, QStringLiteral("100.5")));
    CHECK(rejected.count() == 2);
    CHECK(rejected.at(0).at(0).toString().contains(QStringLiteral("0 to 100")));
    CHECK(f.doc->undoStack()->count() == 0);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    CHECK(model.setData(e8, QStringLiteral("90")));
    CHECK(changed.count() > 0);
    CHECK(e8.data().toString() == QStringLiteral("90.00"));
    CHECK(f.doc->undoStack()->count() == 1);

    QString created;
    REQUIRE(f.doc->addSubItem(QStringLiteral("E8"), &created).isEmpty()); // a structural change
    CHECK(model.rowCount(model.indexOfCode(QStringLiteral("E8"))) == 1);
    f.doc->undoStack()->undo();
    CHECK(model.rowCount(model.indexOfCode(QStringLiteral("E8"))) == 0);

    model.setThai(false);
    CHECK(model.indexOfCode(QStringLiteral("O1"), ScoresTreeModel::TitleColumn).data().toString() ==
          QStringLiteral("Organisation chart"));
}

TEST_CASE("the filter keeps matches and their parents, sorting is numeric", "[model]") {
    Fixture f;
    ScoresTreeModel model;
    model.setDocument(f.doc.get());
    ScoresFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    proxy.setBucket(int(Bucket::Improve));
    proxy.setTool(QStringLiteral("IIT"));
    REQUIRE(proxy.rowCount() == 1); // IIT only
    const QModelIndex iit = proxy.index(0, 0);
    QStringList indicators;
    for (int r = 0; r < proxy.rowCount(iit); ++r)
        indicators << proxy.index(r, 0, iit).data().toString();
    // Indicators 2–5 hold improve items (I7, I12, I14, I20, I27) and sub-items; 1 holds I3.2.
    CHECK(indicators == QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                     QStringLiteral("4"), QStringLiteral("5")}));
    proxy.setBucket(0);
    proxy.setTool(QString());
    proxy.setText(QStringLiteral("เทคโนโลยี"));
    const QModelIndex eit = proxy.index(0, 0);
    CHECK(eit.data().toString() == QStringLiteral("EIT"));
    const QModelIndex eight = proxy.index(0, 0, eit);
    REQUIRE(proxy.rowCount(eight) == 1);
    CHECK(proxy.index(0, 0, eight).data().toString() == QStringLiteral("E13"));

    proxy.setText(QString());
    proxy.sort(ScoresTreeModel::StatedColumn, Qt::AscendingOrder);
    const QModelIndex seven = proxy.mapFromSource(model.indexOfCode(QStringLiteral("7")));
    CHECK(proxy.index(0, 0, seven).data().toString() == QStringLiteral("E10")); // 69.57 lowest
}

TEST_CASE("save a copy: the copy opens and holds the same content", "[document]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.itadb"));
    const QString copy = dir.filePath(QStringLiteral("copy.itadb"));
    Workspace workspace;
    REQUIRE(workspace.openFile(path).isEmpty());
    REQUIRE(writeSample(*workspace.database()).isEmpty());
    REQUIRE(workspace.openAssessment(workspace.assessments().front().id).isEmpty());
    REQUIRE(workspace.document()->editScore(QStringLiteral("E8"), s(9000)).isEmpty());
    REQUIRE(workspace.saveCopy(copy).isEmpty());
    const QString original = test::dumpDatabase(path);
    CHECK(test::dumpDatabase(copy) == original);
    Workspace other;
    REQUIRE(other.openFile(copy).isEmpty());
    REQUIRE(other.openAssessment(other.assessments().front().id).isEmpty());
    CHECK(other.document()->analysis().find(QStringLiteral("E8"))->used == s(9000));
}
