// The server backend's own behaviour (issue 16). These run only in the "server: " pass, where
// CTest has started a throw-away cluster (scripts/pg-cluster) and set ITA_TEST_SERVER to its
// superuser's URL; the storage, audit, plan and CLI tests tagged [both] run there a second
// time with their stores on the server.
#include "TestSupport.h"

#include "document/AssessmentDocument.h"
#include "document/Workspace.h"
#include "storage/AgencyRepository.h"
#include "storage/AssessmentRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SampleStore.h"
#include "storage/StoreCopy.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QThread>
#include <QUrlQuery>

#include <map>

using namespace ita;

namespace {

const QString kAgency = QStringLiteral("สำนักงาน กกพ.");

/// The URL with another login (a role of the test's making) in place of the superuser.
QString asUser(const QString &url, const QString &user) {
    QString u = url;
    u.replace(QRegularExpression(QStringLiteral("^postgresql://[^@]*@")),
              QStringLiteral("postgresql://%1@").arg(user));
    return u;
}

/// A statement as the cluster's superuser, on the database of `url`.
void asSuperuser(const QString &url, const QString &sql) {
    Database::Options options;
    options.initialise = true; // the cluster's own "postgres" database too
    auto db = Database::open(url, options);
    INFO(db.error().toStdString());
    REQUIRE(db);
    const QString e = (*db)->exec(sql);
    INFO(sql.toStdString() << ": " << e.toStdString());
    REQUIRE(e.isEmpty());
}

QString clusterParameter(const QString &name) {
    const QString query = test::serverUnderTest().section(u'?', 1);
    return QUrlQuery(query).queryItemValue(name);
}

/// A login role of the cluster, made a member of `group` (and with a password for TCP).
QString makeLogin(const QString &url, const QString &group) {
    static int counter = 0;
    const QString name =
        QStringLiteral("login_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    asSuperuser(url, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'secret'").arg(name));
    if (!group.isEmpty())
        asSuperuser(url, QStringLiteral("GRANT %1 TO %2").arg(group, name));
    return name;
}

qint64 countOf(Database &db, const QString &sql) {
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

/// A cluster of the test's own (scripts/pg-cluster), for tests that stop the server: doing
/// that to the shared one would fail the tests running beside them. Its "postgres" database
/// is set up.
struct PrivateCluster {
    QString dir = QStringLiteral("/tmp/ita-pg-own-%1-%2")
                      .arg(QCoreApplication::applicationPid())
                      .arg(QRandomGenerator::global()->bounded(100000));
    QString port = QString::number(20000 + QRandomGenerator::global()->bounded(9000));
    QString script = QStringLiteral(ITA_SOURCE_DIR "/scripts/pg-cluster");
    QString url;
    PrivateCluster() {
        url = run({QStringLiteral("start"), dir, port});
        Database::Options init;
        init.initialise = true;
        REQUIRE(Database::open(url, init));
    }
    ~PrivateCluster() { QProcess::execute(script, {QStringLiteral("stop"), dir}); }
    QString run(const QStringList &args) const {
        QProcess p;
        p.start(script, args);
        REQUIRE(p.waitForFinished(120000));
        INFO(p.readAllStandardError().toStdString());
        REQUIRE(p.exitCode() == 0);
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }
    void kill() const { run({QStringLiteral("kill"), dir}); }
    void restart() const { run({QStringLiteral("restart"), dir, port}); }
};

} // namespace

TEST_CASE("an empty database says to run server init, which sets it up once", "[server][cli]") {
    const QString url = test::emptyServerDatabase();
    auto list = test::runCli({QStringLiteral("list"), QStringLiteral("--db"), url});
    CHECK(list.exitCode == 1);
    CHECK(list.err.contains(QStringLiteral("ita-planner-cli server init --db")));
    // Refused opens change nothing: still no schema.
    auto again = test::runCli({QStringLiteral("sample"), QStringLiteral("--db"), url});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("not set up")));

    auto init = test::runCli(
        {QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--db"), url});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(init.out.contains(QStringLiteral("schema %1").arg(Database::schemaVersion)));
    auto twice = test::runCli(
        {QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--db"), url});
    CHECK(twice.exitCode == 0);
    CHECK(twice.out.contains(QStringLiteral("already set up")));

    auto db = Database::open(url);
    REQUIRE(db);
    // The three roles, and the tables owned by the administrators' role.
    CHECK(countOf(**db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN "
                                       "('ita_planner_admin', 'ita_planner_editor', "
                                       "'ita_planner_reader')")) == 3);
    CHECK(countOf(**db, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = "
                                       "'ita_planner' AND tableowner <> 'ita_planner_admin'")) ==
          0);
    CHECK(countOf(**db, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = "
                                       "'ita_planner'")) == StoreCopy::tables().size() + 2);
}

