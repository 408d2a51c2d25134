#include "TestSupport.h"
#include "storage/Migrations.h"
#include <QSqlError>

#include "document/AssessmentDocument.h"
#include "document/PlanDocument.h"
#include "document/Workspace.h"
#include "io/Csv.h"
#include "io/ExportCsv.h"
#include "io/PlanJson.h"
#include "io/Sample.h"
#include "storage/AssessmentRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/FrameworkRepository.h"
#include "storage/PlanRepository.h"
#include "storage/ReportTextRepository.h"
#include "storage/SampleStore.h"
#include "storage/StateLedger.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace ita;

namespace {

struct SampleFile {
    QTemporaryDir dir;
    QString path = test::scratchStore(dir, QStringLiteral("s.itadb"));
    SampleFile() {
        auto db = Database::open(path);
        REQUIRE(db);
        REQUIRE(writeSample(**db).isEmpty());
    }
    std::unique_ptr<Database> open(const QString &actor = {}) const {
        auto db = Database::open(path);
        REQUIRE(db);
        if (!actor.isEmpty())
            (*db)->setActor(actor);
        return std::move(*db);
    }
    static std::unique_ptr<AssessmentDocument> document(Database &db) {
        auto list = AssessmentRepository(db).list();
        REQUIRE(list);
        auto doc = AssessmentDocument::open(db, list->front().id);
        REQUIRE(doc);
        return std::move(*doc);
    }
};

const AuditRecord *last(const std::vector<AuditRecord> &records, const QString &target,
                        const QString &field) {
    for (auto it = records.rbegin(); it != records.rend(); ++it)
        if (it->change.target == target && it->change.field == field)
            return &*it;
    return nullptr;
}

/// An edit made outside the program, by someone who also got past the trail's guard.
void sql(Database &db, const QString &statement) {
    test::editTrailBehindGuards(db.connection(), statement);
}

} // namespace

TEST_CASE("audit: every edit is recorded with who, when, what, old and new value",
          "[audit][both]") {
    SampleFile f;
    auto db = f.open(QStringLiteral("สมชาย ใจดี"));
    auto doc = SampleFile::document(*db);
    REQUIRE(doc->editScore(QStringLiteral("E8"), Score::fromHundredths(9000)).isEmpty());
    REQUIRE(doc->editGrade(QStringLiteral("E13"), QStringLiteral("C")).isEmpty());
    REQUIRE(doc->editThresholds(Score::fromWhole(80), std::nullopt).isEmpty());
    doc->undoStack()->undo(); // undo is a change too

    auto records = AuditLog(*db).list(QStringLiteral("สำนักงาน กกพ. 2564"));
    REQUIRE(records);
    const AuditRecord *e8 = last(*records, QStringLiteral("E8"), QStringLiteral("score"));
    REQUIRE(e8);
    // A file names the person the preferences give; a server, the login it vouches for.
    CHECK(e8->who == (db->isServer() ? db->actor() : QStringLiteral("สมชาย ใจดี")));
    CHECK_FALSE(e8->who.isEmpty());
    CHECK(e8->change.before == QStringLiteral("72.46")); // the seed's E8
    CHECK(e8->change.after == QStringLiteral("90.00"));
    CHECK(QDateTime::fromString(e8->at, Qt::ISODateWithMs).isValid());
    // The parent that followed E8 in the same step is recorded too.
    CHECK(last(*records, QStringLiteral("7"), QStringLiteral("score")));
    const AuditRecord *grade = last(*records, QStringLiteral("E13"), QStringLiteral("grade"));
    REQUIRE(grade);
    CHECK(grade->change.before == u"B");
    CHECK(grade->change.after == u"C");
    const AuditRecord *thresholds =
        last(*records, QStringLiteral("thresholds"), QStringLiteral("set"));
    REQUIRE(thresholds);
    CHECK(thresholds->change.after == QStringLiteral("fixed default, maintain overall")); // undone
    CHECK(thresholds->change.before == QStringLiteral("fixed 80.00, maintain overall"));

    // Plans: a step's status, percent and units, field by field.
    auto plan = PlanDocument::open(*db, QStringLiteral("สำนักงาน กกพ."), 2565);
    REQUIRE(plan);
    Plan edited = (*plan)->plan();
    edited.measures[1].steps[0].status = StepStatus::Done;
    edited.measures[1].steps[0].percent = 100;
    edited.measures[1].steps[0].units = QStringList{QStringLiteral("ทุกฝ่าย")};
    REQUIRE((*plan)->edit(edited, QStringLiteral("done")).isEmpty());
    records = AuditLog(*db).list(QStringLiteral("สำนักงาน กกพ. plan 2565"));
    REQUIRE(records);
    const QString step = QStringLiteral("measure 2 step 1");
    REQUIRE(last(*records, step, QStringLiteral("status")));
    CHECK(last(*records, step, QStringLiteral("status"))->change.after == u"done");
    CHECK(last(*records, step, QStringLiteral("percent"))->change.after == u"100");
    CHECK(last(*records, step, QStringLiteral("units"))->change.after == QStringLiteral("ทุกฝ่าย"));
    CHECK(AuditLog(*db).verify().ok);

    // Exported as CSV (BOM, one row per record, formulas neutralised).
    auto all = AuditLog(*db).list();
    const QByteArray bytes = exports::auditCsv(*all, false);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"
                           "id,at_utc,who"));
    CHECK(csv::parse(QString::fromUtf8(bytes.mid(3))).records.size() == all->size() + 1);
}

