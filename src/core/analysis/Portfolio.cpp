#include "Portfolio.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>
#include <map>

namespace ita {

namespace {

/// ITA, then the tools, then the indicators (the NACC's tables' order): what a portfolio
/// compares.
QStringList comparedCodes(const Framework &fw) {
    QStringList codes;
    for (Level level : {Level::Overall, Level::Tool, Level::Indicator})
        for (const auto &n : fw.nodes)
            if (n.level == level)
                codes << n.code;
    return codes;
}

Score median(std::vector<Score> values) {
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    if (n == 0)
        return Score();
    if (n % 2 == 1)
        return values[n / 2];
    const Score middle[] = {values[n / 2 - 1], values[n / 2]};
    return Score::mean(middle);
}

/// The mean and median of each code over the values gathered for it.
std::vector<CodeStatistics> statisticsOf(const QStringList &codes,
                                         const std::vector<std::vector<Score>> &values) {
    std::vector<CodeStatistics> out;
    for (int c = 0; c < codes.size(); ++c) {
        const auto &v = values[size_t(c)];
        out.push_back({codes[c], int(v.size()), Score::mean(v), median(v)});
    }
    return out;
}

} // namespace

QString agencyFieldKey(AgencyField field) {
    switch (field) {
    case AgencyField::Province:
        return QStringLiteral("province");
    case AgencyField::Group:
        return QStringLiteral("group");
    case AgencyField::Parent:
        return QStringLiteral("parent");
    }
    return {};
}

std::optional<AgencyField> agencyFieldFromKey(const QString &key) {
    for (AgencyField f : {AgencyField::Province, AgencyField::Group, AgencyField::Parent})
        if (agencyFieldKey(f) == key)
            return f;
    return std::nullopt;
}

const QString &attributeOf(const AgencyAttributes &attributes, AgencyField field) {
    switch (field) {
    case AgencyField::Province:
        return attributes.province;
    case AgencyField::Group:
        return attributes.group;
    case AgencyField::Parent:
        break;
    }
    return attributes.parent;
}

std::vector<const PortfolioRow *> Portfolio::movers(size_t count) const {
    std::vector<const PortfolioRow *> out;
    for (const PortfolioRow &r : rows)
        if (r.delta)
            out.push_back(&r);
    std::stable_sort(out.begin(), out.end(), [](const PortfolioRow *a, const PortfolioRow *b) {
        return a->delta->abs() > b->delta->abs();
    });
    if (out.size() > count)
        out.resize(count);
    return out;
}

Portfolio summarisePortfolio(int year, const std::vector<PortfolioMember> &members,
                             std::optional<AgencyField> groupBy, int since) {
    Portfolio p;
    p.year = year;
    p.since = since > 0 && since < year ? since : year - 1;
    p.groupedBy = groupBy;
    // The codes every framework has; the others are named, not compared.
    QStringList all;
    for (const PortfolioMember &m : members) {
        if (!m.framework)
            continue;
        if (!p.frameworks.contains(m.framework->id)) {
            p.frameworks << m.framework->id;
            const QStringList codes = comparedCodes(*m.framework);
            if (p.frameworks.size() == 1) {
                p.codes = codes;
            } else {
                QStringList kept;
                for (const QString &c : std::as_const(p.codes))
                    if (codes.contains(c))
                        kept << c;
                p.codes = kept;
            }
            for (const QString &c : codes)
                if (!all.contains(c))
                    all << c;
        }
    }
    for (const QString &c : std::as_const(all))
        if (!p.codes.contains(c))
            p.leftOut << c;

    std::vector<std::vector<Score>> values(size_t(p.codes.size()));
    std::vector<int> urgent(size_t(p.codes.size()), 0);
    QStringList levelOrder;
    QHash<QString, int> levelCount;
    int withLevel = 0, passing = 0;
    struct GroupValues {
        int count = 0;
        std::vector<std::vector<Score>> values;
    };
    std::map<QString, GroupValues> groups;
    for (const PortfolioMember &m : members) {
        if (!m.framework)
            continue;
        PortfolioRow row;
        row.agency = m.agency;
        row.attributes = m.attributes;
        GroupValues *group = nullptr;
        if (groupBy) {
            group = &groups[attributeOf(m.attributes, *groupBy)];
            ++group->count;
            group->values.resize(size_t(p.codes.size()));
        }
        QStringList missing;
        for (int c = 0; c < p.codes.size(); ++c) {
            const NodeResult *n = m.analysis.find(p.codes[c]);
            row.scores.push_back(n ? n->used : std::nullopt);
            if (n && n->used) {
                values[size_t(c)].push_back(*n->used);
                if (group)
                    group->values[size_t(c)].push_back(*n->used);
            } else {
                missing << p.codes[c];
            }
            if (n && n->level == Level::Indicator && n->bucket == Bucket::Urgent)
                ++urgent[size_t(c)];
        }
        if (!missing.isEmpty())
            p.gaps.push_back({m.agency, missing});
        row.overall = m.analysis.overall;
        if (!m.analysis.nodes.empty())
            row.level = m.analysis.nodes.front().grade;
        if (row.overall && m.previousOverall)
            row.delta = *row.overall - *m.previousOverall;
        row.history = m.history;
        if (!row.level.isEmpty()) {
            ++withLevel;
            ++levelCount[row.level];
            if (const RatingLevel *level = m.framework->rating.find(row.level)) {
                row.pass = level->pass;
                passing += level->pass;
            }
        }
        // The levels in their scheme's order, highest first, across the frameworks met.
        for (const RatingLevel &l : m.framework->rating.levels)
            if (!levelOrder.contains(l.label.th))
                levelOrder << l.label.th;
        p.rows.push_back(std::move(row));
    }
    p.statistics = statisticsOf(p.codes, values);
    // Provinces in Thai dictionary order (เชียงใหม่ under ช, as Thai readers look for it),
    // the agencies without a value last.
    for (const auto &[name, g] : groups)
        if (!name.isEmpty())
            p.groups.push_back({name, g.count, statisticsOf(p.codes, g.values)});
    QCollator thai{QLocale(QLocale::Thai, QLocale::Thailand)};
    std::sort(p.groups.begin(), p.groups.end(),
              [&](const PortfolioGroup &a, const PortfolioGroup &b) {
                  return thai.compare(a.name, b.name) < 0;
              });
    if (const auto none = groups.find(QString()); none != groups.end())
        p.groups.push_back(
            {QString(), none->second.count, statisticsOf(p.codes, none->second.values)});
    std::sort(p.gaps.begin(), p.gaps.end(),
              [](const PortfolioGap &a, const PortfolioGap &b) { return a.agency < b.agency; });
    for (int c = 0; c < p.codes.size(); ++c) {
        if (urgent[size_t(c)] > 0)
            p.weakest.push_back({p.codes[c], urgent[size_t(c)]});
    }
    std::stable_sort(p.weakest.begin(), p.weakest.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    for (const QString &l : std::as_const(levelOrder))
        if (levelCount.value(l) > 0)
            p.levels.push_back({l, levelCount.value(l)});
    if (withLevel > 0)
        p.passRate = Score::fromHundredths(divideRoundHalfUp(qint64(passing) * 10000, withLevel));
    std::stable_sort(p.rows.begin(), p.rows.end(),
                     [](const PortfolioRow &a, const PortfolioRow &b) {
                         if (a.overall != b.overall)
                             return a.overall > b.overall; // an agency with no overall goes last
                         return a.agency < b.agency;
                     });
    return p;
}

} // namespace ita