TEST_CASE("scripts/server-setup.sql is what server init runs, and psql can run it",
          "[server][cli]") {
    QTemporaryDir dir;
    const QString url = test::emptyServerDatabase();
    const QString script = dir.filePath(QStringLiteral("setup.sql"));
    auto init = test::runCli({QStringLiteral("server"), QStringLiteral("init"),
                              QStringLiteral("--db"), url, QStringLiteral("--script"), script});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    // The file in the repository is the statements, after its comment lines.
    QString shipped = QString::fromUtf8(
        test::readFile(QStringLiteral(ITA_SOURCE_DIR "/scripts/server-setup.sql")));
    QStringList body = shipped.split(u'\n');
    while (!body.isEmpty() &&
           (body.front().startsWith(QStringLiteral("--")) || body.front().isEmpty()))
        body.removeFirst();
    CHECK(body.join(u'\n') == QString::fromUtf8(test::readFile(script)));

    // A database administrator's way: psql runs the file; the program then uses the database.
    const QString other = test::emptyServerDatabase();
    QProcess psql;
    psql.start(QStringLiteral("psql"),
               {QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-q"),
                QStringLiteral("-f"), QStringLiteral(ITA_SOURCE_DIR "/scripts/server-setup.sql"),
                other});
    REQUIRE(psql.waitForFinished(60000));
    INFO(psql.readAllStandardError().toStdString());
    REQUIRE(psql.exitCode() == 0);
    auto sample = test::runCli({QStringLiteral("sample"), QStringLiteral("--db"), other});
    INFO(sample.err.toStdString());
    CHECK(sample.exitCode == 0);
    auto verify = test::runCli(
        {QStringLiteral("audit"), QStringLiteral("--db"), other, QStringLiteral("--verify")});
    CHECK(verify.exitCode == 0);
}

TEST_CASE("copy a file to the server and back: every row, the chain, the same "
          "classifications",
          "[server][cli]") {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("s.itadb"));
    REQUIRE(test::runCli({QStringLiteral("sample"), QStringLiteral("--db"), file}).exitCode == 0);
    // Some history beyond the sample's: an edit and a plan change.
    {
        auto db = Database::open(file);
        REQUIRE(db);
        (*db)->setActor(QStringLiteral("สมชาย"));
        auto doc = AssessmentDocument::open(**db, AssessmentRepository(**db).list()->front().id);
        REQUIRE(doc);
        REQUIRE((*doc)->editScore(QStringLiteral("E8"), Score::fromWhole(90)).isEmpty());
    }
    const QString server = test::emptyServerDatabase(); // copy sets it up
    auto up = test::runCli(
        {QStringLiteral("copy"), QStringLiteral("--from"), file, QStringLiteral("--to"), server});
    INFO(up.err.toStdString());
    REQUIRE(up.exitCode == 0);
    CHECK(up.out.contains(QStringLiteral("checked")));
    const QString back = dir.filePath(QStringLiteral("back.itadb"));
    auto down = test::runCli(
        {QStringLiteral("copy"), QStringLiteral("--from"), server, QStringLiteral("--to"), back});
    INFO(down.err.toStdString());
    REQUIRE(down.exitCode == 0);
    // The round trip gives the same rows; the history's writers are kept as they were.
    for (const QString &table : StoreCopy::tables()) {
        auto a = Database::open(file);
        auto b = Database::open(back);
        REQUIRE(a);
        REQUIRE(b);
        const QString sql = QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table);
        QSqlQuery qa((*a)->connection()), qb((*b)->connection());
        REQUIRE(qa.exec(sql));
        REQUIRE(qb.exec(sql));
        int rows = 0;
        while (qa.next()) {
            REQUIRE(qb.next());
            const int columns = qa.record().count();
            REQUIRE(qb.record().count() == columns);
            for (int c = 0; c < columns; ++c) {
                INFO(table.toStdString() << " column " << qa.record().fieldName(c).toStdString());
                CHECK(qa.value(c).isNull() == qb.value(c).isNull());
                CHECK(qa.value(c).toString() == qb.value(c).toString());
            }
            ++rows;
        }
        CHECK_FALSE(qb.next());
        // Every table the sample fills was compared row by row.
        if (table == u"score_nodes" || table == u"audit_log" || table == u"steps")
            CHECK(rows > 0);
    }
    auto db = Database::open(server);
    REQUIRE(db);
    CHECK(countOf(**db, QStringLiteral("SELECT count(*) FROM audit_log WHERE who = 'สมชาย'")) > 0);
    CHECK(AuditLog(**db).verify().ok);
    // New rows on the server after the copied ones: the ids go on from the copied ones.
    REQUIRE(
        test::runCli({QStringLiteral("import"),
                      QStringLiteral(ITA_SOURCE_DIR "/data/samples/erc-fy2564-scores.csv"),
                      QStringLiteral("--db"), server, QStringLiteral("--agency"),
                      QStringLiteral("กรมใหม่"), QStringLiteral("--year"), QStringLiteral("2564")})
            .exitCode == 0);
    CHECK(AuditLog(**db).verify().ok);

    // Into a database that holds data: refused, nothing written.
    const QString before = test::dumpDatabase(server);
    auto refused = test::runCli(
        {QStringLiteral("copy"), QStringLiteral("--from"), file, QStringLiteral("--to"), server});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("already holds data")));
    CHECK(test::dumpDatabase(server) == before);
}

