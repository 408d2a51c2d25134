// The OIT checklist: what the framework says each item needs, what the plan holds of it, how
// ready each item is, and what the OIT and the overall would score if assessed today.

#include "TestHttpServer.h"
#include "TestSupport.h"

#include "analysis/OitReadiness.h"
#include "io/FrameworkCsv.h"
#include "io/FrameworkReader.h"
#include "io/FrameworkWriter.h"
#include "storage/Database.h"
#include "storage/LinkCheckRepository.h"
#include "storage/PlanRepository.h"

#include <QProcess>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <catch2/catch.hpp>

using namespace ita;

namespace {

/// A small design worked by hand: IIT 0.3 and EIT 0.3 with one indicator and one item each,
/// OIT 0.4 with indicator 9 (O1, O2) and indicator 10 (O3, O4, O5). Overall 85 passes.
const char *kSmall = R"({
  "format": "ita-framework", "version": 2, "id": "ITA-SMALL", "fiscal_years": [2568, 2569],
  "title": {"th": "กรอบทดสอบ"},
  "rating": {"wording": "result", "levels": [
    {"label": {"th": "ผ่าน", "en": "Pass"}, "min": 85, "pass": true},
    {"label": {"th": "ไม่ผ่าน", "en": "Fail"}, "min": 0, "pass": false}]},
  "fixed_threshold": 85, "tolerance": 0.01,
  "oit_window": {"from": 6, "to": 7},
  "tools": [
    {"code": "IIT", "weight": 0.3, "title": {"th": "IIT"}, "indicators": [
      {"code": "1", "title": {"th": "หนึ่ง"}, "items": [{"code": "I1", "title": {"th": "ไอ"}}]}]},
    {"code": "EIT", "weight": 0.3, "title": {"th": "EIT"}, "indicators": [
      {"code": "6", "title": {"th": "หก"}, "items": [{"code": "E1", "title": {"th": "อี"}}]}]},
    {"code": "OIT", "weight": 0.4, "title": {"th": "OIT"}, "indicators": [
      {"code": "9", "title": {"th": "การเปิดเผยข้อมูล"}, "items": [
        {"code": "O1", "title": {"th": "ผู้บริหาร"},
         "elements": ["ชื่อ", {"th": "ตำแหน่ง", "en": "Position"}]},
        {"code": "O2", "title": {"th": "แผนปฏิบัติการ"}, "date_rule": "assessed_year"}]},
      {"code": "10", "title": {"th": "การป้องกันการทุจริต"}, "items": [
        {"code": "O3", "title": {"th": "รายงานผล"}, "date_rule": "previous_year"},
        {"code": "O4", "title": {"th": "มาตรการ"}},
        {"code": "O5", "title": {"th": "ช่องทางแจ้งเรื่อง"}}]}]}]
})";

Framework small() {
    auto fw = readFramework(QByteArray(kSmall), QStringLiteral("small.json"));
    INFO(fw.error().toStdString());
    REQUIRE(fw.ok());
    return fw.take();
}

OitPublication publication(const QString &code, const QStringList &urls) {
    OitPublication p;
    p.code = code;
    for (const QString &u : urls)
        p.links.push_back({u, {}, {}, {}, 0});
    return p;
}

LinkCheck reached(const QString &url, QList<int> years = {2569}) {
    LinkCheck c;
    c.url = url;
    c.finalUrl = url;
    c.httpStatus = 200;
    c.contentType = QStringLiteral("text/html; charset=utf-8");
    c.checkedAt = QDateTime(QDate(2026, 1, 10), QTime(9, 0), Qt::UTC);
    c.textSearched = true;
    c.years = years;
    return c;
}

const OitItemReadiness &item(const OitReadiness &r, const QString &code) {
    for (const auto &i : r.items)
        if (i.code == code)
            return i;
    FAIL("no item " << code.toStdString());
    return r.items.front();
}

/// Whether any of `texts` says `part`, in English or in Thai.
bool saysAny(const std::vector<LocalizedText> &texts, const QString &part) {
    for (const LocalizedText &t : texts)
        if (t.en.contains(part) || t.th.contains(part))
            return true;
    return false;
}

