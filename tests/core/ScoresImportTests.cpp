#include "TestSupport.h"

#include "io/ScoresIo.h"
#include "storage/AgencyRepository.h"
#include "storage/AssessmentRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QTemporaryDir>

using namespace ita;

namespace {

ImportResult read(const QByteArray &csv, ImportOptions options = {}) {
    if (options.agency.isEmpty())
        options.agency = QStringLiteral("หน่วยงานทดสอบ");
    if (options.fiscalYear == 0)
        options.fiscalYear = 2564;
    return readScoresCsv(csv, QStringLiteral("scores.csv"), FrameworkRegistry::builtIn(), options);
}

/// The single error of a refused file, as the CLI prints it.
QString onlyError(const ImportResult &r) {
    QStringList errors;
    for (const auto &d : r.diagnostics)
        if (d.severity == Diagnostic::Severity::Error)
            errors << d.toString();
    REQUIRE(errors.size() == 1);
    return errors.front();
}

} // namespace

TEST_CASE("a well-formed scores CSV is read", "[import]") {
    const auto r = read("code,title,score,grade\n"
                        "ITA,ภาพรวม,92.55,A\n"
                        "E1,,83.27,B\n"
                        "E1.1,ตามขั้นตอน,84.90,b\n"
                        "E2,,,\n");
    REQUIRE(r.ok());
    REQUIRE(r.assessments.size() == 1);
    const Assessment &a = r.assessments.front();
    CHECK(a.agency == QStringLiteral("หน่วยงานทดสอบ"));
    CHECK(a.fiscalYear == 2564);
    CHECK(a.frameworkId == QStringLiteral("ITA-2564"));
    REQUIRE(a.entries.size() == 4);
    CHECK(a.entries[0].stated == Score::fromHundredths(9255));
    CHECK(a.entries[2].code == QStringLiteral("E1.1"));
    CHECK(a.entries[2].title == QStringLiteral("ตามขั้นตอน"));
    CHECK(a.entries[2].statedGrade == QStringLiteral("B")); // grades are case-insensitive
    CHECK_FALSE(a.entries[3].stated.has_value());           // empty score: not given
}

TEST_CASE("columns: any order, any case, unknown ignored, Thai names accepted", "[import]") {
    auto r = read("Note,SCORE,Grade,CODE\nhello,90.5,A,i7\n");
    REQUIRE(r.ok());
    CHECK(r.assessments.front().entries.front().code == QStringLiteral("I7"));
    CHECK(r.assessments.front().entries.front().stated == Score::fromHundredths(9050));

    r = read("รหัส,ประเด็น,คะแนน,ระดับ\nI7,การรับรู้แผน,89.98,A\n");
    REQUIRE(r.ok());
    CHECK(r.assessments.front().entries.front().title == QStringLiteral("การรับรู้แผน"));
}

TEST_CASE("more than two decimals are rounded half up with a warning", "[import]") {
    const auto r = read("code,score\nI7,89.985\n");
    REQUIRE(r.ok());
    CHECK(r.assessments.front().entries.front().stated == Score::fromHundredths(8999));
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics.front().severity == Diagnostic::Severity::Warning);
    CHECK(r.diagnostics.front().toString() ==
          QStringLiteral("scores.csv:2: warning: score 89.985 of I7 has more than two decimals; "
                         "rounded to 89.99"));
}

