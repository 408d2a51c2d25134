#include "TestSupport.h"

#include "analysis/PlanAnalysis.h"
#include "domain/FiscalCalendar.h"
#include "io/PlanJson.h"
#include "io/Sample.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/PlanRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ita;

namespace {

Plan samplePlan() {
    const PlanImport p = readBundledPlan();
    INFO((p.diagnostics.empty() ? std::string() : p.diagnostics.front().toString().toStdString()));
    REQUIRE(p.ok());
    return p.plan;
}

QStringList kinds(const std::vector<CoverageFinding> &findings) {
    QStringList out;
    for (const auto &f : findings)
        out << coverageKindKey(f.kind) + u':' + f.code;
    return out;
}

} // namespace

TEST_CASE("the Thai fiscal year runs October to September, named by its BE end year", "[fiscal]") {
    CHECK(fiscal::startOf(2565) == QDate(2021, 10, 1));
    CHECK(fiscal::endOf(2565) == QDate(2022, 9, 30));
    CHECK(fiscal::yearOf(QDate(2021, 10, 1)) == 2565);
    CHECK(fiscal::yearOf(QDate(2021, 9, 30)) == 2564);
    CHECK(fiscal::monthOf(QDate(2021, 10, 15), 2565) == 1);
    CHECK(fiscal::monthOf(QDate(2022, 9, 1), 2565) == 12);
    CHECK(fiscal::monthOf(QDate(2022, 10, 1), 2565) == 13);
    CHECK(fiscal::monthEnd(2565, 5) == QDate(2022, 2, 28));
    CHECK(fiscal::quarterOf(1) == 1);
    CHECK(fiscal::quarterOf(4) == 2);
    CHECK(fiscal::quarterOf(12) == 4);
    CHECK(fiscal::monthName(1, true) == QStringLiteral("ต.ค."));
    CHECK(fiscal::monthName(12, true) == QStringLiteral("ก.ย."));
    CHECK(fiscal::monthName(4, false) == QStringLiteral("Jan"));
    CHECK(fiscal::monthLabel(2565, 1, true) == QStringLiteral("ต.ค. 64"));
    CHECK(fiscal::monthLabel(2565, 4, true) == QStringLiteral("ม.ค. 65"));
    CHECK(fiscal::formatDate(QDate(2022, 3, 31), true) == QStringLiteral("31 มี.ค. 2565"));
    CHECK(reportingMonths(Cadence::SemiAnnual) == std::vector<int>({6, 12}));
}

TEST_CASE("the bundled plan is the seed's FY2565 plan", "[plan][seed]") {
    const Plan plan = samplePlan();
    CHECK(plan.agency == QStringLiteral("สำนักงาน กกพ."));
    CHECK(plan.fiscalYear == 2565);
    CHECK(plan.basedOnYear == 2564);
    REQUIRE(plan.measures.size() == 7);
    // The items each table row answers, as the seed prints them.
    CHECK(plan.measures[0].codes == QStringList({QStringLiteral("I7"), QStringLiteral("I12")}));
    CHECK(plan.measures[1].codes == QStringList({QStringLiteral("I14"), QStringLiteral("I18.3")}));
    CHECK(plan.measures[2].codes == QStringList({QStringLiteral("I20")}));
    CHECK(plan.measures[3].codes == QStringList({QStringLiteral("I27")}));
    CHECK(plan.measures[4].codes.size() == 4); // E1 E2 E3 E5
    CHECK(plan.measures[5].codes.size() == 5); // E6–E10
    CHECK(plan.measures[6].codes.size() == 5); // E11–E15
    // Steps numbered in the seed: 4, 3, 3, 2, 5, 5 and 3 with 3.1–3.4 (six rows).
    std::vector<size_t> steps;
    for (const auto &m : plan.measures)
        steps.push_back(m.steps.size());
    CHECK(steps == std::vector<size_t>({4, 3, 3, 2, 5, 5, 6}));
    CHECK(plan.measures[0].steps[0].units ==
          QStringList({QStringLiteral("ฝ่าย ยส."), QStringLiteral("ฝ่าย บง.")}));
    CHECK(plan.measures[0].steps[3].units == QStringList({QStringLiteral("ฝ่าย ตส.")}));
    // Q1–Q2 arrows for the internal measures, the whole year for the external ones.
    CHECK(plan.measures[0].steps[0].startMonth == 1);
    CHECK(plan.measures[0].steps[0].endMonth == 6);
    CHECK(plan.measures[6].steps[0].endMonth == 12);
    // Reporting: every 6 months, except I27's measure, every quarter.
    CHECK(plan.measures[0].cadence == Cadence::SemiAnnual);
    CHECK(plan.measures[3].cadence == Cadence::Quarterly);
    CHECK(plan.measures[0].monitoring.size() == 3);
    CHECK(plan.measures[6].monitoring.size() == 5);
}

