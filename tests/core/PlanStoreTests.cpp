// How a plan's edits reach the file: an edit of a step's or a measure's fields rewrites only
// its rows, in place, with the audit records and ledger digests a whole-plan store would
// leave; anything else, and any edit made against a file that changed since, takes the
// whole-plan path with its check against the stored plan.
#include "TestSupport.h"

#include "document/PlanDocument.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/PlanRepository.h"
#include "storage/SampleStore.h"
#include "storage/StateLedger.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>

#include <map>

using namespace ita;

namespace {

const QString kAgency = QStringLiteral("สำนักงาน กกพ.");
const QString kScope = QStringLiteral("สำนักงาน กกพ. plan 2565");

/// The bundled sample in a file: the FY2564 results and the FY2565 plan answering them.
/// Its plan (data/samples/erc-fy2565-plan.json) has 7 measures of 4, 3, 3, 2, 5, 5 and 6
/// steps, every step not started at 0 %; those of measures 1–4 run over months 1–6.
struct SampleFile {
    QTemporaryDir dir;
    QString path = test::scratchStore(dir, QStringLiteral("s.itadb"));
    SampleFile() {
        auto db = Database::open(path);
        REQUIRE(db);
        REQUIRE(writeSample(**db).isEmpty());
    }
    std::unique_ptr<Database> open() const {
        auto db = Database::open(path);
        REQUIRE(db);
        return std::move(*db);
    }
};

std::unique_ptr<PlanDocument> openPlan(Database &db) {
    auto doc = PlanDocument::open(db, kAgency, 2565);
    REQUIRE(doc);
    return std::move(*doc);
}

/// Every row of a query, its columns joined by '|'.
QStringList rows(Database &db, const QString &sql) {
    QSqlQuery q(db.connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    QStringList out;
    while (q.next()) {
        QStringList columns;
        for (int c = 0; c < q.record().count(); ++c)
            columns << (q.isNull(c) ? QStringLiteral("NULL") : q.value(c).toString());
        out << columns.join(u'|');
    }
    return out;
}

/// Every table of the file with each row's rowid, except the audit trail and the ledger
/// (which every change writes to).
std::map<QString, QStringList> tables(Database &db) {
    std::map<QString, QStringList> out;
    for (const QString &table :
         rows(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                                 "NOT LIKE 'sqlite_%' AND name NOT IN ('audit_log', "
                                 "'audit_seal', 'state_digests') ORDER BY name")))
        out[table] =
            rows(db, QStringLiteral("SELECT rowid, * FROM \"%1\" ORDER BY rowid").arg(table));
    return out;
}

/// Every row the ledger vouches for, (key, row) → digest.
std::map<std::pair<QString, QString>, QByteArray> ledger(Database &db) {
    std::map<std::pair<QString, QString>, QByteArray> out;
    for (const QString &key : rows(db, QStringLiteral("SELECT key FROM state_digests"))) {
        const auto sealed = StateLedger(db).sealed(key);
        REQUIRE(sealed.ok());
        for (const auto &[row, digest] : *sealed)
            out[{key, row}] = digest;
    }
    return out;
}

/// The id of a step (0-based measure and step) of the FY2565 plan.
qint64 stepId(Database &db, int measure, int step) {
    const QStringList id =
        rows(db, QStringLiteral("SELECT s.id FROM steps s JOIN measures m ON m.id = s.measure_id "
                                "WHERE m.position = %1 AND s.position = %2")
                     .arg(measure)
                     .arg(step));
    REQUIRE(id.size() == 1);
    return id.front().toLongLong();
}

QString ids(Database &db, const char *table) {
    return rows(db, QStringLiteral("SELECT group_concat(id) FROM (SELECT id FROM %1 ORDER BY id)")
                        .arg(QString::fromLatin1(table)))
        .join(QString());
}

/// Every row written to the plan tables through one connection, "steps UPDATE 12", logged
/// by temporary triggers (the connection's own, not the file's). Reading the log writes
/// nothing, so the documents on that connection see no change of the file.
struct WriteLog {
    Database &db;
    qint64 seen = 0;
    explicit WriteLog(Database &database)
        : db(database) {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("CREATE TEMP TABLE writes (what TEXT NOT NULL)")));
        for (const char *table :
             {"agencies", "units", "plans", "measures", "measure_items", "monitoring_actions",
              "steps", "step_units", "step_evidence", "oit_publications", "oit_links"})
            for (const char *op : {"INSERT", "UPDATE", "DELETE"}) {
                const QString t = QString::fromLatin1(table);
                const QString o = QString::fromLatin1(op);
                REQUIRE(q.exec(QStringLiteral("CREATE TEMP TRIGGER log_%1_%2 AFTER %2 ON main.%1 "
                                              "BEGIN INSERT INTO writes VALUES ('%1 %2 ' || "
                                              "%3.rowid); END")
                                   .arg(t, o, o == u"DELETE" ? u"OLD" : u"NEW")));
            }
    }
    /// What was written since the last call.
    QStringList take() {
        QStringList out;
        QSqlQuery q(db.connection());
        REQUIRE(
            q.exec(QStringLiteral("SELECT rowid, what FROM writes WHERE rowid > %1 ORDER BY rowid")
                       .arg(seen)));
        while (q.next()) {
            seen = q.value(0).toLongLong();
            out << q.value(1).toString();
        }
        return out;
    }
};

