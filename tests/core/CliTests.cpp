#include "TestSupport.h"

#include "io/Csv.h"
#include "storage/Database.h"
#include "storage/PlanRepository.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ita;
using test::runCli;

namespace {

const QString agency = QStringLiteral("สำนักงาน กกพ.");

QString sampleDb(const QTemporaryDir &dir) {
    return test::sampleDbByCli(dir);
}

QJsonDocument parseJson(const QString &text) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    INFO(error.errorString().toStdString() << "\n" << text.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc;
}

QStringList dbArgs(const QString &db) {
    return {QStringLiteral("--db"),     db,
            QStringLiteral("--agency"), agency,
            QStringLiteral("--year"),   QStringLiteral("2564")};
}

} // namespace

TEST_CASE("cli: --help lists the commands and each command has --help", "[cli]") {
    auto run = runCli({QStringLiteral("--help")});
    CHECK(run.exitCode == 0);
    for (const char *c : {"import", "classify", "validate", "export", "list", "sample"})
        CHECK(run.out.contains(QString::fromLatin1(c)));
    run = runCli({QStringLiteral("classify"), QStringLiteral("--help")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("--format")));
    CHECK(run.out.contains(QStringLiteral("--maintain")));
}

TEST_CASE("cli: every command's help names the command as typed, not the program's path", "[cli]") {
    // Issue 25: "Usage: /full/path/ita-planner-cli [options]" told a newcomer nothing.
    const QStringList commands{
        QStringLiteral("import"),     QStringLiteral("classify"),  QStringLiteral("validate"),
        QStringLiteral("export"),     QStringLiteral("list"),      QStringLiteral("sample"),
        QStringLiteral("frameworks"), QStringLiteral("whatif"),    QStringLiteral("target"),
        QStringLiteral("plan"),       QStringLiteral("portfolio"), QStringLiteral("audit"),
        QStringLiteral("copy")};
    for (const QString &command : commands) {
        const auto run = runCli(
            {command, QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
        INFO(command.toStdString() << ": " << run.out.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(run.out.startsWith(QStringLiteral("Usage: ita-planner-cli ") + command +
                                 QStringLiteral(" [options]")));
    }
    auto run = runCli({QStringLiteral("framework"), QStringLiteral("new"), QStringLiteral("--help"),
                       QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(run.out.startsWith(QStringLiteral("Usage: ita-planner-cli framework new [options]")));
    // A usage error names the command too.
    run = runCli({QStringLiteral("plan"), QStringLiteral("--no-such-option"),
                  QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.startsWith(QStringLiteral("ita-planner-cli plan: ")));
    CHECK_FALSE(run.err.contains(QStringLiteral(ITA_CLI_PATH)));
}

TEST_CASE("cli: usage errors exit 2", "[cli]") {
    CHECK(runCli({}).exitCode == 2);
    CHECK(runCli({QStringLiteral("frobnicate")}).exitCode == 2);
    CHECK(runCli({QStringLiteral("classify"), QStringLiteral("--no-such-option")}).exitCode == 2);
    CHECK(runCli({QStringLiteral("import"), QStringLiteral("x.csv")}).exitCode == 2); // no --db
    CHECK(runCli({QStringLiteral("classify"), QStringLiteral("x.csv"), QStringLiteral("--year"),
                  QStringLiteral("2021")})
              .exitCode == 2);
}

TEST_CASE("cli: classify --format json has the documented shape", "[cli][seed]") {
    QTemporaryDir dir;
    const QString db = sampleDb(dir);
    const auto run = runCli(QStringList{QStringLiteral("classify")} + dbArgs(db) +
                            QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(run.exitCode == 0);
    const QJsonObject doc = parseJson(run.out).object();
    CHECK(doc.value(QStringLiteral("threshold")).toDouble() == 92.55);
    CHECK(doc.value(QStringLiteral("fixed")).toDouble() == 85.0);
    const QJsonArray rows = doc.value(QStringLiteral("rows")).toArray();
    // 10 indicators, 88 items, 40 sub-items.
    CHECK(rows.size() == 10 + 88 + 40);
    QJsonObject e8;
    QJsonObject i18_3;
    for (const auto &r : rows) {
        const QJsonObject o = r.toObject();
        if (o.value(QStringLiteral("code")).toString() == u"E8")
            e8 = o;
        if (o.value(QStringLiteral("code")).toString() == u"I18.3")
            i18_3 = o;
    }
    CHECK(e8.value(QStringLiteral("level")).toString() == QStringLiteral("item"));
    CHECK(e8.value(QStringLiteral("score")).toDouble() == 72.46);
    CHECK(e8.value(QStringLiteral("grade")).toString() == QStringLiteral("C"));
    CHECK(e8.value(QStringLiteral("bucket")).toString() == QStringLiteral("urgent"));
    CHECK(e8.value(QStringLiteral("title")).toString().startsWith(QStringLiteral("สำนักงาน กกพ.")));
    CHECK(i18_3.value(QStringLiteral("level")).toString() == QStringLiteral("subitem"));
    CHECK(i18_3.value(QStringLiteral("bucket")).toString() == QStringLiteral("improve"));
}

TEST_CASE("cli: a CSV file is classified directly, FY2564 by default", "[cli]") {
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("s.csv"));
    test::writeFile(csv, "code,score\nITA,90.00\nI1,95.00\nI2,89.99\nI3,84.99\n");
    const auto run = runCli(
        {QStringLiteral("classify"), csv, QStringLiteral("--format"), QStringLiteral("csv")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("I1,item,")));
    CHECK(run.out.contains(QStringLiteral(",95.00,AA,maintain")));
    CHECK(run.out.contains(QStringLiteral(",89.99,A,improve")));
    CHECK(run.out.contains(QStringLiteral(",84.99,B,urgent")));
    // Thresholds from the command line.
    const auto strict =
        runCli({QStringLiteral("classify"), csv, QStringLiteral("--format"), QStringLiteral("csv"),
                QStringLiteral("--maintain"), QStringLiteral("89.99")});
    CHECK(strict.out.contains(QStringLiteral(",89.99,A,maintain")));
}

TEST_CASE("cli: classify summary reproduces the seed's urgent list", "[cli][seed]") {
    QTemporaryDir dir;
    const QString db = sampleDb(dir);
    const auto run = runCli(QStringList{QStringLiteral("classify")} + dbArgs(db) +
                            QStringList{QStringLiteral("--format"), QStringLiteral("summary"),
                                        QStringLiteral("--lang"), QStringLiteral("th")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน: E1 E2 E3 E5")));
    CHECK(run.out.contains(QStringLiteral("ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร: E6 E7 E8 E9 E10")));
    CHECK(run.out.contains(QStringLiteral("ตัวชี้วัดที่ 2 การใช้งบประมาณ: I7 I12")));
}

TEST_CASE("cli: validate --format json lists E13 and exits 0 whatever it found", "[cli][seed]") {
    QTemporaryDir dir;
    const QString db = sampleDb(dir);
    const auto run = runCli(QStringList{QStringLiteral("validate")} + dbArgs(db) +
                            QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(run.exitCode == 0);
    const QJsonArray list = parseJson(run.out).array();
    REQUIRE(list.size() == 1);
    const QJsonObject f = list.first().toObject();
    CHECK(f.value(QStringLiteral("code")).toString() == QStringLiteral("E13"));
    CHECK(f.value(QStringLiteral("kind")).toString() == QStringLiteral("grade"));
    CHECK(f.value(QStringLiteral("stated")).toString() == QStringLiteral("B"));
    CHECK(f.value(QStringLiteral("computed")).toString() == QStringLiteral("C"));
    CHECK(f.value(QStringLiteral("message_th")).toString().contains(QStringLiteral("74.64")));
}

TEST_CASE("cli: a refused import exits 1 with FILE:LINE and stores nothing", "[cli]") {
    QTemporaryDir dir;
    const QString db = sampleDb(dir);
    const QString before = test::dumpDatabase(db);
    const QString csv = dir.filePath(QStringLiteral("bad.csv"));
    test::writeFile(csv, "code,score\nI1,90\nI2,abc\n");
    const auto run = runCli({QStringLiteral("import"), csv, QStringLiteral("--db"), db,
                             QStringLiteral("--agency"), QStringLiteral("กรม ก"),
                             QStringLiteral("--year"), QStringLiteral("2564")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(csv + QStringLiteral(":3: score \"abc\" of I2 is not a number")));
    CHECK(test::dumpDatabase(db) == before);
}

TEST_CASE("cli: import, list, export round trip with --replace", "[cli][both]") {
    QTemporaryDir dir;
    const QString db = test::scratchStore(dir, QStringLiteral("p.itadb"));
    const QString csv = dir.filePath(QStringLiteral("p.csv"));
    test::writeFile(csv, "agency,year,code,title,score,grade\n"
                         "กรม ก,2564,ITA,,88.00,A\n"
                         "กรม ก,2564,I1,\"ข้อ, หนึ่ง\",90.00,A\n"
                         "กรม ข,2564,ITA,,70.00,C\n");
    auto run = runCli({QStringLiteral("import"), csv, QStringLiteral("--db"), db});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);

    run = runCli({QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                  QStringLiteral("json")});
    REQUIRE(run.exitCode == 0);
    const QJsonArray list = parseJson(run.out).array();
    REQUIRE(list.size() == 2);
    CHECK(list[0].toObject().value(QStringLiteral("agency")).toString() == QStringLiteral("กรม ก"));
    CHECK(list[0].toObject().value(QStringLiteral("year")).toInt() == 2564);
    CHECK(list[0].toObject().value(QStringLiteral("framework")).toString() ==
          QStringLiteral("ITA-2564"));

    // Importing the same again is refused; with --replace it goes in.
    run = runCli({QStringLiteral("import"), csv, QStringLiteral("--db"), db});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("already has fiscal year 2564")));
    run = runCli(
        {QStringLiteral("import"), csv, QStringLiteral("--db"), db, QStringLiteral("--replace")});
    CHECK(run.exitCode == 0);

    const QString out = dir.filePath(QStringLiteral("out.csv"));
    run = runCli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--agency"),
                  QStringLiteral("กรม ก"), QStringLiteral("--year"), QStringLiteral("2564"),
                  QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out});
    REQUIRE(run.exitCode == 0);
    const QByteArray exported = test::readFile(out);
    CHECK(exported.startsWith("\xEF\xBB\xBF"));
    CHECK(
        QString::fromUtf8(exported).contains(QStringLiteral("กรม ก,2564,I1,\"ข้อ, หนึ่ง\",90.00,A")));

    const QString json = dir.filePath(QStringLiteral("out.json"));
    run =
        runCli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--agency"),
                QStringLiteral("กรม ข"), QStringLiteral("--year"), QStringLiteral("2564"),
                QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), json});
    REQUIRE(run.exitCode == 0);
    const QJsonObject doc = parseJson(QString::fromUtf8(test::readFile(json))).object();
    CHECK(doc.value(QStringLiteral("format")).toString() ==
          QStringLiteral("ita-planner-assessment"));
    CHECK(doc.value(QStringLiteral("scores"))
              .toArray()
              .first()
              .toObject()
              .value(QStringLiteral("score"))
              .toDouble() == 70.0);
}

TEST_CASE("cli: a framework from $ITA_PLANNER_FRAMEWORKS is used without rebuilding", "[cli]") {
    QTemporaryDir dir;
    // The FY2564 definition under another id and year stands in for a new year's file.
    QByteArray fw = test::readFile(QStringLiteral(ITA_SOURCE_DIR "/data/frameworks/fy2564.json"));
    fw.replace("\"ITA-2564\"", "\"ITA-2599\"").replace("2564,\n    2565\n  ]", "2599\n  ]");
    test::writeFile(dir.filePath(QStringLiteral("fy2599.json")), fw);
    const QString csv = dir.filePath(QStringLiteral("s.csv"));
    test::writeFile(csv, "code,score\nITA,90\nI1,95\n");
    const QStringList args = {QStringLiteral("classify"), csv,
                              QStringLiteral("--year"),   QStringLiteral("2599"),
                              QStringLiteral("--format"), QStringLiteral("json")};
    auto run = runCli(args);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("no framework for fiscal year 2599")));
    run = runCli(args, {}, {QStringLiteral("ITA_PLANNER_FRAMEWORKS=") + dir.path()});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(parseJson(run.out).object().value(QStringLiteral("framework")).toString() ==
          QStringLiteral("ITA-2599"));
}

