#include "Portfolio.h"

#include <algorithm>

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

} // namespace

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

Portfolio summarisePortfolio(int year, const std::vector<PortfolioMember> &members) {
    Portfolio p;
    p.year = year;
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
    for (const PortfolioMember &m : members) {
        if (!m.framework)
            continue;
        PortfolioRow row;
        row.agency = m.agency;
        for (int c = 0; c < p.codes.size(); ++c) {
            const NodeResult *n = m.analysis.find(p.codes[c]);
            row.scores.push_back(n ? n->used : std::nullopt);
            if (n && n->used)
                values[size_t(c)].push_back(*n->used);
            if (n && n->level == Level::Indicator && n->bucket == Bucket::Urgent)
                ++urgent[size_t(c)];
        }
        row.overall = m.analysis.overall;
        if (!m.analysis.nodes.empty())
            row.level = m.analysis.nodes.front().grade;
        if (row.overall && m.previousOverall)
            row.delta = *row.overall - *m.previousOverall;
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
    for (int c = 0; c < p.codes.size(); ++c) {
        const auto &v = values[size_t(c)];
        p.statistics.push_back({p.codes[c], int(v.size()), Score::mean(v), median(v)});
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
