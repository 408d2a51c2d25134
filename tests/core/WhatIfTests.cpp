#include "TestSupport.h"

#include "analysis/WhatIf.h"
#include "io/Sample.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/SampleStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ita;

namespace {
Score s(qint64 h) {
    return Score::fromHundredths(h);
}
const QStringList urgentEit = {QStringLiteral("E1"),  QStringLiteral("E2"),  QStringLiteral("E3"),
                               QStringLiteral("E5"),  QStringLiteral("E6"),  QStringLiteral("E7"),
                               QStringLiteral("E8"),  QStringLiteral("E9"),  QStringLiteral("E10"),
                               QStringLiteral("E11"), QStringLiteral("E12"), QStringLiteral("E13"),
                               QStringLiteral("E14"), QStringLiteral("E15")};
} // namespace

TEST_CASE("what-if: E8 at 90.00 moves the overall to 92.90 and seven buckets", "[whatif]") {
    const Assessment sample = test::sampleAssessment();
    const WhatIfResult r = whatIf(test::fy2564(), sample, {{QStringLiteral("E8"), s(9000)}});
    CHECK(r.base.overall == s(9255));
    CHECK(r.scenario.overall == s(9290));
    CHECK(r.overallDelta() == s(35));
    // The maintain threshold rises to 92.90: what scored 92.55–92.89 drops to improve
    // (I1.2 92.75, I11.2 92.72, I13 92.76, I18.1 92.74, I24 92.75, I28.3 92.74); E8 rises.
    QStringList moved;
    for (const auto &c : r.changes)
        moved << c.code + u':' + bucketKey(c.from) + u'>' + bucketKey(c.to);
    CHECK(moved ==
          QStringList(
              {QStringLiteral("I1.2:maintain>improve"), QStringLiteral("I11.2:maintain>improve"),
               QStringLiteral("I13:maintain>improve"), QStringLiteral("I18.1:maintain>improve"),
               QStringLiteral("I24:maintain>improve"), QStringLiteral("I28.3:maintain>improve"),
               QStringLiteral("E8:urgent>improve")}));
}