TEST_CASE("audit: titles, a step's text, span, dates and evidence, the unit registry and the "
          "report's texts are recorded field by field",
          "[audit][both]") {
    SampleFile f;
    auto db = f.open(QStringLiteral("สมหญิง"));
    auto doc = SampleFile::document(*db);
    REQUIRE(doc->editTitle(QStringLiteral("E8"), QStringLiteral("ชื่อใหม่")).isEmpty());
    auto records = AuditLog(*db).list(QStringLiteral("สำนักงาน กกพ. 2564"));
    REQUIRE(records);
    const AuditRecord *title = last(*records, QStringLiteral("E8"), QStringLiteral("title"));
    REQUIRE(title);
    CHECK(title->change.after == QStringLiteral("ชื่อใหม่"));
    CHECK(title->who == (db->isServer() ? db->actor() : QStringLiteral("สมหญิง")));

    auto plan = PlanDocument::open(*db, QStringLiteral("สำนักงาน กกพ."), 2565);
    REQUIRE(plan);
    PlanDocument &p = **plan;
    REQUIRE(p.editField(PlanField::StepText, 0, 0, QStringLiteral("ขั้นตอนใหม่"), true).isEmpty());
    REQUIRE(p.setStepSpan(0, 0, 2, 4).isEmpty());
    REQUIRE(p.editField(PlanField::ActualStart, 0, 0, QStringLiteral("1/11/2564"), true).isEmpty());
    REQUIRE(
        p.editField(PlanField::Evidence, 0, 0, QStringLiteral("https://example.go.th/o42"), true)
            .isEmpty());
    REQUIRE(p.editField(PlanField::StepUnits, 0, 0, QStringLiteral("หน่วยใหม่"), true).isEmpty());
    records = AuditLog(*db).list(QStringLiteral("สำนักงาน กกพ. plan 2565"));
    REQUIRE(records);
    const QString step = QStringLiteral("measure 1 step 1");
    REQUIRE(last(*records, step, QStringLiteral("text")));
    CHECK(last(*records, step, QStringLiteral("text"))->change.after == QStringLiteral("ขั้นตอนใหม่"));
    REQUIRE(last(*records, step, QStringLiteral("span")));
    CHECK(last(*records, step, QStringLiteral("span"))->change.after == QStringLiteral("2–4"));
    REQUIRE(last(*records, step, QStringLiteral("actual_start")));
    CHECK(last(*records, step, QStringLiteral("actual_start"))->change.after ==
          QStringLiteral("2021-11-01"));
    REQUIRE(last(*records, step, QStringLiteral("evidence")));
    CHECK(last(*records, step, QStringLiteral("evidence"))->change.after ==
          QStringLiteral("https://example.go.th/o42"));
    // A new unit joins the agency's registry, and that is recorded too.
    const AuditRecord *units = last(*records, QStringLiteral("units"), QStringLiteral("list"));
    REQUIRE(units);
    CHECK(units->change.after.contains(QStringLiteral("หน่วยใหม่")));
    CHECK_FALSE(units->change.before.contains(QStringLiteral("หน่วยใหม่")));

    // The report's objectives, a text the group types.
    REQUIRE(ReportTextRepository(*db)
                .setText(doc->id(), QStringLiteral("objectives"), QStringLiteral("วัตถุประสงค์ใหม่"))
                .isEmpty());
    records = AuditLog(*db).list(QStringLiteral("สำนักงาน กกพ. 2564"));
    const AuditRecord *objectives =
        last(*records, QStringLiteral("report"), QStringLiteral("objectives"));
    REQUIRE(objectives);
    CHECK(objectives->change.after == QStringLiteral("วัตถุประสงค์ใหม่"));
    CHECK(AuditLog(*db).verify().ok);
}