TEST_CASE("each refusal names the file, the line and the problem", "[import]") {
    struct Case {
        const char *name;
        QByteArray csv;
        const char *expected;
    };
    const Case cases[] = {
        {"out of range", "code,score\nI1,90\nI2,100.01\n",
         "scores.csv:3: score 100.01 of I2 is out of range (0 to 100)"},
        {"negative", "code,score\nI2,-1\n", "scores.csv:2: score -1 of I2 is out of range"},
        {"not a number", "code,score\nI2,9O.5\n",
         "scores.csv:2: score \"9O.5\" of I2 is not a number"},
        {"comma decimal", "code,score\nI2,\"90,5\"\n",
         "scores.csv:2: score \"90,5\" of I2 is not a number"},
        {"duplicate", "code,score\nI2,90\nI3,91\ni2,92\n",
         "scores.csv:4: duplicate code \"I2\" (first given on line 2)"},
        {"unknown code", "code,score\nX9,90\n", "scores.csv:2: unknown code \"X9\""},
        {"unknown item", "code,score\nI31,90\n", "scores.csv:2: unknown code \"I31\""},
        {"sub-item of unknown item", "code,score\nI99.1,90\n",
         "scores.csv:2: sub-item \"I99.1\" belongs to \"I99\", which framework ITA-2564 does not "
         "have"},
        {"invalid grade", "code,score,grade\nI2,90,A+\n",
         "scores.csv:2: invalid grade \"A+\" of I2 (framework ITA-2564 grades are AA, A, B, C, D, "
         "E, F)"},
        {"unterminated quote", "code,title,score\nI1,ok,90\nI2,\"open,91\nI3,x,92\n",
         "scores.csv:3: unterminated quoted field"},
        {"missing code column", "title,score\nx,90\n",
         "scores.csv:1: missing required column \"code\""},
        {"missing score column", "code,title\nI1,x\n",
         "scores.csv:1: missing required column \"score\""},
        {"empty code", "code,score\n,90\n", "scores.csv:2: the code is empty"},
        {"empty file", "", "scores.csv: the file is empty"},
        {"header only", "code,score\n", "scores.csv: the file has a header but no score rows"},
        {"Christian Era year", "code,score,year\nI1,90,2021\n",
         "scores.csv:2: fiscal year 2021 looks like a Christian Era year; write the Buddhist Era "
         "year (2564)"},
        {"year without framework", "code,score,year\nI1,90,2570\n",
         "scores.csv:2: no framework for fiscal year 2570"},
        {"duplicate column", "code,score,Score\nI1,90,91\n",
         "scores.csv:1: column \"score\" appears twice"},
    };
    for (const auto &c : cases) {
        INFO(c.name);
        const auto r = read(c.csv);
        CHECK_FALSE(r.ok());
        CHECK(onlyError(r).startsWith(QString::fromUtf8(c.expected)));
    }
}

TEST_CASE("every problem in a file is reported in one pass", "[import]") {
    const auto r = read("code,score,grade\nI1,abc,\nI2,90,Z\nI3,101,\nI4,90,A\n");
    CHECK_FALSE(r.ok());
    QList<int> lines;
    for (const auto &d : r.diagnostics)
        lines << d.line;
    CHECK(lines == QList<int>({2, 3, 4}));
}

TEST_CASE("agency and year columns carry many assessments in one file", "[import]") {
    ImportOptions none;
    const auto r = readScoresCsv("agency,year,code,score\n"
                                 "กรม ก,2564,ITA,90.00\n"
                                 "กรม ข,2564,ITA,80.00\n"
                                 "กรม ก,2564,I1,91.00\n"
                                 "\"กรม  ข\",2564,I1,70.00\n",
                                 QStringLiteral("p.csv"), FrameworkRegistry::builtIn(), none);
    REQUIRE(r.ok());
    REQUIRE(r.assessments.size() == 2);
    CHECK(r.assessments[0].agency == QStringLiteral("กรม ก"));
    CHECK(r.assessments[0].entries.size() == 2);
    CHECK(r.assessments[1].agency == QStringLiteral("กรม ข")); // spaces simplified
    CHECK(r.assessments[1].entries.size() == 2);
    // The same code under two agencies is not a duplicate.
}

TEST_CASE("without agency and year columns, the options say whose scores they are", "[import]") {
    ImportOptions none;
    auto r = readScoresCsv("code,score\nI1,90\n", QStringLiteral("s.csv"),
                           FrameworkRegistry::builtIn(), none);
    CHECK_FALSE(r.ok());
    CHECK(onlyError(r) == QStringLiteral("s.csv:2: no agency for this row: add an agency column "
                                         "or give --agency"));
    none.agency = QStringLiteral("กรม ก");
    r = readScoresCsv("code,score\nI1,90\n", QStringLiteral("s.csv"), FrameworkRegistry::builtIn(),
                      none);
    CHECK(onlyError(r) == QStringLiteral("s.csv:2: no fiscal year for this row: add a year "
                                         "column or give --year"));
}

