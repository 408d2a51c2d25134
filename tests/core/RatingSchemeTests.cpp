// Rating schemes, roles and the checks of a framework as data (issue: every year's ITA).
#include "TestSupport.h"
#include "io/ScoreRows.h"

#include "analysis/Analysis.h"
#include "analysis/WhatIf.h"
#include "domain/FrameworkCheck.h"
#include "io/FrameworkCsv.h"
#include "io/FrameworkWriter.h"
#include "io/ScoreRows.h"

using namespace ita;

namespace {

Score s(const char *text) {
    return Score::parse(QString::fromLatin1(text))->value;
}

const RatingScheme &preset(const char *key) {
    for (const auto &p : ratingPresets())
        if (p.key == QLatin1String(key))
            return p.scheme;
    FAIL("no preset " << key);
    static RatingScheme none;
    return none;
}

/// Two tools of weight 0.5, one indicator each, one item each (A1 under AAA, B1 under BBB).
Framework twoTools(const RatingScheme &rating) {
    Framework base;
    base.id = QStringLiteral("T-2599");
    base.fiscalYears = {2599};
    base.title = {QStringLiteral("ทดสอบ"), QStringLiteral("Test")};
    base.rating = rating;
    std::vector<StructureRow> rows{
        {0,
         QStringLiteral("AAA"),
         QStringLiteral("ITA"),
         QStringLiteral("ก"),
         {},
         QStringLiteral("0.5"),
         {}},
        {0, QStringLiteral("1"), QStringLiteral("AAA"), QStringLiteral("หนึ่ง"), {}, {}, {}},
        {0, QStringLiteral("A1"), QStringLiteral("1"), QStringLiteral("ข้อ 1"), {}, {}, {}},
        {0,
         QStringLiteral("BBB"),
         QStringLiteral("ITA"),
         QStringLiteral("ข"),
         {},
         QStringLiteral("0.5"),
         {}},
        {0, QStringLiteral("2"), QStringLiteral("BBB"), QStringLiteral("สอง"), {}, {}, {}},
        {0, QStringLiteral("B1"), QStringLiteral("2"), QStringLiteral("ข้อ 2"), {}, {}, {}},
    };
    auto fw = buildFromRows(base, rows, QStringLiteral("test"));
    REQUIRE(fw.ok());
    REQUIRE(checkFramework(*fw).empty());
    return fw.take();
}

Assessment scores(std::initializer_list<std::pair<const char *, const char *>> entries) {
    Assessment a;
    a.agency = QStringLiteral("หน่วยงานทดสอบ");
    a.fiscalYear = 2599;
    a.frameworkId = QStringLiteral("T-2599");
    for (const auto &[code, score] : entries) {
        ScoreEntry e;
        e.code = QString::fromLatin1(code);
        e.stated = s(score);
        a.entries.push_back(e);
    }
    return a;
}

QStringList problemTexts(const std::vector<FrameworkProblem> &problems) {
    QStringList out;
    for (const auto &p : problems)
        out << p.text(false);
    return out;
}

bool anyContains(const QStringList &texts, const char *part) {
    for (const QString &t : texts)
        if (t.contains(QString::fromUtf8(part)))
            return true;
    return false;
}

} // namespace

