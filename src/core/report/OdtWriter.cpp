#include "OdtWriter.h"

#include "OfficeCommon.h"
#include "ZipPackage.h"

#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QMap>
#include <QXmlStreamWriter>

namespace ita::report {

namespace {

using namespace office;

const QString kOffice = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString kStyle = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString kText = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString kTable = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString kDraw = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0");
const QString kFo = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString kXlink = QStringLiteral("http://www.w3.org/1999/xlink");
const QString kSvg = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");
const QString kMeta = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0");
const QString kDc = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString kLoext =
    QStringLiteral("urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0");

/// The bundled Sarabun, embedded so LibreOffice on any machine can show the fallback.
const char *const kFontFiles[][3] = {
    {":/fonts/Sarabun-Regular.ttf", "normal", "normal"},
    {":/fonts/Sarabun-Bold.ttf", "normal", "bold"},
    {":/fonts/Sarabun-Italic.ttf", "italic", "normal"},
};

QString pt(double points) {
    return QString::number(points, 'f', 2) + QStringLiteral("pt");
}

void namespaces(QXmlStreamWriter &x) {
    x.writeNamespace(kOffice, QStringLiteral("office"));
    x.writeNamespace(kStyle, QStringLiteral("style"));
    x.writeNamespace(kText, QStringLiteral("text"));
    x.writeNamespace(kTable, QStringLiteral("table"));
    x.writeNamespace(kDraw, QStringLiteral("draw"));
    x.writeNamespace(kFo, QStringLiteral("fo"));
    x.writeNamespace(kXlink, QStringLiteral("xlink"));
    x.writeNamespace(kSvg, QStringLiteral("svg"));
    x.writeNamespace(kMeta, QStringLiteral("meta"));
    x.writeNamespace(kDc, QStringLiteral("dc"));
    x.writeNamespace(kLoext, QStringLiteral("loext"));
}

/// Text properties for a size and weight, Latin and Thai (complex script) alike.
void textProperties(QXmlStreamWriter &x, double size, bool bold, bool thai) {
    x.writeEmptyElement(QStringLiteral("style:text-properties"));
    x.writeAttribute(QStringLiteral("style:font-name"), kFont);
    x.writeAttribute(QStringLiteral("style:font-name-complex"), kFont);
    x.writeAttribute(QStringLiteral("fo:font-size"), pt(size));
    x.writeAttribute(QStringLiteral("style:font-size-complex"), pt(size));
    if (bold) {
        x.writeAttribute(QStringLiteral("fo:font-weight"), QStringLiteral("bold"));
        x.writeAttribute(QStringLiteral("style:font-weight-complex"), QStringLiteral("bold"));
    }
    x.writeAttribute(QStringLiteral("fo:language"),
                     thai ? QStringLiteral("th") : QStringLiteral("en"));
    x.writeAttribute(QStringLiteral("fo:country"),
                     thai ? QStringLiteral("TH") : QStringLiteral("GB"));
    x.writeAttribute(QStringLiteral("style:language-complex"), QStringLiteral("th"));
    x.writeAttribute(QStringLiteral("style:country-complex"), QStringLiteral("TH"));
}

struct ParagraphStyle {
    const char *name; ///< the style's name in the file (spaces as _20_)
    QString display;  ///< what the office program shows
    double size;
    bool bold;
    const char *align; ///< "" = start
    int outline;       ///< heading level, or 0
    double before, after, indent, marginLeft;
    bool keepNext;
};

const ParagraphStyle kParagraphStyles[] = {
    {"Standard", QStringLiteral("Default Paragraph Style"), kBodyPt, false, "", 0, 0, 0, 0, 0,
     false},
    {"ITA_20_Title", QStringLiteral("ITA Title / ชื่อรายงาน"), kTitlePt, true, "center", 0, 0, 6, 0,
     0, true},
    {"Heading_20_1", QStringLiteral("Heading 1"), kHeading1Pt, true, "", 1, 12, 4, 0, 0, true},
    {"Heading_20_2", QStringLiteral("Heading 2"), kHeading2Pt, true, "", 2, 8, 3, 0, 0, true},
    {"Heading_20_3", QStringLiteral("Heading 3"), kBodyPt, true, "", 3, 6, 2, 0, 0, true},
    {"ITA_20_Body", QStringLiteral("ITA Body text / เนื้อความ"), kBodyPt, false, "justify", 0, 0, 4,
     28, 0, false},
    {"ITA_20_Lead", QStringLiteral("ITA Lead line / ข้อความนำ"), kBodyPt, true, "", 0, 0, 4, 0, 0,
     true},
    {"ITA_20_List", QStringLiteral("ITA List / รายการ"), kBodyPt, false, "", 0, 0, 2, 0, 0, false},
    {"ITA_20_Table_20_text", QStringLiteral("ITA Table text / ข้อความในตาราง"), kTablePt, false, "",
     0, 0, 0, 0, 0, false},
    {"ITA_20_Table_20_heading", QStringLiteral("ITA Table heading / หัวตาราง"), kTablePt, true,
     "center", 0, 0, 0, 0, 0, false},
    {"ITA_20_Picture", QStringLiteral("ITA Picture / ภาพ"), kBodyPt, false, "center", 0, 0, 6, 0, 0,
     false},
    {"ITA_20_Footer", QStringLiteral("ITA Footer / ท้ายกระดาษ"), kFooterPt, false, "", 0, 0, 0, 0, 0,
     false},
};

class OdtBuilder {
public:
    explicit OdtBuilder(const Document &doc)
        : m_doc(doc)
        , m_x(&m_body) {}

