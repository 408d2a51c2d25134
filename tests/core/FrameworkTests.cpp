#include "TestSupport.h"

#include "io/FrameworkReader.h"

#include <QDir>

using namespace ita;

namespace {

QStringList childCodes(const Framework &fw, const QString &code) {
    QStringList codes;
    for (int c : fw.node(fw.indexOf(code)).children)
        codes << fw.node(c).code;
    return codes;
}

QStringList range(const QString &prefix, int from, int to) {
    QStringList codes;
    for (int i = from; i <= to; ++i)
        codes << prefix + QString::number(i);
    return codes;
}

/// A minimal valid framework; tests break one thing at a time.
QByteArray minimalFramework(const QByteArray &id = "T-2599", const QByteArray &years = "[2599]") {
    return R"({"format": "ita-framework", "version": 1, "id": ")" + id + R"(", "fiscal_years": )" +
           years + R"(,
  "title": {"th": "ทดสอบ", "en": "Test"},
  "grades": [{"grade": "P", "min": 50}, {"grade": "F", "min": 0}],
  "tools": [
    {"code": "AAA", "weight": 0.5, "title": {"th": "ก"}, "indicators": [
      {"code": "1", "title": {"th": "หนึ่ง"}, "items": [{"code": "A1", "title": {"th": "ข้อ 1"}}]}]},
    {"code": "BBB", "weight": 0.5, "title": {"th": "ข"}, "indicators": [
      {"code": "2", "title": {"th": "สอง"}, "items": [{"code": "B1", "title": {"th": "ข้อ 2"}}]}]}
  ]})";
}

} // namespace

TEST_CASE("the built-in FY2564 framework is complete", "[framework]") {
    const Framework &fw = test::fy2564();
    // FY2565 kept the FY2564 design; FY2566 renumbered the O-items (DOMAIN.md).
    CHECK(fw.fiscalYears == std::vector<int>({2564, 2565}));
    CHECK(childCodes(fw, QStringLiteral("ITA")) ==
          QStringList({QStringLiteral("IIT"), QStringLiteral("EIT"), QStringLiteral("OIT")}));
    CHECK(fw.node(fw.indexOf(QStringLiteral("IIT"))).weight == 3000);
    CHECK(fw.node(fw.indexOf(QStringLiteral("EIT"))).weight == 3000);
    CHECK(fw.node(fw.indexOf(QStringLiteral("OIT"))).weight == 4000);
    CHECK(childCodes(fw, QStringLiteral("IIT")) == range(QString(), 1, 5));
    CHECK(childCodes(fw, QStringLiteral("EIT")) == range(QString(), 6, 8));
    CHECK(childCodes(fw, QStringLiteral("OIT")) == range(QString(), 9, 10));
    CHECK(childCodes(fw, QStringLiteral("1")) == range(QStringLiteral("I"), 1, 6));
    CHECK(childCodes(fw, QStringLiteral("2")) == range(QStringLiteral("I"), 7, 12));
    CHECK(childCodes(fw, QStringLiteral("5")) == range(QStringLiteral("I"), 25, 30));
    CHECK(childCodes(fw, QStringLiteral("6")) == range(QStringLiteral("E"), 1, 5));
    CHECK(childCodes(fw, QStringLiteral("8")) == range(QStringLiteral("E"), 11, 15));
    CHECK(childCodes(fw, QStringLiteral("9")) ==
          QStringList({QStringLiteral("9.1"), QStringLiteral("9.2"), QStringLiteral("9.3"),
                       QStringLiteral("9.4"), QStringLiteral("9.5")}));
    CHECK(childCodes(fw, QStringLiteral("10")) ==
          QStringList({QStringLiteral("10.1"), QStringLiteral("10.2")}));
    CHECK(childCodes(fw, QStringLiteral("9.1")) == range(QStringLiteral("O"), 1, 9));
    CHECK(childCodes(fw, QStringLiteral("9.2")) == range(QStringLiteral("O"), 10, 17));
    CHECK(childCodes(fw, QStringLiteral("9.3")) == range(QStringLiteral("O"), 18, 24));
    CHECK(childCodes(fw, QStringLiteral("9.4")) == range(QStringLiteral("O"), 25, 28));
    CHECK(childCodes(fw, QStringLiteral("9.5")) == range(QStringLiteral("O"), 29, 33));
    CHECK(childCodes(fw, QStringLiteral("10.1")) == range(QStringLiteral("O"), 34, 41));
    CHECK(childCodes(fw, QStringLiteral("10.2")) == range(QStringLiteral("O"), 42, 43));

    int items = 0;
    for (const auto &n : fw.nodes) {
        if (n.level != Level::Item)
            continue;
        ++items;
        INFO(n.code.toStdString());
        CHECK_FALSE(n.title.th.isEmpty());
        CHECK_FALSE(n.title.en.isEmpty());
    }
    CHECK(items == 30 + 15 + 43);
}

