// The rules for a plan's fields as people type them, written once in the domain and applied
// by PlanDocument::editField; the measures table only passes text on.
#include "TestSupport.h"

#include "document/PlanDocument.h"
#include "domain/FiscalCalendar.h"
#include "domain/ItemCodes.h"
#include "domain/Plan.h"
#include "io/Sample.h"
#include "storage/Database.h"
#include "storage/PlanRepository.h"
#include "storage/SampleStore.h"

#include <QTemporaryDir>

using namespace ita;

TEST_CASE("typed dates: day/month/year or ISO, a year above 2400 is Buddhist Era",
          "[plan][fields]") {
    CHECK(fiscal::parseDate(QStringLiteral("31/3/2565")) == QDate(2022, 3, 31));
    CHECK(fiscal::parseDate(QStringLiteral(" 1/10/2021 ")) == QDate(2021, 10, 1));
    CHECK(fiscal::parseDate(QStringLiteral("2022-03-31")) == QDate(2022, 3, 31));
    CHECK(fiscal::parseDate(QStringLiteral("2565-03-31")) == QDate(2022, 3, 31));
    CHECK_FALSE(fiscal::parseDate(QStringLiteral("31/2/2565")));
    CHECK_FALSE(fiscal::parseDate(QStringLiteral("มีนาคม 2565")));
    CHECK_FALSE(fiscal::parseDate(QString()));
}