/// The sample's FY2565 plan with `publications` (and the website `website`) stored in `db`.
void storePublications(const QString &db, const std::vector<OitPublication> &publications,
                       const QString &website = {}) {
    auto opened = Database::open(db);
    REQUIRE(opened);
    PlanRepository plans(**opened);
    auto plan = plans.load(QStringLiteral("สำนักงาน กกพ."), 2565);
    REQUIRE(plan.ok());
    plan->website = website;
    plan->publications = publications;
    REQUIRE(plans.save(*plan, true).isEmpty());
}

} // namespace

TEST_CASE("OIT: a framework carries each item's elements and date rule in JSON and CSV",
          "[oit][framework]") {
    const Framework fw = small();
    const auto &o1 = fw.node(fw.indexOf(QStringLiteral("O1")));
    REQUIRE(o1.elements.size() == 2);
    CHECK(o1.elements[0].th == QStringLiteral("ชื่อ"));
    CHECK(o1.elements[1].en == QStringLiteral("Position"));
    CHECK(fw.node(fw.indexOf(QStringLiteral("O2"))).dateRule == DateRule::AssessedYear);
    CHECK(fw.node(fw.indexOf(QStringLiteral("O3"))).dateRule == DateRule::PreviousYear);

    // JSON there and back.
    auto again = readFramework(writeFrameworkJson(fw), QStringLiteral("again.json"));
    REQUIRE(again.ok());
    CHECK(again->node(again->indexOf(QStringLiteral("O1"))).elements == o1.elements);
    CHECK(again->node(again->indexOf(QStringLiteral("O3"))).dateRule == DateRule::PreviousYear);

    // The structure CSV: elements " | " between them, the date rule, the window on OIT's row.
    Framework moved = fw;
    moved.oitWindowFrom = 5;
    moved.oitWindowTo = 8;
    const QByteArray csv = writeFrameworkStructureCsv(moved);
    CHECK(csv.contains(QStringLiteral("O1,9,ผู้บริหาร,,,,ชื่อ | ตำแหน่ง, | Position,,").toUtf8()));
    CHECK(csv.contains("OIT,ITA,OIT,,0.4,,,,,5-8"));
    auto rows = readStructureCsv(csv, QStringLiteral("s.csv"));
    REQUIRE(rows.ok());
    auto built = buildFromRows(fw, *rows, QStringLiteral("s.csv"));
    INFO(built.error().toStdString());
    REQUIRE(built.ok());
    CHECK(built->node(built->indexOf(QStringLiteral("O1"))).elements == o1.elements);
    CHECK(built->node(built->indexOf(QStringLiteral("O2"))).dateRule == DateRule::AssessedYear);
    CHECK(built->oitWindowFrom == 5);
    CHECK(built->oitWindowTo == 8);

    // Bad cells name the file, the line and the problem.
    const QByteArray bad = "code,parent,title,weight,date_rule,oit_window\n"
                           "OIT,ITA,OIT,1,,13-2\n"
                           "9,OIT,หนึ่ง,,,\n"
                           "O1,9,ก,,next_year,\n";
    auto badRows = readStructureCsv(bad, QStringLiteral("bad.csv"));
    REQUIRE(badRows.ok());
    auto refused = buildFromRows(fw, *badRows, QStringLiteral("bad.csv"));
    REQUIRE_FALSE(refused.ok());
    INFO(refused.error().toStdString());
    CHECK(refused.error().contains(QStringLiteral("bad.csv:2: OIT window \"13-2\"")));
    CHECK(refused.error().contains(QStringLiteral("bad.csv:4: date rule \"next_year\" of O1")));

    // The built-in FY2564 design ships what DOMAIN's sources give: the executives' elements,
    // the analysis of the assessed year, the implementation report on the year before.
    const Framework &fy64 = test::fy2564();
    CHECK(fy64.node(fy64.indexOf(QStringLiteral("O2"))).elements.size() == 4);
    CHECK(fy64.node(fy64.indexOf(QStringLiteral("O42"))).dateRule == DateRule::AssessedYear);
    CHECK(fy64.node(fy64.indexOf(QStringLiteral("O43"))).dateRule == DateRule::PreviousYear);
}

