// Issue 24, "Nothing lost, nothing falsely accused": a full disk in the middle of an import, text
// that would not read back as it was written, a copy of a file that is open, an empty file.
#include "FullDisk.h"
#include "TestSupport.h"

#include "document/Workspace.h"
#include "domain/Text.h"
#include "io/Csv.h"
#include "io/JsonUtil.h"
#include "io/ScoresIo.h"
#include "storage/AuditLog.h"
#include "storage/SampleStore.h"
#include "storage/SqliteScoresWriter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>
#include <QVariant>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace ita;
using test::runCli;

namespace {

/// `agencies` × `years` assessments of the ITA-2564 items, indicators and overall.
QByteArray scoresCsv(int agencies, const std::vector<int> &years, int offset = 0) {
    QByteArray csv = "agency,year,code,score\n";
    int row = 0;
    for (int a = 0; a < agencies; ++a)
        for (int year : years)
            for (const auto &node : test::fy2564().nodes) {
                if (node.level != Level::Item && node.level != Level::Indicator &&
                    node.level != Level::Overall)
                    continue;
                csv += "หน่วยงาน " + QByteArray::number(a + 1) + "," + QByteArray::number(year) +
                       "," + node.code.toLatin1() + "," +
                       QByteArray::number(60 + (a * 7 + row + offset) % 40) + ".25\n";
                ++row;
            }
    return csv;
}

QString verifyMessage(const QString &path) {
    Database::Options options;
    options.readOnly = true;
    auto db = Database::open(path, options);
    REQUIRE(db);
    const AuditLog::Verification v = AuditLog(**db).verify();
    return v.ok && v.outside.isEmpty() ? QString() : v.message + u'\n' + v.outside.join(u'\n');
}

/// The CLI's import of `csv` with --replace, in this process, with `room` bytes left on the disk
/// (FullDisk). The error, or empty when it was stored.
QString importWithRoomFor(const QString &path, const QByteArray &csv, qint64 room, int *refusals) {
    test::FullDisk disk(room);
    QString error;
    {
        auto db = Database::open(path);
        if (!db)
            return db.error();
        QByteArray bytes = csv;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        SqliteScoresWriter writer(**db, FrameworkRegistry::builtIn(), {true, false});
        StreamResult read;
        error = (*db)->transact([&]() -> QString {
            if (QString e = writer.start(); !e.isEmpty())
                return e;
            read = readScoresCsv(buffer, QStringLiteral("big.csv"), FrameworkRegistry::builtIn(),
                                 {}, writer);
            if (!read.ok())
                return read.diagnostics.empty() ? QStringLiteral("refused")
                                                : read.diagnostics.front().toString();
            return writer.finish(read.attributes);
        });
        writer.close();
    } // closed while the disk is still full: its close may not write either
    *refusals = disk.refusals();
    return error;
}

} // namespace

TEST_CASE("full disk: an import --replace that runs out of room stores nothing and accuses "
          "nothing",
          "[reliability][import]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("f.itadb"));
    const QString small = dir.filePath(QStringLiteral("small.csv"));
    test::writeFile(small, scoresCsv(40, {2564}));
    {
        const auto run = runCli({QStringLiteral("import"), small, QStringLiteral("--db"), path});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
    }
    const QString before = test::dumpDatabase(path);
    // 300 agencies × 2 years over the 40: the room runs out at each of these points of the
    // import (agencies, score rows, ledger rows, the trail, the commit); each time SQLite may
    // have ended the transaction itself, and nothing written after that may reach the file.
    const QByteArray big = scoresCsv(300, {2564, 2565}, 3);
    int refused = 0;
    for (qint64 room = 0; room <= 64 << 20; room = room * 2 + 4096) {
        CAPTURE(room);
        int refusals = 0;
        const QString error = importWithRoomFor(path, big, room, &refusals);
        INFO(error.toStdString());
        if (error.isEmpty()) {
            // There was room for the transaction (a refusal can still come after its commit,
            // when the log is folded into the file on close): stored whole, and intact.
            CHECK(verifyMessage(path).isEmpty());
            CHECK(test::dumpDatabase(path) != before);
            break;
        }
        CHECK(refusals > 0);
        ++refused;
        CHECK_FALSE(error.isEmpty());
        CHECK((error.contains(QStringLiteral("disk is full")) ||
               error.contains(QStringLiteral("was undone"))));
        CHECK(test::dumpDatabase(path) == before);
        CHECK(verifyMessage(path).isEmpty());
    }
    CHECK(refused >= 8);
}

