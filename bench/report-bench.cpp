// report-bench: how long a report takes to write, and how much memory the export uses.
//
//   report-bench [--runs 9] [--copies 2] [--cli build/bin/ita-planner-cli]
//
// Writes the bundled sample into a temporary file, then
//  (1) in this process builds, lays out and writes the seed's report as PDF, DOCX and ODT in
//      turn, with the editable formats' time as a ratio to the PDF's, round by round;
//  (2) the same report with the plan's measures repeated `copies` times, as PDF;
//  (3) runs the real `ita-planner-cli export --format pdf|docx|odt` on the file, in turn,
//      `runs` times, and reads each child's peak resident memory from wait4().
// Prints medians and ratios; asserts nothing.
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

/// The three formats in turn, `runs` rounds, so that a noisy machine slows each alike; each
/// round's DOCX and ODT time as a ratio to that round's PDF (issue 28's goal: at most 1.5, and
/// files under 400 KB).
void measureAgainstPdf(const report::Input &input, int runs) {
    const Kind kinds[] = {Kind::Pdf, Kind::Docx, Kind::Odt};
    const char *labels[] = {"seed report, PDF", "seed report, DOCX", "seed report, ODT"};
    std::vector<double> ms[3], ratio[3];
    Timing last[3];
    for (int i = 0; i < runs; ++i)
        for (int k = 0; k < 3; ++k) {
            last[k] = writeOnce(input, kinds[k]);
            ms[k].push_back(last[k].ms);
            if (k > 0)
                ratio[k].push_back(last[k].ms / ms[0].back());
        }
    for (int k = 0; k < 3; ++k)
        std::printf("%-34s %3d pages  %8.1f KB  median %7.1f ms  (min %.1f, max %.1f)\n", labels[k],
                    last[k].pages, last[k].bytes / 1024.0, median(ms[k]),
                    *std::min_element(ms[k].begin(), ms[k].end()),
                    *std::max_element(ms[k].begin(), ms[k].end()));
    for (int k = 1; k < 3; ++k)
        std::printf("%s time / PDF time: median %.2f (min %.2f, max %.2f; goal <= 1.5), "
                    "%.0f KB (goal < 400)\n",
                    k == 1 ? "DOCX" : "ODT ", median(ratio[k]),
                    *std::min_element(ratio[k].begin(), ratio[k].end()),
                    *std::max_element(ratio[k].begin(), ratio[k].end()), last[k].bytes / 1024.0);
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

    measureAgainstPdf(input, runs);
    Plan longer = *(*source)->plan;
    const auto measures = longer.measures;
    for (int c = 1; c < copies; ++c)
        longer.measures.insert(longer.measures.end(), measures.begin(), measures.end());
    input.plan = &longer;
    measure(qPrintable(QStringLiteral("plan x%1, PDF").arg(copies)), input, Kind::Pdf, runs);

    // The whole CLI process, as a user or a script runs it: PDF, DOCX and ODT in turn.
    const QByteArray cli = parser.value(cliOption).toLocal8Bit();
    const QByteArray dbPath = path.toLocal8Bit();
    const char *formats[] = {"pdf", "docx", "odt"};
    std::vector<double> wall[3], rssMb[3], ratio[3];
    for (int i = 0; i < runs; ++i)
        for (int k = 0; k < 3; ++k) {
            const QByteArray out =
                dir.filePath(QStringLiteral("out.") + QLatin1String(formats[k])).toLocal8Bit();
            QElapsedTimer t;
            t.start();
            const pid_t pid = fork();
            if (pid == 0) {
                execl(cli.constData(), cli.constData(), "export", "--db", dbPath.constData(),
                      "--agency", "สำนักงาน กกพ.", "--year", "2564", "--format", formats[k], "--out",
                      out.constData(), "--as-of", "2022-03-31", static_cast<char *>(nullptr));
                _exit(127);
            }
            int status = 0;
            rusage usage{};
            wait4(pid, &status, 0, &usage);
            wall[k].push_back(double(t.nsecsElapsed()) / 1e6);
            rssMb[k].push_back(usage.ru_maxrss / 1024.0);
            if (k > 0)
                ratio[k].push_back(wall[k].back() / wall[0].back());
            if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
                std::fprintf(stderr, "the CLI failed (status %d)\n", status);
        }
    for (int k = 0; k < 3; ++k) {
        std::printf("ita-planner-cli export --format %-4s median %.1f ms wall, peak RSS median "
                    "%.1f MB (max %.1f)",
                    formats[k], median(wall[k]), median(rssMb[k]),
                    *std::max_element(rssMb[k].begin(), rssMb[k].end()));
        if (k > 0)
            std::printf(", / pdf: median %.2f (min %.2f, max %.2f)", median(ratio[k]),
                        *std::min_element(ratio[k].begin(), ratio[k].end()),
                        *std::max_element(ratio[k].begin(), ratio[k].end()));
        std::printf("\n");
    }
    return 0;
}
