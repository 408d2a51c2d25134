// Issue 23, "Plans worth publishing": drafts with real steps from the measures library and last
// year's plan, coverage that counts substance, the library's format.
#include "TestSupport.h"

#include "analysis/Drafting.h"
#include "analysis/PlanAnalysis.h"
#include "document/PlanDrafting.h"
#include "io/FrameworkReader.h"
#include "io/FrameworkWriter.h"
#include "io/LibraryCsv.h"
#include "io/LibraryJson.h"
#include "io/PlanJson.h"
#include "storage/AuditLog.h"
#include "storage/LibraryRepository.h"
#include "storage/PlanRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ita;

namespace {

Plan emptyPlan(const QString &agency, int year) {
    Plan p;
    p.agency = agency;
    p.fiscalYear = year;
    p.basedOnYear = year - 1;
    return p;
}

/// The codes some measure of the plan names.
QStringList answered(const Plan &plan) {
    QStringList codes;
    for (const Measure &m : plan.measures)
        codes += m.codes;
    return codes;
}

QStringList missingKinds(const std::vector<CoverageFinding> &findings) {
    QStringList out;
    for (const auto &f : findings)
        if (isMissing(f.kind))
            out << coverageKindKey(f.kind) + u':' + f.code;
    return out;
}

QStringList kindsOf(const std::vector<CoverageFinding> &findings) {
    QStringList out;
    for (const auto &f : findings)
        out << coverageKindKey(f.kind);
    return out;
}

/// Every measure has two steps or more; every step a span within the year and a unit.
void checkSubstance(const Plan &plan) {
    for (const Measure &m : plan.measures) {
        CAPTURE(m.title.toStdString());
        CHECK(m.steps.size() >= 2);
        CHECK_FALSE(m.monitoring.isEmpty());
        CHECK_FALSE(m.reportTo.isEmpty());
        for (const Step &s : m.steps) {
            CAPTURE(s.text.toStdString());
            CHECK(s.isScheduled());
            CHECK(s.endMonth <= 12);
            CHECK_FALSE(s.units.isEmpty());
        }
    }
}

/// The FY2569 test agency's results (tests/data/fy2569/scores.csv).
Assessment fy2569Results() {
    Assessment a;
    a.agency = QStringLiteral("สำนักงานทดสอบ");
    a.fiscalYear = 2569;
    a.frameworkId = QStringLiteral("ITA-2569");
    const QStringList lines =
        QString::fromUtf8(test::readFile(test::dataPath(QStringLiteral("fy2569/scores.csv"))))
            .split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines.mid(1)) {
        const QStringList f = line.trimmed().split(u',');
        REQUIRE(f.size() == 4);
        ScoreEntry e;
        e.code = f[2];
        const auto parsed = Score::parse(f[3]);
        REQUIRE(parsed);
        e.stated = parsed->value;
        a.entries.push_back(e);
    }
    return a;
}

} // namespace

TEST_CASE("draft: the seed agency's results with its plan removed get a plan with substance",
          "[draft][seed]") {
    const Framework &fw = test::fy2564();
    const Analysis analysis = analyse(fw, test::sampleAssessment());
    Plan plan = emptyPlan(QStringLiteral("สำนักงาน กกพ."), 2565);
    const auto groups = draftProposals(fw, analysis, plan, bundledLibrary());
    addDrafts(plan, takeDrafts(groups, DraftTake::Best));

    // The seed's own summary (DOMAIN.md): improve I7, I12, I14, I20, I27; urgent E1–E3, E5,
    // E6–E10, E11–E15. Every one is answered by a drafted measure.
    const QStringList codes = answered(plan);
    for (const char *code : {"I7", "I12", "I14", "I20", "I27", "E1", "E2", "E3", "E5", "E6", "E7",
                             "E8", "E9", "E10", "E11", "E12", "E13", "E14", "E15"}) {
        CAPTURE(code);
        CHECK(codes.contains(QString::fromLatin1(code)));
    }
    CHECK_FALSE(codes.contains(QStringLiteral("E4"))); // maintain
    checkSubstance(plan);
    // Nothing is missing; what is left is to review the drafts, and the check says so.
    const auto findings = checkCoverage(analysis, plan);
    CHECK(missingKinds(findings).isEmpty());
    CHECK(kindsOf(findings).count(QStringLiteral("unreviewed")) == int(plan.measures.size()));
    for (const Measure &m : plan.measures) {
        CHECK(m.origin.startsWith(QStringLiteral("library ")));
        CHECK(m.hasDraft());
    }
}

TEST_CASE("draft: a FY2569 framework's urgent items are answered through themes, not FY2564 "
          "codes",
          "[draft][fy2569]") {
    const Framework fw = test::fy2569();
    const Analysis analysis = analyse(fw, fy2569Results());
    Plan plan = emptyPlan(QStringLiteral("สำนักงานทดสอบ"), 2570);
    const auto groups = draftProposals(fw, analysis, plan, bundledLibrary());
    addDrafts(plan, takeDrafts(groups, DraftTake::Best));
    const QStringList codes = answered(plan);
    // O7 and O19 scored 0 (the data's README): urgent, under sub-indicators 9.2 and 9.5, whose
    // FY2569 titles are placeholders. They are answered by the entries for their sub-indicators.
    CHECK(codes.contains(QStringLiteral("O7")));
    CHECK(codes.contains(QStringLiteral("O19")));
    for (const Measure &m : plan.measures) {
        const LibraryEntry *entry = bundledLibrary().find(m.origin.mid(8));
        CAPTURE(m.origin.toStdString(), m.codes.join(u' ').toStdString());
        REQUIRE(entry);
        // No FY2564 code can match a FY2569 item: the entries' codes are for ITA-2564.
        if (m.codes.contains(QStringLiteral("O7")))
            CHECK(entry->targets.subIndicators.contains(QStringLiteral("9.2")));
        if (m.codes.contains(QStringLiteral("O19")))
            CHECK(entry->targets.subIndicators.contains(QStringLiteral("9.5")));
    }
    for (int node : unansweredNodes(analysis, Plan()))
        CHECK(codes.contains(analysis.nodes[size_t(node)].code));
    checkSubstance(plan);
    CHECK(missingKinds(checkCoverage(analysis, plan)).isEmpty());
    // OIT publication steps end before the window opens (1 March, fiscal month 6).
    for (const Measure &m : plan.measures)
        if (m.codes.contains(QStringLiteral("O7")))
            CHECK(std::any_of(m.steps.begin(), m.steps.end(),
                              [](const Step &s) { return s.endMonth < kOitWindowStartMonth; }));
}

