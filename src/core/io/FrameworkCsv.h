#pragma once

#include "domain/Framework.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace ita {

/// One row of a framework's structure, as the structure CSV and a paste from a spreadsheet
/// give it. `line` is where it came from (0 for rows taken from a framework).
struct StructureRow {
    int line = 0;
    QString code;
    QString parent;
    QString title;
    QString titleEn;
    QString weight; ///< decimal text; empty: 1 (tools' weights must add up to 1)
    QString role;   ///< "analysis", "implementation" or empty
    /// OIT items: the information elements, " | " between them (Thai; English alike in
    /// `elementsEn`, in the same order).
    QString elements;
    QString elementsEn;
    QString dateRule;  ///< "assessed_year", "previous_year" or empty
    QString oitWindow; ///< a tool's row only: the OIT window's fiscal months, "6-7"
};

/// The separator of elements in one cell.
inline constexpr char16_t kElementSeparator[] = u" | ";

/// The rows of `framework`'s tree in order (tools, then each one's indicators, …).
std::vector<StructureRow> structureRows(const Framework &framework);

/// `base` (id, years, titles, rating, thresholds) with its tree rebuilt from `rows`, in row
/// order under each parent. A row's level follows from its parent: ITA → tool → indicator →
/// sub-indicator ("9.1") or item → item. Errors name `source`, the row's line and the
/// problem, one a line; the framework's own checks (weights, codes, …) are not run here.
Result<Framework> buildFromRows(const Framework &base, const std::vector<StructureRow> &rows,
                                const QString &source);

/// Rows pasted over a framework's rows: a known code takes the pasted title (and parent
/// when one is given), a new code is added after its parent's last child. With
/// `replaceItems`, the items of every tool the pasted rows reach that the paste does not
/// list are removed (pasting a year's O1–O26 over FY2564's O1–O43).
std::vector<StructureRow> mergeRows(const Framework &framework,
                                    const std::vector<StructureRow> &pasted, bool replaceItems);

/// After a paste turned `before` into `after`: a role whose item the paste removed (O42 and
/// O43 when FY2569's O1–O26 replace FY2564's list) goes to an item of `after` with the removed
/// item's Thai title. Returns the removed items whose role found no such item, with the role,
/// for the editor to say (never silently: the report is published under the analysis role).
std::vector<std::pair<QString, Role>> carryRoles(const Framework &before, Framework &after);

/// Rows copied from a spreadsheet: tab-separated code | title | parent (a header row, blank
/// rows and a title-less row are allowed; a fourth column is the English title).
Result<std::vector<StructureRow>> parsePastedRows(const QString &text);

/// The structure CSV: code,parent,title,title_en,weight,role (Thai headers รหัส, สังกัด,
/// ชื่อ, ชื่ออังกฤษ, น้ำหนัก, บทบาท also accepted), UTF-8 with or without a BOM or
/// Windows-874, RFC 4180.
Result<std::vector<StructureRow>> readStructureCsv(const QByteArray &bytes, const QString &source);

/// The rating CSV: level,min,all_tools_min,title_en,pass (level, min and pass required),
/// highest level first. The CSV has no wording column: the scheme's wording is "grade" when
/// every level is a Latin letter grade (AA, A, B …), "result" otherwise.
Result<RatingScheme> readRatingCsv(const QByteArray &bytes, const QString &source);

/// A whole framework from the two CSV files, checked: every problem with its file and line.
/// `existing`, when the file already holds a framework of that id, lends its titles, source
/// and thresholds, which the CSV forms do not carry.
Result<Framework> readFrameworkCsv(const QByteArray &structure, const QString &structureSource,
                                   const QByteArray &rating, const QString &ratingSource,
                                   const QString &id, const std::vector<int> &years,
                                   const Framework *existing = nullptr);

/// A rating scheme that ships with the program (data/ratings), offered as a preset.
struct RatingPreset {
    QString key; ///< the file's base name: "grades-fy2562", "nacc-pass-fy2566", "five-levels"
    LocalizedText name;
    RatingScheme scheme;
};
/// The shipped presets, in a fixed order. A malformed built-in file is a build defect.
const std::vector<RatingPreset> &ratingPresets();

/// The preset in force for a fiscal year, proposed for a new year's framework: the AA–F grades
/// up to FY2565, the five levels with the tool condition from FY2566 (the NACC replaced the
/// grades in FY2566, and its FY2568 results use the five levels: data/ratings/README.md).
const RatingPreset &ratingPresetForYear(int year);

/// A new year's framework started from `from` (copyForYear()) with the rating scheme in force
/// for `year`. `note` says which scheme it has and why, in both languages, for the message
/// that shows the new framework.
Framework newYearFramework(const Framework &from, int year, LocalizedText *note);

} // namespace ita