TEST_CASE("audit: editing, deleting or truncating records breaks the chain", "[audit]") {
    SampleFile f;
    {
        auto db = f.open();
        auto doc = SampleFile::document(*db);
        REQUIRE(doc->editScore(QStringLiteral("E8"), Score::fromWhole(90)).isEmpty());
        const auto v = AuditLog(*db).verify();
        CHECK(v.ok);
        CHECK(v.records > 100);
        CHECK(v.head.size() == 64);
    }
    SECTION("an edited record") {
        auto db = f.open();
        sql(*db, QStringLiteral("UPDATE audit_log SET after = '99.99' WHERE id = 5"));
        const auto v = AuditLog(*db).verify();
        CHECK_FALSE(v.ok);
        CHECK(v.brokenAt == 5);
        CHECK(v.message.contains(QStringLiteral("record 5")));
    }
    SECTION("a deleted record") {
        auto db = f.open();
        sql(*db, QStringLiteral("DELETE FROM audit_log WHERE id = 7"));
        const auto v = AuditLog(*db).verify();
        CHECK_FALSE(v.ok);
        CHECK(v.brokenAt == 8);
    }
    SECTION("the newest records removed") {
        auto db = f.open();
        sql(*db, QStringLiteral("DELETE FROM audit_log WHERE id > 3"));
        const auto v = AuditLog(*db).verify();
        CHECK_FALSE(v.ok);
        CHECK(v.message.contains(QStringLiteral("removed")));
    }
    SECTION("the whole trail erased with its seal (issue 24)") {
        auto db = f.open();
        // The two DELETEs that once left "intact: 0 records" are refused by the file itself.
        QSqlQuery q(db->connection());
        CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM audit_log")));
        CHECK(q.lastError().text().contains(QStringLiteral("append-only")));
        CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM audit_seal")));
        CHECK_FALSE(q.exec(QStringLiteral("UPDATE audit_seal SET count = 0, head = ''")));
        CHECK(AuditLog(*db).verify().ok);
        // Getting past the guard to erase them is itself what verification names.
        for (const QString &name : auditTrailTriggers())
            REQUIRE(q.exec(QStringLiteral("DROP TRIGGER %1").arg(name)));
        REQUIRE(q.exec(QStringLiteral("DELETE FROM audit_log")));
        REQUIRE(q.exec(QStringLiteral("DELETE FROM audit_seal")));
        const auto v = AuditLog(*db).verify();
        CHECK_FALSE(v.ok);
        CHECK(v.records == 0);
        CHECK(v.message.contains(QStringLiteral("append-only was removed")));
    }
    SECTION("the program says so on open, and the CLI exits non-zero") {
        {
            auto db = f.open();
            sql(*db, QStringLiteral("UPDATE audit_log SET who = 'someone else' WHERE id = 2"));
        }
        Workspace w;
        REQUIRE(w.openFile(f.path).isEmpty());
        w.waitForVerification();
        CHECK_FALSE(w.auditVerification().ok);
        const auto run = test::runCli(
            {QStringLiteral("audit"), QStringLiteral("--db"), f.path, QStringLiteral("--verify")});
        CHECK(run.exitCode == 1);
        CHECK(run.out.contains(QStringLiteral("broken at record 2")));
    }
}

TEST_CASE("audit: the CLI lists the trail and verifies an intact one", "[audit][cli][both]") {
    SampleFile f;
    auto run = test::runCli(
        {QStringLiteral("audit"), QStringLiteral("--db"), f.path, QStringLiteral("--verify")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("intact")));
    run = test::runCli({QStringLiteral("audit"), QStringLiteral("--db"), f.path,
                        QStringLiteral("--scope"), QStringLiteral("สำนักงาน กกพ. plan 2565"),
                        QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("\"field\": \"status\"")));
    CHECK_FALSE(run.out.contains(QStringLiteral("\"scope\": \"สำนักงาน กกพ. 2564\"")));
}