TEST_CASE("draft: the matching rule's strengths, as documented", "[draft]") {
    const Framework &fw = test::fy2564();
    const Analysis analysis = analyse(fw, test::sampleAssessment());
    const int i7 = analysis.indexOf(QStringLiteral("I7"));
    const int o42 = analysis.indexOf(QStringLiteral("O42"));
    const int o20 = analysis.indexOf(QStringLiteral("O20"));
    REQUIRE(i7 >= 0);
    REQUIRE(o42 >= 0);
    REQUIRE(o20 >= 0);
    LibraryEntry e;
    e.targets.framework = fw.id;
    e.targets.codes = {QStringLiteral("I7")};
    CHECK(matchStrength(fw, analysis, i7, e) == 5);
    e.targets.framework = QStringLiteral("ITA-2569"); // another year's I7 is another item
    CHECK(matchStrength(fw, analysis, i7, e) == 0);
    e = LibraryEntry();
    e.targets.roles = {Role::Analysis};
    CHECK(matchStrength(fw, analysis, o42, e) == 5);
    CHECK(matchStrength(fw, analysis, i7, e) == 0);
    e = LibraryEntry();
    e.targets.keywords = {QStringLiteral("งบประมาณ")};
    QString why;
    CHECK(matchStrength(fw, analysis, i7, e, &why) == 3);
    CHECK(why.contains(QStringLiteral("งบประมาณ")));
    e = LibraryEntry();
    e.targets.subIndicators = {QStringLiteral("9.3")};
    CHECK(matchStrength(fw, analysis, o20, e) == 2);
    e = LibraryEntry();
    e.targets.themes = {2};
    CHECK(matchStrength(fw, analysis, i7, e) == 1);
    e.targets.themes = {3};
    CHECK(matchStrength(fw, analysis, i7, e) == 0);
}

TEST_CASE("draft: drafted steps are scheduled by their timing and name the agency's units",
          "[draft]") {
    Plan plan = emptyPlan(QStringLiteral("ก"), 2566);
    plan.units = {{QStringLiteral("ฝ่ายพัสดุ"), {}, {QStringLiteral("procurement")}},
                  {QStringLiteral("ฝ่ายคลัง"), {}, {QStringLiteral("finance")}},
                  {QStringLiteral("กองกลาง"), {}, {QStringLiteral("finance")}}};
    LibraryEntry e;
    e.id = QStringLiteral("x");
    e.title = {QStringLiteral("ทดสอบ"), {}};
    e.steps = {
        {QStringLiteral("อนุมัติ"),
         *parseStepTiming(QStringLiteral("after_approval")),
         {UnitRole::Executive}},
        {QStringLiteral("เผยแพร่"),
         *parseStepTiming(QStringLiteral("before_oit_window")),
         {UnitRole::Procurement, UnitRole::Finance}},
        {QStringLiteral("รายงาน"), *parseStepTiming(QStringLiteral("Q3-Q4")), {UnitRole::Finance}}};
    QStringList unmapped;
    const Measure m = draftFromEntry(e, {QStringLiteral("I7")}, plan, &unmapped);
    REQUIRE(m.steps.size() == 3);
    CHECK(std::pair(m.steps[0].startMonth, m.steps[0].endMonth) == std::pair(1, 3));
    CHECK(std::pair(m.steps[1].startMonth, m.steps[1].endMonth) == std::pair(2, 5));
    CHECK(std::pair(m.steps[2].startMonth, m.steps[2].endMonth) == std::pair(7, 12));
    // The executive role is no unit's: named by the role, and asked for, never dropped.
    CHECK(m.steps[0].units == QStringList{QStringLiteral("ผู้บริหาร")});
    CHECK(unmapped == QStringList{QStringLiteral("executive")});
    CHECK(m.steps[1].units == QStringList({QStringLiteral("ฝ่ายพัสดุ"), QStringLiteral("ฝ่ายคลัง"),
                                           QStringLiteral("กองกลาง")}));
    CHECK(m.steps[0].draft ==
          QStringList({QStringLiteral("text"), QStringLiteral("span"), QStringLiteral("units")}));
    CHECK(m.origin == QStringLiteral("library x"));

    // Timings outside the year are no timing.
    for (const char *bad : {"Q5", "Q0", "M13", "M0", "Q3-Q2", "M4-M2", "next year", ""})
        CHECK_FALSE(parseStepTiming(QString::fromLatin1(bad)));
    CHECK(stepTimingText(*parseStepTiming(QStringLiteral("m1-m3"))) == QStringLiteral("Q1"));
    CHECK(stepTimingText(*parseStepTiming(QStringLiteral("M2-M5"))) == QStringLiteral("M2-M5"));
}