TEST_CASE("OIT readiness: status and reasons per item", "[oit]") {
    const Framework fw = small();
    Plan plan;
    plan.agency = QStringLiteral("กรม ก");
    plan.fiscalYear = 2569;
    plan.basedOnYear = 2568;
    plan.website = QStringLiteral("https://www.dept.go.th");
    const QString site = QStringLiteral("https://www.dept.go.th/ita/");
    OitPublication o1 = publication(QStringLiteral("O1"), {site + QStringLiteral("o1")});
    o1.elementsDone = {QStringLiteral("ชื่อ")}; // ตำแหน่ง not ticked
    OitPublication o2 = publication(QStringLiteral("O2"), {site + QStringLiteral("o2")});
    OitPublication o3 = publication(QStringLiteral("O3"), {site + QStringLiteral("o3.pdf")});
    OitPublication o4 = publication(
        QStringLiteral("O4"), {QStringLiteral("https://drive.example.com/o4"),
                               site + QStringLiteral("o2"), QStringLiteral("javascript:void(0)")});
    plan.publications = {o1, o2, o3, o4};

    QHash<QString, LinkCheck> checks;
    checks.insert(site + QStringLiteral("o1"), reached(site + QStringLiteral("o1")));
    checks.insert(site + QStringLiteral("o2"), reached(site + QStringLiteral("o2"), {2567}));
    LinkCheck login = reached(site + QStringLiteral("o3.pdf"));
    checks.insert(login.url, login); // text/html where a PDF was linked
    const QDate today(2026, 1, 15);
    const OitReadiness r = oitReadiness(fw, plan, checks, nullptr, today);

    REQUIRE(r.total == 5);
    CHECK(r.windowOpens == QDate(2026, 3, 1));
    CHECK(r.windowCloses == QDate(2026, 4, 30));
    CHECK(r.daysToWindow == 45);

    const auto &i1 = item(r, QStringLiteral("O1"));
    CHECK(i1.status == OitStatus::Incomplete);
    REQUIRE(i1.missingElements.size() == 1);
    CHECK(i1.missingElements[0].th == QStringLiteral("ตำแหน่ง"));
    CHECK(saysAny(i1.reasons, QStringLiteral("elements not ticked: Position")));

    // O2's page works and its elements are none, but it is also O4's address and never
    // mentions 2569 (a warning, worded "check").
    const auto &i2 = item(r, QStringLiteral("O2"));
    CHECK(i2.requiredYear == 2569);
    CHECK(i2.status == OitStatus::Incomplete);
    CHECK(saysAny(i2.reasons, QStringLiteral("the same address is given for O4")));
    CHECK(saysAny(i2.links[0].warnings, QStringLiteral("check: the page never mentions 2569")));

    const auto &i3 = item(r, QStringLiteral("O3"));
    CHECK(i3.requiredYear == 2568);
    CHECK(saysAny(i3.reasons, QStringLiteral("document link that answers with a web page")));

    const auto &i4 = item(r, QStringLiteral("O4"));
    CHECK(saysAny(i4.reasons, QStringLiteral("link 1: on another site (drive.example.com)")));
    CHECK(saysAny(i4.reasons, QStringLiteral("link 2: the same address is given for O2")));
    CHECK(saysAny(i4.reasons, QStringLiteral("link 3: not a web address")));

    CHECK(item(r, QStringLiteral("O5")).status == OitStatus::Missing);
    CHECK(r.ready == 0);

    SECTION("fixed, they are ready") {
        plan.publications[0].elementsDone << QStringLiteral("ตำแหน่ง");
        plan.publications[1].links[0].coversYear = 2569; // said by the group: no warning
        plan.publications[3].links = {{site + QStringLiteral("o4"), {}, {}, {}, 0}};
        checks.insert(site + QStringLiteral("o4"), reached(site + QStringLiteral("o4")));
        const OitReadiness fixed = oitReadiness(fw, plan, checks, nullptr, today);
        CHECK(item(fixed, QStringLiteral("O1")).status == OitStatus::Ready);
        CHECK(item(fixed, QStringLiteral("O2")).status == OitStatus::Ready);
        CHECK(item(fixed, QStringLiteral("O2")).links[0].warnings.empty());
        CHECK(item(fixed, QStringLiteral("O4")).status == OitStatus::Ready);
        CHECK(item(fixed, QStringLiteral("O3")).status == OitStatus::Incomplete);
        CHECK(fixed.ready == 3);
    }
    SECTION("a PDF whose text speaks of another year: a warning, worded as a document") {
        LinkCheck pdf = reached(site + QStringLiteral("o3.pdf"), {2566, 2567});
        pdf.contentType = QStringLiteral("application/pdf");
        checks.insert(pdf.url, pdf);
        const OitReadiness read = oitReadiness(fw, plan, checks, nullptr, today);
        const auto &i3 = item(read, QStringLiteral("O3"));
        CHECK(i3.status == OitStatus::Ready); // a warning does not change the status
        CHECK(saysAny(i3.links[0].warnings,
                      QStringLiteral("check: the document never mentions 2568")));
        CHECK(saysAny(i3.links[0].warnings, QStringLiteral("ตรวจสอบ: เอกสารนี้ไม่กล่าวถึงปี 2568 เลย")));
    }
    SECTION("a link said to cover another year, a file not uploaded, a link not checked") {
        plan.publications[1].links[0].coversYear = 2568;
        plan.publications.push_back(publication(QStringLiteral("O5"), {}));
        plan.publications.back().links.push_back({{}, QStringLiteral("C:/ITA/o5.pdf"), {}, {}, 0});
        plan.publications.back().links.push_back({site + QStringLiteral("o5"), {}, {}, {}, 0});
        const OitReadiness other = oitReadiness(fw, plan, checks, nullptr, today);
        CHECK(saysAny(item(other, QStringLiteral("O2")).reasons,
                      QStringLiteral("covers 2568, but the item asks for 2569")));
        const auto &i5 = item(other, QStringLiteral("O5"));
        CHECK(i5.status == OitStatus::Incomplete);
        CHECK(saysAny(i5.reasons, QStringLiteral("a file not yet uploaded: C:/ITA/o5.pdf")));
        CHECK(saysAny(i5.links[1].warnings, QStringLiteral("not checked yet")));
    }
}

