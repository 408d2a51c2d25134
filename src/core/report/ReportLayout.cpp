#include "ReportLayout.h"

#include "domain/ThaiDigits.h"
#include "render/GanttRenderer.h"
#include "render/TimeScale.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QTextOption>

#ifdef Q_OS_WIN
#include <QCoreApplication>
#include <QDir>
#include <qt_windows.h>
#endif

#ifdef Q_OS_WIN
// Thai is written without spaces between words. Qt finds where a Thai line may break with
// libthai, loaded at run time (thai.dll beside the programs: scripts/windows), which reads its
// word list from LIBTHAI_DICTDIR; without it, reports and tables on Windows wrap Thai inside
// words. Pointed at the copy beside the programs, as a short (8.3) path: libthai opens it with
// the ANSI file functions, which cannot spell a folder with Thai letters on a Windows set to
// another language. Runs as the application starts, before any text is laid out.
static void pointLibthaiAtItsWordList() {
    if (qEnvironmentVariableIsSet("LIBTHAI_DICTDIR"))
        return;
    const QString dir = QDir::toNativeSeparators(QCoreApplication::applicationDirPath() +
                                                 QStringLiteral("/libthai"));
    wchar_t shortPath[MAX_PATH];
    const DWORD length =
        GetShortPathNameW(reinterpret_cast<const wchar_t *>(dir.utf16()), shortPath, MAX_PATH);
    const QString path =
        length > 0 && length < MAX_PATH ? QString::fromWCharArray(shortPath, int(length)) : dir;
    qputenv("LIBTHAI_DICTDIR", path.toLocal8Bit());
}
Q_COREAPP_STARTUP_FUNCTION(pointLibthaiAtItsWordList)
#endif

namespace ita::report {

namespace {

constexpr double kCm = 72.0 / 2.54 * kUnitsPerPoint;
constexpr double pt(double points) {
    return points * kUnitsPerPoint;
}

// Type sizes in points. Sarabun runs larger than TH Sarabun New: 12 pt here reads like the
// 16 pt of official correspondence.
constexpr double kTitleSize = 15.5;
constexpr double kHeadingSizes[4] = {13.5, 13.5, 12.5, 12};
constexpr double kBodySize = 12;
constexpr double kTableSize = 10.5;
constexpr double kChartSize = 9;
constexpr double kFooterSize = 8.5;

constexpr double kCellPadX = pt(3);
constexpr double kCellPadY = pt(2);
constexpr double kIndent = pt(28); // first line of a paragraph, as Thai documents indent
constexpr double kBulletIndent = pt(18);

const QColor kLine(0x70, 0x70, 0x70);

} // namespace

PageSetup pageSetup(bool landscape) {
    const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Point) * kUnitsPerPoint;
    PageSetup s;
    s.landscape = landscape;
    s.size = landscape ? a4.transposed() : a4;
    const double left = landscape ? 2 * kCm : 3 * kCm;
    const double top = landscape ? 2 * kCm : 2.5 * kCm;
    const double right = 2 * kCm;
    const double bottom = 2 * kCm;
    s.content = QRectF(left, top, s.size.width() - left - right, s.size.height() - top - bottom);
    s.footer = QRectF(left, s.content.bottom() + 0.5 * kCm, s.content.width(), 0.9 * kCm);
    return s;
}

QString reportFontFamily() {
    static const QString family = [] {
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return QString();
        QString name;
        for (const char *file : {":/fonts/Sarabun-Regular.ttf", ":/fonts/Sarabun-Bold.ttf",
                                 ":/fonts/Sarabun-Italic.ttf", ":/fonts/ITAPlannerMarks.ttf"}) {
            const int id = QFontDatabase::addApplicationFont(QString::fromLatin1(file));
            const QStringList families = QFontDatabase::applicationFontFamilies(id);
            if (name.isEmpty() && !families.isEmpty())
                name = families.front();
        }
        return name;
    }();
    return family;
}