TEST_CASE("who in the audit trail is the login role, not a name the client gives",
          "[server][audit]") {
    QTemporaryDir dir;
    const QString url = test::sampleDbByCli(dir); // the sample, on the server
    const QString login = makeLogin(url, QString::fromLatin1(Database::editorRole));
    auto db = Database::open(asUser(url, login));
    INFO(db.error().toStdString());
    REQUIRE(db);
    (*db)->setActor(QStringLiteral("Someone Else"));
    CHECK((*db)->actor() == login);
    auto doc = AssessmentDocument::open(**db, AssessmentRepository(**db).list()->front().id);
    REQUIRE(doc);
    REQUIRE((*doc)->editScore(QStringLiteral("E8"), Score::fromWhole(90)).isEmpty());
    auto records = AuditLog(**db).list();
    REQUIRE(records);
    CHECK(records->back().who == login);
    CHECK(AuditLog(**db).verify().ok);
    // The trail is append-only for editors: the server itself refuses to rewrite it.
    QSqlQuery q((*db)->connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE audit_log SET who = 'x'")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM audit_log")));
}

TEST_CASE("a reading role opens everything read-only and can change nothing",
          "[server][readonly]") {
    QTemporaryDir dir;
    const QString url = test::sampleDbByCli(dir); // the sample, on the server
    const QString reader = asUser(url, makeLogin(url, QString::fromLatin1(Database::readerRole)));
    const QString before = test::dumpDatabase(url);

    auto db = Database::open(reader);
    INFO(db.error().toStdString());
    REQUIRE(db);
    CHECK((*db)->isReadOnly());
    CHECK((*db)->readOnlyReason().contains(QStringLiteral("may only read")));
    Workspace w;
    REQUIRE(w.openFile(reader).isEmpty());
    REQUIRE(w.openAssessment(w.assessments().front().id).isEmpty());
    CHECK(w.document()->isReadOnly());
    CHECK_FALSE(w.document()->editScore(QStringLiteral("E8"), Score::fromWhole(90)).isEmpty());
    CHECK(w.planDocument()->isReadOnly());
    // Even SQL typed at the connection is refused by the server.
    QSqlQuery q((*db)->connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE score_nodes SET stated_score = 0")));

    // Through the CLI: every writing command fails with a plain message.
    const QString csv = QStringLiteral(ITA_SOURCE_DIR "/data/samples/erc-fy2564-scores.csv");
    for (const QStringList &args :
         {QStringList{QStringLiteral("import"), csv, QStringLiteral("--db"), reader,
                      QStringLiteral("--agency"), QStringLiteral("กรมอื่น"), QStringLiteral("--year"),
                      QStringLiteral("2564")},
          QStringList{QStringLiteral("sample"), QStringLiteral("--db"), reader},
          QStringList{QStringLiteral("plan"), QStringLiteral("--db"), reader,
                      QStringLiteral("--agency"), kAgency, QStringLiteral("--year"),
                      QStringLiteral("2565"), QStringLiteral("--draft")}}) {
        auto run = test::runCli(args);
        INFO(args.join(u' ').toStdString() << "\n" << run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("read-only")));
    }
    // Reading works.
    auto list = test::runCli({QStringLiteral("list"), QStringLiteral("--db"), reader});
    CHECK(list.exitCode == 0);
    CHECK(list.out.contains(kAgency));
    CHECK(test::dumpDatabase(url) == before);
}

