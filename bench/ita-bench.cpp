// ita-bench: times import and classification of a generated national-scale scores file.
//
//   ita-bench [--agencies 8300] [--years 5] [--dir DIR] [--sqlite3 PATH]
//
// Generates one scores CSV (agency, year, code, score) with every agency's overall score, ten
// indicators and 88 items per year, then measures, each on its own:
//   read+check  readScoresCsv over the whole file (decoding, RFC 4180, every row rule)
//   store       AssessmentRepository::save in one transaction (with computed scores)
//   classify    load every assessment back from the file and analyse it
//   verify      the audit chain and the ledger of row digests, as opening the file checks them
// and, for scale, the same CSV loaded by sqlite3's own `.import` into a bare table.
// Figures go to standard output; nothing is asserted.
#include "analysis/Analysis.h"
#include "io/ScoresIo.h"
#include "storage/AssessmentRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace ita;

namespace {

long peakRssKiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').front().toLong();
    return -1;
}

QByteArray generate(int agencies, int years, const Framework &fw, qint64 *rows) {
    QRandomGenerator rng(2564); // fixed seed: the same file every run
    QByteArray csv = "agency,year,code,score\n";
    csv.reserve(qsizetype(agencies) * years * 99 * 30);
    *rows = 0;
    for (int a = 0; a < agencies; ++a) {
        const QByteArray agency = "หน่วยงาน " + QByteArray::number(a + 1);
        for (int y = 0; y < years; ++y) {
            const QByteArray year = QByteArray::number(2564 + y);
            for (const auto &node : fw.nodes) {
                if (node.level != Level::Item && node.level != Level::Indicator &&
                    node.level != Level::Overall)
                    continue;
                const int hundredths = node.code.startsWith(u'O')
                                           ? (rng.bounded(10) < 9 ? 10000 : 0)
                                           : 6000 + int(rng.bounded(4001));
                csv += agency + ',' + year + ',' + node.code.toLatin1() + ',' +
                       QByteArray::number(hundredths / 100) + '.' +
                       QByteArray::number(hundredths % 100).rightJustified(2, '0') + '\n';
                ++*rows;
            }
        }
    }
    return csv;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times import and classification at scale."));
    parser.addHelpOption();
    const QCommandLineOption agenciesOpt(QStringLiteral("agencies"), QStringLiteral("Agencies."),
                                         QStringLiteral("N"), QStringLiteral("8300"));
    const QCommandLineOption yearsOpt(QStringLiteral("years"), QStringLiteral("Fiscal years."),
                                      QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption dirOpt(QStringLiteral("dir"),
                                    QStringLiteral("Working folder (default: a temporary one)."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption sqliteOpt(QStringLiteral("sqlite3"),
                                       QStringLiteral("sqlite3 program for the comparison."),
                                       QStringLiteral("PATH"), QStringLiteral("sqlite3"));
    parser.addOptions({agenciesOpt, yearsOpt, dirOpt, sqliteOpt});
    parser.process(app);
    const int agencies = parser.value(agenciesOpt).toInt();
    const int years = parser.value(yearsOpt).toInt();

    // Every generated year uses the FY2564 framework, so the bench needs no other year's file.
    FrameworkRegistry registry;
    const Framework &fw = *FrameworkRegistry::builtIn().byId(QStringLiteral("ITA-2564"));
    {
        Framework copy = fw;
        copy.fiscalYears.clear();
        for (int y = 0; y < years; ++y)
            copy.fiscalYears.push_back(2564 + y);
        registry.add(copy, FrameworkRegistry::builtIn().definition(fw.id));
    }

    QTemporaryDir temp;
    const QString dir = parser.isSet(dirOpt) ? parser.value(dirOpt) : temp.path();
    QDir().mkpath(dir);
    const QString csvPath = dir + QStringLiteral("/bench.csv");
    const QString dbPath = dir + QStringLiteral("/bench.itadb");
    const QString rawPath = dir + QStringLiteral("/sqlite3-import.db");
    for (const QString &p :
         {dbPath, dbPath + QStringLiteral("-wal"), dbPath + QStringLiteral("-shm"), rawPath})
        QFile::remove(p);

    qint64 rows = 0;
    const QByteArray csv = generate(agencies, years, fw, &rows);
    {
        QFile f(csvPath);
        f.open(QIODevice::WriteOnly);
        f.write(csv);
    }
    std::printf("input: %d agencies x %d years = %d assessments, %lld rows, %.1f MB\n", agencies,
                years, agencies * years, rows, double(csv.size()) / 1e6);

    QElapsedTimer timer;
    timer.start();
    ImportResult result = readScoresCsv(csv, csvPath, registry, {});
    const double readSec = double(timer.nsecsElapsed()) / 1e9;
    if (!result.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(result.diagnostics.front().toString()));
        return 1;
    }
    std::printf("read+check : %7.2f s  (%.0f rows/s)\n", readSec, double(rows) / readSec);

    auto db = Database::open(dbPath);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 1;
    }
    AssessmentRepository repo(**db);
    timer.restart();
    const QString error = repo.save(result.assessments, registry, false);
    const double storeSec = double(timer.nsecsElapsed()) / 1e9;
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("store      : %7.2f s  (%.0f rows/s, one transaction)\n", storeSec,
                double(rows) / storeSec);
    result.assessments.clear();
    result.assessments.shrink_to_fit();

    timer.restart();
    int urgent = 0;
    const auto list = repo.list();
    for (const auto &summary : *list) {
        const auto a = repo.load(summary.id);
        const Analysis analysis = analyse(fw, *a);
        for (const auto &n : analysis.nodes)
            urgent += n.bucket == Bucket::Urgent ? 1 : 0;
    }
    const double classifySec = double(timer.nsecsElapsed()) / 1e9;
    std::printf("classify   : %7.2f s  (%zu assessments loaded from the file and analysed; %d "
                "urgent nodes)\n",
                classifySec, list->size(), urgent);

    // What opening the file costs on top: the audit chain and the ledger of row digests
    // (StateLedger), checked in full, against the classify pass above in the same run.
    timer.restart();
    const auto verification = AuditLog(**db).verify();
    const double verifySec = double(timer.nsecsElapsed()) / 1e9;
    std::printf("verify     : %7.2f s  (audit chain and ledger, %s; %.2f x classify)\n", verifySec,
                verification.ok ? "intact" : "BROKEN", verifySec / classifySec);
    std::printf("total      : %7.2f s; peak resident memory %.0f MB\n",
                readSec + storeSec + classifySec, double(peakRssKiB()) / 1024.0);

    QProcess sqlite;
    timer.restart();
    sqlite.start(parser.value(sqliteOpt),
                 {rawPath, QStringLiteral(".import --csv ") + csvPath + QStringLiteral(" scores")});
    if (!sqlite.waitForStarted()) {
        std::printf("sqlite3    : not run (%s)\n", qPrintable(sqlite.errorString()));
        return 0;
    }
    sqlite.waitForFinished(-1);
    const double sqliteSec = double(timer.nsecsElapsed()) / 1e9;
    std::printf("sqlite3 .import of the same CSV into a bare table: %7.2f s (exit %d)\n", sqliteSec,
                sqlite.exitCode());
    return 0;
}
