#include "WhatIf.h"

#include <functional>

#include "analysis/EntryChange.h"

#include <QSet>

#include <algorithm>

namespace ita {

Score WhatIfResult::overallDelta() const {
    if (!base.overall || !scenario.overall)
        return Score();
    return *scenario.overall - *base.overall;
}

Assessment applyOverrides(const Framework &framework, const Assessment &assessment,
                          const Overrides &overrides) {
    EntryChanges changes;
    for (const auto &[code, score] : overrides) {
        const bool existed = assessment.find(code) != nullptr;
        ScoreEntry before = entryOrNew(assessment, code);
        ScoreEntry after = before;
        after.stated = score;
        changes.push_back({code, existed ? std::optional(before) : std::nullopt, after});
    }
    return applyChanges(assessment, withDerivedParents(framework, assessment, changes), false);
}

WhatIfResult whatIf(const Framework &framework, const Assessment &assessment,
                    const Overrides &overrides) {
    WhatIfResult r;
    r.base = analyse(framework, assessment);
    r.scenario = analyse(framework, applyOverrides(framework, assessment, overrides));
    for (const NodeResult &n : r.scenario.nodes) {
        if (!n.isClassified())
            continue;
        const NodeResult *was = r.base.find(n.code);
        const Bucket from = was ? was->bucket : Bucket::None;
        if (from != n.bucket)
            r.changes.push_back({n.code, from, n.bucket});
    }
    return r;
}

std::vector<Sensitivity> sensitivity(const Framework &framework) {
    std::vector<Sensitivity> out;
    for (int i = 0; i < int(framework.nodes.size()); ++i) {
        const auto &node = framework.node(i);
        if (node.level != Level::Item)
            continue;
        double share = 1;
        for (int c = i; framework.node(c).parent >= 0; c = framework.node(c).parent) {
            const auto &parent = framework.node(framework.node(c).parent);
            qint64 siblings = 0;
            for (int s : parent.children)
                siblings += framework.node(s).weight;
            share *= double(framework.node(c).weight) / double(siblings);
        }
        out.push_back({node.code, share, node.role});
    }
    std::stable_sort(out.begin(), out.end(), [](const Sensitivity &a, const Sensitivity &b) {
        return a.perPoint > b.perPoint;
    });
    return out;
}

namespace {

/// The smallest rise in 0..10000 hundredths for which `reaches` holds, given that it is
/// monotonic (raising items never lowers the overall or a tool).
std::optional<Score> smallestRise(const std::function<bool(qint64)> &reaches) {
    if (reaches(0))
        return Score();
    if (!reaches(10000))
        return std::nullopt; // every chosen item at 100.00 is still not enough
    qint64 low = 0;          // does not reach
    qint64 high = 10000;     // reaches
    while (high - low > 1) {
        const qint64 mid = (low + high) / 2;
        (reaches(mid) ? high : low) = mid;
    }
    return Score::fromHundredths(high);
}

/// The analysis with each of `items` raised by `rise` hundredths, capped at 100.00.
Analysis raised(const Framework &framework, const Assessment &assessment, const Analysis &base,
                const QStringList &items, qint64 rise) {
    Overrides overrides;
    for (const QString &code : items) {
        const NodeResult *n = base.find(code);
        if (!n || !n->used)
            continue;
        overrides.push_back(
            {code, Score::fromHundredths(std::min<qint64>(10000, n->used->hundredths() + rise))});
    }
    return analyse(framework, applyOverrides(framework, assessment, overrides));
}

} // namespace

std::optional<Score> requiredRiseForLevel(const Framework &framework, const Assessment &assessment,
                                          const QStringList &items, const QString &level) {
    const int wanted = framework.rating.indexOf(level);
    if (wanted < 0)
        return std::nullopt;
    const Analysis base = analyse(framework, assessment);
    return smallestRise([&](qint64 rise) {
        const Analysis a = raised(framework, assessment, base, items, rise);
        const int got = a.nodes.empty() ? -1 : framework.rating.indexOf(a.nodes.front().grade);
        return got >= 0 && got <= wanted;
    });
}

std::optional<Score> requiredRise(const Framework &framework, const Assessment &assessment,
                                  const QStringList &items, Score target) {
    const Analysis base = analyse(framework, assessment);
    return smallestRise([&](qint64 rise) {
        const auto overall = raised(framework, assessment, base, items, rise).overall;
        return overall && *overall >= target;
    });
}

std::vector<TrendRow> trends(const std::vector<std::pair<int, Analysis>> &years,
                             const std::vector<Plan> &plans) {
    std::vector<TrendRow> out;
    if (years.empty())
        return out;
    const Analysis &first = years.front().second;
    for (const NodeResult &n : first.nodes) {
        if (n.level != Level::Indicator && n.level != Level::Item)
            continue;
        TrendRow row;
        row.code = n.code;
        for (const auto &[year, analysis] : years) {
            const NodeResult *node = analysis.find(n.code);
            row.scores.push_back({year, node ? node->used : std::nullopt});
        }
        for (size_t y = 1; y < row.scores.size(); ++y) {
            const auto &prev = row.scores[y - 1].second;
            const auto &now = row.scores[y].second;
            row.deltas.push_back(prev && now ? std::optional(*now - *prev) : std::nullopt);
            bool answered = false;
            for (const Plan &p : plans)
                if (p.basedOnYear == row.scores[y - 1].first)
                    for (const Measure &m : p.measures)
                        answered = answered || m.codes.contains(n.code);
            row.planDidNotHelp.push_back(answered && prev && now && !(*now > *prev));
        }
        out.push_back(row);
    }
    return out;
}

} // namespace ita
