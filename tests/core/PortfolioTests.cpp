// The portfolio: many agencies of one year summed up. Every expected value below is worked
// out by hand from the scores in the test (see the comments), not taken from the program.
#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/PortfolioLoader.h"
#include <QFile>
#include <QSqlQuery>

#include "analysis/Portfolio.h"
#include "io/PortfolioWriters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace ita;

namespace {

Score s(qint64 hundredths) {
    return Score::fromHundredths(hundredths);
}

/// ITA, the three tools and indicators 1, 2 and 9, as "code,score" pairs.
Assessment assessment(const QString &agency, int year,
                      std::initializer_list<std::pair<const char *, qint64>> scores) {
    Assessment a;
    a.agency = agency;
    a.fiscalYear = year;
    a.frameworkId = test::fy2564().id;
    for (const auto &[code, hundredths] : scores) {
        ScoreEntry e;
        e.code = QString::fromLatin1(code);
        e.stated = s(hundredths);
        a.entries.push_back(e);
    }
    return a;
}

// ก: overall 90.00 (A), indicator 2 at 84.00 is urgent; a year before it had 85.00.
// ข: overall 80.01 (B), indicators 1 (70.00), 2 (80.00) and 9 (84.99) urgent; no year before.
// ค: overall 95.50 (AA), indicator 2 at 83.50 urgent, no score for 9; a year before 97.00.
std::vector<Assessment> sample() {
    return {assessment(QStringLiteral("ก"), 2565,
                       {{"ITA", 9000},
                        {"IIT", 9200},
                        {"EIT", 8800},
                        {"OIT", 9000},
                        {"1", 9500},
                        {"2", 8400},
                        {"9", 9000}}),
            assessment(QStringLiteral("ข"), 2565,
                       {{"ITA", 8001},
                        {"IIT", 7000},
                        {"EIT", 8500},
                        {"OIT", 8400},
                        {"1", 7000},
                        {"2", 8000},
                        {"9", 8499}}),
            assessment(QStringLiteral("ค"), 2565,
                       {{"ITA", 9550},
                        {"IIT", 9600},
                        {"EIT", 9500},
                        {"OIT", 9550},
                        {"1", 9600},
                        {"2", 8350}})};
}

/// `rows` (a scores CSV) imported by the CLI into a new file in `dir`; its path.
QString importedFile(const QTemporaryDir &dir, const QByteArray &rows) {
    const QString csv = dir.filePath(QStringLiteral("scores.csv"));
    test::writeFile(csv, rows);
    const QString db = dir.filePath(QStringLiteral("scores.itadb"));
    const auto imported = test::runCli({QStringLiteral("import"), csv, QStringLiteral("--db"), db});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    return db;
}

/// `portfolio --year 2565 --format json` of a file, read back.
QJsonObject portfolioJson(const QString &db) {
    const auto run = test::runCli({QStringLiteral("portfolio"), QStringLiteral("--db"), db,
                                   QStringLiteral("--year"), QStringLiteral("2565"),
                                   QStringLiteral("--format"), QStringLiteral("json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

/// sample() as a scores CSV for the CLI, FY2565, with its header.
QByteArray sampleCsv() {
    QByteArray rows = "agency,year,code,score\n";
    for (const Assessment &a : sample())
        for (const ScoreEntry &e : a.entries)
            rows += a.agency.toUtf8() + ",2565," + e.code.toUtf8() + "," +
                    e.stated->toString().toUtf8() + "\n";
    return rows;
}

const CodeStatistics &portfolioStat(const Portfolio &p, const char *code) {
    for (const auto &c : p.statistics)
        if (c.code == QLatin1String(code))
            return c;
    FAIL("no statistics for " << code);
    return p.statistics.front();
}

} // namespace

TEST_CASE("portfolio: means, medians, levels, pass rate, weakest indicators and movers",
          "[portfolio]") {
    const Framework &fw = test::fy2564();
    std::vector<PortfolioMember> members;
    const std::map<QString, qint64> before{{QStringLiteral("ก"), 8500},
                                           {QStringLiteral("ค"), 9700}};
    for (const Assessment &a : sample()) {
        PortfolioMember m{a.agency, &fw, analyse(fw, a), std::nullopt, {}};
        if (auto b = before.find(a.agency); b != before.end())
            m.previousOverall = s(b->second);
        members.push_back(m);
    }
    const Portfolio p = summarisePortfolio(2565, members);
    CHECK(p.count() == 3);
    CHECK(p.codes.mid(0, 4) == QStringList({QStringLiteral("ITA"), QStringLiteral("IIT"),
                                            QStringLiteral("EIT"), QStringLiteral("OIT")}));
    CHECK(p.leftOut.isEmpty()); // one framework
    // (90.00 + 80.01 + 95.50) / 3 = 88.5033… → 88.50; the middle one is 90.00.
    CHECK(portfolioStat(p, "ITA").mean == s(8850));
    CHECK(portfolioStat(p, "ITA").median == s(9000));
    // (95 + 70 + 96) / 3 = 87.00; (84 + 80 + 83.50) / 3 = 82.50, median 83.50.
    CHECK(portfolioStat(p, "1").mean == s(8700));
    CHECK(portfolioStat(p, "2").mean == s(8250));
    CHECK(portfolioStat(p, "2").median == s(8350));
    // Indicator 9: ค has no score, so it is counted out, not averaged in as zero:
    // (90.00 + 84.99) / 2 = 87.495 → 87.50 (half up), and the median of two is that mean.
    CHECK(portfolioStat(p, "9").count == 2);
    CHECK(portfolioStat(p, "9").mean == s(8750));
    CHECK(portfolioStat(p, "9").median == s(8750));
    CHECK(portfolioStat(p, "5").count == 0); // nobody has indicator 5
    // AA ≥ 95, A ≥ 85, B ≥ 75; AA and A pass (85.00 is the pass mark): 2 of 3 = 66.67 %.
    REQUIRE(p.levels.size() == 3);
    CHECK(p.levels[0] == std::pair(QStringLiteral("AA"), 1));
    CHECK(p.levels[1] == std::pair(QStringLiteral("A"), 1));
    CHECK(p.levels[2] == std::pair(QStringLiteral("B"), 1));
    REQUIRE(p.passRate);
    CHECK(*p.passRate == s(6667));
    // Urgent (below 85.00): indicator 2 in all three, 1 and 9 in ข only.
    REQUIRE(p.weakest.size() == 3);
    CHECK(p.weakest[0] == std::pair(QStringLiteral("2"), 3));
    CHECK(p.weakest[1] == std::pair(QStringLiteral("1"), 1));
    CHECK(p.weakest[2] == std::pair(QStringLiteral("9"), 1));
    // Ranking by overall; changes from the year before: ก +5.00, ค −1.50, ข none.
    REQUIRE(p.rows.size() == 3);
    CHECK(p.rows[0].agency == QStringLiteral("ค"));
    CHECK(p.rows[1].agency == QStringLiteral("ก"));
    CHECK(p.rows[2].agency == QStringLiteral("ข"));
    CHECK(p.rows[0].delta == s(-150));
    CHECK(p.rows[1].delta == s(500));
    CHECK_FALSE(p.rows[2].delta);
    const auto movers = p.movers(5);
    REQUIRE(movers.size() == 2);
    CHECK(movers[0]->agency == QStringLiteral("ก"));
    CHECK(movers[1]->agency == QStringLiteral("ค"));

    // The JSON shape scripts rely on.
    const QJsonObject json = QJsonDocument::fromJson(results::portfolioJson(p)).object();
    CHECK(json[QStringLiteral("year")].toInt() == 2565);
    CHECK(json[QStringLiteral("count")].toInt() == 3);
    CHECK(json[QStringLiteral("mean")].toObject()[QStringLiteral("ITA")].toDouble() == 88.50);
    CHECK(json[QStringLiteral("median")].toObject()[QStringLiteral("2")].toDouble() == 83.50);
    CHECK(json[QStringLiteral("mean")].toObject()[QStringLiteral("5")].isNull());
    CHECK(json[QStringLiteral("levels")].toObject()[QStringLiteral("AA")].toInt() == 1);
    CHECK(json[QStringLiteral("pass_rate")].toDouble() == 66.67);
    const QJsonArray weakest = json[QStringLiteral("weakest")].toArray();
    CHECK(weakest[0].toObject()[QStringLiteral("code")].toString() == QStringLiteral("2"));
    CHECK(weakest[0].toObject()[QStringLiteral("urgent_count")].toInt() == 3);
    CHECK(json[QStringLiteral("groups")].toArray().isEmpty());
    const QJsonObject first = json[QStringLiteral("agencies")].toArray()[0].toObject();
    CHECK(first[QStringLiteral("agency")].toString() == QStringLiteral("ค"));
    CHECK(first[QStringLiteral("level")].toString() == QStringLiteral("AA"));
    CHECK(first[QStringLiteral("delta")].toDouble() == -1.50);
    CHECK_FALSE(first[QStringLiteral("scores")].toObject().contains(QStringLiteral("9")));
}

TEST_CASE("portfolio: a ranking CSV that a spreadsheet cannot run", "[portfolio][csv]") {
    const Framework &fw = test::fy2564();
    std::vector<Assessment> list = sample();
    list[1].agency = QStringLiteral("=HYPERLINK(\"http://x\")"); // a hostile agency name
    std::vector<PortfolioMember> members;
    for (const Assessment &a : list)
        members.push_back({a.agency, &fw, analyse(fw, a), std::nullopt, {}});
    const QByteArray csv = results::portfolioCsv(summarisePortfolio(2565, members), false);
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(csv.contains("rank,agency,overall,level,change,province,group,parent,ITA,IIT"));
    CHECK(csv.contains("1,ค,95.50,AA,,,,,95.50,")); // no change, province, group or parent
    CHECK(csv.contains("'=HYPERLINK"));
}

TEST_CASE("cli: portfolio over a file of many agencies, as JSON", "[portfolio][cli]") {
    QTemporaryDir dir;
    const QString db = importedFile(dir, sampleCsv() + "ก,2564,ITA,85.00\nค,2564,ITA,97.00\n");
    const QJsonObject json = portfolioJson(db);
    CHECK(json[QStringLiteral("count")].toInt() == 3);
    CHECK(json[QStringLiteral("mean")].toObject()[QStringLiteral("9")].toDouble() == 87.50);
    CHECK(json[QStringLiteral("pass_rate")].toDouble() == 66.67);
    const QJsonArray agencies = json[QStringLiteral("agencies")].toArray();
    REQUIRE(agencies.size() == 3);
    CHECK(agencies[1].toObject()[QStringLiteral("delta")].toDouble() == 5.00); // ก: 85 → 90
    // A year the file does not hold: bad input, named.
    const auto none = test::runCli({QStringLiteral("portfolio"), QStringLiteral("--db"), db,
                                    QStringLiteral("--year"), QStringLiteral("2570")});
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains(QStringLiteral("2570")));
}

// The history by hand: ก 80.00 in 2563 and 85.00 in 2564; ข in 2563 only its tools, so its
// overall is computed: 0.3 × 80.00 + 0.3 × 70.00 + 0.4 × 90.00 = 81.00; ค 97.00 in 2564 only.
// Since 2563: ก 90.00 − 80.00 = +10.00, ข 80.01 − 81.00 = −0.99, ค no change (no 2563).
TEST_CASE("cli: portfolio --since lists each agency's earlier overalls and measures the change "
          "from that year",
          "[portfolio][cli]") {
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("years.csv"));
    QByteArray rows = sampleCsv();
    rows += "ก,2563,ITA,80.00\nก,2564,ITA,85.00\n"
            "ข,2563,IIT,80.00\nข,2563,EIT,70.00\nข,2563,OIT,90.00\n"
            "ค,2564,ITA,97.00\n";
    test::writeFile(csv, rows);
    const QString db = dir.filePath(QStringLiteral("years.itadb"));
    // The framework named for every year: the built-in one is for FY2564 and FY2565.
    const auto imported = test::runCli({QStringLiteral("import"), csv, QStringLiteral("--db"), db,
                                        QStringLiteral("--framework"), QStringLiteral("ITA-2564")});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const auto portfolio = [&](const QStringList &extra) {
        return test::runCli(QStringList{QStringLiteral("portfolio"), QStringLiteral("--db"), db,
                                        QStringLiteral("--year"), QStringLiteral("2565")} +
                            extra);
    };
    const auto byAgency = [](const QJsonObject &json) {
        std::map<QString, QJsonObject> out;
        for (const auto &v : json[QStringLiteral("agencies")].toArray())
            out[v.toObject()[QStringLiteral("agency")].toString()] = v.toObject();
        return out;
    };
    const auto history = [](const QJsonObject &agency) {
        std::map<QString, double> out;
        const QJsonObject h = agency[QStringLiteral("history")].toObject();
        for (auto it = h.begin(); it != h.end(); ++it)
            out[it.key()] = it.value().toDouble();
        return out;
    };

    const auto since = portfolio({QStringLiteral("--since"), QStringLiteral("2563"),
                                  QStringLiteral("--format"), QStringLiteral("json")});
    INFO(since.err.toStdString());
    REQUIRE(since.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(since.out.toUtf8()).object();
    CHECK(json[QStringLiteral("since")].toInt() == 2563);
    auto agencies = byAgency(json);
    REQUIRE(agencies.size() == 3);
    const auto &ka = agencies[QStringLiteral("ก")];
    const auto &kha = agencies[QStringLiteral("ข")];
    const auto &kho = agencies[QStringLiteral("ค")];
    CHECK(history(ka) == std::map<QString, double>{{QStringLiteral("2563"), 80.00},
                                                   {QStringLiteral("2564"), 85.00}});
    CHECK(ka[QStringLiteral("delta")].toDouble() == 10.00);
    CHECK(history(kha) == std::map<QString, double>{{QStringLiteral("2563"), 81.00}});
    CHECK(kha[QStringLiteral("delta")].toDouble() == -0.99);
    CHECK(history(kho) == std::map<QString, double>{{QStringLiteral("2564"), 97.00}});
    CHECK(kho[QStringLiteral("delta")].isNull());
    const auto text = portfolio({QStringLiteral("--since"), QStringLiteral("2563")});
    CHECK(text.out.contains(QStringLiteral("Biggest movers since 2563")));

    // Without it: the year before, as always.
    const auto plain = portfolio({QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(plain.exitCode == 0);
    const QJsonObject before = QJsonDocument::fromJson(plain.out.toUtf8()).object();
    CHECK(before[QStringLiteral("since")].toInt() == 2564);
    agencies = byAgency(before);
    CHECK(history(agencies[QStringLiteral("ก")]) ==
          std::map<QString, double>{{QStringLiteral("2564"), 85.00}});
    CHECK(agencies[QStringLiteral("ก")][QStringLiteral("delta")].toDouble() == 5.00);
    CHECK(agencies[QStringLiteral("ข")][QStringLiteral("delta")].isNull());
    CHECK(agencies[QStringLiteral("ค")][QStringLiteral("delta")].toDouble() == -1.50);

    // A year that is not before --year: a usage error that names the option.
    const auto wrong = portfolio({QStringLiteral("--since"), QStringLiteral("2565")});
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains(QStringLiteral("--since")));
}

TEST_CASE("cli: portfolio on a damaged file says it is damaged and names the file",
          "[portfolio][cli][crash]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("damaged.itadb"));
    REQUIRE(test::runCli({QStringLiteral("sample"), QStringLiteral("--db"), db}).exitCode == 0);
    {
        auto opened = Database::open(db);
        REQUIRE(opened);
        REQUIRE((*opened)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).isEmpty());
    }
    // The score rows' first page overwritten: the schema and the assessments still read.
    qint64 pageSize = 0, root = 0;
    {
        Database::Options readOnly;
        readOnly.readOnly = true;
        auto opened = Database::open(db, readOnly);
        REQUIRE(opened);
        QSqlQuery q((*opened)->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT (SELECT page_size FROM pragma_page_size), rootpage "
                                      "FROM sqlite_master WHERE name = 'score_nodes'")));
        REQUIRE(q.next());
        pageSize = q.value(0).toLongLong();
        root = q.value(1).toLongLong();
    }
    REQUIRE(root > 1);
    QFile file(db);
    REQUIRE(file.open(QIODevice::ReadWrite));
    file.seek((root - 1) * pageSize);
    file.write(QByteArray(int(pageSize), '\x55'));
    file.close();
    // The check on open finds it ...
    const auto checked = Database::open(db);
    REQUIRE_FALSE(checked);
    CHECK(checked.error().contains(QStringLiteral("damaged")));
    {
        // ... the portfolio's open, without the check, does not; its read of the rows does.
        Database::Options unchecked;
        unchecked.readOnly = true;
        unchecked.checkIntegrity = false;
        auto opened = Database::open(db, unchecked);
        REQUIRE(opened);
        const auto data = loadPortfolio(**opened, {2564, std::nullopt, QString()});
        REQUIRE_FALSE(data);
        CHECK(data.error().contains(QStringLiteral("malformed")));
    }
    const auto run = test::runCli({QStringLiteral("portfolio"), QStringLiteral("--db"), db,
                                   QStringLiteral("--year"), QStringLiteral("2564")});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(db));
    CHECK(run.err.contains(QStringLiteral("damaged")));
}

