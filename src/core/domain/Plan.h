#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ita {

enum class StepStatus { NotStarted, InProgress, Done, Cancelled };
enum class Cadence { Quarterly, SemiAnnual, Yearly };

QString statusKey(StepStatus status); ///< "not_started", "in_progress", "done", "cancelled"
std::optional<StepStatus> statusFromKey(const QString &key);
QString cadenceKey(Cadence cadence); ///< "quarterly", "semiannual", "yearly"
std::optional<Cadence> cadenceFromKey(const QString &key);
/// "ยังไม่เริ่ม" / "Not started" …: what people read in tables, reports and CSV.
QString statusLabel(StepStatus status, bool thai);
/// "ทุก 6 เดือน" / "every 6 months" …
QString cadenceLabel(Cadence cadence, bool thai);
/// Fiscal months in which a cadence reports: quarterly 3, 6, 9, 12; semiannual 6, 12; yearly 12.
std::vector<int> reportingMonths(Cadence cadence);

/// A responsible unit of an agency: "ฝ่าย ยส.", "ทุกฝ่าย", "คณะทำงานฯ".
struct Unit {
    QString abbreviation;
    QString name;
    /// The library's unit roles this unit takes (Library.h's keys, "procurement", "finance"):
    /// a drafted step that names a role names this unit.
    QStringList roles;
    bool operator==(const Unit &) const = default;
};

/// The fields of a step or measure that a draft filled and nobody has reviewed yet. A person's
/// edit of a field, or accepting it, takes it off the list; coverage counts what is left, and
/// the tables and reports mark it.
namespace draftField {
inline constexpr char16_t text[] = u"text";   ///< a step's text
inline constexpr char16_t span[] = u"span";   ///< a step's months
inline constexpr char16_t units[] = u"units"; ///< a step's units
inline constexpr char16_t title[] = u"title"; ///< a measure's title
inline constexpr char16_t codes[] = u"codes"; ///< the items a measure answers
inline constexpr char16_t monitoring[] = u"monitoring";
inline constexpr char16_t reporting[] = u"reporting";
} // namespace draftField

/// One numbered step of a measure (ขั้นตอนดำเนินการ).
struct Step {
    QString text;
    int startMonth = 0; ///< fiscal month, 1 = October; 0 = not scheduled
    int endMonth = 0;   ///< inclusive; may pass 12 (then it ends after the fiscal year)
    QStringList units;  ///< unit abbreviations, in the order written
    StepStatus status = StepStatus::NotStarted;
    int percent = 0;
    QDate actualStart;
    QDate actualFinish;
    QStringList evidence; ///< URLs, e.g. the page that publishes it for the OIT
    QStringList draft;    ///< draftField keys not yet reviewed ("text", "span", "units")
    bool operator==(const Step &) const = default;
    bool isScheduled() const { return startMonth > 0 && endMonth >= startMonth; }
};

/// A measure (มาตรการ): answers items or sub-items with steps, monitoring and reporting.
struct Measure {
    QString title;
    QStringList codes; ///< items and sub-items it answers ("I7", "I18.3")
    std::vector<Step> steps;
    QStringList monitoring; ///< แนวทางการกำกับติดตาม, in order
    Cadence cadence = Cadence::SemiAnnual;
    QString reportTo; ///< การรายงานผล: to whom
    QString notes;
    QStringList draft; ///< draftField keys not yet reviewed ("title", "monitoring", …)
    /// Where a drafted measure came from: "library ID" (a library entry) or "plan YEAR N"
    /// (measure N, 1-based, of this agency's plan of fiscal year YEAR, carried forward). The
    /// trends view and the next year's carry-forward follow it.
    QString origin;
    bool operator==(const Measure &) const = default;
    /// Whether any field of it or of its steps is still an unreviewed draft.
    bool hasDraft() const;
};

