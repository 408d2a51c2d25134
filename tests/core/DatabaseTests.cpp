#include "TestSupport.h"

#include "io/FrameworkWriter.h"
#include "io/Sample.h"
#include "io/ScoresIo.h"
#include "storage/AssessmentRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/PortfolioLoader.h"
#include "storage/SampleStore.h"
#include "storage/StateLedger.h"

#include <QFile>
#include <QSqlQuery>
#include <QVariant>

#include <nlohmann/json.hpp>

#include <functional>

using namespace ita;

namespace {

std::unique_ptr<Database> openOrFail(const QString &path, Database::Options options = {}) {
    auto db = Database::open(path, options);
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    return db.take();
}

QVariant scalar(Database &db, const QString &sql) {
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0);
}

Assessment small(const char *agency, int year, qint64 overall) {
    Assessment a;
    a.agency = QString::fromUtf8(agency);
    a.fiscalYear = year;
    a.frameworkId = QStringLiteral("ITA-2564");
    ScoreEntry e;
    e.code = QStringLiteral("ITA");
    e.stated = Score::fromHundredths(overall);
    a.entries.push_back(e);
    return a;
}

} // namespace

TEST_CASE("a new file has the current schema, foreign keys and WAL", "[db]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.itadb"));
    auto db = openOrFail(path);
    CHECK(db->version() == Database::schemaVersion);
    CHECK(scalar(*db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(scalar(*db, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(scalar(*db, QStringLiteral("PRAGMA application_id")).toInt() == Database::applicationId);
}

TEST_CASE("assessments are stored and loaded unchanged, computed scores beside stated", "[db]") {
    QTemporaryDir dir;
    auto db = openOrFail(dir.filePath(QStringLiteral("a.itadb")));
    AssessmentRepository repo(*db);
    const Assessment sample = test::sampleAssessment();
    REQUIRE(repo.save({sample}, FrameworkRegistry::builtIn(), false).isEmpty());

    const auto loaded = repo.load(sample.agency, 2564);
    REQUIRE(loaded.ok());
    CHECK(*loaded == sample);

    const auto list = repo.list();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    CHECK(list->front().agency == sample.agency);
    CHECK(list->front().frameworkId == QStringLiteral("ITA-2564"));

    // Stated kept as stated, computed kept beside it.
    CHECK(scalar(*db, QStringLiteral("SELECT stated_score FROM score_nodes WHERE code = '5'"))
              .toInt() == 9472);
    CHECK(scalar(*db, QStringLiteral("SELECT computed_score FROM score_nodes WHERE code = '5'"))
              .toInt() == 9473);
    CHECK(scalar(*db, QStringLiteral("SELECT stated_score FROM score_nodes WHERE code = 'IIT'"))
              .isNull());
    CHECK(scalar(*db, QStringLiteral("SELECT computed_score FROM score_nodes WHERE code = 'IIT'"))
              .toInt() == 9491);
    // The file holds the framework it used, so it opens anywhere.
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM frameworks WHERE id = 'ITA-2564'"))
              .toInt() == 1);
}

TEST_CASE("JSON → store → JSON is lossless", "[db][json]") {
    QTemporaryDir dir;
    auto db = openOrFail(dir.filePath(QStringLiteral("j.itadb")));
    Assessment a = test::sampleAssessment();
    a.fixedThreshold = Score::fromWhole(80);
    a.maintainThreshold = Score::fromHundredths(9100);
    const QByteArray json = writeAssessmentJson(a);
    const auto read =
        readAssessmentJson(json, QStringLiteral("j.json"), FrameworkRegistry::builtIn(), {});
    REQUIRE(read.ok());
    AssessmentRepository repo(*db);
    REQUIRE(repo.save(read.assessments, FrameworkRegistry::builtIn(), false).isEmpty());
    const auto loaded = repo.load(a.agency, a.fiscalYear);
    REQUIRE(loaded.ok());
    CHECK(writeAssessmentJson(*loaded) == json);
}

TEST_CASE("an agency and year already stored is refused unless replace", "[db]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.itadb"));
    auto db = openOrFail(path);
    AssessmentRepository repo(*db);
    REQUIRE(repo.save({small("กรม ก", 2564, 9000)}, FrameworkRegistry::builtIn(), false).isEmpty());
    const qint64 id = *repo.find(QStringLiteral("กรม ก"), 2564);

    const QString before = test::dumpDatabase(path);
    const QString error =
        repo.save({small("กรม ก", 2564, 8000)}, FrameworkRegistry::builtIn(), false);
    CHECK(error.contains(QStringLiteral("already has fiscal year 2564")));
    CHECK(error.contains(QStringLiteral("--replace")));
    CHECK(test::dumpDatabase(path) == before);

    REQUIRE(repo.save({small("กรม ก", 2564, 8000)}, FrameworkRegistry::builtIn(), true).isEmpty());
    CHECK(repo.load(QStringLiteral("กรม ก"), 2564)->entries.front().stated == Score::fromWhole(80));
    CHECK(*repo.find(QStringLiteral("กรม ก"), 2564) == id); // replaced in place
}