TEST_CASE("unreachable, wrong password and refused TLS are told plainly", "[server]") {
    const QString url = test::serverUnderTest();
    const QString port = clusterParameter(QStringLiteral("port"));
    const QString login = makeLogin(url, QString::fromLatin1(Database::editorRole));
    const QString tcp = QStringLiteral("postgresql://%1:%2@127.0.0.1:%3/postgres")
                            .arg(login, QStringLiteral("%1"), port);
    {
        auto ok = Database::open(tcp.arg(QStringLiteral("secret")));
        INFO(ok.error().toStdString());
        CHECK(ok);
    }
    auto wrong = Database::open(tcp.arg(QStringLiteral("wrong")));
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().contains(QStringLiteral("refused the user name or password")));
    CHECK_FALSE(wrong.error().contains(QStringLiteral("wrong"))); // the password is not shown
    auto closed = Database::open(QStringLiteral("postgresql://u@127.0.0.1:1/x"));
    REQUIRE_FALSE(closed);
    CHECK(closed.error().contains(QStringLiteral("cannot be reached")));
    auto tls =
        Database::open(tcp.arg(QStringLiteral("secret")) + QStringLiteral("?sslmode=require"));
    REQUIRE_FALSE(tls);
    CHECK(tls.error().contains(QStringLiteral("TLS")));
    auto malformed = Database::open(QStringLiteral("postgresql://u@host:99999/x"));
    REQUIRE_FALSE(malformed);
    CHECK(malformed.error().contains(QStringLiteral("port")));
}

TEST_CASE("a dropped connection fails the edit plainly, stores nothing, and the edit "
          "can be made again",
          "[server][concurrency]") {
    QTemporaryDir dir;
    const QString url = test::sampleDbByCli(dir); // the sample, on the server
    auto db = Database::open(url);
    REQUIRE(db);
    auto doc = AssessmentDocument::open(**db, AssessmentRepository(**db).list()->front().id);
    REQUIRE(doc);
    qint64 pid = 0;
    {
        QSqlQuery q((*db)->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT pg_backend_pid()")));
        REQUIRE(q.next());
        pid = q.value(0).toLongLong();
    }
    const QString before = test::dumpDatabase(url);
    asSuperuser(url, QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid));
    // The first use after the drop finds the connection gone and opens it again; the edit
    // either goes through whole or is refused with nothing stored, and then goes through.
    QString error = (*doc)->editScore(QStringLiteral("E8"), Score::fromWhole(90));
    if (!error.isEmpty()) {
        CHECK(test::dumpDatabase(url) == before);
        CHECK((*doc)->undoStack()->count() == 0);
        error = (*doc)->editScore(QStringLiteral("E8"), Score::fromWhole(90));
    }
    INFO(error.toStdString());
    CHECK(error.isEmpty());
    CHECK(AssessmentRepository(**db).load((*doc)->id())->find(QStringLiteral("E8"))->stated ==
          Score::fromWhole(90));
    CHECK(AuditLog(**db).verify().ok);
}

TEST_CASE("another window learns of a commit by notification, without polling",
          "[server][concurrency]") {
    QTemporaryDir dir;
    const QString url = test::sampleDbByCli(dir); // the sample, on the server
    Workspace w;
    REQUIRE(w.openFile(url).isEmpty());
    REQUIRE(w.openAssessment(w.assessments().front().id).isEmpty());
    QSignalSpy changed(&w, &Workspace::externalChange);
    auto other = Database::open(url);
    REQUIRE(other);
    auto doc = AssessmentDocument::open(**other, AssessmentRepository(**other).list()->front().id);
    REQUIRE(doc);
    REQUIRE((*doc)->editScore(QStringLiteral("E2"), Score::fromWhole(70)).isEmpty());
    REQUIRE(changed.wait(10000)); // the notification arrives on the event loop
    CHECK(w.document()->assessment().find(QStringLiteral("E2"))->stated == Score::fromWhole(70));
    // Its own commits do not count as another's.
    changed.clear();
    REQUIRE(w.document()->editScore(QStringLiteral("E3"), Score::fromWhole(71)).isEmpty());
    CHECK_FALSE(changed.wait(1500));
}

