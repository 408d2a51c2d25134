// report-bench: how long a report takes to write, and how much memory the export uses.
//
//   report-bench [--runs 9] [--copies 2] [--cli build/bin/ita-planner-cli]
//
// Writes the bundled sample into a temporary file, then (1) in this process builds, lays out
// and writes the seed's report as PDF and as ODT, and the same report with the plan's
// measures repeated `copies` times (a longer plan, more pages); (2) runs the real
// `ita-planner-cli export --format pdf` on the file `runs` times and reads each child's peak
// resident memory from wait4(). Prints medians; asserts nothing.
#include "io/Sample.h"
#include "report/DocxWriter.h"
#include "report/OdtWriter.h"
#include "report/ReportBuilder.h"
#include "report/ReportLayout.h"
#include "report/ReportSource.h"
#include "report/ReportWriters.h"
#include "storage/Database.h"
#include "storage/SampleStore.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace ita;

namespace {

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

struct Timing {
    double ms = 0;
    int pages = 0;
    qint64 bytes = 0;
};

enum class Kind { Pdf, Docx, Odt };

Timing writeOnce(const report::Input &input, Kind kind) {
    QElapsedTimer t;
    t.start();
    report::Options options;
    options.asOf = QDate(2022, 3, 31);
    const report::Document doc = report::buildAnalysisReport(input, options);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QString error = kind == Kind::Odt    ? report::writeOdt(doc, &buffer)
                          : kind == Kind::Docx ? report::writeDocx(doc, &buffer)
                                               : report::writePdf(doc, &buffer);
    Timing out{double(t.nsecsElapsed()) / 1e6, report::ReportLayout(doc).pageCount(), bytes.size()};
    if (!error.isEmpty())
        std::fprintf(stderr, "error: %s\n", qPrintable(error));
    return out;
}

void measure(const char *label, const report::Input &input, Kind kind, int runs) {
    std::vector<double> ms;
    Timing last;
    for (int i = 0; i < runs; ++i) {
        last = writeOnce(input, kind);
        ms.push_back(last.ms);
    }
    std::printf("%-34s %3d pages  %8.1f KB  median %7.1f ms  (min %.1f, max %.1f)\n", label,
                last.pages, last.bytes / 1024.0, median(ms),
                *std::min_element(ms.begin(), ms.end()), *std::max_element(ms.begin(), ms.end()));
}

} // namespace

int main(int argc, char *argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per figure."),
                                        QStringLiteral("N"), QStringLiteral("9"));
    const QCommandLineOption copiesOption(QStringLiteral("copies"),
                                          QStringLiteral("Times the plan's measures are repeated "
                                                         "for the long report."),
                                          QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption cliOption(
        QStringLiteral("cli"), QStringLiteral("The CLI to run."), QStringLiteral("PATH"),
        QCoreApplication::applicationDirPath() + QStringLiteral("/ita-planner-cli"));
    parser.addOptions({runsOption, copiesOption, cliOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int copies = std::max(1, parser.value(copiesOption).toInt());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.itadb"));
    {
        auto db = Database::open(path);
        if (!db || !writeSample(**db).isEmpty()) {
            std::fprintf(stderr, "cannot write the sample\n");
            return 1;
        }
    }
    auto db = Database::open(path);
    auto source = report::loadSource(**db, QStringLiteral("สำนักงาน กกพ."), 2564);
    if (!source) {
        std::fprintf(stderr, "%s\n", qPrintable(source.error()));
        return 1;
    }
    report::Input input = (*source)->input();
    writeOnce(input, Kind::Pdf); // warm: fonts registered, glyph caches filled

    measure("seed report, PDF", input, Kind::Pdf, runs);
    measure("seed report, DOCX", input, Kind::Docx, runs);
    measure("seed report, ODT", input, Kind::Odt, runs);
    Plan longer = *(*source)->plan;
    const auto measures = longer.measures;
    for (int c = 1; c < copies; ++c)
        longer.measures.insert(longer.measures.end(), measures.begin(), measures.end());
    input.plan = &longer;
    measure(qPrintable(QStringLiteral("plan x%1, PDF").arg(copies)), input, Kind::Pdf, runs);

    // The whole CLI process, as a user or a script runs it.
    std::vector<double> wall, rssMb;
    const QByteArray cli = parser.value(cliOption).toLocal8Bit();
    const QByteArray dbPath = path.toLocal8Bit();
    const QByteArray out = dir.filePath(QStringLiteral("out.pdf")).toLocal8Bit();
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const pid_t pid = fork();
        if (pid == 0) {
            execl(cli.constData(), cli.constData(), "export", "--db", dbPath.constData(),
                  "--agency", "สำนักงาน กกพ.", "--year", "2564", "--format", "pdf", "--out",
                  out.constData(), "--as-of", "2022-03-31", static_cast<char *>(nullptr));
            _exit(127);
        }
        int status = 0;
        rusage usage{};
        wait4(pid, &status, 0, &usage);
        wall.push_back(double(t.nsecsElapsed()) / 1e6);
        rssMb.push_back(usage.ru_maxrss / 1024.0);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
            std::fprintf(stderr, "the CLI failed (status %d)\n", status);
    }
    std::printf("%-34s median %.1f ms wall, peak RSS median %.1f MB (max %.1f)\n",
                "ita-planner-cli export --format pdf", median(wall), median(rssMb),
                *std::max_element(rssMb.begin(), rssMb.end()));
    return 0;
}