QFont reportFont(double points, bool bold) {
    QFont font;
    // Signs Sarabun lacks (★ ↔) come from the bundled marks font, never from the machine.
    font.setFamilies({reportFontFamily(), QStringLiteral("ITA Planner Marks")});
    font.setPixelSize(qRound(points * kUnitsPerPoint));
    font.setBold(bold);
    // Outlines at their design advances: the same widths on paper and on screen.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

// ---- cached shaping -------------------------------------------------------------------------

struct CellBox {
    std::unique_ptr<QTextLayout> layout; ///< null for empty cells and span marks
    double x = 0;                        ///< relative to the content's left edge
    double width = 0;
    const Cell *cell = nullptr;
};

struct RowBox {
    double height = 0;
    std::vector<CellBox> cells;
};

struct BlockBox {
    // Text blocks.
    std::unique_ptr<QTextLayout> text;
    double x = 0; ///< left of the text box, relative to content
    double spaceBefore = 0;
    double spaceAfter = 0;
    QString marker; ///< a bullet's dash
    double markerX = 0;
    // Tables and charts.
    std::vector<RowBox> header;
    std::vector<RowBox> rows;
    double headerHeight = 0;
    double chartLabelWidth = 0;
    double figureHeight = 0;
    double lineHeight(int line) const { return text->lineAt(line).height(); }
};

struct ReportLayout::Cache {
    std::vector<BlockBox> blocks;
};

namespace {

QString digitsOf(const Document &doc, const QString &text) {
    return doc.thaiDigits ? toThaiDigits(text) : text;
}

std::unique_ptr<QTextLayout> shape(const QString &text, const QFont &font, double width,
                                   Qt::Alignment align, double firstIndent = 0) {
    // A line break in a cell (a list of links, of reasons) breaks the line: QTextLayout
    // breaks at the Unicode line separator, not at '\n'.
    QString broken = text;
    broken.replace(u'\n', QChar::LineSeparator);
    auto layout = std::make_unique<QTextLayout>(broken, font);
    QTextOption option(align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    layout->setTextOption(option);
    layout->setCacheEnabled(true);
    layout->beginLayout();
    double y = 0;
    bool first = true;
    while (true) {
        QTextLine line = layout->createLine();
        if (!line.isValid())
            break;
        const double indent = first ? firstIndent : 0;
        line.setLineWidth(std::max(1.0, width - indent));
        line.setPosition(QPointF(indent, y));
        y += line.height();
        first = false;
    }
    layout->endLayout();
    return layout;
}

double textHeight(const QTextLayout &layout) {
    const int n = layout.lineCount();
    return n == 0 ? 0 : layout.lineAt(n - 1).rect().bottom();
}

RowBox shapeRow(const Document &doc, const Row &row, const std::vector<double> &colX,
                const std::vector<double> &colW, double fontSize, double minHeight) {
    RowBox box;
    const QFont regular = reportFont(fontSize);
    const QFont bold = reportFont(fontSize, true);
    box.height = minHeight;
    size_t col = 0;
    for (const Cell &cell : row.cells) {
        if (col >= colX.size())
            break;
        CellBox c;
        c.cell = &cell;
        c.x = colX[col];
        const size_t span = row.heading ? colX.size() : size_t(std::max(1, cell.columns));
        for (size_t k = col; k < std::min(colX.size(), col + span); ++k)
            c.width += colW[k];
        if (!cell.text.isEmpty()) {
            const double inner = c.width - 2 * kCellPadX - (cell.accent.isValid() ? pt(3) : 0);
            c.layout = shape(digitsOf(doc, cell.text), cell.bold ? bold : regular, inner,
                             cell.centred ? Qt::AlignHCenter : Qt::AlignLeft);
            box.height = std::max(box.height, textHeight(*c.layout) + 2 * kCellPadY);
        }
        box.cells.push_back(std::move(c));
        col += span;
    }
    return box;
}

void paintSpanMark(QPainter &p, const QRectF &cell, SpanMark mark) {
    if (mark == SpanMark::None)
        return;
    const double y = cell.top() + std::min(cell.height() / 2, pt(9));
    const double head = pt(3.2);
    const double inset = pt(3);
    const double x0 =
        mark == SpanMark::Start || mark == SpanMark::Single ? cell.left() + inset : cell.left();
    const double x1 =
        mark == SpanMark::End || mark == SpanMark::Single ? cell.right() - inset : cell.right();
    p.save();
    p.setPen(QPen(Qt::black, pt(0.9)));
    p.drawLine(QPointF(x0, y), QPointF(x1, y));
    p.setBrush(Qt::black);
    auto arrow = [&](double tip, double dir) {
        QPainterPath path;
        path.moveTo(tip, y);
        path.lineTo(tip + dir * head * 1.6, y - head);
        path.lineTo(tip + dir * head * 1.6, y + head);
        path.closeSubpath();
        p.drawPath(path);
    };
    if (mark == SpanMark::Start || mark == SpanMark::Single)
        arrow(x0, 1);
    if (mark == SpanMark::End || mark == SpanMark::Single)
        arrow(x1, -1);
    p.restore();
}

/// Draws a row's cells at `top`: fills, the bucket accent, text, span arrows, borders.
void paintRow(QPainter &p, const RowBox &row, double left, double top) {
    for (const CellBox &c : row.cells) {
        const QRectF r(left + c.x, top, c.width, row.height);
        if (c.cell->fill.isValid())
            p.fillRect(r, c.cell->fill);
        double textLeft = r.left() + kCellPadX;
        if (c.cell->accent.isValid()) {
            p.fillRect(QRectF(r.left(), r.top(), pt(2.5), r.height()), c.cell->accent);
            textLeft += pt(3);
        }
        if (c.layout) {
            p.setPen(Qt::black);
            c.layout->draw(&p, QPointF(textLeft, r.top() + kCellPadY));
        }
        paintSpanMark(p, r, c.cell->mark);
        p.setPen(QPen(kLine, pt(0.5)));
        p.drawLine(r.topLeft(), r.bottomLeft());
        p.drawLine(r.topRight(), r.bottomRight());
        p.drawLine(r.bottomLeft(), r.bottomRight());
        if (!c.cell->continuesAbove)
            p.drawLine(r.topLeft(), r.topRight());
    }
}

} // namespace

// ---- layout ---------------------------------------------------------------------------------

ReportLayout::ReportLayout(const Document &document)
    : m_doc(document)
    , m_cache(std::make_unique<Cache>()) {
    build();
}

ReportLayout::~ReportLayout() = default;

void ReportLayout::build() {
    auto &boxes = m_cache->blocks;
    boxes.resize(m_doc.blocks.size());

    // Shape every block at the width of its page.
    for (size_t i = 0; i < m_doc.blocks.size(); ++i) {
        const Block &b = m_doc.blocks[i];
        BlockBox &box = boxes[i];
        const double width = pageSetup(b.landscape).content.width();
        switch (b.kind) {
        case Block::Kind::Title:
            box.text = shape(digitsOf(m_doc, b.text), reportFont(kTitleSize, true), width,
                             Qt::AlignHCenter);
            box.spaceAfter = pt(2);
            break;
        case Block::Kind::Heading: {
            const double size = kHeadingSizes[std::clamp(b.level, 0, 3)];
            box.text = shape(digitsOf(m_doc, b.text), reportFont(size, true), width, Qt::AlignLeft);
            box.spaceBefore = b.level <= 1 ? pt(12) : pt(8);
            box.spaceAfter = pt(4);
            break;
        }
        case Block::Kind::Paragraph:
            // Level 0 is a run-in title (a group inside an indicator): bold, not indented.
            // Paragraphs are set ragged right: Qt justifies at spaces only, and Thai puts
            // spaces between phrases, not words, so justified Thai opens wide gaps.
            box.text = shape(digitsOf(m_doc, b.text), reportFont(kBodySize, b.level == 0), width,
                             Qt::AlignLeft, b.level == 0 ? 0 : kIndent);
            box.spaceBefore = b.level == 0 ? pt(4) : 0;
            box.spaceAfter = pt(4);
            break;
        case Block::Kind::Bullet: {
            const QFont font = reportFont(kBodySize);
            box.marker = b.level <= 1 ? QStringLiteral("-") : QStringLiteral("•");
            box.markerX = kBulletIndent * (b.level <= 1 ? 1 : 2);
            box.x = box.markerX + pt(10);
            box.text = shape(digitsOf(m_doc, b.text), font, width - box.x, Qt::AlignLeft);
            box.spaceAfter = pt(1.5);
            break;
        }
        case Block::Kind::Table: {
            double total = 0;
            for (double w : b.table.widths)
                total += w;
            std::vector<double> colX, colW;
            double x = 0;
            for (double w : b.table.widths) {
                colX.push_back(x);
                colW.push_back(width * w / total);
                x += width * w / total;
            }
            const double minRow = pt(kTableSize) * 1.3 + 2 * kCellPadY;
            for (const Row &r : b.table.header) {
                box.header.push_back(shapeRow(m_doc, r, colX, colW, kTableSize, minRow));
                box.headerHeight += box.header.back().height;
            }
            for (const Row &r : b.table.rows)
                box.rows.push_back(shapeRow(m_doc, r, colX, colW, kTableSize, minRow));
            box.spaceBefore = pt(4);
            box.spaceAfter = pt(8);
            break;
        }
        case Block::Kind::Chart: {
            box.chartLabelWidth = width * 0.36;
            const std::vector<double> colX{0}, colW{box.chartLabelWidth};
            const double minRow = pt(15);
            for (int r = 0; r < b.chart.labels.size(); ++r) {
                Row row;
                Cell cell;
                cell.text = b.chart.labels[r];
                cell.bold = r < int(b.chart.rows.size()) && b.chart.rows[size_t(r)].isMeasure;
                row.cells.push_back(cell);
                // The label cell points into a temporary row: keep the text only.
                RowBox rb = shapeRow(m_doc, row, colX, colW, kChartSize, minRow);
                rb.cells.front().cell = nullptr;
                box.rows.push_back(std::move(rb));
            }
            box.headerHeight = pt(30);
            box.spaceBefore = pt(4);
            box.spaceAfter = pt(8);
            break;
        }
        case Block::Kind::Spacer:
            box.spaceAfter = pt(kBodySize * 0.8);
            break;
        case Block::Kind::Figure:
            box.figureHeight =
                std::min(pt(b.figureHeight), pageSetup(b.landscape).content.height());
            box.spaceBefore = pt(4);
            box.spaceAfter = pt(8);
            break;
        }
    }

    // Place the shaped blocks on pages.
    Page *page = nullptr;
    double y = 0;
    double bottom = 0;
    auto newPage = [&](bool landscape) {
        m_pages.push_back(Page{landscape, {}});
        page = &m_pages.back();
        const PageSetup setup = pageSetup(landscape);
        y = setup.content.top();
        bottom = setup.content.bottom();
    };
    auto atTop = [&] {
        return page && page->fragments.empty();
    };
    // Height of the least of a block that may start a page: its first line or row.
    auto firstUnit = [&](size_t i) -> double {
        if (i >= boxes.size())
            return 0;
        const BlockBox &box = boxes[i];
        switch (m_doc.blocks[i].kind) {
        case Block::Kind::Table:
        case Block::Kind::Chart:
            return box.spaceBefore + box.headerHeight +
                   (box.rows.empty() ? 0 : box.rows.front().height);
        case Block::Kind::Spacer:
            return 0;
        case Block::Kind::Figure:
            return box.spaceBefore + box.figureHeight;
        default:
            return box.spaceBefore +
                   (box.text && box.text->lineCount() > 0 ? box.lineHeight(0) : 0);
        }
    };

    for (size_t i = 0; i < m_doc.blocks.size(); ++i) {
        const Block &b = m_doc.blocks[i];
        BlockBox &box = boxes[i];
        if (!page || page->landscape != b.landscape || (b.pageBreakBefore && !atTop()))
            newPage(b.landscape);
        if (!atTop())
            y += box.spaceBefore;

        switch (b.kind) {
        case Block::Kind::Spacer:
            page->fragments.push_back(
                {Fragment::Kind::Space, int(i), y, box.spaceAfter, 0, 0, false});
            y += box.spaceAfter;
            continue;
        case Block::Kind::Figure:
            if (y + box.figureHeight > bottom && !atTop())
                newPage(b.landscape);
            page->fragments.push_back(
                {Fragment::Kind::Figure, int(i), y, box.figureHeight, 0, 0, false});
            y += box.figureHeight + box.spaceAfter;
            continue;
        case Block::Kind::Title:
        case Block::Kind::Heading:
        case Block::Kind::Paragraph:
        case Block::Kind::Bullet: {
            const int lines = box.text->lineCount();
            double need = textHeight(*box.text);
            if (b.kind == Block::Kind::Heading ||
                (b.kind == Block::Kind::Paragraph && b.level == 0))
                need += box.spaceAfter + firstUnit(i + 1); // keep with what follows
            else if (lines > 1)
                need = box.lineHeight(0) + box.lineHeight(1); // no lone first line at a foot
            if (y + need > bottom && !atTop())
                newPage(b.landscape);
            int first = 0;
            while (first < lines) {
                double used = 0;
                int last = first;
                while (last < lines && y + used + box.lineHeight(last) <= bottom + 0.5) {
                    used += box.lineHeight(last);
                    ++last;
                }
                if (last == first) { // not even one line fits on an empty page: place it anyway
                    used = box.lineHeight(last);
                    ++last;
                }
                // No single last line alone at the top of the next page.
                if (last == lines - 1 && last - first >= 3) {
                    --last;
                    used -= box.lineHeight(last);
                }
                page->fragments.push_back(
                    {Fragment::Kind::Lines, int(i), y, used, first, last, false});
                y += used;
                first = last;
                if (first < lines)
                    newPage(b.landscape);
            }
            y += box.spaceAfter;
            break;
        }
        case Block::Kind::Table:
        case Block::Kind::Chart: {
            const int rows = int(box.rows.size());
            auto rowNeed = [&](int r) {
                double h = box.rows[size_t(r)].height;
                // A heading row keeps the row after it on its page.
                if (b.kind == Block::Kind::Table && b.table.rows[size_t(r)].heading && r + 1 < rows)
                    h += box.rows[size_t(r + 1)].height;
                return h;
            };
            if (rows > 0 && y + box.headerHeight + rowNeed(0) > bottom && !atTop())
                newPage(b.landscape);
            int first = 0;
            do {
                double used = box.headerHeight;
                int last = first;
                while (last < rows && y + used + rowNeed(last) <= bottom + 0.5) {
                    used += box.rows[size_t(last)].height;
                    ++last;
                }
                if (last == first && rows > 0) { // taller than a page: alone, clipped
                    used += box.rows[size_t(last)].height;
                    ++last;
                    ++m_clipped;
                }
                page->fragments.push_back(
                    {b.kind == Block::Kind::Table ? Fragment::Kind::Rows : Fragment::Kind::Chart,
                     int(i), y, used, first, last, true});
                y += used;
                first = last;
                if (first < rows)
                    newPage(b.landscape);
            } while (first < rows);
            y += box.spaceAfter;
            break;
        }
        }
    }
    if (m_pages.empty())
        m_pages.push_back(Page{false, {}});
}

std::vector<ReportLayout::PlacedRow> ReportLayout::placedRows(int pageIndex) const {
    std::vector<PlacedRow> out;
    const Page &page = m_pages.at(size_t(pageIndex));
    const double left = pageSetup(page.landscape).content.left();
    for (const Fragment &f : page.fragments) {
        if (f.kind != Fragment::Kind::Rows && f.kind != Fragment::Kind::Chart)
            continue;
        const BlockBox &box = m_cache->blocks[size_t(f.block)];
        const double width = pageSetup(page.landscape).content.width();
        double y = f.top;
        if (f.kind == Fragment::Kind::Rows) {
            for (size_t h = 0; h < box.header.size(); ++h) {
                out.push_back({f.block, -1 - int(h), QRectF(left, y, width, box.header[h].height)});
                y += box.header[h].height;
            }
        } else {
            y += box.headerHeight;
        }
        for (int r = f.first; r < f.last; ++r) {
            out.push_back({f.block, r, QRectF(left, y, width, box.rows[size_t(r)].height)});
            y += box.rows[size_t(r)].height;
        }
    }
    return out;
}

// ---- painting -------------------------------------------------------------------------------

void ReportLayout::paintPage(QPainter &p, int pageIndex) const {
    const Page &page = m_pages.at(size_t(pageIndex));
    const PageSetup setup = pageSetup(page.landscape);
    const double left = setup.content.left();
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setPen(Qt::black);

    for (const Fragment &f : page.fragments) {
        const Block &b = m_doc.blocks[size_t(f.block)];
        const BlockBox &box = m_cache->blocks[size_t(f.block)];
        switch (f.kind) {
        case Fragment::Kind::Space:
            break;
        case Fragment::Kind::Figure:
            if (b.paint) {
                p.save();
                const QRectF area(left, f.top, setup.content.width(), f.height);
                p.setClipRect(area);
                p.setFont(reportFont(kBodySize));
                b.paint(p, area);
                p.restore();
            }
            break;
        case Fragment::Kind::Lines: {
            const double offset = box.text->lineAt(f.first).y();
            p.setPen(Qt::black);
            if (f.first == 0 && !box.marker.isEmpty()) {
                p.setFont(reportFont(kBodySize));
                p.drawText(QPointF(left + box.markerX, f.top + box.text->lineAt(0).ascent()),
                           box.marker);
            }
            for (int l = f.first; l < f.last; ++l)
                box.text->lineAt(l).draw(&p, QPointF(left + box.x, f.top - offset));
            break;
        }
        case Fragment::Kind::Rows: {
            double y = f.top;
            for (const RowBox &row : box.header) {
                paintRow(p, row, left, y);
                y += row.height;
            }
            for (int r = f.first; r < f.last; ++r) {
                const RowBox &row = box.rows[size_t(r)];
                p.save();
                p.setClipRect(QRectF(left, y, setup.content.width(), row.height)
                                  .adjusted(-pt(1), -pt(1), pt(1), pt(1)));
                paintRow(p, row, left, y);
                p.restore();
                y += row.height;
            }
            break;
        }
        case Fragment::Kind::Chart: {
            const double labelW = box.chartLabelWidth;
            const double chartX = left + labelW;
            const double chartW = setup.content.width() - labelW;
            const TimeScale scale(b.chart.fiscalYear, chartX, chartW / 12.0);
            GanttRenderer::Options options;
            options.thai = m_doc.thai;
            options.thaiDigits = m_doc.thaiDigits;
            options.headerHeight = box.headerHeight;
            options.unit = pt(0.75);
            options.today = b.chart.today;
            GanttRenderer renderer(scale, options);
            std::vector<GanttRow> rows;
            double y = f.top + box.headerHeight;
            for (int r = f.first; r < f.last; ++r) {
                GanttRow row = b.chart.rows[size_t(r)];
                row.rect = QRectF(chartX, y, chartW, box.rows[size_t(r)].height);
                rows.push_back(row);
                y += box.rows[size_t(r)].height;
            }
            const double bodyTop = f.top + box.headerHeight;
            p.setFont(reportFont(kChartSize));
            renderer.paintBody(p, QRectF(chartX, bodyTop, chartW, y - bodyTop), rows);
            renderer.paintHeader(p, QRectF(chartX, f.top, chartW, box.headerHeight));
            // The label column, boxed like a table.
            p.setPen(QPen(kLine, pt(0.5)));
            p.fillRect(QRectF(left, f.top, labelW, box.headerHeight), QColor(0xf2, 0xf2, 0xf2));
            p.drawRect(QRectF(left, f.top, labelW, box.headerHeight));
            p.setFont(reportFont(kChartSize, true));
            p.drawText(QRectF(left, f.top, labelW, box.headerHeight), Qt::AlignCenter,
                       m_doc.thai ? QStringLiteral("มาตรการ / ขั้นตอน")
                                  : QStringLiteral("Measure / step"));
            double ry = bodyTop;
            for (int r = f.first; r < f.last; ++r) {
                const RowBox &row = box.rows[size_t(r)];
                const QRectF cell(left, ry, labelW, row.height);
                if (b.chart.rows[size_t(r)].isMeasure)
                    p.fillRect(cell, QColor(0xf6, 0xf6, 0xf6));
                p.setPen(QPen(kLine, pt(0.5)));
                p.drawRect(cell);
                p.drawLine(QPointF(chartX + chartW, ry), QPointF(chartX + chartW, ry + row.height));
                p.drawLine(QPointF(chartX, ry + row.height),
                           QPointF(chartX + chartW, ry + row.height));
                p.setPen(Qt::black);
                if (row.cells.front().layout)
                    row.cells.front().layout->draw(&p, QPointF(left + kCellPadX, ry + kCellPadY));
                ry += row.height;
            }
            break;
        }
        }
    }

    // Footer: the running title and the page number.
    p.setPen(QPen(kLine, pt(0.4)));
    p.drawLine(setup.footer.topLeft(), setup.footer.topRight());
    p.setPen(QColor(0x40, 0x40, 0x40));
    p.setFont(reportFont(kFooterSize));
    const QString number =
        m_doc.thai ? QStringLiteral("หน้า %1 จาก %2").arg(pageIndex + 1).arg(pageCount())
                   : QStringLiteral("Page %1 of %2").arg(pageIndex + 1).arg(pageCount());
    const QRectF text = setup.footer.adjusted(0, pt(2), 0, 0);
    p.drawText(text, Qt::AlignRight | Qt::AlignTop, digitsOf(m_doc, number));
    const QString running = runningTitle(m_doc);
    p.drawText(text.adjusted(0, 0, -pt(90), 0), Qt::AlignLeft | Qt::AlignTop,
               p.fontMetrics().elidedText(digitsOf(m_doc, running), Qt::ElideRight,
                                          int(text.width() - pt(90))));
    p.restore();
}

} // namespace ita::report
