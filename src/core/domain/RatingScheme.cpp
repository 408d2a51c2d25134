#include "RatingScheme.h"

namespace ita {

QString RatingScheme::levelFor(Score score) const {
    for (const auto &level : levels)
        if (score >= level.minimum)
            return level.label.th;
    return levels.empty() ? QString() : levels.back().label.th;
}

QString RatingScheme::levelForOverall(Score overall,
                                      const std::vector<std::optional<Score>> &tools) const {
    for (const auto &level : levels) {
        if (overall < level.minimum)
            continue;
        bool toolsMeet = true;
        if (level.allToolsMinimum)
            for (const auto &tool : tools)
                toolsMeet = toolsMeet && tool && *tool >= *level.allToolsMinimum;
        if (toolsMeet)
            return level.label.th;
    }
    return levels.empty() ? QString() : levels.back().label.th;
}

int RatingScheme::indexOf(const QString &name) const {
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return -1;
    for (int i = 0; i < int(levels.size()); ++i) {
        const auto &label = levels[size_t(i)].label;
        if (label.th.compare(wanted, Qt::CaseInsensitive) == 0 ||
            (!label.en.isEmpty() && label.en.compare(wanted, Qt::CaseInsensitive) == 0))
            return i;
    }
    return -1;
}

const RatingLevel *RatingScheme::find(const QString &name) const {
    const int i = indexOf(name);
    return i < 0 ? nullptr : &levels[size_t(i)];
}

QString RatingScheme::canonical(const QString &name) const {
    const RatingLevel *level = find(name);
    return level ? level->label.th : QString();
}

bool RatingScheme::passes(const QString &name) const {
    const RatingLevel *level = find(name);
    return level && level->pass;
}

QString RatingScheme::display(const QString &name, bool thai) const {
    const RatingLevel *level = find(name);
    return level ? level->label.in(thai) : name;
}

QStringList RatingScheme::names() const {
    QStringList out;
    for (const auto &level : levels)
        out << level.label.th;
    return out;
}

QString RatingScheme::phrase(const QString &name, bool thai) const {
    if (name.isEmpty())
        return {};
    const QString label = display(name, thai);
    if (wording == Wording::Grade)
        return thai ? QStringLiteral("ระดับ %1").arg(label) : QStringLiteral("grade %1").arg(label);
    return thai ? QStringLiteral("ผลการประเมิน: %1").arg(label)
                : QStringLiteral("result: %1").arg(label);
}

QString RatingScheme::columnTitle(bool thai) const {
    if (wording == Wording::Grade)
        return thai ? QStringLiteral("ระดับ") : QStringLiteral("Grade");
    return thai ? QStringLiteral("ผลการประเมิน") : QStringLiteral("Result");
}

bool RatingScheme::operator==(const RatingScheme &o) const {
    if (wording != o.wording || levels.size() != o.levels.size())
        return false;
    for (size_t i = 0; i < levels.size(); ++i) {
        const auto &a = levels[i];
        const auto &b = o.levels[i];
        if (a.label.th != b.label.th || a.label.en != b.label.en || a.minimum != b.minimum ||
            a.allToolsMinimum != b.allToolsMinimum || a.pass != b.pass)
            return false;
    }
    return true;
}

QString wordingKey(RatingScheme::Wording wording) {
    return wording == RatingScheme::Wording::Grade ? QStringLiteral("grade")
                                                   : QStringLiteral("result");
}

} // namespace ita
