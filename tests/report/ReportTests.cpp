#include "../core/TestSupport.h"

#include "document/PlanDrafting.h"
#include "domain/FiscalCalendar.h"
#include "domain/LinkCheck.h"
#include "io/Sample.h"
#include "io/ScoresIo.h"
#include "net/PdfText.h"
#include "report/DocxWriter.h"
#include "report/OdtWriter.h"
#include "report/OfficeCommon.h"
#include "report/ReportBuilder.h"
#include "report/ReportExport.h"
#include "report/ReportLayout.h"
#include "report/ReportSource.h"
#include "report/ReportWriters.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/FrameworkRepository.h"
#include "storage/PlanRepository.h"
#include "storage/ReportTextRepository.h"
#include "storage/SampleStore.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTextLayout>
#include <QXmlStreamReader>

using namespace ita;

namespace {

/// Runs a poppler or unzip tool; these read what we wrote independently of Qt.
QString tool(const QString &program, const QStringList &args) {
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    INFO(program.toStdString() << ": " << p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// A word of `pdftotext -bbox`, in points from the page's top left.
struct PdfWord {
    QRectF box;
    QString text;
};

/// Every page's words, as `pdftotext -bbox` reads them from the PDF.
std::vector<std::vector<PdfWord>> pdfWords(const QString &pdf) {
    const QString xhtml =
        tool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    std::vector<std::vector<PdfWord>> pages;
    QXmlStreamReader xml(xhtml);
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == u"page") {
            pages.emplace_back();
        } else if (xml.name() == u"word" && !pages.empty()) {
            const auto a = xml.attributes();
            const QPointF topLeft(a.value(QLatin1String("xMin")).toDouble(),
                                  a.value(QLatin1String("yMin")).toDouble());
            const QPointF bottomRight(a.value(QLatin1String("xMax")).toDouble(),
                                      a.value(QLatin1String("yMax")).toDouble());
            pages.back().push_back({QRectF(topLeft, bottomRight), xml.readElementText()});
        }
    }
    return pages;
}

/// The longest run of dark pixels along one row of `image` between x0 and x1.
int darkRun(const QImage &image, int y, int x0, int x1) {
    int best = 0;
    int run = 0;
    for (int x = std::max(0, x0); x <= std::min(image.width() - 1, x1); ++x) {
        run = qGray(image.pixel(x, y)) < 128 ? run + 1 : 0;
        best = std::max(best, run);
    }
    return best;
}

struct Sample {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::shared_ptr<report::Source> source;
    Sample() {
        auto opened = Database::open(dir.filePath(QStringLiteral("s.itadb")));
        REQUIRE(opened);
        db = std::move(*opened);
        REQUIRE(writeSample(*db).isEmpty());
        auto loaded = report::loadSource(*db, QStringLiteral("สำนักงาน กกพ."), 2564);
        REQUIRE(loaded);
        source = *loaded;
    }
    QString write(const report::Document &doc, const QString &name) {
        const QString path = dir.filePath(name);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        const QString error = name.endsWith(u".odt")    ? report::writeOdt(doc, &file)
                              : name.endsWith(u".docx") ? report::writeDocx(doc, &file)
                                                        : report::writePdf(doc, &file);
        REQUIRE(error.isEmpty());
        return path;
    }
};

report::Options asOf(const QDate &d) {
    report::Options o;
    o.asOf = d;
    return o;
}

int pdfPages(const QString &path) {
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                       .match(tool(QStringLiteral("pdfinfo"), {path}));
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

} // namespace

TEST_CASE("the report PDF is A4, embeds Sarabun, and carries the seed's numbers and codes",
          "[tools][report][pdf]") {
    Sample s;
    const report::Document doc =
        report::buildAnalysisReport(s.source->input(), asOf(QDate(2022, 3, 31)));
    const report::ReportLayout layout(doc);
    const QString pdf = s.write(doc, QStringLiteral("report.pdf"));

    const int pages = pdfPages(pdf);
    CHECK(pages == layout.pageCount());
    CHECK(pages >= 15); // the seed's analysis and 7 measures run to about twenty pages

    // Every page is A4, portrait or (measures, Gantt) landscape, as the layout planned.
    const QString info =
        tool(QStringLiteral("pdfinfo"), {QStringLiteral("-f"), QStringLiteral("1"),
                                         QStringLiteral("-l"), QString::number(pages), pdf});
    for (int p = 0; p < pages; ++p) {
        const bool landscape = layout.pages()[size_t(p)].landscape;
        const auto m =
            QRegularExpression(
                QStringLiteral("Page\\s+%1 size:\\s+([0-9.]+) x ([0-9.]+) pts \\(A4\\)").arg(p + 1))
                .match(info);
        INFO("page " << p + 1);
        REQUIRE(m.hasMatch());
        const double w = m.captured(1).toDouble(), h = m.captured(2).toDouble();
        CHECK(std::round(landscape ? h : w) == 595);
        CHECK(std::round(landscape ? w : h) == 842);
    }
    int landscapePages = 0;
    for (const auto &p : layout.pages())
        landscapePages += p.landscape;
    CHECK(landscapePages >= 3);

    // Fonts: Sarabun (and the bundled marks font), every one embedded; nothing from the machine.
    const QStringList fonts = tool(QStringLiteral("pdffonts"), {pdf}).split(u'\n').mid(2);
    QStringList names;
    for (const QString &line : fonts) {
        if (line.trimmed().isEmpty())
            continue;
        const QStringList cols = line.split(QRegularExpression(QStringLiteral("\\s+")));
        names << cols[0];
        INFO(line.toStdString());
        CHECK(line.contains(QStringLiteral(" yes "))); // emb
    }
    CHECK(names.contains(QStringLiteral("Sarabun-Regular")));
    CHECK(names.contains(QStringLiteral("Sarabun-Bold")));
    for (const QString &n : names)
        CHECK((n.startsWith(u"Sarabun") || n == u"ITAPlannerMarks"));

    // Text: Thai extracts lossily (marks move to private-use code points), so check digits,
    // codes and the Latin words.
    const QString text =
        tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    for (const char *needle :
         {"92.55", "96.62", "77.36", "100.00", "89.98", "91.57", "74.64", "I7", "I12", "I18", "E13",
          "E15", "O43", "2564", "2565", "ITA", "IIT", "EIT", "0.01"})
        CHECK(text.contains(QString::fromLatin1(needle)));
    // The footer numbers every page.
    CHECK(text.contains(QStringLiteral("%1").arg(pages)));
    CHECK(text.count(QRegularExpression(QStringLiteral("\\b%1\\b").arg(pages))) >= pages);
}

TEST_CASE("report options: English, Thai digits, leaving sections out", "[tools][report][pdf]") {
    Sample s;
    report::Options en = asOf(QDate(2022, 3, 31));
    en.thai = false;
    const QString english =
        tool(QStringLiteral("pdftotext"),
             {s.write(report::buildAnalysisReport(s.source->input(), en), QStringLiteral("en.pdf")),
              QStringLiteral("-")});
    CHECK(english.contains(QStringLiteral("Overall score")));
    CHECK(english.contains(QStringLiteral("Indicator 8")));
    CHECK(english.contains(QStringLiteral("Page 1 of")));

    report::Options thaiDigits = asOf(QDate(2022, 3, 31));
    thaiDigits.thaiDigits = true;
    const QString digits = tool(QStringLiteral("pdftotext"),
                                {s.write(report::buildAnalysisReport(s.source->input(), thaiDigits),
                                         QStringLiteral("digits.pdf")),
                                 QStringLiteral("-")});
    CHECK(digits.contains(QStringLiteral("๙๒.๕๕")));
    CHECK(digits.contains(QStringLiteral("๒๕๖๔")));
    CHECK_FALSE(digits.contains(QStringLiteral("92.55")));
    CHECK_FALSE(digits.contains(QStringLiteral("2564")));

    report::Options scoresOnly = asOf(QDate(2022, 3, 31));
    for (int i = 0; i < report::kSectionCount; ++i)
        scoresOnly.sections[i] = false;
    scoresOnly.set(report::Section::Scores, true);
    const report::Document shortDoc = report::buildAnalysisReport(s.source->input(), scoresOnly);
    const report::ReportLayout shortLayout(shortDoc);
    CHECK(shortLayout.pageCount() == 1);
    const QString shortText =
        tool(QStringLiteral("pdftotext"),
             {s.write(shortDoc, QStringLiteral("short.pdf")), QStringLiteral("-")});
    CHECK(shortText.contains(QStringLiteral("92.55")));
    CHECK_FALSE(shortText.contains(QStringLiteral("E13"))); // no analysis, measures or findings
}

TEST_CASE("the objectives are the group's own text kept in the file", "[report]") {
    Sample s;
    CHECK(s.source->objectives.contains(QStringLiteral("สำนักงานคณะกรรมการกำกับกิจการพลังงาน")));
    const auto id = AssessmentRepository(*s.db).find(QStringLiteral("สำนักงาน กกพ."), 2564);
    REQUIRE(id);
    REQUIRE(ReportTextRepository(*s.db)
                .setText(*id, QStringLiteral("objectives"), QStringLiteral("Objective ABC-123"))
                .isEmpty());
    auto again = report::loadSource(*s.db, QStringLiteral("สำนักงาน กกพ."), 2564);
    REQUIRE(again);
    const report::Document doc = report::buildAnalysisReport((*again)->input(), report::Options());
    bool found = false;
    for (const auto &b : doc.blocks)
        found = found || b.text == u"Objective ABC-123";
    CHECK(found);
}

TEST_CASE("layout: no table row split, headers repeat on every page, all inside the margins",
          "[report][layout]") {
    // A long table of rows of varied height, and a heading row that must keep its next row.
    report::Document doc;
    doc.add(report::Block::Kind::Heading, QStringLiteral("ตารางทดสอบ"));
    report::Block &b = doc.add(report::Block::Kind::Table);
    b.table.widths = {1, 3, 2};
    report::Row head;
    head.cells = {report::Cell::of(QStringLiteral("ข้อ"), true),
                  report::Cell::of(QStringLiteral("ประเด็น"), true),
                  report::Cell::of(QStringLiteral("หมายเหตุ"), true)};
    b.table.header.push_back(head);
    for (int r = 0; r < 160; ++r) {
        report::Row row;
        row.heading = r % 23 == 22;
        QString long_ = QStringLiteral("การประเมินคุณธรรมและความโปร่งใส ").repeated(1 + r % 7);
        row.cells = {report::Cell::of(QString::number(r)), report::Cell::of(long_),
                     report::Cell::of(QStringLiteral("ฝ่าย ยส."))};
        b.table.rows.push_back(row);
    }
    const report::ReportLayout layout(doc);
    REQUIRE(layout.pageCount() > 3);
    CHECK(layout.rowsClipped() == 0);
    std::vector<int> seen(b.table.rows.size(), 0);
    for (int p = 0; p < layout.pageCount(); ++p) {
        const QRectF content = report::pageSetup(false).content;
        const auto rows = layout.placedRows(p);
        REQUIRE(!rows.empty());
        CHECK(rows.front().row == -1); // the header first on every page
        for (const auto &placed : rows) {
            CHECK(placed.rect.top() >= content.top() - 0.01);
            CHECK(placed.rect.bottom() <= content.bottom() + 0.51);
            if (placed.row >= 0)
                ++seen[size_t(placed.row)];
        }
        // A heading row never ends a page.
        CHECK_FALSE(b.table.rows[size_t(rows.back().row)].heading);
        for (size_t i = 1; i < rows.size(); ++i) // rows follow each other without gaps
            CHECK(rows[i].rect.top() == Approx(rows[i - 1].rect.bottom()));
    }
    for (int count : seen)
        CHECK(count == 1); // every row exactly once, whole
}

TEST_CASE("the seed report's tables and chart keep every row whole", "[report][layout]") {
    Sample s;
    const report::Document doc =
        report::buildAnalysisReport(s.source->input(), asOf(QDate(2022, 3, 31)));
    const report::ReportLayout layout(doc);
    CHECK(layout.rowsClipped() == 0);
    std::map<std::pair<int, int>, int> seen;
    for (int p = 0; p < layout.pageCount(); ++p) {
        const QRectF content = report::pageSetup(layout.pages()[size_t(p)].landscape).content;
        for (const auto &placed : layout.placedRows(p)) {
            CHECK(placed.rect.bottom() <= content.bottom() + 0.51);
            if (placed.row >= 0)
                ++seen[{placed.block, placed.row}];
        }
    }
    size_t expected = 0;
    for (const auto &block : doc.blocks)
        expected += block.kind == report::Block::Kind::Table   ? block.table.rows.size()
                    : block.kind == report::Block::Kind::Chart ? block.chart.rows.size()
                                                               : 0;
    CHECK(seen.size() == expected);
    for (const auto &[key, count] : seen)
        CHECK(count == 1);
}

TEST_CASE("Thai lines break between words, not inside them", "[report][layout]") {
    // การ|ประเมิน|คุณธรรม|และ|ความ|โปร่งใส: word ends at 3, 10, 17, 20, 24, 31.
    const QString text = QStringLiteral("การประเมินคุณธรรมและความโปร่งใส");
    const QList<int> boundaries{3, 10, 17, 20, 24, 31};
    QTextLayout layout(text, report::reportFont(12));
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    const double width = report::reportFont(12).pixelSize() * 4.5; // a few words a line
    int lines = 0;
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        ++lines;
    }
    layout.endLayout();
    REQUIRE(lines >= 3);
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        INFO("line " << i << " ends at " << line.textStart() + line.textLength());
        CHECK(boundaries.contains(line.textStart() + line.textLength()));
    }
}