TEST_CASE("what-if never touches the stored results", "[whatif][db]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.itadb"));
    {
        auto db = Database::open(path);
        REQUIRE(writeSample(**db).isEmpty());
    }
    const QString before = test::dumpDatabase(path);
    {
        auto db = Database::open(path);
        AssessmentRepository repo(**db);
        const auto a = repo.load(QStringLiteral("สำนักงาน กกพ."), 2564);
        REQUIRE(a.ok());
        const Assessment copy = *a;
        whatIf(test::fy2564(), *a,
               {{QStringLiteral("E8"), s(10000)}, {QStringLiteral("I7"), s(0)}});
        CHECK(*a == copy);
    }
    CHECK(test::dumpDatabase(path) == before);
    // The CLI says so too: a what-if run leaves the file as it was.
    const auto run =
        test::runCli({QStringLiteral("whatif"), QStringLiteral("--db"), path,
                      QStringLiteral("--agency"), QStringLiteral("สำนักงาน กกพ."),
                      QStringLiteral("--year"), QStringLiteral("2564"), QStringLiteral("--set"),
                      QStringLiteral("E8=90"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(run.exitCode == 0);
    const QJsonObject doc = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(doc.value(QStringLiteral("overall")).toDouble() == 92.9);
    CHECK(doc.value(QStringLiteral("grade")).toString() == QStringLiteral("A"));
    CHECK(doc.value(QStringLiteral("changes")).toArray().size() == 7);
    CHECK(test::dumpDatabase(path) == before);
}

TEST_CASE("sensitivity: each item's share of the weights, largest first", "[whatif]") {
    const auto list = sensitivity(test::fy2564());
    REQUIRE(list.size() == 88);
    const auto share = [&](const char *code) {
        for (const auto &x : list)
            if (x.code == QLatin1String(code))
                return x.perPoint;
        return -1.0;
    };
    CHECK(share("I1") == Approx(0.30 / 5 / 6));      // 0.01
    CHECK(share("E1") == Approx(0.30 / 3 / 5));      // 0.02
    CHECK(share("O1") == Approx(0.40 / 2 / 5 / 9));  // 9.1 has nine items
    CHECK(share("O42") == Approx(0.40 / 2 / 2 / 2)); // 10.2 has two: 0.05, the largest
    CHECK(list[0].code == QStringLiteral("O42"));
    CHECK(list[1].code == QStringLiteral("O43"));
    CHECK(list[2].code == QStringLiteral("E1")); // 0.02, ties in framework order
    CHECK(list.back().perPoint == Approx(0.40 / 2 / 5 / 9));
}

TEST_CASE("target: the smallest uniform rise, unreachable, and capped items", "[whatif]") {
    const Assessment sample = test::sampleAssessment();
    // AA (95.00) by raising the 14 urgent EIT items by r: indicator 6 = (434.06 + 4r) / 5,
    // 7 = 76.61 + r, 8 = 77.36 + r; EIT must reach 88.41 so that 0.3·94.91 + 0.3·EIT + 40
    // rounds to 95.00. r = 8.72 gives EIT 88.40, r = 8.73 gives 88.41.
    CHECK(requiredRise(test::fy2564(), sample, urgentEit, s(9500)) == s(873));
    // Already there: no rise.
    CHECK(requiredRise(test::fy2564(), sample, urgentEit, s(9200)) == s(0));
    // E8 alone at 100.00 gives 93.10 at most.
    CHECK_FALSE(requiredRise(test::fy2564(), sample, {QStringLiteral("E8")}, s(9500)).has_value());
    // E1 is capped at 100.00: indicator 6 tops out at 90.16, the overall at 92.89 < 93.00.
    CHECK_FALSE(requiredRise(test::fy2564(), sample, {QStringLiteral("E1")}, s(9300)).has_value());
    CHECK(requiredRise(test::fy2564(), sample, {QStringLiteral("E1")}, s(9285)).has_value());

    const auto run = test::runCli({QStringLiteral("target"), QStringLiteral("--help")});
    CHECK(run.exitCode == 0);
}

TEST_CASE("cli: target --format json gives the rise or reachable false", "[whatif][cli]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.itadb"));
    REQUIRE(test::runCli({QStringLiteral("sample"), QStringLiteral("--db"), db}).exitCode == 0);
    const QStringList who = {QStringLiteral("--db"),     db,
                             QStringLiteral("--agency"), QStringLiteral("สำนักงาน กกพ."),
                             QStringLiteral("--year"),   QStringLiteral("2564"),
                             QStringLiteral("--format"), QStringLiteral("json")};
    auto run = test::runCli(QStringList{QStringLiteral("target"), QStringLiteral("--grade"),
                                        QStringLiteral("AA"), QStringLiteral("--items"),
                                        urgentEit.join(u',')} +
                            who);
    REQUIRE(run.exitCode == 0);
    QJsonObject doc = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(doc.value(QStringLiteral("reachable")).toBool());
    CHECK(doc.value(QStringLiteral("rise")).toDouble() == 8.73);
    run = test::runCli(QStringList{QStringLiteral("target"), QStringLiteral("--overall"),
                                   QStringLiteral("95"), QStringLiteral("--items"),
                                   QStringLiteral("E8")} +
                       who);
    doc = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(doc.value(QStringLiteral("reachable")).toBool() == false);
    CHECK_FALSE(doc.contains(QStringLiteral("rise")));
    CHECK(test::runCli(QStringList{QStringLiteral("target"), QStringLiteral("--items"),
                                   QStringLiteral("E8")} +
                       who)
              .exitCode == 2); // no target given
}

TEST_CASE("trends: year on year deltas, and measures that did not help", "[whatif][trends]") {
    Assessment y1 = test::sampleAssessment();
    Assessment y2 = y1;
    y2.fiscalYear = 2565;
    for (auto &e : y2.entries) {
        if (e.code == u"E8")
            e.stated = s(7000); // had a measure, fell
        if (e.code == u"E10")
            e.stated = s(8000); // had a measure, rose
        if (e.code == u"I1")
            e.stated = s(9000); // no measure, fell
    }
    Plan plan;
    plan.fiscalYear = 2565;
    plan.basedOnYear = 2564;
    Measure m;
    m.codes = {QStringLiteral("E8"), QStringLiteral("E10")};
    plan.measures.push_back(m);
    const auto rows =
        trends({{2564, analyse(test::fy2564(), y1)}, {2565, analyse(test::fy2564(), y2)}}, {plan});
    const auto row = [&](const char *code) -> const TrendRow & {
        for (const auto &r : rows)
            if (r.code == QLatin1String(code))
                return r;
        FAIL("no row");
        return rows.front();
    };
    CHECK(row("E8").deltas[0] == s(7000 - 7246));
    CHECK(row("E8").planDidNotHelp[0]);
    CHECK(row("E10").deltas[0] == s(8000 - 6957));
    CHECK_FALSE(row("E10").planDidNotHelp[0]);
    CHECK(row("I1").deltas[0] == s(9000 - 9379));
    CHECK_FALSE(row("I1").planDidNotHelp[0]); // fell, but no measure answered it
    CHECK(row("7").scores.size() == 2);
}