TEST_CASE("eight processes import and edit at once: every acknowledged write is there, "
          "the chain is whole",
          "[server][concurrency]") {
    QTemporaryDir dir;
    const QString url = test::sampleDbByCli(dir); // the sample, on the server
    const QString csv = QStringLiteral(ITA_SOURCE_DIR "/data/samples/erc-fy2564-scores.csv");
    // Four agencies to edit: the sample's and three more.
    QStringList edited{kAgency};
    for (int i = 1; i <= 3; ++i) {
        edited << QStringLiteral("กรมแก้ไข %1").arg(i);
        REQUIRE(test::runCli({QStringLiteral("import"), csv, QStringLiteral("--db"), url,
                              QStringLiteral("--agency"), edited.back(), QStringLiteral("--year"),
                              QStringLiteral("2564")})
                    .exitCode == 0);
    }
    std::vector<std::unique_ptr<QProcess>> runs;
    // Four import an agency each while four edit one agency each (crash-writer, 25 edits).
    for (int i = 0; i < 8; ++i) {
        auto p = std::make_unique<QProcess>();
        if (i < 4)
            p->start(QStringLiteral(ITA_CLI_PATH),
                     {QStringLiteral("import"), csv, QStringLiteral("--db"), url,
                      QStringLiteral("--agency"), QStringLiteral("กรมที่ %1").arg(i),
                      QStringLiteral("--year"), QStringLiteral("2564")});
        else
            p->start(QStringLiteral(CRASH_WRITER_PATH),
                     {url, QStringLiteral("edits"), QStringLiteral("25"), edited[i - 4]});
        runs.push_back(std::move(p));
    }
    std::vector<std::map<QString, QString>> lastAcked(4); // per editor: code → value
    for (size_t i = 0; i < runs.size(); ++i) {
        QProcess &p = *runs[i];
        REQUIRE(p.waitForFinished(120000));
        INFO(p.readAllStandardError().toStdString());
        CHECK(p.exitCode() == 0);
        int acks = 0;
        for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(u'\n')) {
            const QStringList parts = line.split(u' ');
            if (i >= 4 && parts.size() == 4 && parts[0] == u"ack") {
                lastAcked[i - 4][parts[2]] = parts[3];
                ++acks;
            }
        }
        if (i >= 4)
            CHECK(acks == 25);
    }
    auto db = Database::open(url);
    REQUIRE(db);
    auto list = AssessmentRepository(**db).list();
    REQUIRE(list);
    CHECK(list->size() == 8); // the sample, three to edit, four imported
    for (int e = 0; e < 4; ++e) {
        const qint64 id = *AssessmentRepository(**db).find(edited[e], 2564);
        auto a = AssessmentRepository(**db).load(id);
        REQUIRE(a);
        for (const auto &[code, value] : lastAcked[size_t(e)])
            CHECK(a->find(code)->stated->toString() == value);
    }
    const AuditLog::Verification v = AuditLog(**db).verify();
    INFO(v.message.toStdString());
    CHECK(v.ok);
}

TEST_CASE("killed during a stream of edits and started again, nothing acknowledged is "
          "lost and nothing is half-stored",
          "[server][crash]") {
    PrivateCluster cluster;
    const QString base = cluster.url;
    Database::Options init;
    init.initialise = true;
    REQUIRE(Database::open(base, init));
    REQUIRE(test::runCli({QStringLiteral("sample"), QStringLiteral("--db"), base}).exitCode == 0);

    for (int round = 0; round < 2; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(CRASH_WRITER_PATH), {base, QStringLiteral("edits")});
        REQUIRE(writer.waitForStarted());
        QStringList acked;
        while (acked.size() < 20 + 15 * round && writer.waitForReadyRead(30000))
            while (writer.canReadLine())
                acked << QString::fromUtf8(writer.readLine()).trimmed();
        REQUIRE(acked.size() >= 20);
        cluster.kill(); // pg_ctl stop -m immediate
        REQUIRE(writer.waitForFinished(60000));
        for (const QString &line : QString::fromUtf8(writer.readAllStandardOutput()).split(u'\n'))
            if (line.startsWith(QStringLiteral("ack ")))
                acked << line.trimmed();
        INFO("round " << round << ", writer: "
                      << QString::fromUtf8(writer.readAllStandardError()).toStdString()
                      << ", last acknowledged: " << acked.back().toStdString());
        CHECK(writer.exitCode() != 0); // it saw the server go
        cluster.restart();

        // Each score holds its last acknowledged value, or a later one whose acknowledgement
        // the kill cut off: the unacknowledged edit is whole or absent, never half.
        std::map<QString, std::pair<qint64, QString>> last;
        qint64 highest = 0;
        for (const QString &line : acked) {
            const QStringList parts = line.split(u' ');
            if (parts.size() != 4)
                continue;
            last[parts[2]] = {parts[1].toLongLong(), parts[3]};
            highest = std::max(highest, parts[1].toLongLong());
        }
        auto db = Database::open(base);
        INFO(db.error().toStdString());
        REQUIRE(db);
        auto a = AssessmentRepository(**db).load(AssessmentRepository(**db).list()->front().id);
        REQUIRE(a);
        for (const auto &[code, ack] : last) {
            const QString stored = a->find(code)->stated->toString();
            const bool lastAcked = stored == ack.second;
            const bool theCutOne = (highest + 1) % 15 + 1 == code.mid(1).toInt();
            INFO(code.toStdString() << " stored " << stored.toStdString() << " acknowledged "
                                    << ack.second.toStdString());
            CHECK((lastAcked || theCutOne));
        }
        const AuditLog::Verification v = AuditLog(**db).verify();
        INFO(v.message.toStdString());
        CHECK(v.ok); // chain and ledger: nothing half-stored
    }
}

