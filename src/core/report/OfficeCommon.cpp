#include "OfficeCommon.h"

#include "ReportLayout.h"
#include "ReportWriters.h"

#include <QBuffer>
#include <QImage>

#include <QHash>

#include <algorithm>
#include <cstring>
#include <limits>
#include <numeric>

namespace ita::report::office {

std::vector<Section> sections(const Document &document) {
    std::vector<Section> out;
    for (size_t i = 0; i < document.blocks.size(); ++i) {
        const bool landscape = document.blocks[i].landscape;
        if (out.empty() || out.back().landscape != landscape)
            out.push_back({landscape, i, i});
        out.back().last = i + 1;
    }
    if (out.empty())
        out.push_back({false, 0, 0});
    return out;
}

Page page(bool landscape) {
    const PageSetup setup = pageSetup(landscape);
    const double u = kUnitsPerPoint;
    Page p;
    p.width = setup.size.width() / u;
    p.height = setup.size.height() / u;
    p.left = setup.content.left() / u;
    p.top = setup.content.top() / u;
    p.right = (setup.size.width() - setup.content.right()) / u;
    p.bottom = (setup.size.height() - setup.content.bottom()) / u;
    return p;
}

std::vector<double> columnWidths(const Table &table, bool landscape) {
    const double total = std::accumulate(table.widths.begin(), table.widths.end(), 0.0);
    const double width = page(landscape).contentWidth();
    std::vector<double> out;
    for (double w : table.widths)
        out.push_back(total > 0 ? width * w / total : width / double(table.widths.size()));
    return out;
}

std::vector<PlacedCell> placeCells(const Row &row, size_t columns) {
    std::vector<PlacedCell> out;
    size_t column = 0;
    for (const Cell &cell : row.cells) {
        if (column >= columns)
            break;
        const size_t span = row.heading
                                ? columns - column
                                : std::min(columns - column, size_t(std::max(1, cell.columns)));
        out.push_back({&cell, column, span});
        column += span;
    }
    return out;
}

const Cell *cellStartingAt(const Row &row, size_t column, size_t columns) {
    for (const PlacedCell &p : placeCells(row, columns))
        if (p.column == column)
            return p.cell;
    return nullptr;
}

namespace {

int colourDistance(QRgb a, QRgb b) {
    const int dr = qRed(a) - qRed(b), dg = qGreen(a) - qGreen(b), db = qBlue(a) - qBlue(b);
    return dr * dr + dg * dg + db * db;
}

/// The colours of an RGB32 image with how many pixels have each, most first (ties by value),
/// counted a run at a time: a chart is mostly runs of one colour (paper, bars, rules), so
/// this takes a few milliseconds.
std::vector<std::pair<qint64, QRgb>> coloursByCount(const QImage &rgb) {
    QHash<QRgb, qint64> counts;
    const int w = rgb.width(), h = rgb.height();
    for (int y = 0; y < h; ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < w;) {
            const QRgb c = line[x];
            int end = x + 1;
            while (end < w && line[end] == c)
                ++end;
            counts[c | 0xff000000u] += end - x;
            x = end;
        }
    }
    std::vector<std::pair<qint64, QRgb>> byCount;
    byCount.reserve(size_t(counts.size()));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        byCount.emplace_back(it.value(), it.key());
    std::sort(byCount.begin(), byCount.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    return byCount;
}

/// At most `size` colours: first the flat ones, exact (each that covers one pixel in a
/// thousand, in at most half the palette); then, one at a time, the colour whose pixels are
/// worst served so far (pixels × squared distance to their nearest entry), so that the shades
/// of antialiased text spread over the ramp instead of bunching where the counts tie.
QList<QRgb> choosePalette(const std::vector<std::pair<qint64, QRgb>> &byCount, size_t size,
                          qint64 pixels) {
    QList<QRgb> palette;
    size_t next = 0;
    while (next < size && palette.size() < qsizetype(std::max<size_t>(1, size / 2)) &&
           (next == 0 || byCount[next].first * 1000 >= pixels))
        palette.push_back(byCount[next++].second);
    std::vector<int> nearest(byCount.size(), std::numeric_limits<int>::max());
    for (size_t i = next; i < byCount.size(); ++i)
        for (const QRgb p : palette)
            nearest[i] = std::min(nearest[i], colourDistance(byCount[i].second, p));
    while (size_t(palette.size()) < size) {
        size_t worst = next;
        double worstCost = -1;
        for (size_t i = next; i < byCount.size(); ++i) {
            const double cost = double(byCount[i].first) * nearest[i];
            if (cost > worstCost) {
                worstCost = cost;
                worst = i;
            }
        }
        if (worstCost <= 0)
            break; // every colour is in the palette
        const QRgb chosen = byCount[worst].second;
        palette.push_back(chosen);
        for (size_t i = next; i < byCount.size(); ++i)
            nearest[i] = std::min(nearest[i], colourDistance(byCount[i].second, chosen));
    }
    return palette;
}

} // namespace

QImage withOwnPalette(const QImage &image, int colours) {
    const QImage rgb = image.format() == QImage::Format_RGB32
                           ? image
                           : image.convertToFormat(QImage::Format_RGB32);
    const int w = rgb.width(), h = rgb.height();
    const auto byCount = coloursByCount(rgb);
    const QList<QRgb> palette = choosePalette(
        byCount, std::min<size_t>(size_t(std::clamp(colours, 2, 256)), byCount.size()),
        qint64(w) * h);
    QHash<QRgb, uchar> index;
    for (qsizetype i = 0; i < palette.size(); ++i)
        index.insert(palette[i], uchar(i));
    // A colour not kept (an antialiased edge between two kept ones) takes the nearest kept.
    const auto nearest = [&](QRgb c) {
        qsizetype best = 0;
        for (qsizetype i = 1; i < palette.size(); ++i)
            if (colourDistance(c, palette[i]) < colourDistance(c, palette[best]))
                best = i;
        return uchar(best);
    };
    QImage out(w, h, QImage::Format_Indexed8);
    out.setColorTable(palette);
    out.setDotsPerMeterX(rgb.dotsPerMeterX());
    out.setDotsPerMeterY(rgb.dotsPerMeterY());
    for (int y = 0; y < h; ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        uchar *target = out.scanLine(y);
        for (int x = 0; x < w;) {
            const QRgb c = line[x] | 0xff000000u;
            int end = x + 1;
            while (end < w && (line[end] | 0xff000000u) == c)
                ++end;
            auto it = index.constFind(c);
            if (it == index.constEnd())
                it = index.insert(c, nearest(c));
            std::memset(target + x, *it, size_t(end - x));
            x = end;
        }
    }
    return out;
}

std::vector<Picture> chartPictures(const Document &document, const Block &chart, double dpi) {
    // The one renderer draws the chart: lay out a document holding only this block and take
    // its pages' content as pictures.
    Document only;
    only.thai = document.thai;
    only.thaiDigits = document.thaiDigits;
    only.blocks.push_back(chart);
    const ReportLayout layout(only);
    std::vector<Picture> pictures;
    for (int p = 0; p < layout.pageCount(); ++p) {
        const PageSetup setup = pageSetup(layout.pages()[size_t(p)].landscape);
        double bottom = setup.content.top();
        for (const auto &f : layout.pages()[size_t(p)].fragments)
            bottom = std::max(bottom, f.top + f.height);
        const QRectF area(setup.content.left(), setup.content.top(), setup.content.width(),
                          bottom - setup.content.top());
        // A palette of the chart's own 64 colours: every flat colour (paper, rules, bars,
        // headers) exact, the edges of text and bars as the nearest of them. With 150 dpi,
        // the seed report's DOCX is a quarter of its size with true-colour pictures at 200 dpi
        // and is written in half the time (issue 28; bench/report-bench).
        const QImage image = withOwnPalette(renderArea(layout, p, area, dpi), 64);
        Picture picture;
        QBuffer buffer(&picture.png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        picture.width = setup.content.width() / kUnitsPerPoint;
        picture.height = (bottom - setup.content.top()) / kUnitsPerPoint;
        pictures.push_back(std::move(picture));
    }
    return pictures;
}

QString markText(SpanMark mark) {
    switch (mark) {
    case SpanMark::Single:
        return QStringLiteral("●");
    case SpanMark::Start:
        return QStringLiteral("●→");
    case SpanMark::Middle:
        return QStringLiteral("→");
    case SpanMark::End:
        return QStringLiteral("→●");
    case SpanMark::None:
        break;
    }
    return {};
}

QString hex(const QColor &colour) {
    return colour.name().mid(1);
}

} // namespace ita::report::office
