#include "SampleWindow.h"

#include "../core/TestSupport.h"
#include "analysis/Analysis.h"
#include "analysis/WhatIf.h"
#include "document/Workspace.h"
#include "gui/DashboardView.h"
#include "gui/ScoresView.h"
#include "io/FrameworkCsv.h"
#include "render/DashboardRenderer.h"

#include <QImage>
#include <QPainter>
#include <QTabWidget>

using namespace ita;

namespace {

struct Dashboard : test::SampleWindow {
    Dashboard() {
        open(QSize(1400, 900));
        window->tabs()->setCurrentWidget(window->dashboardView());
        QCoreApplication::processEvents();
    }
    const DashboardData &data() const { return window->dashboardView()->data(); }
};

} // namespace

TEST_CASE("dashboard data: the seed's figures", "[gui][dashboard]") {
    Dashboard f;
    const DashboardData &d = f.data();
    CHECK(d.overall == Score::fromHundredths(9255));
    CHECK(d.grade == QStringLiteral("A"));
    REQUIRE(d.tools.size() == 3);
    CHECK(d.tools[0].weight == Approx(0.30));
    CHECK(d.tools[2].weight == Approx(0.40));
    CHECK(d.tools[1].score == Score::fromHundredths(8026));
    REQUIRE(d.indicators.size() == 10);
    CHECK(d.indicators[6].bucket == Bucket::Urgent); // indicator 7, 76.61
    CHECK(d.counts[int(Bucket::Maintain)] == 69);
    CHECK(d.counts[int(Bucket::Improve)] == 5);
    CHECK(d.counts[int(Bucket::Urgent)] == 14);
    REQUIRE(d.weakest.size() == 5);
    CHECK(d.weakest[0].code == QStringLiteral("E10")); // 69.57
    CHECK(d.weakest[0].bucket == Bucket::Urgent);
    CHECK(d.weakest[1].code == QStringLiteral("E8")); // 72.46
    CHECK(d.findings == 1);
    CHECK(d.hasPlan);
    // The seed's 28 steps end in Q2 (12 internal, Q1–Q2) or Q4 (16 external, all year).
    CHECK(d.quarters[1].planned == 12);
    CHECK(d.quarters[3].planned == 16);
    CHECK_FALSE(d.previousOverall.has_value()); // the file holds one year
    // Per unit: ฝ่าย บม. carries 3 steps of indicator 3, 2 of indicator 5, 2 of indicator 7
    // and 1 of indicator 8 in the seed's plan.
    const auto unit = std::find_if(d.units.begin(), d.units.end(), [](const auto &u) {
        return u.unit == QStringLiteral("ฝ่าย บม.");
    });
    REQUIRE(unit != d.units.end());
    CHECK(unit->steps.planned == 8);
}

TEST_CASE("the dashboard renderer draws into a QImage at several sizes", "[gui][dashboard]") {
    Dashboard f;
    for (const QSize size : {QSize(640, 480), QSize(1024, 700), QSize(1920, 1080)}) {
        INFO(size.width() << "x" << size.height());
        QImage image(size, QImage::Format_ARGB32);
        image.fill(Qt::black);
        QPainter painter(&image);
        DashboardRenderer renderer(f.data(), {true, 1.0});
        renderer.paint(painter, QRectF(QPointF(0, 0), size));
        painter.end();
        // Every indicator's bar is hit where it stands, left to right, and coloured by bucket.
        std::vector<QString> found;
        for (int x = 0; x < size.width(); x += 2) {
            const QString code = renderer.indicatorAt(QPointF(x, size.height() * 0.65));
            if (!code.isEmpty() && (found.empty() || found.back() != code))
                found.push_back(code);
        }
        CHECK(found ==
              std::vector<QString>({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                    QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6"),
                                    QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9"),
                                    QStringLiteral("10")}));
        // Each bar is painted in its bucket's colour: scan the bar's column for it.
        const auto columnHas = [&](const QString &code, const QColor &colour) {
            int x0 = -1;
            int x1 = -1;
            for (int x = 0; x < size.width(); ++x)
                if (renderer.indicatorAt(QPointF(x, size.height() * 0.65)) == code) {
                    if (x0 < 0)
                        x0 = x;
                    x1 = x;
                }
            const int x = (x0 + x1) / 2;
            for (int y = 0; y < size.height(); ++y)
                if (image.pixelColor(x, y) == colour)
                    return true;
            return false;
        };
        CHECK(columnHas(QStringLiteral("7"), QColor(0xd9, 0x4a, 0x4a))); // urgent
        CHECK(columnHas(QStringLiteral("6"), QColor(0xe8, 0xa8, 0x20))); // improve
        CHECK(columnHas(QStringLiteral("1"), QColor(0x4a, 0x9a, 0x4a))); // maintain
        CHECK_FALSE(columnHas(QStringLiteral("1"), QColor(0xd9, 0x4a, 0x4a)));
    }
}

