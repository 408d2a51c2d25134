// import-bench: the user's import of a national scores file, against sqlite3's own .import.
//
//   import-bench [--agencies 8300] [--years 5] [--dir DIR] [--cli PATH] [--sqlite3 PATH]
//                [--server postgresql://…]
//
// Writes one scores CSV (agency, year, code, score, province, group, parent: every agency's
// overall score, indicators and items for each year; province, group and parent on the first row
// of each agency and year, for most agencies, over 77 provinces), then runs, each as a child
// process timed from outside:
//   cli       ita-planner-cli import FILE --db DB --framework ITA-2564 (every check, the audit
//             trail and the ledger), its wall time and peak resident memory (wait4)
//   sqlite3   sqlite3 DB ".import --csv FILE scores" into a bare table, the same CSV
//   portfolio ita-planner-cli portfolio --db DB --year Y for the newest year (its change and
//             movers from the year before), against sqlite3 joining and grouping that year's
//             scores, then with --since the first year (each agency's overall of every year,
//             the movers over all of them)
//   server    with --server: ita-planner-cli server init, then import into that PostgreSQL
//             database, beside psql's \copy of the CSV into a bare table of the same database
// and prints both row rates, their ratio, and the figures. Nothing is asserted.
#include "io/FrameworkReader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <string>
#include <vector>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

struct Child {
    int status = -1;
    double seconds = 0;
    long peakKiB = 0;
};

/// Runs a program with its output sent to `output` (or /dev/null); wall time and peak RSS.
Child run(const QStringList &args, const QString &output = QStringLiteral("/dev/null")) {
    std::vector<std::string> storage;
    for (const QString &a : args)
        storage.push_back(a.toStdString());
    std::vector<char *> argv;
    for (auto &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    const std::string out = output.toStdString();
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        const int fd = open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd >= 0) {
            dup2(fd, 1);
            close(fd);
        }
        execvp(argv[0], argv.data());
        _exit(127);
    }
    Child child;
    rusage usage{};
    wait4(pid, &child.status, 0, &usage);
    child.seconds = double(timer.nsecsElapsed()) / 1e9;
    child.peakKiB = usage.ru_maxrss;
    return child;
}

int exitCode(const Child &c) {
    return WIFEXITED(c.status) ? WEXITSTATUS(c.status) : -1;
}