TEST_CASE("the ODT opens as an OpenDocument package with the report in it",
          "[tools][report][odt]") {
    Sample s;
    const QString odt =
        s.write(report::buildAnalysisReport(s.source->input(), asOf(QDate(2022, 3, 31))),
                QStringLiteral("report.odt"));
    // The package rules: "mimetype" first and stored uncompressed, then the manifest.
    const QStringList listing =
        tool(QStringLiteral("unzip"), {QStringLiteral("-v"), odt}).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(listing.size() > 3);
    CHECK(listing[3].contains(QStringLiteral("Stored")));
    CHECK(listing[3].trimmed().endsWith(QStringLiteral("mimetype")));
    CHECK(tool(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("mimetype")}) ==
          QStringLiteral("application/vnd.oasis.opendocument.text"));
    const QString manifest =
        tool(QStringLiteral("unzip"),
             {QStringLiteral("-p"), odt, QStringLiteral("META-INF/manifest.xml")});
    CHECK(manifest.contains(QStringLiteral("content.xml")));

    const QString content =
        tool(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("content.xml")});
    QXmlStreamReader xml(content);
    int tables = 0, images = 0;
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            tables += xml.qualifiedName() == u"table:table";
            images += xml.qualifiedName() == u"draw:image";
        } else if (xml.isCharacters()) {
            text += xml.text();
        }
    }
    INFO(xml.errorString().toStdString());
    CHECK_FALSE(xml.hasError());
    CHECK(tables >= 4); // scores, two measures tables, findings
    CHECK(images >= 1); // the Gantt chart
    CHECK(text.contains(QStringLiteral("92.55")));
    CHECK(text.contains(QStringLiteral("ตัวชี้วัดที่ 8"))); // Thai survives intact in ODT
    CHECK(text.contains(QStringLiteral("●→")));       // a step's first quarter
    CHECK(text.contains(QStringLiteral("วัตถุประสงค์")));
}