TEST_CASE("plan JSON round trip is lossless, progress included", "[plan][json]") {
    Plan plan = samplePlan();
    Step &s = plan.measures[0].steps[1];
    s.status = StepStatus::Done;
    s.percent = 100;
    s.actualStart = QDate(2021, 10, 4);
    s.actualFinish = QDate(2022, 1, 20);
    s.evidence = {QStringLiteral("https://www.erc.or.th/ita/o18"), QStringLiteral("ไฟล์ \"แนบ\"")};
    plan.measures[2].steps[0].status = StepStatus::InProgress;
    plan.measures[2].steps[0].percent = 40;
    OitPublication o18;
    o18.code = QStringLiteral("O18");
    o18.preparer = QStringLiteral("ฝ่าย บง.");
    o18.collector = QStringLiteral("ฝ่าย ยส.");
    o18.frequency = QStringLiteral("ปีละครั้ง");
    o18.setUrl(QStringLiteral("https://example.org/o18"));
    o18.done = true;
    plan.publications.push_back(o18);
    // The OIT checklist's fields (schema 13): several links with their dates and years, a file
    // still to upload, ticked elements and the ITAS explanation.
    OitPublication o1;
    o1.code = QStringLiteral("O1");
    o1.links = {{QStringLiteral("https://www.erc.or.th/ผู้บริหาร"), {}, QStringLiteral("โครงสร้าง"),
                 QDate(2025, 11, 3), 2569},
                {{}, QStringLiteral("C:/ITA/ผู้บริหาร 2569.pdf"), QStringLiteral("ไฟล์"), {}, 0}};
    o1.elementsDone = {QStringLiteral("ชื่อ"), QStringLiteral("ตำแหน่ง")};
    o1.explanation = QStringLiteral("หน้าเว็บไซต์ \"ผู้บริหาร\"\nบรรทัดที่สอง");
    plan.publications.push_back(o1);
    plan.website = QStringLiteral("https://www.erc.or.th");
    const QByteArray json = writePlanJson(plan);
    const PlanImport back =
        readPlanJson(json, QStringLiteral("p.json"), FrameworkRegistry::builtIn());
    REQUIRE(back.ok());
    CHECK(back.plan == plan);
    CHECK(writePlanJson(back.plan) == json);
}

TEST_CASE("plan JSON errors name the line and the problem", "[plan][json]") {
    const QByteArray json =
        "{\"format\": \"ita-planner-plan\", \"version\": 1,\n"
        " \"agency\": \"กรม ก\", \"fiscal_year\": 2565,\n"
        " \"units\": [{\"abbreviation\": \"ฝ่าย ก\"}],\n"
        " \"measures\": [\n"
        "  {\"codes\": [\"I7\"], \"steps\": [{\"text\": \"ok\", \"units\": [\"ฝ่าย ก\"]}]},\n"
        "  {\"codes\": [\"Q7\"]},\n"
        "  {\"codes\": [\"E1\"], \"steps\": [{\"units\": [\"ฝ่าย ข\"], \"start_month\": 5, "
        "\"end_month\": 2, \"status\": \"finished\", \"actual_start\": \"31/03/2565\"}]}\n"
        " ]}\n";
    const PlanImport r = readPlanJson(json, QStringLiteral("p.json"), FrameworkRegistry::builtIn());
    CHECK_FALSE(r.ok());
    QStringList messages;
    for (const auto &d : r.diagnostics)
        messages << d.toString();
    INFO(messages.join(u'\n').toStdString());
    REQUIRE(messages.size() == 5);
    CHECK(messages[0].startsWith(QStringLiteral("p.json:6: measures[1]: unknown code \"Q7\"")));
    CHECK(messages[1].startsWith(QStringLiteral("p.json:7: measures[2].steps[0]: a span needs")));
    CHECK(messages[2].contains(QStringLiteral("unit \"ฝ่าย ข\" is not in the plan's units")));
    CHECK(messages[3].contains(QStringLiteral("status \"finished\"")));
    CHECK(messages[4].contains(QStringLiteral("must be a date")));
}

TEST_CASE("plans are stored and loaded whole, refused when present unless replaced",
          "[plan][db][both]") {
    QTemporaryDir dir;
    const QString path = test::scratchStore(dir, QStringLiteral("p.itadb"));
    auto db = Database::open(path);
    REQUIRE(db.ok());
    PlanRepository repo(**db);
    const Plan plan = samplePlan();
    REQUIRE(repo.save(plan, false).isEmpty());
    const auto loaded = repo.load(plan.agency, plan.fiscalYear);
    REQUIRE(loaded.ok());
    CHECK(*loaded == plan);

    const QString before = test::dumpDatabase(path);
    CHECK(repo.save(plan, false).contains(QStringLiteral("already has a plan")));
    Plan broken = plan;
    broken.measures[1].steps[0].units << QStringLiteral("ฝ่ายที่ไม่มี");
    CHECK_FALSE(repo.save(broken, true).isEmpty()); // fails mid-way: everything rolls back
    CHECK(test::dumpDatabase(path) == before);

    Plan changed = plan;
    changed.measures.pop_back();
    REQUIRE(repo.save(changed, true).isEmpty());
    CHECK(repo.load(plan.agency, plan.fiscalYear)->measures.size() == 6);
}