TEST_CASE("two instances: an edit to a row changed underneath is refused, views refresh",
          "[concurrency][both]") {
    SampleFile f;
    auto dbA = f.open(QStringLiteral("A"));
    auto dbB = f.open(QStringLiteral("B"));
    auto docA = SampleFile::document(*dbA);
    auto docB = SampleFile::document(*dbB);
    // A stores E8 = 90.00. B still shows 72.46 and tries 80.00: refused, nothing overwritten.
    REQUIRE(docA->editScore(QStringLiteral("E8"), Score::fromWhole(90)).isEmpty());
    const QString refused = docB->editScore(QStringLiteral("E8"), Score::fromWhole(80));
    CHECK(refused.contains(QStringLiteral("changed by someone else")));
    CHECK(docB->undoStack()->count() == 0);
    CHECK(SampleFile::document(*dbB)->assessment().find(QStringLiteral("E8"))->stated ==
          Score::fromWhole(90));
    // E1 itself was not touched, but its parents (EIT, the overall) follow it and A moved
    // them: refused too. Reopened from the file, B edits it.
    CHECK_FALSE(docB->editScore(QStringLiteral("E1"), Score::fromWhole(80)).isEmpty());
    docB = SampleFile::document(*dbB);
    CHECK(docB->editScore(QStringLiteral("E1"), Score::fromWhole(80)).isEmpty());

    // The plan the same way: B's plan is stale after A stores one.
    auto planA = PlanDocument::open(*dbA, QStringLiteral("สำนักงาน กกพ."), 2565);
    auto planB = PlanDocument::open(*dbB, QStringLiteral("สำนักงาน กกพ."), 2565);
    REQUIRE(planA);
    REQUIRE(planB);
    Plan a = (*planA)->plan();
    a.measures[0].title = QStringLiteral("แก้โดย A");
    REQUIRE((*planA)->edit(a, QStringLiteral("A")).isEmpty());
    Plan b = (*planB)->plan();
    b.measures[0].steps[0].percent = 50;
    CHECK((*planB)->edit(b, QStringLiteral("B")).contains(QStringLiteral("someone else")));
    auto stored = PlanRepository(*dbA).load(QStringLiteral("สำนักงาน กกพ."), 2565);
    REQUIRE(stored);
    CHECK(stored->measures[0].title == QStringLiteral("แก้โดย A"));
    CHECK(stored->measures[0].steps[0].percent == 0);

    // A workspace notices another connection's commit and reopens what it shows.
    Workspace w;
    REQUIRE(w.openFile(f.path).isEmpty());
    REQUIRE(w.openAssessment(docA->id()).isEmpty());
    CHECK_FALSE(w.checkForExternalChanges());
    docA = SampleFile::document(*dbA); // B's edit of E1 moved the overall A showed
    REQUIRE(docA->editScore(QStringLiteral("E2"), Score::fromWhole(70)).isEmpty());
    CHECK(w.checkForExternalChanges());
    CHECK(w.document()->assessment().find(QStringLiteral("E2"))->stated == Score::fromWhole(70));
    CHECK(AuditLog(*dbA).verify().ok); // both instances appended to one chain
}

TEST_CASE("two instances: a busy file is waited for, then the user is told", "[concurrency]") {
    SampleFile f;
    auto holder = f.open();
    auto db = f.open();
    auto doc = SampleFile::document(*db);
    sql(*holder, QStringLiteral("BEGIN IMMEDIATE")); // another instance in a long write
    QElapsedTimer clock;
    clock.start();
    const QString error = doc->editScore(QStringLiteral("E8"), Score::fromWhole(90));
    CHECK(clock.elapsed() >= 4000); // it waited for the other writer
    CHECK(error.contains(QStringLiteral("is busy")));
    CHECK(doc->undoStack()->count() == 0);
    sql(*holder, QStringLiteral("ROLLBACK"));
    CHECK(doc->editScore(QStringLiteral("E8"), Score::fromWhole(90)).isEmpty()); // free again
}

TEST_CASE("read-only: nothing can be changed, everything can be read", "[readonly][both]") {
    SampleFile f;
    Workspace w;
    REQUIRE(w.openFile(f.path, true).isEmpty());
    const QString before = test::dumpDatabase(f.path);
    auto list = w.assessments();
    REQUIRE(!list.empty());
    REQUIRE(w.openAssessment(list.front().id).isEmpty());
    CHECK(w.document()->isReadOnly());
    CHECK_FALSE(w.document()->editScore(QStringLiteral("E8"), Score::fromWhole(90)).isEmpty());
    CHECK(w.planDocument()->isReadOnly());
    CHECK(test::dumpDatabase(f.path) == before);
}

