#include "ReportBuilder.h"
#include "ReportBuilderBase.h"

#include "analysis/Summary.h"
#include "domain/FiscalCalendar.h"

#include <algorithm>

namespace ita::report {

namespace {

using namespace detail;

/// The progress report (O43 evidence): every step's status, percent and evidence as of a day.
class ProgressBuilder : BuilderBase {
public:
    using BuilderBase::BuilderBase;
    Document build();

private:
    void progressTitle(const QDate &asOf);
    void progressSummary(const QDate &asOf);
    void progressTables(const QDate &asOf);
};

void ProgressBuilder::progressTitle(const QDate &asOf) {
    const QString name = in.agencyFullName.isEmpty() ? agency() : in.agencyFullName;
    if (opt.thai) {
        doc.add(Block::Kind::Title, QStringLiteral("รายงานผลการดำเนินงานตามมาตรการเพื่อขับเคลื่อน"
                                                   "การส่งเสริมคุณธรรมและความโปร่งใส"));
        doc.add(Block::Kind::Title,
                QStringLiteral("ภายใน%1 ประจำปีงบประมาณ พ.ศ. %2").arg(name).arg(planYear()));
        doc.add(Block::Kind::Title, QStringLiteral("ข้อมูล ณ วันที่ %1").arg(asOfText(asOf)));
        doc.title =
            QStringLiteral("รายงานผลการดำเนินงานตามมาตรการ ปีงบประมาณ พ.ศ. %1").arg(planYear());
    } else {
        doc.add(Block::Kind::Title, QStringLiteral("Progress of the measures to promote integrity "
                                                   "and transparency"));
        doc.add(Block::Kind::Title,
                QStringLiteral("%1, fiscal year %2 BE").arg(name).arg(planYear()));
        doc.add(Block::Kind::Title, QStringLiteral("as of %1").arg(asOfText(asOf)));
        doc.title = QStringLiteral("Progress of the measures, fiscal year %1 BE").arg(planYear());
    }
    doc.add(Block::Kind::Spacer);
    evidenceLine(Role::Implementation);
}

void ProgressBuilder::progressSummary(const QDate &asOf) {
    int counts[4] = {0, 0, 0, 0};
    int overdue = 0, total = 0, percentSum = 0;
    for (const Measure &m : in.plan->measures)
        for (const Step &s : m.steps) {
            const StepProgress p = progressAsOf(s, in.plan->fiscalYear, asOf);
            ++counts[int(p.status)];
            overdue += p.overdue ? 1 : 0;
            ++total;
            percentSum += std::max(p.percent, 0);
        }
    heading(t(QStringLiteral("สรุปผลการดำเนินงาน"), QStringLiteral("Summary")));
    paragraph(t(QStringLiteral("ณ วันที่ %1 %2 มีมาตรการ %3 มาตรการ รวม %4 ขั้นตอน ดำเนินการแล้วเสร็จ %5 "
                               "ขั้นตอน อยู่ระหว่างดำเนินการ %6 ขั้นตอน ยังไม่เริ่ม %7 ขั้นตอน ยกเลิก %8 ขั้นตอน "
                               "และเลยกำหนด %9 ขั้นตอน ความก้าวหน้าเฉลี่ยร้อยละ %10"),
                QStringLiteral("On %1, %2 has %3 measures with %4 steps: %5 done, %6 in progress, "
                               "%7 not started, %8 cancelled, and %9 overdue; %10 % complete on "
                               "average."))
                  .arg(asOfText(asOf), agency())
                  .arg(in.plan->measures.size())
                  .arg(total)
                  .arg(counts[int(StepStatus::Done)])
                  .arg(counts[int(StepStatus::InProgress)])
                  .arg(counts[int(StepStatus::NotStarted)])
                  .arg(counts[int(StepStatus::Cancelled)])
                  .arg(overdue)
                  .arg(total ? percentSum / total : 0));
    Block &b = doc.add(Block::Kind::Table);
    Table &table = b.table;
    table.widths = {6, 1.3, 1.3, 1.3, 1.3, 1.5};
    table.header.push_back(Row{{header(t(QStringLiteral("มาตรการ"), QStringLiteral("Measure"))),
                                header(t(QStringLiteral("ขั้นตอน"), QStringLiteral("Steps"))),
                                header(t(QStringLiteral("เสร็จแล้ว"), QStringLiteral("Done"))),
                                header(t(QStringLiteral("กำลังทำ"), QStringLiteral("In progress"))),
                                header(t(QStringLiteral("เลยกำหนด"), QStringLiteral("Overdue"))),
                                header(t(QStringLiteral("ร้อยละ"), QStringLiteral("Percent")))},
                               false});
    for (size_t mi = 0; mi < in.plan->measures.size(); ++mi) {
        const Measure &m = in.plan->measures[mi];
        int done = 0, going = 0, late = 0, sum = 0;
        for (const Step &s : m.steps) {
            const StepProgress p = progressAsOf(s, in.plan->fiscalYear, asOf);
            done += p.status == StepStatus::Done;
            going += p.status == StepStatus::InProgress;
            late += p.overdue;
            sum += std::max(p.percent, 0);
        }
        Row row;
        Cell name = Cell::of(t(QStringLiteral("มาตรการที่ %1 %2"), QStringLiteral("Measure %1 %2"))
                                 .arg(mi + 1)
                                 .arg(m.title.isEmpty() ? m.codes.join(u' ') : m.title));
        name.accent = bucketColour(measureBucket(a, m));
        Cell lateCell = Cell::of(QString::number(late), late > 0, true);
        if (late > 0)
            lateCell.fill = QColor(0xfb, 0xe3, 0xe3);
        row.cells = {name,
                     Cell::of(QString::number(m.steps.size()), false, true),
                     Cell::of(QString::number(done), false, true),
                     Cell::of(QString::number(going), false, true),
                     lateCell,
                     Cell::of(QString::number(m.steps.empty() ? 0 : sum / int(m.steps.size())),
                              false, true)};
        table.rows.push_back(row);
    }
}

void ProgressBuilder::progressTables(const QDate &asOf) {
    heading(t(QStringLiteral("ผลการดำเนินงานรายขั้นตอน"), QStringLiteral("Progress step by step")), 1,
            true, true);
    Block &b = doc.add(Block::Kind::Table);
    b.landscape = true;
    Table &table = b.table;
    table.widths = {6.2, 1.9, 1.8, 2.0, 1.0, 1.7, 1.7, 4.5};
    table.header.push_back(
        Row{{header(t(QStringLiteral("ขั้นตอนดำเนินการ"), QStringLiteral("Step"))),
             header(t(QStringLiteral("ระยะเวลาตามแผน"), QStringLiteral("Planned"))),
             header(t(QStringLiteral("ผู้รับผิดชอบ"), QStringLiteral("Responsible"))),
             header(t(QStringLiteral("สถานะ"), QStringLiteral("Status"))),
             header(t(QStringLiteral("ร้อยละ"), QStringLiteral("%"))),
             header(t(QStringLiteral("เริ่มจริง"), QStringLiteral("Started"))),
             header(t(QStringLiteral("เสร็จจริง"), QStringLiteral("Finished"))),
             header(t(QStringLiteral("หลักฐาน"), QStringLiteral("Evidence")))},
            false});
    const int fy = in.plan->fiscalYear;
    for (size_t mi = 0; mi < in.plan->measures.size(); ++mi) {
        const Measure &m = in.plan->measures[mi];
        table.rows.push_back(measureHeadingRow(
            t(QStringLiteral("มาตรการที่ %1 %2 (%3)"), QStringLiteral("Measure %1 %2 (%3)"))
                .arg(mi + 1)
                .arg(m.title, m.codes.join(u' ')),
            m));
        for (size_t si = 0; si < m.steps.size(); ++si) {
            const Step &s = m.steps[si];
            const StepProgress p = progressAsOf(s, fy, asOf);
            QString status = statusLabel(p.status, opt.thai);
            if (p.overdue)
                status += t(QStringLiteral(" (เลยกำหนด)"), QStringLiteral(" (overdue)"));
            Cell statusCell = Cell::of(status, p.overdue, true);
            if (p.overdue)
                statusCell.fill = QColor(0xfb, 0xe3, 0xe3);
            else if (p.status == StepStatus::Done)
                statusCell.fill = QColor(0xe3, 0xf3, 0xe3);
            const QString span =
                s.isScheduled()
                    ? QStringLiteral("%1 – %2").arg(fiscal::monthLabel(fy, s.startMonth, opt.thai),
                                                    fiscal::monthLabel(fy, s.endMonth, opt.thai))
                    : QStringLiteral("–");
            auto dateCell = [&](const QDate &d) {
                return Cell::of(d.isValid() && d <= asOf ? fiscal::formatDate(d, opt.thai)
                                                         : QStringLiteral("–"),
                                false, true);
            };
            Row row;
            row.cells = {Cell::of(QStringLiteral("%1) %2").arg(si + 1).arg(s.text)),
                         Cell::of(span, false, true),
                         Cell::of(s.units.join(QStringLiteral(", ")), false, true),
                         statusCell,
                         Cell::of(p.percent < 0 ? QStringLiteral("–") : QString::number(p.percent),
                                  false, true),
                         dateCell(s.actualStart),
                         dateCell(s.actualFinish),
                         Cell::of(s.evidence.join(u'\n'))};
            table.rows.push_back(row);
        }
    }
}

Document ProgressBuilder::build() {
    const QDate asOf = opt.asOf.isValid() ? opt.asOf : QDate::currentDate();
    progressTitle(asOf);
    if (!in.plan) {
        paragraph(t(QStringLiteral("ยังไม่มีแผนมาตรการของปีงบประมาณ พ.ศ. %1 ในแฟ้มนี้"),
                    QStringLiteral("This file holds no measures for fiscal year %1 BE."))
                      .arg(planYear()));
        return std::move(doc);
    }
    progressSummary(asOf);
    progressTables(asOf);
    gantt(t(QStringLiteral("แผนภูมิความก้าวหน้า ณ วันที่ %1"), QStringLiteral("Progress chart as of %1"))
              .arg(asOfText(asOf)),
          asOf);
    return std::move(doc);
}

} // namespace

Document buildProgressReport(const Input &input, const Options &options) {
    return ProgressBuilder(input, options).build();
}

} // namespace ita::report
