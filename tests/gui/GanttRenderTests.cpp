// README claims about the Gantt chart's drawing, checked on the pixels of the one renderer
// the screen, the PNG and the PDF share. Each check compares a place where the claim puts
// something against a control place where nothing is drawn.
#include "analysis/Analysis.h"
#include "render/GanttRenderer.h"

#include <QImage>
#include <QPainter>

#include <catch2/catch.hpp>

using namespace ita;

namespace {

/// Pixels in `area` that differ from white.
int inked(const QImage &image, const QRect &area) {
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            n += image.pixelColor(x, y) != QColor(Qt::white);
    return n;
}

QColor mean(const QImage &image, const QRect &area) {
    double r = 0, g = 0, b = 0;
    const int n = area.width() * area.height();
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            r += c.red();
            g += c.green();
            b += c.blue();
        }
    return QColor(int(r / n), int(g / n), int(b / n));
}

} // namespace

TEST_CASE("claim: the Gantt shades the OIT window, colours bars by bucket and fills them by "
          "percent, marks reporting months and draws the today line",
          "[gui][gantt][claims]") {
    // FY2565 on 1200 px: month m runs from (m − 1) × 100 to m × 100.
    const TimeScale scale(2565, 0, 100);
    GanttRenderer::Options options;
    options.today = QDate(2022, 1, 15); // fiscal month 4 (January), about x = 345
    const GanttRenderer renderer(scale, options);
    std::vector<GanttRow> rows(3);
    rows[0].rect = QRectF(0, 0, 1200, 40); // a step: November–December, urgent, half done
    rows[0].startMonth = 2;
    rows[0].endMonth = 3;
    rows[0].bucket = int(Bucket::Urgent);
    rows[0].percent = 50;
    rows[1].rect = QRectF(0, 40, 1200, 40); // a measure reporting in March (month 6)
    rows[1].isMeasure = true;
    rows[1].milestones = {6};
    rows[2].rect = QRectF(0, 80, 1200, 80); // nothing in it
    QImage image(1200, 160, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        renderer.paintBody(p, QRectF(0, 0, 1200, 160), rows);
    }
    // The OIT evidence window (March–April, months 6–7) is tinted; August is not.
    const QRect emptyRow(0, 100, 1, 40);
    CHECK(mean(image, emptyRow.translated(650, 0)) != mean(image, emptyRow.translated(1050, 0)));
    // The bar is the urgent colour (red leads), filled to half: its two halves differ.
    const QColor filled = mean(image, QRect(120, 15, 60, 10));
    const QColor rest = mean(image, QRect(220, 15, 60, 10));
    CHECK(filled.red() > filled.green());
    CHECK(filled != rest);
    CHECK(inked(image, QRect(120, 15, 60, 10)) > 500);
    // A mark in the reporting month on the measure's row, none in a month without one.
    CHECK(inked(image, QRect(500, 45, 100, 30)) > inked(image, QRect(800, 45, 100, 30)));
    // The today line crosses the empty row near x = 345, not at x = 420.
    const int near = inked(image, QRect(335, 105, 20, 30));
    const int away = inked(image, QRect(410, 105, 20, 30));
    CHECK(near > away);
}

TEST_CASE("claim: the Gantt's header names the four quarters over the twelve months",
          "[gui][gantt][claims]") {
    const TimeScale scale(2565, 0, 100);
    GanttRenderer::Options options;
    const GanttRenderer renderer(scale, options);
    QImage image(1200, 44, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        renderer.paintHeader(p, QRectF(0, 0, 1200, 44));
    }
    // Text in each quarter's band (the top half) and in each month's cell (the bottom half).
    for (int q = 0; q < 4; ++q) {
        INFO("quarter " << q + 1);
        CHECK(inked(image, QRect(q * 300 + 60, 2, 180, 18)) > 20);
    }
    for (int m = 0; m < 12; ++m) {
        INFO("month " << m + 1);
        CHECK(inked(image, QRect(m * 100 + 10, 24, 80, 18)) > 10);
    }
}
