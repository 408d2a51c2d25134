// gantt-bench: frame time of the plan's Gantt chart with many steps.
//
//   gantt-bench [--steps 500] [--frames 60]
//
// Builds a plan of N steps (10 per measure) in a temporary file, shows it in the real plan
// view (offscreen), and times: repainting the visible chart (what scrolling costs), a full
// scroll from top to bottom, one drag (model edit + store + repaint), and the shared painter
// drawing all N rows into one tall image (what the PDF will do). Prints medians; asserts
// nothing.
#include "document/PlanDocument.h"
#include "document/Workspace.h"
#include "gui/GanttWidget.h"
#include "gui/PlanView.h"
#include "storage/Database.h"
#include "storage/PlanRepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

using namespace ita;

namespace {
double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}
} // namespace

int main(int argc, char *argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption stepsOpt(QStringLiteral("steps"), QStringLiteral("Steps."),
                                      QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption framesOpt(QStringLiteral("frames"), QStringLiteral("Frames."),
                                       QStringLiteral("N"), QStringLiteral("60"));
    parser.addOptions({stepsOpt, framesOpt});
    parser.process(app);
    const int steps = parser.value(stepsOpt).toInt();
    const int frames = parser.value(framesOpt).toInt();

    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("g.itadb")));
    Plan plan;
    plan.agency = QStringLiteral("หน่วยงานทดสอบ");
    plan.fiscalYear = 2565;
    plan.basedOnYear = 2564;
    for (int u = 1; u <= 12; ++u)
        plan.units.push_back({QStringLiteral("ฝ่าย %1").arg(u), QString()});
    for (int i = 0; i < steps; ++i) {
        if (i % 10 == 0) {
            Measure m;
            m.title = QStringLiteral("มาตรการที่ %1").arg(i / 10 + 1);
            m.codes = {QStringLiteral("E%1").arg(i / 10 % 15 + 1)};
            plan.measures.push_back(m);
        }
        Step s;
        s.text = QStringLiteral("ขั้นตอนที่ %1 ประชาสัมพันธ์ช่องทางร้องเรียนผ่านเว็บไซต์").arg(i + 1);
        s.startMonth = i % 12 + 1;
        s.endMonth = std::min(12, s.startMonth + i % 4);
        s.units = {plan.units[size_t(i % 12)].abbreviation};
        s.percent = i * 7 % 101;
        plan.measures.back().steps.push_back(s);
    }
    if (const QString e = PlanRepository(**db).save(plan, true); !e.isEmpty())
        qFatal("gantt-bench: the plan was not stored: %s", qPrintable(e));
    auto doc = PlanDocument::open(**db, plan.agency, plan.fiscalYear);

    Workspace workspace; // the view follows a workspace; the bench hands it the document
    gui::PlanView view(workspace);
    view.resize(1400, 900);
    view.setDocument(doc->get());
    view.tabs()->setCurrentIndex(1);
    view.show();
    QCoreApplication::processEvents();
    gui::GanttWidget *gantt = view.gantt();

    QImage image(gantt->size(), QImage::Format_ARGB32_Premultiplied);
    std::vector<double> paint;
    for (int f = 0; f < frames; ++f) {
        QElapsedTimer t;
        t.start();
        QPainter p(&image);
        gantt->render(p);
        p.end();
        paint.push_back(t.nsecsElapsed() / 1e6);
    }

    QScrollBar *bar = view.ganttTable()->verticalScrollBar();
    std::vector<double> scroll;
    QElapsedTimer whole;
    whole.start();
    for (int v = bar->minimum(); v <= bar->maximum(); v += std::max(1, bar->pageStep() / 2)) {
        QElapsedTimer t;
        t.start();
        bar->setValue(v);
        QPainter p(&image);
        gantt->render(p);
        p.end();
        scroll.push_back(t.nsecsElapsed() / 1e6);
    }
    const double scrollTotal = whole.nsecsElapsed() / 1e6;

    std::vector<double> drag;
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer t;
        t.start();
        const Step &s = doc->get()->plan().measures[0].steps[0];
        if (const QString e =
                doc->get()->setStepSpan(0, 0, s.startMonth == 1 ? 2 : 1, s.startMonth == 1 ? 2 : 1);
            !e.isEmpty())
            qFatal("gantt-bench: the step was not stored: %s", qPrintable(e));
        QCoreApplication::processEvents();
        QPainter p(&image);
        gantt->render(p);
        p.end();
        drag.push_back(t.nsecsElapsed() / 1e6);
    }

    // The shared painter drawing every row (what a printout of the chart does).
    const TimeScale scale(2565, 0, 80);
    std::vector<GanttRow> rows;
    double y = 44;
    for (const Measure &m : doc->get()->plan().measures)
        for (const Step &s : m.steps) {
            GanttRow r;
            r.rect = QRectF(0, y, 960, 22);
            r.startMonth = s.startMonth;
            r.endMonth = s.endMonth;
            r.bucket = 3;
            r.percent = s.percent;
            rows.push_back(r);
            y += 22;
        }
    QImage tall(960, int(y), QImage::Format_ARGB32_Premultiplied);
    std::vector<double> full;
    for (int f = 0; f < 10; ++f) {
        QElapsedTimer t;
        t.start();
        QPainter p(&tall);
        GanttRenderer renderer(scale, {});
        renderer.paintHeader(p, QRectF(0, 0, 960, 44));
        renderer.paintBody(p, QRectF(0, 44, 960, y - 44), rows);
        p.end();
        full.push_back(t.nsecsElapsed() / 1e6);
    }

    std::printf("plan: %d steps in %zu measures; chart %dx%d px\n", steps,
                doc->get()->plan().measures.size(), gantt->width(), gantt->height());
    std::printf("repaint visible chart : median %.2f ms (%d frames)\n", median(paint), frames);
    std::printf("scroll top to bottom  : median %.2f ms per frame, %zu frames, %.0f ms in all\n",
                median(scroll), scroll.size(), scrollTotal);
    std::printf(
        "drag one bar          : median %.2f ms (store the changed step + relayout + repaint)\n",
        median(drag));
    std::printf("all %d rows, one image: median %.2f ms (960x%d px)\n", steps, median(full),
                int(y));
    return 0;
}
