#include "TestSupport.h"

#include "analysis/PlanAnalysis.h"
#include "domain/FiscalCalendar.h"
#include "io/Csv.h"
#include "io/ExportCsv.h"
#include "io/Sample.h"
#include "io/ScoresIo.h"

using namespace ita;

namespace {

QStringList fieldsOf(const QByteArray &bytes, int record) {
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const auto parsed = csv::parse(QString::fromUtf8(bytes.mid(3)));
    REQUIRE(parsed.ok());
    REQUIRE(record < int(parsed.records.size()));
    return parsed.records[size_t(record)].fields;
}

} // namespace

TEST_CASE("csv cells a spreadsheet would run as formulas are neutralised", "[csv][export]") {
    // Dangerous first characters get a leading apostrophe.
    CHECK(csv::neutralize(QStringLiteral("=HYPERLINK(\"http://x\")")) ==
          QStringLiteral("'=HYPERLINK(\"http://x\")"));
    CHECK(csv::neutralize(QStringLiteral("+1+2")) == QStringLiteral("'+1+2"));
    CHECK(csv::neutralize(QStringLiteral("-2+3")) == QStringLiteral("'-2+3"));
    CHECK(csv::neutralize(QStringLiteral("@SUM(A1)")) == QStringLiteral("'@SUM(A1)"));
    CHECK(csv::neutralize(QStringLiteral("\tcmd")) == QStringLiteral("'\tcmd"));
    CHECK(csv::neutralize(QStringLiteral("\rcmd")) == QStringLiteral("'\rcmd"));
    // Plain numbers stay numbers.
    CHECK(csv::neutralize(QStringLiteral("-3")) == QStringLiteral("-3"));
    CHECK(csv::neutralize(QStringLiteral("+85.50")) == QStringLiteral("+85.50"));
    CHECK(csv::neutralize(QStringLiteral("92.55")) == QStringLiteral("92.55"));
    // Ordinary text, Thai and a lone apostrophe are left alone.
    CHECK(csv::neutralize(QStringLiteral("ฝ่าย ยส.")) == QStringLiteral("ฝ่าย ยส."));
    CHECK(csv::neutralize(QStringLiteral("'quoted'")) == QStringLiteral("'quoted'"));
    CHECK(csv::neutralize(QString()).isEmpty());
    // Every case reads back exactly, including text that already began with "'=".
    for (const QString &s :
         {QStringLiteral("=1+1"), QStringLiteral("'=1+1"), QStringLiteral("''"),
          QStringLiteral("-"), QStringLiteral("'abc"), QStringLiteral("-3"), QStringLiteral("@"),
          QStringLiteral("\t"), QStringLiteral("ก=ข"), QStringLiteral("'")})
        CHECK(csv::restore(csv::neutralize(s)) == s);
}

TEST_CASE("the scores csv has a BOM, grades and buckets, and imports back equal", "[csv][export]") {
    Assessment a = test::sampleAssessment();
    // A title an attacker might type, with a quote, a comma and a line break besides.
    for (auto &e : a.entries)
        if (e.code == u"I7")
            e.title = QStringLiteral("=cmd|' /C calc'!A0, \"x\"\nบรรทัดสอง");
    const Analysis analysis = analyse(test::fy2564(), a);
    const QByteArray bytes = exports::scoresCsv(a, analysis, true);
    const QStringList header = fieldsOf(bytes, 0);
    CHECK(header.mid(0, 6) == QStringList({QStringLiteral("หน่วยงาน"), QStringLiteral("ปีงบประมาณ"),
                                           QStringLiteral("รหัส"), QStringLiteral("ประเด็น"),
                                           QStringLiteral("คะแนน"), QStringLiteral("ระดับ")}));
    // E13: stated 74.64 with the seed's wrong grade B; the program's grade is C, urgent.
    const auto parsed = csv::parse(QString::fromUtf8(bytes.mid(3)));
    bool sawE13 = false, sawI7 = false;
    for (const auto &r : parsed.records) {
        if (r.fields.value(2) == u"E13") {
            sawE13 = true;
            CHECK(r.fields.value(4) == u"74.64");
            CHECK(r.fields.value(5) == u"B");
            CHECK(r.fields.value(8) == u"C");
            CHECK(r.fields.value(9) == bucketTitle(Bucket::Urgent).th);
        }
        if (r.fields.value(2) == u"I7") {
            sawI7 = true;
            CHECK(r.fields.value(3).startsWith(u"'="));
            CHECK(r.fields.value(9) == bucketTitle(Bucket::Improve).th);
        }
    }
    CHECK(sawE13);
    CHECK(sawI7);

    ImportOptions options;
    const ImportResult back =
        readScoresCsv(bytes, QStringLiteral("export.csv"), FrameworkRegistry::builtIn(), options);
    INFO((back.diagnostics.empty() ? std::string()
                                   : back.diagnostics.front().toString().toStdString()));
    REQUIRE(back.ok());
    REQUIRE(back.assessments.size() == 1);
    CHECK(back.assessments.front().entries == a.entries);

    const QStringList english = fieldsOf(exports::scoresCsv(a, analysis, false), 0);
    CHECK(english.mid(0, 6) ==
          QStringList({QStringLiteral("agency"), QStringLiteral("year"), QStringLiteral("code"),
                       QStringLiteral("title"), QStringLiteral("score"), QStringLiteral("grade")}));
}