TEST_CASE("cli: a database that is not ours is a clear bad-input error", "[cli]") {
    QTemporaryDir dir;
    const QString junk = dir.filePath(QStringLiteral("junk.itadb"));
    test::writeFile(junk, QByteArray(4096, 'x'));
    const auto run = runCli({QStringLiteral("list"), QStringLiteral("--db"), junk});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("not an ITA Planner file")));
}

TEST_CASE("cli: export writes the report as PDF and ODT, the progress report and both CSVs",
          "[cli][export][both]") {
    QTemporaryDir dir;
    const QString db = test::scratchStore(dir, QStringLiteral("s.itadb"));
    REQUIRE(runCli({QStringLiteral("sample"), QStringLiteral("--db"), db}).exitCode == 0);
    const QStringList base{
        QStringLiteral("export"),   QStringLiteral("--db"),         db,
        QStringLiteral("--agency"), QStringLiteral("สำนักงาน กกพ."), QStringLiteral("--year"),
        QStringLiteral("2564"),     QStringLiteral("--as-of"),      QStringLiteral("2565-03-31")};
    auto exportTo = [&](const QString &format, const QString &name, QStringList extra = {}) {
        const QString out = dir.filePath(name);
        const auto run = runCli(
            base + QStringList{QStringLiteral("--format"), format, QStringLiteral("--out"), out} +
            extra);
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
        return test::readFile(out);
    };
    const QByteArray pdf = exportTo(QStringLiteral("pdf"), QStringLiteral("r.pdf"));
    CHECK(pdf.startsWith("%PDF-1.6"));
    CHECK(pdf.contains("/FontFile2")); // an embedded TrueType font
    CHECK(exportTo(QStringLiteral("progress-pdf"), QStringLiteral("p.pdf")).startsWith("%PDF"));
    const QByteArray odt = exportTo(QStringLiteral("odt"), QStringLiteral("r.odt"));
    CHECK(odt.startsWith("PK"));
    CHECK(odt.mid(30, 8) == "mimetype"); // the first entry of an OpenDocument package
    CHECK(odt.contains("application/vnd.oasis.opendocument.text"));
    const QByteArray docx = exportTo(QStringLiteral("docx"), QStringLiteral("r.docx"));
    CHECK(docx.startsWith("PK"));
    CHECK(docx.contains("word/document.xml"));
    CHECK(exportTo(QStringLiteral("progress-docx"), QStringLiteral("p.docx")).startsWith("PK"));
    const QByteArray plan = exportTo(QStringLiteral("plan-csv"), QStringLiteral("p.csv"),
                                     {QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(plan.startsWith("\xEF\xBB\xBF"
                          "agency,fiscal_year,measure"));
    const QByteArray scores = exportTo(QStringLiteral("csv"), QStringLiteral("s.csv"));
    CHECK(scores.startsWith("\xEF\xBB\xBF"));
    CHECK(QString::fromUtf8(scores).contains(QStringLiteral("E13,")));

    // Sections and digits are checked; unknown ones are usage errors.
    const QString bad = dir.filePath(QStringLiteral("bad.pdf"));
    CHECK(runCli(base + QStringList{QStringLiteral("--format"), QStringLiteral("pdf"),
                                    QStringLiteral("--out"), bad, QStringLiteral("--sections"),
                                    QStringLiteral("scores,nonsense")})
              .exitCode == 2);
    CHECK(runCli(base + QStringList{QStringLiteral("--format"), QStringLiteral("rtf"),
                                    QStringLiteral("--out"), bad})
              .exitCode == 2);
    CHECK(runCli(base + QStringList{QStringLiteral("--format"), QStringLiteral("pdf"),
                                    QStringLiteral("--out"), bad, QStringLiteral("--digits"),
                                    QStringLiteral("roman")})
              .exitCode == 2);
    CHECK_FALSE(QFile::exists(bad));
    // An agency that is not in the file: bad input, named.
    const auto missing =
        runCli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--agency"),
                QStringLiteral("กรม ไม่มี"), QStringLiteral("--year"), QStringLiteral("2564"),
                QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), bad});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("กรม ไม่มี")));
}