TEST_CASE("draft: carry-forward over two years shows each item's change and resets progress",
          "[draft][carry]") {
    const Framework &fw = test::fy2564();
    const Assessment y2564 = test::sampleAssessment();
    const Analysis a2564 = analyse(fw, y2564);
    const QString agency = y2564.agency;

    // FY2565's plan, drafted from FY2564 and then carried out in part.
    Plan p2565 = emptyPlan(agency, 2565);
    addDrafts(p2565,
              takeDrafts(draftProposals(fw, a2564, p2565, bundledLibrary()), DraftTake::Best));
    REQUIRE(p2565.measures.size() >= 3);
    for (Measure &m : p2565.measures)
        for (Step &s : m.steps) {
            setStatus(s, StepStatus::Done);
            s.actualFinish = QDate(2022, 3, 1);
            s.evidence = {QStringLiteral("https://example.go.th/done")};
        }

    // FY2565's results: I7 rose a little and is still improve; I20 reached maintain.
    Assessment y2565 = y2564;
    y2565.fiscalYear = 2565;
    const auto set = [&](Assessment &a, const char *code, qint64 hundredths) {
        for (ScoreEntry &e : a.entries)
            if (e.code == QLatin1String(code))
                e.stated = Score::fromHundredths(hundredths);
    };
    const Score i7Before = *a2564.find(QStringLiteral("I7"))->used;
    set(y2565, "I7", i7Before.hundredths() + 216);
    set(y2565, "I20", 9990);
    const Analysis a2565 = analyse(fw, y2565);
    REQUIRE(a2565.find(QStringLiteral("I7"))->bucket == Bucket::Improve);
    REQUIRE(a2565.find(QStringLiteral("I20"))->bucket == Bucket::Maintain);

    Plan p2566 = emptyPlan(agency, 2566);
    const auto groups =
        draftProposals(fw, a2565, p2566, bundledLibrary(), PreviousPlan{&p2565, &a2564});
    const DraftCandidate *i7 = nullptr;
    const DraftCandidate *i20 = nullptr;
    for (const DraftGroup &g : groups)
        for (const DraftCandidate &c : g.candidates) {
            if (c.kind != DraftCandidate::Kind::CarriedForward)
                continue;
            if (c.answers.contains(QStringLiteral("I7")))
                i7 = &c;
            if (c.keepMonitoring && c.measure.codes.contains(QStringLiteral("I20")))
                i20 = &c;
        }
    REQUIRE(i7);
    const QString change = QStringLiteral("I7 %1 → %2, +2.16")
                               .arg(i7Before.toString(),
                                    Score::fromHundredths(i7Before.hundredths() + 216).toString());
    CHECK(i7->reasons.contains(change));
    CHECK(i7->measure.origin.startsWith(QStringLiteral("plan 2565 ")));
    for (const Step &s : i7->measure.steps) {
        CHECK(s.status == StepStatus::NotStarted);
        CHECK(s.percent == 0);
        CHECK_FALSE(s.actualFinish.isValid());
        CHECK(s.evidence.isEmpty());
        CHECK_FALSE(s.draft.isEmpty());
    }
    // The measure whose item is now maintained is offered to keep monitoring, not taken.
    REQUIRE(i20);
    const auto best = takeDrafts(groups, DraftTake::Best);
    CHECK(std::none_of(best.begin(), best.end(),
                       [&](const Measure &m) { return m.codes.contains(QStringLiteral("I20")); }));
    // Last year's measure is preferred for an item it answered (carried, not drafted anew).
    CHECK(std::any_of(best.begin(), best.end(), [](const Measure &m) {
        return m.codes.contains(QStringLiteral("I7")) &&
               m.origin.startsWith(QStringLiteral("plan 2565 "));
    }));

    // The second year: FY2566's plan carries into FY2567, origin following.
    addDrafts(p2566, best);
    Assessment y2566 = y2565;
    y2566.fiscalYear = 2566;
    set(y2566, "I7", i7Before.hundredths() + 250);
    const Analysis a2566 = analyse(fw, y2566);
    REQUIRE(a2566.find(QStringLiteral("I7"))->bucket == Bucket::Improve);
    Plan p2567 = emptyPlan(agency, 2567);
    const auto next =
        takeDrafts(draftProposals(fw, a2566, p2567, bundledLibrary(), PreviousPlan{&p2566, &a2565}),
                   DraftTake::Best);
    CHECK(std::any_of(next.begin(), next.end(), [](const Measure &m) {
        return m.codes.contains(QStringLiteral("I7")) &&
               m.origin.startsWith(QStringLiteral("plan 2566 "));
    }));
}

