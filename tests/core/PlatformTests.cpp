// What differs between Linux and Windows, tested on both: scripts/windows runs these (with the
// rest of the suite) cross-built under Wine, scripts/test on Linux.
#include "TestSupport.h"

#include "storage/AuditLog.h"
#include "storage/NetworkShare.h"

#include <QDir>
#include <QTemporaryDir>

#include <cstdlib>

#include <catch2/catch.hpp>

using namespace ita;

namespace {
/// Sets an environment variable to text with Thai letters. qputenv() takes bytes, which
/// Windows reads in its ANSI code page: there the wide environment is set (as a Windows user
/// name with Thai letters is).
void setEnvironment(const char *name, const QString &value) {
#ifdef Q_OS_WIN
    _wputenv_s(reinterpret_cast<const wchar_t *>(QString::fromLatin1(name).utf16()),
               reinterpret_cast<const wchar_t *>(value.utf16()));
#else
    qputenv(name, value.toUtf8());
#endif
}
} // namespace

TEST_CASE("platform: a file in a folder with Thai letters and spaces is made, filled and read by "
          "the command-line program",
          "[platform][cli]") {
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("ข้อมูล ITA ปี 2567"));
    REQUIRE(QDir().mkpath(folder));
    const QString db = folder + QStringLiteral("/แผน ของกลุ่ม.itadb");
    const QString csv = folder + QStringLiteral("/คะแนน ปี 2564.csv");
    test::writeFile(
        csv, test::readFile(QStringLiteral(ITA_SOURCE_DIR "/data/samples/erc-fy2564-scores.csv")));
    auto run = test::runCli({QStringLiteral("import"), csv, QStringLiteral("--db"), db,
                             QStringLiteral("--agency"), QStringLiteral("หน่วยงาน ทดสอบ"),
                             QStringLiteral("--year"), QStringLiteral("2564")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(QFileInfo::exists(db));
    run = test::runCli({QStringLiteral("list"), QStringLiteral("--db"), db});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("หน่วยงาน ทดสอบ")));
    // A bad line names the file by its Thai name.
    const QString bad = folder + QStringLiteral("/ผิด.csv");
    test::writeFile(bad, "code,title,score\nI1,x,abc\n");
    run = test::runCli({QStringLiteral("import"), bad, QStringLiteral("--db"), db,
                        QStringLiteral("--agency"), QStringLiteral("อื่น"), QStringLiteral("--year"),
                        QStringLiteral("2564")});
    CHECK(run.exitCode == 1);
    CHECK((run.err.contains(QDir::toNativeSeparators(bad) + u':') || run.err.contains(bad + u':')));
}

TEST_CASE("platform: the audit trail's user is the login name when the environment names none",
          "[platform][audit]") {
    const QByteArray user = qgetenv("USER"), username = qgetenv("USERNAME"),
                     logname = qgetenv("LOGNAME");
    qunsetenv("USER");
    qunsetenv("USERNAME");
    qunsetenv("LOGNAME");
    // getpwuid() on Linux, GetUserNameW() on Windows.
    const QString name = systemUserName();
    qputenv("USER", user);
    qputenv("USERNAME", username);
    qputenv("LOGNAME", logname);
    CHECK_FALSE(name.isEmpty());
    CHECK(name != QStringLiteral("unknown"));
    setEnvironment("USERNAME", QStringLiteral("ผู้ใช้ทดสอบ"));
    qunsetenv("USER");
    CHECK(systemUserName() == QStringLiteral("ผู้ใช้ทดสอบ"));
    qputenv("USER", user);
    qputenv("USERNAME", username);
}

TEST_CASE("platform: a file on a network share is named as such, a local one is not",
          "[platform][storage]") {
    QTemporaryDir dir;
    CHECK(networkShareKind(dir.filePath(QStringLiteral("local.itadb"))).isEmpty());
    CHECK(networkShareWarning(dir.filePath(QStringLiteral("local.itadb"))).isEmpty());
    // Linux names the file system (statfs); the mounts a test machine has are local.
    CHECK(networkFileSystemName(0x6969) == QStringLiteral("NFS"));
    CHECK(networkFileSystemName(0xFE534D42) == QStringLiteral("SMB"));
    CHECK(networkFileSystemName(0xFF534D42) == QStringLiteral("SMB"));
    CHECK(networkFileSystemName(0xEF53).isEmpty());     // ext4
    CHECK(networkFileSystemName(0x01021994).isEmpty()); // tmpfs
#ifdef Q_OS_WIN
    // A UNC path is a share wherever it points.
    const QString unc = QStringLiteral("\\\\server\\ita\\แผน.itadb");
    CHECK_FALSE(networkShareKind(unc).isEmpty());
    const QString warning = networkShareWarning(unc);
    CHECK(warning.contains(unc));
    CHECK(warning.contains(QStringLiteral("team server")));
#endif
}
