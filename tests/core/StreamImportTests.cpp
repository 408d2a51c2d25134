// Issue 13, "Scale" and "Bad input": the CLI's import streams a scores file into the database
// in one transaction; a bad row anywhere stores nothing; an agency name already stored with other
// details is refused unless --merge.
#include "TestSupport.h"

#include "io/ScoresIo.h"
#include "storage/AgencyRepository.h"
#include "storage/AssessmentRepository.h"
#include "storage/AuditLog.h"
#include "storage/SqliteScoresWriter.h"

#include <QBuffer>
#include <QFile>
#include <QSqlQuery>

using namespace ita;
using test::runCli;

namespace {

/// A national-style file: agencies × the ITA-2564 codes of one year, with a province column.
QByteArray nationalCsv(int agencies, int *rows) {
    QByteArray csv = "agency,year,code,score,province\n";
    *rows = 0;
    for (int a = 0; a < agencies; ++a)
        for (const auto &node : test::fy2564().nodes) {
            if (node.level != Level::Item && node.level != Level::Indicator &&
                node.level != Level::Overall)
                continue;
            csv += "หน่วยงาน " + QByteArray::number(a + 1) + ",2564," + node.code.toLatin1() + "," +
                   QByteArray::number(60 + (a * 7 + *rows) % 40) + ".25,จังหวัด " +
                   QByteArray::number(a % 77 + 1) + "\n";
            ++*rows;
        }
    return csv;
}

QString importArgsDb(const QTemporaryDir &dir) {
    return dir.filePath(QStringLiteral("n.itadb"));
}

} // namespace

TEST_CASE("stream import: one bad row among 50000 is named by its line and nothing is stored",
          "[import][stream][cli]") {
    QTemporaryDir dir;
    int rows = 0;
    QByteArray csv = nationalCsv(510, &rows);
    REQUIRE(rows >= 50000);
    // The bad row is deep in the file: everything before it was already written when it is read.
    const int badLine = 2 + 41234; // header is line 1
    QList<QByteArray> lines = csv.split('\n');
    QList<QByteArray> fields = lines[badLine - 1].split(',');
    const QByteArray code = fields[2];
    fields[3] = "9O.50"; // a letter O for a zero, as typed
    lines[badLine - 1] = fields.join(',');
    csv = lines.join('\n');
    const QString path = dir.filePath(QStringLiteral("national.csv"));
    test::writeFile(path, csv);

    // Into a file that holds something already: it must stay as it was.
    const QString db = test::sampleDbByCli(dir);
    const QString before = test::dumpDatabase(db);
    const auto run = runCli({QStringLiteral("import"), path, QStringLiteral("--db"), db});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("%1:%2: score \"9O.50\" of %3 is not a number")
                               .arg(path)
                               .arg(badLine)
                               .arg(QString::fromLatin1(code))));
    CHECK(run.err.contains(QStringLiteral("nothing was imported")));
    CHECK(test::dumpDatabase(db) == before);

    // Into a new file: none is left behind.
    const QString fresh = importArgsDb(dir);
    CHECK(runCli({QStringLiteral("import"), path, QStringLiteral("--db"), fresh}).exitCode == 1);
    CHECK_FALSE(QFile::exists(fresh));
}

TEST_CASE("stream import: a national-style file is stored whole and the ledger and trail hold",
          "[import][stream][cli]") {
    QTemporaryDir dir;
    int rows = 0;
    const QByteArray csv = nationalCsv(60, &rows);
    const QString path = dir.filePath(QStringLiteral("national.csv"));
    test::writeFile(path, csv);
    const QString db = importArgsDb(dir);
    const auto run = runCli({QStringLiteral("import"), path, QStringLiteral("--db"), db});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.count(QStringLiteral("imported ")) == 60);
    // The new file, filled through a rollback journal, is left in WAL mode, which other windows
    // and writers rely on (bytes 18 and 19 of a SQLite file's header are 2 in WAL mode, 1 with
    // a rollback journal).
    {
        QFile header(db);
        REQUIRE(header.open(QIODevice::ReadOnly));
        const QByteArray bytes = header.read(20);
        REQUIRE(bytes.size() == 20);
        CHECK(int(bytes[18]) == 2);
        CHECK(int(bytes[19]) == 2);
    }
    const auto verified =
        runCli({QStringLiteral("audit"), QStringLiteral("--db"), db, QStringLiteral("--verify")});
    INFO(verified.out.toStdString() << verified.err.toStdString());
    CHECK(verified.exitCode == 0);
    CHECK(verified.out.contains(QStringLiteral("intact")));

    // What the whole-file reader and save() store is what the stream stored.
    const ImportResult whole =
        readScoresCsv(csv, path, FrameworkRegistry::builtIn(), ImportOptions());
    REQUIRE(whole.ok());
    auto opened = Database::open(db);
    REQUIRE(opened.ok());
    AssessmentRepository repository(**opened);
    for (const Assessment &expected : whole.assessments) {
        const auto stored = repository.load(expected.agency, expected.fiscalYear);
        REQUIRE(stored.ok());
        CHECK(stored->entries == expected.entries);
        CHECK(stored->attributes == expected.attributes);
    }
    QSqlQuery q((*opened)->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM score_nodes")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == rows);
}

