// Frameworks the working group builds: the CSV forms, pasted rows, the file that keeps them,
// and the command line (issue: every year's ITA).
#include "TestSupport.h"

#include "domain/FrameworkCheck.h"
#include "io/FrameworkCsv.h"
#include "io/FrameworkWriter.h"
#include "io/Sample.h"
#include "io/ScoresIo.h"
#include "storage/AssessmentRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/FrameworkRepository.h"
#include "storage/SampleStore.h"

#include <QFile>
#include <QSqlQuery>

using namespace ita;
using test::runCli;

namespace {

QString dataFile(const char *name) {
    return test::dataPath(QStringLiteral("fy2569/") + QString::fromLatin1(name));
}

using test::fy2569;

struct SampleFile {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("s.itadb"));
    std::unique_ptr<Database> db;
    SampleFile() {
        auto opened = Database::open(path);
        REQUIRE(opened.ok());
        db = opened.take();
        REQUIRE(writeSample(*db).isEmpty());
    }
    int auditCount() const { return int(AuditLog(*db).list()->size()); }
};

} // namespace

TEST_CASE("pasted O1–O26 replace FY2564's O1–O43 and keep the rest of the tree",
          "[framework][paste]") {
    const Framework fw = fy2569();
    CHECK(checkFramework(fw).empty());
    int oit = 0;
    for (const auto &n : fw.nodes)
        oit += n.level == Level::Item && n.code.startsWith(u'O');
    CHECK(oit == 26);
    CHECK(fw.indexOf(QStringLiteral("O27")) < 0);
    CHECK(fw.indexOf(QStringLiteral("O43")) < 0);
    CHECK(fw.indexOf(QStringLiteral("I30")) >= 0); // other tools untouched
    CHECK(fw.node(fw.node(fw.indexOf(QStringLiteral("O25"))).parent).code == u"10.2");
    CHECK(fw.node(fw.indexOf(QStringLiteral("O25"))).title.th ==
          QStringLiteral("การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร"));
    // FY2564's English title of O25 (human resources policy) does not describe FY2569's O25.
    CHECK(fw.node(fw.indexOf(QStringLiteral("O25"))).title.en.isEmpty());
    CHECK(fw.node(fw.indexOf(QStringLiteral("I1"))).title.en ==
          test::fy2564().node(test::fy2564().indexOf(QStringLiteral("I1"))).title.en);
    CHECK(fw.codeFor(Role::Analysis) == QStringLiteral("O25"));
    CHECK(fw.codeFor(Role::Implementation) == QStringLiteral("O26"));
    // Without replacing, the old items stay beside the pasted ones.
    auto pasted = parsePastedRows(QStringLiteral("O44\tข้อใหม่\t10.2\n"));
    REQUIRE(pasted.ok());
    auto kept = buildFromRows(test::fy2564(), mergeRows(test::fy2564(), *pasted, false),
                              QStringLiteral("paste"));
    REQUIRE(kept.ok());
    CHECK(kept->indexOf(QStringLiteral("O43")) >= 0);
    CHECK(kept->node(kept->node(kept->indexOf(QStringLiteral("O44"))).parent).code == u"10.2");
    // Rows that are not code, title, parent are refused with their row number.
    auto bad = parsePastedRows(QStringLiteral("O1\tชื่อ\t9.1\nO2 only a code\n"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().contains(QStringLiteral("row 2")));
}

TEST_CASE("the CSV forms carry a framework there and back", "[framework][csv]") {
    const Framework fw = fy2569();
    const QByteArray structure = writeFrameworkStructureCsv(fw);
    const QByteArray rating = writeRatingCsv(fw.rating);
    CHECK(structure.startsWith("\xEF\xBB\xBF"
                               "code,parent,title,title_en,weight,role,elements,elements_en,date_rule,oit_window"));
    auto back = readFrameworkCsv(structure, QStringLiteral("s.csv"), rating,
                                 QStringLiteral("r.csv"), fw.id, fw.fiscalYears);
    INFO(back.error().toStdString());
    REQUIRE(back.ok());
    CHECK(back->rating == fw.rating);
    CHECK(back->codeFor(Role::Analysis) == QStringLiteral("O25"));
    REQUIRE(back->nodes.size() == fw.nodes.size());
    for (size_t i = 0; i < fw.nodes.size(); ++i) {
        INFO(fw.nodes[i].code.toStdString());
        CHECK(back->nodes[i].code == fw.nodes[i].code);
        CHECK(back->nodes[i].level == fw.nodes[i].level);
        CHECK(back->nodes[i].parent == fw.nodes[i].parent);
        CHECK(back->nodes[i].title.th == fw.nodes[i].title.th);
        CHECK(back->nodes[i].weight == fw.nodes[i].weight);
    }
    // Thai headers and the Windows-874 encoding Thai Excel writes.
    const QByteArray thai = QStringLiteral("รหัส,สังกัด,ชื่อ,น้ำหนัก\nAAA,ITA,เครื่องมือ,1\n1,AAA,"
                                           "ตัวชี้วัด,\nA1,1,ข้อหนึ่ง,\n")
                                .toUtf8();
    auto plain = readStructureCsv(thai, QStringLiteral("t.csv"));
    REQUIRE(plain.ok());
    CHECK(plain->size() == 3);
    CHECK(plain->at(2).title == QStringLiteral("ข้อหนึ่ง"));
}

TEST_CASE("bad framework CSV rows are refused with their file and line", "[framework][csv]") {
    const QByteArray rating = "level,min,all_tools_min,title_en,pass\nผ่าน,85,,Pass,yes\n"
                              "ไม่ผ่าน,0,,Not passed,no\n";
    const QByteArray good = "code,parent,title,weight,role\nAAA,ITA,ก,1,\n1,AAA,หนึ่ง,,\n"
                            "A1,1,ข้อ 1,,analysis\n";
    REQUIRE(readFrameworkCsv(good, QStringLiteral("s.csv"), rating, QStringLiteral("r.csv"),
                             QStringLiteral("T"), {2599})
                .ok());
    struct Case {
        const char *name;
        QByteArray structure;
        QByteArray rating;
        const char *expected;
    };
    const Case cases[] = {
        {"unknown parent", good + "A2,9,ข้อ 2,,\n", rating,
         "s.csv:5: the parent \"9\" of A2 is not in the framework"},
        {"under an item", good + "A3,A1,ข้อ 3,,\n", rating, "s.csv:5: A3 is placed under item A1"},
        {"weight", good + "BBB,ITA,ข,abc,\n", rating,
         "s.csv:5: weight \"abc\" of BBB is not a number"},
        {"role", good + "A4,1,ข้อ 4,,published\n", rating, "s.csv:5: role \"published\" of A4"},
        {"weights add up", good + "BBB,ITA,ข,0.5,\n2,BBB,สอง,,\nB1,2,ข้อ,,\n", rating,
         "s.csv: tool weights must add up to 1"},
        {"bad code", good + "A-5,1,ข้อ 5,,\n", rating,
         "s.csv:5: A-5: \"A-5\" is not a valid item code"},
        // Issue 24: a circle of parents was "not in the framework", though both rows exist.
        {"circle", good + "2,A5,สอง,,\nA5,2,ข้อ 5,,\n", rating,
         "s.csv:5: 2 is its own ancestor: 2 → A5 → 2"},
        {"under a circle", good + "2,A5,สอง,,\nA5,2,ข้อ 5,,\nA6,2,ข้อ 6,,\n", rating,
         "s.csv:7: A6 sits under 2, whose parents go round in a circle"},
        {"huge tool weight", good + "BBB,ITA,ข,1e308,\n", rating,
         "s.csv:5: weight \"1e308\" of BBB is not a number above 0 and at most 1"},
        // A line break pasted into a code stays inside its FILE:LINE: line.
        {"code with a line break", good + "\"A\n7\",1,ข้อ 7,,\n", rating,
         "s.csv:5: A\\x0A7: \"A\\x0A7\" is not a valid item code"},
        {"missing column", "code,title\nAAA,ก\n", rating,
         "s.csv:1: missing required column \"parent\""},
        {"rating min", good, "level,min,pass\nผ่าน,85,yes\nไม่ผ่าน,ศูนย์,no\n",
         "r.csv:3: min \"ศูนย์\" is not a score"},
        {"rating pass", good, "level,min,pass\nผ่าน,85,maybe\nไม่ผ่าน,0,no\n",
         "r.csv:2: pass \"maybe\" is not yes or no"},
        {"rating without pass", good, "level,min\nผ่าน,85\nไม่ผ่าน,0\n",
         "r.csv:1: missing required column \"pass\""},
        {"rating order", good, "level,min,pass\nไม่ผ่าน,0,no\nผ่าน,85,yes\n",
         "r.csv: levels must be listed from the highest down"},
    };
    for (const auto &c : cases) {
        INFO(c.name);
        const auto fw = readFrameworkCsv(c.structure, QStringLiteral("s.csv"), c.rating,
                                         QStringLiteral("r.csv"), QStringLiteral("T"), {2599});
        REQUIRE_FALSE(fw.ok());
        INFO(fw.error().toStdString());
        CHECK(fw.error().contains(QString::fromUtf8(c.expected)));
        CHECK_FALSE(fw.error().contains(QStringLiteral("\n7")));
    }
}

TEST_CASE("a stored framework that no longer reads is called damaged, not a JSON error",
          "[framework][storage]") {
    SampleFile f;
    FrameworkRepository repo(*f.db);
    REQUIRE(repo.save(fy2569()).isEmpty());
    // Cut short outside the program, as a bad sector or a hand edit would.
    REQUIRE(f.db->exec(QStringLiteral("UPDATE frameworks SET definition = "
                                      "substr(definition, 1, 200) WHERE id = 'ITA-2569'"))
                .isEmpty());
    const auto listed = repo.list();
    REQUIRE_FALSE(listed.ok());
    INFO(listed.error().toStdString());
    CHECK(listed.error().startsWith(f.db->path() + QStringLiteral(": the file is damaged (")));
    CHECK(listed.error().contains(QStringLiteral("framework ITA-2569")));
    CHECK(listed.error().contains(QStringLiteral(".bak")));
    const auto one = AssessmentRepository(*f.db).framework(QStringLiteral("ITA-2569"));
    REQUIRE_FALSE(one.ok());
    CHECK(one.error().contains(QStringLiteral("the file is damaged")));
}

TEST_CASE("a framework is stored in the file, audited, and found first for its year",
          "[framework][storage]") {
    SampleFile f;
    FrameworkRepository repo(*f.db);
    const int before = f.auditCount();
    const Framework fw = fy2569();
    REQUIRE(repo.save(fw).isEmpty());
    CHECK(f.auditCount() == before + 1); // "created"
    auto registry = repo.registry();
    REQUIRE(registry.ok());
    REQUIRE(registry->forYear(2569));
    CHECK(registry->forYear(2569)->id == QStringLiteral("ITA-2569"));
    CHECK(registry->forYear(2564)->id == QStringLiteral("ITA-2564"));
    // Scores for FY2569 now import, graded by the pass scheme.
    ImportOptions options;
    const auto result = readScoresCsv(test::readFile(dataFile("scores.csv")),
                                      QStringLiteral("scores.csv"), *registry, options);
    for (const auto &d : result.diagnostics)
        UNSCOPED_INFO(d.toString().toStdString());
    REQUIRE(result.ok());
    REQUIRE(AssessmentRepository(*f.db).save(result.assessments, *registry, false).isEmpty());

    // Editing: a title and a threshold are one audit record each, field by field.
    Framework edited = fw;
    edited.nodes[size_t(edited.indexOf(QStringLiteral("O1")))].title.th =
        QStringLiteral("โครงสร้าง");
    edited.fixedThreshold = Score::fromWhole(80);
    const int beforeEdit = f.auditCount();
    REQUIRE(repo.save(edited).isEmpty());
    auto records = AuditLog(*f.db).list(QStringLiteral("framework ITA-2569"));
    REQUIRE(records.ok());
    CHECK(f.auditCount() == beforeEdit + 2);
    bool titled = false;
    for (const auto &r : *records)
        titled = titled || (r.change.target == u"O1" && r.change.field == u"title" &&
                            r.change.after == QStringLiteral("โครงสร้าง"));
    CHECK(titled);
    CHECK(AuditLog(*f.db).verify().ok);
    CHECK(repo.find(QStringLiteral("ITA-2569"))->fixedThreshold == Score::fromWhole(80));
}

TEST_CASE("a change that would detach stored scores or claim a taken year stores nothing",
          "[framework][storage]") {
    SampleFile f;
    FrameworkRepository repo(*f.db);
    // The sample's FY2564 assessment scores O42; a FY2564 framework without it is refused.
    Framework fw = *repo.find(QStringLiteral("ITA-2564"));
    auto rows = structureRows(fw);
    std::erase_if(rows, [](const StructureRow &r) { return r.code == u"O42"; });
    Framework without = *buildFromRows(fw, rows, QStringLiteral("edit"));
    const QString dumpBefore = test::dumpDatabase(f.path);
    const QString refused = repo.save(without);
    CHECK(refused.contains(QStringLiteral("O42 (สำนักงาน กกพ. 2564)")));
    CHECK(test::dumpDatabase(f.path) == dumpBefore);
    // A sub-item keeps its item: removing I18 would take I18.1 with it.
    rows = structureRows(fw);
    std::erase_if(rows, [](const StructureRow &r) { return r.code == u"I18"; });
    CHECK(repo.save(*buildFromRows(fw, rows, QStringLiteral("edit")))
              .contains(QStringLiteral("I18")));
    // Renaming is fine.
    Framework renamed = fw;
    renamed.nodes[size_t(renamed.indexOf(QStringLiteral("O42")))].title.th =
        QStringLiteral("ชื่อใหม่");
    CHECK(repo.save(renamed).isEmpty());
    // Another framework claiming 2564 is refused; nothing stored.
    Framework clash = copyForYear(fw, 2564);
    clash.id = QStringLiteral("ITA-2564B");
    const QString dumpClash = test::dumpDatabase(f.path);
    CHECK(repo.save(clash).contains(QStringLiteral("fiscal year 2564 is already claimed")));
    CHECK(test::dumpDatabase(f.path) == dumpClash);
    // So is a framework with problems.
    Framework broken = copyForYear(fw, 2570);
    broken.nodes[size_t(broken.indexOf(QStringLiteral("IIT")))].weight = 1000;
    CHECK(repo.save(broken).contains(QStringLiteral("tool weights must add up to 1")));
    CHECK(test::dumpDatabase(f.path) == dumpClash);
}

TEST_CASE("cli: the framework commands make a new year whose scores then import",
          "[cli][framework]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.itadb"));
    REQUIRE(runCli({QStringLiteral("sample"), QStringLiteral("--db"), db}).exitCode == 0);
    // Without a framework for 2569 the import error is as it was.
    auto run =
        runCli({QStringLiteral("import"), dataFile("scores.csv"), QStringLiteral("--db"), db});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("no framework for fiscal year 2569")));

    // The group's FY2569 framework as CSV files, written by the test from the pasted list.
    const Framework fw = fy2569();
    const QString structure = dir.filePath(QStringLiteral("fy2569.csv"));
    const QString rating = dir.filePath(QStringLiteral("fy2569.rating.csv"));
    test::writeFile(structure, writeFrameworkStructureCsv(fw));
    test::writeFile(rating, writeRatingCsv(fw.rating));
    run = runCli({QStringLiteral("framework"), QStringLiteral("check"), structure,
                  QStringLiteral("--rating"), rating, QStringLiteral("--id"),
                  QStringLiteral("ITA-2569"), QStringLiteral("--years"), QStringLiteral("2569")});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("3 tools, 71 items")));
    run = runCli({QStringLiteral("framework"), QStringLiteral("import"), structure,
                  QStringLiteral("--rating"), rating, QStringLiteral("--id"),
                  QStringLiteral("ITA-2569"), QStringLiteral("--years"),
                  QStringLiteral("2569,2570"), QStringLiteral("--db"), db});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    run = runCli({QStringLiteral("framework"), QStringLiteral("list"), QStringLiteral("--db"), db,
                  QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(run.out.contains(QStringLiteral("\"ITA-2569\"")));
    CHECK(run.out.contains(QStringLiteral("ผ่าน, ไม่ผ่าน")));

    run = runCli({QStringLiteral("import"), dataFile("scores.csv"), QStringLiteral("--db"), db});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("(ITA-2569)")));
    run =
        runCli({QStringLiteral("classify"), QStringLiteral("--db"), db, QStringLiteral("--agency"),
                QStringLiteral("สำนักงานทดสอบ"), QStringLiteral("--year"), QStringLiteral("2569"),
                QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("\"grade\": \"ผ่าน\"")));

    // A framework JSON exported from the file reads back equal; a broken one is refused.
    const QString json = dir.filePath(QStringLiteral("fy2569.json"));
    run = runCli({QStringLiteral("framework"), QStringLiteral("export"), QStringLiteral("ITA-2569"),
                  QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("json"),
                  QStringLiteral("--out"), json});
    REQUIRE(run.exitCode == 0);
    auto exported = readFramework(test::readFile(json), json);
    REQUIRE(exported.ok());
    CHECK(exported->fiscalYears == std::vector<int>({2569, 2570}));
    QByteArray broken = test::readFile(json);
    broken.replace("\"weight\": 0.4", "\"weight\": 0.5");
    test::writeFile(json, broken);
    run = runCli({QStringLiteral("framework"), QStringLiteral("check"), json});
    CHECK(run.exitCode == 1);
    CHECK(
        run.err.contains(QStringLiteral("tool weights must add up to 1 (they add up to 1.1000)")));

    // new: a copy of the latest for 2571.
    run = runCli({QStringLiteral("framework"), QStringLiteral("new"), QStringLiteral("--db"), db,
                  QStringLiteral("--years"), QStringLiteral("2571")});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("ITA-2571")));
}

