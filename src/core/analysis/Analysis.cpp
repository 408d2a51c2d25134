#include "Analysis.h"

#include <algorithm>
#include <map>
#include <set>

namespace ita {

QString bucketKey(Bucket bucket) {
    switch (bucket) {
    case Bucket::Maintain:
        return QStringLiteral("maintain");
    case Bucket::Improve:
        return QStringLiteral("improve");
    case Bucket::Urgent:
        return QStringLiteral("urgent");
    case Bucket::None:
        break;
    }
    return {};
}

QString bucketMark(Bucket bucket) {
    switch (bucket) {
    case Bucket::Maintain:
        return QStringLiteral("★");
    case Bucket::Improve:
        return QStringLiteral("▲");
    case Bucket::Urgent:
        return QStringLiteral("!");
    case Bucket::None:
        break;
    }
    return {};
}

LocalizedText bucketTitle(Bucket bucket) {
    switch (bucket) {
    case Bucket::Maintain:
        return {QStringLiteral("ประเด็นที่ควรรักษาระดับผลการดำเนินงาน"),
                QStringLiteral("Maintain the level of performance")};
    case Bucket::Improve:
        return {QStringLiteral("ประเด็นที่จะต้องพัฒนาให้ดีขึ้น"), QStringLiteral("Needs improvement")};
    case Bucket::Urgent:
        return {QStringLiteral("ประเด็นข้อบกพร่องหรือจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน"),
                QStringLiteral("Weakness to fix urgently")};
    case Bucket::None:
        break;
    }
    return {};
}

LocalizedText bucketName(Bucket bucket) {
    switch (bucket) {
    case Bucket::Maintain:
        return {QStringLiteral("รักษาระดับ"), QStringLiteral("Maintain")};
    case Bucket::Improve:
        return {QStringLiteral("พัฒนาให้ดีขึ้น"), QStringLiteral("Improve")};
    case Bucket::Urgent:
        return {QStringLiteral("แก้ไขเร่งด่วน"), QStringLiteral("Urgent")};
    case Bucket::None:
        break;
    }
    return {};
}

QString bucketLabel(Bucket bucket, bool thai) {
    return bucket == Bucket::None ? QString()
                                  : bucketMark(bucket) + u' ' + bucketName(bucket).in(thai);
}

std::vector<Finding> groupedFindings(const Analysis &analysis) {
    // The tool each missing item is under, in the order the tools first appear.
    std::vector<QString> tools;
    std::map<QString, QStringList> missing;
    const auto toolOf = [&](const QString &code) {
        int i = analysis.indexOf(code);
        while (i >= 0 && analysis.nodes[size_t(i)].level != Level::Tool)
            i = analysis.nodes[size_t(i)].parent;
        return i >= 0 ? analysis.nodes[size_t(i)].code : QString();
    };
    for (const Finding &f : analysis.findings)
        if (f.kind == Finding::Kind::Missing) {
            const QString tool = toolOf(f.code);
            if (!missing.count(tool))
                tools.push_back(tool);
            missing[tool] << f.code;
        }
    std::vector<Finding> out;
    std::set<QString> said;
    for (const Finding &f : analysis.findings) {
        if (f.kind != Finding::Kind::Missing) {
            out.push_back(f);
            continue;
        }
        const QString tool = toolOf(f.code);
        const QStringList &codes = missing[tool];
        if (codes.size() == 1) {
            out.push_back(f);
            continue;
        }
        if (!said.insert(tool).second)
            continue;
        const QString list = codes.join(QStringLiteral(", "));
        const QString where = tool.isEmpty() ? QString() : tool + QStringLiteral(": ");
        out.push_back(
            {codes.front(),
             Finding::Kind::Missing,
             QString(),
             QString(),
             {QStringLiteral("%1ไม่มีคะแนน %2 ข้อ: %3").arg(where).arg(codes.size()).arg(list),
              QStringLiteral("%1no score for %2 items: %3")
                  .arg(where)
                  .arg(codes.size())
                  .arg(list)}});
    }
    return out;
}

QString findingKindKey(Finding::Kind kind) {
    switch (kind) {
    case Finding::Kind::Grade:
        return QStringLiteral("grade");
    case Finding::Kind::Score:
        return QStringLiteral("score");
    case Finding::Kind::Missing:
        return QStringLiteral("missing");
    case Finding::Kind::Range:
        return QStringLiteral("range");
    }
    return {};
}

Bucket classify(Score score, Score fixed, Score maintain) {
    if (score < fixed)
        return Bucket::Urgent;
    if (score >= std::max(maintain, fixed))
        return Bucket::Maintain;
    return Bucket::Improve;
}

int Analysis::indexOf(const QString &code) const {
    const auto after =
        std::upper_bound(index.begin(), index.end(), code,
                         [](const QString &c, const auto &entry) { return c < entry.first; });
    if (after == index.begin() || std::prev(after)->first != code)
        return -1;
    return std::prev(after)->second;
}

const NodeResult *Analysis::find(const QString &code) const {
    const int i = indexOf(code);
    return i < 0 ? nullptr : &nodes[size_t(i)];
}

QStringList Analysis::codesIn(Bucket bucket, Level level) const {
    QStringList codes;
    for (const auto &n : nodes)
        if (n.level == level && n.bucket == bucket)
            codes << n.code;
    return codes;
}

Analysis Analysis::summary() && {
    Analysis out;
    out.fixedThreshold = fixedThreshold;
    out.maintainThreshold = maintainThreshold;
    out.oitWindowTo = oitWindowTo;
    out.overall = overall;
    const auto kept = [](const NodeResult &n) {
        return n.level == Level::Overall || n.level == Level::Tool || n.level == Level::Indicator;
    };
    out.nodes.reserve(size_t(std::count_if(nodes.begin(), nodes.end(), kept)));
    for (NodeResult &n : nodes) {
        if (!kept(n))
            continue;
        n.parent = -1;
        std::vector<int>().swap(n.children);
        out.nodes.push_back(std::move(n));
    }
    *this = Analysis();
    out.index.reserve(out.nodes.size());
    for (int i = 0; i < int(out.nodes.size()); ++i)
        out.index.emplace_back(out.nodes[size_t(i)].code, i);
    std::stable_sort(out.index.begin(), out.index.end(),
                     [](const auto &x, const auto &y) { return x.first < y.first; });
    return out;
}

namespace {

/// A sub-item's code, "I3.2": its item ("I3", letters then digits) and its number (2); false
/// for any other code. Written out rather than a QRegularExpression: the analysis runs on the
/// import's and the portfolio's worker threads, and a thread that matched a QRegularExpression
/// crashes as it ends in the MinGW build (Qt's per-thread PCRE2 JIT stack is freed after the
/// thread's storage is gone; found by the tests under Wine, scripts/windows).
bool splitSubItemCode(const QString &code, QStringView *item, int *number) {
    const qsizetype dot = code.indexOf(u'.');
    if (dot <= 0 || dot == code.size() - 1)
        return false;
    const auto isUpper = [](QChar c) {
        return c >= u'A' && c <= u'Z';
    };
    const auto isDigit = [](QChar c) {
        return c >= u'0' && c <= u'9';
    };
    qsizetype i = 0;
    while (i < dot && isUpper(code[i]))
        ++i;
    if (i == 0 || i == dot)
        return false;
    while (i < dot && isDigit(code[i]))
        ++i;
    if (i != dot || !isDigit(code[dot - 1]))
        return false;
    for (qsizetype k = dot + 1; k < code.size(); ++k)
        if (!isDigit(code[k]))
            return false;
    *item = QStringView(code).left(dot);
    *number = QStringView(code).mid(dot + 1).toInt();
    return true;
}

/// `fwIndex`: for each result node, its framework node (-1 for a sub-item of the data).
/// `byNode`: for each framework node, its entry (the last one, should a code come twice).
void buildTree(const Framework &fw, const Assessment &a, Analysis &out, std::vector<int> &fwIndex,
               std::vector<const ScoreEntry *> &byNode) {
    // Sub-items keyed by their item, ordered by number.
    std::map<QString, std::map<int, const ScoreEntry *>> subItems;
    for (const auto &e : a.entries) {
        QStringView item;
        int number = 0;
        if (splitSubItemCode(e.code, &item, &number) && fw.indexOf(item.toString()) >= 0)
            subItems[item.toString()][number] = &e;
    }

    // The entry of each framework node (the last one, should a code come twice).
    byNode.assign(fw.nodes.size(), nullptr);
    // Results come in the framework's order as a rule: the node after the last one found is
    // tried before the code is looked up (a tenth of a national import went to the lookups).
    int next = 0;
    for (const auto &e : a.entries) {
        int i = next < int(fw.nodes.size()) && fw.nodes[size_t(next)].code == e.code
                    ? next
                    : fw.indexOf(e.code);
        if (i >= 0) {
            byNode[size_t(i)] = &e;
            next = i + 1;
        }
    }
    out.nodes.reserve(fw.nodes.size() + a.entries.size());
    fwIndex.reserve(fw.nodes.size() + a.entries.size());

    // Pre-order walk of the framework, inserting sub-items after their item.
    std::vector<int> fwToResult(fw.nodes.size(), -1);
    for (int i = 0; i < int(fw.nodes.size()); ++i) {
        const auto &fn = fw.node(i);
        NodeResult r;
        r.code = fn.code;
        r.level = fn.level;
        r.frameworkTitle = fn.title;
        r.parent = fn.parent >= 0 ? fwToResult[size_t(fn.parent)] : -1;
        if (const ScoreEntry *e = byNode[size_t(i)]) {
            r.stated = e->stated;
            r.statedGrade = e->statedGrade;
            r.title = e->title;
        }
        if (r.title.isEmpty())
            r.title = fn.title.th;
        const int parent = r.parent;
        out.nodes.push_back(std::move(r));
        fwIndex.push_back(i);
        const int index = int(out.nodes.size()) - 1;
        fwToResult[size_t(i)] = index;
        if (parent >= 0)
            out.nodes[size_t(parent)].children.push_back(index);
        if (fn.level != Level::Item)
            continue;
        const auto it = subItems.find(fn.code);
        if (it == subItems.end())
            continue;
        for (const auto &[number, entry] : it->second) {
            Q_UNUSED(number);
            NodeResult s;
            s.code = entry->code;
            s.level = Level::SubItem;
            s.title = entry->title;
            s.parent = index;
            s.stated = entry->stated;
            s.statedGrade = entry->statedGrade;
            out.nodes.push_back(std::move(s));
            fwIndex.push_back(-1);
            out.nodes[size_t(index)].children.push_back(int(out.nodes.size()) - 1);
        }
    }
}

/// The level `basis` earns at node `index`: the overall also needs every tool's condition.
QString levelOf(const Framework &fw, const Analysis &out, int index, Score basis) {
    const auto &n = out.nodes[size_t(index)];
    if (n.level != Level::Overall)
        return fw.rating.levelFor(basis);
    std::vector<std::optional<Score>> tools;
    for (int c : n.children)
        if (out.nodes[size_t(c)].level == Level::Tool)
            tools.push_back(out.nodes[size_t(c)].used);
    return fw.rating.levelForOverall(basis, tools);
}

/// `grades`: also each node's grade (what a store keeps needs only the scores).
void aggregate(const Framework &fw, Analysis &out, const std::vector<int> &fwIndex, bool grades) {
    // Children always follow their parent in pre-order, so a reverse sweep sees every
    // child before its parent.
    std::vector<Score> values;
    std::vector<qint64> weights;
    for (int i = int(out.nodes.size()) - 1; i >= 0; --i) {
        auto &n = out.nodes[size_t(i)];
        values.clear();
        weights.clear();
        for (int c : n.children) {
            const auto &child = out.nodes[size_t(c)];
            if (!child.used)
                continue;
            values.push_back(*child.used);
            // Tools carry the framework's weights; a group may weigh other levels too
            // (relative among siblings). Sub-items, the data's own, count equally.
            const int node = child.level == Level::SubItem ? -1 : fwIndex[size_t(c)];
            weights.push_back(node >= 0 ? fw.node(node).weight : 10000);
        }
        if (!values.empty())
            n.computed = Score::weightedMean(values, weights);
        n.used = n.stated ? n.stated : n.computed;
        if (n.used && grades)
            n.grade = levelOf(fw, out, i, *n.used);
    }
}

void validate(const Framework &fw, Analysis &out) {
    for (int i = 0; i < int(out.nodes.size()); ++i) {
        const auto &n = out.nodes[size_t(i)];
        if (n.stated && !n.stated->inRange()) {
            out.findings.push_back(
                {n.code,
                 Finding::Kind::Range,
                 n.stated->toString(),
                 QString(),
                 {QStringLiteral("%1: คะแนน %2 อยู่นอกช่วง 0–100").arg(n.code, n.stated->toString()),
                  QStringLiteral("%1: score %2 is outside 0–100")
                      .arg(n.code, n.stated->toString())}});
        }
        if (n.stated && n.computed && (*n.stated - *n.computed).abs() > fw.tolerance) {
            out.findings.push_back(
                {n.code,
                 Finding::Kind::Score,
                 n.stated->toString(),
                 n.computed->toString(),
                 {QStringLiteral("%1: คะแนนที่ระบุ %2 ต่างจากค่าที่คำนวณจากองค์ประกอบย่อย %3 "
                                 "เกินค่าคลาดเคลื่อนที่ยอมรับ %4")
                      .arg(n.code, n.stated->toString(), n.computed->toString(),
                           fw.tolerance.toString()),
                  QStringLiteral("%1: stated score %2 differs from %3 computed from its parts by "
                                 "more than %4")
                      .arg(n.code, n.stated->toString(), n.computed->toString(),
                           fw.tolerance.toString())}});
        }
        const std::optional<Score> gradeBasis = n.stated ? n.stated : n.computed;
        if (!n.statedGrade.isEmpty() && gradeBasis) {
            // A stated "ผ่าน" is checked like a stated "A": by the level its score earns.
            const QString expected = levelOf(fw, out, i, *gradeBasis);
            if (expected != fw.rating.canonical(n.statedGrade)) {
                out.findings.push_back(
                    {n.code,
                     Finding::Kind::Grade,
                     n.statedGrade,
                     expected,
                     {QStringLiteral("%1: ระดับที่ระบุ %2 ไม่ตรงกับคะแนน %3 ซึ่งอยู่ในระดับ %4")
                          .arg(n.code, n.statedGrade, gradeBasis->toString(), expected),
                      QStringLiteral("%1: stated grade %2 does not match score %3, which is "
                                     "grade %4")
                          .arg(n.code, n.statedGrade, gradeBasis->toString(), expected)}});
            }
        }
        if (n.level == Level::Item && !n.used) {
            out.findings.push_back({n.code,
                                    Finding::Kind::Missing,
                                    QString(),
                                    QString(),
                                    {QStringLiteral("%1: ไม่มีคะแนนของข้อนี้").arg(n.code),
                                     QStringLiteral("%1: no score for this item").arg(n.code)}});
        }
    }
}

} // namespace

namespace {
Analysis tree(const Framework &framework, const Assessment &assessment, bool grades,
              std::vector<int> &fwIndex, std::vector<const ScoreEntry *> &byNode) {
    Analysis out;
    buildTree(framework, assessment, out, fwIndex, byNode);
    if (grades) { // what the import's computedScores() does without
        out.index.reserve(out.nodes.size());
        for (int i = 0; i < int(out.nodes.size()); ++i)
            out.index.emplace_back(out.nodes[size_t(i)].code, i);
        std::stable_sort(out.index.begin(), out.index.end(),
                         [](const auto &x, const auto &y) { return x.first < y.first; });
    }
    aggregate(framework, out, fwIndex, grades);
    return out;
}
} // namespace

std::optional<Score> overallScore(const Framework &framework, const Assessment &assessment) {
    // A stated overall is the one used (as in aggregate()): no tree is needed for it. The
    // NACC's results always state it.
    if (!framework.nodes.empty())
        for (const ScoreEntry &e : assessment.entries)
            if (e.stated && e.code == framework.nodes.front().code)
                return e.stated;
    std::vector<int> fwIndex;
    std::vector<const ScoreEntry *> byNode;
    const Analysis out = tree(framework, assessment, false, fwIndex, byNode);
    return out.nodes.empty() ? std::nullopt : out.nodes.front().used;
}

std::vector<std::optional<Score>> computedScores(const Framework &framework,
                                                 const Assessment &assessment) {
    std::vector<int> fwIndex;
    std::vector<const ScoreEntry *> byNode;
    const Analysis out = tree(framework, assessment, false, fwIndex, byNode);
    // Each entry's result node: a framework node's through byNode, a sub-item's by its code.
    const ScoreEntry *const first = assessment.entries.data();
    std::vector<int> nodeOf(assessment.entries.size(), -1);
    for (size_t k = 0; k < fwIndex.size(); ++k)
        if (fwIndex[k] >= 0)
            if (const ScoreEntry *e = byNode[size_t(fwIndex[k])])
                nodeOf[size_t(e - first)] = int(k);
    std::vector<std::optional<Score>> computed;
    computed.reserve(assessment.entries.size());
    for (size_t i = 0; i < assessment.entries.size(); ++i) {
        int node = nodeOf[i];
        const QString &code = assessment.entries[i].code;
        // A sub-item of the data: the last node of its code, as Analysis::find() finds it.
        for (int k = int(out.nodes.size()) - 1; k >= 0 && node < 0; --k)
            if (out.nodes[size_t(k)].code == code)
                node = k;
        computed.push_back(node >= 0 ? out.nodes[size_t(node)].computed : std::nullopt);
    }
    return computed;
}

Analysis analyse(const Framework &framework, const Assessment &assessment) {
    return analyse(framework, assessment, Findings::Listed);
}

Analysis analyse(const Framework &framework, const Assessment &assessment, Findings findings) {
    std::vector<int> fwIndex;
    std::vector<const ScoreEntry *> byNode;
    Analysis out = tree(framework, assessment, true, fwIndex, byNode);
    if (findings == Findings::Listed)
        validate(framework, out);

    out.overall = out.nodes.empty() ? std::nullopt : out.nodes.front().used;
    out.fixedThreshold = assessment.fixedThreshold.value_or(framework.fixedThreshold);
    out.oitWindowTo = framework.oitWindowTo;
    const Score chosen = assessment.maintainThreshold ? *assessment.maintainThreshold
                                                      : out.overall.value_or(out.fixedThreshold);
    out.maintainThreshold = std::max(chosen, out.fixedThreshold);
    for (auto &n : out.nodes)
        if (n.isClassified() && n.used)
            n.bucket = classify(*n.used, out.fixedThreshold, out.maintainThreshold);
    return out;
}

} // namespace ita