TEST_CASE("the progress report says what was done by a chosen day", "[tools][report][progress]") {
    Sample s;
    Plan plan = *s.source->plan;
    // Step 1 of measure 1 finished in January; step 2 was due by December and is not done.
    plan.measures[0].steps[0].status = StepStatus::Done;
    plan.measures[0].steps[0].percent = 100;
    plan.measures[0].steps[0].actualStart = QDate(2021, 10, 11);
    plan.measures[0].steps[0].actualFinish = QDate(2022, 1, 14);
    plan.measures[0].steps[0].evidence = {QStringLiteral("https://www.erc.or.th/ita/o43")};
    plan.measures[0].steps[1].startMonth = 1;
    plan.measures[0].steps[1].endMonth = 3;
    report::Input input = s.source->input();
    input.plan = &plan;

    const QString before =
        tool(QStringLiteral("pdftotext"),
             {s.write(report::buildProgressReport(input, asOf(QDate(2021, 12, 1))),
                      QStringLiteral("a.pdf")),
              QStringLiteral("-layout"), QStringLiteral("-")});
    const QString after =
        tool(QStringLiteral("pdftotext"),
             {s.write(report::buildProgressReport(input, asOf(QDate(2022, 3, 31))),
                      QStringLiteral("b.pdf")),
              QStringLiteral("-layout"), QStringLiteral("-")});
    // The evidence URL and its finish date show only once the step is done.
    CHECK(after.contains(QStringLiteral("https://www.erc.or.th/ita/o43")));

    // Counted by the same rules the layout prints (summary sentence: done, overdue).
    report::Options o = asOf(QDate(2022, 3, 31));
    const report::Document doc = report::buildProgressReport(input, o);
    QString summary;
    for (const auto &b : doc.blocks)
        if (b.kind == report::Block::Kind::Paragraph)
            summary += b.text;
    CHECK(summary.contains(QStringLiteral("ดำเนินการแล้วเสร็จ 1 ขั้นตอน")));
    const report::Document early = report::buildProgressReport(input, asOf(QDate(2021, 12, 1)));
    QString earlySummary;
    for (const auto &b : early.blocks)
        if (b.kind == report::Block::Kind::Paragraph)
            earlySummary += b.text;
    CHECK(earlySummary.contains(QStringLiteral("ดำเนินการแล้วเสร็จ 0 ขั้นตอน")));
    CHECK(earlySummary.contains(QStringLiteral("เลยกำหนด 0 ขั้นตอน")));
    // By 31 March step 2 (due by December) is overdue.
    CHECK_FALSE(summary.contains(QStringLiteral("เลยกำหนด 0 ขั้นตอน")));
    CHECK_FALSE(before.contains(QStringLiteral("2022"))); // years in BE only

    // The step's row as of each day: done with its finish date in March, in progress with
    // no finish date (and no invented percent) on 1 December.
    auto stepRow = [](const report::Document &doc) -> std::vector<report::Cell> {
        for (const auto &b : doc.blocks)
            if (b.kind == report::Block::Kind::Table)
                for (const auto &r : b.table.rows)
                    if (!r.heading && r.cells.front().text.startsWith(QStringLiteral("1) ")))
                        return r.cells;
        return {};
    };
    const auto late = stepRow(doc);
    REQUIRE(late.size() == 8);
    CHECK(late[3].text == statusLabel(StepStatus::Done, true));
    CHECK(late[4].text == u"100");
    CHECK(late[6].text == fiscal::formatDate(QDate(2022, 1, 14), true));
    const auto first = stepRow(early);
    REQUIRE(first.size() == 8);
    CHECK(first[3].text == statusLabel(StepStatus::InProgress, true));
    CHECK(first[4].text == QStringLiteral("–"));
    CHECK(first[6].text == QStringLiteral("–"));
}

