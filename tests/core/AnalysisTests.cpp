#include "TestSupport.h"

#include "analysis/Analysis.h"
#include "analysis/Summary.h"

#include <QTemporaryDir>

using namespace ita;

namespace {

QStringList codes(std::initializer_list<const char *> list) {
    QStringList out;
    for (const char *c : list)
        out << QString::fromLatin1(c);
    return out;
}

QStringList itemsIn(const Analysis &a, Bucket bucket, const QString &prefix) {
    QStringList out;
    for (const QString &c : a.codesIn(bucket, Level::Item))
        if (c.startsWith(prefix))
            out << c;
    return out;
}

Score s(qint64 hundredths) {
    return Score::fromHundredths(hundredths);
}

ScoreEntry entry(const char *code, std::optional<Score> score, const char *grade = "") {
    ScoreEntry e;
    e.code = QString::fromLatin1(code);
    e.stated = score;
    e.statedGrade = QString::fromLatin1(grade);
    return e;
}

} // namespace

TEST_CASE("classifying the sample reproduces the seed's summary (สรุป)", "[analysis][seed]") {
    const Analysis a = analyse(test::fy2564(), test::sampleAssessment());
    REQUIRE(a.overall == s(9255));
    CHECK(a.maintainThreshold == s(9255));
    CHECK(a.fixedThreshold == s(8500));

    // Transcribed from the seed's summary section.
    CHECK(itemsIn(a, Bucket::Maintain, QStringLiteral("I")) ==
          codes({"I1",  "I2",  "I3",  "I4",  "I5",  "I6",  "I8",  "I9",  "I10",
                 "I11", "I13", "I15", "I16", "I17", "I18", "I19", "I21", "I22",
                 "I23", "I24", "I25", "I26", "I28", "I29", "I30"}));
    CHECK(itemsIn(a, Bucket::Maintain, QStringLiteral("E")) == codes({"E4"}));
    CHECK(itemsIn(a, Bucket::Improve, QStringLiteral("I")) ==
          codes({"I7", "I12", "I14", "I20", "I27"}));
    CHECK(itemsIn(a, Bucket::Improve, QStringLiteral("E")).isEmpty());
    CHECK(itemsIn(a, Bucket::Urgent, QStringLiteral("I")).isEmpty());
    CHECK(itemsIn(a, Bucket::Urgent, QStringLiteral("E")) ==
          codes({"E1", "E2", "E3", "E5", "E6", "E7", "E8", "E9", "E10", "E11", "E12", "E13", "E14",
                 "E15"}));
    // OIT scored 100 throughout: every O-item is maintain.
    CHECK(itemsIn(a, Bucket::Maintain, QStringLiteral("O")).size() == 43);

    // The summary groups them as the seed does: bucket, tool, indicator.
    const auto lines = summarise(a);
    std::vector<std::pair<QString, QStringList>> improve;
    for (const auto &l : lines)
        if (l.bucket == Bucket::Improve)
            improve.push_back({l.indicatorCode, l.itemCodes});
    CHECK(improve ==
          std::vector<std::pair<QString, QStringList>>{{QStringLiteral("2"), codes({"I7", "I12"})},
                                                       {QStringLiteral("3"), codes({"I14"})},
                                                       {QStringLiteral("4"), codes({"I20"})},
                                                       {QStringLiteral("5"), codes({"I27"})}});
    CHECK(countIn(a, Bucket::Urgent, Level::Item) == 14);
}

TEST_CASE("indicators and sub-items are classified too", "[analysis][seed]") {
    const Analysis a = analyse(test::fy2564(), test::sampleAssessment());
    // Indicators: 6 (86.81) improve, 7 and 8 urgent, the rest maintain.
    CHECK(a.codesIn(Bucket::Maintain, Level::Indicator) ==
          codes({"1", "2", "3", "4", "5", "9", "10"}));
    CHECK(a.codesIn(Bucket::Improve, Level::Indicator) == codes({"6"}));
    CHECK(a.codesIn(Bucket::Urgent, Level::Indicator) == codes({"7", "8"}));
    // The seed plans a measure for I18's sub-item 91.69 although I18 is maintain.
    CHECK(a.find(QStringLiteral("I18"))->bucket == Bucket::Maintain);
    CHECK(a.find(QStringLiteral("I18.3"))->bucket == Bucket::Improve);
    CHECK(a.find(QStringLiteral("I18.3"))->level == Level::SubItem);
    CHECK(a.find(QStringLiteral("E1.1"))->bucket == Bucket::Urgent);
    // Sub-indicators, tools and the overall are not classified.
    CHECK(a.find(QStringLiteral("9.1"))->bucket == Bucket::None);
    CHECK(a.find(QStringLiteral("IIT"))->bucket == Bucket::None);
}