TEST_CASE("item codes: split on commas and spaces, normalised, known to the framework",
          "[plan][fields][codes]") {
    CHECK(codes::split(QStringLiteral(" i20, I24  i20\tO1")) ==
          QStringList({QStringLiteral("I20"), QStringLiteral("I24"), QStringLiteral("O1")}));
    const Framework &fw = test::fy2564();
    CHECK(codes::parse(fw, QStringLiteral("I3.9, e8")).ok()); // a sub-item of a known item
    const auto unknown = codes::parse(fw, QStringLiteral("I20 X1"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().contains(QStringLiteral("X1")));
    CHECK(unknown.error().contains(fw.id));
    QString problem;
    CHECK_FALSE(codes::check(fw, QStringLiteral("I99.1"), &problem));
    CHECK(problem.contains(QStringLiteral("I99")));
    CHECK_FALSE(codes::check(fw, QStringLiteral("I3.0"), &problem));
    // FY2569 renumbered the OIT into 26 items: O40 is an item of FY2564 and not of FY2569.
    CHECK(codes::check(fw, QStringLiteral("O40"), &problem));
    CHECK_FALSE(codes::check(test::fy2569(), QStringLiteral("O40"), &problem));
    CHECK(problem.contains(test::fy2569().id));
}

TEST_CASE("reporting, monitoring, units and progress follow one set of rules", "[plan][fields]") {
    const auto r = parseReporting(QStringLiteral("ทุกไตรมาส: ผู้อำนวยการ"));
    REQUIRE(r);
    CHECK(r->cadence == Cadence::Quarterly);
    CHECK(r->to == QStringLiteral("ผู้อำนวยการ"));
    CHECK(parseReporting(QStringLiteral("yearly"))->cadence == Cadence::Yearly);
    CHECK(parseReporting(QStringLiteral("every 6 months: board"))->cadence == Cadence::SemiAnnual);
    CHECK_FALSE(parseReporting(QStringLiteral("บางครั้ง: ใครก็ได้")));
    Measure m;
    m.cadence = Cadence::SemiAnnual;
    m.reportTo = QStringLiteral("เลขาธิการ");
    const auto back = parseReporting(reportingText(m, true));
    REQUIRE(back);
    CHECK((back->cadence == m.cadence && back->to == m.reportTo));

    CHECK(parseNumberedLines(QStringLiteral("1) ตรวจสอบ\n\n 2)  รายงาน ")) ==
          QStringList({QStringLiteral("ตรวจสอบ"), QStringLiteral("รายงาน")}));

    Plan plan;
    plan.units.push_back({QStringLiteral("ฝ่าย ยส."), QStringLiteral("ยุทธศาสตร์")});
    const QStringList units = splitUnits(QStringLiteral("ฝ่าย  ยส.,\nคณะทำงานฯ"));
    CHECK(units == QStringList({QStringLiteral("ฝ่าย ยส."), QStringLiteral("คณะทำงานฯ")}));
    registerUnits(plan, units);
    REQUIRE(plan.units.size() == 2);
    CHECK(plan.units[0].name == QStringLiteral("ยุทธศาสตร์")); // the known unit kept its name
    CHECK(plan.units[1].abbreviation == QStringLiteral("คณะทำงานฯ"));
    // A unit typed without its spaces and dots, or by its full name, is pointed at; anything
    // else is not a unit of the registry.
    CHECK(likelyUnit(plan.units, QStringLiteral("ฝ่ายยส")) == QStringLiteral("ฝ่าย ยส."));
    CHECK(likelyUnit(plan.units, QStringLiteral("ยุทธ ศาสตร์")) == QStringLiteral("ฝ่าย ยส."));
    CHECK(likelyUnit(plan.units, QStringLiteral("ฝ่าย ยส.")).isEmpty()); // it is the unit
    CHECK(likelyUnit(plan.units, QStringLiteral("ฝ่าย บอ.")).isEmpty());
    CHECK(likelyUnit(plan.units, QStringLiteral(" . ")).isEmpty());

    Step step;
    setPercent(step, 40);
    CHECK(step.status == StepStatus::InProgress);
    setStatus(step, StepStatus::Done);
    CHECK(step.percent == 100);
    setPercent(step, 0);
    CHECK(step.status == StepStatus::Done); // lowering progress does not un-finish a step
}

TEST_CASE("PlanDocument::editField applies the rules as one undo step, refusals change nothing",
          "[plan][fields][document]") {
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("p.itadb"))).take();
    REQUIRE(writeSample(*db).isEmpty());
    const Plan bundled = readBundledPlan().plan;
    auto opened = PlanDocument::open(*db, bundled.agency, bundled.fiscalYear);
    REQUIRE(opened.ok());
    PlanDocument &doc = **opened;
    REQUIRE(doc.plan().measures.size() > 2);

    CHECK(
        doc.editField(PlanField::MeasureItems, 2, -1, QStringLiteral("i20, I24"), true).isEmpty());
    CHECK(doc.plan().measures[2].codes ==
          QStringList({QStringLiteral("I20"), QStringLiteral("I24")}));
    const Plan before = doc.plan();
    const int steps = doc.undoStack()->count();
    for (const auto &[field, text] : std::vector<std::pair<PlanField, QString>>{
             {PlanField::MeasureItems, QStringLiteral("I20, X1")},
             {PlanField::Reporting, QStringLiteral("บางครั้ง: ใครก็ได้")},
             {PlanField::StepPercent, QStringLiteral("140")},
             {PlanField::StepStatus, QStringLiteral("finished")},
             {PlanField::ActualFinish, QStringLiteral("31/13/2565")}}) {
        CHECK_FALSE(doc.editField(field, 2, 0, text, true).isEmpty());
    }
    CHECK(doc.plan() == before);
    CHECK(doc.undoStack()->count() == steps);

    CHECK(doc.editField(PlanField::StepUnits, 2, 0, QStringLiteral("หน่วยใหม่"), true).isEmpty());
    CHECK(doc.plan().units.back().abbreviation == QStringLiteral("หน่วยใหม่"));
    CHECK(doc.editField(PlanField::StepStatus, 2, 0, QStringLiteral("done"), true).isEmpty());
    CHECK(doc.plan().measures[2].steps[0].percent == 100);
    CHECK(doc.editField(PlanField::ActualStart, 2, 0, QStringLiteral("1/11/2564"), true).isEmpty());
    CHECK(doc.plan().measures[2].steps[0].actualStart == QDate(2021, 11, 1));
    CHECK(doc.undoStack()->count() == steps + 3);
    CHECK_FALSE(doc.editField(PlanField::StepText, 2, 99, QStringLiteral("x"), true).isEmpty());

    // Stored: a fresh read of the file has the edits.
    const auto stored = PlanRepository(*db).load(bundled.agency, bundled.fiscalYear);
    REQUIRE(stored.ok());
    CHECK(stored->measures[2].steps[0].percent == 100);
}