TEST_CASE("coverage: each kind of hollow plan is named", "[coverage][draft]") {
    const Framework &fw = test::fy2564();
    const Analysis analysis = analyse(fw, test::sampleAssessment());
    const auto base = [] {
        Measure m;
        m.title = QStringLiteral("มาตรการ");
        m.codes = {QStringLiteral("I7")};
        Step s;
        s.text = QStringLiteral("ขั้นตอน");
        s.startMonth = 1;
        s.endMonth = 3;
        s.units = {QStringLiteral("ฝ่าย ก")};
        m.steps = {s, s};
        m.monitoring = {QStringLiteral("ติดตาม")};
        m.reportTo = QStringLiteral("ผู้บริหาร");
        return m;
    };
    const auto findings = [&](const Measure &m) {
        Plan plan = emptyPlan(QStringLiteral("ก"), 2565);
        plan.measures = {m};
        QStringList out;
        for (const auto &f : checkCoverage(analysis, plan))
            if (f.code == u"I7" || f.measure == 0)
                out << coverageKindKey(f.kind);
        return out;
    };
    CHECK(findings(base()).isEmpty());

    Measure noSteps = base();
    noSteps.steps.clear();
    CHECK(findings(noSteps).contains(QStringLiteral("no_steps")));
    CHECK(findings(noSteps).contains(QStringLiteral("hollow")));

    Measure unitless = base();
    for (Step &s : unitless.steps)
        s.units.clear();
    CHECK(findings(unitless).contains(QStringLiteral("no_unit")));
    CHECK(findings(unitless).contains(QStringLiteral("hollow")));

    Measure unscheduled = base();
    for (Step &s : unscheduled.steps)
        s.startMonth = s.endMonth = 0;
    CHECK(findings(unscheduled).contains(QStringLiteral("no_span")));
    CHECK(findings(unscheduled).contains(QStringLiteral("hollow")));

    Measure unwatched = base();
    unwatched.monitoring.clear();
    CHECK(findings(unwatched) == QStringList{QStringLiteral("no_monitoring")});

    Measure unreported = base();
    unreported.reportTo.clear();
    CHECK(findings(unreported) == QStringList{QStringLiteral("no_reporting")});

    Measure drafted = base();
    drafted.draft = {QStringLiteral("title")};
    CHECK(findings(drafted) == QStringList{QStringLiteral("unreviewed")});
    CHECK_FALSE(isMissing(CoverageFinding::Kind::Unreviewed));

    // An OIT item whose steps all end after the window (FY2569 data: O7 scored 0).
    const Framework fw69 = test::fy2569();
    const Analysis a69 = analyse(fw69, fy2569Results());
    Plan late = emptyPlan(QStringLiteral("สำนักงานทดสอบ"), 2570);
    Measure m = base();
    m.codes = {QStringLiteral("O7")};
    for (Step &s : m.steps) {
        s.startMonth = 8;
        s.endMonth = 10;
    }
    late.measures = {m};
    QStringList lateKinds;
    for (const auto &f : checkCoverage(a69, late))
        if (f.code == u"O7")
            lateKinds << coverageKindKey(f.kind);
    CHECK(lateKinds == QStringList{QStringLiteral("oit_late")});
    late.measures[0].steps[0].endMonth = 7; // ends with the window: in time
    late.measures[0].steps[0].startMonth = 5;
    lateKinds.clear();
    for (const auto &f : checkCoverage(a69, late))
        if (f.code == u"O7")
            lateKinds << coverageKindKey(f.kind);
    CHECK(lateKinds.isEmpty());

    // The window is the framework's: one that closes in March (month 6) makes April late.
    Framework early = fw69;
    early.oitWindowFrom = 5;
    early.oitWindowTo = 6;
    lateKinds.clear();
    for (const auto &f : checkCoverage(analyse(early, fy2569Results()), late))
        if (f.code == u"O7")
            lateKinds << coverageKindKey(f.kind);
    CHECK(lateKinds == QStringList{QStringLiteral("oit_late")});
    // Drafting schedules "before the OIT window" by it too.
    LibraryEntry publish;
    publish.id = QStringLiteral("p");
    publish.title.th = QStringLiteral("เผยแพร่ข้อมูล");
    publish.steps = {{QStringLiteral("เผยแพร่"),
                      {StepTiming::Kind::BeforeOitWindow, 0, 0},
                      {UnitRole::PublicRelations}}};
    CHECK(draftFromEntry(publish, {}, late, nullptr).steps.front().endMonth == 5);
    CHECK(draftFromEntry(publish, {}, late, nullptr, early.oitWindowFrom).steps.front().endMonth ==
          4);
    // It travels in the framework's JSON, checked.
    const QByteArray json = writeFrameworkJson(early);
    CHECK(json.contains("\"oit_window\""));
    const auto back = readFramework(json, QStringLiteral("fw.json"));
    REQUIRE(back);
    CHECK(back->oitWindowFrom == 5);
    CHECK(back->oitWindowTo == 6);
    CHECK_FALSE(writeFrameworkJson(fw69).contains("\"oit_window\"")); // the usual one unsaid
    QByteArray reversed = json;
    reversed.replace("\"from\": 5", "\"from\": 9");
    const auto refused = readFramework(reversed, QStringLiteral("fw.json"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(QStringLiteral("the window ends before it begins")));
}

TEST_CASE("library: JSON round trip, and each refusal names its file and line", "[library]") {
    const Library &bundled = bundledLibrary();
    // The issue's floor: three measures with steps per indicator theme, one per OIT
    // sub-indicator, the sample's 7 measures and 28 steps, the NACC's 28 recommendations.
    for (int theme = 1; theme <= 10; ++theme) {
        int n = 0;
        for (const LibraryEntry &e : bundled.entries)
            n += std::count(e.targets.themes.begin(), e.targets.themes.end(), theme) > 0 &&
                 !e.steps.empty();
        CAPTURE(theme);
        CHECK(n >= 3);
    }
    for (const char *sub : {"9.1", "9.2", "9.3", "9.4", "9.5", "10.1", "10.2"})
        CHECK(std::any_of(bundled.entries.begin(), bundled.entries.end(), [&](const auto &e) {
            return e.targets.subIndicators.contains(QString::fromLatin1(sub));
        }));
    int sampleMeasures = 0, sampleSteps = 0, nacc = 0;
    for (const LibraryEntry &e : bundled.entries) {
        if (e.source == LibrarySource::SamplePlan) {
            ++sampleMeasures;
            sampleSteps += int(e.steps.size());
        }
        nacc += e.source == LibrarySource::Nacc;
    }
    CHECK(sampleMeasures == 7);
    CHECK(sampleSteps == 28);
    CHECK(nacc == 28);

    const QByteArray written = writeLibraryJson(bundled);
    const LibraryImport back =
        readLibraryJson(written, QStringLiteral("lib.json"), FrameworkRegistry::builtIn());
    REQUIRE(back.ok());
    CHECK(back.library.entries == bundled.entries);
    CHECK(writeLibraryJson(back.library) == written);

    // One good entry, then each fault in the entry at line 12.
    const QByteArray good = R"({"format": "ita-planner-library", "version": 1,
"entries": [
{"id": "a", "title": {"th": "ก"}, "answers": {"themes": [2]},
 "steps": [{"text": "x", "timing": "Q1", "roles": ["finance"]}]},
{"id": "b",
 "title": {"th": "ข"},
 "answers": {"themes": [3]},
 "steps": [{"text": "y", "timing": "Q2", "roles": ["personnel"]}]},
{"id": "c",
 "title": {"th": "ค"},
 "answers": {"themes": [4]},
 "steps": [{"text": "z", "timing": "Q3", "roles": ["procurement"]}]}
]}
)";
    REQUIRE(readLibraryJson(good, QStringLiteral("lib.json"), FrameworkRegistry::builtIn()).ok());
    const auto refused = [&](const QByteArray &from, const QByteArray &to) {
        QByteArray doc = good;
        const qsizetype at = doc.lastIndexOf(from);
        REQUIRE(at >= 0);
        doc.replace(at, from.size(), to);
        const LibraryImport read =
            readLibraryJson(doc, QStringLiteral("lib.json"), FrameworkRegistry::builtIn());
        QStringList messages;
        for (const Diagnostic &d : read.diagnostics)
            messages << d.toString();
        return messages.join(u'\n');
    };
    const auto check = [&](const QByteArray &from, const QByteArray &to, const char *words) {
        const QString message = refused(from, to);
        CAPTURE(message.toStdString());
        CHECK(message.startsWith(QStringLiteral("lib.json:9:")));
        CHECK(message.contains(QString::fromUtf8(words)));
    };
    check(R"("procurement")", R"("stores")", "unit role \"stores\"");
    check(R"("Q3")", R"("Q5")", "timing \"Q5\" is not within the fiscal year");
    check(R"("id": "c")", R"("id": "a")", "given twice (first on line 3)");
    check(R"("z")", "\"" + QByteArray(kLibraryTextLimit + 1, 'z') + "\"", "longer than 600");
    check(R"({"themes": [4]})", R"({"framework": "ITA-2599", "codes": ["I1"]})",
          "framework \"ITA-2599\", which this program does not know");
    check(R"({"themes": [4]})", R"({"framework": "ITA-2564", "codes": ["I99"]})", "I99");
    check(R"("steps": [{"text": "z", "timing": "Q3", "roles": ["procurement"]}])", R"("steps": [])",
          "at least one step");
}