TEST_CASE("a refused import stores nothing: the content is unchanged", "[db]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.itadb"));
    auto db = openOrFail(path);
    AssessmentRepository repo(*db);
    REQUIRE(repo.save({small("กรม ก", 2564, 9000)}, FrameworkRegistry::builtIn(), false).isEmpty());
    const QString before = test::dumpDatabase(path);

    // The first assessment is new and would be written; the second clashes. All or nothing.
    const QString error = repo.save({small("กรม ข", 2564, 7000), small("กรม ก", 2564, 8000)},
                                    FrameworkRegistry::builtIn(), false);
    CHECK_FALSE(error.isEmpty());
    CHECK(test::dumpDatabase(path) == before);
    CHECK(*repo.find(QStringLiteral("กรม ข"), 2564) == 0);

    // A row the database itself rejects (out of range) also rolls everything back.
    Assessment bad = small("กรม ค", 2564, 9000);
    ScoreEntry e;
    e.code = QStringLiteral("I1");
    e.stated = Score::fromHundredths(10001);
    bad.entries.push_back(e);
    CHECK_FALSE(repo.save({small("กรม ง", 2564, 7000), bad}, FrameworkRegistry::builtIn(), false)
                    .isEmpty());
    CHECK(test::dumpDatabase(path) == before);
}

TEST_CASE("a version 1 file is migrated forward, with a copy taken first", "[db][migration]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.itadb"));
    {
        Database::Options v1;
        v1.migrateTo = 1;
        auto db = openOrFail(path, v1);
        REQUIRE(db->version() == 1);
        // Data as the first schema stored it: no thresholds, no computed scores.
        REQUIRE(db->exec(QStringLiteral("INSERT INTO agencies (id, name) VALUES (1, 'กรม ก')"))
                    .isEmpty());
        REQUIRE(db->exec(QStringLiteral("INSERT INTO assessments (id, agency_id, fiscal_year, "
                                        "framework_id) VALUES (1, 1, 2564, 'ITA-2564')"))
                    .isEmpty());
        REQUIRE(db->exec(QStringLiteral(
                             "INSERT INTO score_nodes (assessment_id, position, code, title, "
                             "stated_score, stated_grade) VALUES (1, 0, 'ITA', '', 9255, 'A'), "
                             "(1, 1, 'E1.1', 'ตามขั้นตอน', 8490, 'B'), "
                             "(1, 2, 'E1.2', '', 8164, 'B')"))
                    .isEmpty());
    }
    auto db = openOrFail(path);
    CHECK(db->version() == Database::schemaVersion);
    CHECK(QFile::exists(path + QStringLiteral(".v1.bak")));
    AssessmentRepository repo(*db);
    const auto a = repo.load(QStringLiteral("กรม ก"), 2564);
    REQUIRE(a.ok());
    REQUIRE(a->entries.size() == 3);
    CHECK(a->entries[1].title == QStringLiteral("ตามขั้นตอน"));
    CHECK_FALSE(a->maintainThreshold.has_value());
    // The migration stored the framework and the computed scores: E1 = (84.90 + 81.64) / 2.
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM frameworks")).toInt() == 1);
    CHECK(scalar(*db, QStringLiteral("SELECT computed_score FROM score_nodes WHERE code = 'ITA'"))
              .toInt() == 8327);

    // The backup is still the version 1 file.
    auto backup = openOrFail(path + QStringLiteral(".v1.bak"), {true, 0, false});
    CHECK(backup->version() == 1);
}

