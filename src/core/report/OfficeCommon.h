#pragma once

#include "ReportDocument.h"

#include <QByteArray>
#include <QImage>
#include <QString>

#include <vector>

namespace ita::report::office {

// What the DOCX and ODT writers share: the same report content the PDF draws, cut into
// sections by orientation, with the PDF layout's page setup and column widths, the Gantt as
// pictures from the one renderer, and one set of style names and sizes.

/// Paragraphs name the Thai government's font; Sarabun (compiled into the program, the same
/// design) is the fallback the packages declare (DOCX) or carry (ODT).
inline const QString kFont = QStringLiteral("TH Sarabun New");
inline const QString kFallbackFont = QStringLiteral("Sarabun");
/// The PDF's sizes: TH Sarabun New (and Laksaman, the free font metric-compatible with it
/// that LibreOffice on Linux substitutes) sets as wide as Sarabun at the same size, so the
/// editable files keep about the PDF's page count (checked by converting with LibreOffice:
/// scripts/report-pages). A group that wants the government's 16 pt changes the "ITA Body
/// text" style once.
constexpr double kTitlePt = 15.5;
constexpr double kHeading1Pt = 13.5;
constexpr double kHeading2Pt = 12.5;
constexpr double kBodyPt = 12;
constexpr double kTablePt = 10.5;
constexpr double kFooterPt = 8.5;
/// Line spacing as a share of the font's own: TH Sarabun New and Laksaman leave room for
/// stacked Thai marks that Sarabun does not, and 85 % sets the PDF's lines per page with the
/// marks still clear (looked at in the LibreOffice conversions).
constexpr int kLinePercent = 85;

/// A run of blocks on pages of one orientation.
struct Section {
    bool landscape = false;
    size_t first = 0; ///< first block
    size_t last = 0;  ///< one past the last block
};
std::vector<Section> sections(const Document &document);

/// The page, as the PDF sets it (A4, 3/2.5/2/2 cm, landscape 2 cm all round), in points.
struct Page {
    double width = 0, height = 0;
    double left = 0, top = 0, right = 0, bottom = 0;
    double contentWidth() const { return width - left - right; }
};
Page page(bool landscape);

/// A table's column widths in points, the relative widths of the PDF spread over the text
/// width of a page of that orientation.
std::vector<double> columnWidths(const Table &table, bool landscape);

/// The cells of a row with the column each starts at and how many it spans, as the PDF lays
/// them out: cells follow one another, a cell spanning n columns covers the next n − 1, and
/// a heading row's first cell runs across the table.
struct PlacedCell {
    const Cell *cell = nullptr;
    size_t column = 0;
    size_t span = 1;
};
std::vector<PlacedCell> placeCells(const Row &row, size_t columns);
/// The cell of `row` that starts at `column`, or null.
const Cell *cellStartingAt(const Row &row, size_t column, size_t columns);

/// A picture for the editable formats: PNG bytes and its size on the page in points.
struct Picture {
    QByteArray png;
    double width = 0, height = 0;
};
/// `image` with at most `colours` (2–256) colours: its own most frequent ones, exact, and every
/// other colour (the antialiased edges of text and bars) as the nearest of those.
/// Format_Indexed8.
QImage withOwnPalette(const QImage &image, int colours);

/// A chart block drawn by the PDF's own layout and renderer at `dpi`, one picture per page
/// it takes in the PDF (a long plan's Gantt runs over several pages there too). 150 dpi: the
/// picture fills the text width (about 10.7 in landscape), so Word and LibreOffice print it
/// at about 145 dpi, sharp for 10 pt Thai; 200 dpi made the files twice as large for no
/// difference on an office printer. The PDF itself draws the chart as vectors.
std::vector<Picture> chartPictures(const Document &document, const Block &chart, double dpi = 150);

/// The text of a quarter cell that carries a span mark (the cell is shaded as well):
/// "●→" where a step starts, "→" through, "→●" where it ends, "●" for a single quarter.
QString markText(SpanMark mark);

/// A colour as the formats write it: "d8f0d8" (DOCX) or "#d8f0d8" (ODT).
QString hex(const QColor &colour);

} // namespace ita::report::office