TEST_CASE("the five-level scheme needs every tool for the top levels, the overall alone below",
          "[framework][rating]") {
    const RatingScheme &five = preset("five-levels");
    REQUIRE(five.levels.size() == 5);
    const auto level = [&](const char *overall, std::vector<std::optional<Score>> tools) {
        return five.levelForOverall(s(overall), tools);
    };
    // The example: overall 96 with one tool at 94 is ผ่านดี, not ผ่านดีเยี่ยม.
    CHECK(level("96", {s("96"), s("94"), s("98")}) == QStringLiteral("ผ่านดี"));
    CHECK(level("96", {s("96"), s("95"), s("98")}) == QStringLiteral("ผ่านดีเยี่ยม"));
    // 85 overall with a tool below 85 is plain ผ่าน; a tool without a score meets no condition.
    CHECK(level("86", {s("90"), s("84.99"), s("90")}) == QStringLiteral("ผ่าน"));
    CHECK(level("97", {s("97"), std::nullopt, s("97")}) == QStringLiteral("ผ่าน"));
    CHECK(level("84.99", {s("99"), s("99"), s("60")}) == QStringLiteral("ต้องปรับปรุง"));
    CHECK(level("69.99", {}) == QStringLiteral("ต้องปรับปรุงโดยด่วน"));
    // Below the overall, the bound alone decides.
    CHECK(five.levelFor(s("96")) == QStringLiteral("ผ่านดีเยี่ยม"));
    CHECK(five.levelFor(s("70")) == QStringLiteral("ต้องปรับปรุง"));
    CHECK(five.passes(QStringLiteral("ผ่าน")));
    CHECK_FALSE(five.passes(QStringLiteral("ต้องปรับปรุง")));
    // A level is found by its Thai or English name.
    CHECK(five.canonical(QStringLiteral("good pass")) == QStringLiteral("ผ่านดี"));
    CHECK(five.canonical(QStringLiteral("ดีมาก")).isEmpty());

    const RatingScheme &nacc = preset("nacc-pass-fy2566");
    CHECK(nacc.levelFor(s("92.55")) == QStringLiteral("ผ่าน"));
    CHECK(nacc.levelFor(s("84.99")) == QStringLiteral("ไม่ผ่าน"));
    CHECK(nacc.wording == RatingScheme::Wording::Result);
    CHECK(preset("grades-fy2562").wording == RatingScheme::Wording::Grade);
    CHECK(preset("grades-fy2562") == test::fy2564().rating);
}

TEST_CASE("the analysis grades the overall with the tool condition and checks stated levels",
          "[framework][rating]") {
    const Framework fw = twoTools(preset("five-levels"));
    // A1 100, B1 93: overall 96.50 but BBB at 93 is below 95.
    Assessment a = scores({{"A1", "100"}, {"B1", "93"}});
    a.entries.push_back({QStringLiteral("ITA"), QString(), std::nullopt,
                         QStringLiteral("ผ่านดีเยี่ยม")}); // stated, and wrong
    const Analysis an = analyse(fw, a);
    CHECK(an.overall == s("96.5"));
    CHECK(an.nodes.front().grade == QStringLiteral("ผ่านดี"));
    CHECK(an.find(QStringLiteral("AAA"))->grade == QStringLiteral("ผ่านดีเยี่ยม"));
    bool flagged = false;
    for (const auto &f : an.findings)
        if (f.code == u"ITA" && f.kind == Finding::Kind::Grade) {
            flagged = true;
            CHECK(f.computed == QStringLiteral("ผ่านดี"));
        }
    CHECK(flagged);
    // A stated English name is the same level: no finding.
    Assessment b = scores({{"A1", "100"}, {"B1", "96"}});
    b.entries.push_back(
        {QStringLiteral("ITA"), QString(), std::nullopt, QStringLiteral("Excellent pass")});
    const Analysis bn = analyse(fw, b);
    CHECK(bn.nodes.front().grade == QStringLiteral("ผ่านดีเยี่ยม"));
    for (const auto &f : bn.findings)
        CHECK(f.kind != Finding::Kind::Grade);
}

TEST_CASE("the target search by level meets the bound and the tool condition, or says it cannot",
          "[framework][rating][whatif]") {
    const Framework fw = twoTools(preset("five-levels"));
    const Assessment a = scores({{"A1", "96"}, {"B1", "90"}}); // overall 93.00
    const QStringList b1{QStringLiteral("B1")};
    const QStringList a1{QStringLiteral("A1")};
    // 95.00 overall needs (96 + B)/2 to round (half up, two decimals) to 95.00: B = 93.99
    // gives 94.995 → 95.00, a rise of 3.99. ผ่านดีเยี่ยม also needs BBB ≥ 95: a rise of 5.00.
    CHECK(requiredRise(fw, a, b1, s("95")) == s("3.99"));
    CHECK(requiredRiseForLevel(fw, a, b1, QStringLiteral("ผ่านดีเยี่ยม")) == s("5"));
    // Raising A1 alone reaches 95.00 overall (at 100) but never lifts BBB from 90.
    CHECK(requiredRise(fw, a, a1, s("95")) == s("3.99"));
    CHECK_FALSE(requiredRiseForLevel(fw, a, a1, QStringLiteral("ผ่านดีเยี่ยม")).has_value());
    // ผ่านดี (every tool ≥ 85) is met already: no rise.
    CHECK(requiredRiseForLevel(fw, a, a1, QStringLiteral("Good pass")) == Score());
}