    QByteArray finish(QString *error) {
        writeBody();
        ZipPackage zip;
        zip.add(QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text", true);
        zip.add(QStringLiteral("content.xml"), content());
        zip.add(QStringLiteral("styles.xml"), styles());
        zip.add(QStringLiteral("meta.xml"), meta());
        for (size_t i = 0; i < m_images.size(); ++i)
            zip.add(QStringLiteral("Pictures/chart%1.png").arg(i + 1), m_images[i], true);
        for (const auto &file : kFontFiles) {
            QFile f(QString::fromLatin1(file[0]));
            if (f.open(QIODevice::ReadOnly))
                zip.add(QStringLiteral("Fonts/") +
                            QFileInfo(QString::fromLatin1(file[0])).fileName(),
                        f.readAll());
        }
        zip.add(QStringLiteral("META-INF/manifest.xml"), manifest());
        return zip.finish(error);
    }

private:
    const Document &m_doc;
    QByteArray m_body;
    QXmlStreamWriter m_x;
    std::vector<QByteArray> m_images;
    /// Automatic styles made while writing the body: name → the style's XML.
    QMap<QString, QByteArray> m_automatic;
    QString m_pendingMaster; ///< the master page the next paragraph or table starts
    int m_tables = 0;

    QString text(const QString &s) const { return withDigits(s, m_doc.thaiDigits); }

    /// The style a paragraph uses: its common style, or (when it starts a section) an
    /// automatic one that adds the master page.
    QString paragraphStyle(const QString &common, bool pageBreak = false) {
        if (m_pendingMaster.isEmpty() && !pageBreak)
            return common;
        const QString name =
            QStringLiteral("P_%1_%2%3")
                .arg(common, m_pendingMaster, pageBreak ? QStringLiteral("_B") : QString());
        if (!m_automatic.contains(name)) {
            QByteArray xml;
            QXmlStreamWriter x(&xml);
            x.writeStartElement(QStringLiteral("style:style"));
            x.writeAttribute(QStringLiteral("style:name"), name);
            x.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
            x.writeAttribute(QStringLiteral("style:parent-style-name"), common);
            if (!m_pendingMaster.isEmpty())
                x.writeAttribute(QStringLiteral("style:master-page-name"), m_pendingMaster);
            if (pageBreak && m_pendingMaster.isEmpty()) {
                x.writeEmptyElement(QStringLiteral("style:paragraph-properties"));
                x.writeAttribute(QStringLiteral("fo:break-before"), QStringLiteral("page"));
            }
            x.writeEndElement();
            m_automatic.insert(name, xml);
        }
        m_pendingMaster.clear();
        return name;
    }

    void writeBody() {
        QXmlStreamWriter &x = m_x;
        x.writeStartElement(QStringLiteral("office:text"));
        const std::vector<Section> parts = sections(m_doc);
        for (size_t s = 0; s < parts.size(); ++s) {
            m_pendingMaster =
                parts[s].landscape ? QStringLiteral("Landscape") : QStringLiteral("Portrait");
            for (size_t i = parts[s].first; i < parts[s].last; ++i)
                block(m_doc.blocks[i], parts[s].landscape);
        }
        if (!m_pendingMaster.isEmpty())
            paragraph(QStringLiteral("Standard"), QString());
        x.writeEndElement();
    }

    void paragraph(const QString &common, const QString &s, bool pageBreak = false,
                   bool heading = false, int level = 1) {
        QXmlStreamWriter &x = m_x;
        x.writeStartElement(heading ? QStringLiteral("text:h") : QStringLiteral("text:p"));
        x.writeAttribute(QStringLiteral("text:style-name"), paragraphStyle(common, pageBreak));
        if (heading)
            x.writeAttribute(QStringLiteral("text:outline-level"), QString::number(level));
        x.writeCharacters(s);
        x.writeEndElement();
    }

    void block(const Block &b, bool landscape) {
        QXmlStreamWriter &x = m_x;
        switch (b.kind) {
        case Block::Kind::Title:
            paragraph(QStringLiteral("ITA_20_Title"), text(b.text));
            break;
        case Block::Kind::Heading: {
            const int level = std::clamp(b.level, 1, 3);
            paragraph(QStringLiteral("Heading_20_%1").arg(level), text(b.text), b.pageBreakBefore,
                      true, level);
            break;
        }
        case Block::Kind::Paragraph:
            paragraph(b.level == 0 ? QStringLiteral("ITA_20_Lead") : QStringLiteral("ITA_20_Body"),
                      text(b.text));
            break;
        case Block::Kind::Bullet: {
            // One list per item keeps the writer simple; LibreOffice joins them visually, and
            // the list style carries the marks and indents.
            x.writeStartElement(QStringLiteral("text:list"));
            x.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("ITA_20_Bullets"));
            // A second-level item is a list inside an item of the first level.
            const int depth = b.level <= 1 ? 1 : 2;
            x.writeStartElement(QStringLiteral("text:list-item"));
            if (depth == 2) {
                x.writeStartElement(QStringLiteral("text:list"));
                x.writeStartElement(QStringLiteral("text:list-item"));
            }
            paragraph(QStringLiteral("ITA_20_List"), text(b.text));
            if (depth == 2) {
                x.writeEndElement(); // inner item
                x.writeEndElement(); // inner list
            }
            x.writeEndElement(); // item
            x.writeEndElement(); // list
            break;
        }
        case Block::Kind::Spacer:
            paragraph(QStringLiteral("Standard"), QString());
            break;
        case Block::Kind::Table:
            table(b.table, landscape);
            break;
        case Block::Kind::Chart:
        case Block::Kind::Figure:
            for (const Picture &p : chartPictures(m_doc, b))
                picture(p);
            break;
        }
    }

