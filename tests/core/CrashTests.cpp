#include "TestSupport.h"

#include "io/Sample.h"
#include "storage/AssessmentRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SampleStore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>

#include <map>

using namespace ita;

namespace {

QString integrity(Database &db) {
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
        return QStringLiteral("integrity_check did not run");
    return q.value(0).toString();
}

/// Runs crash-writer until it has acknowledged a few writes, waits a random moment more,
/// and kills it with SIGKILL. Returns the acknowledged lines.
QStringList runAndKill(const QString &path, const char *mode, QRandomGenerator &random) {
    QProcess p;
    p.start(QStringLiteral(CRASH_WRITER_PATH), {path, QString::fromLatin1(mode)});
    REQUIRE(p.waitForStarted());
    // Wait for the first acknowledgement, so the kill lands among writes, not at start-up.
    QByteArray out;
    while (!out.contains('\n') && p.state() == QProcess::Running) {
        p.waitForReadyRead(5000);
        out += p.readAllStandardOutput();
    }
    QThread::msleep(random.bounded(5, 250));
    p.kill(); // SIGKILL: no destructor, no rollback, no flush of anything unwritten
    REQUIRE(p.waitForFinished(5000));
    out += p.readAllStandardOutput();
    INFO(p.readAllStandardError().toStdString());
    CHECK(p.exitStatus() == QProcess::CrashExit);
    QStringList lines;
    // trimmed(): on Windows the child's printf ends its lines with CR LF.
    for (const QByteArray &line : out.split('\n'))
        if (line.startsWith("ack "))
            lines << QString::fromUtf8(line.trimmed());
    return lines;
}

/// The bundled sample in a new file of `dir`.
QString sampleFile(const QTemporaryDir &dir) {
    const QString path = dir.filePath(QStringLiteral("crash.itadb"));
    auto db = Database::open(path);
    REQUIRE(db);
    REQUIRE(writeSample(**db).isEmpty());
    return path;
}

/// Rounds of kill-and-check; ITA_CRASH_ROUNDS raises it for a long run.
int rounds(int normal) {
    const int n = qEnvironmentVariableIntValue("ITA_CRASH_ROUNDS");
    return n > 0 ? n : normal;
}

} // namespace

TEST_CASE("crash safety: killed during a stream of edits, the file holds every acknowledged "
          "edit",
          "[crash]") {
    QTemporaryDir dir;
    const QString path = sampleFile(dir);
    QRandomGenerator random(20261126);
    int kills = 0, acknowledged = 0, lost = 0;
    for (int round = 0; round < rounds(12); ++round) {
        const QStringList acks = runAndKill(path, "edits", random);
        ++kills;
        acknowledged += int(acks.size());
        // Last acknowledged value per code, and the one write that may be in flight.
        std::map<QString, QString> expected;
        qint64 lastN = 0;
        for (const QString &line : acks) {
            const QStringList parts = line.split(u' ');
            REQUIRE(parts.size() == 4);
            expected[parts[2]] = parts[3];
            lastN = parts[1].toLongLong();
        }
        const QString inFlightCode = QStringLiteral("E%1").arg((lastN + 1) % 15 + 1);
        const QString inFlightValue = Score::fromHundredths(5000 + (lastN + 1) % 4000).toString();

        auto db = Database::open(path); // opens: not damaged (quick_check on open)
        INFO("round " << round << ": " << (db ? "" : db.error().toStdString()));
        REQUIRE(db);
        CHECK(integrity(**db) == u"ok");
        CHECK(AuditLog(**db).verify().ok); // the trail moved with the edits, atomically
        auto list = AssessmentRepository(**db).list();
        REQUIRE(list);
        auto a = AssessmentRepository(**db).load(list->front().id);
        REQUIRE(a);
        for (const auto &[code, value] : expected) {
            const QString stored = a->find(code)->stated->toString();
            const bool ok = stored == value || (code == inFlightCode && stored == inFlightValue);
            if (!ok)
                ++lost;
            INFO(code.toStdString()
                 << " stored " << stored.toStdString() << ", acknowledged " << value.toStdString());
            CHECK(ok);
        }
    }
    WARN("crash test (edits): " << kills << " kills, " << acknowledged << " acknowledged edits, "
                                << lost << " lost");
    CHECK(acknowledged > kills);
}

TEST_CASE("crash safety: killed during imports, the file holds a whole import or the one before",
          "[crash]") {
    QTemporaryDir dir;
    const QString path = sampleFile(dir);
    QRandomGenerator random(42);
    int kills = 0, acknowledged = 0;
    for (int round = 0; round < rounds(8); ++round) {
        const QStringList acks = runAndKill(path, "imports", random);
        ++kills;
        acknowledged += int(acks.size());
        auto db = Database::open(path);
        REQUIRE(db);
        CHECK(integrity(**db) == u"ok");
        CHECK(AuditLog(**db).verify().ok);
        auto a = AssessmentRepository(**db).load(QStringLiteral("กรมทดสอบ"), 2564);
        REQUIRE(a); // at least one import was acknowledged before the kill
        int subItems = 0;
        for (const auto &e : a->entries)
            subItems += e.code.startsWith(u"I1.");
        CHECK(subItems == 2000); // whole, never half an import
    }
    WARN("crash test (imports): " << kills << " kills, " << acknowledged
                                  << " acknowledged imports");
}
