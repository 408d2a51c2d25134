#include "TestSupport.h"

#include "storage/Migrations.h"
#include "storage/ServerLocation.h"

#include "io/FrameworkCsv.h"

#include "io/Sample.h"
#include "storage/AssessmentRepository.h"
#include "storage/SampleStore.h"
#include "storage/StoreCopy.h"

#include <QCoreApplication>

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace ita::test {

const Framework &fy2564() {
    const Framework *fw = FrameworkRegistry::builtIn().byId(QStringLiteral("ITA-2564"));
    REQUIRE(fw != nullptr);
    return *fw;
}

QString dataPath(const QString &relative) {
    return QStringLiteral(TEST_DATA_DIR "/") + relative;
}

Framework fy2569() {
    Framework fw = copyForYear(fy2564(), 2569);
    auto pasted = parsePastedRows(
        QString::fromUtf8(readFile(dataPath(QStringLiteral("fy2569/oit-items.tsv")))));
    REQUIRE(pasted.ok());
    REQUIRE(pasted->size() == 26);
    auto built = buildFromRows(fw, mergeRows(fw, *pasted, true), QStringLiteral("paste"));
    INFO(built.error().toStdString());
    REQUIRE(built.ok());
    fw = built.take();
    fw.nodes[size_t(fw.indexOf(QStringLiteral("O25")))].role = Role::Analysis;
    fw.nodes[size_t(fw.indexOf(QStringLiteral("O26")))].role = Role::Implementation;
    for (const auto &p : ratingPresets())
        if (p.key == u"nacc-pass-fy2566")
            fw.rating = p.scheme;
    return fw;
}

Assessment sampleAssessment() {
    const ImportResult sample = readBundledSample();
    REQUIRE(sample.ok());
    REQUIRE(sample.assessments.size() == 1);
    return sample.assessments.front();
}

QString serverUnderTest() {
    return qEnvironmentVariable("ITA_TEST_SERVER");
}

QString emptyServerDatabase() {
    const QString base = serverUnderTest();
    REQUIRE(!base.isEmpty());
    static int counter = 0;
    const QString name =
        QStringLiteral("ita_t_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    {
        // CREATE DATABASE runs outside a transaction, on the cluster's superuser's connection.
        auto admin = Database::open(base, [] {
            Database::Options o;
            o.initialise = true; // the "postgres" database gets the schema too: harmless
            return o;
        }());
        INFO(admin.error().toStdString());
        REQUIRE(admin);
        REQUIRE((*admin)->exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name)).isEmpty());
        const QString e = (*admin)->exec(QStringLiteral("CREATE DATABASE %1").arg(name));
        INFO(e.toStdString());
        REQUIRE(e.isEmpty());
    }
    QString url = base;
    url.replace(QStringLiteral("/postgres?"), QStringLiteral("/%1?").arg(name));
    REQUIRE(url != base);
    return url;
}

QString scratchStore(const QTemporaryDir &dir, const QString &fileName) {
    if (serverUnderTest().isEmpty())
        return dir.filePath(fileName);
    const QString url = emptyServerDatabase();
    Database::Options options;
    options.initialise = true;
    auto db = Database::open(url, options);
    INFO(db.error().toStdString());
    REQUIRE(db);
    return url;
}

QString dumpDatabase(const QString &path) {
    if (ServerLocation::isServer(path)) {
        // Every table's rows in a fixed order, and the schema version.
        Database::Options options;
        options.readOnly = true;
        auto db = Database::open(path, options);
        REQUIRE(db);
        QString dump;
        for (const QString &table : StoreCopy::tables()) {
            dump += QStringLiteral("## %1\n").arg(table);
            QSqlQuery rows((*db)->connection());
            REQUIRE(rows.exec(QStringLiteral("SELECT * FROM %1").arg(table)));
            QStringList lines;
            while (rows.next()) {
                QStringList cells;
                for (int i = 0; i < rows.record().count(); ++i)
                    cells << (rows.value(i).isNull() ? QStringLiteral("NULL")
                                                     : rows.value(i).toString());
                lines << cells.join(u'|');
            }
            lines.sort();
            dump += lines.join(u'\n') + u'\n';
        }
        dump += QStringLiteral("schema=%1\n").arg((*db)->version());
        return dump;
    }
    const QString name = QUuid::createUuid().toString();
    QString dump;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery tables(db);
        REQUIRE(tables.exec(QStringLiteral(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name")));
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            dump += QStringLiteral("## %1\n%2\n").arg(table, tables.value(1).toString());
            QSqlQuery rows(db);
            REQUIRE(rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table)));
            while (rows.next()) {
                QStringList cells;
                for (int i = 0; i < rows.record().count(); ++i)
                    cells << (rows.value(i).isNull() ? QStringLiteral("NULL")
                                                     : rows.value(i).toString());
                dump += cells.join(u'|') + u'\n';
            }
        }
        QSqlQuery version(db);
        REQUIRE(version.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(version.next());
        dump += QStringLiteral("user_version=%1\n").arg(version.value(0).toInt());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return dump;
}

QByteArray readFile(const QString &path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

void editTrailBehindGuards(const QSqlDatabase &db, const QString &statement) {
    QSqlQuery q(db);
    QStringList guards;
    REQUIRE(q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")));
    while (q.next())
        if (auditTrailTriggers().contains(q.value(0).toString()))
            guards << q.value(1).toString();
    REQUIRE(guards.size() == auditTrailTriggers().size());
    for (const QString &name : auditTrailTriggers())
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER %1").arg(name)));
    INFO(statement.toStdString());
    REQUIRE(q.exec(statement));
    for (const QString &guard : guards)
        REQUIRE(q.exec(guard));
}

CliRun runCli(const QStringList &args, const QByteArray &stdinData,
              const QStringList &extraEnvironment) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (const QString &kv : extraEnvironment)
        env.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ITA_CLI_PATH), args);
    REQUIRE(p.waitForStarted());
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    CliRun run;
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

SampleDocument::SampleDocument() {
    db = Database::open(path).take();
    REQUIRE(writeSample(*db).isEmpty());
    reopen();
}

SampleDocument::~SampleDocument() = default;

void SampleDocument::reopen() {
    doc.reset();
    auto list = AssessmentRepository(*db).list();
    auto opened = AssessmentDocument::open(*db, list->front().id);
    REQUIRE(opened.ok());
    doc = opened.take();
}

const NodeResult &SampleDocument::node(const char *code) const {
    const NodeResult *n = doc->analysis().find(QString::fromLatin1(code));
    REQUIRE(n);
    return *n;
}

QString sampleDbByCli(const QTemporaryDir &dir) {
    const QString db = scratchStore(dir, QStringLiteral("s.itadb"));
    const auto run = runCli({QStringLiteral("sample"), QStringLiteral("--db"), db});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return db;
}

} // namespace ita::test