// ก and ค in เชียงใหม่ (parent: กระทรวง ก), ข in ตรัง (parent: กระทรวง ข). Worked out by hand:
// เชียงใหม่: ITA (90.00 + 95.50) / 2 = 92.75, indicator 2 (84.00 + 83.50) / 2 = 83.75,
// indicator 9 only ก's 90.00 (ค has none). ตรัง: ข alone, ITA 80.01.
// In Thai dictionary order เชียงใหม่ comes before ตรัง (it is looked up under ช, the leading
// vowel เ not counted), though by code point เ (U+0E40) comes after ต (U+0E15). ง has no
// province: the agencies without one come last.
TEST_CASE("portfolio: subgroup means by province and the agencies missing a score", "[portfolio]") {
    const Framework &fw = test::fy2564();
    const std::map<QString, AgencyAttributes> where{
        {QStringLiteral("ก"), {QStringLiteral("เชียงใหม่"), QString(), QStringLiteral("กระทรวง ก")}},
        {QStringLiteral("ข"), {QStringLiteral("ตรัง"), QString(), QStringLiteral("กระทรวง ข")}},
        {QStringLiteral("ค"), {QStringLiteral("เชียงใหม่"), QString(), QStringLiteral("กระทรวง ก")}}};
    std::vector<PortfolioMember> members;
    for (const Assessment &a : sample())
        members.push_back({a.agency, &fw, analyse(fw, a), std::nullopt, where.at(a.agency)});
    // One more without a province: it forms the last group, named by no value.
    Assessment d = assessment(QStringLiteral("ง"), 2565, {{"ITA", 7000}});
    members.push_back({d.agency, &fw, analyse(fw, d), std::nullopt, {}});
    const Portfolio p = summarisePortfolio(2565, members, AgencyField::Province);
    REQUIRE(p.groups.size() == 3);
    CHECK(p.groups[0].name == QStringLiteral("เชียงใหม่"));
    CHECK(p.groups[1].name == QStringLiteral("ตรัง"));
    CHECK(p.groups[2].name.isEmpty());
    CHECK(p.groups[0].count == 2);
    CHECK(p.groups[1].count == 1);
    const auto statOf = [&](const PortfolioGroup &g, const char *code) {
        for (const auto &c : g.statistics)
            if (c.code == QLatin1String(code))
                return c;
        return CodeStatistics{};
    };
    CHECK(statOf(p.groups[0], "ITA").mean == s(9275));
    CHECK(statOf(p.groups[0], "2").mean == s(8375));
    CHECK(statOf(p.groups[0], "9").count == 1);
    CHECK(statOf(p.groups[0], "9").mean == s(9000));
    CHECK(statOf(p.groups[1], "ITA").mean == s(8001));
    // The whole portfolio's means are not changed by grouping: (90 + 80.01 + 95.5 + 70) / 4
    // = 83.8775 → 83.88.
    CHECK(portfolioStat(p, "ITA").mean == s(8388));
    // Gaps: the sample gives indicators 1, 2 and 9 only, so ก and ข lack the seven others
    // (3 to 8 and 10); ค lacks 9 as well; ง has only ITA, so it lacks the 13 other codes
    // (three tools, ten indicators).
    REQUIRE(p.gaps.size() == 4);
    CHECK(p.gaps[0].agency == QStringLiteral("ก"));
    CHECK(p.gaps[0].missing.size() == 7);
    CHECK(p.gaps[2].agency == QStringLiteral("ค"));
    CHECK(p.gaps[2].missing.size() == 8);
    CHECK(p.gaps[2].missing.contains(QStringLiteral("9")));
    CHECK(p.gaps[3].agency == QStringLiteral("ง"));
    CHECK(p.gaps[3].missing.size() == 13);

    const QJsonObject json = QJsonDocument::fromJson(results::portfolioJson(p)).object();
    CHECK(json[QStringLiteral("grouped_by")].toString() == QStringLiteral("province"));
    const QJsonArray groups = json[QStringLiteral("groups")].toArray();
    REQUIRE(groups.size() == 3);
    CHECK(groups[0].toObject()[QStringLiteral("name")].toString() == QStringLiteral("เชียงใหม่"));
    CHECK(groups[0].toObject()[QStringLiteral("count")].toInt() == 2);
    CHECK(
        groups[0].toObject()[QStringLiteral("mean")].toObject()[QStringLiteral("ITA")].toDouble() ==
        92.75);
    CHECK(
        json[QStringLiteral("gaps")].toArray()[2].toObject()[QStringLiteral("agency")].toString() ==
        QStringLiteral("ค"));
    const QByteArray table = results::portfolioGroupsCsv(p, true);
    CHECK(table.contains("จังหวัด,จำนวนหน่วยงาน,ITA,IIT"));
    CHECK(table.contains("เชียงใหม่,2,92.75,"));
    CHECK(table.contains("(ไม่ระบุ),1,70.00,"));
}

