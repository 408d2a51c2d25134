#include "SampleWindow.h"

#include "document/Workspace.h"
#include "gui/DashboardView.h"
#include "gui/TrendsView.h"
#include "io/ScoresIo.h"

#include <QTabWidget>
#include <QTableWidget>

using namespace ita;

TEST_CASE("gui: trends across two years flag an item whose measure did not help", "[gui][trends]") {
    test::SampleWindow f;
    f.open(QSize(1400, 900));
    gui::TrendsView *view = f.window->trendsView();
    // Hidden behind the first tab, the trends are not read until they are looked at.
    CHECK(view->isStale());
    CHECK(view->years().empty());
    f.window->tabs()->setCurrentWidget(view);
    CHECK_FALSE(view->isStale());
    CHECK(view->years().size() == 1); // the sample holds FY2564 only
    CHECK(view->table()->rowCount() == 0);

    // FY2565 results: E8 (answered by the FY2565 plan) falls, E10 (also answered) rises,
    // I1 (no measure) falls.
    ImportOptions options;
    options.agency = QStringLiteral("สำนักงาน กกพ.");
    options.fiscalYear = 2565;
    const ImportResult next =
        readScoresCsv("code,score\nITA,93.00\nE8,70.00\nE10,80.00\nI1,90.00\n",
                      QStringLiteral("fy2565.csv"), FrameworkRegistry::builtIn(), options);
    REQUIRE(next.ok());
    REQUIRE(f.window->workspace().importAssessments(next.assessments, false).isEmpty());
    view->refresh();
    REQUIRE(view->years() == std::vector<int>({2564, 2565}));
    QTableWidget *table = view->table();
    const auto rowOf = [&](const QString &code) {
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->text() == code)
                return r;
        return -1;
    };
    const int e8 = rowOf(QStringLiteral("E8"));
    const int e10 = rowOf(QStringLiteral("E10"));
    const int i1 = rowOf(QStringLiteral("I1"));
    REQUIRE(e8 >= 0);
    REQUIRE(e10 >= 0);
    REQUIRE(i1 >= 0);
    const int change = table->columnCount() - 2;
    const int plan = table->columnCount() - 1;
    CHECK(table->item(e8, 2)->text() == QStringLiteral("72.46"));
    CHECK(table->item(e8, 3)->text() == QStringLiteral("70.00"));
    CHECK(table->item(e8, change)->text() == QStringLiteral("▼ -2.46"));
    CHECK_FALSE(table->item(e8, plan)->text().isEmpty()); // had a measure, fell
    CHECK(table->item(e10, plan)->text().isEmpty());      // had a measure, rose
    CHECK(table->item(i1, plan)->text().isEmpty());       // fell, but no measure
}

TEST_CASE("gui: switching between fiscal years replaces every view's document safely",
          "[gui][trends]") {
    test::SampleWindow f;
    f.open(QSize(1400, 900));
    ImportOptions options;
    options.agency = QStringLiteral("สำนักงาน กกพ.");
    options.fiscalYear = 2565;
    const ImportResult next =
        readScoresCsv("code,score\nITA,93.00\nE8,70.00\n", QStringLiteral("fy2565.csv"),
                      FrameworkRegistry::builtIn(), options);
    REQUIRE(f.window->workspace().importAssessments(next.assessments, false).isEmpty());
    const auto list = f.window->workspace().assessments();
    REQUIRE(list.size() == 2);
    // The dashboard of FY2565 compares with FY2564: 93.00 against 92.55.
    for (const auto &s : list)
        if (s.fiscalYear == 2565)
            REQUIRE(f.window->workspace().openAssessment(s.id).isEmpty());
    QCoreApplication::processEvents();
    const DashboardData &d = f.window->dashboardView()->data();
    CHECK(d.overall == Score::fromHundredths(9300));
    CHECK(d.previousOverall == Score::fromHundredths(9255));
    for (int round = 0; round < 3; ++round) {
        for (const auto &s : list) {
            REQUIRE(f.window->workspace().openAssessment(s.id).isEmpty());
            QCoreApplication::processEvents();
            CHECK(f.window->statusSummary().contains(QString::number(s.fiscalYear)));
        }
    }
}
