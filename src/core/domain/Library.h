#pragma once

#include "Framework.h"
#include "Plan.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ita {

/// The generic responsibilities a library's steps name (งานพัสดุ, งานการเงินและบัญชี, …). An
/// agency maps its own units to them once (Unit::roles); a draft then names the agency's units.
/// The list is fixed, so that libraries written by different agencies can be shared.
enum class UnitRole {
    Executive,             ///< ผู้บริหาร
    IntegrityTeam,         ///< คณะทำงาน ITA
    GeneralAdmin,          ///< งานบริหารทั่วไป
    Finance,               ///< งานการเงินและบัญชี
    Procurement,           ///< งานพัสดุ
    Personnel,             ///< งานการเจ้าหน้าที่
    InformationTechnology, ///< งานเทคโนโลยีสารสนเทศ
    PublicRelations,       ///< งานประชาสัมพันธ์
    InternalAudit,         ///< งานตรวจสอบภายใน
    AllUnits,              ///< ทุกหน่วยงาน
    ServiceUnits,          ///< หน่วยงานที่ให้บริการ
};
const std::vector<UnitRole> &allUnitRoles();
QString unitRoleKey(UnitRole role); ///< "executive", "integrity_team", "procurement", …
std::optional<UnitRole> unitRoleFromKey(const QString &key);
/// "งานพัสดุ" / "Procurement": what a draft names when the agency has not mapped the role.
LocalizedText unitRoleTitle(UnitRole role);

/// The NACC's ten indicators as themes (1 การปฏิบัติหน้าที่ … 10 การป้องกันการทุจริต). A library
/// entry names themes, not a year's codes, so that it survives renumbering: a framework's
/// indicator is the theme's when its code is the theme's number or its Thai title holds the
/// theme's title.
struct IndicatorTheme {
    int number = 0;
    LocalizedText title;
};
const std::vector<IndicatorTheme> &indicatorThemes();
/// The theme (1–10) of a framework indicator, or 0.
int themeOfIndicator(const QString &code, const QString &thaiTitle);
/// The roles that usually carry a theme's work (งบประมาณ: finance, general administration; …):
/// who a step drafted from a bare recommendation is given to.
std::vector<UnitRole> usualRoles(int theme);

/// When a library step happens, relative to the fiscal year it is drafted into.
struct StepTiming {
    enum class Kind {
        Months,          ///< fiscal months `from`–`to` (1 = October … 12 = September)
        BeforeOitWindow, ///< from the second month until the month before the OIT window opens
        AfterApproval,   ///< in Q1, once the plan is approved (months 1–3)
        WholeYear,       ///< months 1–12
    };
    Kind kind = Kind::Months;
    int from = 0;
    int to = 0;
    bool operator==(const StepTiming &) const = default;
};
/// "Q1-Q2", "M3-M5", "Q3", "before_oit_window", "after_approval", "whole_year": the library's
/// text of a timing. A timing outside the year (Q5, M0, M13, a span that ends before it starts)
/// is nothing.
std::optional<StepTiming> parseStepTiming(const QString &text);
QString stepTimingText(const StepTiming &timing);
/// The first fiscal month of the OIT window (the NACC has opened it on 1 March, month 6, in
/// recent years; a publishing step must end before it).
constexpr int kOitWindowStartMonth = 6;
/// The last fiscal month of the OIT window (30 April, month 7).
constexpr int kOitWindowEndMonth = 7;
/// The fiscal months a timing covers: {from, to}.
/// `oitWindowFrom` is the framework's first OIT month (Framework::oitWindowFrom).
std::pair<int, int> scheduledMonths(const StepTiming &timing,
                                    int oitWindowFrom = kOitWindowStartMonth);

struct LibraryStep {
    QString text;
    StepTiming timing;
    std::vector<UnitRole> roles;
    bool operator==(const LibraryStep &) const = default;
};

/// What a library entry answers. Any one target that fits an item makes the entry answer it;
/// how strongly is matchStrength()'s documented rule.
struct LibraryTargets {
    std::vector<int> themes;   ///< indicator themes 1–10
    QStringList subIndicators; ///< "9.1", "10.2": the NACC's OIT groups
    std::vector<Role> roles;   ///< item roles (the published analysis, its report)
    QStringList keywords;      ///< matched in item titles, Thai or English, case-insensitive
    QString framework;         ///< with `codes`: the framework the codes belong to
    QStringList codes;         ///< exact item or sub-item codes of `framework`
    bool operator==(const LibraryTargets &) const = default;
};

/// Where an entry comes from.
enum class LibrarySource { SamplePlan, Nacc, AgencyPlan, Shared, Group, Example };
QString librarySourceKey(LibrarySource source); ///< "sample_plan", "nacc", "agency_plan", …
std::optional<LibrarySource> librarySourceFromKey(const QString &key);
LocalizedText librarySourceTitle(LibrarySource source);

/// A measure a working group could adopt (คลังมาตรการ).
struct LibraryEntry {
    QString id; ///< unique in its library: "budget-plan-published"
    LocalizedText title;
    LibraryTargets targets;
    /// The buckets it suits (analysis's Bucket; domain comes before analysis).
    bool suitsUrgent = true;
    bool suitsImprove = true;
    bool suitsMaintain = false;
    std::vector<LibraryStep> steps;
    QStringList monitoring;
    Cadence cadence = Cadence::SemiAnnual;
    QString reportTo;
    LibrarySource source = LibrarySource::Example;
    QString sourceDetail; ///< "สำนักงาน กกพ. แผนปี 2565", "ข้อเสนอแนะ ป.ป.ช. ปี 2564"
    QString notes;
    bool operator==(const LibraryEntry &) const = default;
};

/// Library texts (steps, monitoring, reporting, titles) name years and the agency by
/// placeholder, so that one entry serves any year and any agency: {year} is the fiscal year
/// (BE) of the plan it is drafted into, {year-1} and {year+1} the years around it, {agency}
/// the agency's name ("หน่วยงาน" when it has none).
QString fillLibraryText(QString text, int fiscalYear, const QString &agency);
/// The first "{…}" of `text` that is not one of those placeholders, or empty.
QString unknownLibraryPlaceholder(const QString &text);
/// The other way (a plan's measure saved to the library): `fiscalYear` and the years beside it,
/// written as whole numbers, and `agency`'s name become placeholders.
QString generaliseLibraryText(QString text, int fiscalYear, const QString &agency);

/// Two entries made one (the library window's *Merge*): `kept`'s id, titles, reporting,
/// source and notes; what either answers (themes, sub-indicators, roles, keywords; codes when
/// both name the same framework or only one names any); the buckets either suits; `kept`'s
/// steps then `other`'s that `kept` does not already have (same text); monitoring lines of
/// both, each once. `other`'s id is named in the notes so the merge can be traced.
LibraryEntry mergeLibraryEntries(const LibraryEntry &kept, const LibraryEntry &other);

struct Library {
    LocalizedText title;
    QString source;
    std::vector<LibraryEntry> entries;
    const LibraryEntry *find(const QString &id) const;
};

} // namespace ita
