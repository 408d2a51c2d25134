#include "TestSupport.h"

#include "domain/Score.h"

using ita::Score;

TEST_CASE("scores parse as two-decimal values, rounding half up", "[score]") {
    CHECK(Score::parse(u"92.55")->value == Score::fromHundredths(9255));
    CHECK(Score::parse(u"85")->value == Score::fromWhole(85));
    CHECK(Score::parse(u"85.5")->value == Score::fromHundredths(8550));
    CHECK(Score::parse(u" 7.05 ")->value == Score::fromHundredths(705));
    CHECK(Score::parse(u".5")->value == Score::fromHundredths(50));

    const auto up = Score::parse(u"84.565");
    CHECK(up->value == Score::fromHundredths(8457));
    CHECK(up->rounded);
    const auto down = Score::parse(u"84.5649");
    CHECK(down->value == Score::fromHundredths(8456));
    CHECK(down->rounded);
    CHECK_FALSE(Score::parse(u"84.56")->rounded);
    CHECK(Score::parse(u"99.995")->value == Score::fromWhole(100));
}

TEST_CASE("text that is not a number is refused", "[score]") {
    for (const char16_t *bad : {u"", u"abc", u"85,5", u"8 5", u"1e2", u"--3", u"๘๕", u"."})
        CHECK_FALSE(Score::parse(bad).has_value());
    // A trailing point is what a spreadsheet may leave behind; it is still the number.
    CHECK(Score::parse(u"85.")->value == Score::fromWhole(85));
}

TEST_CASE("printing always shows two decimals", "[score]") {
    CHECK(Score::fromWhole(85).toString() == QStringLiteral("85.00"));
    CHECK(Score::fromHundredths(705).toString() == QStringLiteral("7.05"));
    CHECK(Score::fromHundredths(-5).toString() == QStringLiteral("-0.05"));
}

TEST_CASE("means are exact on hundredths: 84.52, 84.57, 85.91 give exactly 85.00", "[score]") {
    const Score parts[] = {Score::fromHundredths(8452), Score::fromHundredths(8457),
                           Score::fromHundredths(8591)};
    const Score m = Score::mean(parts);
    CHECK(m == Score::fromWhole(85));
    CHECK(m >= Score::fromWhole(85)); // the comparison the classification makes

    // Half up: 93.905 → 93.91 (the seed's indicator 2 items).
    const Score ind2[] = {Score::fromHundredths(8998), Score::fromHundredths(9465),
                          Score::fromHundredths(9621), Score::fromHundredths(9621),
                          Score::fromHundredths(9481), Score::fromHundredths(9157)};
    CHECK(Score::mean(ind2) == Score::fromHundredths(9391));
}

TEST_CASE("weighted mean gives the seed's overall 92.55", "[score]") {
    // IIT 94.91 (94.914 published as two decimals), EIT 80.26, OIT 100.00; 0.30/0.30/0.40.
    const Score tools[] = {Score::fromHundredths(9491), Score::fromHundredths(8026),
                           Score::fromWhole(100)};
    const qint64 weights[] = {3000, 3000, 4000};
    CHECK(Score::weightedMean(tools, weights) == Score::fromHundredths(9255));
}

TEST_CASE("fixed-point weights parse in ten-thousandths", "[score]") {
    CHECK(ita::parseFixedPoint(u"0.30", 4) == 3000);
    CHECK(ita::parseFixedPoint(u"0.4", 4) == 4000);
    CHECK(ita::parseFixedPoint(u"1", 4) == 10000);
    CHECK_FALSE(ita::parseFixedPoint(u"0.3x", 4).has_value());
}
