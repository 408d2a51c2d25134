#pragma once

#include "ReportDocument.h"

#include <QFont>
#include <QRectF>
#include <QSizeF>
#include <memory>
#include <vector>

class QPainter;

namespace ita::report {

/// The layout works in units of a tenth of a point, whatever the device: fonts are sized in
/// these units, so glyph advances measured once hold on the PDF, the printer and the screen.
constexpr double kUnitsPerPoint = 10;

/// An A4 page as Thai government documents set it: 3 cm left margin, 2.5 cm top, 2 cm right
/// and bottom (landscape pages: 2 cm all round), the footer inside the bottom margin.
struct PageSetup {
    bool landscape = false;
    QSizeF size;    ///< whole sheet, layout units
    QRectF content; ///< where blocks go
    QRectF footer;  ///< page number and running title
};
PageSetup pageSetup(bool landscape);

/// The family the report is set in: Sarabun, bundled as a resource and registered on first
/// use (needs a QGuiApplication). Falls back to the application font when it cannot load.
QString reportFontFamily();
/// A report font of `points` size, in layout units.
QFont reportFont(double points, bool bold = false);

/// A piece of one block on one page.
struct Fragment {
    enum class Kind { Lines, Rows, Chart, Space, Figure };
    Kind kind = Kind::Lines;
    int block = 0;
    double top = 0;      ///< y on the page, layout units
    double height = 0;   ///< including a repeated header
    int first = 0;       ///< first line (text) or row (table, chart)
    int last = 0;        ///< one past the last
    bool header = false; ///< a table's or chart's header is drawn above its rows here
};

struct Page {
    bool landscape = false;
    std::vector<Fragment> fragments;
};

/// Pages of a report: where every line, table row and chart row goes. Text is shaped and
/// broken once (Thai lines break at word boundaries through Qt's libthai support); the same
/// layout then paints the PDF, the printer, the print preview and PNG pages.
///
/// Rules: a table row or chart row is never split across pages; a table's and a chart's
/// header repeats on every page they run onto; a heading stays with what follows it; a
/// paragraph leaves no single line behind at a page's foot; a change of orientation
/// starts a new page. A row taller than a whole page is the one exception: it is placed
/// alone on its page and clipped there (rowsClipped() counts them).
class ReportLayout {
public:
    explicit ReportLayout(const Document &document);
    ~ReportLayout();
    ReportLayout(const ReportLayout &) = delete;
    ReportLayout &operator=(const ReportLayout &) = delete;

    const Document &document() const { return m_doc; }
    const std::vector<Page> &pages() const { return m_pages; }
    int pageCount() const { return int(m_pages.size()); }
    int rowsClipped() const { return m_clipped; }

    /// A table row as placed, for tests and for finding things on a page.
    struct PlacedRow {
        int block = 0;
        int row = 0; ///< index into the table's rows, or -1 - n for header row n
        QRectF rect;
    };
    std::vector<PlacedRow> placedRows(int page) const;

    /// Paints one page; the painter's coordinates must be layout units with the sheet's
    /// top-left corner at the origin (see paintTo).
    void paintPage(QPainter &painter, int page) const;

private:
    struct Cache;
    const Document &m_doc;
    std::unique_ptr<Cache> m_cache;
    std::vector<Page> m_pages;
    int m_clipped = 0;

    void build();
};

} // namespace ita::report
