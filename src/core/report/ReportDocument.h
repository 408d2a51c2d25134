#pragma once

#include "render/GanttRenderer.h"

#include <QColor>
#include <QDate>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QPainter;

namespace ita::report {

/// A report as content, before pages: what the PDF, the printout, the preview and the ODT
/// all draw from. Built by ReportBuilder, laid out by ReportLayout, painted by
/// ReportPainter, written to ODT by OdtWriter.

/// How a cell of a quarter column marks a step's span (the seed draws arrows across the
/// quarters a step runs in).
enum class SpanMark { None, Single, Start, Middle, End };

struct Cell {
    QString text;
    bool bold = false;
    bool centred = false;
    SpanMark mark = SpanMark::None;
    int columns = 1;             ///< columns this cell spans (the next columns-1 cells are skipped)
    bool continuesAbove = false; ///< merged with the cell above (header rows): no line between
    QColor fill;                 ///< invalid = none
    QColor accent; ///< a bar at the cell's left edge (the bucket's colour); invalid = none

    static Cell of(const QString &text, bool bold = false, bool centred = false) {
        Cell c;
        c.text = text;
        c.bold = bold;
        c.centred = centred;
        return c;
    }
};

struct Row {
    std::vector<Cell> cells;
    /// A heading row: its first cell runs across the whole table (the seed's indicator
    /// rows). It is kept on the same page as the row after it.
    bool heading = false;
};

struct Table {
    std::vector<double> widths; ///< relative column widths
    std::vector<Row> header;    ///< repeated at the top of every page the table runs onto
    std::vector<Row> rows;      ///< never split across pages
};

/// Rows of a Gantt chart with their labels, drawn by GanttRenderer.
struct Chart {
    int fiscalYear = 0;
    QStringList labels;
    std::vector<GanttRow> rows; ///< rect is ignored: the layout places rows
    QDate today;                ///< drawn as the today line; invalid = none
};

struct Block {
    enum class Kind {
        Title,     ///< centred, large, bold
        Heading,   ///< level 1 (section) or 2 (sub-section)
        Paragraph, ///< justified body text, first line indented as Thai documents do
        Bullet,    ///< level 1 "-" item, level 2 indented sub-item
        Table,
        Chart,
        Spacer, ///< half a line of space
        Figure, ///< a picture painted by a renderer (the portfolio's summary), never split
    };
    Kind kind = Kind::Paragraph;
    int level = 1;
    QString text;
    bool landscape = false; ///< a change of orientation starts a new page
    bool pageBreakBefore = false;
    Table table;
    Chart chart;
    /// A Figure's painter and height in points; it takes the content's full width.
    std::function<void(QPainter &, const QRectF &)> paint;
    double figureHeight = 0;
};

struct Document {
    QString title;  ///< the PDF's title metadata and the running footer
    QString agency; ///< the running footer
    bool thai = true;
    bool thaiDigits = false; ///< ๐–๙ instead of 0–9 everywhere on the page
    std::vector<Block> blocks;

    Block &add(Block::Kind kind, const QString &text = {}, int level = 1) {
        Block b;
        b.kind = kind;
        b.text = text;
        b.level = level;
        blocks.push_back(std::move(b));
        return blocks.back();
    }
};

/// The footer's running title: the agency, then the title (every format prints the same).
QString runningTitle(const Document &document);

/// "2564" → "๒๕๖๔" when Thai digits are chosen.
QString withDigits(const QString &text, bool thaiDigits);

} // namespace ita::report
