// portfolio-bench: the navigator and the portfolio over a file of many assessments.
//
//   portfolio-bench [--agencies 8000] [--years 5] [--after-check]
//
// Builds a file of N agencies × Y fiscal years (the overall, three tools and ten indicators
// each; 77 provinces, 20 parents) with AssessmentRepository::save(), stores the same
// assessments again through the window's Import Scores (Workspace::importAssessments) into a
// second file and prints both times, then times, each as a median of three:
//   navigator    NavigatorWidget::reload() to the tree shown (the model of every assessment,
//                read in another thread from 2,000), folded and by province, with how long
//                reload() itself held the window, and one search over it
//   portfolio    loadPortfolio + summarisePortfolio for the newest year (with the year before,
//                for the movers), in the caller's thread
//   view         PortfolioView from refresh() to its result, off the window thread, with the
//                longest gap between the window's 10 ms ticks meanwhile (the freeze a user
//                would feel; under 100 ms reads as no pause)
// Prints figures; asserts nothing.
#include "analysis/Portfolio.h"
#include "document/Workspace.h"
#include "gui/NavigatorWidget.h"
#include "gui/PortfolioView.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/PortfolioLoader.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace ita;

namespace {
double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}
template <class F> double ms(F &&f) {
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}
} // namespace

int main(int argc, char *argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption agenciesOpt(QStringLiteral("agencies"), QStringLiteral("Agencies."),
                                         QStringLiteral("N"), QStringLiteral("8000"));
    const QCommandLineOption yearsOpt(QStringLiteral("years"), QStringLiteral("Years."),
                                      QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption afterCheck(
        QStringLiteral("after-check"),
        QStringLiteral("Time after the file's background integrity check has ended."));
    parser.addOptions({agenciesOpt, yearsOpt, afterCheck});
    parser.process(app);
    const int agencies = parser.value(agenciesOpt).toInt();
    const int years = parser.value(yearsOpt).toInt();

    // Every year under the FY2564 framework (the file stores it with the assessments).
    FrameworkRegistry registry;
    Framework fw = *FrameworkRegistry::builtIn().byId(QStringLiteral("ITA-2564"));
    fw.fiscalYears.clear();
    for (int y = 0; y < years; ++y)
        fw.fiscalYears.push_back(2564 + y);
    registry.add(fw, FrameworkRegistry::builtIn().definition(fw.id));
    QStringList codes;
    for (const auto &n : fw.nodes)
        if (n.level == Level::Overall || n.level == Level::Tool || n.level == Level::Indicator)
            codes << n.code;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("portfolio.itadb"));
    QRandomGenerator rng(2565);
    std::vector<Assessment> all;
    for (int a = 0; a < agencies; ++a)
        for (int y = 0; y < years; ++y) {
            Assessment as;
            as.agency = QStringLiteral("หน่วยงานที่ %1").arg(a + 1);
            as.fiscalYear = 2564 + y;
            as.frameworkId = fw.id;
            as.attributes = {QStringLiteral("จังหวัด %1").arg(a % 77 + 1),
                             QStringLiteral("กลุ่ม %1").arg(a % 4),
                             QStringLiteral("สังกัด %1").arg(a % 20 + 1)};
            for (const QString &c : codes) {
                ScoreEntry e;
                e.code = c;
                e.stated = Score::fromHundredths(6000 + rng.bounded(4001));
                as.entries.push_back(e);
            }
            all.push_back(std::move(as));
        }
    {
        auto db = Database::open(path);
        QElapsedTimer t;
        t.start();
        if (QString e = AssessmentRepository(**db).save(all, registry, false); !e.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(e));
            return 1;
        }
        std::printf("file: %d agencies x %d years = %zu assessments (%lld rows) stored in %.1f s\n",
                    agencies, years, all.size(), qint64(all.size()) * codes.size(),
                    double(t.elapsed()) / 1000);
    }
    {
        // The same assessments through the window's Import Scores (Workspace), into a file of
        // their own: its writer against AssessmentRepository::save() above, as a ratio.
        const QString other = dir.filePath(QStringLiteral("window-import.itadb"));
        Workspace importing;
        if (QString e = importing.openFile(other); !e.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(e));
            return 1;
        }
        QElapsedTimer t;
        t.start();
        if (QString e = importing.importAssessments(all, false); !e.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(e));
            return 1;
        }
        std::printf("import: the window's Import Scores stores them in %.1f s\n",
                    double(t.elapsed()) / 1000);
    }
    all.clear();

    Workspace workspace;
    if (QString e = workspace.openFile(path); !e.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(e));
        return 1;
    }
    // Opening starts the file's integrity check in the background (11-15 s on a national
    // file); with --after-check the timings start when it has ended, so that it does not
    // share the two cores with what is timed.
    if (parser.isSet(afterCheck))
        workspace.waitForVerification();
    gui::NavigatorWidget navigator(workspace);
    // reload() returns at once on a large file (the list is read in another thread): timed to
    // the tree being shown, and apart, how long reload() itself held the window.
    std::vector<double> folded, grouped, search, held;
    const auto reloadShown = [&] {
        QElapsedTimer call;
        call.start();
        navigator.reload();
        held.push_back(double(call.nsecsElapsed()) / 1e6);
        if (navigator.isLoading()) {
            QEventLoop loop;
            QObject::connect(&navigator, &gui::NavigatorWidget::loaded, &loop, &QEventLoop::quit);
            loop.exec();
        }
    };
    for (int i = 0; i < 3; ++i) {
        navigator.grouping()->setCurrentIndex(0);
        folded.push_back(ms(reloadShown));
        navigator.grouping()->setCurrentIndex(
            navigator.grouping()->findData(int(AgencyField::Province)));
        grouped.push_back(ms(reloadShown));
        navigator.search()->setText(QStringLiteral("หน่วยงานที่ 123%1").arg(i));
        search.push_back(ms([&] { navigator.applySearch(); }));
        navigator.search()->clear();
        navigator.applySearch();
    }
    std::printf("navigator: reload %.0f ms, by province %.0f ms (the window held %.0f ms of "
                "it), one search %.0f ms\n",
                median(folded), median(grouped), median(held), median(search));

    const int newest = 2564 + years - 1;
    std::vector<double> load;
    int count = 0;
    for (int i = 0; i < 3; ++i)
        load.push_back(ms([&] {
            auto data = loadPortfolio(*workspace.database(), {newest, std::nullopt, QString()});
            const Portfolio p = summarisePortfolio(newest, data->members, AgencyField::Province);
            count = p.count();
        }));
    std::printf("portfolio: %d agencies of FY%d with the year before: %.0f ms\n", count, newest,
                median(load));

    gui::PortfolioView view(workspace);
    view.resize(1366, 700);
    std::vector<double> loads, gaps;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer tick;
        double longest = 0;
        QTimer timer;
        timer.setInterval(10);
        QObject::connect(&timer, &QTimer::timeout, [&] {
            longest = std::max(longest, double(tick.nsecsElapsed()) / 1e6);
            tick.restart();
        });
        QEventLoop loop;
        QObject::connect(&view, &gui::PortfolioView::loaded, &loop, &QEventLoop::quit);
        QElapsedTimer t;
        t.start();
        tick.start();
        timer.start();
        if (i == 0)
            view.show();
        else
            view.refresh();
        loop.exec();
        timer.stop();
        loads.push_back(double(t.nsecsElapsed()) / 1e6);
        gaps.push_back(longest);
    }
    std::printf("view: result after %.0f ms off the window thread; longest window pause %.0f ms\n",
                median(loads), median(gaps));
    std::printf("view rounds: pauses %.0f, %.0f, %.0f ms; results after %.0f, %.0f, %.0f ms "
                "(the first round also lays out the view)\n",
                gaps[0], gaps[1], gaps[2], loads[0], loads[1], loads[2]);
    return 0;
}