TEST_CASE("cli: target --grade takes a level by name with its tool condition", "[cli][framework]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.itadb"));
    REQUIRE(runCli({QStringLiteral("sample"), QStringLiteral("--db"), db}).exitCode == 0);
    {
        auto opened = Database::open(db);
        REQUIRE(opened.ok());
        Framework fw = fy2569();
        for (const auto &p : ratingPresets())
            if (p.key == u"five-levels")
                fw.rating = p.scheme;
        REQUIRE(FrameworkRepository(**opened).save(fw).isEmpty());
    }
    REQUIRE(runCli({QStringLiteral("import"), dataFile("scores.csv"), QStringLiteral("--db"), db})
                .exitCode == 0);
    const QStringList base{
        QStringLiteral("target"),   QStringLiteral("--db"),         db,
        QStringLiteral("--agency"), QStringLiteral("สำนักงานทดสอบ"), QStringLiteral("--year"),
        QStringLiteral("2569"),     QStringLiteral("--format"),     QStringLiteral("json")};
    // OIT has two items at 0: raising only EIT items can never bring OIT to 95.
    auto run = runCli(base + QStringList{QStringLiteral("--items"), QStringLiteral("E1,E2,E3"),
                                         QStringLiteral("--grade"), QStringLiteral("ผ่านดีเยี่ยม")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("\"reachable\": false")));
    CHECK(run.out.contains(QStringLiteral("\"level\": \"ผ่านดีเยี่ยม\"")));
    run =
        runCli(base + QStringList{QStringLiteral("--items"), QStringLiteral("O7"),
                                  QStringLiteral("--grade"), QStringLiteral("Needs improvement")});
    CHECK(run.out.contains(QStringLiteral("\"reachable\": true")));
    run = runCli(base + QStringList{QStringLiteral("--items"), QStringLiteral("O7"),
                                    QStringLiteral("--grade"), QStringLiteral("AA")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("unknown level \"AA\"")));
}