TEST_CASE("a framework's problems are each named", "[framework][check]") {
    const Framework good = twoTools(preset("grades-fy2562"));
    CHECK(checkFramework(good).empty());
    CHECK(checkFramework(test::fy2564()).empty());

    struct Case {
        const char *name;
        std::function<void(Framework &)> spoil;
        const char *expected;
    };
    const auto node = [](Framework &fw, const char *code) -> Framework::Node & {
        return fw.nodes[size_t(fw.indexOf(QString::fromLatin1(code)))];
    };
    const Case cases[] = {
        {"weights", [&](Framework &fw) { node(fw, "AAA").weight = 4000; },
         "tool weights must add up to 1 (they add up to 0.9000)"},
        {"duplicate", [&](Framework &fw) { node(fw, "B1").code = QStringLiteral("A1"); },
         "code \"A1\" appears twice"},
        {"malformed", [&](Framework &fw) { node(fw, "B1").code = QStringLiteral("1B"); },
         "\"1B\" is not a valid item code"},
        {"role on an indicator", [&](Framework &fw) { node(fw, "2").role = Role::Analysis; },
         "only an item can play a role, and 2 is at the indicator level"},
        {"empty indicator",
         [&](Framework &fw) {
             fw.nodes.erase(fw.nodes.begin() + fw.indexOf(QStringLiteral("B1")));
             node(fw, "2").children.clear();
         },
         "indicator 2 has no items under it"},
        {"levels out of order",
         [](Framework &fw) { std::swap(fw.rating.levels[1], fw.rating.levels[2]); },
         "levels must be listed from the highest down"},
        {"unreachable level",
         [](Framework &fw) { fw.rating.levels[1].minimum = fw.rating.levels[0].minimum; },
         "no score can reach \"A\""},
        {"lowest level", [](Framework &fw) { fw.rating.levels.back().minimum = s("10"); },
         "the lowest level must start at 0"},
        {"role twice",
         [&](Framework &fw) {
             node(fw, "A1").role = Role::Analysis;
             node(fw, "B1").role = Role::Analysis;
         },
         "role \"analysis\" is given to more than one item: A1, B1"},
        {"role on an indicator", [&](Framework &fw) { node(fw, "1").role = Role::Implementation; },
         "only an item can play a role"},
        {"no years", [](Framework &fw) { fw.fiscalYears.clear(); }, "no fiscal year uses"},
        {"CE year", [](Framework &fw) { fw.fiscalYears = {2026}; }, "2026 is not a fiscal year"},
        {"no id", [](Framework &fw) { fw.id.clear(); }, "the framework has no id"},
    };
    for (const auto &c : cases) {
        INFO(c.name);
        Framework fw = good;
        c.spoil(fw);
        fw.buildIndex();
        const QStringList texts = problemTexts(checkFramework(fw));
        INFO(texts.join(u'\n').toStdString());
        CHECK(anyContains(texts, c.expected));
    }
    // Two frameworks claiming one year.
    Framework other = good;
    other.id = QStringLiteral("T-OTHER");
    const auto claims = problemTexts(checkYearClaims(good, {&other, &good}));
    REQUIRE(claims.size() == 1);
    CHECK(claims.front().contains(QStringLiteral("fiscal year 2599 is already claimed by "
                                                 "framework T-OTHER")));
}