TEST_CASE("stream import: rows of one assessment apart in the file get the same computed scores",
          "[import][stream]") {
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("apart.itadb")));
    REQUIRE(db.ok());
    // ก's rows come in two runs with ข's between them.
    QByteArray csv = "agency,year,code,score\n";
    QByteArray first, second;
    int i = 0;
    for (const auto &node : test::fy2564().nodes) {
        if (node.level != Level::Item)
            continue;
        const QByteArray row =
            node.code.toLatin1() + "," + QByteArray::number(55 + (i * 13) % 45) + ".50\n";
        (i++ % 2 == 0 ? first : second) += "ก,2564," + row;
    }
    csv += first + "ข,2564,I1,90.00\n" + second;
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    const FrameworkRegistry &registry = FrameworkRegistry::builtIn();
    SqliteScoresWriter writer(**db, registry, {});
    StreamResult read;
    const QString error = (*db)->transact([&]() -> QString {
        if (QString e = writer.start(); !e.isEmpty())
            return e;
        read = readScoresCsv(buffer, QStringLiteral("apart.csv"), registry, {}, writer);
        return read.ok() ? writer.finish(read.attributes) : QStringLiteral("refused");
    });
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    REQUIRE(writer.imported().size() == 2);
    CHECK(writer.imported()[0].lines == i);

    const auto stored = AssessmentRepository(**db).load(QStringLiteral("ก"), 2564);
    REQUIRE(stored.ok());
    const Analysis expected = analyse(test::fy2564(), *stored);
    QSqlQuery q((*db)->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT n.code, n.computed_score FROM score_nodes n JOIN "
                                  "assessments a ON a.id = n.assessment_id JOIN agencies g ON "
                                  "g.id = a.agency_id WHERE g.name = 'ก'")));
    int compared = 0;
    while (q.next()) {
        const NodeResult *node = expected.find(q.value(0).toString());
        REQUIRE(node);
        const std::optional<Score> computed =
            q.value(1).isNull()
                ? std::nullopt
                : std::optional<Score>(Score::fromHundredths(q.value(1).toLongLong()));
        CHECK(computed == node->computed);
        ++compared;
    }
    CHECK(compared == i);
    CHECK(AuditLog(**db).verify().ok);
}

TEST_CASE("stream import: at most 10000 errors are kept with their lines and the rest counted",
          "[import][stream]") {
    ImportOptions options;
    options.agency = QStringLiteral("กรม ก");
    options.fiscalYear = 2564;
    const QByteArray csv = "code,score\n" + QByteArray("I1,abc\n").repeated(12000);
    const ImportResult r =
        readScoresCsv(csv, QStringLiteral("many.csv"), FrameworkRegistry::builtIn(), options);
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.diagnostics.size() == size_t(maxKeptMessages) + 1);
    CHECK(r.diagnostics[9999].line == 10001);
    CHECK(r.diagnostics.back().message.contains(QStringLiteral("2000 more messages")));
}

TEST_CASE("import: an agency name stored with another province is refused unless --merge",
          "[import][agency][cli]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("m.itadb"));
    const QString first = dir.filePath(QStringLiteral("chiangmai.csv"));
    const QString second = dir.filePath(QStringLiteral("lamphun.csv"));
    const QString same = dir.filePath(QStringLiteral("same.csv"));
    test::writeFile(first, "agency,year,code,score,province,group\n"
                           "เทศบาลตำบลบ้านกลาง,2564,ITA,90.00,เชียงใหม่,เทศบาลตำบล\n");
    test::writeFile(second, "agency,year,code,score,province,group\n"
                            "เทศบาลตำบลบ้านกลาง,2565,ITA,80.00,ลำพูน,เทศบาลตำบล\n");
    // The same province, or none given, is no conflict.
    test::writeFile(same, "agency,year,code,score,province\n"
                          "เทศบาลตำบลบ้านกลาง,2565,ITA,80.00,เชียงใหม่\n");
    auto run = runCli({QStringLiteral("import"), first, QStringLiteral("--db"), db});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QString before = test::dumpDatabase(db);

    run = runCli({QStringLiteral("import"), second, QStringLiteral("--db"), db});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("เทศบาลตำบลบ้านกลาง")));
    CHECK(run.err.contains(QStringLiteral("province \"เชียงใหม่\" stored, \"ลำพูน\" in the file")));
    CHECK(run.err.contains(QStringLiteral("rename")));
    CHECK(run.err.contains(QStringLiteral("--merge")));
    CHECK(test::dumpDatabase(db) == before);

    SECTION("the same details are no conflict") {
        run = runCli({QStringLiteral("import"), same, QStringLiteral("--db"), db});
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
    }
    SECTION("--merge: the file's values replace the stored ones, audited") {
        run = runCli({QStringLiteral("import"), second, QStringLiteral("--db"), db,
                      QStringLiteral("--merge")});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        auto opened = Database::open(db);
        REQUIRE(opened.ok());
        CHECK(*AgencyRepository(**opened).attributes(QStringLiteral("เทศบาลตำบลบ้านกลาง")) ==
              AgencyAttributes{QStringLiteral("ลำพูน"), QStringLiteral("เทศบาลตำบล"), QString()});
        const auto trail = AuditLog(**opened).list(QStringLiteral("เทศบาลตำบลบ้านกลาง"));
        REQUIRE(trail.ok());
        const AuditRecord &last = trail->back();
        CHECK(last.change.field == QStringLiteral("province"));
        CHECK(last.change.before == QStringLiteral("เชียงใหม่"));
        CHECK(last.change.after == QStringLiteral("ลำพูน"));
        CHECK(AuditLog(**opened).verify().ok);
    }
}