TEST_CASE("a Thai Excel CSV (Windows-874, CRLF) and a UTF-8 CSV with BOM read the same",
          "[import][encoding]") {
    // "code,title,score\r\nI7,การรับรู้,89.98\r\n" in Windows-874
    const QByteArray cp874 =
        "code,title,score\r\nI7,\xA1\xD2\xC3\xC3\xD1\xBA\xC3\xD9\xE9,89.98\r\n";
    const QByteArray utf8 =
        "\xEF\xBB\xBF" + QStringLiteral("code,title,score\r\nI7,การรับรู้,89.98\r\n").toUtf8();
    const auto a = read(cp874);
    const auto b = read(utf8);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a.assessments.front().entries.front().title == QStringLiteral("การรับรู้"));
    CHECK(a.assessments == b.assessments);

    ImportOptions forced;
    forced.encoding = TextEncoding::Utf8;
    const auto c = read(cp874, forced);
    REQUIRE(c.ok());
    CHECK(c.assessments.front().entries.front().title != QStringLiteral("การรับรู้"));
}

TEST_CASE("Excel's empty formatted rows are skipped", "[import]") {
    const auto r = read("code,score,grade\nI1,90,A\n,,\n , ,\nI2,91,A\n");
    REQUIRE(r.ok());
    CHECK(r.assessments.front().entries.size() == 2);
}

TEST_CASE("scores CSV written by the program reads back equal", "[import][export]") {
    const Assessment sample = test::sampleAssessment();
    const QByteArray csv = writeScoresCsv({sample});
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    ImportOptions none;
    const auto back =
        readScoresCsv(csv, QStringLiteral("x.csv"), FrameworkRegistry::builtIn(), none);
    REQUIRE(back.ok());
    REQUIRE(back.assessments.size() == 1);
    CHECK(back.assessments.front() == sample);
}

TEST_CASE("import: an agency's province, group and parent are stored, audited and sealed",
          "[import][agency]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.itadb"));
    const FrameworkRegistry &registry = FrameworkRegistry::builtIn();
    const QByteArray csv = "agency,year,code,score,province,group,parent\n"
                           "ก,2564,ITA,90.00,เชียงใหม่,,มหาวิทยาลัย ก\n"
                           "ก,2564,IIT,91.00,,คณะ,\n"
                           "ก,2565,ITA,92.00,เชียงใหม่,คณะ,มหาวิทยาลัย ก\n";
    ImportResult read = readScoresCsv(csv, QStringLiteral("a.csv"), registry, {});
    REQUIRE(read.ok());
    REQUIRE(read.assessments.size() == 2);
    const AgencyAttributes expected{QStringLiteral("เชียงใหม่"), QStringLiteral("คณะ"),
                                    QStringLiteral("มหาวิทยาลัย ก")};
    CHECK(read.assessments[0].attributes == expected);
    auto db = Database::open(path);
    REQUIRE(db.ok());
    REQUIRE(AssessmentRepository(**db).save(read.assessments, registry, false).isEmpty());
    const auto list = AssessmentRepository(**db).list();
    REQUIRE(list->size() == 2);
    CHECK(list->front().attributes == expected);
    const auto trail = AuditLog(**db).list(QStringLiteral("ก"));
    QStringList fields;
    for (const AuditRecord &r : *trail)
        if (r.change.target == u"agency")
            fields << r.change.field + u'=' + r.change.after;
    CHECK(fields == QStringList{QStringLiteral("province=เชียงใหม่"), QStringLiteral("group=คณะ"),
                                QStringLiteral("parent=มหาวิทยาลัย ก")});

    // A later import without the columns keeps them; the GUI's edit may clear one.
    const QByteArray plain = "agency,year,code,score\nก,2566,ITA,93.00\n";
    ImportOptions options;
    options.frameworkId = QStringLiteral("ITA-2564");
    ImportResult again = readScoresCsv(plain, QStringLiteral("b.csv"), registry, options);
    REQUIRE(again.ok());
    REQUIRE(AssessmentRepository(**db).save(again.assessments, registry, false).isEmpty());
    CHECK(*AgencyRepository(**db).attributes(QStringLiteral("ก")) == expected);
    const QString cleared = AgencyRepository(**db).setAttributes(
        QStringLiteral("ก"), {QStringLiteral("ลำพูน"), QString(), QString()},
        AgencyRepository::Empty::Clears);
    INFO(cleared.toStdString());
    REQUIRE(cleared.isEmpty());
    CHECK(*AgencyRepository(**db).attributes(QStringLiteral("ก")) ==
          AgencyAttributes{QStringLiteral("ลำพูน"), QString(), QString()});
    const auto after = AuditLog(**db).list(QStringLiteral("ก"));
    const AuditRecord &last = after->back();
    CHECK(last.change.field == QStringLiteral("parent"));
    CHECK(last.change.before == QStringLiteral("มหาวิทยาลัย ก"));
    CHECK(last.change.after.isEmpty());
    CHECK(AuditLog(**db).verify().ok);

    // A province changed with sqlite3 is named as an outside change.
    REQUIRE((*db)->exec(QStringLiteral("UPDATE agencies SET province = 'ลำปาง'")).isEmpty());
    const auto outside = AuditLog(**db).verify();
    CHECK_FALSE(outside.ok);
    CHECK(outside.outside.join(u'\n').contains(QStringLiteral("ก, attributes: changed")));
}