TEST_CASE("cli: a scores file with provinces and parents, selected and grouped",
          "[portfolio][cli]") {
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("all.csv"));
    // Thai headers; each agency repeats its province on every row, or gives it once.
    QByteArray rows = "หน่วยงาน,ปีงบประมาณ,รหัส,คะแนน,จังหวัด,สังกัด,กลุ่ม\n";
    for (const Assessment &a : sample())
        for (const ScoreEntry &e : a.entries) {
            const bool first = &e == &a.entries.front();
            const QByteArray province = a.agency == QStringLiteral("ข") ? "ตรัง" : "เชียงใหม่";
            rows += a.agency.toUtf8() + ",2565," + e.code.toUtf8() + "," +
                    e.stated->toString().toUtf8() + "," + (first ? province : QByteArray()) +
                    ",กระทรวงทดสอบ,ส่วนราชการ\n";
        }
    test::writeFile(csv, rows);
    const QString db = dir.filePath(QStringLiteral("all.itadb"));
    const auto imported = test::runCli({QStringLiteral("import"), csv, QStringLiteral("--db"), db});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const auto portfolio = [&](QStringList extra) {
        QStringList args{
            QStringLiteral("portfolio"), QStringLiteral("--db"), db,
            QStringLiteral("--year"),    QStringLiteral("2565"), QStringLiteral("--format"),
            QStringLiteral("json")};
        return test::runCli(args + extra);
    };
    const auto chiangMai = portfolio({QStringLiteral("--province"), QStringLiteral("เชียงใหม่")});
    INFO(chiangMai.err.toStdString());
    REQUIRE(chiangMai.exitCode == 0);
    const QJsonObject selected = QJsonDocument::fromJson(chiangMai.out.toUtf8()).object();
    CHECK(selected[QStringLiteral("count")].toInt() == 2);
    CHECK(selected[QStringLiteral("mean")].toObject()[QStringLiteral("ITA")].toDouble() == 92.75);
    const QJsonObject agency = selected[QStringLiteral("agencies")].toArray()[0].toObject();
    CHECK(agency[QStringLiteral("province")].toString() == QStringLiteral("เชียงใหม่"));
    CHECK(agency[QStringLiteral("parent")].toString() == QStringLiteral("กระทรวงทดสอบ"));
    CHECK(agency[QStringLiteral("group")].toString() == QStringLiteral("ส่วนราชการ"));

    const auto grouped = portfolio({QStringLiteral("--parent"), QStringLiteral("กระทรวงทดสอบ"),
                                    QStringLiteral("--by"), QStringLiteral("province")});
    REQUIRE(grouped.exitCode == 0);
    const QJsonObject all = QJsonDocument::fromJson(grouped.out.toUtf8()).object();
    CHECK(all[QStringLiteral("count")].toInt() == 3);
    const QJsonArray groups = all[QStringLiteral("groups")].toArray();
    REQUIRE(groups.size() == 2);
    CHECK(groups[1].toObject()[QStringLiteral("name")].toString() == QStringLiteral("ตรัง"));
    CHECK(
        groups[1].toObject()[QStringLiteral("mean")].toObject()[QStringLiteral("ITA")].toDouble() ==
        80.01);

    const auto none = portfolio({QStringLiteral("--group"), QStringLiteral("ไม่มีกลุ่มนี้")});
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains(QStringLiteral("ไม่มีกลุ่มนี้")));
    const auto two = portfolio({QStringLiteral("--group"), QStringLiteral("ก"),
                                QStringLiteral("--province"), QStringLiteral("ข")});
    CHECK(two.exitCode == 2);
    const auto badBy = portfolio({QStringLiteral("--by"), QStringLiteral("district")});
    CHECK(badBy.exitCode == 2);
    CHECK(badBy.err.contains(QStringLiteral("district")));
}