TEST_CASE("cli: plan --format csv neutralises formulas, as every CSV the product writes does",
          "[cli][csv][plan][both]") {
    QTemporaryDir dir;
    const QString db = sampleDb(dir);
    {
        auto opened = Database::open(db);
        REQUIRE(opened.ok());
        PlanRepository plans(**opened);
        auto plan = plans.load(agency, 2565);
        REQUIRE(plan.ok());
        plan->measures[0].title = QStringLiteral("+cmd|' /C calc'!A0");
        plan->measures[0].steps[0].text = QStringLiteral("=HYPERLINK(\"http://example.invalid\")");
        REQUIRE(plans.save(*plan, true).isEmpty());
    }
    const auto run =
        runCli({QStringLiteral("plan"), QStringLiteral("--db"), db, QStringLiteral("--agency"),
                agency, QStringLiteral("--year"), QStringLiteral("2565"),
                QStringLiteral("--format"), QStringLiteral("csv")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const auto parsed = csv::parse(run.out);
    REQUIRE(parsed.ok());
    REQUIRE(parsed.records.size() > 1);
    bool sawFormula = false;
    for (const auto &record : parsed.records)
        for (const QString &cell : record.fields) {
            // No cell may start a formula; the two typed ones come out prefixed with '.
            INFO(cell.toStdString());
            CHECK_FALSE((cell.startsWith(u'=') || cell.startsWith(u'+') || cell.startsWith(u'@')));
            sawFormula =
                sawFormula || cell == QStringLiteral("'=HYPERLINK(\"http://example.invalid\")");
        }
    CHECK(sawFormula);
    CHECK(run.out.contains(QStringLiteral("'+cmd|")));
}

TEST_CASE("cli: messages follow the system language unless --lang says otherwise", "[cli][i18n]") {
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    test::writeFile(bad, "code,score\nI1,9O.5\n");
    const QStringList classify{QStringLiteral("classify"), bad};
    const QString thai = QStringLiteral("bad.csv:2: คะแนน \"9O.5\" ของ I1 ไม่ใช่ตัวเลข");
    const QString english = QStringLiteral("bad.csv:2: score \"9O.5\" of I1 is not a number");

    auto run =
        runCli(classify, {}, {QStringLiteral("LANG=th_TH.UTF-8"), QStringLiteral("LC_ALL=")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(thai));
    run = runCli(classify, {}, {QStringLiteral("LANG=C.UTF-8"), QStringLiteral("LC_ALL=")});
    CHECK(run.err.contains(english));
    run = runCli(classify + QStringList{QStringLiteral("--lang"), QStringLiteral("en")}, {},
                 {QStringLiteral("LANG=th_TH.UTF-8"), QStringLiteral("LC_ALL=")});
    CHECK(run.err.contains(english));
    run = runCli(classify + QStringList{QStringLiteral("--lang"), QStringLiteral("th")}, {},
                 {QStringLiteral("LANG=C.UTF-8"), QStringLiteral("LC_ALL=")});
    CHECK(run.err.contains(thai));
    // The command line's own messages too: a usage error, and what a command reports.
    run = runCli({QStringLiteral("classify"), bad, QStringLiteral("--year"), QStringLiteral("25x")},
                 {}, {QStringLiteral("LANG=th_TH.UTF-8"), QStringLiteral("LC_ALL=")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("--year ต้องเป็นปีพุทธศักราช เช่น 2564 ไม่ใช่ \"25x\"")));
    run = runCli(
        {QStringLiteral("sample"), QStringLiteral("--db"), dir.filePath(QStringLiteral("t.itadb"))},
        {}, {QStringLiteral("LANG=th_TH.UTF-8"), QStringLiteral("LC_ALL=")});
    CHECK(run.out.contains(QStringLiteral("บันทึกข้อมูลตัวอย่างลงใน")));
    // --help: the command list, a command's description, its options and Qt's own words.
    const QStringList thaiEnv{QStringLiteral("LANG=th_TH.UTF-8"), QStringLiteral("LC_ALL=")};
    run = runCli({QStringLiteral("--help")}, {}, thaiEnv);
    CHECK(run.out.contains(QStringLiteral("จัดกลุ่มข้อคำถามเป็น รักษาระดับ")));
    CHECK_FALSE(run.out.contains(QStringLiteral("Commands:")));
    run = runCli({QStringLiteral("classify"), QStringLiteral("--help")}, {}, thaiEnv);
    CHECK(run.exitCode == 0);
    for (const char *english : {"Options:", "Usage:", "Displays help", "The .itadb database file",
                                "Output format", "Fixed threshold"})
        CHECK_FALSE(run.out.contains(QLatin1String(english)));
    CHECK(run.out.contains(QStringLiteral("แฟ้มฐานข้อมูล .itadb หรือฐานข้อมูลบนเซิร์ฟเวอร์")));
    CHECK(run.out.contains(QStringLiteral("ตัวเลือก:")));
    run = runCli({QStringLiteral("framework"), QStringLiteral("new"), QStringLiteral("--help")}, {},
                 thaiEnv);
    CHECK(run.out.contains(QStringLiteral("รหัสของกรอบการประเมินใหม่")));
    run = runCli({QStringLiteral("classify"), QStringLiteral("--help")}, {},
                 {QStringLiteral("LANG=C.UTF-8"), QStringLiteral("LC_ALL=")});
    CHECK(run.out.contains(QStringLiteral("The .itadb database file, or a server database")));
    // A framework's problems too: the built-in FY2564 with IIT weighing 0.25.
    const QString json = dir.filePath(QStringLiteral("fw.json"));
    REQUIRE(
        runCli({QStringLiteral("framework"), QStringLiteral("export"), QStringLiteral("ITA-2564"),
                QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), json})
            .exitCode == 0);
    QByteArray bytes = test::readFile(json);
    REQUIRE(bytes.contains("\"weight\": 0.3,"));
    bytes.replace(bytes.indexOf("\"weight\": 0.3,"), 14, "\"weight\": 0.25,");
    test::writeFile(json, bytes);
    run = runCli({QStringLiteral("framework"), QStringLiteral("check"), json}, {},
                 {QStringLiteral("LANG=th_TH.UTF-8"), QStringLiteral("LC_ALL=")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("น้ำหนักของเครื่องมือรวมกันต้องเท่ากับ 1 (ตอนนี้รวมได้ 0.9500)")));

    // A sound framework whose analysis role went with a replaced item: still sound (exit 0),
    // but the check warns that the report cannot name the item (issue 25).
    bytes.replace("\"weight\": 0.25,", "\"weight\": 0.3,");
    REQUIRE(bytes.contains("\"role\": \"analysis\""));
    bytes.replace("\"role\": \"analysis\"", "\"role\": \"\"");
    test::writeFile(json, bytes);
    run = runCli({QStringLiteral("framework"), QStringLiteral("check"), json}, {},
                 {QStringLiteral("LANG=C.UTF-8"), QStringLiteral("LC_ALL=")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("is sound")));
    CHECK(run.err.contains(QStringLiteral("warning: no item has the")));
    CHECK(run.err.contains(QStringLiteral("cannot name the item the analysis is published under")));
    CHECK_FALSE(run.err.contains(QStringLiteral("progress report")));
}

TEST_CASE("cli: every command and subcommand takes --lang, one rule for all", "[cli][i18n]") {
    const QStringList commands{
        QStringLiteral("import"),     QStringLiteral("classify"), QStringLiteral("validate"),
        QStringLiteral("export"),     QStringLiteral("list"),     QStringLiteral("sample"),
        QStringLiteral("frameworks"), QStringLiteral("whatif"),   QStringLiteral("target"),
        QStringLiteral("plan"),       QStringLiteral("audit")};
    std::vector<QStringList> calls;
    for (const QString &c : commands)
        calls.push_back({c});
    for (const char *sub : {"list", "export", "import", "new", "check"})
        calls.push_back({QStringLiteral("framework"), QLatin1String(sub)});
    for (QStringList call : calls) {
        call << QStringLiteral("--lang") << QStringLiteral("th") << QStringLiteral("--help");
        const auto run = runCli(call);
        INFO(call.join(u' ').toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("--lang")));
        CHECK(run.out.contains(QStringLiteral("ตัวเลือก:"))); // and --help is then in Thai
    }
}

TEST_CASE("cli: a terminal escape in a name is shown escaped, not sent to the terminal",
          "[cli][issue24]") {
    // Issue 24: "\x1b]0;…\x07" in an agency's name set the terminal's title through `list`.
    QTemporaryDir dir;
    const QString db = test::scratchStore(dir, QStringLiteral("e.itadb"));
    const QString csv = dir.filePath(QStringLiteral("e.csv"));
    test::writeFile(csv, "agency,year,code,score\n"
                         "\"กรม\x1b]0;pwned\x07 ก\",2564,ITA,88.00\n");
    const auto imported = runCli({QStringLiteral("import"), csv, QStringLiteral("--db"), db});
    REQUIRE(imported.exitCode == 0);
    CHECK_FALSE(imported.out.contains(QChar(0x1B)));
    CHECK(imported.out.contains(QStringLiteral("กรม\\x1B]0;pwned\\x07 ก")));
    const auto listed = runCli({QStringLiteral("list"), QStringLiteral("--db"), db});
    REQUIRE(listed.exitCode == 0);
    CHECK_FALSE(listed.out.contains(QChar(0x1B)));
    CHECK_FALSE(listed.out.contains(QChar(0x07)));
    CHECK(listed.out.contains(QStringLiteral("กรม\\x1B]0;pwned\\x07 ก")));
    // JSON keeps the name as stored (escaped the JSON way): it is data, not text for a terminal.
    const auto json = runCli({QStringLiteral("list"), QStringLiteral("--db"), db,
                              QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(json.exitCode == 0);
    const auto parsed = QJsonDocument::fromJson(json.out.toUtf8());
    REQUIRE(parsed.isArray());
    CHECK(parsed.array().at(0).toObject().value(QStringLiteral("agency")).toString() ==
          QStringLiteral("กรม\x1b]0;pwned\x07 ก"));
}