TEST_CASE("the plan csv has one row per step with its measure, span, units and progress",
          "[csv][export]") {
    const PlanImport sample = readBundledPlan();
    REQUIRE(sample.ok());
    Plan plan = sample.plan;
    Step &step = plan.measures[0].steps[1];
    step.text = QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0");
    step.status = StepStatus::Done;
    step.percent = 100;
    step.actualStart = QDate(2021, 10, 4);
    step.actualFinish = QDate(2022, 1, 31);
    step.evidence = {QStringLiteral("https://www.erc.or.th/a"), QStringLiteral("-report.pdf")};
    const Analysis analysis = analyse(test::fy2564(), test::sampleAssessment());
    const QByteArray bytes = exports::planCsv(plan, &analysis, true);

    const auto parsed = csv::parse(QString::fromUtf8(bytes.mid(3)));
    REQUIRE(parsed.ok());
    size_t steps = 0;
    for (const auto &m : plan.measures)
        steps += m.steps.size();
    CHECK(parsed.records.size() == steps + 1);

    const QStringList row = fieldsOf(bytes, 2); // measure 1, step 2
    CHECK(row[0] == plan.agency);
    CHECK(row[1] == u"2565");
    CHECK(row[2] == u"1");
    CHECK(row[4] == plan.measures[0].codes.join(u' '));
    CHECK(row[5] == bucketTitle(Bucket::Improve).th); // I7 and I12 are "improve"
    CHECK(row[6] == u"2");
    CHECK(row[7] == QStringLiteral("'") + step.text); // neutralised
    CHECK(csv::restore(row[7]) == step.text);
    CHECK(row[8] == fiscal::monthLabel(2565, step.startMonth, true));
    CHECK(row[9] == fiscal::monthLabel(2565, step.endMonth, true));
    for (int q = 1; q <= 4; ++q)
        CHECK((row[9 + q] == u"x") ==
              (fiscal::quarterOf(step.startMonth) <= q && fiscal::quarterOf(step.endMonth) >= q));
    CHECK(row[14] == step.units.join(QStringLiteral(", ")));
    CHECK(row[15] == statusLabel(StepStatus::Done, true));
    CHECK(row[16] == u"100");
    CHECK(row[17] == u"4/10/2564"); // Buddhist Era, as Thai Excel reads dates
    CHECK(row[18] == u"31/1/2565");
    CHECK(csv::restore(row[19]) == step.evidence.join(u'\n'));
}

TEST_CASE("progress as of a day sees steps before their actual dates", "[plan][progress]") {
    Step s;
    s.startMonth = 2; // November 2021 in FY2565
    s.endMonth = 3;   // to December
    s.status = StepStatus::Done;
    s.percent = 100;
    s.actualStart = QDate(2021, 11, 5);
    s.actualFinish = QDate(2022, 1, 20);

    StepProgress p = progressAsOf(s, 2565, QDate(2021, 10, 15));
    CHECK(p.status == StepStatus::NotStarted);
    CHECK(p.percent == 0);
    CHECK_FALSE(p.due);
    CHECK_FALSE(p.overdue);

    p = progressAsOf(s, 2565, QDate(2022, 1, 10)); // started, finished later, past its end
    CHECK(p.status == StepStatus::InProgress);
    CHECK(p.percent == -1); // the file does not say how far it was
    CHECK(p.due);
    CHECK(p.overdue);

    p = progressAsOf(s, 2565, QDate(2022, 2, 1));
    CHECK(p.status == StepStatus::Done);
    CHECK(p.percent == 100);
    CHECK_FALSE(p.overdue);

    Step late = s;
    late.status = StepStatus::InProgress;
    late.percent = 40;
    late.actualFinish = QDate();
    p = progressAsOf(late, 2565, QDate(2021, 12, 31)); // the last day of its span: not late
    CHECK(p.percent == 40);
    CHECK_FALSE(p.overdue);
    CHECK(progressAsOf(late, 2565, QDate(2022, 1, 1)).overdue);
    late.status = StepStatus::Cancelled;
    CHECK_FALSE(progressAsOf(late, 2565, QDate(2022, 6, 1)).overdue);
}
