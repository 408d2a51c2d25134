#include "DocxWriter.h"

#include "DocxStyles.h"
#include "OfficeWriter.h"
#include "ZipPackage.h"

#include <QIODevice>
#include <QXmlStreamWriter>

#include <cmath>

namespace ita::report {

namespace {

using namespace office;
using namespace docx;

class DocxBuilder final : public OfficeWriter {
public:
    using OfficeWriter::OfficeWriter;

private:
    QByteArray package(QString *error) override {
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

    void beginBody() override {
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
    }

    void endSection(const Section &section, bool last) override {
        if (last) { // the last section's properties close the body
            sectionProperties(section.landscape);
            return;
        }
        // A section ends with a paragraph that carries its properties.
        m_x.writeStartElement(QStringLiteral("w:p"));
        m_x.writeStartElement(QStringLiteral("w:pPr"));
        sectionProperties(section.landscape);
        m_x.writeEndElement();
        m_x.writeEndElement();
    }

    void endBody() override {
        m_x.writeEndElement(); // body
        m_x.writeEndElement(); // document
        m_x.writeEndDocument();
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

    void title(const QString &s) override { paragraph(QStringLiteral("ITATitle"), s); }

    void heading(const QString &s, int level, bool pageBreakBefore) override {
        paragraph(QStringLiteral("Heading%1").arg(level), s, false, [&] {
            if (pageBreakBefore)
                m_x.writeEmptyElement(QStringLiteral("w:pageBreakBefore"));
        });
    }

    void paragraph(const QString &s, bool lead) override {
        paragraph(lead ? QStringLiteral("ITALead") : QStringLiteral("ITABody"), s);
    }

    void bullet(const QString &s, int depth) override {
        paragraph(depth == 1 ? QStringLiteral("ITABullet1") : QStringLiteral("ITABullet2"), s,
                  false, [&] {
                      m_x.writeStartElement(QStringLiteral("w:numPr"));
                      m_x.writeEmptyElement(QStringLiteral("w:ilvl"));
                      m_x.writeAttribute(QStringLiteral("w:val"), QString::number(depth - 1));
                      m_x.writeEmptyElement(QStringLiteral("w:numId"));
                      m_x.writeAttribute(QStringLiteral("w:val"), QStringLiteral("1"));
                      m_x.writeEndElement();
                  });
    }

    void spacer() override { paragraph(QStringLiteral("Normal"), QString()); }

    void beginTable(const Table &, const std::vector<double> &widths) override {
        QXmlStreamWriter &x = m_x;
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
    }

    void endTable() override { m_x.writeEndElement(); } // tbl

    void beginRow(const Row &, bool header) override {
        QXmlStreamWriter &x = m_x;
        x.writeStartElement(QStringLiteral("w:tr"));
        x.writeStartElement(QStringLiteral("w:trPr"));
        x.writeEmptyElement(QStringLiteral("w:cantSplit")); // a row never breaks across pages
        if (header)
            x.writeEmptyElement(QStringLiteral("w:tblHeader")); // repeats on every page
        x.writeEndElement();
    }

    void endRow() override { m_x.writeEndElement(); } // tr

    /// A cell's opening properties: its width and the columns it spans.
    void cellProperties(double width, size_t span) {
        QXmlStreamWriter &x = m_x;
        x.writeEmptyElement(QStringLiteral("w:tcW"));
        x.writeAttribute(QStringLiteral("w:w"), QString::number(twips(width)));
        x.writeAttribute(QStringLiteral("w:type"), QStringLiteral("dxa"));
        if (span > 1) {
            x.writeEmptyElement(QStringLiteral("w:gridSpan"));
            x.writeAttribute(QStringLiteral("w:val"), QString::number(span));
        }
    }

    void cell(const CellOut &c) override {
        QXmlStreamWriter &x = m_x;
        x.writeStartElement(QStringLiteral("w:tc"));
        x.writeStartElement(QStringLiteral("w:tcPr"));
        cellProperties(c.width, c.span);
        if (c.continuesAbove()) {
            x.writeEmptyElement(QStringLiteral("w:vMerge"));
        } else if (c.rowsDown > 1) {
            x.writeEmptyElement(QStringLiteral("w:vMerge"));
            x.writeAttribute(QStringLiteral("w:val"), QStringLiteral("restart"));
        }
        if (c.cell->accent.isValid()) {
            x.writeStartElement(QStringLiteral("w:tcBorders"));
            x.writeEmptyElement(QStringLiteral("w:left"));
            x.writeAttribute(QStringLiteral("w:val"), QStringLiteral("single"));
            x.writeAttribute(QStringLiteral("w:sz"), QStringLiteral("24"));
            x.writeAttribute(QStringLiteral("w:color"), hex(c.cell->accent));
            x.writeEndElement();
        }
        if (c.fill.isValid()) {
            x.writeEmptyElement(QStringLiteral("w:shd"));
            x.writeAttribute(QStringLiteral("w:val"), QStringLiteral("clear"));
            x.writeAttribute(QStringLiteral("w:color"), QStringLiteral("auto"));
            x.writeAttribute(QStringLiteral("w:fill"), hex(c.fill));
        }
        x.writeEndElement(); // tcPr
        for (const QString &line : c.lines)
            paragraph(c.header ? QStringLiteral("ITATableHeading") : QStringLiteral("ITATableText"),
                      line, c.bold, [&] {
                          if (c.rowHeading) // kept with the row after it
                              m_x.writeEmptyElement(QStringLiteral("w:keepNext"));
                          if (c.centred && !c.header) {
                              m_x.writeEmptyElement(QStringLiteral("w:jc"));
                              m_x.writeAttribute(QStringLiteral("w:val"), QStringLiteral("center"));
                          }
                      });
        x.writeEndElement(); // tc
    }

    void restOfRow(size_t columns, double width) override {
        // One empty cell covers the rest of the grid.
        m_x.writeStartElement(QStringLiteral("w:tc"));
        m_x.writeStartElement(QStringLiteral("w:tcPr"));
        cellProperties(width, columns);
        m_x.writeEndElement();
        paragraph(QStringLiteral("ITATableText"), QString());
        m_x.writeEndElement();
    }

    void picture(const Picture &p) override {
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
    return DocxBuilder(document).write(device);
}

} // namespace ita::report
