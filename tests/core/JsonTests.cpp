#include "TestSupport.h"

#include "io/JsonUtil.h"
#include "io/ScoresIo.h"

using namespace ita;

namespace {
ImportResult readJson(const QByteArray &json) {
    return readAssessmentJson(json, QStringLiteral("a.json"), FrameworkRegistry::builtIn(), {});
}
} // namespace

TEST_CASE("assessment JSON round trip is lossless", "[json]") {
    Assessment a = test::sampleAssessment();
    a.maintainThreshold = Score::fromHundredths(9000);
    a.entries.front().title =
        QStringLiteral("quote \" comma , newline \n tab \t emoji 🙂 ไทย");
    const QByteArray json = writeAssessmentJson(a);
    const auto back = readJson(json);
    REQUIRE(back.ok());
    REQUIRE(back.assessments.size() == 1);
    CHECK(back.assessments.front() == a);
    CHECK(writeAssessmentJson(back.assessments.front()) == json);
}

TEST_CASE("the JSON format is documented by example", "[json]") {
    const QByteArray json = R"({
  "format": "ita-planner-assessment",
  "version": 1,
  "agency": "กรม ก",
  "fiscal_year": 2564,
  "framework": "ITA-2564",
  "thresholds": {"fixed": null, "maintain": 90},
  "scores": [
    {"code": "ITA", "title": "ภาพรวม", "score": 92.55, "grade": "A"},
    {"code": "I1.1", "score": "94.82"},
    {"code": "E13", "score": 74.64, "grade": "B"}
  ]
})";
    const auto r = readJson(json);
    REQUIRE(r.ok());
    const Assessment &a = r.assessments.front();
    CHECK(a.agency == QStringLiteral("กรม ก"));
    CHECK(a.maintainThreshold == Score::fromWhole(90));
    CHECK_FALSE(a.fixedThreshold.has_value());
    REQUIRE(a.entries.size() == 3);
    CHECK(a.entries[1].stated == Score::fromHundredths(9482));
    CHECK(a.entries[2].stated == Score::fromHundredths(7464));
}

TEST_CASE("JSON errors name the line of the offending score", "[json]") {
    const QByteArray json = "{\n"
                            "  \"format\": \"ita-planner-assessment\", \"version\": 1,\n"
                            "  \"agency\": \"กรม ก\", \"fiscal_year\": 2564,\n"
                            "  \"scores\": [\n"
                            "    {\"code\": \"I1\", \"score\": 90},\n"
                            "    {\"code\": \"I1\", \"score\": 91},\n"
                            "    {\"code\": \"Q1\", \"score\": 92},\n"
                            "    {\"code\": \"I2\", \"score\": 192},\n"
                            "    {\"code\": \"I3\", \"score\": true}\n"
                            "  ]\n"
                            "}\n";
    const auto r = readJson(json);
    CHECK_FALSE(r.ok());
    QStringList messages;
    for (const auto &d : r.diagnostics)
        messages << d.toString();
    REQUIRE(messages.size() == 4);
    CHECK(messages[0].startsWith(
        QStringLiteral("a.json:6: duplicate code \"I1\" (first given on line 5)")));
    CHECK(messages[1].startsWith(QStringLiteral("a.json:7: unknown code \"Q1\"")));
    CHECK(messages[2].startsWith(QStringLiteral("a.json:8: score 192 of I2 is out of range")));
    CHECK(messages[3].startsWith(QStringLiteral("a.json:9: wrong type")));
}

TEST_CASE("malformed JSON and foreign JSON are refused", "[json]") {
    auto r = readJson("{\n  \"format\": \"ita-planner-assessment\",\n  \"version\": 1,,\n}");
    REQUIRE_FALSE(r.ok());
    CHECK(r.diagnostics.front().line == 3);
    r = readJson(R"({"format": "something", "version": 1})");
    REQUIRE_FALSE(r.ok());
    CHECK(r.diagnostics.front().message.contains(QStringLiteral("not an ITA Planner assessment")));
    r = readJson(R"({"format": "ita-planner-assessment", "version": 2})");
    REQUIRE_FALSE(r.ok());
    CHECK(r.diagnostics.front().message.contains(QStringLiteral("unsupported version")));
}

TEST_CASE("readScoresFile tells JSON from CSV by content", "[json][import]") {
    ImportOptions options;
    options.agency = QStringLiteral("กรม ก");
    options.fiscalYear = 2564;
    const auto fromJson = readScoresFile(
        "  \n{\"format\": \"ita-planner-assessment\", \"version\": 1, \"scores\": []}",
        QStringLiteral("x.txt"), FrameworkRegistry::builtIn(), options);
    CHECK(fromJson.ok());
    const auto fromCsv = readScoresFile("code,score\nI1,90\n", QStringLiteral("x.txt"),
                                        FrameworkRegistry::builtIn(), options);
    CHECK(fromCsv.ok());
}

TEST_CASE("element lines are found across nesting and strings", "[json]") {
    const QByteArray doc = "{\"a\": [1, {\"scores\": [9]}], \"s\": \"[{,\",\n"
                           "\"scores\": [\n{\"x\": [1,\n2]},\n\"str]\" ,\n  3\n]}";
    CHECK(json::arrayElementLines(doc, "scores") == std::vector<int>({3, 5, 6}));
}