TEST_CASE("unstated nodes are computed from their children, stated ones kept", "[analysis][seed]") {
    const Analysis a = analyse(test::fy2564(), test::sampleAssessment());
    // DOMAIN.md: IIT 94.914 and EIT 80.26 are computed, never printed in the seed.
    const NodeResult *iit = a.find(QStringLiteral("IIT"));
    CHECK_FALSE(iit->stated.has_value());
    CHECK(iit->computed == s(9491));
    CHECK(iit->used == s(9491));
    CHECK(a.find(QStringLiteral("EIT"))->computed == s(8026));
    const NodeResult *ita = a.find(QStringLiteral("ITA"));
    CHECK(ita->stated == s(9255));
    CHECK(ita->computed == s(9255)); // 0.30·94.91 + 0.30·80.26 + 0.40·100
    // Indicator 5: items average 94.73, the seed prints 94.72; the stated value is used.
    const NodeResult *five = a.find(QStringLiteral("5"));
    CHECK(five->stated == s(9472));
    CHECK(five->computed == s(9473));
    CHECK(five->used == s(9472));
    // Sub-indicators never printed are computed from the O-items.
    CHECK(a.find(QStringLiteral("9.3"))->computed == s(10000));
    CHECK(a.find(QStringLiteral("9.3"))->grade == QStringLiteral("AA"));
}

TEST_CASE("the sample's one real mistake is found: E13 is grade C, not B", "[analysis][seed]") {
    const Analysis a = analyse(test::fy2564(), test::sampleAssessment());
    REQUIRE(a.findings.size() == 1); // differences of 0.01 (indicators 2, 3, 5) are tolerated
    const Finding &f = a.findings.front();
    CHECK(f.code == QStringLiteral("E13"));
    CHECK(f.kind == Finding::Kind::Grade);
    CHECK(f.stated == QStringLiteral("B"));
    CHECK(f.computed == QStringLiteral("C"));
    CHECK(f.message.th.contains(QStringLiteral("74.64")));
    CHECK(f.message.en.contains(QStringLiteral("74.64")));
    CHECK(f.message.th.contains(QStringLiteral("ระดับ")));
}

TEST_CASE("sub-items 84.52, 84.57, 85.91 make an item of exactly 85.00", "[analysis]") {
    Assessment a;
    a.frameworkId = QStringLiteral("ITA-2564");
    a.entries = {entry("ITA", s(9000)), entry("E1.1", s(8452)), entry("E1.2", s(8457)),
                 entry("E1.3", s(8591))};
    const Analysis r = analyse(test::fy2564(), a);
    const NodeResult *e1 = r.find(QStringLiteral("E1"));
    CHECK(e1->computed == s(8500));
    CHECK(e1->bucket == Bucket::Improve); // 85.00 is not below 85.00
    CHECK(r.find(QStringLiteral("E1.1"))->bucket == Bucket::Urgent);
    CHECK(r.find(QStringLiteral("E1.3"))->bucket == Bucket::Improve);
}

TEST_CASE("classification boundaries and thresholds", "[analysis]") {
    const Score fixed = s(8500);
    const Score maintain = s(9255);
    CHECK(classify(s(9255), fixed, maintain) == Bucket::Maintain);
    CHECK(classify(s(9254), fixed, maintain) == Bucket::Improve);
    CHECK(classify(s(8500), fixed, maintain) == Bucket::Improve);
    CHECK(classify(s(8499), fixed, maintain) == Bucket::Urgent);
    // Overall below 85.00: the improve band is empty; maintain starts at 85.00.
    CHECK(classify(s(8500), fixed, s(8000)) == Bucket::Maintain);
    CHECK(classify(s(8499), fixed, s(8000)) == Bucket::Urgent);
}

TEST_CASE("both thresholds can be set per assessment", "[analysis][seed]") {
    Assessment a = test::sampleAssessment();
    a.maintainThreshold = s(9000);
    Analysis r = analyse(test::fy2564(), a);
    CHECK(r.maintainThreshold == s(9000));
    CHECK(r.find(QStringLiteral("I12"))->bucket == Bucket::Maintain); // 91.57
    CHECK(r.find(QStringLiteral("I7"))->bucket == Bucket::Improve);   // 89.98

    a.fixedThreshold = s(9000);
    r = analyse(test::fy2564(), a);
    CHECK(r.find(QStringLiteral("I7"))->bucket == Bucket::Urgent);

    // A maintain threshold below the fixed one is raised to it.
    a.fixedThreshold = std::nullopt;
    a.maintainThreshold = s(8000);
    r = analyse(test::fy2564(), a);
    CHECK(r.maintainThreshold == s(8500));
    CHECK(r.find(QStringLiteral("I7"))->bucket == Bucket::Maintain);
}