TEST_CASE("text with quotes, Thai, emoji and control characters round-trips unchanged",
          "[storage][hostile][both]") {
    SampleFile f;
    const QString nasty = QStringLiteral("'; DROP TABLE score_nodes; -- \"ข้อ\" 😀\t\x01\x7f\r\nจบ");
    {
        auto db = f.open();
        auto doc = SampleFile::document(*db);
        REQUIRE(doc->editTitle(QStringLiteral("E8"), nasty).isEmpty());
        auto plan = PlanDocument::open(*db, QStringLiteral("สำนักงาน กกพ."), 2565);
        REQUIRE(plan);
        Plan p = (*plan)->plan();
        p.measures[0].notes = nasty;
        p.measures[0].steps[0].text = nasty;
        REQUIRE((*plan)->edit(p, QStringLiteral("x")).isEmpty());
    }
    auto db = f.open();
    auto doc = SampleFile::document(*db);
    CHECK(doc->assessment().find(QStringLiteral("E8"))->title == nasty);
    auto plan = PlanRepository(*db).load(QStringLiteral("สำนักงาน กกพ."), 2565);
    REQUIRE(plan);
    CHECK(plan->measures[0].notes == nasty);
    CHECK(plan->measures[0].steps[0].text == nasty);
    // And through the JSON formats.
    const PlanImport back =
        readPlanJson(writePlanJson(*plan), QStringLiteral("p.json"), FrameworkRegistry::builtIn());
    REQUIRE(back.ok());
    CHECK(back.plan.measures[0].steps[0].text == nasty);
    const AuditLog::Verification v = AuditLog(*db).verify();
    INFO(v.message.toStdString());
    CHECK(v.ok);
}

TEST_CASE("eight processes import into one file at once: all land, nothing is corrupted",
          "[concurrency]") {
    SampleFile f;
    const QString csv = QStringLiteral(ITA_SOURCE_DIR "/data/samples/erc-fy2564-scores.csv");
    REQUIRE(QFile::exists(csv));
    // Eight real processes, started together, each storing an agency of its own (a shared
    // folder with several people importing): each waits for the others' writes.
    std::vector<std::unique_ptr<QProcess>> runs;
    for (int i = 0; i < 8; ++i) {
        auto p = std::make_unique<QProcess>();
        p->start(QStringLiteral(ITA_CLI_PATH),
                 {QStringLiteral("import"), csv, QStringLiteral("--db"), f.path,
                  QStringLiteral("--agency"), QStringLiteral("กรมที่ %1").arg(i),
                  QStringLiteral("--year"), QStringLiteral("2564")});
        runs.push_back(std::move(p));
    }
    for (auto &p : runs) {
        REQUIRE(p->waitForFinished(60000));
        INFO(p->readAllStandardError().toStdString());
        CHECK(p->exitCode() == 0);
    }
    auto db = f.open();
    auto list = AssessmentRepository(*db).list();
    REQUIRE(list);
    CHECK(list->size() == 9); // the sample and the eight
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == u"ok");
    CHECK(AuditLog(*db).verify().ok); // eight writers appended to one unbroken chain
}

TEST_CASE("ledger: every change the program makes keeps the file explained by its trail",
          "[audit][ledger][both]") {
    SampleFile f;
    auto db = f.open();
    CHECK(AuditLog(*db).verify().ok);
    auto doc = SampleFile::document(*db);
    REQUIRE(doc->editScore(QStringLiteral("E8"), Score::fromHundredths(9000)).isEmpty());
    REQUIRE(doc->editGrade(QStringLiteral("E13"), QStringLiteral("C")).isEmpty());
    REQUIRE(doc->editTitle(QStringLiteral("E1"), QStringLiteral("ชื่อใหม่")).isEmpty());
    QString created;
    REQUIRE(doc->addSubItem(QStringLiteral("E2"), &created).isEmpty());
    REQUIRE(doc->removeSubItem(created).isEmpty());
    REQUIRE(doc->editThresholds(Score::fromWhole(80), std::nullopt).isEmpty());
    doc->undoStack()->undo();
    PlanRepository plans(*db);
    auto plan = plans.load(QStringLiteral("สำนักงาน กกพ."), 2565);
    REQUIRE(plan.ok());
    plan->measures[1].steps[0].status = StepStatus::Done;
    plan->measures[1].steps[0].evidence << QStringLiteral("https://example.invalid/e1");
    plan->units.push_back({QStringLiteral("ฝ่าย ทดสอบ"), QStringLiteral("ฝ่ายทดสอบ"), {}});
    REQUIRE(plans.save(*plan, true).isEmpty());
    Framework fw = copyForYear(test::fy2564(), 2569);
    REQUIRE(FrameworkRepository(*db).save(fw).isEmpty());
    const auto v = AuditLog(*db).verify();
    INFO(v.message.toStdString());
    CHECK(v.ok);
    CHECK(v.outside.isEmpty());
}

