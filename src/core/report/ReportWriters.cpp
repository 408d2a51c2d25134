#include "ReportWriters.h"

#include "ReportLayout.h"
#include "domain/ThaiDigits.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

namespace ita::report {

namespace {

QPageLayout a4(bool landscape) {
    return QPageLayout(QPageSize(QPageSize::A4),
                       landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(0, 0, 0, 0));
}

bool haveGui() {
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

} // namespace

QString paintTo(const ReportLayout &layout, QPagedPaintDevice &device) {
    const auto &pages = layout.pages();
    device.setPageLayout(a4(pages.front().landscape));
    QPainter painter;
    if (!painter.begin(&device))
        return QStringLiteral("cannot start painting on the output device");
    for (int i = 0; i < layout.pageCount(); ++i) {
        if (i > 0) {
            // The next page's orientation must be set before it is started.
            device.setPageLayout(a4(pages[size_t(i)].landscape));
            if (!device.newPage()) {
                painter.end();
                return QStringLiteral("cannot start page %1").arg(i + 1);
            }
        }
        painter.save();
        // Layout units → device pixels. The page's paint rect starts at the sheet's corner
        // because the device's margins are zero.
        const double scale = device.logicalDpiX() / 72.0 / kUnitsPerPoint;
        painter.scale(scale, scale);
        layout.paintPage(painter, i);
        painter.restore();
    }
    if (!painter.end())
        return QStringLiteral("the output device failed while writing");
    return {};
}

QString writePdf(const Document &document, QIODevice *device) {
    if (!haveGui())
        return QStringLiteral("writing a PDF needs a QGuiApplication (fonts)");
    const ReportLayout layout(document);
    QPdfWriter pdf(device);
    pdf.setResolution(1200);
    pdf.setTitle(document.title);
    pdf.setCreator(QStringLiteral("ITA Planner"));
    pdf.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
    return paintTo(layout, pdf);
}

QImage renderPage(const ReportLayout &layout, int page, double dpi, double devicePixelRatio) {
    // On a 2× screen the page is painted with twice the pixels and keeps its size on screen,
    // so the preview stays sharp.
    const PageSetup setup = pageSetup(layout.pages().at(size_t(page)).landscape);
    const double scale = dpi / 72.0 / kUnitsPerPoint; // layout units → logical pixels
    const QSize logical = (setup.size * scale).toSize();
    QImage image(logical * devicePixelRatio, QImage::Format_RGB32);
    image.setDevicePixelRatio(devicePixelRatio); // QPainter adds the ratio itself
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    layout.paintPage(painter, page);
    return image;
}

// ---- ODT ------------------------------------------------------------------------------------

namespace {

class OdtBuilder {
public:
    explicit OdtBuilder(const Document &doc)
        : m_doc(doc)
        , m_cursor(&m_text) {
        QFont base(reportFontFamily().isEmpty() ? QStringLiteral("Sarabun") : reportFontFamily());
        base.setPointSizeF(12);
        m_text.setDefaultFont(base);
        m_text.setMetaInformation(QTextDocument::DocumentTitle, doc.title);
    }

    QTextDocument &build() {
        bool first = true;
        for (size_t i = 0; i < m_doc.blocks.size(); ++i) {
            const Block &b = m_doc.blocks[i];
            if (b.kind != Block::Kind::Bullet)
                m_list = nullptr;
            switch (b.kind) {
            case Block::Kind::Title:
                textBlock(b.text, 15.5, true, Qt::AlignHCenter, 0, first);
                break;
            case Block::Kind::Heading:
                textBlock(b.text, b.level <= 1 ? 13.5 : 12.5, true, Qt::AlignLeft, b.level, first,
                          b.pageBreakBefore);
                break;
            case Block::Kind::Paragraph:
                textBlock(b.text, 12, b.level == 0, b.level == 0 ? Qt::AlignLeft : Qt::AlignJustify,
                          0, first, false, b.level == 0 ? 0 : 28);
                break;
            case Block::Kind::Bullet:
                bullet(b, first);
                break;
            case Block::Kind::Spacer:
                textBlock(QString(), 12, false, Qt::AlignLeft, 0, first);
                break;
            case Block::Kind::Table:
                table(b.table, first);
                break;
            case Block::Kind::Chart:
                chart(b, first, int(i));
                break;
            }
            first = false;
        }
        return m_text;
    }

private:
    const Document &m_doc;
    QTextDocument m_text;
    QTextCursor m_cursor;
    QTextList *m_list = nullptr;
    int m_listLevel = 0;

    QString digits(const QString &s) const { return m_doc.thaiDigits ? toThaiDigits(s) : s; }

    QTextCharFormat charFormat(double size, bool bold) const {
        QTextCharFormat f;
        f.setFontFamilies(
            {reportFontFamily().isEmpty() ? QStringLiteral("Sarabun") : reportFontFamily()});
        f.setFontPointSize(size);
        f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        return f;
    }

    void startBlock(bool first, const QTextBlockFormat &format, const QTextCharFormat &chars) {
        if (first) {
            m_cursor.setBlockFormat(format);
            m_cursor.setBlockCharFormat(chars);
        } else {
            m_cursor.insertBlock(format, chars);
        }
    }

    void textBlock(const QString &text, double size, bool bold, Qt::Alignment align, int heading,
                   bool first, bool pageBreak = false, double indent = 0) {
        QTextBlockFormat format;
        format.setAlignment(align);
        format.setTextIndent(indent);
        format.setBottomMargin(4);
        if (heading > 0) {
            format.setHeadingLevel(heading);
            format.setTopMargin(heading <= 1 ? 12 : 8);
        }
        if (pageBreak)
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        const QTextCharFormat chars = charFormat(size, bold);
        startBlock(first, format, chars);
        m_cursor.insertText(digits(text), chars);
    }