TEST_CASE("a server import streams: rows apart join their assessment, a bad row stores nothing, "
          "a contradicting agency is refused without --merge",
          "[server][import][cli]") {
    QTemporaryDir dir;
    const QString url = test::sampleDbByCli(dir);
    // Two agencies of two provinces; agency A's rows come in two runs with B's between them.
    QByteArray head = "agency,year,code,score,province\n";
    QByteArray a1, b, a2;
    int n = 0;
    for (const auto &node : test::fy2564().nodes) {
        if (node.level != Level::Item && node.level != Level::Indicator)
            continue;
        const QByteArray score = QByteArray::number(60 + n % 40) + ".25";
        (n % 2 ? a2 : a1) += "หน่วยงาน ก,2564," + node.code.toLatin1() + "," + score + ",ตรัง\n";
        b += "หน่วยงาน ข,2564," + node.code.toLatin1() + "," + score + ",เชียงใหม่\n";
        ++n;
    }
    const QString csv = dir.filePath(QStringLiteral("two.csv"));
    test::writeFile(csv, head + a1 + b + a2);
    auto run = test::runCli({QStringLiteral("import"), csv, QStringLiteral("--db"), url});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    auto db = Database::open(url);
    REQUIRE(db);
    auto a = AssessmentRepository(**db).load(QStringLiteral("หน่วยงาน ก"), 2564);
    REQUIRE(a);
    int scored = 0;
    for (const auto &e : a->entries)
        scored += e.stated.has_value();
    CHECK(scored == n); // both runs
    CHECK(run.out.contains(QStringLiteral("หน่วยงาน ก, fiscal year 2564 (ITA-2564): %1").arg(n)));
    CHECK(AgencyRepository(**db).attributes(QStringLiteral("หน่วยงาน ข"))->province ==
          QStringLiteral("เชียงใหม่"));
    CHECK(AuditLog(**db).verify().ok);

    // A bad row deep in a file: named with its line; nothing of the file is stored.
    const QString before = test::dumpDatabase(url);
    QByteArray bad = head;
    for (int i = 0; i < 30; ++i)
        bad += "หน่วยงาน ค" + QByteArray::number(i) + ",2564,1,70.00,ตรัง\n";
    bad += "หน่วยงาน ง,2564,1,7O.00,ตรัง\n"; // a letter O, as typed: line 32
    const QString badCsv = dir.filePath(QStringLiteral("bad.csv"));
    test::writeFile(badCsv, bad);
    auto refused = test::runCli({QStringLiteral("import"), badCsv, QStringLiteral("--db"), url});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("bad.csv:32")));
    CHECK(test::dumpDatabase(url) == before);

    // The same name in another province: refused; with --merge, the same agency.
    QByteArray moved = head + "หน่วยงาน ข,2565,1,70.00,ลำปาง\n";
    const QString movedCsv = dir.filePath(QStringLiteral("moved.csv"));
    test::writeFile(movedCsv, moved);
    auto conflict = test::runCli({QStringLiteral("import"), movedCsv, QStringLiteral("--db"), url});
    CHECK(conflict.exitCode == 1);
    CHECK(conflict.err.contains(QStringLiteral("--merge")));
    CHECK(test::dumpDatabase(url) == before);
    auto merged = test::runCli({QStringLiteral("import"), movedCsv, QStringLiteral("--db"), url,
                                QStringLiteral("--merge")});
    INFO(merged.err.toStdString());
    CHECK(merged.exitCode == 0);
    CHECK(AgencyRepository(**db).attributes(QStringLiteral("หน่วยงาน ข"))->province ==
          QStringLiteral("ลำปาง"));
}