TEST_CASE("ledger: a key's rows are packed in one value and read back", "[audit][ledger]") {
    const QByteArray d1(StateLedger::digestSize, '\x11');
    const QByteArray d2(StateLedger::digestSize, '\x22');
    const QByteArray packed = StateLedger::pack(
        {{QByteArray("measure 1 step 0 unit ฝ่าย ยส."), d2}, {QByteArray("E13"), d1}});
    // Two rows: a 4-byte length, the label's UTF-8 and the digest each, in the labels' order.
    const QByteArray thai = QStringLiteral("measure 1 step 0 unit ฝ่าย ยส.").toUtf8();
    CHECK(packed.size() ==
          4 + 3 + StateLedger::digestSize + 4 + thai.size() + StateLedger::digestSize);
    CHECK(packed.left(7) == QByteArray("\0\0\0\x03"
                                       "E13",
                                       7));
    const auto rows = StateLedger::unpack(packed);
    REQUIRE(rows);
    CHECK(*rows == StateLedger::Rows{{QStringLiteral("E13"), d1},
                                     {QStringLiteral("measure 1 step 0 unit ฝ่าย ยส."), d2}});
    CHECK(StateLedger::unpack(QByteArray())->empty());
    // Not a packed value: cut short, a length past the end, a label twice.
    CHECK_FALSE(StateLedger::unpack(packed.left(packed.size() - 1)));
    CHECK_FALSE(StateLedger::unpack(QByteArray("\0\0\x01\0E13", 7)));
    CHECK_FALSE(StateLedger::unpack(packed.left(23) + packed.left(23)));
}

TEST_CASE("ledger: a ledger row changed by hand is named, not read as the file's state",
          "[audit][ledger]") {
    SampleFile f;
    auto db = f.open();
    REQUIRE(AuditLog(*db).verify().ok);
    REQUIRE(db->exec(QStringLiteral("UPDATE state_digests SET rows = x'00' WHERE key LIKE "
                                    "'assessment %'"))
                .isEmpty());
    const auto v = AuditLog(*db).verify();
    CHECK_FALSE(v.ok);
    CHECK(v.outside ==
          QStringList{QStringLiteral("สำนักงาน กกพ. 2564, ledger: changed outside ITA Planner")});
}