TEST_CASE("a FY2569 report words results as pass and names O25/O26 where O42/O43 were",
          "[tools][report][framework]") {
    Sample s;
    REQUIRE(FrameworkRepository(*s.db).save(test::fy2569()).isEmpty());
    auto registry = FrameworkRepository(*s.db).registry();
    REQUIRE(registry.ok());
    const auto imported =
        readScoresCsv(test::readFile(test::dataPath(QStringLiteral("fy2569/scores.csv"))),
                      QStringLiteral("scores.csv"), *registry, ImportOptions());
    REQUIRE(imported.ok());
    REQUIRE(AssessmentRepository(*s.db).save(imported.assessments, *registry, false).isEmpty());
    auto source = report::loadSource(*s.db, QStringLiteral("สำนักงานทดสอบ"), 2569);
    REQUIRE(source.ok());

    const auto text = [](const report::Document &doc) {
        QStringList all;
        for (const auto &b : doc.blocks) {
            all << b.text;
            for (const auto &row : b.table.header)
                for (const auto &c : row.cells)
                    all << c.text;
            for (const auto &row : b.table.rows)
                for (const auto &c : row.cells)
                    all << c.text;
        }
        return all.join(u'\n');
    };
    report::Options thai;
    const QString th = text(report::buildAnalysisReport((*source)->input(), thai));
    CHECK(th.contains(QStringLiteral("ผลการประเมิน: ผ่าน")));
    CHECK_FALSE(th.contains(QStringLiteral("ระดับ ผ่าน")));
    CHECK_FALSE(th.contains(QStringLiteral("ระดับ A")));
    CHECK(th.contains(QStringLiteral("ข้อ O25 การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร")));
    CHECK_FALSE(th.contains(QStringLiteral("O42")));
    // The sample's FY2564 report keeps the seed's grade wording and O42.
    const QString seed = text(report::buildAnalysisReport(s.source->input(), thai));
    CHECK(seed.contains(QStringLiteral("อยู่ในระดับ A")));
    CHECK(seed.contains(QStringLiteral("ข้อ O42")));

    // English, read back from the PDF independently of Qt.
    report::Options english;
    english.thai = false;
    const QString pdf =
        s.write(report::buildAnalysisReport((*source)->input(), english), QStringLiteral("en.pdf"));
    const QString extracted = tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    CHECK(extracted.contains(QStringLiteral("result: Pass")));
    CHECK(extracted.contains(QStringLiteral("item O25")));
    CHECK_FALSE(extracted.contains(QStringLiteral("grade")));
    // The progress report names the implementation item.
    english.asOf = QDate(2026, 9, 30);
    const QString progress = text(report::buildProgressReport((*source)->input(), english));
    CHECK(progress.contains(QStringLiteral("item O26")));
}

TEST_CASE("the preview page on a 2x screen has twice the pixels and the same size on screen",
          "[report][hidpi]") {
    report::Document doc;
    doc.add(report::Block::Kind::Heading, QStringLiteral("รายงานผลการวิเคราะห์"));
    doc.add(report::Block::Kind::Paragraph, QStringLiteral("การประเมินคุณธรรมและความโปร่งใส"));
    const report::ReportLayout layout(doc);
    const QImage normal = report::renderPage(layout, 0, 62);
    const QImage sharp = report::renderPage(layout, 0, 62, 2.0);
    CHECK(sharp.width() == 2 * normal.width());
    CHECK(sharp.height() == 2 * normal.height());
    CHECK(sharp.devicePixelRatio() == 2.0);
    CHECK(sharp.deviceIndependentSize() == QSizeF(normal.size()));
    // The painting scaled with it: ink covers about 4 times the pixels, not the top-left
    // quarter (which is what painting at 1x on a 2x image would give).
    const auto ink = [](const QImage &image) {
        qint64 dark = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                dark += qGray(image.pixel(x, y)) < 128;
        return dark;
    };
    const double ratio = double(ink(sharp)) / double(ink(normal));
    CHECK(ratio > 3.0);
    CHECK(ratio < 5.0);
}

namespace {

/// Every XML part of a package parses; returns the names of its entries in order.
QStringList checkPackage(const QString &path) {
    // unzip -t: every entry's data is whole.
    CHECK(tool(QStringLiteral("unzip"), {QStringLiteral("-tq"), path}).contains(u"No errors"));
    QStringList names;
    for (const QString &line : tool(QStringLiteral("unzip"), {QStringLiteral("-Z1"), path})
                                   .split(u'\n', Qt::SkipEmptyParts))
        names << line.trimmed();
    for (const QString &name : names) {
        if (!name.endsWith(u".xml") && !name.endsWith(u".rels"))
            continue;
        // unzip reads its names as patterns: "[Content_Types].xml" needs its "[" escaped.
        const QString pattern = QString(name).replace(u'[', QStringLiteral("[[]"));
        QXmlStreamReader xml(tool(QStringLiteral("unzip"), {QStringLiteral("-p"), path, pattern}));
        while (!xml.atEnd())
            xml.readNext();
        INFO(name.toStdString() << ": " << xml.errorString().toStdString());
        CHECK_FALSE(xml.hasError());
    }
    return names;
}

} // namespace

