#pragma once

#include "OfficeCommon.h"

#include <QByteArray>
#include <QColor>
#include <QStringList>
#include <QXmlStreamWriter>

#include <vector>

class QIODevice;

namespace ita::report::office {

/// One table cell as both editable formats write it, decided once: where it sits, what it
/// says (Thai digits applied, or the quarter mark), how it is shaded and merged.
struct CellOut {
    const Cell *cell = nullptr;
    size_t column = 0;
    size_t span = 1;
    double width = 0;  ///< points, the columns it spans
    QColor fill;       ///< the cell's fill, or the quarter shading of a span mark
    QStringList lines; ///< one paragraph each
    bool centred = false;
    bool bold = false;       ///< bold body text (header rows are bold by their style)
    bool header = false;     ///< a row of the table's header, repeated on every page
    bool rowHeading = false; ///< a row kept with the one after it
    int rowsDown = 1;        ///< the rows this cell covers, itself included
    bool continuesAbove() const { return cell->continuesAbove; }
};

/// The walk over a report that DOCX and ODT share: sections by orientation, the blocks of
/// each, tables row by row with their cells placed as the PDF lays them out, charts as the
/// PDF renderer's pictures. A format writes its own XML in the hooks and its package in
/// `package`; the walk decides everything both must agree on.
class OfficeWriter {
public:
    explicit OfficeWriter(const Document &document);
    virtual ~OfficeWriter();
    OfficeWriter(const OfficeWriter &) = delete;
    OfficeWriter &operator=(const OfficeWriter &) = delete;

    /// The body, then the package onto `device`. The reason it failed, or empty.
    QString write(QIODevice *device);

protected:
    const Document &m_doc;
    QByteArray m_body; ///< what the hooks write, through m_x
    QXmlStreamWriter m_x;
    std::vector<QByteArray> m_images; ///< the pictures' PNGs, chart1.png first

    /// Text as the report shows it: Thai digits when the document asks for them.
    QString text(const QString &s) const;

    virtual void beginBody() = 0;
    virtual void beginSection(const Section &) {}
    /// `last`: the document's last section.
    virtual void endSection(const Section &, bool last) { Q_UNUSED(last); }
    virtual void endBody() = 0;

    virtual void title(const QString &text) = 0;
    virtual void heading(const QString &text, int level, bool pageBreakBefore) = 0;
    /// A paragraph; `lead` the bold line that opens a part (level 0).
    virtual void paragraph(const QString &text, bool lead) = 0;
    /// A bullet of depth 1 or 2.
    virtual void bullet(const QString &text, int depth) = 0;
    virtual void spacer() = 0;

    virtual void beginTable(const Table &table, const std::vector<double> &widths) = 0;
    virtual void beginHeaderRows() {}
    virtual void endHeaderRows() {}
    virtual void beginRow(const Row &row, bool header) = 0;
    virtual void cell(const CellOut &cell) = 0;
    /// A row shorter than the grid: `columns` more columns, `width` points, left empty.
    virtual void restOfRow(size_t columns, double width) = 0;
    virtual void endRow() = 0;
    virtual void endTable() = 0;

    /// A picture; it is m_images.back(), number m_images.size().
    virtual void picture(const Picture &picture) = 0;

    /// The package (ZIP) with m_body and everything else the format needs.
    virtual QByteArray package(QString *error) = 0;

private:
    void block(const Block &b, bool landscape);
    void table(const Table &t, bool landscape);
    void rows(const Table &t, const std::vector<Row> &rows, const std::vector<double> &widths,
              bool header);
};

} // namespace ita::report::office