TEST_CASE("the JSON form keeps everything: rating, roles, weights, titles", "[framework][json]") {
    Framework fw = copyForYear(test::fy2564(), 2569);
    fw.rating = preset("five-levels");
    fw.nodes[size_t(fw.indexOf(QStringLiteral("1")))].weight = 20000; // indicator 1 counts twice
    const QByteArray json = writeFrameworkJson(fw);
    auto back = readFramework(json, QStringLiteral("fy2569.json"));
    INFO(back.error().toStdString());
    REQUIRE(back.ok());
    CHECK(back->id == QStringLiteral("ITA-2569"));
    CHECK(back->fiscalYears == std::vector<int>{2569});
    CHECK(back->rating == fw.rating);
    CHECK(back->codeFor(Role::Analysis) == QStringLiteral("O42"));
    CHECK(back->codeFor(Role::Implementation) == QStringLiteral("O43"));
    CHECK(back->node(back->indexOf(QStringLiteral("1"))).weight == 20000);
    CHECK(back->node(back->indexOf(QStringLiteral("OIT"))).weight == 4000);
    REQUIRE(back->nodes.size() == fw.nodes.size());
    for (size_t i = 0; i < fw.nodes.size(); ++i) {
        CHECK(back->nodes[i].code == fw.nodes[i].code);
        CHECK(back->nodes[i].title.th == fw.nodes[i].title.th);
        CHECK(back->nodes[i].title.en == fw.nodes[i].title.en);
        CHECK(back->nodes[i].level == fw.nodes[i].level);
    }
    CHECK(writeFrameworkJson(*back) == json);
    // A version 1 file's grades pass from the fixed threshold up, worded as grades.
    const Framework &v1 = test::fy2564();
    CHECK(v1.rating.passes(QStringLiteral("A")));
    CHECK_FALSE(v1.rating.passes(QStringLiteral("B")));
}

TEST_CASE("a weighted indicator counts by its weight in the analysis and the sensitivity",
          "[framework][weights]") {
    Framework fw = twoTools(preset("grades-fy2562"));
    // Give tool AAA a second indicator, weighted 3 against indicator 1's 1.
    auto rows = structureRows(fw);
    rows.insert(rows.begin() + 3, {0,
                                   QStringLiteral("3"),
                                   QStringLiteral("AAA"),
                                   QStringLiteral("สาม"),
                                   {},
                                   QStringLiteral("0.75"),
                                   {}});
    rows.insert(rows.begin() + 4,
                {0, QStringLiteral("A2"), QStringLiteral("3"), QStringLiteral("ข้อ 3"), {}, {}, {}});
    rows[1].weight = QStringLiteral("0.25");
    auto weighted = buildFromRows(fw, rows, QStringLiteral("test"));
    REQUIRE(weighted.ok());
    REQUIRE(checkFramework(*weighted).empty());
    const Analysis a = analyse(*weighted, scores({{"A1", "80"}, {"A2", "100"}, {"B1", "90"}}));
    // AAA = (0.25·80 + 0.75·100) / 1 = 95.00; overall (95 + 90) / 2 = 92.50.
    CHECK(a.find(QStringLiteral("AAA"))->used == s("95"));
    CHECK(a.overall == s("92.5"));
    // Sensitivity: B1 0.5 (its tool's weight); A2 0.5 × 0.75; A1 0.5 × 0.25.
    const auto list = sensitivity(*weighted);
    REQUIRE(list.size() == 3);
    CHECK(list[0].code == QStringLiteral("B1"));
    CHECK(list[0].perPoint == Approx(0.5));
    CHECK(list[1].code == QStringLiteral("A2"));
    CHECK(list[1].perPoint == Approx(0.375));
    CHECK(list[2].code == QStringLiteral("A1"));
    CHECK(list[2].perPoint == Approx(0.125));
}

TEST_CASE("schemes whose names or bounds leave a level unreachable or ambiguous are refused",
          "[framework][check][rating]") {
    Framework fw = twoTools(preset("five-levels"));
    const auto texts = [&] {
        return problemTexts(checkFramework(fw));
    };
    CHECK(texts().isEmpty());
    // ผ่านดี (85, every tool 85) above ผ่าน (85, every tool 90): ผ่าน could never be earned.
    fw.rating.levels[2].allToolsMinimum = Score::fromWhole(90);
    CHECK(anyContains(texts(), "no score can reach \"ผ่าน\""));
    fw.rating = preset("five-levels");
    // The lowest level must take every result.
    fw.rating.levels.back().allToolsMinimum = Score::fromWhole(10);
    CHECK(anyContains(texts(), "the lowest level can have no tool condition"));
    fw.rating = preset("five-levels");
    // One level's English name is another's Thai name: a stated "ผ่าน" would be ambiguous.
    fw.rating.levels[0].label.en = QStringLiteral("ผ่าน");
    CHECK(anyContains(texts(), "level \"ผ่าน\" appears twice"));
}