TEST_CASE("files that are not ours, or newer than us, are refused without harm", "[db]") {
    QTemporaryDir dir;
    const QString newer = dir.filePath(QStringLiteral("newer.itadb"));
    {
        auto db = openOrFail(newer);
        REQUIRE(db->exec(QStringLiteral("PRAGMA user_version = 99")).isEmpty());
    }
    const QByteArray newerBytes = test::readFile(newer);
    auto r = Database::open(newer);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(QStringLiteral("newer ITA Planner (schema 99")));
    CHECK(test::readFile(newer) == newerBytes);

    const QString text = dir.filePath(QStringLiteral("notes.itadb"));
    test::writeFile(text, QByteArray("this is not a database, just some text\n").repeated(200));
    r = Database::open(text);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(QStringLiteral("not an ITA Planner file")));

    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    {
        auto db = openOrFail(other, {false, 1, false});
        REQUIRE(db->exec(QStringLiteral("PRAGMA application_id = 42")).isEmpty());
    }
    r = Database::open(other);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(QStringLiteral("another program")));

    r = Database::open(dir.filePath(QStringLiteral("missing.itadb")), {true, 0, true});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(QStringLiteral("no such file")));
}

TEST_CASE("the bundled sample is written by writeSample and can be written twice", "[db][sample]") {
    QTemporaryDir dir;
    auto db = openOrFail(dir.filePath(QStringLiteral("s.itadb")));
    REQUIRE(writeSample(*db).isEmpty());
    REQUIRE(writeSample(*db).isEmpty());
    AssessmentRepository repo(*db);
    const auto list = repo.list();
    REQUIRE(list->size() == 1);
    CHECK(list->front().agency == QStringLiteral("สำนักงาน กกพ."));
    CHECK(list->front().fiscalYear == 2564);
    // ITA, 3 tools, 10 indicators, 45 IIT/EIT items, 40 sub-items in the seed, 43 O-items.
    CHECK(repo.load(list->front().id)->entries.size() == 1 + 3 + 10 + 45 + 40 + 43);
}

TEST_CASE("a damaged file is refused on open with a message, not used", "[database][crash]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.itadb"));
    {
        auto db = Database::open(path);
        REQUIRE(db);
        REQUIRE(writeSample(**db).isEmpty());
        REQUIRE((*db)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).isEmpty());
    }
    // Overwrite pages in the middle of the file, where the score tables live.
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.size() > 64 * 1024);
    file.seek(file.size() / 2);
    file.write(QByteArray(16 * 1024, '\x55'));
    file.close();
    auto db = Database::open(path);
    REQUIRE_FALSE(db);
    CHECK(db.error().startsWith(path));
    CHECK(db.error().contains(QStringLiteral("damaged")));
    CHECK(db.error().contains(QStringLiteral(".bak"))); // and where to turn: the backups
}

TEST_CASE("a schema 6 file's version 1 framework gains the built-in roles and a rating scheme",
          "[db][migration][framework]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v6.itadb"));
    {
        Database::Options v6;
        v6.migrateTo = 6;
        auto db = openOrFail(path, v6);
        REQUIRE(db->version() == 6);
        // The FY2564 framework as files of schema 6 stored it: version 1, grades, no roles.
        nlohmann::json v1 = nlohmann::json::parse(writeFrameworkJson(test::fy2564()).toStdString());
        v1["version"] = 1;
        nlohmann::json grades = nlohmann::json::array();
        for (const auto &level : v1["rating"]["levels"])
            grades.push_back({{"grade", level["label"]["th"]}, {"min", level["min"]}});
        v1["grades"] = grades;
        v1.erase("rating");
        std::function<void(nlohmann::json &)> strip = [&](nlohmann::json &node) {
            if (node.is_object()) {
                node.erase("role");
                for (auto &[key, value] : node.items())
                    strip(value);
            } else if (node.is_array()) {
                for (auto &value : node)
                    strip(value);
            }
        };
        strip(v1);
        const QString text = QString::fromStdString(v1.dump());
        REQUIRE_FALSE(text.contains(QStringLiteral("\"role\"")));
        QSqlQuery insert(db->connection());
        insert.prepare(QStringLiteral("INSERT INTO frameworks (id, definition) VALUES (?, ?)"));
        insert.addBindValue(QStringLiteral("ITA-2564"));
        insert.addBindValue(text);
        REQUIRE(insert.exec());
    }
    auto db = openOrFail(path);
    CHECK(db->version() == Database::schemaVersion);
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT definition FROM frameworks WHERE id = 'ITA-2564'")));
    REQUIRE(q.next());
    const auto fw = readFramework(q.value(0).toString().toUtf8(), QStringLiteral("stored"));
    REQUIRE(fw.ok());
    CHECK(q.value(0).toString().contains(QStringLiteral("\"version\": 2")));
    CHECK(fw->codeFor(Role::Analysis) == QStringLiteral("O42"));
    CHECK(fw->codeFor(Role::Implementation) == QStringLiteral("O43"));
    CHECK(fw->rating == test::fy2564().rating);
}