TEST_CASE("saving a framework refuses a second spelling of an id, a scheme that strands stated "
          "levels, and records a new order",
          "[framework][storage]") {
    SampleFile f;
    FrameworkRepository repo(*f.db);
    // The sample's FY2564 scores state grades (A, AA, B …): the pass scheme has none of them.
    Framework fw = *repo.find(QStringLiteral("ITA-2564"));
    Framework passing = fw;
    for (const auto &p : ratingPresets())
        if (p.key == u"nacc-pass-fy2566")
            passing.rating = p.scheme;
    const QString refused = repo.save(passing);
    CHECK(refused.contains(QStringLiteral("level A (สำนักงาน กกพ. 2564)")));
    // Another spelling of a stored id.
    Framework lower = copyForYear(fw, 2569);
    REQUIRE(repo.save(lower).isEmpty());
    lower.id = QStringLiteral("ita-2569");
    lower.fiscalYears = {2570};
    CHECK(repo.save(lower).contains(QStringLiteral("already holds framework ITA-2569")));
    // Reordering the items of a sub-indicator is a change, stored and audited.
    Framework reordered = *repo.find(QStringLiteral("ITA-2569"));
    auto rows = structureRows(reordered);
    const auto o1 = std::find_if(rows.begin(), rows.end(),
                                 [](const StructureRow &r) { return r.code == u"O1"; });
    const auto o2 = std::find_if(rows.begin(), rows.end(),
                                 [](const StructureRow &r) { return r.code == u"O2"; });
    std::iter_swap(o1, o2);
    reordered = *buildFromRows(reordered, rows, QStringLiteral("edit"));
    REQUIRE(repo.save(reordered).isEmpty());
    const auto stored = repo.find(QStringLiteral("ITA-2569"));
    const auto &sub = stored->node(stored->indexOf(QStringLiteral("9.1")));
    CHECK(stored->node(sub.children.front()).code == QStringLiteral("O2"));
    bool ordered = false;
    const auto records = AuditLog(*f.db).list(QStringLiteral("framework ITA-2569"));
    REQUIRE(records.ok());
    for (const auto &r : *records)
        ordered = ordered || (r.change.target == u"9.1" && r.change.field == u"order");
    CHECK(ordered);
}

