// README claims about the command line that no other test made: each test names the claim it
// backs, and fails when the program stops doing what the README says.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace ita;
using test::runCli;

namespace {

const QString kAgency = QStringLiteral("สำนักงาน กกพ.");

QString sampleDb(const QTemporaryDir &dir) {
    return test::sampleDbByCli(dir);
}

QStringList who(const QString &db, const char *year = "2564") {
    return {QStringLiteral("--db"),     db,
            QStringLiteral("--agency"), kAgency,
            QStringLiteral("--year"),   QString::fromLatin1(year)};
}

} // namespace

TEST_CASE("cli claim: frameworks lists the built-in years and a folder's own", "[cli][claims]") {
    auto run = runCli({QStringLiteral("frameworks")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("ITA-2564")));
    CHECK(run.out.contains(QStringLiteral("2565"))); // the years it serves
}

TEST_CASE("cli claim: classify --fixed moves the urgent line", "[cli][claims]") {
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("s.csv"));
    test::writeFile(csv, "code,score\nITA,90.00\nI1,95.00\nI2,89.99\nI3,84.99\n");
    const QStringList base{QStringLiteral("classify"), csv, QStringLiteral("--format"),
                           QStringLiteral("csv")};
    CHECK(runCli(base).out.contains(QStringLiteral(",84.99,B,urgent")));
    // Below 84.00 is urgent now: 84.99 becomes improve, 89.99 stays improve.
    const auto fixed =
        runCli(base + QStringList{QStringLiteral("--fixed"), QStringLiteral("84.00")});
    CHECK(fixed.out.contains(QStringLiteral(",84.99,B,improve")));
    CHECK(runCli(base + QStringList{QStringLiteral("--fixed"), QStringLiteral("101")}).exitCode ==
          2);
}

TEST_CASE("cli claim: export --out - writes to standard output, --digits thai and progress-odt",
          "[tools][cli][claims][both]") {
    QTemporaryDir dir;
    const QString db = sampleDb(dir);
    auto run = runCli(QStringList{QStringLiteral("export")} + who(db) +
                      QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                  QStringLiteral("--out"), QStringLiteral("-")});
    REQUIRE(run.exitCode == 0);
    CHECK(QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("agency")) ==
          kAgency);
    // Thai digits reach the editable report's text: 92.55 is written ๙๒.๕๕.
    const QString docx = dir.filePath(QStringLiteral("thai.docx"));
    run = runCli(QStringList{QStringLiteral("export")} + who(db) +
                 QStringList{QStringLiteral("--format"), QStringLiteral("docx"),
                             QStringLiteral("--digits"), QStringLiteral("thai"),
                             QStringLiteral("--lang"), QStringLiteral("th"),
                             QStringLiteral("--out"), docx});
    REQUIRE(run.exitCode == 0);
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"),
                {QStringLiteral("-p"), docx, QStringLiteral("word/document.xml")});
    REQUIRE(unzip.waitForFinished(30000));
    const QString xml = QString::fromUtf8(unzip.readAllStandardOutput());
    CHECK(xml.contains(QStringLiteral("๙๒.๕๕")));
    CHECK_FALSE(xml.contains(QStringLiteral("92.55")));
    const QString odt = dir.filePath(QStringLiteral("p.odt"));
    run = runCli(QStringList{QStringLiteral("export")} + who(db) +
                 QStringList{QStringLiteral("--format"), QStringLiteral("progress-odt"),
                             QStringLiteral("--as-of"), QStringLiteral("2565-03-31"),
                             QStringLiteral("--out"), odt});
    REQUIRE(run.exitCode == 0);
    CHECK(test::readFile(odt).mid(30, 8) == "mimetype");
}