TEST_CASE("OIT readiness: the expected scores, worked by hand", "[oit][whatif]") {
    const Framework fw = small();
    Assessment base;
    base.agency = QStringLiteral("กรม ก");
    base.fiscalYear = 2568;
    base.frameworkId = fw.id;
    for (const auto &[code, score] : {std::pair{"I1", 90},
                                      {"E1", 80},
                                      {"O1", 100},
                                      {"O2", 100},
                                      {"O3", 100},
                                      {"O4", 0},
                                      {"O5", 100}}) {
        ScoreEntry e;
        e.code = QString::fromLatin1(code);
        e.stated = Score::fromWhole(score);
        base.entries.push_back(e);
    }
    Plan plan;
    plan.agency = base.agency;
    plan.fiscalYear = 2569;
    plan.basedOnYear = 2568;
    const QString u = QStringLiteral("https://www.dept.go.th/");
    QHash<QString, LinkCheck> checks;
    for (const char *code : {"O1", "O2", "O3", "O4"}) {
        const QString url = u + QString::fromLatin1(code);
        plan.publications.push_back(publication(QString::fromLatin1(code), {url}));
        checks.insert(url, reached(url));
    }
    plan.publications[0].elementsDone = {QStringLiteral("ชื่อ"), QStringLiteral("ตำแหน่ง")};
    // O1–O4 ready, O5 missing. Every score is kept at two decimals (half up) and its parent
    // averages the kept values, as the NACC publishes them:
    //   indicator 9  = (100 + 100) / 2                 = 100.00
    //   indicator 10 = (100 + 100 + 0) / 3 = 66.666…  →  66.67
    //   OIT          = (100.00 + 66.67) / 2 = 83.335  →  83.34
    //   overall      = 0.3 × 90 + 0.3 × 80 + 0.4 × 83.34 = 27 + 24 + 33.336 = 84.336 → 84.34,
    //   below 85: ไม่ผ่าน
    const OitReadiness r = oitReadiness(fw, plan, checks, &base, QDate(2026, 1, 15));
    CHECK(r.ready == 4);
    REQUIRE(r.expectedOit);
    CHECK(r.expectedOit->toString() == QStringLiteral("83.34"));
    REQUIRE(r.expectedOverall);
    CHECK(r.expectedOverall->toString() == QStringLiteral("84.34"));
    CHECK(r.expectedLevel == QStringLiteral("ไม่ผ่าน"));

    // O5 published as well: OIT = (100 + 100) / 2 = 100; overall 27 + 24 + 40 = 91.00: ผ่าน.
    plan.publications.push_back(publication(QStringLiteral("O5"), {u + QStringLiteral("O5")}));
    checks.insert(u + QStringLiteral("O5"), reached(u + QStringLiteral("O5")));
    const OitReadiness all = oitReadiness(fw, plan, checks, &base, QDate(2026, 1, 15));
    CHECK(all.expectedOit->toString() == QStringLiteral("100.00"));
    CHECK(all.expectedOverall->toString() == QStringLiteral("91.00"));
    CHECK(all.expectedLevel == QStringLiteral("ผ่าน"));

    // Without the assessment the plan answers, only the OIT can be said.
    const OitReadiness alone = oitReadiness(fw, plan, checks, nullptr, QDate(2026, 1, 15));
    CHECK(alone.expectedOit->toString() == QStringLiteral("100.00"));
    CHECK_FALSE(alone.expectedOverall);
}