    QString cellStyle(const QColor &fill, const QColor &accent) {
        const QString name = QStringLiteral("Cell_%1_%2")
                                 .arg(fill.isValid() ? hex(fill) : QStringLiteral("none"),
                                      accent.isValid() ? hex(accent) : QStringLiteral("none"));
        if (!m_automatic.contains(name)) {
            QByteArray xml;
            QXmlStreamWriter x(&xml);
            x.writeStartElement(QStringLiteral("style:style"));
            x.writeAttribute(QStringLiteral("style:name"), name);
            x.writeAttribute(QStringLiteral("style:family"), QStringLiteral("table-cell"));
            x.writeEmptyElement(QStringLiteral("style:table-cell-properties"));
            x.writeAttribute(QStringLiteral("fo:border"), QStringLiteral("0.5pt solid #808080"));
            if (accent.isValid())
                x.writeAttribute(QStringLiteral("fo:border-left"),
                                 QStringLiteral("3pt solid #%1").arg(hex(accent)));
            x.writeAttribute(QStringLiteral("fo:padding-left"), pt(3));
            x.writeAttribute(QStringLiteral("fo:padding-right"), pt(3));
            x.writeAttribute(QStringLiteral("fo:padding-top"), pt(1));
            x.writeAttribute(QStringLiteral("fo:padding-bottom"), pt(1));
            if (fill.isValid())
                x.writeAttribute(QStringLiteral("fo:background-color"),
                                 QStringLiteral("#") + hex(fill));
            x.writeEndElement();
            m_automatic.insert(name, xml);
        }
        return name;
    }