TEST_CASE("full disk: SQLite's own rollback ends the transaction, and no later write commits "
          "alone",
          "[reliability][db]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("g.itadb"));
    auto db = Database::open(path);
    REQUIRE(db);
    REQUIRE((*db)->exec(QStringLiteral("CREATE TABLE t (x)")).isEmpty());
    QSqlQuery q((*db)->connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA page_count")));
    REQUIRE(q.next());
    REQUIRE(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(q.value(0).toInt() + 2)));
    bool sawFull = false;
    const QString error = (*db)->transact([&]() -> QString {
        // A row larger than the room left: SQLITE_FULL, and SQLite rolls the whole
        // transaction back (a one-row statement keeps no statement journal).
        const QString full =
            (*db)->exec(QStringLiteral("INSERT INTO t VALUES (zeroblob(1000000))"));
        sawFull = full.contains(QStringLiteral("full"));
        // Code that does not notice goes on writing: before the guard this row committed on
        // its own, outside the transaction.
        (void)(*db)->exec(QStringLiteral("INSERT INTO t VALUES (1)")); // its error is ignored
        return QString();
    });
    CHECK(sawFull);
    INFO(error.toStdString());
    CHECK(error.contains(QStringLiteral("was undone")));
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM t")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    // The connection is usable afterwards: the next transaction commits as usual.
    REQUIRE(q.exec(QStringLiteral("PRAGMA max_page_count = 1000000")));
    CHECK((*db)
              ->transact([&] { return (*db)->exec(QStringLiteral("INSERT INTO t VALUES (2)")); })
              .isEmpty());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM t")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
}

TEST_CASE("full disk: a failed new file is removed with its rollback journal", "[reliability]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.itadb"));
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        test::writeFile(path + QString::fromLatin1(suffix), "x");
    Database::removeFile(path);
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        CHECK_FALSE(QFile::exists(path + QString::fromLatin1(suffix)));
}

