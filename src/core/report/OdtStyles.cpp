#include "OdtStyles.h"

#include <QFileInfo>

namespace ita::report::odt {

using namespace office;

namespace {

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

} // namespace

/// The bundled Sarabun, embedded so LibreOffice on any machine can show the fallback: the
/// faces the report uses (it sets nothing in italic; 45 KB saved, issue 28).
const char *const kFontFiles[2][3] = {
    {":/fonts/Sarabun-Regular.ttf", "normal", "normal"},
    {":/fonts/Sarabun-Bold.ttf", "normal", "bold"},
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

namespace {

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

} // namespace

void fontFaces(QXmlStreamWriter &x, bool embed) {
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

QByteArray stylesXml(const Document &doc) {
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
            x.writeAttribute(QStringLiteral("style:parent-style-name"), QStringLiteral("Standard"));
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
        x.writeAttribute(QStringLiteral("fo:line-height"), QStringLiteral("%1%").arg(kLinePercent));
        textProperties(x, s.size, s.bold, doc.thai);
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
        x.writeAttribute(QStringLiteral("style:name"), landscape ? QStringLiteral("PL_Landscape")
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
        if (doc.thaiDigits)
            x.writeAttribute(QStringLiteral("style:num-format"), QStringLiteral("๑"));
        x.writeStartElement(QStringLiteral("style:footer-style"));
        x.writeEmptyElement(QStringLiteral("style:header-footer-properties"));
        x.writeAttribute(QStringLiteral("fo:min-height"), pt(p.bottom * 0.5));
        x.writeAttribute(QStringLiteral("fo:margin-top"), pt(6));
        x.writeAttribute(QStringLiteral("fo:border-top"), QStringLiteral("0.4pt solid #808080"));
        x.writeEndElement();
        x.writeEndElement();
    }
    x.writeStartElement(QStringLiteral("style:style"));
    x.writeAttribute(QStringLiteral("style:name"), QStringLiteral("Footer_Tabs_P"));
    x.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
    x.writeAttribute(QStringLiteral("style:parent-style-name"), QStringLiteral("ITA_20_Footer"));
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
        x.writeCharacters(withDigits(runningTitle(doc), doc.thaiDigits));
        x.writeCharacters(doc.thai ? QStringLiteral("   —   หน้า ")
                                   : QStringLiteral("   —   Page "));
        x.writeStartElement(QStringLiteral("text:page-number"));
        x.writeAttribute(QStringLiteral("text:select-page"), QStringLiteral("current"));
        x.writeCharacters(QStringLiteral("1"));
        x.writeEndElement();
        x.writeCharacters(doc.thai ? QStringLiteral(" จาก ") : QStringLiteral(" of "));
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

QByteArray metaXml(const Document &doc) {
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument();
    x.writeStartElement(QStringLiteral("office:document-meta"));
    namespaces(x);
    x.writeAttribute(QStringLiteral("office:version"), QStringLiteral("1.3"));
    x.writeStartElement(QStringLiteral("office:meta"));
    x.writeTextElement(QStringLiteral("dc:title"), doc.title);
    x.writeTextElement(QStringLiteral("dc:language"),
                       doc.thai ? QStringLiteral("th-TH") : QStringLiteral("en-GB"));
    x.writeTextElement(QStringLiteral("meta:generator"), QStringLiteral("ITA Planner"));
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

} // namespace ita::report::odt