TEST_CASE("without a stated overall, the computed overall sets the maintain threshold",
          "[analysis]") {
    Assessment a = test::sampleAssessment();
    std::erase_if(a.entries, [](const ScoreEntry &e) { return e.code == u"ITA"; });
    const Analysis r = analyse(test::fy2564(), a);
    CHECK(r.overall == s(9255));
    CHECK(r.maintainThreshold == s(9255));
}

TEST_CASE("validation findings: score, missing, range, grade", "[analysis]") {
    Assessment a = test::sampleAssessment();
    for (auto &e : a.entries) {
        if (e.code == u"8")
            e.stated = s(8337); // the seed's text gives 83.37; its items average 77.36
        if (e.code == u"E2")
            e.stated = s(10500);
    }
    std::erase_if(a.entries, [](const ScoreEntry &e) { return e.code == u"O5"; });
    const Analysis r = analyse(test::fy2564(), a);

    const auto findingOf = [&](const char *code, Finding::Kind kind) -> const Finding * {
        for (const auto &f : r.findings)
            if (f.code == QLatin1String(code) && f.kind == kind)
                return &f;
        return nullptr;
    };
    const Finding *score8 = findingOf("8", Finding::Kind::Score);
    REQUIRE(score8);
    CHECK(score8->stated == QStringLiteral("83.37"));
    // (78.67 + 79.27 + 74.64 + 76.50 + 77.71) / 5 = 77.358 → 77.36
    CHECK(score8->computed == QStringLiteral("77.36"));
    const Finding *range = findingOf("E2", Finding::Kind::Range);
    REQUIRE(range);
    CHECK(range->stated == QStringLiteral("105.00"));
    const Finding *missing = findingOf("O5", Finding::Kind::Missing);
    REQUIRE(missing);
    CHECK(missing->message.en.contains(QStringLiteral("no score")));
    CHECK(findingOf("E13", Finding::Kind::Grade) != nullptr);
    // E2's stated grade B no longer matches 105.00 (AA) either.
    CHECK(findingOf("E2", Finding::Kind::Grade) != nullptr);
}

TEST_CASE("a difference of exactly the tolerance is not a finding, more is", "[analysis]") {
    const auto scoreFindings = [](const Analysis &r) {
        QStringList found;
        for (const auto &f : r.findings)
            if (f.kind == Finding::Kind::Score)
                found << f.code;
        return found;
    };
    Assessment a;
    a.frameworkId = QStringLiteral("ITA-2564");
    // I1.1/I1.2 average 90.01 against a stated 90.00: within 0.01.
    a.entries = {entry("I1", s(9000)), entry("I1.1", s(9000)), entry("I1.2", s(9002))};
    CHECK(scoreFindings(analyse(test::fy2564(), a)).isEmpty());
    // 90.02 against 90.00: beyond it.
    a.entries = {entry("I1", s(9000)), entry("I1.1", s(9000)), entry("I1.2", s(9004))};
    CHECK(scoreFindings(analyse(test::fy2564(), a)) == codes({"I1"}));
}

TEST_CASE("rule: where only some children have scores the computed value is the mean of those "
          "that do, and the missing ones are reported",
          "[analysis][claims]") {
    // Indicator 6 holds E1–E5 in FY2564; only E1 (80.00) and E2 (91.01) are given.
    Assessment a;
    a.frameworkId = QStringLiteral("ITA-2564");
    a.entries = {entry("E1", s(8000)), entry("E2", s(9101))};
    const Analysis r = analyse(test::fy2564(), a);
    const NodeResult *six = r.find(QStringLiteral("6"));
    REQUIRE(six);
    CHECK(six->computed == s(8551)); // (80.00 + 91.01) / 2 = 85.505 → 85.51, half up
    CHECK_FALSE(r.find(QStringLiteral("E3"))->used); // not averaged in as zero
    bool missingReported = false;
    for (const Finding &f : r.findings)
        missingReported =
            missingReported || (f.kind == Finding::Kind::Missing && f.code == QStringLiteral("E3"));
    CHECK(missingReported);
}