TEST_CASE("a lost connection leaves the window read-only until the server returns",
          "[server][concurrency]") {
    PrivateCluster cluster;
    REQUIRE(
        test::runCli({QStringLiteral("sample"), QStringLiteral("--db"), cluster.url}).exitCode ==
        0);
    Workspace w;
    REQUIRE(w.openFile(cluster.url).isEmpty());
    REQUIRE(w.openAssessment(w.assessments().front().id).isEmpty());
    QSignalSpy changed(&w, &Workspace::connectionChanged);
    CHECK(w.checkConnection());
    CHECK(changed.isEmpty());

    cluster.kill();
    CHECK_FALSE(w.checkConnection());
    REQUIRE(changed.size() == 1);
    CHECK(changed.front().front().toBool() == false);
    // What was read stays there to look at; nothing can be changed, and the user is told why.
    CHECK(w.document()->isReadOnly());
    CHECK(w.database()->readOnlyReason().contains(QStringLiteral("connection")));
    CHECK(w.document()->assessment().find(QStringLiteral("E8"))->stated.has_value());
    const QString refused = w.document()->editScore(QStringLiteral("E8"), Score::fromWhole(90));
    CHECK_FALSE(refused.isEmpty());

    cluster.restart();
    CHECK(w.checkConnection());
    REQUIRE(changed.size() == 2);
    CHECK(changed.back().front().toBool() == true);
    CHECK_FALSE(w.document()->isReadOnly());
    CHECK(w.document()->editScore(QStringLiteral("E8"), Score::fromWhole(90)).isEmpty());
    CHECK(AuditLog(*w.database()).verify().ok);

    // The new session listens again: another writer's commit still reaches the window.
    QSignalSpy external(&w, &Workspace::externalChange);
    auto other = Database::open(cluster.url);
    REQUIRE(other);
    auto doc = AssessmentDocument::open(**other, AssessmentRepository(**other).list()->front().id);
    REQUIRE(doc);
    REQUIRE((*doc)->editScore(QStringLiteral("E2"), Score::fromWhole(70)).isEmpty());
    REQUIRE(external.wait(10000));
    CHECK(w.document()->assessment().find(QStringLiteral("E2"))->stated == Score::fromWhole(70));
}

TEST_CASE("another writer holding the database is waited for, then the user is told",
          "[server][concurrency]") {
    QTemporaryDir dir;
    const QString url = test::sampleDbByCli(dir);
    auto holder = Database::open(url);
    auto db = Database::open(url);
    REQUIRE(holder);
    REQUIRE(db);
    auto doc = AssessmentDocument::open(**db, AssessmentRepository(**db).list()->front().id);
    REQUIRE(doc);
    // Another window in a long write: it holds the revision row, the server's write lock.
    REQUIRE((*holder)->exec(QStringLiteral("BEGIN")).isEmpty());
    REQUIRE((*holder)
                ->exec(QStringLiteral("UPDATE ita_revision SET value = value + 1 WHERE id = 1"))
                .isEmpty());
    QElapsedTimer clock;
    clock.start();
    const QString error = (*doc)->editScore(QStringLiteral("E8"), Score::fromWhole(90));
    CHECK(clock.elapsed() >= 4000); // it waited for the other writer
    CHECK(error.contains(QStringLiteral("is busy")));
    CHECK((*doc)->undoStack()->count() == 0);
    REQUIRE((*holder)->exec(QStringLiteral("ROLLBACK")).isEmpty());
    CHECK((*doc)->editScore(QStringLiteral("E8"), Score::fromWhole(90)).isEmpty()); // free again
}

TEST_CASE("a password given in --db is never printed", "[server][cli]") {
    QTemporaryDir dir;
    const QString url = test::emptyServerDatabase();
    QString withSecret = url;
    withSecret.replace(QStringLiteral("postgresql://ita_test@"),
                       QStringLiteral("postgresql://ita_test:s3kr1t@"));
    REQUIRE(withSecret != url);
    // Refused (not set up), then set up, written, listed, copied: no output names it.
    QStringList seen;
    for (const QStringList &args :
         {QStringList{QStringLiteral("list"), QStringLiteral("--db"), withSecret},
          QStringList{QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--db"),
                      withSecret},
          QStringList{QStringLiteral("sample"), QStringLiteral("--db"), withSecret},
          QStringList{QStringLiteral("audit"), QStringLiteral("--db"), withSecret,
                      QStringLiteral("--verify")},
          QStringList{QStringLiteral("list"), QStringLiteral("--db"),
                      QStringLiteral("postgresql://u:pa/ss@word@127.0.0.1:1/x")},
          QStringList{QStringLiteral("portfolio"), QStringLiteral("--db"), withSecret,
                      QStringLiteral("--year"), QStringLiteral("2599")},
          QStringList{QStringLiteral("copy"), QStringLiteral("--from"), withSecret,
                      QStringLiteral("--to"), dir.filePath(QStringLiteral("c.itadb"))}}) {
        auto run = test::runCli(args);
        seen << run.out + run.err;
    }
    CHECK(seen.join(u'\n').contains(QStringLiteral("ita_test@"))); // the location is named
    CHECK_FALSE(seen.join(u'\n').contains(QStringLiteral("s3kr1t")));
    CHECK_FALSE(seen.join(u'\n').contains(QStringLiteral("ss@word"))); // unparsable: no user part
}