TEST_CASE("cli claim: plan --import --replace overwrites a stored plan", "[cli][claims][both]") {
    QTemporaryDir dir;
    const QString db = sampleDb(dir);
    auto run = runCli(QStringList{QStringLiteral("plan")} + who(db, "2565") +
                      QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(run.exitCode == 0);
    QJsonObject plan = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QJsonArray measures = plan.value(QStringLiteral("measures")).toArray();
    REQUIRE(measures.size() > 1);
    measures.removeLast();
    plan.insert(QStringLiteral("measures"), measures);
    const QString file = dir.filePath(QStringLiteral("shorter.json"));
    test::writeFile(file, QJsonDocument(plan).toJson());
    const QStringList import{QStringLiteral("plan"), QStringLiteral("--db"), db,
                             QStringLiteral("--import"), file};
    CHECK(runCli(import).exitCode == 1); // refused: the plan exists
    run = runCli(import + QStringList{QStringLiteral("--replace")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    run = runCli(QStringList{QStringLiteral("plan")} + who(db, "2565") +
                 QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(QJsonDocument::fromJson(run.out.toUtf8())
              .object()
              .value(QStringLiteral("measures"))
              .toArray()
              .size() == measures.size());
}

TEST_CASE("cli claim: framework import takes a JSON file, and a bad one is refused with its "
          "line and nothing stored",
          "[cli][claims][framework]") {
    QTemporaryDir dir;
    const QString db = sampleDb(dir);
    const QString json = dir.filePath(QStringLiteral("fw.json"));
    REQUIRE(
        runCli({QStringLiteral("framework"), QStringLiteral("export"), QStringLiteral("ITA-2564"),
                QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), json})
            .exitCode == 0);
    // The same design for FY2570 under a new id.
    QJsonObject fw = QJsonDocument::fromJson(test::readFile(json)).object();
    fw.insert(QStringLiteral("id"), QStringLiteral("ITA-2570"));
    fw.insert(QStringLiteral("fiscal_years"), QJsonArray{2570});
    test::writeFile(json, QJsonDocument(fw).toJson());
    auto run = runCli(
        {QStringLiteral("framework"), QStringLiteral("import"), json, QStringLiteral("--db"), db});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    run = runCli({QStringLiteral("framework"), QStringLiteral("list"), QStringLiteral("--db"), db,
                  QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(run.out.contains(QStringLiteral("ITA-2570")));

    // A tool weighing 0.25 breaks the sum of weights: refused, named, nothing stored.
    QByteArray bad = test::readFile(json);
    bad.replace("\"ITA-2570\"", "\"ITA-2571\"");
    bad.replace("2570", "2571");
    const int weight = int(bad.indexOf("\"weight\""));
    REQUIRE(weight > 0);
    const int colon = int(bad.indexOf(':', weight));
    const int end = int(bad.indexOf(',', colon));
    bad.replace(colon + 1, end - colon - 1, " 0.25");
    const QString badFile = dir.filePath(QStringLiteral("bad.json"));
    test::writeFile(badFile, bad);
    const QString before = test::dumpDatabase(db);
    run = runCli({QStringLiteral("framework"), QStringLiteral("import"), badFile,
                  QStringLiteral("--db"), db});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("bad.json")));
    CHECK(test::dumpDatabase(db) == before);
}

TEST_CASE("cli claim: framework new --from copies a named framework and export --format csv writes "
          "the rating CSV beside the structure",
          "[cli][claims][framework]") {
    QTemporaryDir dir;
    const QString db = sampleDb(dir);
    auto run =
        runCli({QStringLiteral("framework"), QStringLiteral("new"), QStringLiteral("--db"), db,
                QStringLiteral("--from"), QStringLiteral("ITA-2564"), QStringLiteral("--id"),
                QStringLiteral("ITA-2569-X"), QStringLiteral("--years"), QStringLiteral("2569"),
                QStringLiteral("--lang"), QStringLiteral("en")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    // The tree is ITA-2564's; the rating is the one in force for 2569, and the output says so
    // (issue 25: the copy kept the AA–F grades the NACC replaced in FY2566).
    CHECK(run.out.contains(QStringLiteral("instead of ITA-2564's AA–F grades")));
    const QString structure = dir.filePath(QStringLiteral("x.csv"));
    run =
        runCli({QStringLiteral("framework"), QStringLiteral("export"), QStringLiteral("ITA-2569-X"),
                QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("csv"),
                QStringLiteral("--out"), structure});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(test::readFile(structure).contains("E13"));
    // The rating CSV's default name: the structure's with .rating.csv.
    const QByteArray rating = test::readFile(dir.filePath(QStringLiteral("x.rating.csv")));
    CHECK(rating.contains("ผ่านดีเยี่ยม"));
    CHECK_FALSE(rating.contains("AA,"));
    // --from names a framework that does not exist: refused.
    run = runCli({QStringLiteral("framework"), QStringLiteral("new"), QStringLiteral("--db"), db,
                  QStringLiteral("--from"), QStringLiteral("ITA-1999"), QStringLiteral("--years"),
                  QStringLiteral("2570")});
    CHECK(run.exitCode != 0);
}