TEST_CASE("gui: clicking an indicator's bar lands on it in the scores view", "[gui][dashboard]") {
    Dashboard f;
    gui::DashboardView *view = f.window->dashboardView();
    QPoint point;
    for (int x = 0; x < view->width() && point.isNull(); ++x)
        if (view->indicatorAt(QPoint(x, int(view->height() * 0.6))) == QStringLiteral("8"))
            point = QPoint(x + 4, int(view->height() * 0.6));
    REQUIRE_FALSE(point.isNull());
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, point);
    CHECK(f.window->tabs()->currentWidget() == f.window->scoresView());
    CHECK(f.window->scoresView()->currentCode() == QStringLiteral("8"));
}

TEST_CASE("gui: presentation mode shows the dashboard full screen and Esc leaves it",
          "[gui][dashboard]") {
    Dashboard f;
    gui::DashboardView *screen = f.window->present();
    REQUIRE(QTest::qWaitForWindowExposed(screen));
    CHECK(screen->isFullScreen());
    CHECK(screen->data().overall == Score::fromHundredths(9255));
    QPointer<gui::DashboardView> guard(screen);
    QTest::keyClick(screen, Qt::Key_Escape);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(guard.isNull());
}

TEST_CASE("claim: the dashboard counts each quarter's steps as done, in progress, overdue or not "
          "yet due, as of a day",
          "[gui][dashboard][claims]") {
    const Framework &fw = test::fy2564();
    const Assessment a = test::sampleAssessment();
    const Analysis analysis = analyse(fw, a);
    Plan plan;
    plan.fiscalYear = 2565;
    Measure m;
    const auto step = [](int start, int end, StepStatus status) {
        Step s;
        s.text = QStringLiteral("x");
        s.startMonth = start;
        s.endMonth = end;
        s.status = status;
        return s;
    };
    // Judged on 15 January 2022 (fiscal month 4 of FY2565):
    m.steps = {step(1, 2, StepStatus::Done),       // Q1, done
               step(1, 3, StepStatus::InProgress), // Q1, ended in December: overdue
               step(1, 2, StepStatus::NotStarted), // Q1, ended in November: overdue
               step(4, 5, StepStatus::InProgress), // Q2, in progress
               step(5, 6, StepStatus::NotStarted), // Q2, not yet due
               step(7, 9, StepStatus::Cancelled)}; // not counted
    plan.measures.push_back(m);
    const DashboardData d = dashboardData(fw, a, analysis, nullptr, &plan, QDate(2022, 1, 15));
    CHECK(d.quarters[0].planned == 3);
    CHECK(d.quarters[0].done == 1);
    CHECK(d.quarters[0].overdue == 2);
    CHECK(d.quarters[0].inProgress == 0);
    CHECK(d.quarters[1].planned == 2);
    CHECK(d.quarters[1].inProgress == 1);
    CHECK(d.quarters[1].overdue == 0);
    CHECK(d.quarters[1].planned - d.quarters[1].done - d.quarters[1].inProgress -
              d.quarters[1].overdue ==
          1);                          // not yet due
    CHECK(d.quarters[2].planned == 0); // the cancelled step counts nowhere
}

TEST_CASE("claim: the dashboard labels each bar with its value, draws the thresholds as lines, "
          "fits every text at laptop, large and presentation sizes, and presents in larger type",
          "[gui][dashboard][claims]") {
    Dashboard f;
    const DashboardData &d = f.data();
    const auto paint = [&](QSize size, double scale, QImage *out) {
        QImage image(size, QImage::Format_ARGB32);
        QPainter painter(&image);
        DashboardRenderer renderer(d, {true, scale});
        renderer.paint(painter, QRectF(QPointF(0, 0), size));
        painter.end();
        if (out)
            *out = image;
        return std::pair(renderer.misfits(), renderer.barLabels());
    };
    for (const QSize size : {QSize(1100, 620), QSize(1366, 768), QSize(1920, 1080)})
        for (double scale : {1.0, 1.5}) {
            INFO(size.width() << "x" << size.height() << " at " << scale);
            const auto [misfits, labels] = paint(size, scale, nullptr);
            CHECK(misfits == 0);
            // Ten bars, each labelled with its bucket's mark and its score.
            REQUIRE(labels.size() == 10);
            for (size_t i = 0; i < d.indicators.size(); ++i)
                CHECK(labels[int(i)] ==
                      QStringLiteral("%1 %2").arg(bucketMark(d.indicators[i].bucket),
                                                  d.indicators[i].score->toString()));
        }
    // The two thresholds: the pass mark (85.00) in red and the maintain line (the overall,
    // 92.55) in green, dashed across the bars.
    QImage image;
    paint(QSize(1366, 768), 1.0, &image);
    int red = 0, green = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            red += c == QColor(0xb0, 0x20, 0x20);
            green += c == QColor(0x20, 0x70, 0x20);
        }
    CHECK(red > 200);
    CHECK(green > 200);
    // Presentation: larger type, so the headline (the top quarter: overall, grade, tools,
    // counts) carries more ink.
    QImage presented;
    paint(QSize(1366, 768), 1.5, &presented);
    const auto ink = [](const QImage &img) {
        int n = 0;
        for (int y = 0; y < img.height() / 4; y += 2)
            for (int x = 0; x < img.width(); x += 2)
                n += qGray(img.pixel(x, y)) < 128;
        return n;
    };
    CHECK(ink(presented) > ink(image));
}