/// One piece of an OIT item's evidence: a link on the agency's website, or a local file still
/// to be uploaded (then the item is not ready: the NACC takes links only).
struct OitLink {
    QString url;  ///< the address entered in ITAS; empty for a file not yet uploaded
    QString file; ///< a local file to upload (its path), while there is no link
    QString title; ///< a short title ("แผนปฏิบัติการประจำปี 2569")
    QDate infoDate;     ///< the date of the information (of the document, not of the check)
    int coversYear = 0; ///< the fiscal year (BE) it covers; 0 = not said
    bool operator==(const OitLink &) const = default;
};

/// One OIT item's publication (the seed's section 3) and its checklist for the OIT window.
struct OitPublication {
    QString code; ///< "O1"
    QString preparer;
    QString collector;
    QString frequency;
    /// The item's evidence, in order. The first link's address is the plan JSON's `url` and
    /// the publication table's URL column.
    std::vector<OitLink> links;
    bool done = false;
    /// The framework's information elements (Framework::Node::elements, by Thai text) that
    /// the group has found on the page and ticked.
    QStringList elementsDone;
    QString explanation; ///< what the group types into ITAS with the links
    bool operator==(const OitPublication &) const = default;

    /// The first link's address (empty when there is none).
    QString url() const;
    /// Sets the first link's address, adding a link when there is none and removing the first
    /// when `url` is empty and it carries nothing else.
    void setUrl(const QString &url);
    /// Anything the group has written for it.
    bool isEmpty() const;
};

/// An agency's plan for the fiscal year it runs in, built on the previous year's results.
struct Plan {
    QString agency;
    int fiscalYear = 0;  ///< the year the plan runs in (BE)
    int basedOnYear = 0; ///< the assessment it answers (usually fiscalYear - 1)
    std::vector<Unit> units;
    std::vector<Measure> measures;
    std::vector<OitPublication> publications;
    /// The agency's own website ("https://www.example.go.th"): OIT links elsewhere are flagged,
    /// since the NACC expects the information on the agency's main website.
    QString website;
    bool operator==(const Plan &) const = default;
};

// The rules for a plan's fields as people type them (the measures table, pasted text). Each
// is written once here; the documents apply them and the views only pass the text on.

/// The reporting of a measure as one line: a cadence, then a colon and to whom
/// ("ทุก 6 เดือน: เลขาธิการ"). The cadence is its key or its label in either language.
struct Reporting {
    Cadence cadence = Cadence::SemiAnnual;
    QString to;
};
std::optional<Reporting> parseReporting(const QString &text);
/// The line `parseReporting` reads back: "ทุก 6 เดือน: เลขาธิการ".
QString reportingText(const Measure &measure, bool thai);

/// One entry a line, the list numbers a table shows ("2) ") dropped, blank lines skipped.
QStringList parseNumberedLines(const QString &text);
/// Unit abbreviations written in one field, separated by commas or new lines.
QStringList splitUnits(const QString &text);
/// A unit a step names that the plan's registry lacks joins it (abbreviation only).
void registerUnits(Plan &plan, const QStringList &abbreviations);
/// The registry's unit that `typed` most likely means when it is not an abbreviation of the
/// registry: its full name, or its abbreviation written without the spaces and dots ("ฝ่ายยส" for
/// "ฝ่าย ยส."). Empty when none does; the caller asks, it never substitutes.
QString likelyUnit(const std::vector<Unit> &units, const QString &typed);

/// Takes `field` off a step's or measure's draft list: a person edited or accepted it.
void reviewed(QStringList &draft, const char16_t *field);
/// The count of unreviewed draft fields in the plan (steps' and measures').
int unreviewedDraftFields(const Plan &plan);

/// Marking a step done makes it 100 % complete.
void setStatus(Step &step, StepStatus status);
/// Progress above 0 % starts a step that had not started. `percent` is 0–100.
void setPercent(Step &step, int percent);

} // namespace ita