TEST_CASE("the DOCX: sections by orientation, the PDF's column widths, header rows, heading "
          "styles, pictures, Thai text (read back by python-docx)",
          "[tools][report][docx]") {
    Sample s;
    const report::Document doc =
        report::buildAnalysisReport(s.source->input(), asOf(QDate(2022, 3, 31)));
    const QString path = s.write(doc, QStringLiteral("report.docx"));
    const QStringList names = checkPackage(path);
    CHECK(names.contains(QStringLiteral("word/document.xml")));
    CHECK(names.contains(QStringLiteral("word/styles.xml")));

    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(ITA_SOURCE_DIR "/tests/report/read_docx.py"), path});
    REQUIRE(python.waitForFinished(60000));
    INFO(python.readAllStandardError().toStdString());
    REQUIRE(python.exitCode() == 0);
    const QJsonObject read = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    REQUIRE_FALSE(read.isEmpty());

    // Portrait text, landscape measures and Gantt, as the PDF's pages (A4: 595.3 × 841.9 pt).
    const QJsonArray sections = read[QStringLiteral("sections")].toArray();
    REQUIRE(sections.size() >= 2);
    CHECK_FALSE(sections[0].toObject()[QStringLiteral("landscape")].toBool());
    bool anyLandscape = false;
    for (const auto &sec : sections)
        if (sec.toObject()[QStringLiteral("landscape")].toBool()) {
            anyLandscape = true;
            CHECK(sec.toObject()[QStringLiteral("width_pt")].toDouble() == Approx(841.9).margin(1));
        }
    CHECK(anyLandscape);
    CHECK(sections[0].toObject()[QStringLiteral("left_pt")].toDouble() ==
          Approx(3 * 72 / 2.54).margin(0.5)); // 3 cm, as the PDF

    // Every table: header rows flagged to repeat, rows that do not split, and the PDF's
    // relative widths over the text width of its page.
    int tablesWithHeader = 0;
    for (size_t b = 0, t = 0; b < doc.blocks.size(); ++b) {
        const report::Block &block = doc.blocks[b];
        if (block.kind != report::Block::Kind::Table)
            continue;
        const QJsonObject table = read[QStringLiteral("tables")].toArray()[int(t++)].toObject();
        CHECK(table[QStringLiteral("header_rows")].toInt() == int(block.table.header.size()));
        CHECK(table[QStringLiteral("cant_split")].toInt() == table[QStringLiteral("rows")].toInt());
        tablesWithHeader += !block.table.header.empty();
        const QJsonArray widths = table[QStringLiteral("widths_pt")].toArray();
        REQUIRE(widths.size() == int(block.table.widths.size()));
        double total = 0, relative = 0;
        for (const auto &w : widths)
            total += w.toDouble();
        for (double w : block.table.widths)
            relative += w;
        const double textWidth = block.landscape ? 841.89 - 2 * 56.69 : 595.28 - 85.04 - 56.69;
        CHECK(total == Approx(textWidth).margin(1));
        for (int c = 0; c < widths.size(); ++c)
            CHECK(widths[c].toDouble() / total ==
                  Approx(block.table.widths[size_t(c)] / relative).margin(0.002));
    }
    CHECK(tablesWithHeader >= 3);

    const QJsonObject styles = read[QStringLiteral("styles")].toObject();
    CHECK(styles.contains(QStringLiteral("Heading 1"))); // Word's navigation pane uses these
    CHECK(styles.contains(QStringLiteral("ITA Body text / เนื้อความ")));
    CHECK(read[QStringLiteral("pictures")].toInt() >= 1); // the Gantt
    const QString text = read[QStringLiteral("text")].toString();
    CHECK(text.contains(QStringLiteral("วัตถุประสงค์")));
    CHECK(text.contains(QStringLiteral("ตัวชี้วัดที่ 8")));
    CHECK(text.contains(QStringLiteral("92.55")));
    CHECK(text.contains(QStringLiteral("E13")));
    CHECK(read[QStringLiteral("fonts")].toArray().contains(QStringLiteral("TH Sarabun New")));
}

TEST_CASE("the ODT: landscape master pages, column widths, repeated header rows, outline "
          "headings, page fields, embedded Sarabun",
          "[tools][report][odt]") {
    Sample s;
    const QString path =
        s.write(report::buildAnalysisReport(s.source->input(), asOf(QDate(2022, 3, 31))),
                QStringLiteral("report.odt"));
    const QStringList names = checkPackage(path);
    REQUIRE_FALSE(names.isEmpty());
    CHECK(names.first() == QStringLiteral("mimetype"));
    CHECK(names.contains(QStringLiteral("Fonts/Sarabun-Regular.ttf")));
    const QString content =
        tool(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("content.xml")});
    const QString styles =
        tool(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("styles.xml")});
    CHECK(content.count(QStringLiteral("<table:table-header-rows>")) >= 3);
    CHECK(content.contains(QStringLiteral("style:master-page-name=\"Landscape\"")));
    CHECK(content.contains(QStringLiteral("style:column-width=")));
    CHECK(content.contains(QStringLiteral("fo:keep-together=\"always\"")));
    CHECK(content.contains(QStringLiteral("<text:h text:style-name=")));
    CHECK(styles.contains(QStringLiteral("style:print-orientation=\"landscape\"")));
    CHECK(styles.contains(QStringLiteral("<text:page-number")));
    CHECK(styles.contains(QStringLiteral("<text:page-count")));
    CHECK(styles.contains(QStringLiteral("Fonts/Sarabun-Bold.ttf")));
    CHECK(styles.contains(QStringLiteral("style:display-name=\"ITA Body text / เนื้อความ\"")));
}

TEST_CASE("the editable reports are the same bytes every time they are written", "[report]") {
    Sample s;
    const report::Document doc =
        report::buildAnalysisReport(s.source->input(), asOf(QDate(2022, 3, 31)));
    for (const report::ReportWriter write : {&report::writeDocx, &report::writeOdt}) {
        QByteArray first, second;
        QBuffer a(&first), b(&second);
        REQUIRE(a.open(QIODevice::WriteOnly));
        REQUIRE(b.open(QIODevice::WriteOnly));
        REQUIRE(write(doc, &a).isEmpty());
        REQUIRE(write(doc, &b).isEmpty());
        CHECK(first.size() > 10000);
        CHECK(first == second);
    }
}

TEST_CASE("claim: 3 cm / 2.5 cm / 2 cm margins (2 cm round a landscape page) and the running "
          "title with the page number in every page's footer",
          "[tools][report][claims]") {
    const double cm = 72 / 2.54;
    const auto portrait = report::pageSetup(false);
    const auto landscape = report::pageSetup(true);
    const double u = report::kUnitsPerPoint;
    CHECK(portrait.content.left() / u == Approx(3 * cm));
    CHECK(portrait.content.top() / u == Approx(2.5 * cm));
    CHECK((portrait.size.width() - portrait.content.right()) / u == Approx(2 * cm));
    CHECK((portrait.size.height() - portrait.content.bottom()) / u == Approx(2 * cm));
    CHECK(landscape.content.left() / u == Approx(2 * cm));
    CHECK(landscape.content.top() / u == Approx(2 * cm));

    Sample s;
    const QString pdf =
        s.write(report::buildAnalysisReport(s.source->input(), asOf(QDate(2022, 3, 31))),
                QStringLiteral("footer.pdf"));
    const int pages = tool(QStringLiteral("pdfinfo"), {pdf})
                          .section(QStringLiteral("Pages:"), 1)
                          .section(u'\n', 0, 0)
                          .trimmed()
                          .toInt();
    REQUIRE(pages > 3);
    for (int p = 1; p <= pages; ++p) {
        const QString text = tool(QStringLiteral("pdftotext"),
                                  {QStringLiteral("-f"), QString::number(p), QStringLiteral("-l"),
                                   QString::number(p), pdf, QStringLiteral("-")});
        INFO("page " << p);
        // The running title "agency · title" (pdftotext spells the agency's SARA AM as
        // NIKHAHIT + SARA AA, so the test looks for its unchanged end).
        CHECK(text.contains(QStringLiteral("กกพ. · ")));
        CHECK(text.contains(QStringLiteral("หน้า %1 จาก %2").arg(p).arg(pages)));
    }
}

