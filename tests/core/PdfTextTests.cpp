// The PDF reader the OIT link check uses to find the year a published document speaks of
// (net/PdfText). Each PDF is written by hand (TestPdf.h), so each test names the way of storing
// text it covers; report_tests reads the product's own report PDFs, as Qt writes them.

#include "TestPdf.h"

#include "domain/LinkCheck.h"
#include "net/PdfText.h"

#include <catch2/catch.hpp>

using namespace ita;

namespace {

QString textOf(const QByteArray &pdf, const PdfTextLimits &limits = {}) {
    const PdfText read = readPdfText(pdf, limits);
    REQUIRE(read.outcome == PdfText::Outcome::Read);
    return read.text;
}

/// One page whose content is `content` (uncompressed) in a simple font F1.
QByteArray pageWith(const QByteArray &content, const QByteArray &moreResources = {}) {
    test::PdfBuilder b;
    const int font = b.add("<< /Type /Font /Subtype /TrueType /BaseFont /Arial >>");
    const int stream = b.addStream({}, content, false);
    return b.buildPage(test::ref(stream),
                       "/Font << /F1 " + test::ref(font) + " >> " + moreResources);
}

} // namespace

TEST_CASE("pdf text: a simple font's strings, line by line", "[oit][pdf]") {
    const QString text = textOf(test::simplePdf(
        {QStringLiteral("Action plan (fiscal year 2569)"), QStringLiteral("Page 1 of 12")}));
    CHECK(text.contains(QStringLiteral("Action plan (fiscal year 2569)")));
    CHECK(text.contains(QStringLiteral("Page 1 of 12")));
    // A move to the next line separates: "2569" and the next line's digits never join.
    CHECK(yearsMentioned(text) == QList<int>{2569});
}

TEST_CASE("pdf text: TJ arrays join kerned pieces and a wide gap is a space", "[oit][pdf]") {
    const QString text = textOf(
        pageWith("BT /F1 11 Tf 72 700 Td [(Rep) 20 (ort 25) -15 (67)] TJ [(one) -600 (two)] TJ ET\n"
                 "BT 72 680 Td (\\(escaped\\) \\050octal\\051) Tj ET"));
    CHECK(text.contains(QStringLiteral("Report 2567")));
    CHECK(text.contains(QStringLiteral("one two")));
    CHECK(text.contains(QStringLiteral("(escaped) (octal)")));
    CHECK(yearsMentioned(text) == QList<int>{2567});
}

TEST_CASE("pdf text: Thai through a Type0 font's ToUnicode map, from an object stream",
          "[oit][pdf]") {
    // The codes say nothing by themselves: only the CMap (bfchar and bfrange) makes them Thai.
    const QString thai = QStringLiteral("รายงานผลการดำเนินงาน ปีงบประมาณ พ.ศ. ๒๕๖๘");
    const QByteArray pdf = test::thaiPdf(thai);
    CHECK_FALSE(pdf.contains("2568"));
    const QString text = textOf(pdf);
    CHECK(text.trimmed() == thai);
    CHECK(yearsMentioned(text) == QList<int>{2568});
}

TEST_CASE("pdf text: forms drawn by the page are read, and a form that draws itself ends",
          "[oit][pdf]") {
    test::PdfBuilder b;
    const int font = b.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    const int form = b.next();
    b.addStream("/Type /XObject /Subtype /Form /BBox [0 0 100 100] /Resources << /Font << /F1 " +
                    test::ref(font) + " >> /XObject << /Me " + test::ref(form) + " >> >>",
                "BT /F1 9 Tf (Budget 2568) Tj ET /Me Do", true);
    const int content = b.addStream({}, "q /Fm1 Do Q", false);
    const QByteArray pdf =
        b.buildPage(test::ref(content), "/XObject << /Fm1 " + test::ref(form) + " >>");
    PdfTextLimits limits;
    limits.maxFormDepth = 5;
    const QString text = textOf(pdf, limits);
    CHECK(yearsMentioned(text) == QList<int>{2568});
    // The page draws the form, which draws itself until forms are 5 deep: 5 times in all.
    CHECK(text.count(QStringLiteral("Budget 2568")) == limits.maxFormDepth);
}