// Two frameworks in one selection: a later year's that numbers the last indicator "11"
// instead of "10". Only the shared codes are compared; "10" and "11" are named as left out;
// the agencies under either framework count in every shared code.
TEST_CASE("portfolio: mixed frameworks compare only the codes they share", "[portfolio]") {
    const Framework &fy2564 = test::fy2564();
    Framework renumbered = fy2564;
    renumbered.id = QStringLiteral("ITA-TEST");
    for (auto &n : renumbered.nodes)
        if (n.code == u"10")
            n.code = QStringLiteral("11");
    renumbered.buildIndex();
    Assessment a = assessment(QStringLiteral("ก"), 2567, {{"ITA", 9000}, {"10", 8000}});
    Assessment b = assessment(QStringLiteral("ข"), 2567, {{"ITA", 8000}, {"11", 7000}});
    b.frameworkId = renumbered.id;
    std::vector<PortfolioMember> members{
        {a.agency, &fy2564, analyse(fy2564, a), std::nullopt, {}},
        {b.agency, &renumbered, analyse(renumbered, b), std::nullopt, {}}};
    const Portfolio p = summarisePortfolio(2567, members);
    CHECK(p.frameworks == QStringList{QStringLiteral("ITA-2564"), QStringLiteral("ITA-TEST")});
    CHECK_FALSE(p.codes.contains(QStringLiteral("10")));
    CHECK_FALSE(p.codes.contains(QStringLiteral("11")));
    CHECK(p.leftOut == QStringList{QStringLiteral("10"), QStringLiteral("11")});
    // (90.00 + 80.00) / 2 = 85.00 over both agencies.
    CHECK(portfolioStat(p, "ITA").count == 2);
    CHECK(portfolioStat(p, "ITA").mean == s(8500));
    const QJsonObject json = QJsonDocument::fromJson(results::portfolioJson(p)).object();
    CHECK(json[QStringLiteral("left_out")].toArray().size() == 2);
    CHECK(json[QStringLiteral("frameworks")].toArray().size() == 2);
}