TEST_CASE("an indicator holds sub-indicators or items but never both and ITA takes no row",
          "[framework][check][csv]") {
    Framework fw = test::fy2564();
    auto rows = structureRows(fw);
    rows.push_back(
        {0, QStringLiteral("O99"), QStringLiteral("9"), QStringLiteral("ข้อใหม่"), {}, {}, {}});
    auto mixed = buildFromRows(fw, rows, QStringLiteral("s.csv"));
    REQUIRE(mixed.ok());
    CHECK(anyContains(problemTexts(checkFramework(*mixed)),
                      "indicator 9 holds both sub-indicators and items"));
    rows.pop_back();
    rows.push_back(
        {7, QStringLiteral("ITA"), QStringLiteral("X"), QStringLiteral("x"), {}, {}, {}});
    auto ita = buildFromRows(fw, rows, QStringLiteral("s.csv"));
    REQUIRE_FALSE(ita.ok());
    CHECK(ita.error().contains(QStringLiteral("s.csv:7: ITA is the overall")));
    // Below the tools a weight is relative: 2 is fine there, not on a tool.
    rows.pop_back();
    for (auto &r : rows)
        if (r.code == u"1")
            r.weight = QStringLiteral("2");
    CHECK(buildFromRows(fw, rows, QStringLiteral("s.csv")).ok());
    for (auto &r : rows)
        if (r.code == u"IIT")
            r.weight = QStringLiteral("2");
    CHECK_FALSE(buildFromRows(fw, rows, QStringLiteral("s.csv")).ok());
}

TEST_CASE("pasting replaces only the items of tools whose items the paste lists",
          "[framework][paste]") {
    const Framework &fw = test::fy2564();
    const auto paste = [&](const char *text) {
        auto rows = parsePastedRows(QString::fromUtf8(text));
        REQUIRE(rows.ok());
        auto built = buildFromRows(fw, mergeRows(fw, *rows, true), QStringLiteral("paste"));
        REQUIRE(built.ok());
        return built.take();
    };
    // A renamed indicator leaves every item where it was.
    const Framework renamed = paste("9\tการเปิดเผยข้อมูลสาธารณะ\tOIT\n");
    CHECK(renamed.indexOf(QStringLiteral("O43")) >= 0);
    CHECK(renamed.node(renamed.indexOf(QStringLiteral("9"))).title.th ==
          QStringLiteral("การเปิดเผยข้อมูลสาธารณะ"));
    // One OIT item pasted with "replace": OIT keeps that item only; IIT and EIT are untouched.
    const Framework one = paste("O1\tโครงสร้าง\t9.1\n");
    CHECK(one.indexOf(QStringLiteral("O2")) < 0);
    CHECK(one.indexOf(QStringLiteral("O1")) >= 0);
    CHECK(one.indexOf(QStringLiteral("I30")) >= 0);
    CHECK(one.indexOf(QStringLiteral("E15")) >= 0);
}

TEST_CASE("claim: a stated level is accepted by its Thai or English name and stored under its "
          "Thai name",
          "[rating][claims]") {
    const Framework fw = test::fy2569();
    REQUIRE_FALSE(fw.rating.levels.empty());
    const RatingLevel &top = fw.rating.levels.front();
    REQUIRE(top.label.th != top.label.en);
    Diagnostics diagnostics;
    ScoreRowChecker checker(fw, QStringLiteral("levels.csv"), diagnostics);
    Assessment a;
    checker.add({2, QStringLiteral("ITA"), QString(), QStringLiteral("96.00"), top.label.en}, a);
    checker.add(
        {3, QStringLiteral("IIT"), QString(), QStringLiteral("96.00"), top.label.en.toLower()}, a);
    checker.add({4, QStringLiteral("EIT"), QString(), QStringLiteral("96.00"), top.label.th}, a);
    checker.add({5, QStringLiteral("OIT"), QString(), QStringLiteral("96.00"),
                 QStringLiteral("Excellent-ish")},
                a);
    REQUIRE(a.entries.size() == 3); // the unknown name is refused
    for (const ScoreEntry &e : a.entries)
        CHECK(e.statedGrade == top.label.th);
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics.front().toString().startsWith(QStringLiteral("levels.csv:5")));
}