    void table(const Table &t, bool landscape) {
        QXmlStreamWriter &x = m_x;
        const std::vector<double> widths = columnWidths(t, landscape);
        const QString name = QStringLiteral("Table%1").arg(++m_tables);
        {
            // The table's own style: its width, and the master page when it opens a section.
            double total = 0;
            for (double w : widths)
                total += w;
            QByteArray xml;
            QXmlStreamWriter s(&xml);
            s.writeStartElement(QStringLiteral("style:style"));
            s.writeAttribute(QStringLiteral("style:name"), name);
            s.writeAttribute(QStringLiteral("style:family"), QStringLiteral("table"));
            if (!m_pendingMaster.isEmpty())
                s.writeAttribute(QStringLiteral("style:master-page-name"), m_pendingMaster);
            s.writeEmptyElement(QStringLiteral("style:table-properties"));
            s.writeAttribute(QStringLiteral("style:width"), pt(total));
            s.writeAttribute(QStringLiteral("table:align"), QStringLiteral("left"));
            s.writeAttribute(QStringLiteral("fo:margin-top"), pt(4));
            s.writeAttribute(QStringLiteral("fo:margin-bottom"), pt(8));
            s.writeEndElement();
            for (size_t c = 0; c < widths.size(); ++c) {
                s.writeStartElement(QStringLiteral("style:style"));
                s.writeAttribute(QStringLiteral("style:name"),
                                 QStringLiteral("%1.C%2").arg(name).arg(c + 1));
                s.writeAttribute(QStringLiteral("style:family"), QStringLiteral("table-column"));
                s.writeEmptyElement(QStringLiteral("style:table-column-properties"));
                s.writeAttribute(QStringLiteral("style:column-width"), pt(widths[c]));
                s.writeEndElement();
            }
            m_automatic.insert(name, xml);
            m_pendingMaster.clear();
        }
        x.writeStartElement(QStringLiteral("table:table"));
        x.writeAttribute(QStringLiteral("table:name"), name);
        x.writeAttribute(QStringLiteral("table:style-name"), name);
        for (size_t c = 0; c < widths.size(); ++c) {
            x.writeEmptyElement(QStringLiteral("table:table-column"));
            x.writeAttribute(QStringLiteral("table:style-name"),
                             QStringLiteral("%1.C%2").arg(name).arg(c + 1));
        }
        if (!t.header.empty()) {
            x.writeStartElement(QStringLiteral("table:table-header-rows")); // repeat on every page
            for (size_t r = 0; r < t.header.size(); ++r)
                row(t, t.header, r, true);
            x.writeEndElement();
        }
        for (size_t r = 0; r < t.rows.size(); ++r)
            row(t, t.rows, r, false);
        x.writeEndElement();
    }

    void row(const Table &t, const std::vector<Row> &rows, size_t r, bool header) {
        QXmlStreamWriter &x = m_x;
        const Row &rw = rows[r];
        const size_t columns = t.widths.size();
        x.writeStartElement(QStringLiteral("table:table-row"));
        x.writeAttribute(QStringLiteral("table:style-name"), QStringLiteral("ITA_Row"));
        size_t used = 0;
        for (const PlacedCell &placed : placeCells(rw, columns)) {
            const Cell &cell = *placed.cell;
            const size_t c = placed.column;
            const size_t span = placed.span;
            used = c + span;
            if (cell.continuesAbove) {
                x.writeEmptyElement(QStringLiteral("table:covered-table-cell"));
                for (size_t k = 1; k < span; ++k)
                    x.writeEmptyElement(QStringLiteral("table:covered-table-cell"));
                continue;
            }
            // Rows below that continue this cell (header rows) merge into it.
            int down = 1;
            while (r + size_t(down) < rows.size()) {
                const Cell *under = cellStartingAt(rows[r + size_t(down)], c, columns);
                if (!under || !under->continuesAbove)
                    break;
                ++down;
            }
            QColor fill = cell.fill;
            if (cell.mark != SpanMark::None && !fill.isValid())
                fill = QColor(0xd6, 0xe4, 0xf0); // the quarters a step runs in, shaded
            x.writeStartElement(QStringLiteral("table:table-cell"));
            x.writeAttribute(QStringLiteral("table:style-name"), cellStyle(fill, cell.accent));
            x.writeAttribute(QStringLiteral("office:value-type"), QStringLiteral("string"));
            if (span > 1)
                x.writeAttribute(QStringLiteral("table:number-columns-spanned"),
                                 QString::number(span));
            if (down > 1)
                x.writeAttribute(QStringLiteral("table:number-rows-spanned"),
                                 QString::number(down));
            const QString content =
                cell.mark != SpanMark::None ? markText(cell.mark) : text(cell.text);
            const bool centred = cell.centred || cell.mark != SpanMark::None;
            QString style = header ? QStringLiteral("ITA_20_Table_20_heading")
                                   : QStringLiteral("ITA_20_Table_20_text");
            if (!header && (centred || cell.bold))
                style = tableTextVariant(centred, cell.bold);
            for (const QString &line : content.split(u'\n')) {
                x.writeStartElement(QStringLiteral("text:p"));
                x.writeAttribute(QStringLiteral("text:style-name"), style);
                x.writeCharacters(line);
                x.writeEndElement();
            }
            x.writeEndElement(); // cell
            for (size_t k = 1; k < span; ++k)
                x.writeEmptyElement(QStringLiteral("table:covered-table-cell"));
        }
        for (; used < columns; ++used) { // a short row is filled with empty cells
            x.writeStartElement(QStringLiteral("table:table-cell"));
            x.writeEndElement();
        }
        x.writeEndElement(); // row
    }