TEST_CASE("plan store: draft marks, origins and unit roles are stored, sealed and audited",
          "[draft][db][both]") {
    QTemporaryDir dir;
    const QString path = test::sampleDbByCli(dir);
    auto db = Database::open(path);
    REQUIRE(db);
    PlanRepository plans(**db);
    auto plan = plans.load(QStringLiteral("สำนักงาน กกพ."), 2565);
    REQUIRE(plan);
    plan->units[0].roles = {QStringLiteral("general_admin"), QStringLiteral("public_relations")};
    plan->measures[0].draft = {QStringLiteral("title"), QStringLiteral("monitoring")};
    plan->measures[0].origin = QStringLiteral("library sample-budget-plan-participation");
    plan->measures[0].steps[1].draft = {QStringLiteral("span")};
    REQUIRE(plans.save(*plan, true).isEmpty());
    const auto loaded = plans.load(plan->agency, plan->fiscalYear);
    REQUIRE(loaded);
    CHECK(*loaded == *plan);
    // Through the plan JSON too.
    const PlanImport json =
        readPlanJson(writePlanJson(*plan), QStringLiteral("p.json"), FrameworkRegistry::builtIn());
    INFO(
        (json.diagnostics.empty() ? QString() : json.diagnostics.front().toString()).toStdString());
    REQUIRE(json.ok());
    CHECK(json.plan == *plan);
    // Sealed: intact now, and a change to a draft mark made outside the program is named.
    CHECK(AuditLog(**db).verify().outside.isEmpty());
    CHECK(
        (*db)->exec(QStringLiteral("UPDATE steps SET draft = '' WHERE draft = 'span'")).isEmpty());
    const QStringList outside = AuditLog(**db).verify().outside;
    CHECK(outside.size() == 1);
    CHECK(outside.join(u'\n').contains(QStringLiteral("measure 0 step 1 draft")));
}