TEST_CASE("ledger: a change made outside the program is named with its assessment and row",
          "[audit][ledger]") {
    struct Case {
        const char *name;
        const char *sql;
        const char *expected;
    };
    const Case cases[] = {
        {"a score", "UPDATE score_nodes SET stated_score = 9500 WHERE code = 'E13'",
         "สำนักงาน กกพ. 2564, E13: changed outside ITA Planner"},
        {"a grade", "UPDATE score_nodes SET stated_grade = 'AA' WHERE code = 'ITA'",
         "สำนักงาน กกพ. 2564, ITA: changed"},
        {"a title", "UPDATE score_nodes SET title = 'x' WHERE code = 'I1'",
         "สำนักงาน กกพ. 2564, I1: changed"},
        {"a threshold", "UPDATE assessments SET fixed_threshold = 7000",
         "สำนักงาน กกพ. 2564, assessment: changed"},
        {"a deleted score", "DELETE FROM score_nodes WHERE code = 'O42'",
         "สำนักงาน กกพ. 2564, O42: removed outside ITA Planner"},
        {"an added score",
         "INSERT INTO score_nodes (assessment_id, position, code, title, stated_score) "
         "SELECT id, 999, 'I1.9', '', 100 FROM assessments",
         "สำนักงาน กกพ. 2564, I1.9: added outside ITA Planner"},
        {"a step's percent", "UPDATE steps SET percent = 100 WHERE position = 0",
         "สำนักงาน กกพ. plan 2565, measure 0 step 0: changed"},
        {"a step's text",
         "UPDATE steps SET text = '=HYPERLINK(1)' WHERE id = (SELECT max(id) FROM steps)",
         "สำนักงาน กกพ. plan 2565, measure"},
        {"a measure's title", "UPDATE measures SET title = 'x' WHERE position = 1",
         "สำนักงาน กกพ. plan 2565, measure 1: changed"},
        {"a monitoring action",
         "DELETE FROM monitoring_actions WHERE id = (SELECT min(id) FROM "
         "monitoring_actions)",
         "สำนักงาน กกพ. plan 2565, measure 0 monitoring 0: removed"},
        {"a unit", "UPDATE units SET name = 'x' WHERE position = 0", "สำนักงาน กกพ., unit"},
        {"a recommendation", "UPDATE recommendations SET text = 'x' WHERE position = 0",
         "สำนักงาน กกพ. 2564, recommendation 0: changed"},
        {"a report text", "UPDATE report_texts SET text = 'x'",
         "สำนักงาน กกพ. 2564, text objectives: changed"},
        {"a framework",
         "UPDATE frameworks SET definition = replace(definition, '\"weight\": 0.3', "
         "'\"weight\": 0.35')",
         "framework ITA-2564, definition: changed"},
        {"a whole plan", "DELETE FROM plans", "plan"},
        {"an evidence link",
         "INSERT INTO step_evidence (step_id, position, url) SELECT min(id), 9, 'http://x' FROM "
         "steps",
         "สำนักงาน กกพ. plan 2565, measure 0 step 0 evidence 9: added"},
        {"a step's unit",
         "DELETE FROM step_units WHERE step_id = (SELECT min(step_id) FROM step_units)",
         "สำนักงาน กกพ. plan 2565, measure"},
        {"a measure's item",
         "DELETE FROM measure_items WHERE measure_id = (SELECT min(measure_id) FROM measure_items)",
         "สำนักงาน กกพ. plan 2565, measure"},
        {"an OIT publication",
         "INSERT INTO oit_publications (plan_id, position, code) SELECT min(id), 0, 'O1' FROM "
         "plans",
         "สำนักงาน กกพ. plan 2565"},
        {"an OIT link (schema 13)",
         "INSERT INTO oit_links (plan_id, code, position, url) SELECT min(id), 'O1', 0, "
         "'http://x' FROM plans",
         "สำนักงาน กกพ. plan 2565, publication O1 link 0: added"},
        {"the plan's website (schema 13)", "UPDATE plans SET website = 'http://x'",
         "สำนักงาน กกพ. plan 2565, website: changed"},
        {"the agency's name", "UPDATE agencies SET name = 'x'", "agency: changed"},
    };
    for (const auto &c : cases) {
        INFO(c.name);
        SampleFile f;
        {
            auto db = f.open();
            REQUIRE(AuditLog(*db).verify().ok);
        }
        {
            // Outside the program: a plain SQL connection to the file, as sqlite3 would be.
            const QString name = QStringLiteral("outside-%1").arg(QString::fromLatin1(c.name));
            {
                QSqlDatabase outside = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                outside.setDatabaseName(f.path);
                REQUIRE(outside.open());
                QSqlQuery q(outside);
                INFO(c.sql);
                REQUIRE(q.exec(QString::fromUtf8(c.sql)));
                REQUIRE(q.numRowsAffected() > 0);
            }
            QSqlDatabase::removeDatabase(name);
        }
        auto db = f.open();
        const auto v = AuditLog(*db).verify();
        INFO(v.message.toStdString());
        CHECK_FALSE(v.ok);
        CHECK(v.brokenAt == 0); // the chain itself is whole
        CHECK(v.message.startsWith(QStringLiteral("the file was changed outside ITA Planner")));
        CHECK(v.outside.join(u'\n').contains(QString::fromUtf8(c.expected)));
        // The window's check, off its thread on a connection of its own, names it the same.
        Workspace w;
        REQUIRE(w.openFile(f.path, true).isEmpty());
        w.waitForVerification();
        CHECK_FALSE(w.auditVerification().ok);
        CHECK_FALSE(w.auditVerification().cancelled);
        CHECK(w.auditVerification().outside == v.outside);
    }
}

TEST_CASE("ledger: saving while the file is being checked is not taken for an outside change",
          "[audit][ledger][verify]") {
    SampleFile f;
    Workspace w;
    REQUIRE(w.openFile(f.path).isEmpty());
    REQUIRE_FALSE(w.assessments().empty());
    REQUIRE(w.openAssessment(w.assessments().front().id).isEmpty());
    REQUIRE(w.document());
    // The window's own saves, as fast as they go, for as long as the check runs (and a few
    // after): each commits on the window's connection while the check reads on its own.
    int saves = 0;
    for (int i = 0; saves < 400 && (w.isVerifying() || saves < 20); ++i) {
        const qint64 hundredths = 5000 + (i % 4000);
        REQUIRE(w.document()
                    ->editScore(QStringLiteral("E13"), Score::fromHundredths(hundredths))
                    .isEmpty());
        ++saves;
    }
    w.waitForVerification();
    INFO(w.auditVerification().message.toStdString() << " after " << saves << " saves");
    CHECK(w.auditVerification().ok);
    CHECK(w.auditVerification().outside.isEmpty());
    // And the file as the saves left it verifies intact.
    auto db = f.open();
    CHECK(AuditLog(*db).verify().ok);
}