    QString tableTextVariant(bool centred, bool bold) {
        const QString name = QStringLiteral("TableText_%1%2")
                                 .arg(centred ? QStringLiteral("C") : QStringLiteral("L"),
                                      bold ? QStringLiteral("B") : QStringLiteral("R"));
        if (!m_automatic.contains(name)) {
            QByteArray xml;
            QXmlStreamWriter x(&xml);
            x.writeStartElement(QStringLiteral("style:style"));
            x.writeAttribute(QStringLiteral("style:name"), name);
            x.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
            x.writeAttribute(QStringLiteral("style:parent-style-name"),
                             QStringLiteral("ITA_20_Table_20_text"));
            if (centred) {
                x.writeEmptyElement(QStringLiteral("style:paragraph-properties"));
                x.writeAttribute(QStringLiteral("fo:text-align"), QStringLiteral("center"));
            }
            if (bold) {
                x.writeEmptyElement(QStringLiteral("style:text-properties"));
                x.writeAttribute(QStringLiteral("fo:font-weight"), QStringLiteral("bold"));
                x.writeAttribute(QStringLiteral("style:font-weight-complex"),
                                 QStringLiteral("bold"));
            }
            x.writeEndElement();
            m_automatic.insert(name, xml);
        }
        return name;
    }

    void picture(const Picture &p) {
        m_images.push_back(p.png);
        const int n = int(m_images.size());
        QXmlStreamWriter &x = m_x;
        x.writeStartElement(QStringLiteral("text:p"));
        x.writeAttribute(QStringLiteral("text:style-name"),
                         paragraphStyle(QStringLiteral("ITA_20_Picture")));
        x.writeStartElement(QStringLiteral("draw:frame"));
        x.writeAttribute(QStringLiteral("draw:name"), QStringLiteral("Gantt %1").arg(n));
        x.writeAttribute(QStringLiteral("text:anchor-type"), QStringLiteral("as-char"));
        x.writeAttribute(QStringLiteral("svg:width"), pt(p.width));
        x.writeAttribute(QStringLiteral("svg:height"), pt(p.height));
        x.writeEmptyElement(QStringLiteral("draw:image"));
        x.writeAttribute(QStringLiteral("xlink:href"),
                         QStringLiteral("Pictures/chart%1.png").arg(n));
        x.writeAttribute(QStringLiteral("xlink:type"), QStringLiteral("simple"));
        x.writeAttribute(QStringLiteral("xlink:show"), QStringLiteral("embed"));
        x.writeAttribute(QStringLiteral("xlink:actuate"), QStringLiteral("onLoad"));
        x.writeEndElement(); // frame
        x.writeEndElement(); // p
    }