    void bullet(const Block &b, bool first) {
        const int level = std::max(1, b.level);
        QTextBlockFormat format;
        format.setBottomMargin(2);
        const QTextCharFormat chars = charFormat(12, false);
        startBlock(first, format, chars);
        if (!m_list || level != m_listLevel) {
            QTextListFormat list;
            list.setStyle(level <= 1 ? QTextListFormat::ListDisc : QTextListFormat::ListCircle);
            list.setIndent(level);
            m_list = m_cursor.createList(list);
            m_listLevel = level;
        } else {
            m_list->add(m_cursor.block());
        }
        m_cursor.insertText(digits(b.text), chars);
    }

    static QString markText(SpanMark mark) {
        switch (mark) {
        case SpanMark::Single:
            return QStringLiteral("↔");
        case SpanMark::Start:
            return QStringLiteral("←");
        case SpanMark::Middle:
            return QStringLiteral("—");
        case SpanMark::End:
            return QStringLiteral("→");
        case SpanMark::None:
            break;
        }
        return {};
    }

    void table(const Table &t, bool first) {
        if (first)
            m_cursor.insertBlock();
        const int columns = int(t.widths.size());
        const int rows = int(t.header.size() + t.rows.size());
        QTextTableFormat format;
        format.setHeaderRowCount(int(t.header.size()));
        format.setCellPadding(3);
        format.setCellSpacing(0);
        format.setBorder(0.5);
        format.setBorderCollapse(true);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        double total = 0;
        for (double w : t.widths)
            total += w;
        QList<QTextLength> widths;
        for (double w : t.widths)
            widths << QTextLength(QTextLength::PercentageLength, 100 * w / total);
        format.setColumnWidthConstraints(widths);
        QTextTable *table = m_cursor.insertTable(rows, columns, format);
        int r = 0;
        auto fill = [&](const Row &row) {
            int c = 0;
            for (const Cell &cell : row.cells) {
                if (c >= columns)
                    break;
                QTextTableCell tc = table->cellAt(r, c);
                QTextCursor cc = tc.firstCursorPosition();
                QTextBlockFormat bf;
                bf.setAlignment(cell.centred ? Qt::AlignHCenter : Qt::AlignLeft);
                cc.setBlockFormat(bf);
                const QString text = cell.mark != SpanMark::None ? markText(cell.mark) : cell.text;
                cc.insertText(digits(text), charFormat(10.5, cell.bold));
                if (cell.fill.isValid()) {
                    QTextTableCellFormat cf = tc.format().toTableCellFormat();
                    cf.setBackground(cell.fill);
                    tc.setFormat(cf);
                }
                const int span = row.heading ? columns : std::max(1, cell.columns);
                if (span > 1)
                    table->mergeCells(r, c, 1, std::min(span, columns - c));
                if (cell.continuesAbove && r > 0)
                    table->mergeCells(r - 1, c, 2, 1);
                c += span;
            }
            ++r;
        };
        for (const Row &row : t.header)
            fill(row);
        for (const Row &row : t.rows)
            fill(row);
        m_cursor.movePosition(QTextCursor::End);
    }

    void chart(const Block &b, bool first, int index) {
        // The one renderer draws the chart: lay out a document holding only this block and
        // take its pages' content as pictures.
        Document only;
        only.thai = m_doc.thai;
        only.thaiDigits = m_doc.thaiDigits;
        only.blocks.push_back(b);
        const ReportLayout layout(only);
        for (int page = 0; page < layout.pageCount(); ++page) {
            const PageSetup setup = pageSetup(layout.pages()[size_t(page)].landscape);
            const double dpi = 150;
            const QImage full = renderPage(layout, page, dpi);
            const double s = dpi / 72.0 / kUnitsPerPoint;
            double bottom = setup.content.top();
            for (const auto &f : layout.pages()[size_t(page)].fragments)
                bottom = std::max(bottom, f.top + f.height);
            const QRect crop(QPointF(setup.content.left() * s, setup.content.top() * s).toPoint(),
                             QPointF(setup.content.right() * s, bottom * s).toPoint());
            const QImage image = full.copy(crop);
            const QUrl name(QStringLiteral("chart-%1-%2.png").arg(index).arg(page));
            m_text.addResource(QTextDocument::ImageResource, name, image);
            QTextBlockFormat format;
            format.setAlignment(Qt::AlignHCenter);
            startBlock(first && page == 0, format, charFormat(12, false));
            QTextImageFormat img;
            img.setName(name.toString());
            // 16 cm wide on the page, whatever the picture's pixels.
            img.setWidth(16 / 2.54 * 72);
            img.setHeight(16 / 2.54 * 72 * image.height() / std::max(1, image.width()));
            m_cursor.insertImage(img);
        }
    }
};

} // namespace

QString writeOdt(const Document &document, QIODevice *device) {
    if (!haveGui())
        return QStringLiteral("writing an ODT needs a QGuiApplication (fonts)");
    OdtBuilder builder(document);
    QTextDocumentWriter writer(device, "odf");
    if (!writer.write(&builder.build()))
        return QStringLiteral("the ODT writer failed: %1")
            .arg(device->errorString().isEmpty() ? QStringLiteral("unknown error")
                                                 : device->errorString());
    return {};
}

} // namespace ita::report