TEST_CASE("odd characters: noncharacters and NUL are refused on input with their line",
          "[reliability][import]") {
    CHECK(isForbiddenCharacter(0xFFFE));
    CHECK(isForbiddenCharacter(0xFFFF));
    CHECK(isForbiddenCharacter(0xFDD0));
    CHECK(isForbiddenCharacter(0x1FFFF));
    CHECK(isForbiddenCharacter(0));
    CHECK_FALSE(isForbiddenCharacter(0xFFFD));
    CHECK_FALSE(isForbiddenCharacter(U'ก'));
    CHECK_FALSE(isForbiddenCharacter(0x1F600));

    // A scores CSV, streamed as UTF-8 and as Windows-874 (NUL is the one that can occur there).
    const auto readCsv = [](const QByteArray &bytes, TextEncoding encoding) {
        QByteArray copy = bytes;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        struct Nothing : ScoreSink {
            int runs = 0;
            QString take(const Assessment &, bool, int) override {
                ++runs;
                return {};
            }
        } sink;
        ImportOptions options;
        options.encoding = encoding;
        const StreamResult read = readScoresCsv(buffer, QStringLiteral("odd.csv"),
                                                FrameworkRegistry::builtIn(), options, sink);
        QStringList messages;
        for (const Diagnostic &d : read.diagnostics)
            messages << d.toString();
        return messages.join(u'\n');
    };
    const QByteArray header = "agency,year,code,score\nก,2564,ITA,90.00\n";
    for (const char *odd : {"\xEF\xBF\xBE", "\xEF\xBF\xBF", "\xEF\xB7\x90", "\xF0\x9F\xBF\xBF"}) {
        const QString messages =
            readCsv(header + "ข" + QByteArray(odd) + ",2564,ITA,80.00\n", TextEncoding::Utf8);
        INFO(messages.toStdString());
        CHECK(messages.contains(QStringLiteral("odd.csv:3:")));
        CHECK(messages.contains(QStringLiteral("not a character of text")));
    }
    {
        const QString messages =
            readCsv(header + QByteArray("\xA1\0,2564,ITA,80.00\n", 18), TextEncoding::Windows874);
        INFO(messages.toStdString());
        CHECK(messages.contains(QStringLiteral("odd.csv:3:")));
        CHECK(messages.contains(QStringLiteral("NUL")));
    }
    // Thai, emoji and U+FFFD itself are text.
    CHECK(readCsv(header + "ข \xF0\x9F\x98\x80 \xEF\xBF\xBD,2564,ITA,80.00\n", TextEncoding::Utf8)
              .isEmpty());

    // The decoded-text reader (framework and plan CSVs) names the line too.
    const auto parsed = csv::parse(QStringLiteral("code,title\nI1,ok\nI2,bad\uFFFF\n"));
    CHECK(parsed.errorLine == 3);
    CHECK(parsed.error.contains(QStringLiteral("U+FFFF")));

    // JSON: written as it is or as an escape, in a key or a value, on its line.
    for (const char *doc : {"{\n\"agency\": \"ก\",\n\"title\": \"x\\uFFFE\"\n}",
                            "{\n\"agency\": \"ก\",\n\"title\": \"x\xEF\xBF\xBF\"\n}",
                            "{\n\"agency\": \"ก\",\n\"title\": \"x\\u0000\"\n}",
                            "{\n\"agency\": \"ก\",\n\"title\": \"\\ud83f\\udfff\"\n}"}) {
        QString error;
        int line = 0;
        CHECK_FALSE(json::parse(QByteArray(doc), &error, &line));
        CHECK(line == 3);
        CHECK(!error.isEmpty());
    }
    // An escaped backslash before "u" is not an escape; U+FFFD and an emoji pair are text.
    for (const char *doc :
         {"{\"t\": \"\\\\uFFFE\"}", "{\"t\": \"\\uFFFD\"}", "{\"t\": \"\\ud83d\\ude00\"}"}) {
        QString error;
        CHECK(json::parse(QByteArray(doc), &error, nullptr));
        CHECK(error.isEmpty());
    }
}