TEST_CASE("claim: the report's sections hold what the README lists (recommendations with their "
          "item, a sub-item off its item's bucket, a measures table per tool and bucket, the "
          "publication plan, the checks' findings)",
          "[report][claims]") {
    Sample s;
    report::Input input = s.source->input();
    Plan plan = *input.plan;
    OitPublication pub;
    pub.code = QStringLiteral("O1");
    pub.preparer = QStringLiteral("ฝ่ายบริหาร");
    pub.done = true;
    plan.publications.push_back(pub);
    input.plan = &plan;
    report::Options options = asOf(QDate(2022, 3, 31));
    options.thai = false;
    const report::Document doc = report::buildAnalysisReport(input, options);

    bool recommendationWithItem = false, subItemOffBucket = false, publication = false;
    bool findings = false;
    QStringList measureTables; // "tool / first header cell" of each measures table
    QString lastHeading;
    for (const report::Block &b : doc.blocks) {
        if (b.kind == report::Block::Kind::Heading)
            lastHeading = b.text;
        if (b.kind == report::Block::Kind::Bullet) {
            // §4: "… (E10)": each recommendation names the item it answers.
            recommendationWithItem =
                recommendationWithItem ||
                QRegularExpression(QStringLiteral("\\([EIO]\\d+(\\.\\d+)?\\)$"))
                    .match(b.text)
                    .hasMatch();
            // §5: I3.2 (improve) under I3 (maintain) says its own bucket.
            subItemOffBucket = subItemOffBucket || (b.level >= 2 && b.text.contains(u'▲') &&
                                                    b.text.contains(QStringLiteral("Needs")));
        }
        if (b.kind != report::Block::Kind::Table || b.table.header.empty())
            continue;
        const QString first = b.table.header.front().cells.front().text;
        if (b.landscape && (first == QStringLiteral("Needs improvement") ||
                            first == QStringLiteral("Weakness to fix urgently")))
            measureTables << lastHeading + u'/' + first;
        if (first == QStringLiteral("Item"))
            for (const report::Row &r : b.table.rows)
                publication = publication || (r.cells.front().text == QStringLiteral("O1") &&
                                              r.cells.back().text == QStringLiteral("Published"));
        if (first == QStringLiteral("Code"))
            for (const report::Row &r : b.table.rows)
                findings = findings || r.cells.front().text == QStringLiteral("E13"); // §10
    }
    CHECK(recommendationWithItem);
    CHECK(subItemOffBucket);
    CHECK(publication);
    CHECK(findings);
    // §7: one table per tool and bucket, none repeated.
    INFO(measureTables.join(QStringLiteral(" | ")).toStdString());
    CHECK(measureTables.size() >= 2); // the seed: IIT improve, EIT urgent
    CHECK(measureTables.removeDuplicates() == 0);
}

TEST_CASE("claim: a heading never ends a page: it moves to the next page with what follows",
          "[report][layout][claims]") {
    // However much text comes before it, a heading is not left alone at a page's foot.
    int movedAtLeastOnce = 0;
    for (int before = 10; before <= 70; before += 3) {
        report::Document doc;
        for (int i = 0; i < before; ++i)
            doc.add(report::Block::Kind::Paragraph, QStringLiteral("ย่อหน้าที่ %1").arg(i));
        doc.add(report::Block::Kind::Heading, QStringLiteral("หัวข้อ"));
        doc.add(report::Block::Kind::Paragraph, QStringLiteral("เนื้อความใต้หัวข้อ"));
        const report::ReportLayout layout(doc);
        const int heading = before;
        for (int p = 0; p < layout.pageCount(); ++p) {
            const auto &fragments = layout.pages()[size_t(p)].fragments;
            if (fragments.empty())
                continue;
            INFO(before << " paragraphs, page " << p + 1);
            CHECK(fragments.back().block != heading);
            if (fragments.front().block == heading && p > 0)
                ++movedAtLeastOnce;
        }
    }
    CHECK(movedAtLeastOnce > 0); // the case the rule is for did occur
}

TEST_CASE("claim: Thai is set ragged right, lines breaking between words", "[report][claims]") {
    report::Document doc;
    QString text;
    for (int i = 0; i < 12; ++i)
        text += QStringLiteral("การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
                               "มีเป้าหมายเพื่อยกระดับ ");
    doc.add(report::Block::Kind::Paragraph, text);
    const report::ReportLayout layout(doc);
    const QImage page = report::renderPage(layout, 0, 100);
    // Each text line is a band of rows with ink; note where each band's ink ends.
    std::vector<int> rightEdges;
    int bandRight = -1;
    for (int y = 0; y < page.height(); ++y) {
        int right = -1;
        for (int x = page.width() - 1; x >= 0; --x)
            if (qGray(page.pixel(x, y)) < 160) {
                right = x;
                break;
            }
        if (right >= 0) {
            bandRight = std::max(bandRight, right);
        } else if (bandRight >= 0) {
            rightEdges.push_back(bandRight);
            bandRight = -1;
        }
    }
    // The footer's line is the last band; the paragraph's lines come before it.
    REQUIRE(rightEdges.size() >= 5);
    const std::vector<int> lines(rightEdges.begin(), rightEdges.end() - 2); // not the last line
    const auto [lo, hi] = std::minmax_element(lines.begin(), lines.end());
    INFO("right edges from " << *lo << " to " << *hi);
    CHECK(*hi - *lo > 8); // justified lines would all end at the margin
    // And no line runs past the right margin (2 cm from the edge at 100 dpi ≈ 79 px).
    CHECK(*hi <= page.width() - 70);
}