TEST_CASE("missing item scores are one finding per tool, with the count and the codes",
          "[analysis][findings]") {
    // Issue 25: an assessment of indicator scores only (as portfolio files hold) listed 88
    // separate "no score for this item" findings.
    const Framework &fw = test::fy2564();
    Assessment a = test::sampleAssessment();
    std::erase_if(a.entries, [&](const ScoreEntry &e) {
        const int i = fw.indexOf(e.code);
        return i < 0 || fw.node(i).level == Level::Item;
    });
    const Analysis analysis = analyse(fw, a);
    std::map<QString, int> itemsPerTool;
    int perItem = 0;
    for (const Finding &f : analysis.findings)
        if (f.kind == Finding::Kind::Missing) {
            ++perItem;
            int i = fw.indexOf(f.code);
            while (fw.node(i).level != Level::Tool)
                i = fw.node(i).parent;
            ++itemsPerTool[fw.node(i).code];
        }
    REQUIRE(perItem > 40); // the JSON keeps one entry per item
    REQUIRE(itemsPerTool.size() == 3);

    const std::vector<Finding> grouped = groupedFindings(analysis);
    int missingLines = 0;
    for (const Finding &f : grouped) {
        if (f.kind != Finding::Kind::Missing)
            continue;
        ++missingLines;
        const QString tool = f.message.en.section(u':', 0, 0);
        REQUIRE(itemsPerTool.count(tool) == 1);
        CHECK(f.message.en.contains(
            QStringLiteral("no score for %1 items").arg(itemsPerTool.at(tool))));
        CHECK(f.message.th.contains(QStringLiteral("ไม่มีคะแนน %1 ข้อ").arg(itemsPerTool.at(tool))));
    }
    CHECK(missingLines == 3);
    // Every item is still named, once.
    for (const Finding &f : analysis.findings)
        if (f.kind == Finding::Kind::Missing) {
            int named = 0;
            for (const Finding &g : grouped)
                named += g.message.en.contains(f.code + u',') || g.message.en.endsWith(f.code);
            CHECK(named == 1);
        }
    // Other findings are untouched; a single missing item stays as it was.
    Assessment one = test::sampleAssessment();
    std::erase_if(one.entries, [](const ScoreEntry &e) { return e.code == u"O1"; });
    const Analysis single = analyse(fw, one);
    CHECK(groupedFindings(single).size() == single.findings.size());
}

TEST_CASE("cli: validate prints one line per tool for missing item scores", "[cli][findings]") {
    QTemporaryDir dir;
    const Framework &fw = test::fy2564();
    QByteArray csv = "code,title,score\n";
    for (const ScoreEntry &e : test::sampleAssessment().entries) {
        const int i = fw.indexOf(e.code);
        if (i >= 0 && fw.node(i).level != Level::Item && e.stated)
            csv += e.code.toUtf8() + ",x," + e.stated->toString().toUtf8() + '\n';
    }
    const QString path = dir.filePath(QStringLiteral("indicators.csv"));
    test::writeFile(path, csv);
    const auto run =
        test::runCli({QStringLiteral("validate"), path, QStringLiteral("--year"),
                      QStringLiteral("2564"), QStringLiteral("--lang"), QStringLiteral("en")});
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.out.count(QStringLiteral("[missing]")) == 3);
    CHECK(run.out.contains(QStringLiteral("OIT: no score for")));
}

TEST_CASE("an analysis' summary keeps the overall, tools and indicators as analysed and nothing "
          "else",
          "[analysis][portfolio]") {
    const Analysis full = analyse(test::fy2564(), test::sampleAssessment());
    Analysis copy = full;
    const Analysis summary = std::move(copy).summary();
    int compared = 0;
    for (const NodeResult &n : full.nodes) {
        const NodeResult *kept = summary.find(n.code);
        if (n.level == Level::Overall || n.level == Level::Tool || n.level == Level::Indicator) {
            ++compared;
            REQUIRE(kept);
            CHECK(kept->used == n.used);
            CHECK(kept->grade == n.grade);
            CHECK(kept->bucket == n.bucket);
            CHECK(kept->children.empty());
        } else {
            CHECK_FALSE(kept); // items and sub-items are left out
        }
    }
    // The sample: the overall, three tools and ten indicators, in the same order.
    CHECK(compared == 14);
    CHECK(int(summary.nodes.size()) == compared);
    CHECK(summary.nodes.front().code == QStringLiteral("ITA"));
    CHECK(summary.nodes.front().grade == full.nodes.front().grade);
    CHECK(summary.overall == full.overall);
    CHECK(summary.maintainThreshold == full.maintainThreshold);
    CHECK(summary.find(QStringLiteral("E8")) == nullptr);
    CHECK(summary.find(QStringLiteral("7"))->used == Score::fromHundredths(7661));
    CHECK(copy.nodes.empty()); // taken, not copied
}
