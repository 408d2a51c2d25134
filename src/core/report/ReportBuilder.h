#pragma once

#include "ReportDocument.h"
#include "analysis/Analysis.h"
#include "analysis/PlanAnalysis.h"
#include "domain/Plan.h"
#include "domain/Recommendation.h"

#include <QDate>
#include <optional>

namespace ita::report {

/// The parts of the analysis-and-measures report, in the seed document's order.
enum class Section {
    Objectives, ///< วัตถุประสงค์: the group's own text, kept in the file
    Scores,     ///< overall and the ten indicators with grades
    Recommendations, ///< the NACC's recommendations, with the item each answers
    Analysis,        ///< per tool and indicator: buckets with items, sub-items, scores, grades
    Summary,         ///< the seed's "สรุป": items by bucket, tool and indicator
    Measures,        ///< the measures tables (landscape), quarter columns marked with arrows
    Gantt,           ///< the plan as a Gantt chart (landscape)
    Publications,    ///< the OIT publication plan (the seed's section 3)
    Findings,        ///< what the validator and the coverage check found
};
constexpr int kSectionCount = 9;
QString sectionKey(Section section); ///< "objectives", "scores", …
std::optional<Section> sectionFromKey(const QString &key);
LocalizedText sectionTitle(Section section);

struct Options {
    bool thai = true;
    bool thaiDigits = false;
    bool sections[kSectionCount] = {true, true, true, true, true, true, true, true, true};
    /// Status of the plan is judged on this day (overdue steps, the Gantt's today line);
    /// invalid = not shown.
    QDate asOf;
    bool has(Section s) const { return sections[int(s)]; }
    void set(Section s, bool on) { sections[int(s)] = on; }
};

/// What a report is made from; plan may be null (then the plan's sections say there is none).
struct Input {
    const Framework *framework = nullptr;
    const Assessment *assessment = nullptr;
    const Analysis *analysis = nullptr;
    Recommendations recommendations;
    const Plan *plan = nullptr;
    QString objectives;     ///< empty = the default text (defaultObjectives)
    QString agencyFullName; ///< empty = the agency's name as stored
};

/// The text the objectives section has until the group writes its own.
QString defaultObjectives(const Input &input, bool thai);

/// The published analysis and measures (O42 evidence), as the seed lays it out.
Document buildAnalysisReport(const Input &input, const Options &options);

/// The progress report (O43 evidence): every step's status, percent and evidence as of
/// options.asOf (today when invalid), with what is overdue.
Document buildProgressReport(const Input &input, const Options &options);

} // namespace ita::report