TEST_CASE("OIT: the checklist and the link checks are stored and read back", "[oit][db][both]") {
    QTemporaryDir dir;
    auto db = Database::open(test::scratchStore(dir, QStringLiteral("o.itadb")));
    REQUIRE(db);
    PlanRepository plans(**db);
    Plan plan;
    plan.agency = QStringLiteral("สำนักงาน \"ทดสอบ\"");
    plan.fiscalYear = 2565;
    plan.basedOnYear = 2564;
    plan.website = QStringLiteral("https://www.erc.or.th");
    OitPublication o1;
    o1.code = QStringLiteral("O1");
    o1.preparer = QStringLiteral("ฝ่าย ยส.");
    o1.links = {{QStringLiteral("https://www.erc.or.th/o1"),
                 {},
                 QStringLiteral("โครงสร้าง"),
                 QDate(2021, 11, 3),
                 2565},
                {{}, QStringLiteral("C:/ITA/o1.pdf"), {}, {}, 0},
                {QStringLiteral("https://www.erc.or.th/o1-en"), {}, {}, {}, 0}};
    o1.elementsDone = {QStringLiteral("ชื่อ"), QStringLiteral("ตำแหน่ง")};
    o1.explanation = QStringLiteral("หน้า \"ผู้บริหาร\"\nบรรทัดสอง");
    plan.publications.push_back(o1);
    REQUIRE(plans.save(plan, false).isEmpty());
    auto back = plans.load(plan.agency, 2565);
    REQUIRE(back.ok());
    CHECK(back->website == plan.website);
    REQUIRE(back->publications.size() == 1);
    CHECK(back->publications[0] == o1);
    CHECK(back->publications[0].url() == QStringLiteral("https://www.erc.or.th/o1"));

    LinkCheckRepository links(**db);
    LinkCheck c = reached(QStringLiteral("https://www.erc.or.th/o1"), {2564, 2565});
    c.lastModified = QDateTime(QDate(2021, 11, 4), QTime(8, 0), Qt::UTC);
    c.size = 1234;
    LinkCheck failed;
    failed.url = QStringLiteral("https://www.erc.or.th/o1-en");
    failed.checkedAt = c.checkedAt;
    failed.failure = LinkCheck::Failure::Timeout;
    failed.error = QStringLiteral("no answer within 20 s");
    const QString saved = links.save({c, failed});
    INFO(saved.toStdString());
    REQUIRE(saved.isEmpty());
    c.httpStatus = 301; // a second check replaces the first
    REQUIRE(links.save({c}).isEmpty());
    QHash<QString, LinkCheck> stored;
    REQUIRE(links.load({c.url, failed.url, QStringLiteral("https://never/")}, &stored).isEmpty());
    REQUIRE(stored.size() == 2);
    CHECK(stored.value(c.url) == c);
    CHECK(stored.value(failed.url) == failed);
}