TEST_CASE("cli: framework new never replaces a framework of the same id", "[cli][framework]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.itadb"));
    REQUIRE(runCli({QStringLiteral("sample"), QStringLiteral("--db"), db}).exitCode == 0);
    const QStringList make{QStringLiteral("framework"), QStringLiteral("new"),
                           QStringLiteral("--db"),      db,
                           QStringLiteral("--id"),      QStringLiteral("ITA-2569"),
                           QStringLiteral("--years"),   QStringLiteral("2569")};
    REQUIRE(runCli(make).exitCode == 0);
    const auto again = runCli(make);
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("framework ITA-2569 already exists")));
    CHECK(runCli(QStringList{QStringLiteral("framework"), QStringLiteral("list"),
                             QStringLiteral("--db"), db, QStringLiteral("--lang"),
                             QStringLiteral("th")})
              .exitCode == 0);
}

TEST_CASE("a version 1 framework of the FY2564 design has O42 and O43 as its roles",
          "[framework][json]") {
    const QByteArray v1 = R"({"format": "ita-framework", "version": 1, "id": "OLD-2565",
      "fiscal_years": [2565], "title": {"th": "เก่า"},
      "grades": [{"grade": "A", "min": 85}, {"grade": "F", "min": 0}],
      "tools": [{"code": "OIT", "weight": 1, "title": {"th": "โอ"}, "indicators": [
        {"code": "10", "title": {"th": "สิบ"}, "items": [
          {"code": "O42", "title": {"th": "มาตรการ"}}, {"code": "O43", "title": {"th": "ผล"}}]}]}]})";
    const auto fw = readFramework(v1, QStringLiteral("old.json"));
    REQUIRE(fw.ok());
    CHECK(fw->codeFor(Role::Analysis) == QStringLiteral("O42"));
    CHECK(fw->codeFor(Role::Implementation) == QStringLiteral("O43"));
}