TEST_CASE("grade bands of FY2564", "[framework]") {
    const Framework &fw = test::fy2564();
    CHECK(fw.gradeFor(Score::fromWhole(100)) == QStringLiteral("AA"));
    CHECK(fw.gradeFor(Score::fromWhole(95)) == QStringLiteral("AA"));
    CHECK(fw.gradeFor(Score::fromHundredths(9499)) == QStringLiteral("A"));
    CHECK(fw.gradeFor(Score::fromWhole(85)) == QStringLiteral("A"));
    CHECK(fw.gradeFor(Score::fromHundredths(8499)) == QStringLiteral("B"));
    CHECK(fw.gradeFor(Score::fromWhole(75)) == QStringLiteral("B"));
    CHECK(fw.gradeFor(Score::fromHundredths(7464)) == QStringLiteral("C"));
    CHECK(fw.gradeFor(Score::fromWhole(55)) == QStringLiteral("D"));
    CHECK(fw.gradeFor(Score::fromHundredths(5499)) == QStringLiteral("E"));
    CHECK(fw.gradeFor(Score::fromHundredths(4999)) == QStringLiteral("F"));
    CHECK(fw.gradeFor(Score()) == QStringLiteral("F"));
    CHECK(fw.fixedThreshold == Score::fromWhole(85));
    CHECK(fw.tolerance == Score::fromHundredths(1));
}

TEST_CASE("a new fiscal year is a data file, no code change", "[framework]") {
    QTemporaryDir dir;
    test::writeFile(dir.filePath(QStringLiteral("fy2599.json")), minimalFramework());
    FrameworkRegistry registry = FrameworkRegistry::builtIn();
    CHECK(registry.forYear(2599) == nullptr);
    CHECK(registry.addFolder(dir.path()).isEmpty());
    const Framework *fw = registry.forYear(2599);
    REQUIRE(fw != nullptr);
    CHECK(fw->id == QStringLiteral("T-2599"));
    CHECK(registry.forYear(2564) != nullptr); // built-ins stay
}

TEST_CASE("an unknown year or framework id is a clear error", "[framework]") {
    const auto &registry = FrameworkRegistry::builtIn();
    auto noYear = resolveFramework(registry, 2570, QString());
    REQUIRE_FALSE(noYear.ok());
    CHECK(noYear.error().contains(QStringLiteral("fiscal year 2570")));
    CHECK(noYear.error().contains(QStringLiteral("ITA-2564 (2564, 2565)")));
    auto noId = resolveFramework(registry, 2564, QStringLiteral("ITA-1999"));
    REQUIRE_FALSE(noId.ok());
    CHECK(noId.error().contains(QStringLiteral("unknown framework \"ITA-1999\"")));
}

TEST_CASE("malformed framework files are refused with the place and the problem", "[framework]") {
    struct Case {
        const char *name;
        QByteArray json;
        const char *expected;
    };
    QByteArray good = minimalFramework();
    const auto with = [&](const char *from, const char *to) {
        QByteArray copy = good;
        REQUIRE(copy.contains(from));
        return copy.replace(from, to);
    };
    const Case cases[] = {
        {"not JSON", "{\"format\": \"ita-framework\",\n  oops}", "f.json:2:"},
        {"wrong format", with("ita-framework", "something-else"), "format: not an ITA framework"},
        {"future version", with("\"version\": 1", "\"version\": 9"), "version: unsupported"},
        {"weights",
         with("\"weight\": 0.5, \"title\": {\"th\": \"ข\"}",
              "\"weight\": 0.4, \"title\": {\"th\": \"ข\"}"),
         "weights must add up to 1"},
        {"duplicate code", with("\"code\": \"B1\"", "\"code\": \"A1\""), "appears twice"},
        {"no items",
         with("\"items\": [{\"code\": \"B1\", \"title\": {\"th\": \"ข้อ 2\"}}]", "\"items\": []"),
         "has no items"},
        {"band order",
         with("{\"grade\": \"P\", \"min\": 50}, {\"grade\": \"F\", \"min\": 0}",
              "{\"grade\": \"F\", \"min\": 0}, {\"grade\": \"P\", \"min\": 50}"),
         "highest down"},
        {"bad year", with("[2599]", "[2021]"), "Buddhist Era"},
        {"bad item code", with("\"code\": \"B1\"", "\"code\": \"1B\""), "not a valid item code"},
    };
    for (const auto &c : cases) {
        INFO(c.name);
        const auto fw = readFramework(c.json, QStringLiteral("f.json"));
        REQUIRE_FALSE(fw.ok());
        CHECK(fw.error().startsWith(QStringLiteral("f.json")));
        CHECK(fw.error().contains(QString::fromUtf8(c.expected)));
    }
    CHECK(readFramework(good, QStringLiteral("f.json")).ok());
}

TEST_CASE("a folder with a broken framework reports it and keeps the others", "[framework]") {
    QTemporaryDir dir;
    test::writeFile(dir.filePath(QStringLiteral("good.json")), minimalFramework());
    test::writeFile(dir.filePath(QStringLiteral("bad.json")), "{ not json");
    FrameworkRegistry registry;
    const QStringList problems = registry.addFolder(dir.path());
    REQUIRE(problems.size() == 1);
    CHECK(problems.front().contains(QStringLiteral("bad.json:1:")));
    CHECK(registry.byId(QStringLiteral("T-2599")) != nullptr);
}