TEST_CASE("import: an agency given two provinces is refused with both lines", "[import][agency]") {
    const QByteArray csv = "หน่วยงาน,ปี,รหัส,คะแนน,จังหวัด\n"
                           "ก,2564,ITA,90.00,เชียงใหม่\n"
                           "ก,2564,IIT,91.00,\n"
                           "ก,2564,EIT,91.00,ลำพูน\n";
    const ImportResult read =
        readScoresCsv(csv, QStringLiteral("two.csv"), FrameworkRegistry::builtIn(), {});
    REQUIRE_FALSE(read.ok());
    REQUIRE(read.diagnostics.size() == 1);
    CHECK(read.diagnostics[0].line == 4);
    CHECK(read.diagnostics[0].message.contains(QStringLiteral("ลำพูน")));
    CHECK(read.diagnostics[0].message.contains(QStringLiteral("line 2")));
}

TEST_CASE("import: an agency name stored with other details is found before the import",
          "[import][agency]") {
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("c.itadb")));
    REQUIRE(db.ok());
    const FrameworkRegistry &registry = FrameworkRegistry::builtIn();
    const auto read = [&](const QByteArray &csv) {
        ImportResult r = readScoresCsv(csv, QStringLiteral("c.csv"), registry, {});
        REQUIRE(r.ok());
        return r.assessments;
    };
    REQUIRE(AssessmentRepository(**db)
                .save(read("agency,year,code,score,province,parent\n"
                           "เทศบาลตำบลบ้านใหม่,2564,ITA,90.00,เชียงใหม่,\n"
                           "อบต. ก,2564,ITA,80.00,,\n"),
                      registry, false)
                .isEmpty());
    // The same name in another province: a conflict. A parent where none was stored, an agency
    // with no details in the file, or a new agency: none.
    const auto next = read("agency,year,code,score,province,parent\n"
                           "เทศบาลตำบลบ้านใหม่,2565,ITA,91.00,ลำพูน,\n"
                           "อบต. ก,2565,ITA,81.00,,กรม ก\n"
                           "อบต. ข,2565,ITA,82.00,ตรัง,\n");
    const auto conflicts = AgencyRepository(**db).conflicts(next);
    REQUIRE(conflicts.ok());
    REQUIRE(conflicts->size() == 1);
    CHECK(conflicts->front().agency == QStringLiteral("เทศบาลตำบลบ้านใหม่"));
    CHECK(conflicts->front().stored.province == QStringLiteral("เชียงใหม่"));
    CHECK(conflicts->front().incoming.province == QStringLiteral("ลำพูน"));
}