TEST_CASE("ledger: audit --verify exits 1 and names an outside change", "[audit][ledger][cli]") {
    SampleFile f;
    {
        auto db = f.open();
        sql(*db, QStringLiteral("UPDATE score_nodes SET stated_score = 9500 WHERE code = 'E13'"));
    }
    const auto run = test::runCli(
        {QStringLiteral("audit"), QStringLiteral("--db"), f.path, QStringLiteral("--verify")});
    CHECK(run.exitCode == 1);
    CHECK((run.out + run.err).contains(QStringLiteral("E13: changed outside ITA Planner")));
    const auto json = test::runCli({QStringLiteral("audit"), QStringLiteral("--db"), f.path,
                                    QStringLiteral("--verify"), QStringLiteral("--format"),
                                    QStringLiteral("json")});
    CHECK(json.exitCode == 1);
    const QJsonObject doc = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK_FALSE(doc.value(QStringLiteral("ok")).toBool(true));
    CHECK(doc.value(QStringLiteral("broken_at")).toInt(-1) == 0);
    const QJsonArray outside = doc.value(QStringLiteral("outside")).toArray();
    REQUIRE(outside.size() == 1);
    CHECK(outside.at(0).toString() ==
          QStringLiteral("สำนักงาน กกพ. 2564, E13: changed outside ITA Planner"));
}

namespace {

/// A sample file with a bad sector in one table (`table`'s root page no longer a b-tree page),
/// written with schema `version`; the file's bytes as they are then.
QByteArray damagedSample(const QString &path, const char *table, int version = 0) {
    int root = 0;
    {
        Database::Options options;
        options.migrateTo = version;
        auto db = Database::open(path, options);
        REQUIRE(db);
        REQUIRE(writeSample(**db).isEmpty());
        {
            QSqlQuery q((*db)->connection());
            REQUIRE(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = '%1'")
                               .arg(QLatin1String(table))));
            REQUIRE(q.next());
            root = q.value(0).toInt();
        }
        const QString folded = (*db)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        INFO(folded.toStdString());
        REQUIRE(folded.isEmpty());
    }
    REQUIRE(root > 1);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(qint64(root - 1) * 4096));
    REQUIRE(file.write(QByteArray(1, '\x00')) == 1); // the page type: none there is
    file.close();
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("a damaged file opens at once, the background check finds it, and nothing more is "
          "written",
          "[audit][verify][damaged]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.itadb"));
    const QByteArray before = damagedSample(path, "link_checks");
    {
        Workspace w;
        // Not refused on open (SQLite's check of every page would keep a national file's
        // window waiting for seconds): the window's check finds it.
        REQUIRE(w.openFile(path).isEmpty());
        REQUIRE_FALSE(w.assessments().empty());
        w.waitForVerification();
        const AuditLog::Verification &v = w.auditVerification();
        INFO(v.message.toStdString());
        CHECK(v.damaged);
        CHECK_FALSE(v.ok);
        CHECK(v.message.startsWith(path + QStringLiteral(": the file is damaged (Page ")));
        CHECK_FALSE(v.message.contains(QStringLiteral("***")));
        REQUIRE(w.database());
        CHECK(w.database()->isReadOnly());
        CHECK(w.database()->readOnlyReason() == QStringLiteral("the file is damaged"));
        // What can be read is shown; an edit is refused and says why.
        REQUIRE(w.openAssessment(w.assessments().front().id).isEmpty());
        REQUIRE(w.document());
        CHECK(w.document()->isReadOnly());
        const QString refused =
            w.document()->editScore(QStringLiteral("E13"), Score::fromHundredths(5000));
        CHECK(refused.contains(QStringLiteral("read-only: the file is damaged")));
    }
    // Nothing was written: the file is byte for byte what it was.
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == before);
}

TEST_CASE("a damaged file that needs an upgrade is refused on open, before anything is written",
          "[audit][verify][damaged]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.itadb"));
    const QByteArray before = damagedSample(path, "audit_seal", Database::schemaVersion - 1);
    Workspace w;
    const QString error = w.openFile(path);
    INFO(error.toStdString());
    CHECK(error.startsWith(path + QStringLiteral(": the file is damaged (")));
    CHECK_FALSE(w.database());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".v%1.bak").arg(Database::schemaVersion - 1)));
}