qint64 generate(const QString &path, int agencies, int years, qint64 *bytes) {
    // What a national file carries for each agency and year (as ita-bench writes it): the
    // overall score, the indicators and the items of ITA-2564.
    std::vector<QByteArray> codes;
    for (const auto &node :
         ita::FrameworkRegistry::builtIn().byId(QStringLiteral("ITA-2564"))->nodes)
        if (node.level == ita::Level::Item || node.level == ita::Level::Indicator ||
            node.level == ita::Level::Overall)
            codes.push_back(node.code.toLatin1());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return -1;
    quint32 seed = 2564; // the same file every run
    const auto next = [&] {
        seed = seed * 1664525u + 1013904223u;
        return seed >> 8;
    };
    static const char *const groups[] = {"ส่วนราชการ", "รัฐวิสาหกิจ", "องค์การมหาชน", "มหาวิทยาลัย",
                                         "องค์กรปกครองส่วนท้องถิ่น"};
    QByteArray out = "agency,year,code,score,province,group,parent\n";
    qint64 rows = 0;
    for (int a = 0; a < agencies; ++a) {
        const QByteArray agency = "หน่วยงาน " + QByteArray::number(a + 1);
        // Most agencies give a province (77), all a group, half a parent.
        QByteArray attributes = ",";
        if (a % 10 != 0)
            attributes += "จังหวัด " + QByteArray::number(a % 77 + 1);
        attributes += QByteArray(",") + groups[a % 5] + ",";
        if (a % 2 == 0)
            attributes += "กระทรวง " + QByteArray::number(a % 20 + 1);
        for (int y = 0; y < years; ++y) {
            const QByteArray year = QByteArray::number(2564 + y);
            bool first = true; // the attributes on each assessment's first row, the others empty
            for (const QByteArray &code : codes) {
                const int hundredths =
                    code[0] == 'O' ? (next() % 10 < 9 ? 10000 : 0) : 6000 + int(next() % 4001);
                out += agency + ',' + year + ',' + code + ',' +
                       QByteArray::number(hundredths / 100) + '.' +
                       QByteArray::number(hundredths % 100).rightJustified(2, '0') +
                       (first ? attributes : QByteArray(",,,")) + '\n';
                first = false;
                ++rows;
            }
            if (out.size() > (1 << 20)) {
                f.write(out);
                out.clear();
            }
        }
    }
    f.write(out);
    *bytes = f.size();
    return rows;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times ita-planner-cli import of a national file against sqlite3 .import."));
    parser.addHelpOption();
    const QCommandLineOption agenciesOpt(QStringLiteral("agencies"), QStringLiteral("Agencies."),
                                         QStringLiteral("N"), QStringLiteral("8300"));
    const QCommandLineOption yearsOpt(QStringLiteral("years"), QStringLiteral("Fiscal years."),
                                      QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption dirOpt(QStringLiteral("dir"),
                                    QStringLiteral("Working folder (default: a temporary one)."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption cliOpt(
        QStringLiteral("cli"), QStringLiteral("ita-planner-cli (default: beside this program)."),
        QStringLiteral("PATH"),
        QCoreApplication::applicationDirPath() + QStringLiteral("/ita-planner-cli"));
    const QCommandLineOption sqliteOpt(QStringLiteral("sqlite3"),
                                       QStringLiteral("sqlite3 program for the comparison."),
                                       QStringLiteral("PATH"), QStringLiteral("sqlite3"));
    const QCommandLineOption serverOpt(
        QStringLiteral("server"),
        QStringLiteral("Also import into this empty PostgreSQL database (server init first), "
                       "beside psql's \\copy of the same CSV into a bare table there."),
        QStringLiteral("URL"));
    parser.addOptions({agenciesOpt, yearsOpt, dirOpt, cliOpt, sqliteOpt, serverOpt});
    parser.process(app);
    const int agencies = parser.value(agenciesOpt).toInt();
    const int years = parser.value(yearsOpt).toInt();

    QTemporaryDir temp;
    const QString dir = parser.isSet(dirOpt) ? parser.value(dirOpt) : temp.path();
    QDir().mkpath(dir);
    const QString csv = dir + QStringLiteral("/national.csv");
    const QString db = dir + QStringLiteral("/national.itadb");
    const QString raw = dir + QStringLiteral("/sqlite3-import.db");
    for (const QString &p : {db, db + QStringLiteral("-wal"), db + QStringLiteral("-shm"), raw})
        QFile::remove(p);

    qint64 bytes = 0;
    const qint64 rows = generate(csv, agencies, years, &bytes);
    if (rows < 0) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(csv));
        return 1;
    }
    std::printf("input     : %d agencies x %d years = %d assessments, %lld rows, %.1f MB\n",
                agencies, years, agencies * years, rows, double(bytes) / 1e6);
    std::fflush(stdout);

    const QString cli = parser.value(cliOpt);
    const Child imported = run({cli, QStringLiteral("import"), csv, QStringLiteral("--db"), db,
                                QStringLiteral("--framework"), QStringLiteral("ITA-2564")});
    const double cliRate = double(rows) / imported.seconds;
    std::printf("cli import: %7.2f s  %9.0f rows/s  peak RSS %.0f MB  (exit %d)\n",
                imported.seconds, cliRate, double(imported.peakKiB) / 1024.0, exitCode(imported));
    std::fflush(stdout);

    const Child sqlite = run({parser.value(sqliteOpt), raw,
                              QStringLiteral(".import --csv ") + csv + QStringLiteral(" scores")});
    const double sqliteRate = double(rows) / sqlite.seconds;
    std::printf("sqlite3   : %7.2f s  %9.0f rows/s  peak RSS %.0f MB  (exit %d)\n", sqlite.seconds,
                sqliteRate, double(sqlite.peakKiB) / 1024.0, exitCode(sqlite));
    std::printf("ratio     : the CLI imports at %.2f of sqlite3's row rate (goal: 0.50 or more)\n",
                cliRate / sqliteRate);
    std::printf("db size   : %.1f MB (itadb), %.1f MB (sqlite3 bare table)\n",
                double(QFileInfo(db).size()) / 1e6, double(QFileInfo(raw).size()) / 1e6);
    std::fflush(stdout);

    if (parser.isSet(serverOpt)) {
        // The same file into a server database: the program's import (all checks, audit,
        // ledger) beside PostgreSQL's own COPY into a bare table of the same database. The peak
        // memory is the client's; the server's own processes are not counted.
        const QString url = parser.value(serverOpt);
        const Child init = run(
            {cli, QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--db"), url});
        const Child server = run({cli, QStringLiteral("import"), csv, QStringLiteral("--db"), url,
                                  QStringLiteral("--framework"), QStringLiteral("ITA-2564")});
        const double serverRate = double(rows) / server.seconds;
        std::printf("server    : %7.2f s  %9.0f rows/s  peak RSS %.0f MB (client)  (exit %d; "
                    "init exit %d)\n",
                    server.seconds, serverRate, double(server.peakKiB) / 1024.0, exitCode(server),
                    exitCode(init));
        std::fflush(stdout);
        const Child copy = run(
            {QStringLiteral("psql"), QStringLiteral("-q"), QStringLiteral("-v"),
             QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"),
             QStringLiteral("CREATE TABLE public.bare_scores (agency text, year text, code text, "
                            "score text, province text, agency_group text, parent text)"),
             QStringLiteral("-c"),
             QStringLiteral("\\copy public.bare_scores FROM '%1' CSV HEADER").arg(csv), url});
        const double copyRate = double(rows) / copy.seconds;
        std::printf("psql copy : %7.2f s  %9.0f rows/s  (exit %d)\n", copy.seconds, copyRate,
                    exitCode(copy));
        std::printf("ratio     : the server import runs at %.2f of the file import's row rate, "
                    "%.2f of psql's \\copy\n",
                    serverRate / cliRate, serverRate / copyRate);
        std::fflush(stdout);
    }

    const int newest = 2564 + years - 1;
    const Child portfolio =
        run({cli, QStringLiteral("portfolio"), QStringLiteral("--db"), db, QStringLiteral("--year"),
             QString::number(newest), QStringLiteral("--format"), QStringLiteral("json")});
    std::printf("portfolio : %7.2f s  for --year %d over %d agencies, peak RSS %.0f MB (exit "
                "%d; goal under 1 s)\n",
                portfolio.seconds, newest, agencies, double(portfolio.peakKiB) / 1024.0,
                exitCode(portfolio));
    // The goal's baseline: sqlite3 joining that year's scores to their assessments and
    // agencies and grouping them by code (each code's count and mean), the least a portfolio
    // reads. The same statement by hand: sqlite3 DB "<the query below>".
    const QString query =
        QStringLiteral("SELECT n.code, count(*), avg(n.stated_score) FROM score_nodes n JOIN "
                       "assessments a ON a.id = n.assessment_id JOIN agencies g ON g.id = "
                       "a.agency_id WHERE a.fiscal_year = %1 GROUP BY n.code;")
            .arg(newest);
    const Child grouped = run({parser.value(sqliteOpt), db, query});
    std::printf("sqlite3 q : %7.2f s  %s (exit %d)\n", grouped.seconds, qPrintable(query),
                exitCode(grouped));
    std::printf("ratio     : the portfolio takes %.2f times that query (goal: 2 or less)\n",
                portfolio.seconds / grouped.seconds);
    std::fflush(stdout);
    if (years > 1) {
        const Child movers =
            run({cli, QStringLiteral("portfolio"), QStringLiteral("--db"), db,
                 QStringLiteral("--year"), QString::number(newest), QStringLiteral("--since"),
                 QStringLiteral("2564"), QStringLiteral("--format"), QStringLiteral("json")});
        std::printf("movers    : %7.2f s  for --year %d --since 2564 (%d years), peak RSS %.0f MB "
                    "(exit %d; goal under 2 s)\n",
                    movers.seconds, newest, years, double(movers.peakKiB) / 1024.0,
                    exitCode(movers));
    }
    return 0;
}