TEST_CASE("portfolio: the year before's overall alone is analyse()'s overall", "[portfolio]") {
    const Framework &fw = test::fy2564();
    // Stated overalls, and one computed from its indicators only (no ITA, no tools given).
    std::vector<Assessment> list = sample();
    list.push_back(assessment(QStringLiteral("จ"), 2565,
                              {{"1", 9000}, {"2", 8000}, {"3", 7000}, {"6", 9500}, {"9", 8800}}));
    for (const Assessment &a : list) {
        INFO(a.agency.toStdString());
        const auto full = analyse(fw, a).overall;
        CHECK(overallScore(fw, a) == full);
    }
    CHECK(analyse(fw, list.back()).overall.has_value()); // the computed case is exercised
}

TEST_CASE("portfolio: an analysis without findings has the same scores grades and buckets",
          "[portfolio]") {
    const Framework &fw = test::fy2564();
    for (const Assessment &a : sample()) {
        const Analysis full = analyse(fw, a);
        const Analysis quick = analyse(fw, a, Findings::Skipped);
        CHECK_FALSE(full.findings.empty()); // the sample lacks items: there is something to skip
        CHECK(quick.findings.empty());
        CHECK(quick.overall == full.overall);
        REQUIRE(quick.nodes.size() == full.nodes.size());
        for (size_t i = 0; i < full.nodes.size(); ++i) {
            CHECK(quick.nodes[i].used == full.nodes[i].used);
            CHECK(quick.nodes[i].grade == full.nodes[i].grade);
            CHECK(quick.nodes[i].bucket == full.nodes[i].bucket);
        }
    }
}