TEST_CASE("odd characters: a file holding U+FFFE or U+FFFF verifies as intact", "[reliability]") {
    // Written by the import's own writer, past the readers that now refuse them: what a file
    // written by an earlier version holds. The digest at the import and at verification must
    // read the same text, though SQLite hands these back as U+FFFD.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("odd.itadb"));
    {
        auto db = Database::open(path);
        REQUIRE(db);
        Assessment a;
        a.agency = QStringLiteral("หน่วยงาน\uFFFE");
        a.fiscalYear = 2564;
        a.frameworkId = QStringLiteral("ITA-2564");
        ScoreEntry e;
        e.code = QStringLiteral("ITA");
        e.title = QStringLiteral("ชื่อ\uFFFF");
        e.stated = Score::fromWhole(90);
        a.entries.push_back(e);
        SqliteScoresWriter writer(**db, FrameworkRegistry::builtIn(), {});
        const QString error = (*db)->transact([&]() -> QString {
            if (QString e = writer.start(); !e.isEmpty())
                return e;
            if (QString e = writer.take(a, true, 2); !e.isEmpty())
                return e;
            return writer.finish({});
        });
        REQUIRE(error.isEmpty());
    }
    const QString problems = verifyMessage(path);
    INFO(problems.toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("copy of an open file: the .itadb alone holds every save", "[reliability][db]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("open.itadb"));
    // A window keeps the file open all along: the last connection's close, which folds the
    // write-ahead log in by itself, never comes.
    auto window = Database::open(path);
    REQUIRE(window);
    const QString csv = dir.filePath(QStringLiteral("s.csv"));
    test::writeFile(csv, scoresCsv(3, {2564}));
    // Another program (the command line) saves into it and exits.
    const auto run = runCli({QStringLiteral("import"), csv, QStringLiteral("--db"), path});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    // The file alone, as a person copies or mails it, without its -wal.
    const QString copy = dir.filePath(QStringLiteral("copy.itadb"));
    REQUIRE(QFile::copy(path, copy));
    const auto list = runCli({QStringLiteral("list"), QStringLiteral("--db"), copy});
    INFO(list.err.toStdString());
    CHECK(list.exitCode == 0);
    CHECK(list.out.count(QStringLiteral("หน่วยงาน")) == 3);

    // The window's own save reaches the file when it checkpoints (the window does when idle).
    REQUIRE((*window)
                ->transact([&] {
                    return (*window)->exec(QStringLiteral(
                        "UPDATE agencies SET province = 'ลำปาง' WHERE name = 'หน่วยงาน 1'"));
                })
                .isEmpty());
    (*window)->checkpoint();
    QFile::remove(copy);
    REQUIRE(QFile::copy(path, copy));
    const QString dump = test::dumpDatabase(copy);
    CHECK(dump.contains(QStringLiteral("ลำปาง")));
}

TEST_CASE("empty files: a copy without data and a zero-byte file are named, not queried",
          "[reliability][cli]") {
    QTemporaryDir dir;
    // What copying an open file's .itadb gave before: SQLite's header in WAL mode, no table.
    const QString hollow = dir.filePath(QStringLiteral("hollow.itadb"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("h"));
        db.setDatabaseName(hollow);
        REQUIRE(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("h"));
    REQUIRE(QFileInfo(hollow).size() > 0);
    const QString empty = dir.filePath(QStringLiteral("empty.itadb"));
    test::writeFile(empty, QByteArray());

    const QStringList readers[] = {
        {QStringLiteral("list")},
        {QStringLiteral("audit"), QStringLiteral("--verify")},
        {QStringLiteral("portfolio"), QStringLiteral("--year"), QStringLiteral("2564")},
        {QStringLiteral("classify"), QStringLiteral("--agency"), QStringLiteral("ก"),
         QStringLiteral("--year"), QStringLiteral("2564")},
        {QStringLiteral("plan"), QStringLiteral("--agency"), QStringLiteral("ก"),
         QStringLiteral("--year"), QStringLiteral("2565")},
    };
    for (const QStringList &command : readers) {
        CAPTURE(command.join(u' ').toStdString());
        const auto onHollow = runCli(command + QStringList{QStringLiteral("--db"), hollow});
        CHECK(onHollow.exitCode != 0);
        CHECK(onHollow.err.contains(QStringLiteral("holds no ITA Planner data")));
        CHECK(onHollow.err.contains(QStringLiteral("Save a Copy")));
        CHECK_FALSE(onHollow.err.contains(QStringLiteral("no such table")));
        const auto onEmpty = runCli(command + QStringList{QStringLiteral("--db"), empty});
        CHECK(onEmpty.exitCode != 0);
        CHECK(onEmpty.err.contains(QStringLiteral("is empty (0 bytes)")));
        CHECK_FALSE(onEmpty.err.contains(QStringLiteral("Parameter count")));
    }
    // Neither was made into a file by being looked at.
    CHECK(QFileInfo(empty).size() == 0);

    // Where a command makes files, a zero-byte file is a new one.
    const QString csv = dir.filePath(QStringLiteral("s.csv"));
    test::writeFile(csv, scoresCsv(1, {2564}));
    const auto import = runCli({QStringLiteral("import"), csv, QStringLiteral("--db"), empty});
    INFO(import.err.toStdString());
    CHECK(import.exitCode == 0);
    CHECK(runCli({QStringLiteral("list"), QStringLiteral("--db"), empty}).exitCode == 0);
}

TEST_CASE("copy of an open file: the window folds its saves into the file when idle",
          "[reliability][document]") {
    QTemporaryDir dir;
    const QString path = test::sampleDbByCli(dir);
    Workspace window;
    REQUIRE(window.openFile(path).isEmpty());
    // Another connection stays open (a second window, the command line in a loop): the last
    // close, which would fold the log in by itself, does not come.
    auto other = Database::open(path);
    REQUIRE(other);
    AgencyAttributes attributes;
    attributes.province = QStringLiteral("แม่ฮ่องสอน");
    REQUIRE(window.setAgencyAttributes(QStringLiteral("สำนักงาน กกพ."), attributes).isEmpty());
    // The .itadb alone, as copied: the saved text reaches it within a few idle seconds.
    const QByteArray saved = QStringLiteral("แม่ฮ่องสอน").toUtf8();
    CHECK(QTest::qWaitFor([&] { return test::readFile(path).contains(saved); }, 5000));
}

TEST_CASE("full disk: a command whose standard output cannot be written says so and exits 1",
          "[tools][reliability][cli]") {
    QTemporaryDir dir;
    const QString db = test::sampleDbByCli(dir);
    const QString agency = QStringLiteral("สำนักงาน กกพ.");
    const QStringList commands[] = {
        {QStringLiteral("list"), QStringLiteral("--db"), db},
        {QStringLiteral("audit"), QStringLiteral("--db"), db, QStringLiteral("--format"),
         QStringLiteral("csv")},
        {QStringLiteral("portfolio"), QStringLiteral("--db"), db, QStringLiteral("--year"),
         QStringLiteral("2564"), QStringLiteral("--format"), QStringLiteral("json")},
        {QStringLiteral("classify"), QStringLiteral("--db"), db, QStringLiteral("--agency"), agency,
         QStringLiteral("--year"), QStringLiteral("2564")},
        {QStringLiteral("framework"), QStringLiteral("export"), QStringLiteral("ITA-2564"),
         QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"),
         QStringLiteral("-")},
        {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--agency"), agency,
         QStringLiteral("--year"), QStringLiteral("2564"), QStringLiteral("--format"),
         QStringLiteral("csv"), QStringLiteral("--out"), QStringLiteral("-")},
    };
    for (const QStringList &args : commands) {
        CAPTURE(args.join(u' ').toStdString());
        QProcess p;
        p.setStandardOutputFile(QStringLiteral("/dev/full"));
        p.start(QStringLiteral(ITA_CLI_PATH),
                args + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
        REQUIRE(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        CAPTURE(err.toStdString());
        CHECK(p.exitCode() == 1);
        CHECK(err.contains(QStringLiteral("standard output: No space left on device")));
        // The same command to a place with room succeeds: the failure was the output's.
        CHECK(test::runCli(args).exitCode == 0);
    }
}

TEST_CASE("a scores row with more fields than the header is refused with its line",
          "[reliability][import]") {
    // "50,5" written with a decimal comma was stored as 50.00.
    const QByteArray csv = "agency,year,code,score\n"
                           "ก,2564,I1,50,5\n"
                           "ก,2564,I2,60.00,,\n" // blank trailing fields, as Excel writes them
                           "ก,2564,I3,\"70,5\"\n";
    const ImportResult read =
        readScoresCsv(csv, QStringLiteral("comma.csv"), FrameworkRegistry::builtIn(), {});
    QStringList messages;
    for (const Diagnostic &d : read.diagnostics)
        messages << d.toString();
    INFO(messages.join(u'\n').toStdString());
    CHECK(messages.filter(QStringLiteral("comma.csv:2: the row has 5 fields and the header 4"))
              .size() == 1);
    CHECK(messages.filter(QStringLiteral("comma.csv:3:")).isEmpty());
    CHECK_FALSE(read.ok());
}

TEST_CASE("a file cut short is damaged, not 'not SQLite', and refused files keep no -wal/-shm",
          "[reliability][cli]") {
    QTemporaryDir dir;
    const QString path = test::sampleDbByCli(dir);
    const QString cut = dir.filePath(QStringLiteral("cut.itadb"));
    REQUIRE(QFile::copy(path, cut));
    REQUIRE(QFile::resize(cut, 100000)); // an interrupted copy or download
    const QString junk = dir.filePath(QStringLiteral("junk.itadb"));
    test::writeFile(junk, QByteArray(5000, 'x'));
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("o"));
        db.setDatabaseName(other);
        REQUIRE(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE notes (t TEXT)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("o"));
    REQUIRE_FALSE(QFileInfo::exists(other + QStringLiteral("-wal")));

    const QString csv = dir.filePath(QStringLiteral("s.csv"));
    test::writeFile(csv, scoresCsv(1, {2564}));
    for (const QString &file : {cut, junk, other}) {
        for (const QStringList &command :
             {QStringList{QStringLiteral("list")},
              QStringList{QStringLiteral("audit"), QStringLiteral("--verify")},
              QStringList{QStringLiteral("import"), csv}}) {
            CAPTURE(file.toStdString(), command.join(u' ').toStdString());
            const auto run = runCli(command + QStringList{QStringLiteral("--db"), file});
            CAPTURE(run.err.toStdString());
            CHECK(run.exitCode == 1);
            if (file == cut) {
                CHECK(run.err.contains(QStringLiteral("the file is damaged (it is shorter than "
                                                      "SQLite's header says: 100000 of")));
                CHECK(run.err.contains(QStringLiteral(".bak")));
            }
            CHECK_FALSE(QFileInfo::exists(file + QStringLiteral("-wal")));
            CHECK_FALSE(QFileInfo::exists(file + QStringLiteral("-shm")));
        }
    }
}

// Permissions as Unix has them; Windows folders have no "may enter, may not write" mode bits.
#ifdef Q_OS_UNIX
namespace {
/// The command-line program run by someone who may not write what root made: as root (CI),
/// through util-linux's setpriv as "nobody"; otherwise as the user running the tests.
test::CliRun runCliAsReader(const QStringList &args) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("HOME"), QDir::tempPath());
    p.setProcessEnvironment(env);
    if (::geteuid() == 0)
        p.start(QStringLiteral("setpriv"),
                QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                            QStringLiteral("--clear-groups"), QStringLiteral(ITA_CLI_PATH)} +
                    args);
    else
        p.start(QStringLiteral(ITA_CLI_PATH), args);
    REQUIRE(p.waitForStarted());
    REQUIRE(p.waitForFinished(60000));
    test::CliRun run;
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

constexpr QFileDevice::Permissions readable = QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                              QFileDevice::ReadOther | QFileDevice::ReadUser;
constexpr QFileDevice::Permissions enterable = readable | QFileDevice::ExeOwner |
                                               QFileDevice::ExeGroup | QFileDevice::ExeOther |
                                               QFileDevice::ExeUser;
} // namespace

TEST_CASE("read-only folder: a valid file is read, and writing it blames the file",
          "[reliability][cli]") {
    QTemporaryDir dir;
    REQUIRE(QFile::setPermissions(dir.path(), enterable | QFileDevice::WriteOwner));
    const QString folder = dir.filePath(QStringLiteral("shared"));
    REQUIRE(QDir().mkdir(folder));
    const QString path = folder + QStringLiteral("/s.itadb");
    REQUIRE(runCli({QStringLiteral("sample"), QStringLiteral("--db"), path}).exitCode == 0);
    // A file everyone may write, in a folder nobody but its owner may: the -wal and -shm
    // SQLite needs beside it cannot be made.
    REQUIRE(QFile::setPermissions(path, readable | QFileDevice::WriteOwner |
                                            QFileDevice::WriteGroup | QFileDevice::WriteOther |
                                            QFileDevice::WriteUser));
    REQUIRE(QFile::setPermissions(folder, enterable | QFileDevice::WriteOwner));
    const QByteArray before = test::readFile(path);

    const auto list = runCliAsReader({QStringLiteral("list"), QStringLiteral("--db"), path});
    INFO(list.err.toStdString());
    CHECK(list.exitCode == 0);
    CHECK(list.out.contains(QStringLiteral("2564")));
    const auto verify = runCliAsReader(
        {QStringLiteral("audit"), QStringLiteral("--verify"), QStringLiteral("--db"), path});
    INFO(verify.err.toStdString());
    CHECK(verify.exitCode == 0);
    CHECK(verify.out.contains(QStringLiteral("intact")));

    // Writing: the message names the file and its folder, not a line of the scores.
    const QString csv = dir.filePath(QStringLiteral("s.csv"));
    test::writeFile(csv, scoresCsv(1, {2564}));
    REQUIRE(QFile::setPermissions(csv, readable));
    const auto import =
        runCliAsReader({QStringLiteral("import"), csv, QStringLiteral("--db"), path});
    CAPTURE(import.err.toStdString());
    CHECK(import.exitCode == 1);
    CHECK(import.err.contains(QStringLiteral("its folder")));
    CHECK(import.err.contains(QStringLiteral("is read-only")));
    CHECK_FALSE(import.err.contains(csv + QStringLiteral(":")));
    CHECK(test::readFile(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-shm")));

    // Changes still in a log without its index cannot be read from here: said, not misread.
    const QString pending = dir.filePath(QStringLiteral("pending"));
    REQUIRE(QDir().mkdir(pending));
    {
        auto window = Database::open(dir.filePath(QStringLiteral("w.itadb")));
        REQUIRE(window);
        REQUIRE(writeSample(**window).isEmpty());
        REQUIRE(QFile::copy(dir.filePath(QStringLiteral("w.itadb")),
                            pending + QStringLiteral("/w.itadb")));
        REQUIRE(QFile::copy(dir.filePath(QStringLiteral("w.itadb-wal")),
                            pending + QStringLiteral("/w.itadb-wal")));
    }
    REQUIRE(QFileInfo(pending + QStringLiteral("/w.itadb-wal")).size() > 0);
    for (const char *name : {"/w.itadb", "/w.itadb-wal"})
        REQUIRE(QFile::setPermissions(pending + QString::fromLatin1(name), readable));
    REQUIRE(QFile::setPermissions(pending, enterable | QFileDevice::WriteOwner));
    const auto stale = runCliAsReader(
        {QStringLiteral("list"), QStringLiteral("--db"), pending + QStringLiteral("/w.itadb")});
    CHECK(stale.exitCode == 1);
    CHECK(stale.err.contains(QStringLiteral("latest changes are still in w.itadb-wal")));

    // A file that may not be written, in a folder that may: refused before SQLite leaves a
    // -wal and -shm owned by the reader beside it.
    REQUIRE(QFile::setPermissions(folder, enterable | QFileDevice::WriteOwner |
                                              QFileDevice::WriteGroup | QFileDevice::WriteOther |
                                              QFileDevice::WriteUser));
    REQUIRE(QFile::setPermissions(path, readable));
    const auto intoReadOnly =
        runCliAsReader({QStringLiteral("import"), csv, QStringLiteral("--db"), path});
    CAPTURE(intoReadOnly.err.toStdString());
    CHECK(intoReadOnly.exitCode == 1);
    CHECK(intoReadOnly.err.contains(QStringLiteral("is read-only (its permissions")));
    CHECK(test::readFile(path) == before);
    REQUIRE(QFile::setPermissions(path, readable | QFileDevice::WriteOwner));
}
#endif