    void fontFaces(QXmlStreamWriter &x, bool embed) const {
        x.writeStartElement(QStringLiteral("office:font-face-decls"));
        x.writeEmptyElement(QStringLiteral("style:font-face"));
        x.writeAttribute(QStringLiteral("style:name"), kFont);
        x.writeAttribute(QStringLiteral("svg:font-family"), QStringLiteral("'%1'").arg(kFont));
        x.writeAttribute(QStringLiteral("style:font-family-generic"), QStringLiteral("swiss"));
        x.writeAttribute(QStringLiteral("style:font-pitch"), QStringLiteral("variable"));
        x.writeStartElement(QStringLiteral("style:font-face"));
        x.writeAttribute(QStringLiteral("style:name"), kFallbackFont);
        x.writeAttribute(QStringLiteral("svg:font-family"), kFallbackFont);
        x.writeAttribute(QStringLiteral("style:font-family-generic"), QStringLiteral("swiss"));
        x.writeAttribute(QStringLiteral("style:font-pitch"), QStringLiteral("variable"));
        if (embed) {
            x.writeStartElement(QStringLiteral("svg:font-face-src"));
            for (const auto &file : kFontFiles) {
                x.writeStartElement(QStringLiteral("svg:font-face-uri"));
                x.writeAttribute(QStringLiteral("xlink:href"),
                                 QStringLiteral("Fonts/") +
                                     QFileInfo(QString::fromLatin1(file[0])).fileName());
                x.writeAttribute(QStringLiteral("xlink:type"), QStringLiteral("simple"));
                x.writeAttribute(QStringLiteral("loext:font-style"), QLatin1String(file[1]));
                x.writeAttribute(QStringLiteral("loext:font-weight"), QLatin1String(file[2]));
                x.writeEmptyElement(QStringLiteral("svg:font-face-format"));
                x.writeAttribute(QStringLiteral("svg:string"), QStringLiteral("truetype"));
                x.writeEndElement();
            }
            x.writeEndElement();
        }
        x.writeEndElement(); // font-face
        x.writeEndElement(); // font-face-decls
    }

    QByteArray content() const {
        // The head by the writer; the automatic styles and the body, written while the body
        // was made, are joined after it as text (one writer cannot be paused and resumed).
        QByteArray out;
        {
            QXmlStreamWriter x(&out);
            x.writeStartDocument();
            x.writeStartElement(QStringLiteral("office:document-content"));
            namespaces(x);
            x.writeAttribute(QStringLiteral("office:version"), QStringLiteral("1.3"));
            fontFaces(x, false);
            x.writeStartElement(QStringLiteral("office:automatic-styles"));
            // Rows are never split across pages.
            x.writeStartElement(QStringLiteral("style:style"));
            x.writeAttribute(QStringLiteral("style:name"), QStringLiteral("ITA_Row"));
            x.writeAttribute(QStringLiteral("style:family"), QStringLiteral("table-row"));
            x.writeEmptyElement(QStringLiteral("style:table-row-properties"));
            x.writeAttribute(QStringLiteral("fo:keep-together"), QStringLiteral("always"));
            x.writeEndElement();
            x.writeCharacters(QString()); // closes the open start tag
        }
        for (const QByteArray &xml : m_automatic)
            out += xml;
        out += "</office:automatic-styles><office:body>";
        out += m_body;
        out += "</office:body></office:document-content>\n";
        return out;
    }