TEST_CASE("a new year's framework gets the rating scheme in force for its year, and says so",
          "[framework][rating]") {
    // Issue 25: a copy of FY2564 for 2569 kept the AA–F grades the NACC replaced in FY2566.
    CHECK(ratingPresetForYear(2564).key == QStringLiteral("grades-fy2562"));
    CHECK(ratingPresetForYear(2565).key == QStringLiteral("grades-fy2562"));
    CHECK(ratingPresetForYear(2566).key == QStringLiteral("five-levels"));
    CHECK(ratingPresetForYear(2569).key == QStringLiteral("five-levels"));

    LocalizedText note;
    const Framework fy2569 = newYearFramework(test::fy2564(), 2569, &note);
    CHECK(fy2569.id == QStringLiteral("ITA-2569"));
    CHECK(fy2569.fiscalYears == std::vector<int>{2569});
    CHECK(fy2569.rating.names() ==
          QStringList({QStringLiteral("ผ่านดีเยี่ยม"), QStringLiteral("ผ่านดี"), QStringLiteral("ผ่าน"),
                       QStringLiteral("ต้องปรับปรุง"), QStringLiteral("ต้องปรับปรุงโดยด่วน")}));
    CHECK(fy2569.nodes.size() == test::fy2564().nodes.size()); // the tree is the copy's
    CHECK(note.en.contains(QStringLiteral("AA–F")));
    CHECK(note.en.contains(QStringLiteral("FY2566")));
    CHECK(note.th.contains(QStringLiteral("2566")));

    // A year the grades still served keeps them, and the note says it kept them.
    const Framework fy2565 = newYearFramework(test::fy2564(), 2565, &note);
    CHECK(fy2565.rating == test::fy2564().rating);
    CHECK(note.en.startsWith(QStringLiteral("Rating kept from ITA-2564")));
}

TEST_CASE("rating schemes that are well formed but mean something else are warned of",
          "[framework][check][rating]") {
    Framework fw = twoTools(preset("five-levels"));
    const auto warnings = [&] {
        return problemTexts(frameworkWarnings(fw));
    };
    const auto ratingWarnings = [&] {
        QStringList texts;
        for (const auto &w : frameworkWarnings(fw))
            if (w.area == FrameworkProblem::Area::Rating)
                texts << w.text(false);
        return texts;
    };
    CHECK(ratingWarnings().isEmpty());
    // None of the NACC's schemes the program ships is warned of.
    for (const auto &p : ratingPresets()) {
        INFO(p.key.toStdString());
        fw.rating = p.scheme;
        CHECK(ratingWarnings().isEmpty());
    }
    fw.rating = preset("five-levels");
    // A pass level below a failing one: a better result would fail.
    const size_t last = fw.rating.levels.size() - 1;
    fw.rating.levels[last].pass = true;
    fw.rating.levels[last - 1].pass = false;
    CHECK(anyContains(warnings(), "passes but the higher level"));
    CHECK(problemTexts(checkFramework(fw)).isEmpty()); // a warning, not a refusal
    fw.rating = preset("five-levels");
    // ผ่าน (85, overall alone) with every tool at 96: that lifts it onto ผ่านดีเยี่ยม (95, every
    // tool 95), which is looked at first, so no overall is ever rated ผ่าน.
    const int pass = fw.rating.indexOf(QStringLiteral("ผ่าน"));
    REQUIRE(pass > 0);
    REQUIRE(fw.rating.levels[0].minimum == Score::fromWhole(95));
    fw.rating.levels[size_t(pass)].allToolsMinimum = Score::fromWhole(96);
    CHECK(anyContains(warnings(), "no overall can be rated \"Pass\""));
    // Checked against the rating it predicts: every tool at 96 gives the top level.
    CHECK(fw.rating.levelForOverall(Score::fromWhole(96),
                                    {Score::fromWhole(96), Score::fromWhole(96)}) ==
          fw.rating.levels[0].label.th);
    // A tool condition that stays below the next level's bound is a level that can be given.
    fw.rating.levels[size_t(pass)].allToolsMinimum = Score::fromWhole(86);
    CHECK(ratingWarnings().isEmpty());
}