TEST_CASE("stream import: a row SQLite refuses in a batch of rows is named and nothing is stored",
          "[import][stream]") {
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("batch.itadb")));
    REQUIRE(db.ok());
    // 40 items with I11's code given twice, at the 11th and the 21st row: the first batch of
    // rows (more than 11) is refused whole by the unique (assessment, code) index, and the
    // rows then go in one at a time to find the one at fault. The CSV reader never lets a
    // code through twice; this reaches the writer directly.
    Assessment a;
    a.agency = QStringLiteral("ก");
    a.fiscalYear = 2564;
    a.frameworkId = QStringLiteral("ITA-2564");
    for (const auto &node : test::fy2564().nodes) {
        if (node.level != Level::Item || a.entries.size() == 40)
            continue;
        ScoreEntry e;
        e.code = node.code;
        e.stated = Score::fromWhole(80);
        a.entries.push_back(e);
    }
    REQUIRE(a.entries.size() == 40);
    a.entries[20].code = a.entries[10].code;
    const QString twice = a.entries[10].code;
    SqliteScoresWriter writer(**db, FrameworkRegistry::builtIn(), {});
    std::vector<ScoreSink::Late> late;
    const QString error = (*db)->transact([&]() -> QString {
        if (QString e = writer.start(); !e.isEmpty())
            return e;
        // The rows are stored while the reader would read on: the refusal comes late, with
        // the line of its run.
        if (QString e = writer.take(a, true, 2); !e.isEmpty())
            return e;
        late = writer.late(true);
        return late.empty() ? QString() : QStringLiteral("refused");
    });
    REQUIRE(late.size() == 1);
    INFO(late.front().text.toStdString());
    CHECK(late.front().line == 2);
    CHECK(late.front().text.startsWith(QStringLiteral("ก 2564, %1: ").arg(twice)));
    CHECK(late.front().text.contains(QStringLiteral("UNIQUE")));
    CHECK(error == QStringLiteral("refused"));
}

TEST_CASE("stream import: a sink's late refusal is reported at its own run's line",
          "[import][stream]") {
    // A sink that refuses each run only when the next one comes, and the last at the end.
    struct LateSink : ScoreSink {
        std::vector<int> lines;
        size_t told = 0;
        QString take(const Assessment &, bool, int line) override {
            lines.push_back(line);
            return {};
        }
        bool wantsRunsAfterErrors() const override { return true; }
        std::vector<Late> late(bool end) override {
            std::vector<Late> out;
            for (; told + (end ? 0 : 1) < lines.size(); ++told)
                out.push_back({lines[told], QStringLiteral("refused late")});
            return out;
        }
    } sink;
    QByteArray csv = "agency,year,code,score\n"
                     "ก,2564,ITA,90.00\n"
                     "ก,2564,IIT,90.00\n"
                     "ข,2564,ITA,80.00\n";
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    const StreamResult read =
        readScoresCsv(buffer, QStringLiteral("late.csv"), FrameworkRegistry::builtIn(), {}, sink);
    REQUIRE(sink.lines == std::vector<int>{2, 4});
    QStringList messages;
    for (const Diagnostic &d : read.diagnostics)
        messages << d.toString();
    INFO(messages.join(u'\n').toStdString());
    CHECK(read.errors == 2);
    CHECK(messages.filter(QStringLiteral("late.csv:2: refused late")).size() == 1);
    CHECK(messages.filter(QStringLiteral("late.csv:4: refused late")).size() == 1);
}
