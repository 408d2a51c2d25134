#include "TestSupport.h"
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "document/AssessmentDocument.h"
#include "document/PlanDocument.h"
#include "document/Workspace.h"
#include "io/PasteParser.h"
#include "io/Sample.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/SampleStore.h"

#include <QAbstractItemModelTester>
#include <QImage>
#include <QSignalSpy>

using namespace ita;

namespace {

Score s(qint64 hundredths) {
    return Score::fromHundredths(hundredths);
}

using Fixture = test::SampleDocument;

} // namespace

TEST_CASE("editing E8 to 90.00 moves it to improve and moves the overall", "[document][both]") {
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

TEST_CASE("a stated parent that already disagreed is not overwritten", "[document][both]") {
    Fixture f;
    REQUIRE(f.doc->editScore(QStringLiteral("8"), s(8337)).isEmpty()); // the seed's text value
    REQUIRE(f.doc->editScore(QStringLiteral("E11"), s(8000)).isEmpty());
    CHECK(f.node("8").stated == s(8337));
    CHECK(f.node("8").computed == s(7762)); // (80.00+79.27+74.64+76.50+77.71)/5 = 77.624
}

TEST_CASE("grades, titles and sub-items are edited with undo", "[document][both]") {
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

TEST_CASE("a paste is one undo step", "[document][paste][both]") {
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

TEST_CASE("thresholds are edited with undo and stored", "[document][both]") {
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

TEST_CASE("an edit that cannot be stored leaves no undo step and changes nothing",
          "[document][both]") {
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

TEST_CASE("workspace: an import into a file stores what AssessmentRepository::save stores",
          "[document][import]") {
    QTemporaryDir dir;
    const QByteArray csv = "agency,year,code,score,grade,province\n"
                           "ก,2564,ITA,90.00,A,ตรัง\n"
                           "ก,2564,1,88.50,,ตรัง\n"
                           "ก,2564,I1,70.00,,ตรัง\n"
                           "ข,2564,IIT,80.00,,\n"
                           "ข,2564,EIT,70.00,,\n"
                           "ข,2564,OIT,90.00,,\n"
                           "ก,2565,ITA,91.00,,ตรัง\n";
    const ImportResult read =
        readScoresCsv(csv, QStringLiteral("s.csv"), FrameworkRegistry::builtIn(), ImportOptions());
    REQUIRE(read.ok());
    // The window's way (the fast writer) and the repository's.
    const QString fast = dir.filePath(QStringLiteral("fast.itadb"));
    const QString slow = dir.filePath(QStringLiteral("slow.itadb"));
    Workspace workspace;
    REQUIRE(workspace.openFile(fast).isEmpty());
    REQUIRE(workspace.importAssessments(read.assessments, false).isEmpty());
    {
        auto db = Database::open(slow);
        REQUIRE(db);
        REQUIRE(AssessmentRepository(**db)
                    .save(read.assessments, FrameworkRegistry::builtIn(), false)
                    .isEmpty());
    }
    const auto content = [](Database &db) {
        QStringList out;
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral(
            "SELECT g.name, g.province, a.fiscal_year, a.framework_id, s.position, s.code, "
            "s.title, s.stated_score, s.stated_grade, s.computed_score FROM score_nodes s JOIN "
            "assessments a ON a.id = s.assessment_id JOIN agencies g ON g.id = a.agency_id ORDER "
            "BY g.name, a.fiscal_year, s.position")));
        while (q.next()) {
            QStringList row;
            for (int c = 0; c < 10; ++c)
                row << (q.isNull(c) ? QStringLiteral("NULL") : q.value(c).toString());
            out << row.join(u'|');
        }
        // The same records; the order of the agency's and the assessments' differs.
        QStringList audit;
        REQUIRE(q.exec(QStringLiteral("SELECT target, field, after FROM audit_log")));
        while (q.next())
            audit << QStringLiteral("audit %1 %2 %3")
                         .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
        audit.sort();
        return out + audit;
    };
    auto other = Database::open(slow);
    REQUIRE(other);
    const QStringList expected = content(**other);
    // The rows, a record per assessment, and ก's province.
    CHECK(expected.size() == 7 + 3 + 1);
    CHECK(content(*workspace.database()) == expected);
    CHECK(AuditLog(*workspace.database()).verify().ok);
    CHECK(workspace.assessments().size() == 3);

    // The same again: refused unless replacing, as before.
    CHECK(workspace.importAssessments(read.assessments, false)
              .contains(QStringLiteral("already has fiscal year")));
    REQUIRE(workspace.importAssessments(read.assessments, true).isEmpty());
    CHECK(AuditLog(*workspace.database()).verify().ok);

    // The window's import of a file: streamed from the file through the same writer, it
    // stores the same rows and records.
    const QString file = dir.filePath(QStringLiteral("s.csv"));
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(csv);
    }
    Workspace streamed;
    REQUIRE(streamed.openFile(dir.filePath(QStringLiteral("streamed.itadb"))).isEmpty());
    std::vector<ScoresWriter::Imported> imported;
    const FileImport result = streamed.importFile(file, ImportOptions(), false, &imported);
    INFO(result.failure.toStdString());
    REQUIRE(result.ok());
    CHECK(imported.size() == 3);
    CHECK(result.read.rows == 7);
    CHECK(content(*streamed.database()) == expected);
    CHECK(AuditLog(*streamed.database()).verify().ok);

    // A file with a bad row stores nothing, and says which line.
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    {
        QFile f(bad);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("agency,year,code,score\nค,2564,ITA,90.00\nค,2564,1,1O5.00\n");
    }
    const FileImport refused = streamed.importFile(bad, ImportOptions(), false);
    CHECK_FALSE(refused.ok());
    CHECK(refused.failure.contains(QStringLiteral("nothing was imported")));
    bool namesLine = false;
    for (const Diagnostic &d : refused.read.diagnostics)
        namesLine = namesLine || (d.line == 3 && d.severity == Diagnostic::Severity::Error);
    CHECK(namesLine);
    CHECK(streamed.assessments().size() == 3);
    CHECK(content(*streamed.database()) == expected);
}

namespace {

/// Makes every write to `tables` fail on this connection (TEMP triggers: the file itself is
/// not changed), as a full disk or a lost lock would; `false` takes them away again.
void refuseWrites(Database &db, const QStringList &tables, bool refuse) {
    QSqlQuery q(db.connection());
    for (const QString &table : tables)
        for (const char *op : {"INSERT", "UPDATE", "DELETE"}) {
            const QString name = QStringLiteral("refuse_%1_%2").arg(table, QLatin1String(op));
            REQUIRE(q.exec(refuse ? QStringLiteral("CREATE TEMP TRIGGER %1 BEFORE %2 ON main.%3 "
                                                   "BEGIN SELECT RAISE(ABORT, 'the disk refuses'); "
                                                   "END")
                                        .arg(name, QLatin1String(op), table)
                                  : QStringLiteral("DROP TRIGGER %1").arg(name)));
        }
}

} // namespace

TEST_CASE("a failed undo or redo leaves the undo stack where the data is", "[document]") {
    Fixture f;
    QUndoStack *stack = f.doc->undoStack();
    REQUIRE(f.doc->editScore(QStringLiteral("E8"), s(9000)).isEmpty());
    REQUIRE(f.doc->editScore(QStringLiteral("E9"), s(9500)).isEmpty());
    REQUIRE(stack->index() == 2);
    QSignalSpy failed(f.doc.get(), &AssessmentDocument::failed);

    // Undo while the file refuses: said, and neither the data nor the stack moves.
    refuseWrites(*f.db, {QStringLiteral("score_nodes")}, true);
    stack->undo();
    CHECK(failed.count() == 1);
    CHECK(failed.front().front().toString().contains(QStringLiteral("the disk refuses")));
    CHECK(stack->index() == 2);
    CHECK(stack->canUndo());
    CHECK_FALSE(stack->canRedo());
    CHECK(f.node("E9").used == s(9500));
    // Two steps at once (a click in the history view): the first fails, the second is not
    // tried, so E8 is not taken back under E9's change either.
    stack->setIndex(0);
    CHECK(stack->index() == 2);
    CHECK(f.node("E8").used == s(9000));
    CHECK(f.node("E9").used == s(9500));

    // The file takes writes again: undo works, and so does the step it had held.
    refuseWrites(*f.db, {QStringLiteral("score_nodes")}, false);
    stack->undo();
    CHECK(stack->index() == 1);
    CHECK(f.node("E9").used != s(9500));

    // A redo that fails keeps its step for later rather than dropping it.
    refuseWrites(*f.db, {QStringLiteral("score_nodes")}, true);
    stack->redo();
    CHECK(stack->index() == 1);
    CHECK(stack->count() == 2);
    CHECK(stack->canRedo());
    CHECK(f.node("E9").used != s(9500));
    refuseWrites(*f.db, {QStringLiteral("score_nodes")}, false);
    stack->redo();
    CHECK(stack->index() == 2);
    CHECK(f.node("E9").used == s(9500));
    f.reopen();
    CHECK(f.node("E9").used == s(9500));
    CHECK(f.node("E8").used == s(9000));
}

TEST_CASE("a plan edit whose undo cannot be stored stays done, and the stack says so",
          "[document]") {
    QTemporaryDir dir;
    auto db = Database::open(test::scratchStore(dir, QStringLiteral("p.itadb")));
    REQUIRE(db.ok());
    REQUIRE(writeSample(**db).isEmpty());
    auto plan = PlanDocument::open(**db, QStringLiteral("สำนักงาน กกพ."), 2565);
    REQUIRE(plan.ok());
    Plan edited = (*plan)->plan();
    REQUIRE(edited.measures.size() > 1);
    edited.measures[1].title = QStringLiteral("มาตรการที่แก้แล้ว");
    REQUIRE((*plan)->edit(edited, QStringLiteral("title")).isEmpty());
    QSignalSpy failed(plan->get(), &PlanDocument::failed);
    const QStringList tables{QStringLiteral("plans"), QStringLiteral("measures"),
                             QStringLiteral("steps")};
    refuseWrites(**db, tables, true);
    (*plan)->undoStack()->undo();
    CHECK(failed.count() == 1);
    CHECK((*plan)->undoStack()->index() == 1);
    CHECK((*plan)->plan().measures[1].title == QStringLiteral("มาตรการที่แก้แล้ว"));
    refuseWrites(**db, tables, false);
    (*plan)->undoStack()->undo();
    CHECK((*plan)->undoStack()->index() == 0);
    CHECK((*plan)->plan().measures[1].title != QStringLiteral("มาตรการที่แก้แล้ว"));
}

TEST_CASE("the workspace's reads for opening a file agree with the full list and follow every "
          "change",
          "[document][open]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("open.itadb"));
    Workspace workspace;
    REQUIRE(workspace.openFile(path).isEmpty());
    CHECK(workspace.assessmentCount() == 0);
    CHECK(workspace.fiscalYears().empty());
    CHECK(workspace.lastAssessment() == 0);
    for (const auto &[agency, year] : {std::pair{QStringLiteral("ข"), 2565},
                                       {QStringLiteral("ก"), 2564},
                                       {QStringLiteral("ค"), 2565},
                                       {QStringLiteral("ก"), 2565}})
        REQUIRE(workspace.createAssessment(agency, year, QStringLiteral("ITA-2564")).isEmpty());
    // Read after each creation: a list kept from before would have three.
    const AssessmentList all = workspace.assessments();
    REQUIRE(all.size() == 4);
    CHECK(workspace.assessmentCount() == 4);
    CHECK(workspace.fiscalYears() == std::vector<int>{2565, 2564});
    // The last agency in name order (ค), its newest year; ก's years in order.
    CHECK(workspace.lastAssessment() == workspace.findAssessment(QStringLiteral("ค"), 2565));
    CHECK(workspace.lastAssessment() == all.back().id);
    const AssessmentList ka = workspace.assessmentsOf(QStringLiteral("ก"));
    REQUIRE(ka.size() == 2);
    CHECK(ka.front().fiscalYear == 2564);
    CHECK(ka.back().fiscalYear == 2565);
    CHECK(ka.front().id == all.front().id);
    CHECK(workspace.findAssessment(QStringLiteral("ข"), 2564) == 0);

    // Another connection (another instance of the program) adds one: the list kept for the
    // file's last revision is not served again, even before the window polls for changes.
    {
        auto other = Database::open(path);
        REQUIRE(other);
        REQUIRE(AssessmentRepository(**other)
                    .create(QStringLiteral("ง"), 2566, QStringLiteral("ITA-2564"),
                            workspace.frameworks())
                    .ok());
    }
    CHECK(workspace.assessments().size() == 5);
    CHECK(workspace.assessments().back().agency == QStringLiteral("ง"));
    CHECK(workspace.fiscalYears() == std::vector<int>{2566, 2565, 2564});
    // And another file has its own list, though its first revision may equal this one's.
    const QString second = dir.filePath(QStringLiteral("second.itadb"));
    REQUIRE(workspace.openFile(second).isEmpty());
    CHECK(workspace.assessments().empty());
    CHECK(all.size() == 4); // a list already handed out stays as it was read
}
