#include "PortfolioReport.h"

#include "io/PortfolioWriters.h"
#include "render/PortfolioRenderer.h"

namespace ita::report {

namespace {

QString signedText(Score s) {
    return (s > Score() ? QStringLiteral("+") : QString()) + s.toString();
}

QString shown(const std::optional<Score> &s) {
    return s ? s->toString() : QStringLiteral("–");
}

Cell header(const QString &text) {
    Cell c = Cell::of(text, true, true);
    c.fill = QColor(0xe8, 0xe8, 0xe8);
    return c;
}

/// Column titles of the compared codes: "ITA", the tools, then "1" … "10".
std::vector<Cell> codeHeaders(const Portfolio &p) {
    std::vector<Cell> cells;
    for (const QString &code : p.codes)
        cells.push_back(header(code));
    return cells;
}

} // namespace

Document portfolioDocument(std::shared_ptr<const Portfolio> portfolio, const QString &selection,
                           bool thai) {
    const Portfolio &p = *portfolio;
    const auto t = [&](const QString &th, const QString &en) {
        return thai ? th : en;
    };
    Document doc;
    doc.thai = thai;
    doc.title = t(QStringLiteral("สรุปผลการประเมิน ITA ของหน่วยงานในกลุ่ม ปีงบประมาณ พ.ศ. %1"),
                  QStringLiteral("ITA results of a portfolio of agencies, fiscal year %1 BE"))
                    .arg(p.year);
    doc.agency = selection;

    Block &title = doc.add(Block::Kind::Title, doc.title);
    title.landscape = true;
    QString about = t(QStringLiteral("%1 · %2 หน่วยงาน · กรอบการประเมิน %3"),
                      QStringLiteral("%1 · %2 agencies · framework %3"))
                        .arg(selection)
                        .arg(p.count())
                        .arg(p.frameworks.join(QStringLiteral(", ")));
    if (!p.leftOut.isEmpty())
        about += t(QStringLiteral(" · ไม่นำมาเปรียบเทียบ (มีเฉพาะบางกรอบ): %1"),
                   QStringLiteral(" · not compared (in some frameworks only): %1"))
                     .arg(p.leftOut.join(QStringLiteral(", ")));
    about += t(QStringLiteral(" · ค่าเฉลี่ยแบบไม่ถ่วงน้ำหนักของหน่วยงาน ปัดเศษครึ่งขึ้นที่ทศนิยมสองตำแหน่ง"),
               QStringLiteral(" · unweighted means of the agencies, rounded half up to two "
                              "decimals"));
    doc.add(Block::Kind::Paragraph, about, 0).landscape = true;

    Block &figure = doc.add(Block::Kind::Figure);
    figure.landscape = true;
    figure.figureHeight = 400;
    figure.paint = [portfolio, thai](QPainter &painter, const QRectF &rect) {
        PortfolioRenderer(*portfolio, {thai}).paint(painter, rect);
    };

    // Means and medians of every compared code.
    {
        doc.add(Block::Kind::Heading,
                t(QStringLiteral("ค่าเฉลี่ยและมัธยฐาน"), QStringLiteral("Means and medians")))
            .landscape = true;
        Block &b = doc.add(Block::Kind::Table);
        b.landscape = true;
        Row head{{header(t(QStringLiteral("ค่า"), QStringLiteral("Figure")))}, false};
        for (Cell &c : codeHeaders(p))
            head.cells.push_back(c);
        b.table.header.push_back(head);
        b.table.widths.assign(size_t(p.codes.size()) + 1, 1.0);
        b.table.widths[0] = 2.2;
        const auto row = [&](const QString &label, auto value) {
            Row r{{Cell::of(label, true)}, false};
            for (const CodeStatistics &s : p.statistics)
                r.cells.push_back(Cell::of(s.count ? value(s) : QStringLiteral("–"), false, true));
            b.table.rows.push_back(r);
        };
        row(t(QStringLiteral("ค่าเฉลี่ย"), QStringLiteral("Mean")),
            [](const CodeStatistics &s) { return s.mean.toString(); });
        row(t(QStringLiteral("มัธยฐาน"), QStringLiteral("Median")),
            [](const CodeStatistics &s) { return s.median.toString(); });
        row(t(QStringLiteral("จำนวนหน่วยงาน"), QStringLiteral("Agencies")),
            [](const CodeStatistics &s) { return QString::number(s.count); });
    }

    if (p.groupedBy && !p.groups.empty()) {
        doc.add(Block::Kind::Heading,
                t(QStringLiteral("ค่าเฉลี่ยตาม%1"), QStringLiteral("Means by %1"))
                    .arg(results::fieldLabel(*p.groupedBy, thai)))
            .landscape = true;
        Block &b = doc.add(Block::Kind::Table);
        b.landscape = true;
        Row head{{header(results::fieldLabel(*p.groupedBy, thai)),
                  header(t(QStringLiteral("จำนวน"), QStringLiteral("Agencies")))},
                 false};
        for (Cell &c : codeHeaders(p))
            head.cells.push_back(c);
        b.table.header.push_back(head);
        b.table.widths.assign(size_t(p.codes.size()) + 2, 1.0);
        b.table.widths[0] = 3;
        for (const PortfolioGroup &g : p.groups) {
            Row r{{Cell::of(results::groupLabel(g.name, thai)),
                   Cell::of(QString::number(g.count), false, true)},
                  false};
            for (const CodeStatistics &s : g.statistics)
                r.cells.push_back(
                    Cell::of(s.count ? s.mean.toString() : QStringLiteral("–"), false, true));
            b.table.rows.push_back(r);
        }
    }

    {
        doc.add(Block::Kind::Heading, t(QStringLiteral("ลำดับผลคะแนนของหน่วยงาน"),
                                        QStringLiteral("Ranking of the agencies")))
            .landscape = true;
        Block &b = doc.add(Block::Kind::Table);
        b.landscape = true;
        Row head{{header(t(QStringLiteral("ลำดับ"), QStringLiteral("Rank"))),
                  header(t(QStringLiteral("หน่วยงาน"), QStringLiteral("Agency"))),
                  header(t(QStringLiteral("ระดับ"), QStringLiteral("Level"))),
                  header(t(QStringLiteral("เปลี่ยนแปลง"), QStringLiteral("Change")))},
                 false};
        for (Cell &c : codeHeaders(p))
            head.cells.push_back(c);
        b.table.header.push_back(head);
        // Wide enough for "100.00" in every score column and "ลำดับ" on one line.
        b.table.widths = {1.25, 2.9, 1.15, 1.45};
        for (int c = 0; c < p.codes.size(); ++c)
            b.table.widths.push_back(1.4);
        int rank = 0;
        for (const PortfolioRow &r : p.rows) {
            Row row{{Cell::of(QString::number(++rank), false, true), Cell::of(r.agency),
                     Cell::of(r.level, false, true),
                     Cell::of(r.delta ? signedText(*r.delta) : QStringLiteral("–"), false, true)},
                    false};
            for (const auto &s : r.scores)
                row.cells.push_back(Cell::of(shown(s), false, true));
            row.cells[4].bold = true; // the overall
            b.table.rows.push_back(row);
        }
    }

    if (const auto movers = p.movers(10); !movers.empty()) {
        doc.add(Block::Kind::Heading,
                p.sinceYearBefore()
                    ? t(QStringLiteral("หน่วยงานที่คะแนนเปลี่ยนแปลงมากที่สุดจากปีก่อน"),
                        QStringLiteral("Biggest changes from the year before"))
                    : t(QStringLiteral("หน่วยงานที่คะแนนเปลี่ยนแปลงมากที่สุดตั้งแต่ปี %1").arg(p.since),
                        QStringLiteral("Biggest changes since %1").arg(p.since)))
            .landscape = true;
        Block &b = doc.add(Block::Kind::Table);
        b.landscape = true;
        b.table.widths = {5, 1.5, 1.5};
        b.table.header.push_back(
            Row{{header(t(QStringLiteral("หน่วยงาน"), QStringLiteral("Agency"))),
                 header(t(QStringLiteral("คะแนน"), QStringLiteral("Score"))),
                 header(t(QStringLiteral("เปลี่ยนแปลง"), QStringLiteral("Change")))},
                false});
        for (const PortfolioRow *r : movers)
            b.table.rows.push_back(
                Row{{Cell::of(r->agency), Cell::of(shown(r->overall), false, true),
                     Cell::of(signedText(*r->delta), true, true)},
                    false});
    }

    if (!p.gaps.empty()) {
        doc.add(Block::Kind::Heading, t(QStringLiteral("หน่วยงานที่ขาดคะแนนบางรายการ"),
                                        QStringLiteral("Agencies missing a score")))
            .landscape = true;
        doc.add(
               Block::Kind::Paragraph,
               t(QStringLiteral("คะแนนที่ขาดไม่นับรวมในค่าเฉลี่ยและมัธยฐานของรายการนั้น (ไม่นับเป็นศูนย์)"),
                 QStringLiteral("A missing score is left out of that code's mean and median (never "
                                "counted as zero).")))
            .landscape = true;
        for (const PortfolioGap &g : p.gaps)
            doc.add(Block::Kind::Bullet,
                    QStringLiteral("%1: %2").arg(g.agency, g.missing.join(QStringLiteral(", "))))
                .landscape = true;
    }
    return doc;
}

} // namespace ita::report