    QByteArray styles() const {
        QByteArray out;
        QXmlStreamWriter x(&out);
        x.writeStartDocument();
        x.writeStartElement(QStringLiteral("office:document-styles"));
        namespaces(x);
        x.writeAttribute(QStringLiteral("office:version"), QStringLiteral("1.3"));
        fontFaces(x, true);
        x.writeStartElement(QStringLiteral("office:styles"));
        for (const ParagraphStyle &s : kParagraphStyles) {
            x.writeStartElement(QStringLiteral("style:style"));
            x.writeAttribute(QStringLiteral("style:name"), QLatin1String(s.name));
            x.writeAttribute(QStringLiteral("style:display-name"), s.display);
            x.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
            if (QLatin1String(s.name) != QLatin1String("Standard"))
                x.writeAttribute(QStringLiteral("style:parent-style-name"),
                                 QStringLiteral("Standard"));
            if (s.outline > 0)
                x.writeAttribute(QStringLiteral("style:default-outline-level"),
                                 QString::number(s.outline));
            x.writeEmptyElement(QStringLiteral("style:paragraph-properties"));
            x.writeAttribute(QStringLiteral("fo:margin-top"), pt(s.before));
            x.writeAttribute(QStringLiteral("fo:margin-bottom"), pt(s.after));
            if (s.indent != 0)
                x.writeAttribute(QStringLiteral("fo:text-indent"), pt(s.indent));
            if (*s.align)
                x.writeAttribute(QStringLiteral("fo:text-align"), QLatin1String(s.align));
            if (s.keepNext)
                x.writeAttribute(QStringLiteral("fo:keep-with-next"), QStringLiteral("always"));
            x.writeAttribute(QStringLiteral("fo:line-height"),
                             QStringLiteral("%1%").arg(kLinePercent));
            textProperties(x, s.size, s.bold, m_doc.thai);
            x.writeEndElement();
        }
        // The bullets: "-" then "◦", as the seed's lists.
        x.writeStartElement(QStringLiteral("text:list-style"));
        x.writeAttribute(QStringLiteral("style:name"), QStringLiteral("ITA_20_Bullets"));
        x.writeAttribute(QStringLiteral("style:display-name"),
                         QStringLiteral("ITA Bullets / สัญลักษณ์รายการ"));
        for (int level = 1; level <= 2; ++level) {
            x.writeStartElement(QStringLiteral("text:list-level-style-bullet"));
            x.writeAttribute(QStringLiteral("text:level"), QString::number(level));
            x.writeAttribute(QStringLiteral("text:bullet-char"),
                             level == 1 ? QStringLiteral("-") : QStringLiteral("◦"));
            x.writeStartElement(QStringLiteral("style:list-level-properties"));
            x.writeAttribute(QStringLiteral("text:list-level-position-and-space-mode"),
                             QStringLiteral("label-alignment"));
            x.writeEmptyElement(QStringLiteral("style:list-level-label-alignment"));
            x.writeAttribute(QStringLiteral("text:label-followed-by"), QStringLiteral("listtab"));
            x.writeAttribute(QStringLiteral("fo:text-indent"), pt(-14));
            x.writeAttribute(QStringLiteral("fo:margin-left"), pt(level == 1 ? 32 : 54));
            x.writeEndElement();
            x.writeEndElement();
        }
        x.writeEndElement(); // list-style
        x.writeEndElement(); // styles
        // Two page layouts, as the PDF sets its pages, each with the footer's space.
        x.writeStartElement(QStringLiteral("office:automatic-styles"));
        for (bool landscape : {false, true}) {
            const Page p = page(landscape);
            x.writeStartElement(QStringLiteral("style:page-layout"));
            x.writeAttribute(QStringLiteral("style:name"), landscape
                                                               ? QStringLiteral("PL_Landscape")
                                                               : QStringLiteral("PL_Portrait"));
            x.writeEmptyElement(QStringLiteral("style:page-layout-properties"));
            x.writeAttribute(QStringLiteral("fo:page-width"), pt(p.width));
            x.writeAttribute(QStringLiteral("fo:page-height"), pt(p.height));
            x.writeAttribute(QStringLiteral("style:print-orientation"),
                             landscape ? QStringLiteral("landscape") : QStringLiteral("portrait"));
            x.writeAttribute(QStringLiteral("fo:margin-top"), pt(p.top));
            x.writeAttribute(QStringLiteral("fo:margin-bottom"), pt(p.bottom * 0.5));
            x.writeAttribute(QStringLiteral("fo:margin-left"), pt(p.left));
            x.writeAttribute(QStringLiteral("fo:margin-right"), pt(p.right));
            if (m_doc.thaiDigits)
                x.writeAttribute(QStringLiteral("style:num-format"), QStringLiteral("๑"));
            x.writeStartElement(QStringLiteral("style:footer-style"));
            x.writeEmptyElement(QStringLiteral("style:header-footer-properties"));
            x.writeAttribute(QStringLiteral("fo:min-height"), pt(p.bottom * 0.5));
            x.writeAttribute(QStringLiteral("fo:margin-top"), pt(6));
            x.writeAttribute(QStringLiteral("fo:border-top"),
                             QStringLiteral("0.4pt solid #808080"));
            x.writeEndElement();
            x.writeEndElement();
        }
        x.writeStartElement(QStringLiteral("style:style"));
        x.writeAttribute(QStringLiteral("style:name"), QStringLiteral("Footer_Tabs_P"));
        x.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
        x.writeAttribute(QStringLiteral("style:parent-style-name"),
                         QStringLiteral("ITA_20_Footer"));
        x.writeEndElement();
        x.writeEndElement(); // automatic-styles
        x.writeStartElement(QStringLiteral("office:master-styles"));
        for (bool landscape : {false, true}) {
            x.writeStartElement(QStringLiteral("style:master-page"));
            x.writeAttribute(QStringLiteral("style:name"),
                             landscape ? QStringLiteral("Landscape") : QStringLiteral("Portrait"));
            x.writeAttribute(QStringLiteral("style:page-layout-name"),
                             landscape ? QStringLiteral("PL_Landscape")
                                       : QStringLiteral("PL_Portrait"));
            x.writeStartElement(QStringLiteral("style:footer"));
            x.writeStartElement(QStringLiteral("text:p"));
            x.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("ITA_20_Footer"));
            x.writeCharacters(text(runningTitle(m_doc)));
            x.writeCharacters(m_doc.thai ? QStringLiteral("   —   หน้า ")
                                         : QStringLiteral("   —   Page "));
            x.writeStartElement(QStringLiteral("text:page-number"));
            x.writeAttribute(QStringLiteral("text:select-page"), QStringLiteral("current"));
            x.writeCharacters(QStringLiteral("1"));
            x.writeEndElement();
            x.writeCharacters(m_doc.thai ? QStringLiteral(" จาก ") : QStringLiteral(" of "));
            x.writeStartElement(QStringLiteral("text:page-count"));
            x.writeCharacters(QStringLiteral("1"));
            x.writeEndElement();
            x.writeEndElement(); // p
            x.writeEndElement(); // footer
            x.writeEndElement(); // master-page
        }
        x.writeEndElement(); // master-styles
        x.writeEndElement(); // document-styles
        x.writeEndDocument();
        return out;
    }

