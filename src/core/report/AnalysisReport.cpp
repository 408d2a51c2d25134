#include "ReportBuilder.h"
#include "ReportBuilderBase.h"

#include "analysis/Summary.h"
#include "domain/FiscalCalendar.h"

#include <algorithm>

#include <iterator>

namespace ita::report {

namespace {

using namespace detail;

/// The analysis and measures report (O42 evidence), its sections in the seed's order.
class AnalysisBuilder : BuilderBase {
public:
    using BuilderBase::BuilderBase;
    Document build();

private:
    void titleBlock();
    void objectives();
    void scores();
    void recommendations();
    void analysis();
    void analysisOfIndicator(const NodeResult &indicator);
    void summary();
    void measures();
    Table measuresTable(Bucket bucket, const std::vector<int> &measureIndexes) const;
    void timeline();
    void publications();
    void findings();
};

void AnalysisBuilder::titleBlock() {
    const QString name = in.agencyFullName.isEmpty() ? agency() : in.agencyFullName;
    if (opt.thai) {
        doc.add(Block::Kind::Title, QStringLiteral("การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส"));
        doc.add(Block::Kind::Title, QStringLiteral("ในการดำเนินงานของหน่วยงานภาครัฐ"));
        doc.add(Block::Kind::Title, QStringLiteral("ปีงบประมาณ พ.ศ. %1").arg(year()));
        if (in.plan) {
            doc.add(Block::Kind::Title, QStringLiteral("และ"));
            doc.add(Block::Kind::Title, QStringLiteral("การกำหนดมาตรการเพื่อขับเคลื่อน"));
            doc.add(Block::Kind::Title, QStringLiteral("การส่งเสริมคุณธรรมและความโปร่งใส"));
            doc.add(Block::Kind::Title, QStringLiteral("ภายใน%1").arg(name));
            doc.add(Block::Kind::Title, QStringLiteral("ประจำปีงบประมาณ พ.ศ. %1").arg(planYear()));
        } else {
            doc.add(Block::Kind::Title, name);
        }
    } else {
        doc.add(Block::Kind::Title,
                QStringLiteral("Analysis of the Integrity and Transparency Assessment (ITA)"));
        doc.add(Block::Kind::Title, QStringLiteral("fiscal year %1 BE").arg(year()));
        if (in.plan) {
            doc.add(Block::Kind::Title, QStringLiteral("and"));
            doc.add(
                Block::Kind::Title,
                QStringLiteral("Measures to promote integrity and transparency in %1").arg(name));
            doc.add(Block::Kind::Title, QStringLiteral("fiscal year %1 BE").arg(planYear()));
        } else {
            doc.add(Block::Kind::Title, name);
        }
    }
    doc.add(Block::Kind::Spacer);
    evidenceLine(Role::Analysis);
    doc.title = opt.thai ? QStringLiteral("การวิเคราะห์ผลการประเมิน ITA ปีงบประมาณ พ.ศ. %1").arg(year())
                         : QStringLiteral("ITA analysis, fiscal year %1 BE").arg(year());
    if (in.plan)
        doc.title += opt.thai ? QStringLiteral(" และมาตรการ ปี พ.ศ. %1").arg(planYear())
                              : QStringLiteral(", and measures for %1 BE").arg(planYear());
}

void AnalysisBuilder::objectives() {
    heading(sectionTitle(Section::Objectives).in(opt.thai));
    const QString text = in.objectives.trimmed().isEmpty() ? defaultObjectives(in, opt.thai)
                                                           : in.objectives.trimmed();
    for (const QString &para : text.split(u'\n', Qt::SkipEmptyParts))
        if (!para.trimmed().isEmpty())
            paragraph(para.trimmed());
}

void AnalysisBuilder::scores() {
    heading(t(QStringLiteral("ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA) ปี พ.ศ. %1"),
              QStringLiteral("ITA results, fiscal year %1 BE"))
                .arg(year()));
    const NodeResult &overall = a.nodes.front();
    paragraph(t(QStringLiteral("ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
                               "ประจำปีงบประมาณ พ.ศ. %1 ของ%2 ได้คะแนนเฉลี่ยรวมเท่ากับ %3 %4 "
                               "โดยมีรายละเอียด ดังนี้"),
                QStringLiteral("In the ITA of fiscal year %1 BE, %2 scored %3 overall, %4, "
                               "as follows."))
                  .arg(year())
                  .arg(agency(), score(overall),
                       in.framework->rating.wording == RatingScheme::Wording::Grade && opt.thai
                           ? QStringLiteral("อยู่ใน") + gradeText(overall)
                           : gradeText(overall)));
    Block &b = doc.add(Block::Kind::Table);
    Table &table = b.table;
    table.widths = {6, 2, 1.6};
    table.header.push_back(Row{{header(t(QStringLiteral("ประเด็น"), QStringLiteral("Result"))),
                                header(t(QStringLiteral("คะแนน"), QStringLiteral("Score"))),
                                header(in.framework->rating.columnTitle(opt.thai))},
                               false});
    // Under a "ผลการประเมิน" column a cell says just "ผ่าน"; grades keep the seed's "ระดับ A".
    const bool grades = in.framework->rating.wording == RatingScheme::Wording::Grade;
    auto addRow = [&](const QString &label, const NodeResult &n, bool bold) {
        Row row;
        row.cells.push_back(Cell::of(label, bold));
        Cell s = Cell::of(points(n), bold, true);
        Cell g = Cell::of(grades ? gradeText(n) : in.framework->rating.display(n.grade, opt.thai),
                          bold, true);
        if (n.bucket != Bucket::None)
            s.accent = bucketColour(n.bucket);
        row.cells.push_back(s);
        row.cells.push_back(g);
        table.rows.push_back(row);
    };
    addRow(t(QStringLiteral("คะแนนภาพรวม"), QStringLiteral("Overall score")), overall, true);
    for (const NodeResult &n : a.nodes)
        if (n.level == Level::Indicator)
            addRow(indicatorName(n), n, false);
}

void AnalysisBuilder::recommendations() {
    heading(t(QStringLiteral("ข้อเสนอแนะจากสำนักงาน ป.ป.ช. จากผลการประเมิน ITA ประจำปี พ.ศ. %1"),
              QStringLiteral("The NACC's recommendations on the ITA results of %1 BE"))
                .arg(year()));
    if (in.recommendations.empty()) {
        paragraph(t(QStringLiteral("ไม่มีข้อเสนอแนะที่บันทึกไว้ในแฟ้มนี้"),
                    QStringLiteral("No recommendations are recorded in this file.")));
        return;
    }
    paragraph(
        t(QStringLiteral("สำนักงาน ป.ป.ช. ได้ให้ข้อเสนอแนะจากผลการประเมินคุณธรรมและความโปร่งใสของ%1 "
                         "ประจำปีงบประมาณ พ.ศ. %2 จำนวน %3 ข้อ โดยระบุประเด็นที่เกี่ยวข้องไว้ในวงเล็บ "
                         "มีรายละเอียดดังนี้"),
          QStringLiteral("The NACC made %3 recommendations to %1 on its results of %2 BE; the "
                         "item each concerns is given in brackets."))
            .arg(agency())
            .arg(year())
            .arg(in.recommendations.size()));
    for (const Recommendation &r : in.recommendations)
        bullet(r.code.isEmpty() ? r.text : QStringLiteral("%1 (%2)").arg(r.text, r.code));
}

void AnalysisBuilder::analysis() {
    heading(t(QStringLiteral("การวิเคราะห์ผลการประเมิน ITA ของ%1 ประจำปีงบประมาณ พ.ศ. %2"),
              QStringLiteral("Analysis of the ITA results of %1, fiscal year %2 BE"))
                .arg(agency())
                .arg(year()));
    const QString maintain = a.maintainThreshold.toString();
    const QString fixed = a.fixedThreshold.toString();
    paragraph(t(QStringLiteral("%1ได้กำหนดเกณฑ์ในการวิเคราะห์ผลออกเป็น 3 ระดับ "
                               "เพื่อแยกประเด็นที่เป็นข้อบกพร่องและจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน "
                               "ประเด็นที่จะต้องพัฒนาให้ดีขึ้น และประเด็นที่ควรรักษาระดับผลการดำเนินงานไว้ ดังนี้"),
                QStringLiteral("%1 sorts every indicator, item and sub-item into three groups: "))
                  .arg(agency()));
    bullet(QStringLiteral("★ %1: %2")
               .arg(bucketTitle(Bucket::Maintain).in(opt.thai),
                    t(QStringLiteral("ผลการประเมินที่มีคะแนนตั้งแต่ %1 คะแนนขึ้นไป"),
                      QStringLiteral("a score of %1 or more"))
                        .arg(maintain)));
    if (a.maintainThreshold > a.fixedThreshold)
        bullet(QStringLiteral("▲ %1: %2")
                   .arg(bucketTitle(Bucket::Improve).in(opt.thai),
                        t(QStringLiteral("ผลการประเมินที่มีคะแนนระหว่าง %1 ถึง %2 คะแนน"),
                          QStringLiteral("a score from %1 up to %2"))
                            .arg(fixed, maintain)));
    else
        bullet(QStringLiteral("▲ %1: %2")
                   .arg(bucketTitle(Bucket::Improve).in(opt.thai),
                        t(QStringLiteral("ไม่มี เนื่องจากคะแนนภาพรวมต่ำกว่า %1 คะแนน"),
                          QStringLiteral("none, as the overall score is below %1"))
                            .arg(fixed)));
    bullet(QStringLiteral("! %1: %2")
               .arg(bucketTitle(Bucket::Urgent).in(opt.thai),
                    t(QStringLiteral("ผลการประเมินที่มีคะแนนน้อยกว่า %1 คะแนน"),
                      QStringLiteral("a score below %1"))
                        .arg(fixed)));
    int part = 0;
    for (const NodeResult &tool : a.nodes) {
        if (tool.level != Level::Tool)
            continue;
        ++part;
        heading(t(QStringLiteral("ส่วนที่ %1 %2"), QStringLiteral("Part %1: %2"))
                    .arg(part)
                    .arg(toolName(tool)),
                2);
        for (int i : tool.children)
            analysisOfIndicator(a.nodes[size_t(i)]);
    }
}

void AnalysisBuilder::analysisOfIndicator(const NodeResult &ind) {
    heading(indicatorName(ind), 3);
    paragraph(t(QStringLiteral("ตัวชี้วัดนี้มีผลคะแนนการประเมินในภาพรวมได้คะแนน %1 คะแนน %2"),
                QStringLiteral("This indicator scored %1 overall, %2."))
                  .arg(score(ind), gradeText(ind)));
    const auto items = itemsUnder(ind);
    int group = 0;
    for (Bucket bucket : {Bucket::Maintain, Bucket::Improve, Bucket::Urgent}) {
        std::vector<const NodeResult *> in;
        for (const NodeResult *n : items)
            if (n->bucket == bucket)
                in.push_back(n);
        if (in.empty())
            continue;
        ++group;
        doc.add(Block::Kind::Paragraph,
                QStringLiteral("%1. %2 %3")
                    .arg(group)
                    .arg(bucketMark(bucket), bucketTitle(bucket).in(opt.thai)))
            .level = 0; // a run-in group title, not indented
        for (const NodeResult *n : in) {
            const bool hasParts = !n->children.empty();
            QString line =
                t(QStringLiteral("%1 %2 ได้ผลการประเมิน%3 %4 คะแนน %5"),
                  QStringLiteral("%1 %2: %3%4 points, %5"))
                    .arg(n->code, title(*n),
                         hasParts ? t(QStringLiteral("เฉลี่ย"), QStringLiteral("mean ")) : QString(),
                         score(*n), itemGradeText(*n));
            if (hasParts)
                line += t(QStringLiteral(" พิจารณาประเด็นย่อย พบว่า"), QStringLiteral("; its parts:"));
            bullet(line);
            for (int c : n->children) {
                const NodeResult &sub = a.nodes[size_t(c)];
                QString subLine = t(QStringLiteral("%1 ได้ผลการประเมิน %2 คะแนน %3"),
                                    QStringLiteral("%1: %2 points, %3"))
                                      .arg(title(sub), score(sub), itemGradeText(sub));
                if (sub.bucket != n->bucket && sub.bucket != Bucket::None)
                    subLine +=
                        QStringLiteral(" (%1 %2)")
                            .arg(bucketMark(sub.bucket), bucketTitle(sub.bucket).in(opt.thai));
                bullet(subLine, 2);
            }
        }
    }
    std::vector<const NodeResult *> missing;
    for (const NodeResult *n : items)
        if (!n->used)
            missing.push_back(n);
    if (!missing.empty()) {
        QStringList codes;
        for (const NodeResult *n : missing)
            codes << n->code;
        paragraph(t(QStringLiteral("ไม่มีคะแนนของ %1"), QStringLiteral("No score for %1."))
                      .arg(codes.join(u' ')));
    }
}

void AnalysisBuilder::summary() {
    heading(t(QStringLiteral("สรุปผลการวิเคราะห์"), QStringLiteral("Summary")));
    paragraph(t(QStringLiteral("จากผลวิเคราะห์การประเมินผลคุณธรรมและความโปร่งใสในการดำเนินงานของ%1 "
                               "ในปีงบประมาณ พ.ศ. %2 ข้างต้น สามารถสรุปได้ ดังนี้"),
                QStringLiteral("The analysis of %1's results of %2 BE comes to this:"))
                  .arg(agency())
                  .arg(year()));
    const auto lines = summarise(a);
    for (Bucket bucket : {Bucket::Maintain, Bucket::Improve, Bucket::Urgent}) {
        heading(QStringLiteral("%1 %2").arg(bucketMark(bucket), bucketTitle(bucket).in(opt.thai)),
                3);
        QString lastTool;
        bool any = false;
        for (const SummaryLine &line : lines) {
            if (line.bucket != bucket)
                continue;
            any = true;
            if (line.toolCode != lastTool) {
                lastTool = line.toolCode;
                if (const NodeResult *tool = a.find(line.toolCode))
                    doc.add(Block::Kind::Paragraph, toolName(*tool)).level = 0;
            }
            bullet(t(QStringLiteral("ตัวชี้วัดที่ %1 %2 ได้แก่ %3"), QStringLiteral("Indicator %1 %2: %3"))
                       .arg(line.indicatorCode, line.indicatorTitle.in(opt.thai),
                            line.itemCodes.join(u' ')));
        }
        if (!any)
            bullet(t(QStringLiteral("ไม่มี"), QStringLiteral("None")));
    }
}

Table AnalysisBuilder::measuresTable(Bucket bucket, const std::vector<int> &measureIndexes) const {
    Table table;
    table.widths = {4.2, 5.4, 0.75, 0.75, 0.75, 0.75, 1.9, 4.0, 1.9};
    QString itemsHeading = bucket == Bucket::None
                               ? t(QStringLiteral("ประเด็น"), QStringLiteral("Items"))
                               : bucketTitle(bucket).in(opt.thai);
    Row top;
    top.cells = {header(itemsHeading),
                 header(t(QStringLiteral("ขั้นตอนดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใส"),
                          QStringLiteral("Steps"))),
                 header(t(QStringLiteral("ระยะเวลาดำเนินการ (ไตรมาส)"),
                          QStringLiteral("Quarter of fiscal year %1").arg(planYear()))),
                 // the quarter heading spans four columns: the next cell is the seventh
                 header(t(QStringLiteral("หน่วยงานที่รับผิดชอบ"), QStringLiteral("Responsible"))),
                 header(t(QStringLiteral("แนวทางการกำกับติดตาม"), QStringLiteral("Monitoring"))),
                 header(t(QStringLiteral("การรายงานผล"), QStringLiteral("Reporting")))};
    top.cells[2].columns = 4;
    Row second;
    for (int c = 0; c < 9; ++c) {
        Cell cell = header(c >= 2 && c <= 5 ? QString::number(c - 1) : QString());
        cell.continuesAbove = c < 2 || c > 5;
        second.cells.push_back(cell);
    }
    table.header = {top, second};

    for (int mi : measureIndexes) {
        const Measure &m = in.plan->measures[size_t(mi)];
        // The heading row names the indicators the measure answers, as the seed does.
        QStringList indicators;
        for (const QString &code : m.codes) {
            int i = a.indexOf(code);
            while (i >= 0 && a.nodes[size_t(i)].level != Level::Indicator)
                i = a.nodes[size_t(i)].parent;
            if (i >= 0) {
                const QString name = indicatorName(a.nodes[size_t(i)]);
                if (!indicators.contains(name))
                    indicators << name;
            }
        }
        QString heading =
            t(QStringLiteral("มาตรการที่ %1"), QStringLiteral("Measure %1")).arg(mi + 1);
        if (!m.title.isEmpty())
            heading += QStringLiteral(" %1").arg(m.title);
        for (const QString &indicator : std::as_const(indicators))
            if (!heading.contains(indicator))
                heading += QStringLiteral(" · ") + indicator;
        table.rows.push_back(measureHeadingRow(heading, m));

        QStringList items;
        for (const QString &code : m.codes) {
            const NodeResult *n = a.find(code);
            items << (n ? QStringLiteral("%1 %2 (%3 %4)")
                              .arg(code, title(*n), points(*n),
                                   in.framework->rating.wording == RatingScheme::Wording::Grade
                                       ? gradeText(*n)
                                       : in.framework->rating.display(n->grade, opt.thai))
                        : code);
        }
        const size_t rows = std::max(
            {size_t(items.size()), m.steps.size(), size_t(m.monitoring.size()), size_t(1)});
        for (size_t r = 0; r < rows; ++r) {
            Row row;
            row.cells.resize(9);
            if (r < size_t(items.size()))
                row.cells[0].text = items[int(r)];
            if (r < m.steps.size()) {
                const Step &s = m.steps[r];
                row.cells[1].text = QStringLiteral("%1) %2").arg(r + 1).arg(s.text);
                if (s.isScheduled()) {
                    const int q0 = fiscal::quarterOf(std::min(s.startMonth, 12));
                    const int q1 = fiscal::quarterOf(std::min(s.endMonth, 12));
                    for (int q = q0; q <= q1; ++q)
                        row.cells[size_t(1 + q)].mark = q0 == q1  ? SpanMark::Single
                                                        : q == q0 ? SpanMark::Start
                                                        : q == q1 ? SpanMark::End
                                                                  : SpanMark::Middle;
                }
                row.cells[6].text = s.units.join(QStringLiteral(", "));
                row.cells[6].centred = true;
            }
            if (r < size_t(m.monitoring.size()))
                row.cells[7].text = QStringLiteral("%1) %2").arg(r + 1).arg(m.monitoring[int(r)]);
            if (r == 0)
                row.cells[8].text = m.reportTo.isEmpty()
                                        ? cadenceLabel(m.cadence, opt.thai)
                                        : QStringLiteral("%1 %2").arg(
                                              m.reportTo, cadenceLabel(m.cadence, opt.thai));
            row.cells[8].centred = true;
            for (int q = 2; q <= 5; ++q)
                row.cells[size_t(q)].centred = true;
            table.rows.push_back(row);
        }
    }
    return table;
}

void AnalysisBuilder::measures() {
    if (!in.plan) {
        heading(sectionTitle(Section::Measures).in(opt.thai), 1, false);
        paragraph(t(QStringLiteral("ยังไม่มีแผนมาตรการของปีงบประมาณ พ.ศ. %1 ในแฟ้มนี้"),
                    QStringLiteral("This file holds no measures for fiscal year %1 BE."))
                      .arg(planYear()));
        return;
    }
    size_t stepCount = 0;
    for (const Measure &m : in.plan->measures)
        stepCount += m.steps.size();
    heading(t(QStringLiteral("มาตรการเพื่อขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใสในการดำเนินงาน "
                             "ปี พ.ศ. %1"),
              QStringLiteral("Measures to promote integrity and transparency, %1 BE"))
                .arg(planYear()),
            1, true, true);
    paragraph(t(QStringLiteral("จากผลการวิเคราะห์ข้างต้น %1 ได้กำหนดมาตรการ %2 มาตรการ รวม %3 ขั้นตอน "
                               "เพื่อแก้ไขประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนและพัฒนาประเด็นที่ควรพัฒนาให้ดีขึ้น "
                               "ดังนี้ (ลูกศรในช่องไตรมาสแสดงระยะเวลาดำเนินการของแต่ละขั้นตอน)"),
                QStringLiteral("From this analysis %1 set %2 measures with %3 steps, as follows "
                               "(arrows in the quarter columns show when each step runs)."))
                  .arg(agency())
                  .arg(in.plan->measures.size())
                  .arg(stepCount),
              true);
    // (1) internal, (2) external, (3) open data: measures by the tool of their first item,
    // then one table per bucket, most pressing first.
    int part = 0;
    QStringList tools;
    for (const NodeResult &n : a.nodes)
        if (n.level == Level::Tool)
            tools << n.code;
    tools << QString(); // measures that name no known item
    for (const QString &tool : tools) {
        std::vector<int> inTool;
        for (size_t i = 0; i < in.plan->measures.size(); ++i)
            if (toolOfMeasure(in.plan->measures[i]) == tool)
                inTool.push_back(int(i));
        if (inTool.empty())
            continue;
        ++part;
        const NodeResult *toolNode = a.find(tool);
        heading(QStringLiteral("(%1) %2").arg(part).arg(
                    toolNode ? toolName(*toolNode)
                             : t(QStringLiteral("มาตรการอื่น"), QStringLiteral("Other measures"))),
                2, true);
        for (Bucket bucket : {Bucket::Urgent, Bucket::Improve, Bucket::Maintain, Bucket::None}) {
            std::vector<int> list;
            for (int i : inTool)
                if (measureBucket(a, in.plan->measures[size_t(i)]) == bucket)
                    list.push_back(i);
            if (list.empty())
                continue;
            Block &b = doc.add(Block::Kind::Table);
            b.landscape = true;
            b.table = measuresTable(bucket, list);
        }
    }
}

void AnalysisBuilder::publications() {
    heading(t(QStringLiteral("(3) การเปิดเผยข้อมูลสาธารณะ"), QStringLiteral("(3) Open data (OIT)")), 1,
            true, true);
    if (!in.plan || in.plan->publications.empty()) {
        paragraph(t(QStringLiteral("ยังไม่ได้กำหนดแผนการเปิดเผยข้อมูลสาธารณะ (ผู้จัดทำข้อมูล ผู้รวบรวม "
                                   "และความถี่ในการเผยแพร่) ของข้อ O ในแฟ้มนี้"),
                    QStringLiteral("This file holds no publication plan for the O-items yet (who "
                                   "prepares, who collects, how often it is published).")),
                  true);
        return;
    }
    paragraph(t(QStringLiteral("การเผยแพร่ข้อมูลบนเว็บไซต์ของ%1 ตามตัวชี้วัดที่ 9 และ 10 "
                               "ต้องเสร็จก่อนช่วงการประเมิน OIT"),
                QStringLiteral("%1 publishes the open data of indicators 9 and 10 on its website "
                               "before the OIT assessment window."))
                  .arg(agency()),
              true);
    Block &b = doc.add(Block::Kind::Table);
    b.landscape = true;
    Table &table = b.table;
    table.widths = {0.9, 5, 2.2, 2.2, 1.8, 4, 1.4};
    table.header.push_back(
        Row{{header(t(QStringLiteral("ข้อ"), QStringLiteral("Item"))),
             header(t(QStringLiteral("ข้อมูล"), QStringLiteral("Data"))),
             header(t(QStringLiteral("ผู้จัดทำข้อมูล"), QStringLiteral("Prepared by"))),
             header(t(QStringLiteral("ผู้รวบรวม"), QStringLiteral("Collected by"))),
             header(t(QStringLiteral("ความถี่"), QStringLiteral("How often"))),
             header(QStringLiteral("URL")),
             header(t(QStringLiteral("สถานะ"), QStringLiteral("Status")))},
            false});
    for (const OitPublication &p : in.plan->publications) {
        const NodeResult *n = a.find(p.code);
        QStringList urls; // every link, one a line
        for (const OitLink &l : p.links)
            if (!l.url.isEmpty())
                urls << l.url;
        Row row;
        row.cells = {Cell::of(p.code, true, true),
                     Cell::of(n ? title(*n) : QString()),
                     Cell::of(p.preparer),
                     Cell::of(p.collector),
                     Cell::of(p.frequency, false, true),
                     Cell::of(urls.join(u'\n')),
                     Cell::of(p.done ? t(QStringLiteral("เผยแพร่แล้ว"), QStringLiteral("Published"))
                                     : t(QStringLiteral("ยังไม่เผยแพร่"), QStringLiteral("Not yet")),
                              false, true)};
        table.rows.push_back(row);
    }
}

void AnalysisBuilder::findings() {
    heading(sectionTitle(Section::Findings).in(opt.thai), 1, false, true);
    paragraph(t(QStringLiteral("ITA Planner ตรวจคะแนนที่บันทึกไว้กับคะแนนที่คำนวณจากประเด็นย่อย "
                               "(ยอมให้ต่างกันได้ %1) และระดับที่ระบุกับระดับตามเกณฑ์ พบดังนี้"),
                QStringLiteral("ITA Planner checked the stated scores against those computed from "
                               "their parts (within %1) and the stated levels against the "
                               "rating scheme:"))
                  .arg(in.framework->tolerance.toString()));
    if (a.findings.empty()) {
        bullet(t(QStringLiteral("ไม่พบข้อขัดแย้ง"), QStringLiteral("Nothing to report.")));
    } else {
        Block &b = doc.add(Block::Kind::Table);
        Table &table = b.table;
        table.widths = {1.2, 1.4, 1.4, 8};
        table.header.push_back(
            Row{{header(t(QStringLiteral("ข้อ"), QStringLiteral("Code"))),
                 header(t(QStringLiteral("ที่ระบุ"), QStringLiteral("Stated"))),
                 header(t(QStringLiteral("ที่คำนวณ"), QStringLiteral("Computed"))),
                 header(t(QStringLiteral("ข้อสังเกต"), QStringLiteral("Finding")))},
                false});
        for (const Finding &f : a.findings)
            table.rows.push_back(
                Row{{Cell::of(f.code, true, true), Cell::of(f.stated, false, true),
                     Cell::of(f.computed, false, true), Cell::of(f.message.in(opt.thai))},
                    false});
    }
    if (in.plan) {
        const auto coverage = checkCoverage(a, *in.plan);
        heading(t(QStringLiteral("ความครอบคลุมของมาตรการ"), QStringLiteral("Coverage of the plan")),
                2);
        if (coverage.empty())
            bullet(t(QStringLiteral("ทุกประเด็นที่ต้องพัฒนาหรือแก้ไขมีมาตรการรองรับ"),
                     QStringLiteral("Every item to improve or fix has a measure.")));
        for (const CoverageFinding &f : coverage)
            bullet(f.message.in(opt.thai));
    }
}

void AnalysisBuilder::timeline() {
    gantt(t(QStringLiteral("แผนภูมิระยะเวลาดำเนินการตามมาตรการ ปีงบประมาณ พ.ศ. %1"),
            QStringLiteral("Timeline of the measures, fiscal year %1 BE"))
              .arg(planYear()),
          opt.asOf);
}

Document AnalysisBuilder::build() {
    // The sections in the order the seed prints them; the title block always comes first.
    static const std::pair<Section, void (AnalysisBuilder::*)()> kSectionWriters[] = {
        {Section::Objectives, &AnalysisBuilder::objectives},
        {Section::Scores, &AnalysisBuilder::scores},
        {Section::Recommendations, &AnalysisBuilder::recommendations},
        {Section::Analysis, &AnalysisBuilder::analysis},
        {Section::Summary, &AnalysisBuilder::summary},
        {Section::Measures, &AnalysisBuilder::measures},
        {Section::Gantt, &AnalysisBuilder::timeline},
        {Section::Publications, &AnalysisBuilder::publications},
        {Section::Findings, &AnalysisBuilder::findings},
    };
    static_assert(std::size(kSectionWriters) == kSectionCount);
    titleBlock();
    for (const auto &[section, write] : kSectionWriters)
        if (opt.has(section))
            (this->*write)();
    return std::move(doc);
}

} // namespace

Document buildAnalysisReport(const Input &input, const Options &options) {
    return AnalysisBuilder(input, options).build();
}

} // namespace ita::report
