#include "EntryChange.h"

#include "analysis/Analysis.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace ita {

Assessment applyChanges(Assessment assessment, const EntryChanges &changes, bool reverse) {
    const auto apply = [&](const EntryChange &c) {
        const std::optional<ScoreEntry> &target = reverse ? c.before : c.after;
        auto it = std::find_if(assessment.entries.begin(), assessment.entries.end(),
                               [&](const ScoreEntry &e) { return e.code == c.code; });
        if (!target) {
            if (it != assessment.entries.end())
                assessment.entries.erase(it);
        } else if (it != assessment.entries.end()) {
            *it = *target;
        } else {
            assessment.entries.push_back(*target);
        }
    };
    if (reverse)
        std::for_each(changes.rbegin(), changes.rend(), apply);
    else
        std::for_each(changes.begin(), changes.end(), apply);
    return assessment;
}

ScoreEntry entryOrNew(const Assessment &assessment, const QString &code) {
    if (const ScoreEntry *e = assessment.find(code))
        return *e;
    ScoreEntry fresh;
    fresh.code = code;
    return fresh;
}

EntryChanges withDerivedParents(const Framework &framework, const Assessment &assessment,
                                EntryChanges changes) {
    const Analysis before = analyse(framework, assessment);
    // Stated ancestors that agreed with their children before the edit.
    QHash<QString, bool> agreed;
    for (const auto &n : before.nodes)
        if (n.stated && n.computed)
            agreed.insert(n.code, (*n.stated - *n.computed).abs() <= framework.tolerance);

    QSet<QString> touched;
    for (const auto &c : changes)
        touched.insert(c.code);

    // Walk up from every edited node, recomputing after each level so that a parent uses
    // its children's new values.
    Assessment working = applyChanges(assessment, changes, false);
    QSet<QString> pending;
    static const QRegularExpression subItem(QStringLiteral("^([A-Z]+[0-9]+)\\.[0-9]+$"));
    for (const auto &c : changes) {
        const int i = before.indexOf(c.code);
        if (i >= 0) {
            const int parent = before.nodes[size_t(i)].parent;
            if (parent >= 0)
                pending.insert(before.nodes[size_t(parent)].code);
        } else if (const auto m = subItem.match(c.code); m.hasMatch()) {
            pending.insert(m.captured(1)); // a new sub-item: its parent is the item
        }
    }
    // Process deepest first: pre-order index order reversed visits children before parents.
    for (int i = int(before.nodes.size()) - 1; i >= 0; --i) {
        const auto &n = before.nodes[size_t(i)];
        if (!pending.contains(n.code))
            continue;
        if (n.parent >= 0)
            pending.insert(before.nodes[size_t(n.parent)].code);
        if (touched.contains(n.code) || !agreed.value(n.code, false))
            continue;
        const Analysis now = analyse(framework, working);
        const NodeResult *r = now.find(n.code);
        if (!r || !r->computed || r->computed == n.stated)
            continue;
        ScoreEntry was = entryOrNew(working, n.code);
        ScoreEntry becomes = was;
        becomes.stated = r->computed;
        // A stated level that matched the stated score follows the new score (the
        // overall's tool condition included, as the analysis grades it).
        if (!was.statedGrade.isEmpty() && was.statedGrade == n.grade) {
            const Analysis after =
                analyse(framework, applyChanges(working, {{n.code, was, becomes}}, false));
            if (const NodeResult *a = after.find(n.code))
                becomes.statedGrade = a->grade;
        }
        changes.push_back({n.code, was, becomes});
        working = applyChanges(working, {changes.back()}, false);
    }
    return changes;
}

QString nextSubItemCode(const Assessment &assessment, const QString &itemCode) {
    int highest = 0;
    const QString prefix = itemCode + u'.';
    for (const auto &e : assessment.entries) {
        if (!e.code.startsWith(prefix))
            continue;
        bool ok = false;
        const int n = e.code.mid(prefix.size()).toInt(&ok);
        if (ok)
            highest = std::max(highest, n);
    }
    return prefix + QString::number(highest + 1);
}

} // namespace ita