TEST_CASE("a server killed during an import gives one message, and nothing was stored",
          "[server][cli]") {
    PrivateCluster cluster;
    QTemporaryDir dir;
    // 1,500 agencies' sample scores: several seconds of import on any machine.
    const QByteArray sample =
        test::readFile(QStringLiteral(ITA_SOURCE_DIR "/data/samples/erc-fy2564-scores.csv"));
    QList<QByteArray> rows = sample.split('\n');
    QByteArray csv = "agency," + rows.takeFirst().replace("\xEF\xBB\xBF", "") + '\n';
    for (int a = 0; a < 1500; ++a)
        for (const QByteArray &row : rows)
            if (!row.trimmed().isEmpty())
                csv += "หน่วยงาน " + QByteArray::number(a) + ',' + row + '\n';
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    test::writeFile(path, csv);

    QProcess import;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    import.setProcessEnvironment(env);
    import.start(QStringLiteral(ITA_CLI_PATH),
                 {QStringLiteral("import"), path, QStringLiteral("--year"), QStringLiteral("2564"),
                  QStringLiteral("--db"), cluster.url});
    REQUIRE(import.waitForStarted());
    QThread::msleep(2000);
    REQUIRE(import.state() == QProcess::Running); // still importing: the kill is mid-way
    cluster.kill();
    REQUIRE(import.waitForFinished(60000));
    const QString err = QString::fromUtf8(import.readAllStandardError());
    INFO(err.toStdString());
    CHECK(import.exitCode() == 1);
    // Before: ~10 "Unable to free statement" lines and the driver's text after a CSV line.
    CHECK(err.trimmed().split(u'\n').size() == 1);
    CHECK(err.contains(QStringLiteral("was lost during the import")));
    CHECK(err.contains(QStringLiteral("nothing was imported")));
    CHECK_FALSE(err.contains(QStringLiteral("Unable to free statement")));

    cluster.restart();
    auto db = Database::open(cluster.url);
    REQUIRE(db);
    CHECK(countOf(**db, QStringLiteral("SELECT count(*) FROM assessments")) == 0);
}

TEST_CASE("the backend is chosen by the location and gives the bulk paths its own handle",
          "[server][db]") {
    // A file: SQLite's handle, no server's; copied with VACUUM INTO, whole.
    QTemporaryDir dir;
    auto file = Database::open(dir.filePath(QStringLiteral("b.itadb")));
    REQUIRE(file);
    CHECK((*file)->backend() == Database::Backend::File);
    CHECK((*file)->sqliteHandle() != nullptr);
    CHECK((*file)->postgresHandle() == nullptr);
    REQUIRE(writeSample(**file).isEmpty());
    const QString copy = dir.filePath(QStringLiteral("copy.itadb"));
    REQUIRE((*file)->saveCopy(copy).isEmpty());
    {
        auto opened = Database::open(copy, [] {
            Database::Options o;
            o.readOnly = true;
            return o;
        }());
        REQUIRE(opened);
        CHECK(countOf(**opened, QStringLiteral("SELECT count(*) FROM assessments")) == 1);
    }

    // A server: libpq's connection, no SQLite's; its changes are told, not polled.
    const QString url = test::emptyServerDatabase();
    Database::Options init;
    init.initialise = true;
    auto server = Database::open(url, init);
    REQUIRE(server);
    CHECK((*server)->backend() == Database::Backend::Server);
    CHECK((*server)->sqliteHandle() == nullptr);
    CHECK((*server)->postgresHandle() != nullptr);
    QObject context;
    int told = 0;
    CHECK((*server)->watchChanges(&context, [&] { ++told; }));
    CHECK_FALSE((*file)->watchChanges(&context, [&] { ++told; }));
    // Another connection commits: this one is told on its event loop.
    auto other = Database::open(url);
    REQUIRE(other);
    REQUIRE(writeSample(**other).isEmpty());
    for (int i = 0; i < 50 && told == 0; ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(20);
    }
    CHECK(told > 0);
}