TEST_CASE("cli: plan --draft makes the plan of an agency without one, and coverage finds "
          "nothing missing",
          "[cli][draft]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("d.itadb"));
    const QString agency = QStringLiteral("สำนักงาน กกพ.");
    auto run = test::runCli({QStringLiteral("import"),
                             QStringLiteral(ITA_SOURCE_DIR "/data/samples/erc-fy2564-scores.csv"),
                             QStringLiteral("--db"), db, QStringLiteral("--agency"), agency,
                             QStringLiteral("--year"), QStringLiteral("2564")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QStringList who = {
        QStringLiteral("plan"),   QStringLiteral("--db"), db, QStringLiteral("--agency"), agency,
        QStringLiteral("--year"), QStringLiteral("2565")};
    // A library file with a fault: refused with its line, and nothing is stored.
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    test::writeFile(bad, R"({"format": "ita-planner-library", "version": 1, "entries": [
{"id": "x", "title": {"th": "ก"}, "answers": {"themes": [2]},
 "steps": [{"text": "x", "timing": "Q9", "roles": ["finance"]}]}]})");
    const QString before = test::dumpDatabase(db);
    run = test::runCli(who +
                       QStringList{QStringLiteral("--draft"), QStringLiteral("--library"), bad});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(bad + QStringLiteral(":2:")));
    CHECK(test::dumpDatabase(db) == before);

    run = test::runCli(who + QStringList{QStringLiteral("--draft"), QStringLiteral("--lang"),
                                         QStringLiteral("en")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("draft measure(s) added")));
    CHECK(run.err.contains(QStringLiteral("no unit of the agency takes these roles yet")));

    run = test::runCli(who + QStringList{QStringLiteral("--coverage"), QStringLiteral("--lang"),
                                         QStringLiteral("en")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("0 missing")));
    run = test::runCli(who + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(run.exitCode == 0);
    const QJsonArray measures = QJsonDocument::fromJson(run.out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("measures"))
                                    .toArray();
    REQUIRE(measures.size() >= 7);
    for (const auto &m : measures) {
        CHECK(m.toObject().value(QStringLiteral("draft")).toArray().size() == 4);
        for (const auto &s : m.toObject().value(QStringLiteral("steps")).toArray()) {
            CHECK(s.toObject().value(QStringLiteral("start_month")).toInt() >= 1);
            CHECK_FALSE(s.toObject().value(QStringLiteral("units")).toArray().isEmpty());
        }
    }
    // --take is best or all; all adds every proposal (the plan has none left to answer now,
    // so a fresh year is drafted).
    run = test::runCli(who + QStringList{QStringLiteral("--draft"), QStringLiteral("--take"),
                                         QStringLiteral("everything")});
    CHECK(run.exitCode == 2);
    QStringList all = who;
    all[all.indexOf(QStringLiteral("2565"))] = QStringLiteral("2566"); // answers FY2565: none
    run = test::runCli({QStringLiteral("import"),
                        QStringLiteral(ITA_SOURCE_DIR "/data/samples/erc-fy2564-scores.csv"),
                        QStringLiteral("--db"), db, QStringLiteral("--agency"), agency,
                        QStringLiteral("--year"), QStringLiteral("2565")});
    REQUIRE(run.exitCode == 0);
    run = test::runCli(all + QStringList{QStringLiteral("--draft"), QStringLiteral("--take"),
                                         QStringLiteral("all"), QStringLiteral("--lang"),
                                         QStringLiteral("en")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const int takenAll = int(run.out.count(QStringLiteral("[library ")));
    // Every library entry that answers an item of the seed's results: far more than the best.
    CHECK(takenAll > measures.size() * 3);
}

TEST_CASE("library: the CSV form round-trips, and each refusal names its file and row",
          "[library][csv]") {
    const Library &bundled = bundledLibrary();
    const QByteArray written = writeLibraryCsv(bundled);
    CHECK(written.startsWith("\xEF\xBB\xBF")); // Excel shows Thai
    const LibraryImport back =
        readLibraryCsv(written, QStringLiteral("lib.csv"), FrameworkRegistry::builtIn());
    QStringList problems;
    for (const Diagnostic &d : back.diagnostics)
        problems << d.toString();
    INFO(problems.join(u'\n').toStdString());
    REQUIRE(back.ok());
    CHECK(back.library.entries == bundled.entries);

    // A spreadsheet as a group would write it: Thai headers, the entry's columns on its first
    // row only, monitoring lines in one cell, a step that begins with "=" (kept as text).
    const QByteArray thai =
        "รหัส,ชื่อมาตรการ,ประเด็นตัวชี้วัด,กลุ่ม,ขั้นตอน,ช่วงเวลา,ผู้รับผิดชอบ,การติดตาม,"
        "รอบการรายงาน\n"
        "a,เผยแพร่แผนจัดซื้อ,5,urgent;improve,จัดทำแผน,Q1,procurement,\"ตรวจว่าเผยแพร่แล้ว\n"
        "รายงานผู้บริหาร\",quarterly\n"
        "a,,,,'=เผยแพร่บนเว็บไซต์,Q2,procurement;it,,\n"
        "b,ประกาศ No Gift,3,,ลงนามประกาศ,after_approval,executive,,\n";
    const LibraryImport read =
        readLibraryCsv(thai, QStringLiteral("mine.csv"), FrameworkRegistry::builtIn());
    problems.clear();
    for (const Diagnostic &d : read.diagnostics)
        problems << d.toString();
    INFO(problems.join(u'\n').toStdString());
    REQUIRE(read.ok());
    REQUIRE(read.library.entries.size() == 2);
    const LibraryEntry &a = read.library.entries[0];
    CHECK(a.title.th == QStringLiteral("เผยแพร่แผนจัดซื้อ"));
    REQUIRE(a.steps.size() == 2);
    CHECK(a.steps[1].text == QStringLiteral("=เผยแพร่บนเว็บไซต์"));
    CHECK(a.steps[1].roles ==
          std::vector<UnitRole>{UnitRole::Procurement, UnitRole::InformationTechnology});
    CHECK(a.monitoring ==
          QStringList{QStringLiteral("ตรวจว่าเผยแพร่แล้ว"), QStringLiteral("รายงานผู้บริหาร")});
    CHECK(a.cadence == Cadence::Quarterly);
    CHECK_FALSE(a.suitsMaintain);
    CHECK(read.library.entries[1].steps.front().timing.kind == StepTiming::Kind::AfterApproval);

    // Each fault names the file and the row it is on; nothing is read as good.
    const QByteArray header = "id,title,themes,step,timing,step_roles\n";
    const QByteArray ok = "a,ก,2,x,Q1,finance\n"
                          "a,,,y,Q2,finance\n"
                          "b,ข,3,z,Q3,personnel\n";
    const auto message = [&](const QByteArray &rows) {
        const LibraryImport r =
            readLibraryCsv(header + rows, QStringLiteral("f.csv"), FrameworkRegistry::builtIn());
        QStringList m;
        for (const Diagnostic &d : r.diagnostics)
            m << d.toString();
        CHECK_FALSE(r.ok());
        return m.join(u'\n');
    };
    REQUIRE(
        readLibraryCsv(header + ok, QStringLiteral("f.csv"), FrameworkRegistry::builtIn()).ok());
    struct Case {
        QByteArray rows;
        const char *expected;
    };
    const Case cases[] = {
        {"a,ก,2,x,Q1,finance\na,,,y,Q2,stores\n", "f.csv:3: a.steps[1]: unit role \"stores\""},
        {"a,ก,2,x,Q1,finance\na,,,y,Q5,finance\n", "f.csv:3: a.steps[1]: timing \"Q5\""},
        {ok + "a,ก,2,w,Q4,finance\n", "f.csv:5: a: the id is given twice (first on line 2)"},
        {"a,ก,2,x,Q1,finance\na,ค,,y,Q2,finance\n",
         "f.csv:3: a: column \"title\" differs from the entry's first row (line 2)"},
        {"a,ก,2,,,\n", "f.csv:2: a: an entry needs at least one step"},
        {"a,ก,11,x,Q1,finance\n", "f.csv:2: a.answers: theme \"11\""},
        {"a,ก,2,x,Q1,\n", "f.csv:2: a.steps[0]: a step needs the \"roles\""},
        {"a,ก,2," + QByteArray(700, 'x') + ",Q1,finance\n", "f.csv:2: a.steps[0].text"},
    };
    for (const Case &c : cases) {
        const QString m = message(c.rows);
        CAPTURE(m.toStdString());
        CHECK(m.contains(QString::fromUtf8(c.expected)));
    }
    // A missing column is said with the header's line.
    const LibraryImport noRoles = readLibraryCsv(
        "id,title,step,timing\na,ก,x,Q1\n", QStringLiteral("f.csv"), FrameworkRegistry::builtIn());
    REQUIRE_FALSE(noRoles.ok());
    CHECK(noRoles.diagnostics.front().toString() ==
          QStringLiteral("f.csv:1: missing required column \"step_roles\""));
}

TEST_CASE("cli: a library CSV is exported, checked and imported all or nothing",
          "[cli][library][csv]") {
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("shared.csv"));
    auto run = test::runCli(
        {QStringLiteral("library"), QStringLiteral("export"), QStringLiteral("--out"), csv});
    REQUIRE(run.exitCode == 0);
    CHECK(test::readFile(csv) == writeLibraryCsv(bundledLibrary()));
    run = test::runCli({QStringLiteral("library"), QStringLiteral("export"),
                        QStringLiteral("--format"), QStringLiteral("csv")});
    // (The captured text has lost the BOM to QString::fromUtf8; the file above keeps it.)
    CHECK(run.out.toUtf8() == writeLibraryCsv(bundledLibrary()).mid(3));
    run = test::runCli({QStringLiteral("library"), QStringLiteral("check"), csv,
                        QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("67 entries")));

    const QString db = test::sampleDbByCli(dir);
    const QString mine = dir.filePath(QStringLiteral("mine.csv"));
    test::writeFile(mine, "id,title,themes,step,timing,step_roles\n"
                          "group-a,ก,2,x,Q1,finance\n"
                          "group-b,ข,3,y,Q9,finance\n");
    run =
        test::runCli({QStringLiteral("library"), QStringLiteral("import"), mine,
                      QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(mine + QStringLiteral(":3:")));
    CHECK(run.err.contains(QStringLiteral("nothing was imported")));
    auto own = test::runCli({QStringLiteral("library"), QStringLiteral("list"),
                             QStringLiteral("--db"), db, QStringLiteral("--own")});
    CHECK_FALSE(own.out.contains(QStringLiteral("group-a")));
    test::writeFile(mine, "id,title,themes,step,timing,step_roles\n"
                          "group-a,ก,2,x,Q1,finance\n"
                          "group-b,ข,3,y,Q3,finance\n");
    run = test::runCli(
        {QStringLiteral("library"), QStringLiteral("import"), mine, QStringLiteral("--db"), db});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    own = test::runCli({QStringLiteral("library"), QStringLiteral("list"), QStringLiteral("--db"),
                        db, QStringLiteral("--own")});
    CHECK(own.out.contains(QStringLiteral("group-a")));
    CHECK(own.out.contains(QStringLiteral("group-b")));
}

TEST_CASE("cli: library list, check and export", "[cli][library]") {
    QTemporaryDir dir;
    auto run = test::runCli({QStringLiteral("library"), QStringLiteral("list"),
                             QStringLiteral("--lang"), QStringLiteral("th")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("sample-budget-plan-participation")));
    CHECK(run.out.contains(QStringLiteral("แผนของหน่วยงานตัวอย่าง")));
    const QString file = dir.filePath(QStringLiteral("mine.json"));
    run = test::runCli(
        {QStringLiteral("library"), QStringLiteral("export"), QStringLiteral("--out"), file});
    REQUIRE(run.exitCode == 0);
    CHECK(test::readFile(file) == writeLibraryJson(bundledLibrary()));
    run = test::runCli({QStringLiteral("library"), QStringLiteral("check"), file,
                        QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("no problems")));
    test::writeFile(file,
                    "{\"format\": \"ita-planner-library\", \"version\": 1,\n\"entries\": [1]}");
    run = test::runCli({QStringLiteral("library"), QStringLiteral("check"), file});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(file + QStringLiteral(":2:")));
}

TEST_CASE("library in the file: saved from a plan, imported all or nothing, sealed, drafted from",
          "[library][db][both]") {
    QTemporaryDir dir;
    const QString path = test::sampleDbByCli(dir);
    const QString agency = QStringLiteral("สำนักงาน กกพ.");
    {
        auto db = Database::open(path);
        REQUIRE(db);
        // Save to library: the sample plan's second measure, as the group would.
        auto plan = PlanRepository(**db).load(agency, 2565);
        REQUIRE(plan);
        plan->units[0].roles = {QStringLiteral("general_admin")};
        const Analysis analysis = analyse(test::fy2564(), test::sampleAssessment());
        const LibraryEntry saved = entryFromMeasure(*plan, 1, test::fy2564(), analysis);
        CHECK(saved.source == LibrarySource::AgencyPlan);
        CHECK(saved.targets.codes == plan->measures[1].codes);
        CHECK(saved.steps.size() == plan->measures[1].steps.size());
        LibraryRepository library(**db);
        REQUIRE(library.save(saved).isEmpty());
        auto loaded = library.load(FrameworkRegistry::builtIn());
        REQUIRE(loaded);
        REQUIRE(loaded->size() == 1);
        CHECK(loaded->front() == saved);
        CHECK(AuditLog(**db).verify().outside.isEmpty());
        // Changed outside the program: named.
        REQUIRE((*db)->exec(QStringLiteral("UPDATE library_entries SET position = 7")).isEmpty());
        const QStringList outside = AuditLog(**db).verify().outside;
        REQUIRE(outside.size() == 1);
        CHECK(outside.front().contains(QStringLiteral("entry ") + saved.id));
        REQUIRE((*db)->exec(QStringLiteral("UPDATE library_entries SET position = 0")).isEmpty());
        CHECK(AuditLog(**db).verify().outside.isEmpty());
    }

    // A colleague's library: imported by the command line, checked first.
    const QString file = dir.filePath(QStringLiteral("shared.json"));
    test::writeFile(file, R"({"format": "ita-planner-library", "version": 1, "entries": [
{"id": "shared-duty", "title": {"th": "มาตรการของเพื่อนร่วมงาน"},
 "answers": {"framework": "ITA-2564", "codes": ["I3"]}, "buckets": ["improve"],
 "steps": [{"text": "ขั้นแรก", "timing": "Q1", "roles": ["personnel"]},
           {"text": "ขั้นสอง", "timing": "Q2-Q3", "roles": ["executive"]}],
 "monitoring": ["ติดตาม"], "reporting": {"cadence": "quarterly", "to": "ผู้บริหาร"},
 "source": {"kind": "shared", "detail": "เพื่อนร่วมงาน"}}]})");
    auto run = test::runCli(
        {QStringLiteral("library"), QStringLiteral("import"), file, QStringLiteral("--db"), path});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    // Again: refused whole, nothing changes.
    const QString before = test::dumpDatabase(path);
    run = test::runCli(
        {QStringLiteral("library"), QStringLiteral("import"), file, QStringLiteral("--db"), path});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("shared-duty")));
    CHECK(test::dumpDatabase(path) == before);
    run = test::runCli({QStringLiteral("library"), QStringLiteral("list"), QStringLiteral("--db"),
                        path, QStringLiteral("--own")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("shared-duty")));
    CHECK_FALSE(run.out.contains(QStringLiteral("sample-budget-plan-participation")));

    // Drafting draws on it: the file's entry is among the proposals for I3.2 and I3.3.
    auto db = Database::open(path);
    REQUIRE(db);
    auto plan = PlanRepository(**db).load(agency, 2565);
    REQUIRE(plan);
    auto context = loadDraftContext(**db, *plan, false);
    REQUIRE(context);
    bool offered = false;
    for (const DraftGroup &g : context->proposals(*plan))
        for (const DraftCandidate &c : g.candidates)
            offered = offered ||
                      (c.entryId == u"shared-duty" &&
                       c.answers == QStringList({QStringLiteral("I3.2"), QStringLiteral("I3.3")}));
    CHECK(offered);
}

