#pragma once

// Internal to core_report: the base both report builders share. Not part of the report API
// (ReportBuilder.h is).

#include "ReportBuilder.h"
#include "domain/FiscalCalendar.h"

namespace ita::report::detail {

inline const QColor kHeaderFill(0xe4, 0xe9, 0xf0);
inline const QColor kHeadingRowFill(0xf3, 0xf3, 0xf3);

inline QColor bucketColour(Bucket bucket) {
    return GanttRenderer::bucketColour(int(bucket));
}

/// What both reports are built with: the input, the options, the language (`t(th, en)`),
/// the wording of scores and grades, blocks, table headers and the Gantt. The analysis report
/// (AnalysisReport.cpp) and the progress report (ProgressReport.cpp) derive from it.
class BuilderBase {
public:
    BuilderBase(const Input &input, const Options &options)
        : in(input)
        , opt(options)
        , a(*input.analysis) {
        doc.thai = options.thai;
        doc.thaiDigits = options.thaiDigits;
        doc.agency = input.assessment->agency;
    }

protected:
    const Input &in;
    const Options &opt;
    const Analysis &a;
    Document doc;

    QString t(const QString &th, const QString &en) const { return opt.thai ? th : en; }
    int year() const { return in.assessment->fiscalYear; }
    int planYear() const { return in.plan ? in.plan->fiscalYear : year() + 1; }
    QString agency() const { return in.assessment->agency; }
    QString score(const NodeResult &n) const {
        return n.used ? n.used->toString() : QStringLiteral("–");
    }
    QString points(const NodeResult &n) const {
        return t(QStringLiteral("%1 คะแนน"), QStringLiteral("%1 points")).arg(score(n));
    }
    /// "ระดับ A", or "ผลการประเมิน: ผ่าน" under a scheme of results (FY2566 onward).
    QString gradeText(const NodeResult &n) const {
        return in.framework->rating.phrase(n.grade, opt.thai);
    }
    /// In a line about one item: "ระดับ A" as the seed writes it, or "(ผ่าน)" after a score
    /// that already says "ผลการประเมิน".
    QString itemGradeText(const NodeResult &n) const {
        if (in.framework->rating.wording == RatingScheme::Wording::Grade || n.grade.isEmpty())
            return gradeText(n);
        return QStringLiteral("(%1)").arg(in.framework->rating.display(n.grade, opt.thai));
    }
    /// "…, published as evidence for O42 (the analysis and measures)": the item that plays
    /// `role` in the assessment's framework, whatever the year numbers it.
    void evidenceLine(Role role) {
        const QString code = in.framework->codeFor(role);
        if (code.isEmpty())
            return;
        const auto &item = in.framework->node(in.framework->indexOf(code));
        paragraph(t(QStringLiteral("เอกสารนี้เผยแพร่เป็นข้อมูลประกอบการประเมินข้อ %1 %2"),
                    QStringLiteral("Published as the evidence for item %1: %2"))
                      .arg(code, item.title.in(opt.thai)));
    }
    QString title(const NodeResult &n) const {
        // The agency's own wording in Thai; the framework's English in English.
        return opt.thai || n.frameworkTitle.en.isEmpty() ? n.title : n.frameworkTitle.en;
    }
    QString indicatorName(const NodeResult &n) const {
        return t(QStringLiteral("ตัวชี้วัดที่ %1 %2"), QStringLiteral("Indicator %1: %2"))
            .arg(n.code, n.frameworkTitle.in(opt.thai));
    }
    QString toolName(const NodeResult &tool) const {
        return QStringLiteral("%1 (%2)").arg(tool.frameworkTitle.in(opt.thai), tool.code);
    }
    QString asOfText(const QDate &d) const { return fiscal::formatDate(d, opt.thai); }

    void heading(const QString &text, int level = 1, bool landscape = false,
                 bool pageBreak = false) {
        Block &b = doc.add(Block::Kind::Heading, text, level);
        b.landscape = landscape;
        b.pageBreakBefore = pageBreak;
    }
    void paragraph(const QString &text, bool landscape = false) {
        doc.add(Block::Kind::Paragraph, text).landscape = landscape;
    }
    void bullet(const QString &text, int level = 1) { doc.add(Block::Kind::Bullet, text, level); }

    /// The plan as a Gantt chart, with `today` marked (invalid: not shown).
    Chart ganttChart(const QDate &today) const;
    /// A landscape heading and the Gantt under it.
    void gantt(const QString &headingText, const QDate &today);

    std::vector<const NodeResult *> itemsUnder(const NodeResult &indicator) const;
    QString toolOfMeasure(const Measure &m) const;
    /// A measures table's row that opens a measure: `text` across the table, bold on grey,
    /// its bucket's colour at the edge; kept with the row after it.
    Row measureHeadingRow(const QString &text, const Measure &measure) const {
        Row head;
        Cell cell = Cell::of(text);
        cell.bold = true;
        cell.fill = kHeadingRowFill;
        cell.accent = bucketColour(measureBucket(a, measure));
        head.cells.push_back(cell);
        head.heading = true;
        return head;
    }
    Cell header(const QString &text) const {
        Cell c;
        c.text = text;
        c.bold = true;
        c.centred = true;
        c.fill = kHeaderFill;
        return c;
    }
};

} // namespace ita::report::detail