TEST_CASE("pdf text: an inline image's bytes are stepped over", "[oit][pdf]") {
    const QString text = textOf(pageWith("BI /W 4 /H 1 /BPC 8 /CS /G ID \x01(\x02[<<) Tj\x03 EI\n"
                                         "BT /F1 10 Tf 72 700 Td (Plan 2566) Tj ET"));
    CHECK(text.trimmed() == QStringLiteral("Plan 2566"));
}

TEST_CASE("pdf text: encrypted, scanned, not a PDF, truncated and empty files", "[oit][pdf]") {
    test::PdfBuilder encrypted;
    const int pages = encrypted.next() + 1;
    const int page = encrypted.add("<< /Type /Page /Parent " + test::ref(pages) + " >>");
    encrypted.add("<< /Type /Pages /Kids [" + test::ref(page) + "] /Count 1 >>");
    const int catalog = encrypted.add("<< /Type /Catalog /Pages " + test::ref(pages) + " >>");
    const int dict = encrypted.add("<< /Filter /Standard /V 2 /R 3 /Length 128 /P -4 >>");
    CHECK(readPdfText(encrypted.build(catalog, "/Encrypt " + test::ref(dict))).outcome ==
          PdfText::Outcome::Encrypted);

    // A scan: the page only draws a picture.
    const PdfText scan = readPdfText(pageWith("q 595 0 0 842 0 0 cm /Im1 Do Q"));
    CHECK(scan.outcome == PdfText::Outcome::NoText);
    CHECK(scan.text.isEmpty());

    CHECK(readPdfText("<!doctype html><html>login</html>").outcome == PdfText::Outcome::NotPdf);
    CHECK(readPdfText({}).outcome == PdfText::Outcome::NotPdf);
    CHECK(readPdfText("%PDF-1.7\n").outcome == PdfText::Outcome::NotPdf);

    // Cut anywhere, a PDF gives what it can and never fails: here the page is lost, then kept.
    const QByteArray whole = test::simplePdf({QStringLiteral("Report 2567")});
    CHECK(readPdfText(whole.left(whole.indexOf("3 0 obj"))).outcome == PdfText::Outcome::NotPdf);
    const QByteArray cut = whole.left(whole.indexOf("xref"));
    CHECK(yearsMentioned(textOf(cut)) == QList<int>{2567});
}

TEST_CASE("pdf text: streams inflate only up to the limit", "[oit][pdf]") {
    // A megabyte of spaces compresses to a kilobyte; the year comes after it.
    const QByteArray content =
        "BT /F1 10 Tf 72 700 Td" + QByteArray(1024 * 1024, ' ') + "(Plan 2569) Tj ET";
    test::PdfBuilder b;
    const int font = b.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    const int stream = b.addStream({}, content, true);
    const QByteArray pdf =
        b.buildPage(test::ref(stream), "/Font << /F1 " + test::ref(font) + " >>");
    REQUIRE(pdf.size() < 16 * 1024);

    CHECK(yearsMentioned(textOf(pdf)) == QList<int>{2569});
    PdfTextLimits small;
    small.maxInflated = 64 * 1024;
    CHECK(readPdfText(pdf, small).outcome == PdfText::Outcome::NoText);
}

TEST_CASE("pdf text: forms that draw themselves many times stop at the content budget",
          "[oit][pdf]") {
    // Found by the fuzzer (corpus/pdf/regression-forms-drawn-twice-each.pdf): 50 draws per
    // form, 8 deep, would be 50^8 runs of it.
    test::PdfBuilder b;
    const int font = b.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    const int form = b.next();
    QByteArray content = "BT /F1 9 Tf (Budget 2568) Tj ET\n";
    for (int i = 0; i < 50; ++i)
        content += "/Me Do\n";
    b.addStream("/Type /XObject /Subtype /Form /Resources << /Font << /F1 " + test::ref(font) +
                    " >> /XObject << /Me " + test::ref(form) + " >> >>",
                content, true);
    const int page = b.addStream({}, "/Me Do", false);
    const QByteArray pdf =
        b.buildPage(test::ref(page), "/XObject << /Me " + test::ref(form) + " >>");
    PdfTextLimits limits;
    limits.maxContent = 100 * 1024;
    const QString text = textOf(pdf, limits);
    CHECK(yearsMentioned(text) == QList<int>{2568});
    // Each run of the form costs its size; the runs stop when the budget is spent.
    const qsizetype runs = text.count(QStringLiteral("Budget 2568"));
    CHECK(runs >= 100);
    CHECK(runs <= limits.maxContent / content.size() + 1);
}