TEST_CASE("library texts name the plan's year and agency by placeholder", "[library][draft]") {
    // The sample plan's step, as the seed writes it for FY2565 (สำนักงาน กกพ.).
    const QString seed = QStringLiteral("ประชุมจัดทำแผนการดำเนินงาน และแผนการใช้จ่ายงบประมาณประจำปี 2566 "
                                        "ของสำนักงาน กกพ. เพื่อให้พนักงานมีส่วนร่วมในการจัดทำแผนดังกล่าว");
    const LibraryEntry *entry =
        bundledLibrary().find(QStringLiteral("sample-budget-plan-participation"));
    REQUIRE(entry);
    CHECK(entry->steps.front().text.contains(QStringLiteral("{year+1}")));

    Plan plan;
    plan.agency = QStringLiteral("สำนักงาน กกพ.");
    plan.fiscalYear = 2565;
    Measure m = draftFromEntry(*entry, {QStringLiteral("I7")}, plan, nullptr);
    CHECK(m.steps.front().text == seed); // the seed's own plan, reproduced
    // Another agency, another year: no FY2566, no กกพ., no placeholder left.
    plan.agency = QStringLiteral("มหาวิทยาลัยตัวอย่าง");
    plan.fiscalYear = 2569;
    m = draftFromEntry(*entry, {QStringLiteral("I7")}, plan, nullptr);
    CHECK(m.steps.front().text.contains(QStringLiteral("ประจำปี 2570 ของมหาวิทยาลัยตัวอย่าง")));
    for (const Step &s : m.steps) {
        CAPTURE(s.text.toStdString());
        CHECK_FALSE(s.text.contains(u'{'));
        CHECK_FALSE(s.text.contains(QStringLiteral("กกพ")));
        CHECK_FALSE(s.text.contains(QStringLiteral("2565")));
    }
    for (const QString &line : m.monitoring)
        CHECK_FALSE(line.contains(u'{'));

    // Saving a measure to the library generalises it; whole years only.
    CHECK(generaliseLibraryText(QStringLiteral("รายงานปี 2564 และแผนปี 2565 ของ อบต. ก งบ 25650 บาท"),
                                2565, QStringLiteral("อบต. ก")) ==
          QStringLiteral("รายงานปี {year-1} และแผนปี {year} ของ {agency} งบ 25650 บาท"));
    // Carried forward, a measure's years move on with it.
    Measure last;
    last.title = QStringLiteral("มาตรการปี 2565");
    last.steps.push_back(Step{});
    last.steps.back().text = QStringLiteral("รายงานผลปี 2564 และเผยแพร่แผนปี 2565");
    const Measure next = carriedForward(last, 2565, 0, {QStringLiteral("I7")});
    CHECK(next.steps.front().text == QStringLiteral("รายงานผลปี 2565 และเผยแพร่แผนปี 2566"));
    CHECK(next.title == QStringLiteral("มาตรการปี 2566"));

    // A placeholder the library does not know is refused with its line.
    const QByteArray bad = R"({"format": "ita-planner-library", "version": 1, "entries": [
{"id": "a", "title": {"th": "ก"}, "answers": {"themes": [2]},
 "steps": [{"text": "แผนปี {ปี}", "timing": "Q1", "roles": ["finance"]}]}]})";
    const LibraryImport read =
        readLibraryJson(bad, QStringLiteral("lib.json"), FrameworkRegistry::builtIn());
    REQUIRE_FALSE(read.ok());
    CHECK(read.diagnostics.front().toString().startsWith(QStringLiteral("lib.json:2:")));
    CHECK(read.diagnostics.front().message.contains(QStringLiteral("{ปี} is not a placeholder")));
}

