#pragma once

#include "Score.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ita {

/// A text the product shows in both of its languages.
struct LocalizedText {
    QString th;
    QString en;
    const QString &in(bool thai) const { return thai || en.isEmpty() ? th : en; }
    bool operator==(const LocalizedText &) const = default;
};

/// One level of a rating scheme: "AA" from 95.00, or "ผ่านดีเยี่ยม" from 95.00 with every
/// tool at 95.00 or more.
struct RatingLevel {
    LocalizedText label; ///< `th` is the level's name everywhere it is stored
    Score minimum;       ///< inclusive lower bound
    /// Applies to the overall score only: every tool must reach this too. Elsewhere the
    /// bound alone decides.
    std::optional<Score> allToolsMinimum;
    bool pass = false; ///< counts as passing the assessment
};

/// How a year's results are rated: the AA–F grades of FY2562–2565, the NACC's pass levels
/// since FY2566, or a scheme of the group's own. Levels are held highest first.
struct RatingScheme {
    /// How reports name a result: "ระดับ A" (grades) or "ผลการประเมิน: ผ่าน" (results).
    enum class Wording { Grade, Result };

    Wording wording = Wording::Grade;
    std::vector<RatingLevel> levels;

    /// The level a score earns by its bound alone (indicators, items, tools).
    QString levelFor(Score score) const;
    /// The overall's level: the first whose bound the overall meets and whose tool
    /// condition every tool meets. A tool without a score meets no condition.
    QString levelForOverall(Score overall, const std::vector<std::optional<Score>> &tools) const;
    /// The level named `name` (its Thai or English label, letter case ignored), or nullptr.
    const RatingLevel *find(const QString &name) const;
    /// Position of the level named `name` (0 = highest), or -1.
    int indexOf(const QString &name) const;
    /// The stored name (Thai label) of the level named `name`, or an empty string.
    QString canonical(const QString &name) const;
    bool passes(const QString &name) const;
    /// The level's label in a language; the name itself when it is no level.
    QString display(const QString &name, bool thai) const;
    QStringList names() const;
    /// How a result is named in a sentence or cell: "ระดับ A" / "grade A" for grades,
    /// "ผลการประเมิน: ผ่าน" / "result: Pass" for results. Empty for an empty name.
    QString phrase(const QString &name, bool thai) const;
    /// The heading of a column of levels: "ระดับ" / "Grade" or "ผลการประเมิน" / "Result".
    QString columnTitle(bool thai) const;

    bool operator==(const RatingScheme &o) const;
};

QString wordingKey(RatingScheme::Wording wording); ///< "grade" or "result"

} // namespace ita
