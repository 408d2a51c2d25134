#include "TestSupport.h"

#include "io/Csv.h"
#include "io/FrameworkReader.h"
#include "io/JsonUtil.h"
#include "io/PlanJson.h"
#include "io/ScoresIo.h"

using namespace ita;

TEST_CASE("limits: an over-long CSV field and too many rows are refused at their line",
          "[limits][csv]") {
    InputLimits limits;
    limits.maxFieldLength = 10;
    limits.maxRows = 3;
    auto r = csv::parse(u"code,score\nI1,90\nI2,\"0123456789AB\"\n", limits);
    CHECK_FALSE(r.ok());
    CHECK(r.errorLine == 3);
    CHECK(r.error.contains(QStringLiteral("longer than 10 characters")));
    CHECK(r.records.empty());
    r = csv::parse(u"a\nb\nc\nd\ne\nf\n", limits);
    CHECK_FALSE(r.ok());
    CHECK(r.error.contains(QStringLiteral("more than 3 rows")));
    CHECK(csv::parse(u"code,score\nI1,90\n", limits).ok());
}

TEST_CASE("limits: a scores file larger than the limit is refused before it is read",
          "[limits][csv]") {
    ImportOptions options;
    options.agency = QStringLiteral("กรม ก");
    options.fiscalYear = 2564;
    options.limits.maxBytes = 1024 * 1024;
    const QByteArray big = "code,score\n" + QByteArray("I1,90\n").repeated(200000);
    const ImportResult r =
        readScoresCsv(big, QStringLiteral("big.csv"), FrameworkRegistry::builtIn(), options);
    REQUIRE_FALSE(r.ok());
    CHECK(r.diagnostics.front().toString().startsWith(QStringLiteral("big.csv")));
    CHECK(r.diagnostics.front().toString().contains(QStringLiteral("read up to 1 MB")));
}

TEST_CASE("limits: JSON nesting, text length and size are checked before parsing",
          "[limits][json]") {
    QString error;
    int line = 0;
    // Deep nesting would exhaust the stack when the parsed value is destroyed.
    const QByteArray deep = "{\n\"a\":\n" + QByteArray("[").repeated(100000);
    CHECK_FALSE(json::parse(deep, &error, &line));
    CHECK(error.contains(QStringLiteral("nested deeper than 32")));
    CHECK(line == 3);
    InputLimits small = jsonLimits();
    small.maxFieldLength = 5;
    CHECK_FALSE(json::parse("{\"t\": \"ข้อความยาว\"}", &error, &line, small));
    CHECK(error.contains(QStringLiteral("longer than 5 characters")));
    CHECK(json::parse("{\"t\": \"ข้อ\"}", &error, &line, small)); // 3 characters, 9 bytes
    small.maxBytes = 10;
    CHECK_FALSE(json::parse("{\"t\": \"0123456789\"}", &error, &line, small));
    CHECK(error.contains(QStringLiteral("read up to")));
    // Through a reader: the message names the file and line.
    const PlanImport plan =
        readPlanJson(deep, QStringLiteral("plan.json"), FrameworkRegistry::builtIn());
    REQUIRE_FALSE(plan.ok());
    CHECK(plan.diagnostics.front().toString().startsWith(QStringLiteral("plan.json:3:")));
}

TEST_CASE("a number too large for a double is an error at its line, not a crash",
          "[limits][json]") {
    // Found by the fuzz replay: nlohmann throws out_of_range, which was not caught.
    QString error;
    int line = 0;
    CHECK_FALSE(json::parse("{\n\"scores\": [\n1001e308]}", &error, &line));
    CHECK(line == 3);
    CHECK(error.contains(QStringLiteral("1001e308")));
}

TEST_CASE("JSON values of the wrong type are refused with a message, not thrown",
          "[limits][json]") {
    // Found by libFuzzer: "format" as a number made nlohmann throw type_error.
    const ImportResult a =
        readAssessmentJson("{\"format\": 1, \"scores\": []}", QStringLiteral("a.json"),
                           FrameworkRegistry::builtIn(), ImportOptions());
    REQUIRE_FALSE(a.ok());
    CHECK(a.diagnostics.front().toString().startsWith(QStringLiteral("a.json:1:")));
    const PlanImport p = readPlanJson("{\"format\": [], \"measures\": 3}", QStringLiteral("p.json"),
                                      FrameworkRegistry::builtIn());
    CHECK_FALSE(p.ok());
    const auto r = readRecommendationsJson("{\"format\": {}}", QStringLiteral("r.json"),
                                           FrameworkRegistry::builtIn());
    CHECK_FALSE(r.ok());
    CHECK_FALSE(readFramework("{\"format\": false}", QStringLiteral("f.json")));
}

TEST_CASE("limits: the defaults are the README's, and a 4,000-character field is read while "
          "4,001 is refused",
          "[limits]") {
    // README, "Hostile input": 512 MB scores file, 64 MB JSON, 10 million rows, 4,000
    // characters, nesting 32. Changing a default without the README fails here.
    const InputLimits csvDefaults;
    CHECK(csvDefaults.maxBytes == 512ll * 1024 * 1024);
    CHECK(csvDefaults.maxRows == 10'000'000);
    CHECK(csvDefaults.maxFieldLength == 4000);
    CHECK(jsonLimits().maxBytes == 64ll * 1024 * 1024);
    CHECK(jsonLimits().maxDepth == 32);
    // And the readers apply them by default: a title of 4,000 Thai characters is read.
    ImportOptions options;
    options.agency = QStringLiteral("กรม ก");
    options.fiscalYear = 2564;
    const auto file = [](int length) {
        return "code,title,score\nI1," + QString(length, QChar(0x0E01)).toUtf8() + ",90\n";
    };
    CHECK(readScoresCsv(file(4000), QStringLiteral("ok.csv"), FrameworkRegistry::builtIn(), options)
              .ok());
    const ImportResult refused = readScoresCsv(file(4001), QStringLiteral("long.csv"),
                                               FrameworkRegistry::builtIn(), options);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.diagnostics.front().toString().startsWith(QStringLiteral("long.csv:2")));
}