// 600 agencies: the import keeps more runs in hand than it may (64) and the portfolio analyses
// on helper threads (from 512 assessments). Agency i scores 60 + (i mod 40) in FY2565, each
// residue 15 times: the mean is 60 + 19.5 = 79.50, the median 79.50 too ((79 + 80) / 2);
// FY2564 is one point lower for everyone, so every change is +1.00.
TEST_CASE("cli: 600 agencies import and sum up through the threaded paths", "[portfolio][cli]") {
    QTemporaryDir dir;
    QByteArray rows = "agency,year,code,score\n";
    for (int i = 0; i < 600; ++i) {
        const QByteArray name = QStringLiteral("หน่วยงาน %1").arg(i).toUtf8();
        rows += name + ",2565,ITA," + QByteArray::number(60 + i % 40) + ".00\n";
        rows += name + ",2564,ITA," + QByteArray::number(59 + i % 40) + ".00\n";
    }
    const QString db = importedFile(dir, rows);
    const auto verified = test::runCli(
        {QStringLiteral("audit"), QStringLiteral("--db"), db, QStringLiteral("--verify")});
    CHECK(verified.exitCode == 0);
    CHECK(verified.out.contains(QStringLiteral("1200 records"))); // one per assessment
    const QJsonObject json = portfolioJson(db);
    CHECK(json[QStringLiteral("count")].toInt() == 600);
    CHECK(json[QStringLiteral("mean")].toObject()[QStringLiteral("ITA")].toDouble() == 79.50);
    CHECK(json[QStringLiteral("median")].toObject()[QStringLiteral("ITA")].toDouble() == 79.50);
    int changes = 0;
    for (const auto &a : json[QStringLiteral("agencies")].toArray())
        changes += a.toObject()[QStringLiteral("delta")].toDouble() == 1.00;
    CHECK(changes == 600);
}