    QByteArray meta() const {
        QByteArray out;
        QXmlStreamWriter x(&out);
        x.writeStartDocument();
        x.writeStartElement(QStringLiteral("office:document-meta"));
        namespaces(x);
        x.writeAttribute(QStringLiteral("office:version"), QStringLiteral("1.3"));
        x.writeStartElement(QStringLiteral("office:meta"));
        x.writeTextElement(QStringLiteral("dc:title"), m_doc.title);
        x.writeTextElement(QStringLiteral("dc:language"),
                           m_doc.thai ? QStringLiteral("th-TH") : QStringLiteral("en-GB"));
        x.writeTextElement(QStringLiteral("meta:generator"), QStringLiteral("ITA Planner"));
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndDocument();
        return out;
    }

    QByteArray manifest() const {
        const QString ns = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
        QByteArray out;
        QXmlStreamWriter x(&out);
        x.writeStartDocument();
        x.writeStartElement(QStringLiteral("manifest:manifest"));
        x.writeNamespace(ns, QStringLiteral("manifest"));
        x.writeAttribute(QStringLiteral("manifest:version"), QStringLiteral("1.3"));
        const auto entry = [&](const QString &path, const QString &type) {
            x.writeEmptyElement(QStringLiteral("manifest:file-entry"));
            x.writeAttribute(QStringLiteral("manifest:full-path"), path);
            x.writeAttribute(QStringLiteral("manifest:media-type"), type);
        };
        entry(QStringLiteral("/"), QStringLiteral("application/vnd.oasis.opendocument.text"));
        entry(QStringLiteral("content.xml"), QStringLiteral("text/xml"));
        entry(QStringLiteral("styles.xml"), QStringLiteral("text/xml"));
        entry(QStringLiteral("meta.xml"), QStringLiteral("text/xml"));
        for (size_t i = 0; i < m_images.size(); ++i)
            entry(QStringLiteral("Pictures/chart%1.png").arg(i + 1), QStringLiteral("image/png"));
        for (const auto &file : kFontFiles)
            entry(QStringLiteral("Fonts/") + QFileInfo(QString::fromLatin1(file[0])).fileName(),
                  QStringLiteral("application/x-font-ttf"));
        x.writeEndElement();
        x.writeEndDocument();
        return out;
    }
};

} // namespace

QString writeOdt(const Document &document, QIODevice *device) {
    OdtBuilder builder(document);
    QString error;
    const QByteArray bytes = builder.finish(&error);
    if (!error.isEmpty())
        return error;
    return device->write(bytes) == bytes.size() ? QString() : device->errorString();
}

} // namespace ita::report
