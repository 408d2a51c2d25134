#include "ReportBuilder.h"
#include "ReportBuilderBase.h"

#include "analysis/Summary.h"
#include "domain/FiscalCalendar.h"

#include <algorithm>

namespace ita::report {

namespace detail {

std::vector<const NodeResult *> BuilderBase::itemsUnder(const NodeResult &indicator) const {
    std::vector<const NodeResult *> out;
    std::vector<int> pending(indicator.children.rbegin(), indicator.children.rend());
    while (!pending.empty()) {
        const NodeResult &n = a.nodes[size_t(pending.back())];
        pending.pop_back();
        if (n.level == Level::SubIndicator)
            pending.insert(pending.end(), n.children.rbegin(), n.children.rend());
        else if (n.level == Level::Item)
            out.push_back(&n);
    }
    return out;
}

QString BuilderBase::toolOfMeasure(const Measure &m) const {
    for (const QString &code : m.codes) {
        int i = a.indexOf(code);
        while (i >= 0 && a.nodes[size_t(i)].level != Level::Tool)
            i = a.nodes[size_t(i)].parent;
        if (i >= 0)
            return a.nodes[size_t(i)].code;
    }
    return {};
}

Chart BuilderBase::ganttChart(const QDate &today) const {
    Chart chart;
    chart.fiscalYear = in.plan->fiscalYear;
    chart.today = today;
    for (size_t mi = 0; mi < in.plan->measures.size(); ++mi) {
        const Measure &m = in.plan->measures[mi];
        GanttRow head;
        head.isMeasure = true;
        head.bucket = int(measureBucket(a, m));
        int first = 0, last = 0, percentSum = 0, counted = 0;
        for (const Step &s : m.steps) {
            if (!s.isScheduled())
                continue;
            first = first == 0 ? s.startMonth : std::min(first, s.startMonth);
            last = std::max(last, s.endMonth);
            percentSum += s.status == StepStatus::Done ? 100 : s.percent;
            ++counted;
        }
        head.startMonth = first;
        head.endMonth = last;
        head.percent = counted ? percentSum / counted : 0;
        head.milestones = reportingMonths(m.cadence);
        chart.labels << t(QStringLiteral("มาตรการที่ %1 %2"), QStringLiteral("Measure %1 %2"))
                            .arg(mi + 1)
                            .arg(m.title.isEmpty() ? m.codes.join(u' ') : m.title);
        chart.rows.push_back(head);
        for (size_t si = 0; si < m.steps.size(); ++si) {
            const Step &s = m.steps[si];
            GanttRow row;
            row.bucket = head.bucket;
            row.startMonth = s.isScheduled() ? s.startMonth : 0;
            row.endMonth = s.isScheduled() ? s.endMonth : 0;
            if (today.isValid()) {
                const StepProgress p = progressAsOf(s, chart.fiscalYear, today);
                row.percent = std::max(p.percent, 0);
                row.overdue = p.overdue;
            } else {
                row.percent = s.status == StepStatus::Done ? 100 : s.percent;
            }
            chart.labels << QStringLiteral("%1) %2").arg(si + 1).arg(s.text);
            chart.rows.push_back(row);
        }
    }
    return chart;
}

void BuilderBase::gantt(const QString &headingText, const QDate &today) {
    if (!in.plan || in.plan->measures.empty())
        return;
    heading(headingText, 1, true, true);
    Block &b = doc.add(Block::Kind::Chart);
    b.landscape = true;
    b.chart = ganttChart(today);
}

} // namespace detail

QString sectionKey(Section section) {
    static const char *keys[kSectionCount] = {"objectives", "scores",       "recommendations",
                                              "analysis",   "summary",      "measures",
                                              "gantt",      "publications", "findings"};
    return QString::fromLatin1(keys[int(section)]);
}

std::optional<Section> sectionFromKey(const QString &key) {
    for (int i = 0; i < kSectionCount; ++i)
        if (sectionKey(Section(i)) == key)
            return Section(i);
    return std::nullopt;
}

LocalizedText sectionTitle(Section section) {
    switch (section) {
    case Section::Objectives:
        return {QStringLiteral("วัตถุประสงค์"), QStringLiteral("Objectives")};
    case Section::Scores:
        return {QStringLiteral("ผลการประเมิน"), QStringLiteral("Results")};
    case Section::Recommendations:
        return {QStringLiteral("ข้อเสนอแนะจากสำนักงาน ป.ป.ช."),
                QStringLiteral("The NACC's recommendations")};
    case Section::Analysis:
        return {QStringLiteral("การวิเคราะห์ผลรายตัวชี้วัด"), QStringLiteral("Analysis per indicator")};
    case Section::Summary:
        return {QStringLiteral("สรุปผลการวิเคราะห์"), QStringLiteral("Summary by group")};
    case Section::Measures:
        return {QStringLiteral("มาตรการ"), QStringLiteral("Measures")};
    case Section::Gantt:
        return {QStringLiteral("แผนภูมิระยะเวลาดำเนินการ"), QStringLiteral("Timeline (Gantt chart)")};
    case Section::Publications:
        return {QStringLiteral("การเปิดเผยข้อมูลสาธารณะ"),
                QStringLiteral("Open data publication plan")};
    case Section::Findings:
        return {QStringLiteral("ข้อสังเกตจากการตรวจสอบข้อมูล"),
                QStringLiteral("Findings of the checks")};
    }
    return {};
}

QString defaultObjectives(const Input &input, bool thai) {
    const QString agency =
        input.agencyFullName.isEmpty() ? input.assessment->agency : input.agencyFullName;
    const int year = input.assessment->fiscalYear;
    if (thai)
        return QStringLiteral(
                   "%1มุ่งหวังให้องค์กรมีการปรับปรุงพัฒนาตนเองในด้านคุณธรรมและความโปร่งใส "
                   "โดยนำผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
                   "ประจำปีงบประมาณ พ.ศ. %2 ซึ่งประเมินโดยสำนักงาน ป.ป.ช. มาวิเคราะห์ "
                   "เพื่อกำหนดมาตรการเพื่อขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน "
                   "ประจำปีงบประมาณ พ.ศ. %3 พร้อมทั้งกำหนดขั้นตอนการปรับปรุงแก้ไขข้อบกพร่อง "
                   "ผู้รับผิดชอบ และการกำกับติดตาม")
            .arg(agency)
            .arg(year)
            .arg(year + 1);
    return QStringLiteral(
               "%1 analyses its results in the Integrity and Transparency Assessment "
               "(ITA) of fiscal year %2 BE, run by the NACC, to set measures that "
               "promote integrity and transparency in fiscal year %3 BE, with the steps, "
               "the units responsible and how they are followed up.")
        .arg(agency)
        .arg(year)
        .arg(year + 1);
}

} // namespace ita::report
