#include "OdtWriter.h"

#include "OdtStyles.h"
#include "OfficeWriter.h"
#include "ZipPackage.h"

#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QMap>
#include <QXmlStreamWriter>

namespace ita::report {

namespace {

using namespace office;
using namespace odt;

class OdtBuilder final : public OfficeWriter {
public:
    using OfficeWriter::OfficeWriter;

private:
    /// Automatic styles made while writing the body: name → the style's XML.
    QMap<QString, QByteArray> m_automatic;
    QString m_pendingMaster; ///< the master page the next paragraph or table starts
    int m_tables = 0;

    QByteArray package(QString *error) override {
        ZipPackage zip;
        zip.add(QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text", true);
        zip.add(QStringLiteral("content.xml"), content());
        zip.add(QStringLiteral("styles.xml"), stylesXml(m_doc));
        zip.add(QStringLiteral("meta.xml"), metaXml(m_doc));
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

    void beginSection(const Section &section) override {
        m_pendingMaster =
            section.landscape ? QStringLiteral("Landscape") : QStringLiteral("Portrait");
    }

    void beginBody() override { m_x.writeStartElement(QStringLiteral("office:text")); }

    void endBody() override {
        if (!m_pendingMaster.isEmpty())
            paragraph(QStringLiteral("Standard"), QString());
        m_x.writeEndElement();
    }

    void title(const QString &s) override { paragraph(QStringLiteral("ITA_20_Title"), s); }

    void heading(const QString &s, int level, bool pageBreakBefore) override {
        paragraph(QStringLiteral("Heading_20_%1").arg(level), s, pageBreakBefore, true, level);
    }

    void paragraph(const QString &s, bool lead) override {
        paragraph(lead ? QStringLiteral("ITA_20_Lead") : QStringLiteral("ITA_20_Body"), s);
    }

    void bullet(const QString &s, int depth) override {
        // One list per item keeps the writer simple; LibreOffice joins them visually, and
        // the list style carries the marks and indents.
        QXmlStreamWriter &x = m_x;
        x.writeStartElement(QStringLiteral("text:list"));
        x.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("ITA_20_Bullets"));
        // A second-level item is a list inside an item of the first level.
        x.writeStartElement(QStringLiteral("text:list-item"));
        if (depth == 2) {
            x.writeStartElement(QStringLiteral("text:list"));
            x.writeStartElement(QStringLiteral("text:list-item"));
        }
        paragraph(QStringLiteral("ITA_20_List"), s);
        if (depth == 2) {
            x.writeEndElement(); // inner item
            x.writeEndElement(); // inner list
        }
        x.writeEndElement(); // item
        x.writeEndElement(); // list
    }

    void spacer() override { paragraph(QStringLiteral("Standard"), QString()); }

    void beginTable(const Table &, const std::vector<double> &widths) override {
        QXmlStreamWriter &x = m_x;
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
    }

    void beginHeaderRows() override {
        m_x.writeStartElement(QStringLiteral("table:table-header-rows")); // repeat on every page
    }
    void endHeaderRows() override { m_x.writeEndElement(); }
    void endTable() override { m_x.writeEndElement(); }

    void beginRow(const Row &, bool) override {
        m_x.writeStartElement(QStringLiteral("table:table-row"));
        m_x.writeAttribute(QStringLiteral("table:style-name"), QStringLiteral("ITA_Row"));
    }
    void endRow() override { m_x.writeEndElement(); }

    void cell(const CellOut &c) override {
        QXmlStreamWriter &x = m_x;
        if (c.continuesAbove()) {
            for (size_t k = 0; k < c.span; ++k)
                x.writeEmptyElement(QStringLiteral("table:covered-table-cell"));
            return;
        }
        x.writeStartElement(QStringLiteral("table:table-cell"));
        x.writeAttribute(QStringLiteral("table:style-name"), cellStyle(c.fill, c.cell->accent));
        x.writeAttribute(QStringLiteral("office:value-type"), QStringLiteral("string"));
        if (c.span > 1)
            x.writeAttribute(QStringLiteral("table:number-columns-spanned"),
                             QString::number(c.span));
        if (c.rowsDown > 1)
            x.writeAttribute(QStringLiteral("table:number-rows-spanned"),
                             QString::number(c.rowsDown));
        QString style = c.header ? QStringLiteral("ITA_20_Table_20_heading")
                                 : QStringLiteral("ITA_20_Table_20_text");
        if (!c.header && (c.centred || c.bold))
            style = tableTextVariant(c.centred, c.bold);
        for (const QString &line : c.lines) {
            x.writeStartElement(QStringLiteral("text:p"));
            x.writeAttribute(QStringLiteral("text:style-name"), style);
            x.writeCharacters(line);
            x.writeEndElement();
        }
        x.writeEndElement(); // cell
        for (size_t k = 1; k < c.span; ++k)
            x.writeEmptyElement(QStringLiteral("table:covered-table-cell"));
    }

    void restOfRow(size_t columns, double) override {
        for (size_t k = 0; k < columns; ++k) { // a short row is filled with empty cells
            m_x.writeStartElement(QStringLiteral("table:table-cell"));
            m_x.writeEndElement();
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

    void picture(const Picture &p) override {
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
    return OdtBuilder(document).write(device);
}

} // namespace ita::report