TEST_CASE("a drafted plan's report has no blank step, quarter or unit cell (the PDF read back)",
          "[tools][report][pdf][draft]") {
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("d.itadb")));
    REQUIRE(opened);
    Database &db = **opened;
    // The sample's results without its plan; the agency's units take every role, each named
    // by two Latin letters so that pdftotext reads them back exactly.
    REQUIRE(AssessmentRepository(db)
                .save({test::sampleAssessment()}, FrameworkRegistry::builtIn(), false)
                .isEmpty());
    Plan plan;
    plan.agency = test::sampleAssessment().agency;
    plan.fiscalYear = 2565;
    plan.basedOnYear = 2564;
    char letter = 'A';
    for (UnitRole role : allUnitRoles())
        plan.units.push_back(
            {QStringLiteral("U") + QLatin1Char(letter++), {}, {unitRoleKey(role)}});
    auto context = loadDraftContext(db, plan, false);
    REQUIRE(context);
    addDrafts(plan, takeDrafts(context->proposals(plan), DraftTake::Best));
    REQUIRE(plan.measures.size() >= 7);
    REQUIRE(PlanRepository(db).save(plan, false).isEmpty());

    auto source = report::loadSource(db, plan.agency, 2564);
    REQUIRE(source);
    const report::Document doc =
        report::buildAnalysisReport((*source)->input(), asOf(QDate(2021, 10, 1)));
    // The measures tables: every step row has its text, a quarter mark and a unit.
    int stepRows = 0;
    for (const report::Block &b : doc.blocks) {
        if (b.kind != report::Block::Kind::Table)
            continue;
        for (const report::Row &row : b.table.rows) {
            if (row.heading || row.cells.size() != 9 || row.cells[1].text.isEmpty())
                continue;
            ++stepRows;
            CAPTURE(row.cells[1].text.toStdString());
            CHECK(std::any_of(
                row.cells.begin() + 2, row.cells.begin() + 6,
                [](const report::Cell &c) { return c.mark != report::SpanMark::None; }));
            CHECK_FALSE(row.cells[6].text.isEmpty());
        }
    }
    int drafted = 0;
    for (const Measure &m : plan.measures)
        drafted += int(m.steps.size());
    CHECK(stepRows >= drafted);

    // The PDF, read back by poppler: as many unit cells as step rows, every unit there.
    const QString pdf = dir.filePath(QStringLiteral("o25.pdf"));
    {
        QFile file(pdf);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(report::writePdf(doc, &file).isEmpty());
    }
    const QString text =
        tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    static const QRegularExpression unit(QStringLiteral("\\bU[A-K]\\b"));
    int units = 0;
    for (auto it = unit.globalMatch(text); it.hasNext(); it.next())
        ++units;
    CHECK(units >= stepRows);
    QSet<QString> named;
    for (const Measure &m : plan.measures)
        for (const Step &s : m.steps)
            for (const QString &u : s.units)
                named.insert(u);
    for (const QString &u : named)
        CHECK(text.contains(u));

    // The quarter marks are drawn, not written, so they are read back as pixels: on every page
    // with a measures table, the header's quarters "1 2 3 4" give the columns, each step row
    // starts with its number "N)" left of them, and inside that line's height (clear of the
    // row's borders) an arrow must cross most of one quarter's width. The page is rendered by
    // poppler, not by Qt.
    int rowsRead = 0;
    const auto pages = pdfWords(pdf);
    const double dpi = 144;
    const double px = dpi / 72;
    for (size_t page = 0; page < pages.size(); ++page) {
        const std::vector<PdfWord> &words = pages[page];
        // pdftotext does not keep a line's words together, so the header's "1 2 3 4" is looked
        // for by position: four digits on one line, left to right, a quarter's width apart.
        std::optional<std::array<double, 4>> centres;
        double headerTop = 0;
        for (const PdfWord &one : words) {
            if (one.text != u"1" || centres)
                continue;
            std::array<double, 4> found{one.box.center().x(), 0, 0, 0};
            int seen = 1;
            for (int q = 2; q <= 4; ++q)
                for (const PdfWord &w : words)
                    if (w.text == QString::number(q) && std::abs(w.box.top() - one.box.top()) < 2 &&
                        w.box.center().x() - found[size_t(q - 2)] > 15 &&
                        w.box.center().x() - found[size_t(q - 2)] < 60) {
                        found[size_t(q - 1)] = w.box.center().x();
                        ++seen;
                        break;
                    }
            if (seen == 4) {
                centres = found;
                headerTop = one.box.top();
            }
        }
        if (!centres)
            continue;
        const double quarter = ((*centres)[3] - (*centres)[0]) / 3;
        REQUIRE(quarter > 10);
        const QString stem = dir.filePath(QStringLiteral("page"));
        tool(QStringLiteral("pdftoppm"),
             {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-gray"),
              QStringLiteral("-f"), QString::number(page + 1), QStringLiteral("-l"),
              QString::number(page + 1), QStringLiteral("-singlefile"), pdf, stem});
        const QImage image(stem + QStringLiteral(".pgm"));
        REQUIRE_FALSE(image.isNull());
        static const QRegularExpression number(QStringLiteral("^\\d+\\)$"));
        for (const PdfWord &w : words) {
            if (!number.match(w.text).hasMatch() || w.box.right() > (*centres)[0] - quarter / 2)
                continue;
            if (w.box.top() <= headerTop)
                continue;
            const int x0 = int(((*centres)[0] - quarter / 2) * px);
            const int x1 = int(((*centres)[3] + quarter / 2) * px);
            int longest = 0;
            for (int y = int((w.box.top() + 1) * px); y <= int((w.box.bottom() - 1) * px); ++y)
                longest = std::max(longest, darkRun(image, y, x0, x1));
            ++rowsRead;
            CAPTURE(page + 1, w.text.toStdString(), w.box.top(), longest, quarter * px);
            CHECK(longest >= int(0.6 * quarter * px));
        }
    }
    CHECK(rowsRead >= drafted);
}

TEST_CASE("the formats table: keys, file types and report kinds are one list",
          "[report][formats]") {
    // Every key the command line takes finds its row, and the row its key again.
    QSet<QString> keys;
    for (const report::ExportFormat &f : report::exportFormats()) {
        const QString key = QString::fromLatin1(f.key);
        CHECK_FALSE(keys.contains(key));
        keys.insert(key);
        const auto back = report::exportFormatFromKey(key);
        REQUIRE(back);
        CHECK(QString::fromLatin1(back->key) == key);
        // The suffix is the one the name filter offers.
        CHECK(f.nameFilter().contains(QStringLiteral("*.") + f.suffix()));
        CHECK(report::exportFormat(f.type, f.kind).key == f.key);
    }
    CHECK(keys.size() == 9);
    CHECK_FALSE(report::exportFormatFromKey(QStringLiteral("progress-csv")));
    // The report kind is separate from the file type, and only the report files take it.
    using report::FileType;
    using report::ReportKind;
    CHECK(QLatin1String(report::exportFormat(FileType::Docx, ReportKind::Progress).key) ==
          QLatin1String("progress-docx"));
    CHECK(QLatin1String(report::exportFormat(FileType::PlanCsv, ReportKind::Progress).key) ==
          QLatin1String("plan-csv"));
    CHECK(report::exportFormat(FileType::Odt).writer() == &report::writeOdt);
    CHECK(report::exportFormat(FileType::Pdf).writer() == &report::writePdf);
    CHECK_FALSE(report::exportFormat(FileType::ScoresCsv).isReport());
    CHECK(report::exportFormat(FileType::Docx).isReport());
}

