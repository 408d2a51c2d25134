#include "OfficeWriter.h"

#include <QIODevice>

#include <algorithm>

namespace ita::report::office {

namespace {

/// The quarters a step runs in are shaded where the PDF draws its arrows.
const QColor kMarkShade(0xd6, 0xe4, 0xf0);

} // namespace

OfficeWriter::OfficeWriter(const Document &document)
    : m_doc(document)
    , m_x(&m_body) {}

OfficeWriter::~OfficeWriter() = default;

QString OfficeWriter::text(const QString &s) const {
    return withDigits(s, m_doc.thaiDigits);
}

QString OfficeWriter::write(QIODevice *device) {
    beginBody();
    const std::vector<Section> parts = sections(m_doc);
    for (size_t s = 0; s < parts.size(); ++s) {
        beginSection(parts[s]);
        for (size_t i = parts[s].first; i < parts[s].last; ++i)
            block(m_doc.blocks[i], parts[s].landscape);
        endSection(parts[s], s + 1 == parts.size());
    }
    endBody();
    QString error;
    const QByteArray bytes = package(&error);
    if (!error.isEmpty())
        return error;
    return device->write(bytes) == bytes.size() ? QString() : device->errorString();
}

void OfficeWriter::block(const Block &b, bool landscape) {
    switch (b.kind) {
    case Block::Kind::Title:
        title(text(b.text));
        break;
    case Block::Kind::Heading:
        heading(text(b.text), std::clamp(b.level, 1, 3), b.pageBreakBefore);
        break;
    case Block::Kind::Paragraph:
        paragraph(text(b.text), b.level == 0);
        break;
    case Block::Kind::Bullet:
        bullet(text(b.text), b.level <= 1 ? 1 : 2);
        break;
    case Block::Kind::Spacer:
        spacer();
        break;
    case Block::Kind::Table:
        table(b.table, landscape);
        break;
    case Block::Kind::Chart:
    case Block::Kind::Figure:
        for (const Picture &p : chartPictures(m_doc, b)) {
            m_images.push_back(p.png);
            picture(p);
        }
        break;
    }
}

void OfficeWriter::table(const Table &t, bool landscape) {
    const std::vector<double> widths = columnWidths(t, landscape);
    beginTable(t, widths);
    if (!t.header.empty()) {
        beginHeaderRows();
        rows(t, t.header, widths, true);
        endHeaderRows();
    }
    rows(t, t.rows, widths, false);
    endTable();
}

void OfficeWriter::rows(const Table &t, const std::vector<Row> &rows,
                        const std::vector<double> &widths, bool header) {
    const size_t columns = t.widths.size();
    for (size_t r = 0; r < rows.size(); ++r) {
        const Row &row = rows[r];
        beginRow(row, header);
        size_t used = 0;
        for (const PlacedCell &placed : placeCells(row, columns)) {
            const Cell &cell = *placed.cell;
            CellOut out;
            out.cell = &cell;
            out.column = placed.column;
            out.span = placed.span;
            used = placed.column + placed.span;
            for (size_t k = placed.column; k < used; ++k)
                out.width += widths[k];
            const bool marked = cell.mark != SpanMark::None;
            out.fill = marked && !cell.fill.isValid() ? kMarkShade : cell.fill;
            out.lines = (marked ? markText(cell.mark) : text(cell.text)).split(u'\n');
            out.centred = cell.centred || marked;
            out.bold = cell.bold && !header;
            out.header = header;
            out.rowHeading = row.heading;
            // The rows below that continue this cell (header rows) merge into it.
            while (r + size_t(out.rowsDown) < rows.size()) {
                const Cell *under =
                    cellStartingAt(rows[r + size_t(out.rowsDown)], placed.column, columns);
                if (!under || !under->continuesAbove)
                    break;
                ++out.rowsDown;
            }
            this->cell(out);
        }
        if (used < columns) {
            double width = 0;
            for (size_t k = used; k < columns; ++k)
                width += widths[k];
            restOfRow(columns - used, width);
        }
        endRow();
    }
}

} // namespace ita::report::office