TEST_CASE("claim: every file is opened in WAL mode with synchronous = FULL", "[db][claims]") {
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("c.itadb")));
    REQUIRE(db.ok());
    QSqlQuery q((*db)->connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA synchronous")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2); // FULL
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("wal"));
}

TEST_CASE("a schema 8 file gains the agencies' attributes and stays sealed", "[db][migration]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v8.itadb"));
    {
        Database::Options v8;
        v8.migrateTo = 8;
        auto db = openOrFail(path, v8);
        REQUIRE(db->version() == 8);
        Assessment a;
        a.agency = QStringLiteral("ก");
        a.fiscalYear = 2564;
        a.frameworkId = QStringLiteral("ITA-2564");
        ScoreEntry overall;
        overall.code = QStringLiteral("ITA");
        overall.stated = Score::parse(u"90")->value;
        a.entries.push_back(overall);
        REQUIRE(AssessmentRepository(*db).save({a}, FrameworkRegistry::builtIn(), false).isEmpty());
    }
    {
        // Read-only, the file is not migrated: it still lists, loads and verifies, with no
        // attributes (schema 8 has none).
        Database::Options readOnly;
        readOnly.readOnly = true;
        auto old = openOrFail(path, readOnly);
        REQUIRE(old->version() == 8);
        const auto list = AssessmentRepository(*old).list();
        INFO((list ? QString() : list.error()).toStdString());
        REQUIRE(list.ok());
        REQUIRE(list->size() == 1);
        const auto loaded = AssessmentRepository(*old).load(list->front().id);
        REQUIRE(loaded.ok());
        CHECK(loaded->attributes.isEmpty());
        const auto portfolio = loadPortfolio(*old, {2564, AgencyField::Province, QString()});
        REQUIRE(portfolio.ok());
        CHECK(portfolio->members.size() == 1); // every agency has no province there
        CHECK(AuditLog(*old).verify().ok);
    }
    auto db = openOrFail(path);
    CHECK(db->version() == Database::schemaVersion);
    const auto list = AssessmentRepository(*db).list();
    REQUIRE(list->size() == 1);
    CHECK(list->front().attributes.isEmpty());
    // The new ledger row of every agency is sealed by the upgrade: nothing reads as changed
    // outside the program.
    const auto verification = AuditLog(*db).verify();
    INFO(verification.outside.join(u'\n').toStdString());
    CHECK(verification.ok);
}

TEST_CASE("a schema 9 file's ledger is packed by the upgrade and keeps what was changed before",
          "[db][migration][ledger]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v9.itadb"));
    qint64 ledgerRows = 0;
    {
        Database::Options v9;
        v9.migrateTo = 9;
        auto db = openOrFail(path, v9);
        REQUIRE(db->version() == 9);
        REQUIRE(writeSample(*db).isEmpty());
        ledgerRows = scalar(*db, QStringLiteral("SELECT count(*) FROM state_ledger")).toLongLong();
        // One row per score row and more: the sample's 142 scores, its plan, its agency.
        REQUIRE(ledgerRows > 142);
        // Changed outside the program while the file was at schema 9.
        REQUIRE(db->exec(QStringLiteral("UPDATE score_nodes SET stated_score = 9500 WHERE code = "
                                        "'E13'"))
                    .isEmpty());
    }
    auto db = openOrFail(path);
    REQUIRE(db->version() == Database::schemaVersion);
    CHECK_FALSE(db->hasTable(QStringLiteral("state_ledger")));
    // One ledger row per assessment, plan, agency and framework, not one per score row.
    const qint64 keys = scalar(*db, QStringLiteral("SELECT (SELECT count(*) FROM assessments) + "
                                                   "(SELECT count(*) FROM plans) + (SELECT "
                                                   "count(*) FROM agencies) + (SELECT count(*) "
                                                   "FROM frameworks)"))
                            .toLongLong();
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM state_digests")).toLongLong() == keys);
    CHECK(keys < ledgerRows / 10);
    // Every row of the old ledger is in the packed one.
    qint64 packedRows = 0;
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT key FROM state_digests")));
    while (q.next()) {
        const auto rows = StateLedger(*db).sealed(q.value(0).toString());
        REQUIRE(rows.ok());
        packedRows += qint64(rows->size());
    }
    // Schema 11 added one row per unit (its roles), measure and step (their draft marks);
    // schema 13 one per plan (its website), OIT publication (its checklist) and OIT link.
    const qint64 added =
        scalar(*db, QStringLiteral("SELECT (SELECT count(*) FROM units) + (SELECT count(*) FROM "
                                   "measures) + (SELECT count(*) FROM steps) + (SELECT count(*) "
                                   "FROM plans) + (SELECT count(*) FROM oit_publications) + "
                                   "(SELECT count(*) FROM oit_links)"))
            .toLongLong();
    CHECK(packedRows == ledgerRows + added);
    // The outside change was transcribed, not sealed over: it is still named.
    const auto v = AuditLog(*db).verify();
    CHECK_FALSE(v.ok);
    CHECK(v.outside == QStringList{QStringLiteral("สำนักงาน กกพ. 2564, E13: changed outside ITA "
                                                  "Planner")});
}