TEST_CASE("the dashboard's rating words never run under a tool tile, and the next level's way "
          "is beside them",
          "[gui][dashboard]") {
    // Issue 25: at 1366×768 "ผลการประเมิน: ต้องปรับปรุง" was hidden behind the IIT tile.
    // The sample under FY2569's five levels, its scores lowered so that the result is
    // ต้องปรับปรุง (the longest words under the number).
    const Framework fw = [] {
        LocalizedText note;
        return newYearFramework(test::fy2564(), 2569, &note);
    }();
    Assessment a = test::sampleAssessment();
    a.fiscalYear = 2569;
    a.frameworkId = fw.id;
    // Items only, so that every parent is computed from them (as the what-if tool computes).
    for (ScoreEntry &e : a.entries) {
        const int i = fw.indexOf(e.code);
        if (i >= 0 && fw.node(i).level == Level::Item && e.stated)
            e.stated = Score::fromHundredths(e.stated->hundredths() * 8 / 10);
        else if (i >= 0)
            e.stated.reset();
        e.statedGrade.clear();
    }
    const Analysis analysis = analyse(fw, a);
    REQUIRE(analysis.overall);
    const DashboardData d = dashboardData(fw, a, analysis, nullptr, nullptr, QDate(2026, 12, 7));
    REQUIRE(d.grade == QStringLiteral("ต้องปรับปรุง"));

    // The next level up and what it takes, checked against the what-if tool: the named item
    // at 100.00 raises the overall by the gain said (to the hundredth, give or take one).
    REQUIRE(d.nextLevel);
    CHECK(d.nextLevel->level.th == QStringLiteral("ผ่าน"));
    CHECK(d.nextLevel->gap == Score::fromHundredths(8500) - *analysis.overall);
    REQUIRE_FALSE(d.nextLevel->item.isEmpty());
    const WhatIfResult raised = whatIf(fw, a, {{d.nextLevel->item, Score::fromHundredths(10000)}});
    CHECK((raised.overallDelta() - d.nextLevel->itemGain).abs() <= Score::fromHundredths(1));
    for (const auto &other : sensitivity(fw)) { // and no other item gives more
        const int i = analysis.indexOf(other.code);
        if (i < 0 || !analysis.nodes[size_t(i)].used)
            continue;
        const WhatIfResult r = whatIf(fw, a, {{other.code, Score::fromHundredths(10000)}});
        CHECK(r.overallDelta().hundredths() <= d.nextLevel->itemGain.hundredths() + 1);
    }
    CHECK(d.nextLevelText().th.startsWith(
        QStringLiteral("สู่ ผ่าน: +%1").arg(d.nextLevel->gap.toString())));
    CHECK(d.nextLevelText().en.contains(d.nextLevel->item));

    for (const QSize size :
         {QSize(1100, 620), QSize(1280, 720), QSize(1366, 768), QSize(1920, 1080)})
        for (const bool thai : {true, false}) {
            INFO(size.width() << "x" << size.height() << (thai ? " th" : " en"));
            QImage image(size, QImage::Format_ARGB32);
            QPainter painter(&image);
            DashboardRenderer renderer(d, {thai, 1.0});
            renderer.paint(painter, QRectF(QPointF(0, 0), size));
            painter.end();
            CHECK(renderer.misfits() == 0);
            REQUIRE(renderer.tileRects().size() == 3);
            REQUIRE_FALSE(renderer.nextLevelRect().isEmpty());
            for (const QRectF &tile : renderer.tileRects()) {
                CHECK_FALSE(renderer.ratingRect().intersects(tile));
                CHECK_FALSE(renderer.nextLevelRect().intersects(tile));
            }
        }
}