TEST_CASE("a report writer that cannot write its device says so", "[report][formats]") {
    Sample s;
    const report::Document doc =
        report::buildAnalysisReport(s.source->input(), asOf(QDate(2022, 3, 31)));
    for (const report::ReportWriter write : {&report::writeDocx, &report::writeOdt}) {
        QBuffer closed; // never opened: every write fails
        const QString error = write(doc, &closed);
        CHECK_FALSE(error.isEmpty());
    }
}

// The OIT link check reads the PDFs agencies publish; the product's own report is one (Qt writes
// it: one Td per glyph, a Type0 font per face, its ToUnicode map). The years must come back from
// the text alone, in Arabic and in Thai digits.
TEST_CASE("the link check's PDF reader finds the published report's years and its Thai",
          "[report][pdf][oit]") {
    Sample s;
    const Plan &plan = *s.source->input().plan;
    const int assessed = s.source->input().assessment->fiscalYear;
    REQUIRE(plan.fiscalYear == assessed + 1);
    for (const bool thaiDigits : {false, true}) {
        INFO("Thai digits: " << thaiDigits);
        report::Options options = asOf(QDate(2022, 3, 31));
        options.thaiDigits = thaiDigits;
        const report::Document doc = report::buildAnalysisReport(s.source->input(), options);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        REQUIRE(report::writePdf(doc, &buffer).isEmpty());
        const PdfText read = readPdfText(buffer.data());
        REQUIRE(read.outcome == PdfText::Outcome::Read);
        CHECK(buffer.data().indexOf(QByteArray::number(assessed)) < 0); // only in the text
        const QList<int> years = yearsMentioned(read.text);
        CHECK(years.contains(assessed));
        CHECK(years.contains(plan.fiscalYear));
        // Thai as the reader gives it back: Qt shapes sara am as nikhahit and sara aa, and
        // writes its space glyph as a tab.
        QString text = read.text;
        text.replace(QStringLiteral("\u0E4D\u0E32"), QStringLiteral("\u0E33")).replace(u'\t', u' ');
        CHECK(text.contains(plan.agency));
        CHECK(text.contains(QStringLiteral("คุณธรรมและความโปร่งใส")));
    }
}

// Issue 28: the Word and LibreOffice files carry the charts as palette PNGs of their own
// colours, so that the files stay small and quick to write without changing what they show.
TEST_CASE("a chart picture keeps every flat colour exact with a palette of its own colours",
          "[report][office]") {
    // Paper, a bar, a one-pixel rule in a colour of its own, and 1,000 shades between ink and
    // paper (as antialiased text has).
    QImage rgb(500, 400, QImage::Format_RGB32);
    rgb.fill(qRgb(255, 255, 255));
    for (int y = 100; y < 140; ++y)
        for (int x = 50; x < 450; ++x)
            rgb.setPixel(x, y, qRgb(183, 134, 32));
    for (int x = 0; x < 500; ++x)
        rgb.setPixel(x, 200, qRgb(200, 30, 40));
    for (int i = 0; i < 1000; ++i) {
        const int v = i * 255 / 999;
        rgb.setPixel(i % 500, 300 + i / 500, qRgb(v, v, qMin(255, v + 3)));
    }
    const QImage indexed = report::office::withOwnPalette(rgb, 64);
    REQUIRE(indexed.format() == QImage::Format_Indexed8);
    CHECK(indexed.colorCount() == 64);
    CHECK(indexed.pixel(10, 10) == qRgb(255, 255, 255));
    CHECK(indexed.pixel(100, 120) == qRgb(183, 134, 32));
    CHECK(indexed.pixel(250, 200) == qRgb(200, 30, 40));
    // A shade not kept becomes the nearest kept colour: never further than the gaps of a
    // 64-step ramp.
    int worst = 0;
    for (int i = 0; i < 1000; ++i) {
        const QRgb a = rgb.pixel(i % 500, 300 + i / 500), b = indexed.pixel(i % 500, 300 + i / 500);
        worst = std::max({worst, std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
                          std::abs(qBlue(a) - qBlue(b))});
    }
    CHECK(worst <= 8);

    // A real page of the report: what covers one pixel in a thousand is kept exactly, and the
    // whole differs from the true-colour page by less than one level in a hundred on average.
    Sample s;
    const report::Document doc =
        report::buildAnalysisReport(s.source->input(), asOf(QDate(2022, 3, 31)));
    const report::ReportLayout layout(doc);
    int ganttPage = -1;
    for (int p = 0; p < layout.pageCount() && ganttPage < 0; ++p)
        if (layout.pages()[size_t(p)].landscape)
            ganttPage = p;
    REQUIRE(ganttPage >= 0);
    const QImage page = report::renderPage(layout, ganttPage, 150);
    const QImage kept = report::office::withOwnPalette(page, 64);
    QHash<QRgb, qint64> counts;
    double difference = 0;
    for (int y = 0; y < page.height(); ++y)
        for (int x = 0; x < page.width(); ++x) {
            const QRgb a = page.pixel(x, y) | 0xff000000u, b = kept.pixel(x, y);
            ++counts[a];
            difference += std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) +
                          std::abs(qBlue(a) - qBlue(b));
        }
    const qint64 pixels = qint64(page.width()) * page.height();
    CHECK(difference / double(pixels * 3) < 2.55);
    int flat = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() * 1000 >= pixels) {
            ++flat;
            CHECK(kept.colorTable().contains(it.key()));
        }
    CHECK(flat >= 4); // paper, ink, rules, bars at least
}

TEST_CASE("the DOCX and ODT of the seed report are under 400 KB, their charts palette PNGs",
          "[report][office]") {
    Sample s;
    const report::Document doc =
        report::buildAnalysisReport(s.source->input(), asOf(QDate(2022, 3, 31)));
    for (const report::ReportWriter write : {&report::writeDocx, &report::writeOdt}) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        REQUIRE(write(doc, &buffer).isEmpty());
        CHECK(bytes.size() < 400 * 1024);
        // Each PNG stored in the package: its IHDR's colour type (byte 25) is 3, a palette.
        int pngs = 0;
        for (qsizetype at = bytes.indexOf("\x89PNG\r\n\x1a\n"); at >= 0;
             at = bytes.indexOf("\x89PNG\r\n\x1a\n", at + 8)) {
            ++pngs;
            REQUIRE(at + 26 <= bytes.size());
            CHECK(int(uchar(bytes[at + 25])) == 3);
        }
        CHECK(pngs >= 1);
    }
}
