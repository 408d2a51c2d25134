#include "TestPdf.h"

#include <QStringList>

#include <map>

namespace ita::test {

namespace {

/// Flate data as a PDF stores it: qCompress's zlib stream without its 4-byte length prefix.
QByteArray flate(const QByteArray &data) {
    return qCompress(data).mid(4);
}

QByteArray literal(const QString &text) {
    QByteArray out = "(";
    for (const char c : text.toLatin1()) {
        if (c == '(' || c == ')' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + ")";
}

QByteArray hex4(uint v) {
    return QByteArray::number(v, 16).rightJustified(4, '0').toUpper();
}

} // namespace

QByteArray ref(int number) {
    return QByteArray::number(number) + " 0 R";
}

int PdfBuilder::add(const QByteArray &body) {
    m_objects.push_back(body);
    return int(m_objects.size());
}

void PdfBuilder::set(int number, const QByteArray &body) {
    m_objects[size_t(number - 1)] = body;
}

int PdfBuilder::addStream(const QByteArray &entries, const QByteArray &data, bool compress) {
    const QByteArray stored = compress ? flate(data) : data;
    return add("<< " + entries + (compress ? " /Filter /FlateDecode" : "") + " /Length " +
               QByteArray::number(stored.size()) + " >>\nstream\n" + stored + "\nendstream");
}

int PdfBuilder::addObjectStream(const std::vector<std::pair<int, QByteArray>> &objects) {
    QByteArray header, bodies;
    for (const auto &[number, body] : objects) {
        header += QByteArray::number(number) + ' ' + QByteArray::number(bodies.size()) + ' ';
        bodies += body + '\n';
    }
    header += '\n';
    return addStream("/Type /ObjStm /N " + QByteArray::number(qsizetype(objects.size())) +
                         " /First " + QByteArray::number(header.size()),
                     header + bodies, true);
}

QByteArray PdfBuilder::build(int catalog, const QByteArray &trailerExtra) const {
    QByteArray out = "%PDF-1.5\n%\xE2\xE3\xCF\xD3\n";
    std::vector<qsizetype> offsets;
    for (size_t i = 0; i < m_objects.size(); ++i) {
        offsets.push_back(out.size());
        out += QByteArray::number(qsizetype(i + 1)) + " 0 obj\n" + m_objects[i] + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(qsizetype(m_objects.size() + 1)) +
           "\n0000000000 65535 f \n";
    for (const qsizetype o : offsets)
        out += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(qsizetype(m_objects.size() + 1)) + " /Root " +
           ref(catalog) + ' ' + trailerExtra + " >>\nstartxref\n" + QByteArray::number(xref) +
           "\n%%EOF\n";
    return out;
}

QByteArray PdfBuilder::buildPage(const QByteArray &contents, const QByteArray &resources) {
    const int pages = next() + 1;
    const int page =
        add("<< /Type /Page /Parent " + ref(pages) + " /MediaBox [0 0 595 842] /Contents " +
            contents + " /Resources << " + resources + " >> >>");
    add("<< /Type /Pages /Kids [" + ref(page) + "] /Count 1 >>");
    return build(add("<< /Type /Catalog /Pages " + ref(pages) + " >>"));
}

QByteArray simplePdf(const QStringList &lines) {
    PdfBuilder b;
    const int font = b.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    QByteArray content = "BT /F1 12 Tf 72 760 Td\n";
    for (const QString &line : lines)
        content += literal(line) + " Tj 0 -16 Td\n";
    content += "ET\n";
    const int stream = b.addStream({}, content, false);
    return b.buildPage(ref(stream), "/Font << /F1 " + ref(font) + " >>");
}

QByteArray thaiPdf(const QString &text) {
    // Codes from 1 in the order characters first appear, as a subsetting producer numbers
    // glyphs: nothing about the code says which character it is.
    std::map<char16_t, uint> codes;
    QByteArray shown = "<";
    for (const QChar c : text) {
        auto [it, added] = codes.emplace(c.unicode(), uint(codes.size() + 1));
        shown += hex4(it->second);
    }
    shown += ">";
    // The CMap: runs of consecutive characters as bfrange, the rest as bfchar.
    QByteArray chars, ranges;
    int nChars = 0, nRanges = 0;
    for (auto it = codes.begin(); it != codes.end();) {
        auto end = std::next(it);
        while (end != codes.end() && end->first == std::prev(end)->first + 1 &&
               end->second == std::prev(end)->second + 1)
            ++end;
        const auto last = std::prev(end);
        if (last != it) {
            ranges += '<' + hex4(it->second) + "> <" + hex4(last->second) + "> <" +
                      hex4(it->first) + ">\n";
            ++nRanges;
        } else {
            chars += '<' + hex4(it->second) + "> <" + hex4(it->first) + ">\n";
            ++nChars;
        }
        it = end;
    }
    QByteArray cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                      "/CMapName /Adobe-Identity-UCS def\n1 begincodespacerange\n<0000> <FFFF>\n"
                      "endcodespacerange\n";
    if (nChars)
        cmap += QByteArray::number(nChars) + " beginbfchar\n" + chars + "endbfchar\n";
    if (nRanges)
        cmap += QByteArray::number(nRanges) + " beginbfrange\n" + ranges + "endbfrange\n";
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";

    PdfBuilder b;
    const int toUnicode = b.addStream({}, cmap, true);
    const int fontNumber = 100; // only in the object stream
    const int descendantNumber = 101;
    b.addObjectStream(
        {{fontNumber, "<< /Type /Font /Subtype /Type0 /BaseFont /Sarabun /Encoding /Identity-H "
                      "/DescendantFonts [" +
                          ref(descendantNumber) + "] /ToUnicode " + ref(toUnicode) + " >>"},
         {descendantNumber, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Sarabun >>"}});
    // Every character placed with its own Td, as Qt writes them, and split over two streams.
    QByteArray first = "BT /F7 14 Tf 1 0 0 -1 0 0 Tm 72 -760 Td\n";
    for (qsizetype i = 1; i + 4 < shown.size(); i += 4)
        first += "7.5 0 Td <" + shown.mid(i, 4) + "> Tj\n";
    const int part1 = b.addStream({}, first, true);
    const int part2 = b.addStream({}, "ET\n", true);
    const int pages = b.next() + 1;
    const int page = b.add("<< /Type /Page /Parent " + ref(pages) + " /Contents [" + ref(part1) +
                           ' ' + ref(part2) + "] >>");
    b.add("<< /Type /Pages /Kids [" + ref(page) + "] /Count 1 /Resources << /Font << /F7 " +
          ref(fontNumber) + " >> >> >>");
    const int catalog = b.add("<< /Type /Catalog /Pages " + ref(pages) + " >>");
    return b.build(catalog);
}

} // namespace ita::test
