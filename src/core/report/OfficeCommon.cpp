#include "OfficeCommon.h"

#include "ReportLayout.h"
#include "ReportWriters.h"

#include <QBuffer>
#include <QImage>

#include <algorithm>
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
        const QImage full = renderPage(layout, p, dpi);
        const double s = dpi / 72.0 / kUnitsPerPoint;
        double bottom = setup.content.top();
        for (const auto &f : layout.pages()[size_t(p)].fragments)
            bottom = std::max(bottom, f.top + f.height);
        const QRect crop(QPointF(setup.content.left() * s, setup.content.top() * s).toPoint(),
                         QPointF(setup.content.right() * s, bottom * s).toPoint());
        const QImage image = full.copy(crop);
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