TEST_CASE("importing a year no framework serves names the year, so the GUI can offer to build it",
          "[framework][import]") {
    const FrameworkRegistry &builtIn = FrameworkRegistry::builtIn();
    const auto csv = readScoresCsv(test::readFile(dataFile("scores.csv")),
                                   QStringLiteral("scores.csv"), builtIn, ImportOptions());
    CHECK_FALSE(csv.ok());
    CHECK(csv.yearsWithoutFramework == std::vector<int>{2569});
    const QByteArray json = R"({"format": "ita-planner-assessment", "version": 1,
      "agency": "สำนักงานทดสอบ", "fiscal_year": 2569, "scores": [{"code": "I1", "score": 90}]})";
    const auto fromJson =
        readAssessmentJson(json, QStringLiteral("a.json"), builtIn, ImportOptions());
    CHECK_FALSE(fromJson.ok());
    CHECK(fromJson.yearsWithoutFramework == std::vector<int>{2569});
    // A framework named explicitly is not a missing year: the error stays an error.
    ImportOptions named;
    named.frameworkId = QStringLiteral("ITA-2599");
    CHECK(readAssessmentJson(json, QStringLiteral("a.json"), builtIn, named)
              .yearsWithoutFramework.empty());
}

TEST_CASE("the stored computed scores follow a change of the framework's weights",
          "[framework][storage]") {
    SampleFile f;
    const auto stored = [&](const char *code) {
        QSqlQuery q(f.db->connection());
        q.prepare(QStringLiteral("SELECT stated_score, computed_score FROM score_nodes WHERE code "
                                 "= ?"));
        q.addBindValue(QString::fromLatin1(code));
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return std::pair{q.value(0), q.value(1)};
    };
    // The overall is computed from the tools, 0.3 / 0.3 / 0.4: each the stated score, or the
    // one computed from its indicators where none is stated (the sample's IIT and EIT).
    const auto used = [&](const char *code) {
        const auto [statedScore, computed] = stored(code);
        return statedScore.isNull() ? computed.toLongLong() : statedScore.toLongLong();
    };
    const qint64 iit = used("IIT"), eit = used("EIT"), oit = used("OIT");
    const auto mean = [](qint64 sum) {
        return (sum + 5000) / 10000;
    }; // half up, positive
    REQUIRE(stored("ITA").second.toLongLong() == mean(iit * 3000 + eit * 3000 + oit * 4000));

    FrameworkRepository repo(*f.db);
    Framework fw = *repo.find(QStringLiteral("ITA-2564"));
    fw.nodes[size_t(fw.indexOf(QStringLiteral("IIT")))].weight = 4000;
    fw.nodes[size_t(fw.indexOf(QStringLiteral("EIT")))].weight = 2000;
    REQUIRE(repo.save(fw).isEmpty());
    // 0.4 / 0.2 / 0.4 now, in the file itself.
    CHECK(stored("ITA").second.toLongLong() == mean(iit * 4000 + eit * 2000 + oit * 4000));
    CHECK(mean(iit * 4000 + eit * 2000 + oit * 4000) != mean(iit * 3000 + eit * 3000 + oit * 4000));
    CHECK(AuditLog(*f.db).verify().ok);
}

TEST_CASE("framework warnings: no item in a role is listed, not refused", "[framework][issue25]") {
    Framework fw = test::fy2564();
    CHECK(frameworkWarnings(fw).empty());
    for (auto &n : fw.nodes)
        if (n.role == Role::Analysis)
            n.role = Role::None;
    CHECK(checkFramework(fw).empty()); // still usable: stored frameworks without roles stay so
    const auto warnings = frameworkWarnings(fw);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.front().text(false).contains(QStringLiteral("\"the published analysis")));
    CHECK(warnings.front().text(true).contains(QStringLiteral("การวิเคราะห์เผยแพร่ภายใต้ข้อใด")));
    for (auto &n : fw.nodes)
        n.role = Role::None;
    CHECK(frameworkWarnings(fw).size() == 2);
}
