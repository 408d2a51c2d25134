#include "DocxStyles.h"

#include <QXmlStreamWriter>

#include <cmath>

namespace ita::report::docx {

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

} // namespace ita::report::docx
