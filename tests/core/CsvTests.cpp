#include "TestSupport.h"

#include "io/Csv.h"
#include "io/TextCache.h"
#include "io/TextDecoding.h"

using namespace ita;

namespace {
QStringList fields(const csv::ParseResult &r, size_t i) {
    REQUIRE(i < r.records.size());
    return r.records[i].fields;
}
} // namespace

TEST_CASE("RFC 4180: quotes, doubled quotes, commas and line breaks inside quotes", "[csv]") {
    const auto r = csv::parse(u"code,title\r\n"
                              u"I1,\"ปฏิบัติงาน, ตามขั้นตอน\"\r\n"
                              u"I2,\"he said \"\"yes\"\"\"\r\n"
                              u"I3,\"two\nlines\"\r\n"
                              u"I4,last");
    REQUIRE(r.ok());
    REQUIRE(r.records.size() == 5);
    CHECK(fields(r, 1) == QStringList({QStringLiteral("I1"), QStringLiteral("ปฏิบัติงาน, ตามขั้นตอน")}));
    CHECK(fields(r, 2) == QStringList({QStringLiteral("I2"), QStringLiteral("he said \"yes\"")}));
    CHECK(fields(r, 3) == QStringList({QStringLiteral("I3"), QStringLiteral("two\nlines")}));
    CHECK(fields(r, 4) == QStringList({QStringLiteral("I4"), QStringLiteral("last")}));
    // Records know the line they start on, even after a quoted line break.
    CHECK(r.records[3].line == 4);
    CHECK(r.records[4].line == 6);
}

TEST_CASE("LF, CRLF and blank lines", "[csv]") {
    const auto r = csv::parse(u"a,b\n\n1,2\r\n\r\n3,4\n");
    REQUIRE(r.ok());
    REQUIRE(r.records.size() == 3);
    CHECK(r.records[1].line == 3);
    CHECK(r.records[2].line == 5);
    CHECK(fields(r, 2) == QStringList({QStringLiteral("3"), QStringLiteral("4")}));
    // Empty fields are kept; a quoted empty field makes a record.
    const auto e = csv::parse(u",\n\"\"\n");
    REQUIRE(e.records.size() == 2);
    CHECK(fields(e, 0) == QStringList({QString(), QString()}));
    CHECK(fields(e, 1) == QStringList({QString()}));
}

TEST_CASE("an unterminated quote names the line where it opened", "[csv]") {
    const auto r = csv::parse(u"code,title\nI1,ok\nI2,\"never closed\nI3,x\n");
    CHECK_FALSE(r.ok());
    CHECK(r.errorLine == 3);
    CHECK(r.error.contains(QStringLiteral("unterminated")));
}

TEST_CASE("writing quotes only what needs it and reads back", "[csv]") {
    const QStringList original = {QStringLiteral("plain"), QStringLiteral("a,b"),
                                  QStringLiteral("q\"q"), QStringLiteral("line\nbreak"), QString()};
    const QString text = csv::formatRecord(original);
    CHECK(text.startsWith(QStringLiteral("plain,\"a,b\",\"q\"\"q\",")));
    CHECK(text.endsWith(QStringLiteral("\r\n")));
    const auto back = csv::parse(text);
    REQUIRE(back.records.size() == 1);
    CHECK(back.records[0].fields == original);
}

TEST_CASE("UTF-8 with or without BOM, invalid UTF-8 is read as Windows-874", "[csv][encoding]") {
    const QString thai = QStringLiteral("คะแนน");
    const QByteArray utf8 = thai.toUtf8();
    auto d = decodeText(utf8);
    CHECK(d.text == thai);
    CHECK(d.encoding == TextEncoding::Utf8);
    CHECK_FALSE(d.hadBom);

    d = decodeText("\xEF\xBB\xBF" + utf8);
    CHECK(d.text == thai);
    CHECK(d.hadBom);

    // คะแนน in TIS-620 / Windows-874: ค=0xA4 ะ=0xD0 แ=0xE1 น=0xB9 น=0xB9
    const QByteArray cp874("\xA4\xD0\xE1\xB9\xB9");
    d = decodeText(cp874);
    CHECK(d.encoding == TextEncoding::Windows874);
    CHECK(d.text == thai);

    // Forcing an encoding wins over detection.
    d = decodeText(cp874, TextEncoding::Utf8);
    CHECK(d.text != thai);
}

TEST_CASE("the Windows-874 table covers Thai and the Windows extras", "[encoding]") {
    CHECK(windows874ToUnicode(0x41) == u'A');
    CHECK(windows874ToUnicode(0xA1) == u'\u0E01'); // ก
    CHECK(windows874ToUnicode(0xDA) == u'\u0E3A'); // ฺ
    CHECK(windows874ToUnicode(0xDF) == u'\u0E3F'); // ฿
    CHECK(windows874ToUnicode(0xF0) == u'\u0E50'); // ๐
    CHECK(windows874ToUnicode(0xFB) == u'\u0E5B'); // ๛
    CHECK(windows874ToUnicode(0x80) == u'\u20AC'); // €
    CHECK(windows874ToUnicode(0x96) == u'\u2013'); // –
    CHECK(windows874ToUnicode(0xDB) == u'\uFFFD'); // unassigned
    CHECK(encodingFromName(QStringLiteral("TIS-620")) == TextEncoding::Windows874);
    CHECK(encodingFromName(QStringLiteral("cp874")) == TextEncoding::Windows874);
    CHECK_FALSE(encodingFromName(QStringLiteral("latin-1")).has_value());
}

TEST_CASE("text cache: repeated bytes are decoded once and shared, up to its capacity",
          "[csv][import]") {
    TextCache cache(2);
    int decoded = 0;
    const auto decode = [&](std::string_view b) {
        ++decoded;
        return QString::fromUtf8(b.data(), qsizetype(b.size()));
    };
    const std::string title = "การเปิดเผยข้อมูล";
    const QString first = cache.get(title, decode);
    const QString again = cache.get(std::string(title), decode); // other bytes, same text
    CHECK(first == QStringLiteral("การเปิดเผยข้อมูล"));
    CHECK(again.isSharedWith(first));
    CHECK(decoded == 1);
    CHECK(cache.get("E1", decode) == QStringLiteral("E1"));
    CHECK(decoded == 2);
    // Full: a new text is decoded every time and not kept; the kept ones are still shared.
    const QString third = cache.get("E2", decode);
    const QString thirdAgain = cache.get("E2", decode);
    CHECK(third == thirdAgain);
    CHECK_FALSE(thirdAgain.isSharedWith(third));
    CHECK(decoded == 4);
    CHECK(cache.get(title, decode).isSharedWith(first));
    CHECK(decoded == 4);
}
