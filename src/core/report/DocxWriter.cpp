#include "DocxWriter.h"

#include "OfficeCommon.h"
#include "ZipPackage.h"

#include <QIODevice>
#include <QXmlStreamWriter>

#include <cmath>

namespace ita::report {

namespace {

using namespace office;

const QString W = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString R =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

int twips(double points) {
    return int(std::lround(points * 20));
}
int halfPoints(double points) {
    return int(std::lround(points * 2));
}
qint64 emu(double points) {
    return qint64(std::llround(points * 12700));
}

QByteArray xmlHead() {
    return QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
}

/// The styles: one per kind of paragraph and table, named in English and Thai.
QByteArray stylesXml(bool thai) {
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument(QStringLiteral("1.0"), true);
    x.writeStartElement(QStringLiteral("w:styles"));
    x.writeNamespace(W, QStringLiteral("w"));
    // Defaults: the government font for Latin and Thai (complex script) text alike.
    x.writeStartElement(QStringLiteral("w:docDefaults"));
    x.writeStartElement(QStringLiteral("w:rPrDefault"));
    x.writeStartElement(QStringLiteral("w:rPr"));
    x.writeEmptyElement(QStringLiteral("w:rFonts"));
    for (const char *a : {"w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"})
        x.writeAttribute(QLatin1String(a), kFont);
    x.writeEmptyElement(QStringLiteral("w:sz"));
    x.writeAttribute(QStringLiteral("w:val"), QString::number(halfPoints(kBodyPt)));
    x.writeEmptyElement(QStringLiteral("w:szCs"));
    x.writeAttribute(QStringLiteral("w:val"), QString::number(halfPoints(kBodyPt)));
    x.writeEmptyElement(QStringLiteral("w:lang"));
    x.writeAttribute(QStringLiteral("w:val"),
                     thai ? QStringLiteral("th-TH") : QStringLiteral("en-GB"));
    x.writeAttribute(QStringLiteral("w:bidi"), QStringLiteral("th-TH"));
    x.writeEndElement(); // rPr
    x.writeEndElement(); // rPrDefault
    x.writeStartElement(QStringLiteral("w:pPrDefault"));
    x.writeStartElement(QStringLiteral("w:pPr"));
    x.writeEmptyElement(QStringLiteral("w:spacing"));
    x.writeAttribute(QStringLiteral("w:after"), QStringLiteral("0"));
    x.writeAttribute(QStringLiteral("w:line"), QString::number(240 * kLinePercent / 100));
    x.writeAttribute(QStringLiteral("w:lineRule"), QStringLiteral("auto"));
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndElement(); // docDefaults

    struct Style {
        const char *id;
        QString name;
        double size;
        bool bold;
        const char *justify; ///< "" = left
        int outline;         ///< heading level - 1, or -1
        double before, after, firstLine, left;
        bool keepNext;
    };
    const Style styles[] = {
        {"Normal", QStringLiteral("Normal"), kBodyPt, false, "", -1, 0, 0, 0, 0, false},
        {"ITATitle", QStringLiteral("ITA Title / ชื่อรายงาน"), kTitlePt, true, "center", -1, 0, 6, 0,
         0, true},
        // Word's own heading styles, by their built-in names: the navigation pane and the
        // table of contents find them.
        {"Heading1", QStringLiteral("heading 1"), kHeading1Pt, true, "", 0, 12, 4, 0, 0, true},
        {"Heading2", QStringLiteral("heading 2"), kHeading2Pt, true, "", 1, 8, 3, 0, 0, true},
        {"Heading3", QStringLiteral("heading 3"), kBodyPt, true, "", 2, 6, 2, 0, 0, true},
        {"ITABody", QStringLiteral("ITA Body text / เนื้อความ"), kBodyPt, false, "thaiDistribute", -1,
         0, 4, 28, 0, false},
        {"ITALead", QStringLiteral("ITA Lead line / ข้อความนำ"), kBodyPt, true, "", -1, 0, 4, 0, 0,
         true},
        {"ITABullet1", QStringLiteral("ITA List / รายการ"), kBodyPt, false, "", -1, 0, 2, -14, 32,
         false},
        {"ITABullet2", QStringLiteral("ITA List 2 / รายการย่อย"), kBodyPt, false, "", -1, 0, 2, -14,
         54, false},
        {"ITATableText", QStringLiteral("ITA Table text / ข้อความในตาราง"), kTablePt, false, "", -1,
         0, 0, 0, 0, false},
        {"ITATableHeading", QStringLiteral("ITA Table heading / หัวตาราง"), kTablePt, true, "center",
         -1, 0, 0, 0, 0, false},
        {"ITAPicture", QStringLiteral("ITA Picture / ภาพ"), kBodyPt, false, "center", -1, 0, 6, 0,
         0, false},
        {"ITAFooter", QStringLiteral("ITA Footer / ท้ายกระดาษ"), kFooterPt, false, "", -1, 0, 0, 0,
         0, false},
    };
    for (const Style &s : styles) {
        x.writeStartElement(QStringLiteral("w:style"));
        x.writeAttribute(QStringLiteral("w:type"), QStringLiteral("paragraph"));
        x.writeAttribute(QStringLiteral("w:styleId"), QLatin1String(s.id));
        if (QLatin1String(s.id) == QLatin1String("Normal"))
            x.writeAttribute(QStringLiteral("w:default"), QStringLiteral("1"));
        x.writeEmptyElement(QStringLiteral("w:name"));
        x.writeAttribute(QStringLiteral("w:val"), s.name);
        if (QLatin1String(s.id) != QLatin1String("Normal")) {
            x.writeEmptyElement(QStringLiteral("w:basedOn"));
            x.writeAttribute(QStringLiteral("w:val"), QStringLiteral("Normal"));
            x.writeEmptyElement(QStringLiteral("w:qFormat"));
        }
        x.writeStartElement(QStringLiteral("w:pPr"));
        if (s.keepNext)
            x.writeEmptyElement(QStringLiteral("w:keepNext"));
        x.writeEmptyElement(QStringLiteral("w:spacing"));
        x.writeAttribute(QStringLiteral("w:before"), QString::number(twips(s.before)));
        x.writeAttribute(QStringLiteral("w:after"), QString::number(twips(s.after)));
        if (s.firstLine != 0 || s.left != 0) {
            x.writeEmptyElement(QStringLiteral("w:ind"));
            if (s.left != 0)
                x.writeAttribute(QStringLiteral("w:left"), QString::number(twips(s.left)));
            if (s.firstLine > 0)
                x.writeAttribute(QStringLiteral("w:firstLine"),
                                 QString::number(twips(s.firstLine)));
            else if (s.firstLine < 0)
                x.writeAttribute(QStringLiteral("w:hanging"), QString::number(twips(-s.firstLine)));
        }
        if (*s.justify) {
            x.writeEmptyElement(QStringLiteral("w:jc"));
            x.writeAttribute(QStringLiteral("w:val"), QLatin1String(s.justify));
        }
        if (s.outline >= 0) {
            x.writeEmptyElement(QStringLiteral("w:outlineLvl"));
            x.writeAttribute(QStringLiteral("w:val"), QString::number(s.outline));
        }
        x.writeEndElement(); // pPr
        x.writeStartElement(QStringLiteral("w:rPr"));
        if (s.bold) {
            x.writeEmptyElement(QStringLiteral("w:b"));
            x.writeEmptyElement(QStringLiteral("w:bCs"));
        }
        x.writeEmptyElement(QStringLiteral("w:sz"));
        x.writeAttribute(QStringLiteral("w:val"), QString::number(halfPoints(s.size)));
        x.writeEmptyElement(QStringLiteral("w:szCs"));
        x.writeAttribute(QStringLiteral("w:val"), QString::number(halfPoints(s.size)));
        x.writeEndElement(); // rPr
        x.writeEndElement(); // style
    }
    // The tables' style: thin grey lines, cells padded as in the PDF.
    x.writeStartElement(QStringLiteral("w:style"));
    x.writeAttribute(QStringLiteral("w:type"), QStringLiteral("table"));
    x.writeAttribute(QStringLiteral("w:styleId"), QStringLiteral("ITATable"));
    x.writeEmptyElement(QStringLiteral("w:name"));
    x.writeAttribute(QStringLiteral("w:val"), QStringLiteral("ITA Table / ตาราง"));
    x.writeStartElement(QStringLiteral("w:tblPr"));
    x.writeStartElement(QStringLiteral("w:tblBorders"));
    for (const char *side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
        x.writeEmptyElement(QLatin1String(side));
        x.writeAttribute(QStringLiteral("w:val"), QStringLiteral("single"));
        x.writeAttribute(QStringLiteral("w:sz"), QStringLiteral("4"));
        x.writeAttribute(QStringLiteral("w:color"), QStringLiteral("808080"));
    }
    x.writeEndElement();
    x.writeStartElement(QStringLiteral("w:tblCellMar"));
    for (const char *side : {"w:left", "w:right"}) {
        x.writeEmptyElement(QLatin1String(side));
        x.writeAttribute(QStringLiteral("w:w"), QString::number(twips(3)));
        x.writeAttribute(QStringLiteral("w:type"), QStringLiteral("dxa"));
    }
    x.writeEndElement();
    x.writeEndElement(); // tblPr
    x.writeEndElement(); // style
    x.writeEndElement(); // styles
    x.writeEndDocument();
    return out;
}

/// Bullets as a real list, so Word continues and restyles them.
QByteArray numberingXml() {
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument(QStringLiteral("1.0"), true);
    x.writeStartElement(QStringLiteral("w:numbering"));
    x.writeNamespace(W, QStringLiteral("w"));
    x.writeStartElement(QStringLiteral("w:abstractNum"));
    x.writeAttribute(QStringLiteral("w:abstractNumId"), QStringLiteral("0"));
    const QString marks[] = {QStringLiteral("-"), QStringLiteral("◦")};
    for (int level = 0; level < 2; ++level) {
        x.writeStartElement(QStringLiteral("w:lvl"));
        x.writeAttribute(QStringLiteral("w:ilvl"), QString::number(level));
        x.writeEmptyElement(QStringLiteral("w:numFmt"));
        x.writeAttribute(QStringLiteral("w:val"), QStringLiteral("bullet"));
        x.writeEmptyElement(QStringLiteral("w:lvlText"));
        x.writeAttribute(QStringLiteral("w:val"), marks[level]);
        x.writeStartElement(QStringLiteral("w:pPr"));
        x.writeEmptyElement(QStringLiteral("w:ind"));
        x.writeAttribute(QStringLiteral("w:left"), QString::number(twips(level == 0 ? 32 : 54)));
        x.writeAttribute(QStringLiteral("w:hanging"), QString::number(twips(14)));
        x.writeEndElement();
        x.writeEndElement(); // lvl
    }
    x.writeEndElement(); // abstractNum
    x.writeStartElement(QStringLiteral("w:num"));
    x.writeAttribute(QStringLiteral("w:numId"), QStringLiteral("1"));
    x.writeEmptyElement(QStringLiteral("w:abstractNumId"));
    x.writeAttribute(QStringLiteral("w:val"), QStringLiteral("0"));
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

/// The fonts: TH Sarabun New, with Sarabun as its alternative name for an office PC that
/// lacks it (Word substitutes by that name; LibreOffice by its own table).
QByteArray fontTableXml() {
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument(QStringLiteral("1.0"), true);
    x.writeStartElement(QStringLiteral("w:fonts"));
    x.writeNamespace(W, QStringLiteral("w"));
    for (const QString &name : {kFont, kFallbackFont}) {
        x.writeStartElement(QStringLiteral("w:font"));
        x.writeAttribute(QStringLiteral("w:name"), name);
        if (name == kFont) {
            x.writeEmptyElement(QStringLiteral("w:altName"));
            x.writeAttribute(QStringLiteral("w:val"), kFallbackFont);
        }
        x.writeEmptyElement(QStringLiteral("w:charset"));
        x.writeAttribute(QStringLiteral("w:val"), QStringLiteral("DE")); // Thai
        x.writeEmptyElement(QStringLiteral("w:family"));
        x.writeAttribute(QStringLiteral("w:val"), QStringLiteral("swiss"));
        x.writeEmptyElement(QStringLiteral("w:pitch"));
        x.writeAttribute(QStringLiteral("w:val"), QStringLiteral("variable"));
        x.writeEndElement();
    }
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

class DocxBuilder {
public:
    explicit DocxBuilder(const Document &doc)
        : m_doc(doc)
        , m_x(&m_body) {}

    QByteArray finish(QString *error) {
        writeDocument();
        ZipPackage zip;
        zip.add(QStringLiteral("[Content_Types].xml"), contentTypes());
        zip.add(QStringLiteral("_rels/.rels"), packageRels());
        zip.add(QStringLiteral("docProps/core.xml"), coreProps());
        zip.add(QStringLiteral("word/document.xml"), m_body);
        zip.add(QStringLiteral("word/styles.xml"), stylesXml(m_doc.thai));
        zip.add(QStringLiteral("word/numbering.xml"), numberingXml());
        zip.add(QStringLiteral("word/fontTable.xml"), fontTableXml());
        zip.add(QStringLiteral("word/settings.xml"), settings());
        zip.add(QStringLiteral("word/footer1.xml"), footer(false));
        zip.add(QStringLiteral("word/footer2.xml"), footer(true));
        zip.add(QStringLiteral("word/_rels/document.xml.rels"), documentRels());
        for (size_t i = 0; i < m_images.size(); ++i)
            zip.add(QStringLiteral("word/media/chart%1.png").arg(i + 1), m_images[i], true);
        return zip.finish(error);
    }

private:
    const Document &m_doc;
    QByteArray m_body;
    QXmlStreamWriter m_x;
    std::vector<QByteArray> m_images;

    QString text(const QString &s) const { return withDigits(s, m_doc.thaiDigits); }

    void writeDocument() {
        QXmlStreamWriter &x = m_x;
        x.writeStartDocument(QStringLiteral("1.0"), true);
        x.writeStartElement(QStringLiteral("w:document"));
        x.writeNamespace(W, QStringLiteral("w"));
        x.writeNamespace(R, QStringLiteral("r"));
        x.writeNamespace(
            QStringLiteral(
                "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
            QStringLiteral("wp"));
        x.writeNamespace(QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main"),
                         QStringLiteral("a"));
        x.writeNamespace(QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture"),
                         QStringLiteral("pic"));
        x.writeStartElement(QStringLiteral("w:body"));
        const std::vector<Section> parts = sections(m_doc);
        for (size_t s = 0; s < parts.size(); ++s) {
            for (size_t i = parts[s].first; i < parts[s].last; ++i)
                block(m_doc.blocks[i], parts[s].landscape);
            if (s + 1 < parts.size()) {
                // A section ends with a paragraph that carries its properties.
                x.writeStartElement(QStringLiteral("w:p"));
                x.writeStartElement(QStringLiteral("w:pPr"));
                sectionProperties(parts[s].landscape);
                x.writeEndElement();
                x.writeEndElement();
            }
        }
        sectionProperties(parts.back().landscape); // the last section's, at the body's end
        x.writeEndElement();                       // body
        x.writeEndElement();                       // document
        x.writeEndDocument();
    }

    void sectionProperties(bool landscape) {
        QXmlStreamWriter &x = m_x;
        const Page p = page(landscape);
        x.writeStartElement(QStringLiteral("w:sectPr"));
        x.writeEmptyElement(QStringLiteral("w:footerReference"));
        x.writeAttribute(QStringLiteral("w:type"), QStringLiteral("default"));
        x.writeAttribute(R, QStringLiteral("id"),
                         landscape ? QStringLiteral("rIdFooterLandscape")
                                   : QStringLiteral("rIdFooterPortrait"));
        x.writeEmptyElement(QStringLiteral("w:type"));
        x.writeAttribute(QStringLiteral("w:val"), QStringLiteral("nextPage"));
        x.writeEmptyElement(QStringLiteral("w:pgSz"));
        x.writeAttribute(QStringLiteral("w:w"), QString::number(twips(p.width)));
        x.writeAttribute(QStringLiteral("w:h"), QString::number(twips(p.height)));
        if (landscape)
            x.writeAttribute(QStringLiteral("w:orient"), QStringLiteral("landscape"));
        x.writeEmptyElement(QStringLiteral("w:pgMar"));
        x.writeAttribute(QStringLiteral("w:top"), QString::number(twips(p.top)));
        x.writeAttribute(QStringLiteral("w:right"), QString::number(twips(p.right)));
        x.writeAttribute(QStringLiteral("w:bottom"), QString::number(twips(p.bottom)));
        x.writeAttribute(QStringLiteral("w:left"), QString::number(twips(p.left)));
        x.writeAttribute(QStringLiteral("w:header"), QString::number(twips(28)));
        x.writeAttribute(QStringLiteral("w:footer"), QString::number(twips(28)));
        x.writeAttribute(QStringLiteral("w:gutter"), QStringLiteral("0"));
        x.writeEndElement();
    }

    void run(const QString &s, bool bold = false) {
        QXmlStreamWriter &x = m_x;
        x.writeStartElement(QStringLiteral("w:r"));
        if (bold) {
            x.writeStartElement(QStringLiteral("w:rPr"));
            x.writeEmptyElement(QStringLiteral("w:b"));
            x.writeEmptyElement(QStringLiteral("w:bCs"));
            x.writeEndElement();
        }
        x.writeStartElement(QStringLiteral("w:t"));
        x.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        x.writeCharacters(s);
        x.writeEndElement();
        x.writeEndElement();
    }

    /// A paragraph of a style; `extra` writes more paragraph properties.
    void paragraph(const QString &style, const QString &s, bool bold = false,
                   const std::function<void()> &extra = {}) {
        QXmlStreamWriter &x = m_x;
        x.writeStartElement(QStringLiteral("w:p"));
        x.writeStartElement(QStringLiteral("w:pPr"));
        x.writeEmptyElement(QStringLiteral("w:pStyle"));
        x.writeAttribute(QStringLiteral("w:val"), style);
        if (extra)
            extra();
        x.writeEndElement();
        if (!s.isEmpty())
            run(s, bold);
        x.writeEndElement();
    }

    void block(const Block &b, bool landscape) {
        switch (b.kind) {
        case Block::Kind::Title:
            paragraph(QStringLiteral("ITATitle"), text(b.text));
            break;
        case Block::Kind::Heading:
            paragraph(QStringLiteral("Heading%1").arg(std::clamp(b.level, 1, 3)), text(b.text),
                      false, [&] {
                          if (b.pageBreakBefore)
                              m_x.writeEmptyElement(QStringLiteral("w:pageBreakBefore"));
                      });
            break;
        case Block::Kind::Paragraph:
            paragraph(b.level == 0 ? QStringLiteral("ITALead") : QStringLiteral("ITABody"),
                      text(b.text));
            break;
        case Block::Kind::Bullet:
            paragraph(b.level <= 1 ? QStringLiteral("ITABullet1") : QStringLiteral("ITABullet2"),
                      text(b.text), false, [&] {
                          m_x.writeStartElement(QStringLiteral("w:numPr"));
                          m_x.writeEmptyElement(QStringLiteral("w:ilvl"));
                          m_x.writeAttribute(QStringLiteral("w:val"),
                                             QString::number(b.level <= 1 ? 0 : 1));
                          m_x.writeEmptyElement(QStringLiteral("w:numId"));
                          m_x.writeAttribute(QStringLiteral("w:val"), QStringLiteral("1"));
                          m_x.writeEndElement();
                      });
            break;
        case Block::Kind::Spacer:
            paragraph(QStringLiteral("Normal"), QString());
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

    void table(const Table &t, bool landscape) {
        QXmlStreamWriter &x = m_x;
        const std::vector<double> widths = columnWidths(t, landscape);
        x.writeStartElement(QStringLiteral("w:tbl"));
        x.writeStartElement(QStringLiteral("w:tblPr"));
        x.writeEmptyElement(QStringLiteral("w:tblStyle"));
        x.writeAttribute(QStringLiteral("w:val"), QStringLiteral("ITATable"));
        double total = 0;
        for (double w : widths)
            total += w;
        x.writeEmptyElement(QStringLiteral("w:tblW"));
        x.writeAttribute(QStringLiteral("w:w"), QString::number(twips(total)));
        x.writeAttribute(QStringLiteral("w:type"), QStringLiteral("dxa"));
        x.writeEmptyElement(QStringLiteral("w:tblLayout"));
        x.writeAttribute(QStringLiteral("w:type"), QStringLiteral("fixed"));
        x.writeEndElement();
        x.writeStartElement(QStringLiteral("w:tblGrid"));
        for (double w : widths) {
            x.writeEmptyElement(QStringLiteral("w:gridCol"));
            x.writeAttribute(QStringLiteral("w:w"), QString::number(twips(w)));
        }
        x.writeEndElement();
        for (size_t r = 0; r < t.header.size(); ++r)
            row(t, t.header[r], r + 1 < t.header.size() ? &t.header[r + 1] : nullptr, widths, true);
        for (const Row &rw : t.rows)
            row(t, rw, nullptr, widths, false);
        x.writeEndElement(); // tbl
    }

    void row(const Table &t, const Row &rw, const Row *below, const std::vector<double> &widths,
             bool header) {
        QXmlStreamWriter &x = m_x;
        x.writeStartElement(QStringLiteral("w:tr"));
        x.writeStartElement(QStringLiteral("w:trPr"));
        x.writeEmptyElement(QStringLiteral("w:cantSplit")); // a row never breaks across pages
        if (header)
            x.writeEmptyElement(QStringLiteral("w:tblHeader")); // repeats on every page
        x.writeEndElement();
        const size_t columns = t.widths.size();
        size_t used = 0;
        for (const PlacedCell &placed : placeCells(rw, columns)) {
            const Cell &cell = *placed.cell;
            const size_t c = placed.column;
            const size_t span = placed.span;
            used = c + span;
            double width = 0;
            for (size_t k = c; k < c + span; ++k)
                width += widths[k];
            const bool mergedBelow =
                below && c < below->cells.size() && below->cells[c].continuesAbove;
            x.writeStartElement(QStringLiteral("w:tc"));
            x.writeStartElement(QStringLiteral("w:tcPr"));
            x.writeEmptyElement(QStringLiteral("w:tcW"));
            x.writeAttribute(QStringLiteral("w:w"), QString::number(twips(width)));
            x.writeAttribute(QStringLiteral("w:type"), QStringLiteral("dxa"));
            if (span > 1) {
                x.writeEmptyElement(QStringLiteral("w:gridSpan"));
                x.writeAttribute(QStringLiteral("w:val"), QString::number(span));
            }
            if (cell.continuesAbove) {
                x.writeEmptyElement(QStringLiteral("w:vMerge"));
            } else if (mergedBelow) {
                x.writeEmptyElement(QStringLiteral("w:vMerge"));
                x.writeAttribute(QStringLiteral("w:val"), QStringLiteral("restart"));
            }
            if (cell.accent.isValid()) {
                x.writeStartElement(QStringLiteral("w:tcBorders"));
                x.writeEmptyElement(QStringLiteral("w:left"));
                x.writeAttribute(QStringLiteral("w:val"), QStringLiteral("single"));
                x.writeAttribute(QStringLiteral("w:sz"), QStringLiteral("24"));
                x.writeAttribute(QStringLiteral("w:color"), hex(cell.accent));
                x.writeEndElement();
            }
            QColor fill = cell.fill;
            if (cell.mark != SpanMark::None && !fill.isValid())
                fill = QColor(0xd6, 0xe4, 0xf0); // the quarters a step runs in, shaded
            if (fill.isValid()) {
                x.writeEmptyElement(QStringLiteral("w:shd"));
                x.writeAttribute(QStringLiteral("w:val"), QStringLiteral("clear"));
                x.writeAttribute(QStringLiteral("w:color"), QStringLiteral("auto"));
                x.writeAttribute(QStringLiteral("w:fill"), hex(fill));
            }
            x.writeEndElement(); // tcPr
            const QString content =
                cell.mark != SpanMark::None ? markText(cell.mark) : text(cell.text);
            const QStringList lines = content.split(u'\n');
            const bool centred = cell.centred || cell.mark != SpanMark::None;
            for (const QString &line : lines)
                paragraph(
                    header ? QStringLiteral("ITATableHeading") : QStringLiteral("ITATableText"),
                    line, cell.bold && !header, [&] {
                        if (rw.heading) // kept with the row after it
                            m_x.writeEmptyElement(QStringLiteral("w:keepNext"));
                        if (centred && !header) {
                            m_x.writeEmptyElement(QStringLiteral("w:jc"));
                            m_x.writeAttribute(QStringLiteral("w:val"), QStringLiteral("center"));
                        }
                    });
            x.writeEndElement(); // tc
        }
        if (used < columns) { // a short row: one empty cell covers the rest of the grid
            double width = 0;
            for (size_t k = used; k < columns; ++k)
                width += widths[k];
            x.writeStartElement(QStringLiteral("w:tc"));
            x.writeStartElement(QStringLiteral("w:tcPr"));
            x.writeEmptyElement(QStringLiteral("w:tcW"));
            x.writeAttribute(QStringLiteral("w:w"), QString::number(twips(width)));
            x.writeAttribute(QStringLiteral("w:type"), QStringLiteral("dxa"));
            if (columns - used > 1) {
                x.writeEmptyElement(QStringLiteral("w:gridSpan"));
                x.writeAttribute(QStringLiteral("w:val"), QString::number(columns - used));
            }
            x.writeEndElement();
            paragraph(QStringLiteral("ITATableText"), QString());
            x.writeEndElement();
        }
        x.writeEndElement(); // tr
    }

    void picture(const Picture &p) {
        m_images.push_back(p.png);
        const int n = int(m_images.size());
        const QString id = QString::number(n);
        const QString cx = QString::number(emu(p.width));
        const QString cy = QString::number(emu(p.height));
        QXmlStreamWriter &x = m_x;
        x.writeStartElement(QStringLiteral("w:p"));
        x.writeStartElement(QStringLiteral("w:pPr"));
        x.writeEmptyElement(QStringLiteral("w:pStyle"));
        x.writeAttribute(QStringLiteral("w:val"), QStringLiteral("ITAPicture"));
        x.writeEndElement();
        x.writeStartElement(QStringLiteral("w:r"));
        x.writeStartElement(QStringLiteral("w:drawing"));
        x.writeStartElement(QStringLiteral("wp:inline"));
        x.writeEmptyElement(QStringLiteral("wp:extent"));
        x.writeAttribute(QStringLiteral("cx"), cx);
        x.writeAttribute(QStringLiteral("cy"), cy);
        x.writeEmptyElement(QStringLiteral("wp:docPr"));
        x.writeAttribute(QStringLiteral("id"), id);
        x.writeAttribute(QStringLiteral("name"), QStringLiteral("Gantt %1").arg(n));
        x.writeStartElement(QStringLiteral("a:graphic"));
        x.writeStartElement(QStringLiteral("a:graphicData"));
        x.writeAttribute(
            QStringLiteral("uri"),
            QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture"));
        x.writeStartElement(QStringLiteral("pic:pic"));
        x.writeStartElement(QStringLiteral("pic:nvPicPr"));
        x.writeEmptyElement(QStringLiteral("pic:cNvPr"));
        x.writeAttribute(QStringLiteral("id"), id);
        x.writeAttribute(QStringLiteral("name"), QStringLiteral("chart%1.png").arg(n));
        x.writeEmptyElement(QStringLiteral("pic:cNvPicPr"));
        x.writeEndElement();
        x.writeStartElement(QStringLiteral("pic:blipFill"));
        x.writeEmptyElement(QStringLiteral("a:blip"));
        x.writeAttribute(R, QStringLiteral("embed"), QStringLiteral("rIdChart%1").arg(n));
        x.writeStartElement(QStringLiteral("a:stretch"));
        x.writeEmptyElement(QStringLiteral("a:fillRect"));
        x.writeEndElement();
        x.writeEndElement(); // blipFill
        x.writeStartElement(QStringLiteral("pic:spPr"));
        x.writeStartElement(QStringLiteral("a:xfrm"));
        x.writeEmptyElement(QStringLiteral("a:off"));
        x.writeAttribute(QStringLiteral("x"), QStringLiteral("0"));
        x.writeAttribute(QStringLiteral("y"), QStringLiteral("0"));
        x.writeEmptyElement(QStringLiteral("a:ext"));
        x.writeAttribute(QStringLiteral("cx"), cx);
        x.writeAttribute(QStringLiteral("cy"), cy);
        x.writeEndElement();
        x.writeStartElement(QStringLiteral("a:prstGeom"));
        x.writeAttribute(QStringLiteral("prst"), QStringLiteral("rect"));
        x.writeEmptyElement(QStringLiteral("a:avLst"));
        x.writeEndElement();
        x.writeEndElement(); // spPr
        x.writeEndElement(); // pic
        x.writeEndElement(); // graphicData
        x.writeEndElement(); // graphic
        x.writeEndElement(); // inline
        x.writeEndElement(); // drawing
        x.writeEndElement(); // r
        x.writeEndElement(); // p
    }

    /// The footer: the running title, then "หน้า N จาก M" with fields Word fills in.
    QByteArray footer(bool landscape) const {
        QByteArray out;
        QXmlStreamWriter x(&out);
        x.writeStartDocument(QStringLiteral("1.0"), true);
        x.writeStartElement(QStringLiteral("w:ftr"));
        x.writeNamespace(W, QStringLiteral("w"));
        x.writeStartElement(QStringLiteral("w:p"));
        x.writeStartElement(QStringLiteral("w:pPr"));
        x.writeEmptyElement(QStringLiteral("w:pStyle"));
        x.writeAttribute(QStringLiteral("w:val"), QStringLiteral("ITAFooter"));
        x.writeStartElement(QStringLiteral("w:pBdr"));
        x.writeEmptyElement(QStringLiteral("w:top"));
        x.writeAttribute(QStringLiteral("w:val"), QStringLiteral("single"));
        x.writeAttribute(QStringLiteral("w:sz"), QStringLiteral("4"));
        x.writeAttribute(QStringLiteral("w:color"), QStringLiteral("808080"));
        x.writeEndElement();
        x.writeStartElement(QStringLiteral("w:tabs"));
        x.writeEmptyElement(QStringLiteral("w:tab"));
        x.writeAttribute(QStringLiteral("w:val"), QStringLiteral("right"));
        x.writeAttribute(QStringLiteral("w:pos"),
                         QString::number(twips(page(landscape).contentWidth())));
        x.writeEndElement();
        x.writeEndElement(); // pPr
        const auto textRun = [&](const QString &s) {
            x.writeStartElement(QStringLiteral("w:r"));
            x.writeStartElement(QStringLiteral("w:t"));
            x.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            x.writeCharacters(s);
            x.writeEndElement();
            x.writeEndElement();
        };
        const auto field = [&](const QString &name) {
            x.writeStartElement(QStringLiteral("w:fldSimple"));
            x.writeAttribute(
                QStringLiteral("w:instr"),
                QStringLiteral(" %1 %2").arg(
                    name, m_doc.thaiDigits ? QStringLiteral("\\* ThaiArabic ") : QString()));
            textRun(QStringLiteral("1"));
            x.writeEndElement();
        };
        textRun(text(runningTitle(m_doc)));
        x.writeStartElement(QStringLiteral("w:r"));
        x.writeEmptyElement(QStringLiteral("w:tab"));
        x.writeEndElement();
        textRun(m_doc.thai ? QStringLiteral("หน้า ") : QStringLiteral("Page "));
        field(QStringLiteral("PAGE"));
        textRun(m_doc.thai ? QStringLiteral(" จาก ") : QStringLiteral(" of "));
        field(QStringLiteral("NUMPAGES"));
        x.writeEndElement(); // p
        x.writeEndElement(); // ftr
        x.writeEndDocument();
        return out;
    }

    QByteArray settings() const {
        return xmlHead() + "<w:settings xmlns:w=\"" + W.toUtf8() +
               "\"><w:defaultTabStop w:val=\"720\"/><w:compat><w:compatSetting "
               "w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" "
               "w:val=\"15\"/></w:compat></w:settings>";
    }

    QByteArray contentTypes() const {
        return xmlHead() +
               "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
               "<Default Extension=\"rels\" "
               "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
               "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
               "<Default Extension=\"png\" ContentType=\"image/png\"/>"
               "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
               "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
               "<Override PartName=\"/word/styles.xml\" ContentType=\"application/"
               "vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
               "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/"
               "vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>"
               "<Override PartName=\"/word/fontTable.xml\" ContentType=\"application/"
               "vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml\"/>"
               "<Override PartName=\"/word/settings.xml\" ContentType=\"application/"
               "vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
               "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/"
               "vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
               "<Override PartName=\"/word/footer2.xml\" ContentType=\"application/"
               "vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
               "<Override PartName=\"/docProps/core.xml\" "
               "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
               "</Types>";
    }

    QByteArray packageRels() const {
        return xmlHead() +
               "<Relationships "
               "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
               "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
               "officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
               "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/"
               "relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
               "</Relationships>";
    }

    QByteArray documentRels() const {
        QByteArray out = xmlHead() +
                         "<Relationships "
                         "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
        const QByteArray base =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        const auto rel = [&](const QByteArray &id, const QByteArray &type,
                             const QByteArray &target) {
            out += "<Relationship Id=\"" + id + "\" Type=\"" + base + type + "\" Target=\"" +
                   target + "\"/>";
        };
        rel("rIdStyles", "styles", "styles.xml");
        rel("rIdNumbering", "numbering", "numbering.xml");
        rel("rIdFonts", "fontTable", "fontTable.xml");
        rel("rIdSettings", "settings", "settings.xml");
        rel("rIdFooterPortrait", "footer", "footer1.xml");
        rel("rIdFooterLandscape", "footer", "footer2.xml");
        for (size_t i = 0; i < m_images.size(); ++i)
            rel("rIdChart" + QByteArray::number(qulonglong(i + 1)), "image",
                "media/chart" + QByteArray::number(qulonglong(i + 1)) + ".png");
        return out + "</Relationships>";
    }

    QByteArray coreProps() const {
        QByteArray out;
        QXmlStreamWriter x(&out);
        x.writeStartDocument(QStringLiteral("1.0"), true);
        x.writeStartElement(QStringLiteral("cp:coreProperties"));
        x.writeNamespace(QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/"
                                        "core-properties"),
                         QStringLiteral("cp"));
        x.writeNamespace(QStringLiteral("http://purl.org/dc/elements/1.1/"), QStringLiteral("dc"));
        x.writeTextElement(QStringLiteral("dc:title"), m_doc.title);
        x.writeTextElement(QStringLiteral("dc:creator"), QStringLiteral("ITA Planner"));
        x.writeTextElement(QStringLiteral("dc:language"),
                           m_doc.thai ? QStringLiteral("th-TH") : QStringLiteral("en-GB"));
        x.writeEndElement();
        x.writeEndDocument();
        return out;
    }
};

} // namespace

QString writeDocx(const Document &document, QIODevice *device) {
    DocxBuilder builder(document);
    QString error;
    const QByteArray bytes = builder.finish(&error);
    if (!error.isEmpty())
        return error;
    return device->write(bytes) == bytes.size() ? QString() : device->errorString();
}

} // namespace ita::report