TEST_CASE("a schema 10 file gains draft marks and unit roles, and an earlier outside change "
          "stays named",
          "[db][migration][ledger][draft]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v10.itadb"));
    {
        Database::Options v10;
        v10.migrateTo = 10;
        auto db = openOrFail(path, v10);
        REQUIRE(db->version() == 10);
        REQUIRE(writeSample(*db).isEmpty());
        REQUIRE(AuditLog(*db).verify().outside.isEmpty());
        // A step's text changed outside the program while the file was at schema 10.
        REQUIRE(db->exec(QStringLiteral("UPDATE steps SET text = 'แก้จากภายนอก' WHERE id = "
                                        "(SELECT min(id) FROM steps)"))
                    .isEmpty());
    }
    auto db = openOrFail(path);
    REQUIRE(db->version() == Database::schemaVersion);
    const auto v = AuditLog(*db).verify();
    // Named still (the upgrade added rows to the ledger, it did not seal it anew), and
    // nothing else: the new columns' rows are sealed as the upgrade made them.
    REQUIRE(v.outside.size() == 1);
    CHECK(v.outside.front().contains(QStringLiteral("step")));
    CHECK(v.outside.front().contains(QStringLiteral("changed outside ITA Planner")));
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM steps WHERE draft = ''")).toLongLong() ==
          scalar(*db, QStringLiteral("SELECT count(*) FROM steps")).toLongLong());
}

TEST_CASE("copy: a file into a new file is the same history and a broken source leaves no file",
          "[database][copy][cli]") {
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("s.itadb"));
    REQUIRE(test::runCli({QStringLiteral("sample"), QStringLiteral("--db"), source}).exitCode == 0);
    const QString copy = dir.filePath(QStringLiteral("copy.itadb"));
    auto run = test::runCli(
        {QStringLiteral("copy"), QStringLiteral("--from"), source, QStringLiteral("--to"), copy});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    // Every table's rows (ids included) as the source holds them.
    CHECK(test::dumpDatabase(copy) == test::dumpDatabase(source));
    // Not over an existing file.
    auto again = test::runCli(
        {QStringLiteral("copy"), QStringLiteral("--from"), source, QStringLiteral("--to"), copy});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("exists")));

    // A record of the trail changed outside the program: nothing is copied, and the file the
    // copy had begun is removed again.
    {
        auto db = Database::open(source);
        REQUIRE(db);
        test::editTrailBehindGuards((*db)->connection(),
                                    QStringLiteral("UPDATE audit_log SET who = 'x' WHERE id = 1"));
    }
    const QString refused = dir.filePath(QStringLiteral("refused.itadb"));
    auto broken = test::runCli({QStringLiteral("copy"), QStringLiteral("--from"), source,
                                QStringLiteral("--to"), refused});
    CHECK(broken.exitCode == 1);
    CHECK(broken.err.contains(QStringLiteral("is not copied")));
    for (const char *suffix : {"", "-wal", "-shm"})
        CHECK_FALSE(QFile::exists(refused + QString::fromLatin1(suffix)));
}