TEST_CASE("cli: a new year's plan keeps last year's units and their roles, and --library reads "
          "a CSV",
          "[cli][draft][library]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("d.itadb"));
    const QString agency = QStringLiteral("สำนักงาน กกพ.");
    for (const char *year : {"2564", "2565"}) {
        const auto run =
            test::runCli({QStringLiteral("import"),
                          QStringLiteral(ITA_SOURCE_DIR "/data/samples/erc-fy2564-scores.csv"),
                          QStringLiteral("--db"), db, QStringLiteral("--agency"), agency,
                          QStringLiteral("--year"), QString::fromLatin1(year)});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
    }
    // Last year's plan, whose units the group gave their roles once.
    {
        auto opened = Database::open(db);
        REQUIRE(opened);
        PlanRepository plans(**opened);
        REQUIRE(plans.find(agency, 2565));
        Plan last = *plans.start(agency, 2565);
        last.units = {
            {QStringLiteral("ฝ่าย พด."), QStringLiteral("ฝ่ายพัสดุ"), {QStringLiteral("procurement")}},
            {QStringLiteral("ฝ่าย กง."), QStringLiteral("ฝ่ายการเงิน"), {QStringLiteral("finance")}}};
        REQUIRE(plans.save(last, true).isEmpty());
        // A new year's plan starts with them.
        const auto next = plans.start(agency, 2566);
        REQUIRE(next);
        CHECK(next->units == last.units);
        CHECK(next->basedOnYear == 2565);
    }
    const QString csv = dir.filePath(QStringLiteral("ours.csv"));
    test::writeFile(csv, "id,title,framework,codes,step,timing,step_roles\n"
                         "ours-proc,มาตรการจัดซื้อของเรา,ITA-2564,I7,ขั้นตอนของกลุ่มเรา ปี {year},Q2,"
                         "procurement\n");
    const QStringList who = {
        QStringLiteral("plan"),   QStringLiteral("--db"), db, QStringLiteral("--agency"), agency,
        QStringLiteral("--year"), QStringLiteral("2566")};
    auto run =
        test::runCli(who + QStringList{QStringLiteral("--draft"), QStringLiteral("--library"), csv,
                                       QStringLiteral("--take"), QStringLiteral("all")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    run = test::runCli(who + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(run.exitCode == 0);
    bool found = false;
    bool anyRoleTitle = false;
    for (const auto &m : QJsonDocument::fromJson(run.out.toUtf8())
                             .object()
                             .value(QStringLiteral("measures"))
                             .toArray())
        for (const auto &s : m.toObject().value(QStringLiteral("steps")).toArray()) {
            const QJsonArray units = s.toObject().value(QStringLiteral("units")).toArray();
            for (const auto &u : units)
                anyRoleTitle = anyRoleTitle || u.toString() == QStringLiteral("งานพัสดุ");
            if (s.toObject().value(QStringLiteral("text")).toString() ==
                QStringLiteral("ขั้นตอนของกลุ่มเรา ปี 2566")) {
                found = true;
                CHECK(units == QJsonArray{QStringLiteral("ฝ่าย พด.")});
            }
        }
    CHECK(found);              // the CSV library's entry was drafted from
    CHECK_FALSE(anyRoleTitle); // procurement steps name the agency's unit, not the role
}