/// Whether any of `writes` stores a plan, measure or step anew or removes one.
bool storesAnew(const QStringList &writes) {
    for (const QString &w : writes)
        if (w.startsWith(QStringLiteral("plans ")) || ((w.startsWith(QStringLiteral("measures ")) ||
                                                        w.startsWith(QStringLiteral("steps "))) &&
                                                       !w.contains(QStringLiteral(" UPDATE "))))
            return true;
    return false;
}

std::vector<AuditRecord> trail(Database &db) {
    auto records = AuditLog(db).list();
    REQUIRE(records);
    return std::move(*records);
}

/// A statement run on a connection of its own, as sqlite3 or a script would.
void outside(const QString &path, const QString &statement) {
    const QString name = QStringLiteral("plan-store-outside");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        INFO(statement.toStdString());
        REQUIRE(q.exec(statement));
        REQUIRE(q.numRowsAffected() == 1);
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST_CASE("plan store: a dragged span rewrites that step's row alone and in place",
          "[plan][db][audit]") {
    SampleFile f;
    auto db = f.open();
    WriteLog log(*db);
    auto doc = openPlan(*db);
    const qint64 edited = stepId(*db, 1, 0); // measure 2, step 1: months 1–6
    const auto before = tables(*db);
    const auto ledgerBefore = ledger(*db);
    const size_t recordsBefore = trail(*db).size();

    REQUIRE(doc->setStepSpan(1, 0, 3, 5).isEmpty());
    // One statement wrote one row of the plan (a whole store deletes the plan, its 7
    // measures and 28 steps with their rows, and inserts them all again).
    CHECK(log.take() == QStringList{QStringLiteral("steps UPDATE %1").arg(edited)});

    const auto after = tables(*db);
    for (const auto &[table, content] : before) {
        INFO(table.toStdString());
        if (table != u"steps")
            CHECK(after.at(table) == content); // the plan's own row keeps its id too
    }
    // Steps: the same rows with the same ids; the edited one differs in its months alone.
    // Columns: rowid, id, measure_id, position, text, start_month, end_month, status, …
    const QStringList &was = before.at(QStringLiteral("steps"));
    const QStringList &is = after.at(QStringLiteral("steps"));
    REQUIRE(is.size() == was.size());
    int changed = 0;
    for (int i = 0; i < was.size(); ++i) {
        QStringList expected = was[i].split(u'|');
        if (expected[1].toLongLong() == edited) {
            CHECK(expected[5] == u"1");
            CHECK(expected[6] == u"6");
            expected[5] = QStringLiteral("3");
            expected[6] = QStringLiteral("5");
            ++changed;
        }
        CHECK(is[i] == expected.join(u'|'));
    }
    CHECK(changed == 1);
    CHECK(*PlanRepository(*db).load(kAgency, 2565) == doc->plan());

    // One audit record, the one a whole-plan store makes for this change.
    const auto records = trail(*db);
    REQUIRE(records.size() == recordsBefore + 1);
    const AuditChange &c = records.back().change;
    CHECK(c.scope == kScope);
    CHECK(c.target == QStringLiteral("measure 2 step 1"));
    CHECK(c.field == QStringLiteral("span"));
    CHECK(c.before == QStringLiteral("1–6"));
    CHECK(c.after == QStringLiteral("3–5"));

    // The ledger: only that step's digest is new.
    const auto ledgerAfter = ledger(*db);
    REQUIRE(ledgerAfter.size() == ledgerBefore.size());
    QStringList differ;
    for (const auto &[row, digest] : ledgerAfter)
        if (ledgerBefore.at(row) != digest)
            differ << row.second;
    CHECK(differ == QStringList{QStringLiteral("measure 1 step 0")});
    const auto v = AuditLog(*db).verify();
    INFO(v.message.toStdString());
    CHECK(v.ok);
}

TEST_CASE("plan store: edits in place leave the file explained by its trail and an outside "
          "change is still named",
          "[plan][db][ledger]") {
    SampleFile f;
    auto db = f.open();
    WriteLog log(*db);
    auto doc = openPlan(*db);
    REQUIRE(doc->setStepSpan(1, 0, 3, 5).isEmpty());
    REQUIRE(doc->editField(PlanField::StepPercent, 0, 2, QStringLiteral("40"), true).isEmpty());
    CHECK(log.take() == QStringList({QStringLiteral("steps UPDATE %1").arg(stepId(*db, 1, 0)),
                                     QStringLiteral("steps UPDATE %1").arg(stepId(*db, 0, 2))}));
    REQUIRE(
        doc->editField(PlanField::MeasureTitle, 3, -1, QStringLiteral("ชื่อใหม่"), true).isEmpty());
    CHECK(log.take() ==
          QStringList{
              QStringLiteral("measures UPDATE %1").arg(ids(*db, "measures").split(u',').at(3))});
    REQUIRE(
        doc->editField(PlanField::Monitoring, 4, -1, QStringLiteral("1) ติดตาม\n2) รายงาน"), true)
            .isEmpty());
    REQUIRE(doc->editField(PlanField::MeasureItems, 0, -1, QStringLiteral("I7"), true).isEmpty());
    // Units the agency already has: the registry stays as it is.
    REQUIRE(doc->editField(PlanField::StepUnits, 4, 3, QStringLiteral("ฝ่าย ยส., ฝ่าย ทศ."), true)
                .isEmpty());
    REQUIRE(doc->editField(PlanField::Evidence, 5, 0,
                           QStringLiteral("https://example.go.th/a https://example.go.th/b"), true)
                .isEmpty());
    // All in place: the lists were rewritten, but no plan, measure or step was stored anew.
    const QStringList writes = log.take();
    CHECK_FALSE(storesAnew(writes));
    CHECK(writes.filter(QStringLiteral("step_evidence INSERT ")).size() == 2);
    // Measure 5's four monitoring actions became two, measure 1's items I7 and I12 just I7.
    CHECK(writes.filter(QStringLiteral("monitoring_actions DELETE ")).size() == 4);
    CHECK(writes.filter(QStringLiteral("monitoring_actions INSERT ")).size() == 2);
    CHECK(writes.filter(QStringLiteral("measure_items DELETE ")).size() == 2);
    CHECK(writes.filter(QStringLiteral("measure_items INSERT ")).size() == 1);
    CHECK(writes.filter(QStringLiteral("step_units INSERT ")).size() == 2);
    auto stored = PlanRepository(*db).load(kAgency, 2565);
    REQUIRE(stored);
    CHECK(*stored == doc->plan());
    CHECK(stored->measures[3].title == QStringLiteral("ชื่อใหม่"));
    CHECK(stored->measures[4].monitoring ==
          QStringList({QStringLiteral("ติดตาม"), QStringLiteral("รายงาน")}));
    CHECK(stored->measures[0].codes == QStringList{QStringLiteral("I7")});
    CHECK(stored->measures[4].steps[3].units ==
          QStringList({QStringLiteral("ฝ่าย ยส."), QStringLiteral("ฝ่าย ทศ.")}));
    CHECK(stored->measures[5].steps[0].evidence.size() == 2);
    CHECK(stored->measures[0].steps[2].percent == 40);

    // Opened again, as after a restart: nothing unexplained.
    {
        auto again = f.open();
        const auto v = AuditLog(*again).verify();
        INFO(v.message.toStdString());
        CHECK(v.ok);
        CHECK(v.outside.isEmpty());
    }

    // Changed outside the program: the step edited in place, and one never edited.
    outside(f.path,
            QStringLiteral("UPDATE steps SET text = 'x' WHERE id = %1").arg(stepId(*db, 1, 0)));
    outside(f.path,
            QStringLiteral("UPDATE steps SET percent = 77 WHERE id = %1").arg(stepId(*db, 3, 1)));
    const QStringList expected = {
        QStringLiteral("สำนักงาน กกพ. plan 2565, measure 1 step 0: changed outside ITA Planner"),
        QStringLiteral("สำนักงาน กกพ. plan 2565, measure 3 step 1: changed outside ITA Planner"),
    };
    const auto outsideOf = [](Database &file) {
        QStringList found = AuditLog(file).verify().outside;
        found.sort();
        return found;
    };
    {
        auto again = f.open();
        CHECK_FALSE(AuditLog(*again).verify().ok);
        CHECK(outsideOf(*again) == expected);
    }
    // The document's next edit is made against a file that changed: refused, and the
    // outside change is not sealed over.
    CHECK(doc->setStepSpan(0, 0, 2, 2).contains(QStringLiteral("someone else")));
    CHECK(outsideOf(*db) == expected);
    CHECK(PlanRepository(*db).load(kAgency, 2565)->measures[0].steps[0].endMonth == 6);
}

TEST_CASE("plan store: a second edit then undo and redo keep the stored plan the document's",
          "[plan][db][audit]") {
    SampleFile f;
    auto db = f.open();
    WriteLog log(*db);
    auto doc = openPlan(*db);
    const auto storedEqualsShown = [&] {
        auto stored = PlanRepository(*db).load(kAgency, 2565);
        REQUIRE(stored);
        CHECK(*stored == doc->plan());
    };
    REQUIRE(doc->setStepSpan(1, 0, 3, 5).isEmpty());
    REQUIRE(doc->editField(PlanField::StepPercent, 1, 0, QStringLiteral("40"), true).isEmpty());
    storedEqualsShown();

    doc->undoStack()->undo(); // the percent
    const Step &step = doc->plan().measures[1].steps[0];
    CHECK(step.percent == 0);
    CHECK(step.status == StepStatus::NotStarted);
    CHECK(step.startMonth == 3);
    CHECK(step.endMonth == 5);
    storedEqualsShown();
    // Undo is a change too, recorded as such: 40 back to 0 (and in progress back to not
    // started, as 40 % had set it).
    auto records = trail(*db);
    REQUIRE(records.size() >= 2);
    CHECK(records.back().change.target == QStringLiteral("measure 2 step 1"));
    CHECK(records.back().change.field == QStringLiteral("percent"));
    CHECK(records.back().change.before == QStringLiteral("40"));
    CHECK(records.back().change.after == QStringLiteral("0"));
    const AuditChange &status = records[records.size() - 2].change;
    CHECK(status.field == QStringLiteral("status"));
    CHECK(status.before == QStringLiteral("in_progress"));
    CHECK(status.after == QStringLiteral("not_started"));

    doc->undoStack()->undo(); // the span
    CHECK(doc->plan().measures[1].steps[0].startMonth == 1);
    CHECK(doc->plan().measures[1].steps[0].endMonth == 6);
    storedEqualsShown();
    doc->undoStack()->redo();
    CHECK(doc->plan().measures[1].steps[0].endMonth == 5);
    storedEqualsShown();
    // Every store was in place: five stores, each of the one step's row.
    CHECK(log.take() == QStringList(5, QStringLiteral("steps UPDATE %1").arg(stepId(*db, 1, 0))));
    CHECK(AuditLog(*db).verify().ok);
}

TEST_CASE("plan store: an edit against a plan another document stored is refused",
          "[plan][db][concurrency]") {
    SampleFile f;
    SECTION("another document on the same connection") {
        auto db = f.open();
        auto first = openPlan(*db);
        auto second = openPlan(*db);
        REQUIRE(second->setStepSpan(0, 0, 2, 3).isEmpty());
        // `first` still shows step 1.1 over months 1–6: its edit of another step must not
        // go in place over a plan it has not seen.
        CHECK(first->setStepSpan(1, 0, 3, 5).contains(QStringLiteral("someone else")));
        CHECK(first->undoStack()->count() == 0);
        auto stored = PlanRepository(*db).load(kAgency, 2565);
        REQUIRE(stored);
        CHECK(stored->measures[0].steps[0].startMonth == 2);
        CHECK(stored->measures[0].steps[0].endMonth == 3);
        CHECK(stored->measures[1].steps[0].startMonth == 1);
        CHECK(stored->measures[1].steps[0].endMonth == 6);
        CHECK(AuditLog(*db).verify().ok);
    }
    SECTION("another instance on the same file") {
        auto dbA = f.open();
        auto dbB = f.open();
        auto a = openPlan(*dbA);
        auto b = openPlan(*dbB);
        REQUIRE(a->setStepSpan(0, 0, 2, 3).isEmpty());
        CHECK(b->setStepSpan(1, 0, 3, 5).contains(QStringLiteral("someone else")));
        auto stored = PlanRepository(*dbB).load(kAgency, 2565);
        REQUIRE(stored);
        CHECK(stored->measures[0].steps[0].endMonth == 3);
        CHECK(stored->measures[1].steps[0].endMonth == 6);
        // Reopened, B sees A's edit and its own goes in place again.
        b = openPlan(*dbB);
        WriteLog log(*dbB);
        REQUIRE(b->setStepSpan(1, 0, 3, 5).isEmpty());
        CHECK(log.take() == QStringList{QStringLiteral("steps UPDATE %1").arg(stepId(*dbB, 1, 0))});
        CHECK(PlanRepository(*dbA).load(kAgency, 2565)->measures[1].steps[0].endMonth == 5);
        CHECK(AuditLog(*dbA).verify().ok);
    }
}

TEST_CASE("plan store: structural edits still store the whole plan", "[plan][db]") {
    SampleFile f;
    auto db = f.open();
    WriteLog log(*db);
    auto doc = openPlan(*db);
    int added = -1;
    REQUIRE(doc->addStep(6, &added).isEmpty());
    CHECK(added == 6);
    const QStringList writes = log.take();
    CHECK(writes.filter(QStringLiteral("plans DELETE ")).size() == 1); // stored anew
    CHECK(writes.filter(QStringLiteral("steps INSERT ")).size() == 28 + 1);
    // And in-place edits follow it at once.
    REQUIRE(doc->setStepSpan(6, 6, 10, 12).isEmpty());
    CHECK(log.take() == QStringList{QStringLiteral("steps UPDATE %1").arg(stepId(*db, 6, 6))});
    auto stored = PlanRepository(*db).load(kAgency, 2565);
    REQUIRE(stored);
    CHECK(*stored == doc->plan());
    CHECK(stored->measures[6].steps.size() == 7);
    CHECK(stored->measures[6].steps[6].startMonth == 10);
    CHECK(AuditLog(*db).verify().ok);
}

TEST_CASE("plan store: a plan whose ledger row was changed by hand can still be edited, and "
          "the change stays named",
          "[plan][db][ledger]") {
    SampleFile f;
    auto db = f.open();
    REQUIRE(db->exec(QStringLiteral("UPDATE state_digests SET rows = x'00' WHERE key LIKE "
                                    "'plan %'"))
                .isEmpty());
    auto doc = openPlan(*db);
    // An edit in place reads and rewrites the plan's ledger row: it goes through all the same.
    REQUIRE(doc->setStepSpan(1, 0, 3, 5).isEmpty());
    CHECK(PlanRepository(*db).load(kAgency, 2565)->measures[1].steps[0].startMonth == 3);
    // The edited step is sealed again; every other row of the plan lost its digest with the
    // damaged value, and verification names them instead of passing the file.
    const auto v = AuditLog(*db).verify();
    CHECK_FALSE(v.ok);
    CHECK(v.outside.filter(QStringLiteral("plan 2565, measure 0 step 0: added outside")).size() ==
          1);
    CHECK(v.outside.filter(QStringLiteral("measure 1 step 0:")).isEmpty());
}

TEST_CASE("plan store: an edit of one step or measure seals the plan's ledger row as a full "
          "reseal would, byte for byte",
          "[plan][db][ledger]") {
    SampleFile f;
    auto db = f.open();
    const qint64 agency =
        rows(*db, QStringLiteral("SELECT id FROM agencies")).value(0).toLongLong();
    const QString key = StateLedger::planKey(agency, 2565);
    const auto value = [&] {
        const QStringList hex = rows(
            *db, QStringLiteral("SELECT hex(rows) FROM state_digests WHERE key = '%1'").arg(key));
        REQUIRE(hex.size() == 1);
        return hex.front();
    };
    // What every row of the plan digests to, computed afresh from the tables.
    const auto resealed = [&] {
        REQUIRE(db->transact([&] { return StateLedger(*db).seal({key}); }).isEmpty());
        return value();
    };
    auto doc = openPlan(*db);
    // A step's span, its units (rows of their own under the step), a measure's monitoring.
    REQUIRE(doc->setStepSpan(1, 0, 3, 5).isEmpty());
    const QString afterSpan = value();
    CHECK(afterSpan == resealed());
    REQUIRE(doc->editField(PlanField::StepUnits, 2, 1, QStringLiteral("กองคลัง\nกองใหม่"), true)
                .isEmpty());
    const QString afterUnits = value();
    CHECK(afterUnits != afterSpan);
    CHECK(afterUnits == resealed());
    REQUIRE(doc->editField(PlanField::Monitoring, 0, -1, QStringLiteral("ติดตามทุกเดือน"), true)
                .isEmpty());
    const QString afterMonitoring = value();
    CHECK(afterMonitoring != afterUnits);
    CHECK(afterMonitoring == resealed());
    CHECK(AuditLog(*db).verify().ok);

    // A value holding one label twice (written by hand) is not read: the edit keeps only
    // the part it sealed, and verification names the rest.
    const auto sealed = StateLedger(*db).sealed(key);
    REQUIRE(sealed.ok());
    std::vector<std::pair<QByteArray, QByteArray>> doubled;
    for (const auto &[label, digest] : *sealed)
        doubled.emplace_back(label.toUtf8(), digest);
    doubled.push_back(doubled.front());
    {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("UPDATE state_digests SET rows = ? WHERE key = ?"));
        q.addBindValue(StateLedger::pack(doubled));
        q.addBindValue(key);
        REQUIRE(q.exec());
    }
    doc = openPlan(*db); // read after the change, so that the edit is made in place
    REQUIRE(doc->setStepSpan(1, 0, 4, 6).isEmpty());
    const auto kept = StateLedger(*db).sealed(key);
    REQUIRE(kept.ok());
    REQUIRE_FALSE(kept->empty());
    for (const auto &[label, digest] : *kept)
        CHECK(label.startsWith(QStringLiteral("measure 1 step 0")));
    CHECK_FALSE(AuditLog(*db).verify().ok);
}
