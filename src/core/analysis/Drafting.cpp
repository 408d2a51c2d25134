#include "Drafting.h"

#include "PlanAnalysis.h"

#include <QCryptographicHash>
#include <QHash>

#include <algorithm>

namespace ita {

namespace {

/// Last year's measure for an item: the agency's own work going on, above any library match.
constexpr int kCarriedStrength = 6;

/// The nearest ancestor (or the node itself) at `level`, or -1.
int ancestorAt(const Analysis &analysis, int node, Level level) {
    while (node >= 0 && analysis.nodes[size_t(node)].level != level)
        node = analysis.nodes[size_t(node)].parent;
    return node;
}

/// The item a node is or belongs to (a sub-item's parent).
int itemOf(const Analysis &analysis, int node) {
    return ancestorAt(analysis, node, Level::Item);
}

bool suits(const LibraryEntry &entry, Bucket bucket) {
    switch (bucket) {
    case Bucket::Urgent:
        return entry.suitsUrgent;
    case Bucket::Improve:
        return entry.suitsImprove;
    case Bucket::Maintain:
        return entry.suitsMaintain;
    case Bucket::None:
        break;
    }
    return false;
}

/// Whether `code` rose from the year before to this one.
std::optional<std::pair<Score, Score>> change(const Analysis &now, const Analysis *before,
                                              const QString &code) {
    if (!before)
        return std::nullopt;
    const NodeResult *a = before->find(code);
    const NodeResult *b = now.find(code);
    if (!a || !b || !a->used || !b->used)
        return std::nullopt;
    return std::make_pair(*a->used, *b->used);
}

QString changeText(const QString &code, const std::pair<Score, Score> &c) {
    const qint64 d = c.second.hundredths() - c.first.hundredths();
    const QString sign = d > 0 ? QStringLiteral("+") : d < 0 ? QStringLiteral("−") : QString();
    return QStringLiteral("%1 %2 → %3, %4%5")
        .arg(code, c.first.toString(), c.second.toString(), sign,
             Score::fromHundredths(d < 0 ? -d : d).toString());
}

} // namespace

int matchStrength(const Framework &framework, const Analysis &analysis, int node,
                  const LibraryEntry &entry, QString *why) {
    const NodeResult &n = analysis.nodes[size_t(node)];
    const int item = itemOf(analysis, node);
    const QString itemCode = item >= 0 ? analysis.nodes[size_t(item)].code : n.code;
    const auto say = [&](int strength, const QString &reason) {
        if (why)
            *why = reason;
        return strength;
    };
    const LibraryTargets &t = entry.targets;
    if (!t.codes.isEmpty() && t.framework == framework.id &&
        (t.codes.contains(n.code) || t.codes.contains(itemCode)))
        return say(5, QStringLiteral("รหัส %1").arg(t.codes.contains(n.code) ? n.code : itemCode));
    if (!t.roles.empty()) {
        const int f = framework.indexOf(itemCode);
        if (f >= 0 &&
            std::find(t.roles.begin(), t.roles.end(), framework.node(f).role) != t.roles.end() &&
            framework.node(f).role != Role::None)
            return say(5, roleTitle(framework.node(f).role).th);
    }
    for (const QString &k : t.keywords) {
        if (k.isEmpty())
            continue;
        for (const QString *title : {&n.title, &n.frameworkTitle.th, &n.frameworkTitle.en})
            if (title->contains(k, Qt::CaseInsensitive))
                return say(3, QStringLiteral("คำ \"%1\"").arg(k));
    }
    if (!t.subIndicators.isEmpty()) {
        const int sub = ancestorAt(analysis, node, Level::SubIndicator);
        if (sub >= 0 && t.subIndicators.contains(analysis.nodes[size_t(sub)].code))
            return say(2, QStringLiteral("ตัวชี้วัดย่อย %1").arg(analysis.nodes[size_t(sub)].code));
    }
    if (!t.themes.empty()) {
        const int ind = ancestorAt(analysis, node, Level::Indicator);
        if (ind >= 0) {
            const NodeResult &i = analysis.nodes[size_t(ind)];
            const int theme = themeOfIndicator(i.code, i.frameworkTitle.th);
            if (theme > 0 && std::find(t.themes.begin(), t.themes.end(), theme) != t.themes.end())
                return say(1, QStringLiteral("ตัวชี้วัดที่ %1").arg(theme));
        }
    }
    return 0;
}

Measure draftFromEntry(const LibraryEntry &entry, const QStringList &codes, const Plan &plan,
                       QStringList *unmapped, int oitWindowFrom) {
    Measure m;
    const auto fill = [&plan](const QString &text) {
        return fillLibraryText(text, plan.fiscalYear, plan.agency);
    };
    m.title = fill(entry.title.th);
    m.codes = codes;
    for (const LibraryStep &ls : entry.steps) {
        Step s;
        s.text = fill(ls.text);
        const auto [from, to] = scheduledMonths(ls.timing, oitWindowFrom);
        s.startMonth = from;
        s.endMonth = to;
        for (UnitRole role : ls.roles) {
            const QString key = unitRoleKey(role);
            bool mapped = false;
            for (const Unit &u : plan.units)
                if (u.roles.contains(key)) {
                    mapped = true;
                    if (!s.units.contains(u.abbreviation))
                        s.units << u.abbreviation;
                }
            if (!mapped) {
                // Named by the role itself, and asked for: never dropped.
                const QString title = unitRoleTitle(role).th;
                if (!s.units.contains(title))
                    s.units << title;
                if (unmapped && !unmapped->contains(key))
                    *unmapped << key;
            }
        }
        s.draft = {QString::fromUtf16(draftField::text), QString::fromUtf16(draftField::span),
                   QString::fromUtf16(draftField::units)};
        m.steps.push_back(s);
    }
    for (const QString &line : entry.monitoring)
        m.monitoring << fill(line);
    m.cadence = entry.cadence;
    m.reportTo = entry.reportTo.isEmpty() ? QStringLiteral("หัวหน้าส่วนราชการ") : fill(entry.reportTo);
    m.notes = entry.notes;
    m.draft = {QString::fromUtf16(draftField::title), QString::fromUtf16(draftField::codes),
               QString::fromUtf16(draftField::monitoring),
               QString::fromUtf16(draftField::reporting)};
    m.origin = QStringLiteral("library %1").arg(entry.id);
    return m;
}

LibraryEntry entryFromRecommendation(const Framework &framework, const Analysis &analysis,
                                     const QString &code, const QString &text, int index) {
    LibraryEntry e;
    e.id = QStringLiteral("recommendation-%1").arg(index + 1);
    e.title = {text, QStringLiteral("NACC recommendation on %1").arg(code)};
    e.targets.framework = framework.id;
    e.targets.codes = {code};
    int theme = 0;
    if (const int node = analysis.indexOf(code); node >= 0) {
        const int ind = ancestorAt(analysis, node, Level::Indicator);
        if (ind >= 0)
            theme = themeOfIndicator(analysis.nodes[size_t(ind)].code,
                                     analysis.nodes[size_t(ind)].frameworkTitle.th);
    }
    const std::vector<UnitRole> roles = usualRoles(theme);
    e.steps = {
        {QStringLiteral("กำหนดแนวทางหรือมาตรการตามข้อเสนอแนะ: %1 และเสนอผู้บริหารให้ความเห็นชอบ")
             .arg(text),
         {StepTiming::Kind::AfterApproval, 0, 0},
         roles},
        {QStringLiteral("ดำเนินการตามแนวทางที่ได้รับความเห็นชอบ และแจ้งให้บุคลากรทราบ"),
         {StepTiming::Kind::Months, 4, 9},
         roles},
        {QStringLiteral("สรุปผลการดำเนินการตามข้อเสนอแนะ รายงานผู้บริหาร และเผยแพร่บนเว็บไซต์ของหน่วยงาน"),
         {StepTiming::Kind::Months, 10, 12},
         {UnitRole::IntegrityTeam}},
    };
    e.monitoring = {QStringLiteral("คณะทำงาน ITA ติดตามความก้าวหน้าทุกไตรมาส"),
                    QStringLiteral("รายงานผลการดำเนินการต่อผู้บริหารทุก 6 เดือน")};
    e.source = LibrarySource::Nacc;
    e.sourceDetail = QStringLiteral("ข้อเสนอแนะจากสำนักงาน ป.ป.ช. ที่บันทึกไว้ในแฟ้ม");
    return e;
}

LibraryEntry entryFromMeasure(const Plan &plan, int number, const Framework &framework,
                              const Analysis &analysis) {
    const Measure &measure = plan.measures[size_t(number)];
    LibraryEntry e;
    // The agency by the first bytes of its name's SHA-256: ids are ASCII, names Thai.
    const QByteArray agency =
        QCryptographicHash::hash(plan.agency.toUtf8(), QCryptographicHash::Sha256).toHex().left(8);
    e.id = QStringLiteral("plan-%1-%2-m%3")
               .arg(QString::fromLatin1(agency))
               .arg(plan.fiscalYear)
               .arg(number + 1);
    // The plan's years and the agency's name become placeholders: drafted into another year
    // (or shared with another agency) the texts name that year and agency.
    const auto general = [&plan](const QString &text) {
        return generaliseLibraryText(text, plan.fiscalYear, plan.agency);
    };
    e.title = {general(measure.title.isEmpty() ? measure.codes.join(u' ') : measure.title), {}};
    e.targets.framework = framework.id;
    e.targets.codes = measure.codes;
    for (const QString &code : measure.codes) {
        const int node = analysis.indexOf(code);
        if (node < 0)
            continue;
        const int ind = ancestorAt(analysis, node, Level::Indicator);
        if (ind < 0)
            continue;
        const int theme = themeOfIndicator(analysis.nodes[size_t(ind)].code,
                                           analysis.nodes[size_t(ind)].frameworkTitle.th);
        if (theme > 0 && std::find(e.targets.themes.begin(), e.targets.themes.end(), theme) ==
                             e.targets.themes.end())
            e.targets.themes.push_back(theme);
    }
    QStringList unroled;
    for (const Step &s : measure.steps) {
        LibraryStep ls;
        ls.text = general(s.text.isEmpty() ? measure.title : s.text);
        const int from = s.isScheduled() ? std::min(s.startMonth, 12) : 1;
        const int to = s.isScheduled() ? std::min(s.endMonth, 12) : 12;
        ls.timing = {StepTiming::Kind::Months, from, std::max(from, to)};
        for (const QString &u : s.units) {
            bool any = false;
            for (const Unit &unit : plan.units)
                if (unit.abbreviation == u)
                    for (const QString &key : unit.roles)
                        if (const auto role = unitRoleFromKey(key)) {
                            any = true;
                            if (std::find(ls.roles.begin(), ls.roles.end(), *role) ==
                                ls.roles.end())
                                ls.roles.push_back(*role);
                        }
            if (!any && !unroled.contains(u))
                unroled << u;
        }
        if (ls.roles.empty())
            ls.roles = {UnitRole::AllUnits};
        e.steps.push_back(ls);
    }
    for (const QString &line : measure.monitoring)
        e.monitoring << general(line);
    e.cadence = measure.cadence;
    e.reportTo = general(measure.reportTo);
    e.source = LibrarySource::AgencyPlan;
    e.sourceDetail = QStringLiteral("%1 แผนปีงบประมาณ %2").arg(plan.agency).arg(plan.fiscalYear);
    e.notes =
        unroled.isEmpty()
            ? measure.notes
            : QStringLiteral("หน่วยงานเดิม: %1").arg(unroled.join(QStringLiteral(", "))) +
                  (measure.notes.isEmpty() ? QString() : QStringLiteral("\n") + measure.notes);
    return e;
}

Measure carriedForward(const Measure &measure, int previousYear, int number,
                       const QStringList &codes) {
    Measure m = measure;
    m.codes = codes;
    // Years written in its texts move on with it ("ประจำปี 2565" in the FY2565 plan is
    // "ประจำปี 2566" in FY2566's), as placeholders do in library texts.
    const auto moved = [previousYear](const QString &text) {
        return fillLibraryText(generaliseLibraryText(text, previousYear, QString()),
                               previousYear + 1, QString());
    };
    m.title = moved(m.title);
    for (QString &line : m.monitoring)
        line = moved(line);
    for (Step &s : m.steps) {
        // Fiscal months are relative to the plan's year: the same months are next year's.
        s.text = moved(s.text);
        s.status = StepStatus::NotStarted;
        s.percent = 0;
        s.actualStart = QDate();
        s.actualFinish = QDate();
        s.evidence.clear();
        s.draft = {QString::fromUtf16(draftField::text), QString::fromUtf16(draftField::span),
                   QString::fromUtf16(draftField::units)};
    }
    m.draft = {QString::fromUtf16(draftField::title), QString::fromUtf16(draftField::codes),
               QString::fromUtf16(draftField::monitoring),
               QString::fromUtf16(draftField::reporting)};
    m.origin = QStringLiteral("plan %1 %2").arg(previousYear).arg(number);
    return m;
}

std::vector<DraftGroup> draftProposals(const Framework &framework, const Analysis &analysis,
                                       const Plan &current, const Library &library,
                                       const PreviousPlan &previous) {
    // The weak nodes no measure answers, by indicator, in framework order.
    std::vector<DraftGroup> groups;
    QHash<int, size_t> groupOf; // indicator node → group
    std::vector<std::vector<int>> nodesOf;
    const auto groupFor = [&](int indicator) -> size_t {
        if (auto it = groupOf.constFind(indicator); it != groupOf.cend())
            return *it;
        DraftGroup g;
        g.indicator = analysis.nodes[size_t(indicator)].code;
        g.title = analysis.nodes[size_t(indicator)].frameworkTitle.th;
        groups.push_back(g);
        nodesOf.emplace_back();
        groupOf.insert(indicator, groups.size() - 1);
        return groups.size() - 1;
    };
    for (int node : unansweredNodes(analysis, current)) {
        const int indicator = ancestorAt(analysis, node, Level::Indicator);
        if (indicator < 0)
            continue;
        const size_t g = groupFor(indicator);
        groups[g].codes << analysis.nodes[size_t(node)].code;
        nodesOf[g].push_back(node);
    }

    // What this agency's last plan took from the library, by entry: the codes it answered.
    QHash<QString, QStringList> usedBefore;
    if (previous.plan)
        for (const Measure &m : previous.plan->measures)
            if (m.origin.startsWith(QStringLiteral("library ")))
                usedBefore[m.origin.mid(8)] += m.codes;

    // Last year's measures whose items are all maintained now: "keep monitoring" or drop.
    if (previous.plan) {
        for (size_t k = 0; k < previous.plan->measures.size(); ++k) {
            const Measure &pm = previous.plan->measures[k];
            bool anyWeak = false;
            int indicator = -1;
            for (const QString &c : pm.codes) {
                const int node = analysis.indexOf(c);
                if (node < 0)
                    continue;
                const Bucket b = analysis.nodes[size_t(node)].bucket;
                anyWeak = anyWeak || b == Bucket::Improve || b == Bucket::Urgent;
                if (indicator < 0)
                    indicator = ancestorAt(analysis, node, Level::Indicator);
            }
            if (anyWeak || indicator < 0)
                continue;
            DraftCandidate c;
            c.kind = DraftCandidate::Kind::CarriedForward;
            c.previousMeasure = int(k);
            c.keepMonitoring = true;
            c.measure = carriedForward(pm, previous.plan->fiscalYear, int(k) + 1, pm.codes);
            for (const QString &code : pm.codes)
                if (const auto ch = change(analysis, previous.answered, code))
                    c.reasons << changeText(code, *ch);
            c.reasons << QStringLiteral("ทุกข้ออยู่ในกลุ่มรักษาระดับแล้ว: ติดตามต่อหรือยกเลิก");
            groups[groupFor(indicator)].candidates.push_back(std::move(c));
        }
    }

    for (size_t g = 0; g < groups.size(); ++g) {
        DraftGroup &group = groups[g];
        // Last year's measures for items still weak.
        if (previous.plan) {
            for (size_t k = 0; k < previous.plan->measures.size(); ++k) {
                const Measure &pm = previous.plan->measures[k];
                DraftCandidate c;
                c.kind = DraftCandidate::Kind::CarriedForward;
                c.previousMeasure = int(k);
                for (int node : nodesOf[g]) {
                    const QString &code = analysis.nodes[size_t(node)].code;
                    const int item = itemOf(analysis, node);
                    const QString itemCode = item >= 0 ? analysis.nodes[size_t(item)].code : code;
                    if (!pm.codes.contains(code) && !pm.codes.contains(itemCode))
                        continue;
                    c.answers << code;
                    c.score += kCarriedStrength * kCarriedStrength;
                    if (const auto ch = change(analysis, previous.answered, code))
                        c.reasons << changeText(code, *ch);
                    else
                        c.reasons << QStringLiteral("%1: มาตรการปีก่อน").arg(code);
                }
                if (c.answers.isEmpty())
                    continue;
                c.measure = carriedForward(pm, previous.plan->fiscalYear, int(k) + 1, c.answers);
                group.candidates.push_back(std::move(c));
            }
        }
        // The library's entries.
        for (const LibraryEntry &entry : library.entries) {
            DraftCandidate c;
            c.entryId = entry.id;
            std::vector<std::pair<int, int>> matches; // node, strength
            std::vector<QString> whys;
            int strongest = 0;
            for (int node : nodesOf[g]) {
                QString why;
                const int strength = matchStrength(framework, analysis, node, entry, &why);
                if (strength == 0)
                    continue;
                matches.emplace_back(node, strength);
                whys.push_back(why);
                strongest = std::max(strongest, strength);
            }
            // An entry that answers some items by a target of its own (a code, a role, a
            // keyword, a sub-indicator) answers only those; its theme reaches the group's other
            // items only when nothing more specific does.
            for (size_t k = 0; k < matches.size(); ++k) {
                const auto [node, strength] = matches[k];
                if (strongest >= 2 && strength < 2)
                    continue;
                const NodeResult &n = analysis.nodes[size_t(node)];
                c.answers << n.code;
                c.score += strength * strength * (suits(entry, n.bucket) ? 1.0 : 0.5);
                c.reasons << QStringLiteral("%1: %2").arg(n.code, whys[k]);
                if (usedBefore.value(entry.id).contains(n.code)) {
                    if (const auto ch = change(analysis, previous.answered, n.code);
                        ch && ch->second > ch->first) {
                        c.score += 2;
                        c.reasons << changeText(n.code, *ch);
                    }
                }
            }
            if (c.answers.isEmpty())
                continue;
            c.measure = draftFromEntry(entry, c.answers, current, &c.unmappedRoles,
                                       framework.oitWindowFrom);
            group.candidates.push_back(std::move(c));
        }
        // Best first; on a tie last year's measure, then the library's order.
        std::stable_sort(group.candidates.begin(), group.candidates.end(),
                         [](const DraftCandidate &a, const DraftCandidate &b) {
                             if (a.keepMonitoring != b.keepMonitoring)
                                 return !a.keepMonitoring;
                             return a.score > b.score;
                         });
        // Take::Best: greedy, until every code is answered.
        QStringList open = group.codes;
        for (;;) {
            int pick = -1;
            int pickCount = 0;
            double pickScore = 0;
            for (int k = 0; k < int(group.candidates.size()); ++k) {
                const DraftCandidate &c = group.candidates[size_t(k)];
                if (c.keepMonitoring ||
                    std::find(group.best.begin(), group.best.end(), k) != group.best.end())
                    continue;
                int count = 0;
                for (const QString &code : c.answers)
                    count += open.contains(code);
                if (count == 0)
                    continue;
                // The score over what is still open decides, in proportion.
                const double share = c.score * count / double(c.answers.size());
                if (pick < 0 || share > pickScore) {
                    pick = k;
                    pickCount = count;
                    pickScore = share;
                }
            }
            if (pick < 0 || pickCount == 0)
                break;
            group.best.push_back(pick);
            for (const QString &code : group.candidates[size_t(pick)].answers)
                open.removeAll(code);
            if (open.isEmpty())
                break;
        }
    }
    // Groups in framework order (keep-monitoring ones were added as met).
    std::stable_sort(groups.begin(), groups.end(), [&](const DraftGroup &a, const DraftGroup &b) {
        return analysis.indexOf(a.indicator) < analysis.indexOf(b.indicator);
    });
    return groups;
}

std::vector<Measure> takeDrafts(const std::vector<DraftGroup> &groups, DraftTake take) {
    std::vector<Measure> out;
    for (const DraftGroup &g : groups) {
        if (take == DraftTake::Best) {
            for (int k : g.best)
                out.push_back(g.candidates[size_t(k)].measure);
        } else {
            for (const DraftCandidate &c : g.candidates)
                out.push_back(c.measure);
        }
    }
    return out;
}

} // namespace ita