TEST_CASE("oit check and oit export on the command line", "[oit][cli][links]") {
    QTemporaryDir dir;
    const QString db = test::sampleDbByCli(dir);
    test::HttpServerThread server;
    const QString agency = QStringLiteral("สำนักงาน กกพ.");
    OitPublication o1 = publication(QStringLiteral("O1"), {server.url("/page/1")});
    o1.explanation = QStringLiteral("โครงสร้างองค์กร <ล่าสุด> & \"ผังใหม่\"");
    OitPublication o2 = publication(QStringLiteral("O2"), {server.url("/ok-2569")});
    OitPublication o3 = publication(QStringLiteral("O3"), {server.url("/missing")});
    OitPublication o4 =
        publication(QStringLiteral("O4"), {server.url("/r1"), QStringLiteral("javascript:go()")});
    storePublications(db, {o1, o2, o3, o4}, server.url(QStringLiteral("/")));
    const QStringList where{QStringLiteral("--db"),     db,
                            QStringLiteral("--agency"), agency,
                            QStringLiteral("--year"),   QStringLiteral("2565")};
    auto run = test::runCli(QStringList{QStringLiteral("oit"), QStringLiteral("check")} + where +
                            QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                        QStringLiteral("--timeout"), QStringLiteral("5"),
                                        QStringLiteral("--lang"), QStringLiteral("en")});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1); // items are not ready
    const auto doc = nlohmann::json::parse(run.out.toStdString());
    const int oitItems = int(test::fy2564().oitItems().size());
    CHECK(doc["total"] == oitItems);
    CHECK(doc["ready"] == 1); // O1 alone: O2 lacks its four elements, O3 is 404, O4 a script
    CHECK(doc["expected_oit"].is_number());
    CHECK(doc["expected_overall"].is_number());
    CHECK(doc["expected_level"].is_string());
    const auto itemOf = [&](const char *code) {
        for (const auto &i : doc["items"])
            if (i["code"] == code)
                return i;
        FAIL("no item " << code);
        return nlohmann::json();
    };
    CHECK(itemOf("O1")["status"] == "ready");
    CHECK(itemOf("O1")["links"][0]["http_status"] == 200);
    CHECK(itemOf("O2")["status"] == "incomplete");
    CHECK(itemOf("O3")["links"][0]["http_status"] == 404);
    CHECK(itemOf("O3")["links"][0]["problem"] == "the server answers HTTP 404");
    const auto o4Links = itemOf("O4")["links"];
    CHECK(o4Links[0]["final_url"] == server.url("/ok-2569").toStdString());
    CHECK(o4Links[1]["problem"] == "not a web address (javascript:, file: …)");
    CHECK(itemOf("O5")["status"] == "missing");
    const qsizetype asked = server.requests().size();
    CHECK(asked >= 4);
    CHECK_FALSE(server.requests().contains(QStringLiteral("go()")));

    // Offline, the stored checks answer: the same statuses, no request.
    auto offline = test::runCli(
        QStringList{QStringLiteral("oit"), QStringLiteral("check")} + where +
        QStringList{QStringLiteral("--offline"), QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(offline.exitCode == 1);
    CHECK(offline.out.contains(QStringLiteral("O1 [Ready]")));
    CHECK(offline.out.contains(QStringLiteral("link 1: the server answers HTTP 404")));
    // The sample's plan runs in FY2565: its window opened on 1 March 2565.
    CHECK(offline.out.contains(
        QStringLiteral("OIT ready: 1 of %1 items; the window opened on 1 Mar 2565").arg(oitItems)));
    CHECK(offline.out.contains(QStringLiteral("if assessed today: OIT ")));
    CHECK(server.requests().size() == asked);
    // A check again within the day asks only for what failed: O3's 404, none of the others.
    auto again = test::runCli(QStringList{QStringLiteral("oit"), QStringLiteral("check")} + where);
    CHECK(again.exitCode == 1);
    const QStringList after = server.requests().mid(asked);
    CHECK(after == QStringList{QStringLiteral("/missing")});

    // The page, the report and the CSV, each written to a file and read back.
    const auto exportTo = [&](const char *format, const char *lang) {
        const QString path = dir.filePath(QStringLiteral("oit.%1").arg(QLatin1String(format)));
        auto run = test::runCli(
            QStringList{QStringLiteral("oit"), QStringLiteral("export")} + where +
            QStringList{QStringLiteral("--format"), QLatin1String(format), QStringLiteral("--out"),
                        path, QStringLiteral("--lang"), QLatin1String(lang)});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        return path;
    };
    const QString html = exportTo("html", "th");
    const QString text = QString::fromUtf8(test::readFile(html));
    CHECK(text.startsWith(QStringLiteral("<!DOCTYPE html>")));
    CHECK(text.contains(QStringLiteral("<html lang=\"th\">")));
    CHECK(text.contains(QStringLiteral("การเปิดเผยข้อมูลสาธารณะ (OIT)")));
    CHECK(text.contains(QStringLiteral("ประจำปีงบประมาณ พ.ศ. 2565")));
    CHECK(text.contains(QStringLiteral("<h2>9.1 ")));
    CHECK(text.contains(QStringLiteral("<a href=\"%1\">").arg(server.url("/page/1"))));
    CHECK(text.contains(QStringLiteral("โครงสร้างองค์กร &lt;ล่าสุด&gt; &amp; &quot;ผังใหม่&quot;")));
    CHECK_FALSE(text.contains(QStringLiteral("javascript:")));
    CHECK_FALSE(text.contains(QStringLiteral("<script")));
    CHECK(text.count(QStringLiteral("<tr id=")) == oitItems);

    const QByteArray bytes = test::readFile(exportTo("csv", "en"));
    CHECK(bytes.startsWith("\xEF\xBB\xBF"
                           "code,title,url,explanation\r\n"));
    CHECK(bytes.contains(
        QStringLiteral("O4,%1,\"%2\njavascript:go()\",")
            .arg(test::fy2564().node(test::fy2564().indexOf(QStringLiteral("O4"))).title.en,
                 server.url("/r1"))
            .toUtf8()));
    CHECK(bytes.count("\r\n") == qsizetype(oitItems) + 1);
}

TEST_CASE("oit export --format pdf: the readiness report, read back with pdftotext",
          "[oit][cli][links][tools]") {
    QTemporaryDir dir;
    const QString db = test::sampleDbByCli(dir);
    test::HttpServerThread server;
    const QString agency = QStringLiteral("สำนักงาน กกพ.");
    storePublications(db, {publication(QStringLiteral("O1"), {server.url("/page/1")}),
                           publication(QStringLiteral("O3"), {server.url("/missing")})});
    const QStringList where{QStringLiteral("--db"),     db,
                            QStringLiteral("--agency"), agency,
                            QStringLiteral("--year"),   QStringLiteral("2565")};
    REQUIRE(test::runCli(QStringList{QStringLiteral("oit"), QStringLiteral("check")} + where)
                .exitCode == 1);
    const int oitItems = int(test::fy2564().oitItems().size());
    // The readiness report for the executive, read back with poppler's pdftotext.
    const QString pdf = dir.filePath(QStringLiteral("oit.pdf"));
    auto run = test::runCli(QStringList{QStringLiteral("oit"), QStringLiteral("export")} + where +
                            QStringList{QStringLiteral("--format"), QStringLiteral("pdf"),
                                        QStringLiteral("--out"), pdf, QStringLiteral("--lang"),
                                        QStringLiteral("en")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(30000));
    const QString reportText = QString::fromUtf8(pdftotext.readAllStandardOutput());
    CHECK(reportText.contains(
        QStringLiteral("OIT readiness"))); // "fiscal" is set with its fi ligature
    CHECK(reportText.contains(QStringLiteral("year 2565 BE")));
    CHECK(reportText.contains(QStringLiteral("Ready: 1 of %1 items").arg(oitItems)));
    CHECK(reportText.contains(QStringLiteral("Items not ready (%1)").arg(oitItems - 1)));
    CHECK(reportText.contains(QStringLiteral("the server answers HTTP 404")));
    CHECK(reportText.contains(QStringLiteral("Items ready (1)")));
}