TEST_CASE("coverage of the seed's plan: I3.2 and I3.3 have no measure", "[plan][coverage][seed]") {
    const Analysis analysis = analyse(test::fy2564(), test::sampleAssessment());
    Plan plan = samplePlan();
    // Every improve/urgent item of the seed has a measure; I18.3 is answered directly and
    // E1.1, E6.2 … through their items. The two improve sub-items of I3 (92.42, 92.41) under
    // a maintain item are the plan's gap.
    CHECK(kinds(checkCoverage(analysis, plan)) ==
          QStringList({QStringLiteral("uncovered:I3.2"), QStringLiteral("uncovered:I3.3")}));

    Measure extra;
    extra.codes = {QStringLiteral("I1")}; // maintain only
    Step noUnit;
    noUnit.text = QStringLiteral("x");
    noUnit.startMonth = 10;
    noUnit.endMonth = 14; // ends after September
    Step noSpan;
    noSpan.units = {QStringLiteral("ฝ่าย ยส.")};
    extra.steps = {noUnit, noSpan};
    plan.measures.push_back(extra);
    CHECK(kinds(checkCoverage(analysis, plan)) ==
          QStringList({QStringLiteral("uncovered:I3.2"), QStringLiteral("uncovered:I3.3"),
                       QStringLiteral("maintain_only:I1"), QStringLiteral("no_unit:I1"),
                       QStringLiteral("after_year:I1"), QStringLiteral("no_span:I1"),
                       QStringLiteral("no_monitoring:I1"), QStringLiteral("no_reporting:I1")}));
}

TEST_CASE("cli: plan prints, checks coverage as JSON, drafts, and imports", "[cli][plan][both]") {
    QTemporaryDir dir;
    const QString db = test::scratchStore(dir, QStringLiteral("s.itadb"));
    REQUIRE(test::runCli({QStringLiteral("sample"), QStringLiteral("--db"), db}).exitCode == 0);
    const QStringList who = {QStringLiteral("--db"),     db,
                             QStringLiteral("--agency"), QStringLiteral("สำนักงาน กกพ."),
                             QStringLiteral("--year"),   QStringLiteral("2565")};

    auto run = test::runCli(QStringList{QStringLiteral("plan")} + who +
                            QStringList{QStringLiteral("--coverage"), QStringLiteral("--format"),
                                        QStringLiteral("json")});
    REQUIRE(run.exitCode == 0);
    const QJsonArray coverage = QJsonDocument::fromJson(run.out.toUtf8()).array();
    REQUIRE(coverage.size() == 2);
    CHECK(coverage[0].toObject().value(QStringLiteral("kind")).toString() ==
          QStringLiteral("uncovered"));
    CHECK(coverage[0].toObject().value(QStringLiteral("code")).toString() ==
          QStringLiteral("I3.2"));

    run = test::runCli(QStringList{QStringLiteral("plan")} + who +
                       QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(run.exitCode == 0);
    const QString planFile = dir.filePath(QStringLiteral("plan.json"));
    test::writeFile(planFile, run.out.toUtf8());
    const QString other = test::scratchStore(dir, QStringLiteral("other.itadb"));
    run = test::runCli({QStringLiteral("plan"), QStringLiteral("--db"), other,
                        QStringLiteral("--import"), planFile});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    run = test::runCli({QStringLiteral("plan"), QStringLiteral("--db"), other,
                        QStringLiteral("--import"), planFile});
    CHECK(run.exitCode == 1); // already there
    run = test::runCli({QStringLiteral("plan"), QStringLiteral("--db"), other,
                        QStringLiteral("--agency"), QStringLiteral("สำนักงาน กกพ."),
                        QStringLiteral("--year"), QStringLiteral("2565"),
                        QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(run.out.toUtf8() == test::readFile(planFile)); // lossless through a second file

    run = test::runCli(QStringList{QStringLiteral("plan")} + who +
                       QStringList{QStringLiteral("--draft")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("I3.2 I3.3")));
    run = test::runCli(QStringList{QStringLiteral("plan")} + who +
                       QStringList{QStringLiteral("--coverage"), QStringLiteral("--format"),
                                   QStringLiteral("json")});
    const QJsonArray afterDraft = QJsonDocument::fromJson(run.out.toUtf8()).array();
    for (const auto &f : afterDraft)
        CHECK(f.toObject().value(QStringLiteral("kind")).toString() != QStringLiteral("uncovered"));
}
