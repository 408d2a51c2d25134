#include "SqliteScoresWriter.h"

#include "AgencyRepository.h"
#include "AssessmentRepository.h"
#include "AuditLog.h"
#include "Database.h"
#include "StateLedger.h"
#include "analysis/Analysis.h"
#include "io/FrameworkReader.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

// The statements run through SQLite's own interface, on the connection Qt opened: Qt's QSQLITE
// plugin links the system's libsqlite3 (ldd libqsqlite.so), the library this layer links too,
// so the handle is the same library's. Binding through QVariant cost more than the writing.
#include <sqlite3.h>

#include <QScopeGuard>

#include <algorithm>
#include <charconv>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace ita {

namespace {

/// This file's messages, under one context for lupdate and the program alike.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::SqliteScoresWriter)
};

/// A finalised-on-scope prepared statement.
struct Statement {
    sqlite3_stmt *stmt = nullptr;
    ~Statement() { sqlite3_finalize(stmt); }
    void reset() { sqlite3_reset(stmt); } // every use binds every parameter
    void bind(int i, qint64 v) { sqlite3_bind_int64(stmt, i, v); }
    void bind(int i, const QString &v) {
        // Text columns are NOT NULL DEFAULT '': a null QString is bound as ''. UTF-8, the
        // file's encoding, so that SQLite need not convert it.
        if (v.isEmpty()) {
            sqlite3_bind_text(stmt, i, "", 0, SQLITE_STATIC);
            return;
        }
        char ascii[64];
        if (v.size() <= qsizetype(sizeof ascii)) { // codes: no allocation
            const char16_t *p = reinterpret_cast<const char16_t *>(v.utf16());
            bool plain = true;
            for (qsizetype k = 0; k < v.size() && plain; ++k) {
                plain = p[k] < 0x80;
                ascii[k] = char(p[k]);
            }
            if (plain) {
                sqlite3_bind_text(stmt, i, ascii, int(v.size()), SQLITE_TRANSIENT);
                return;
            }
        }
        const QByteArray utf8 = v.toUtf8();
        sqlite3_bind_text(stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void bind(int i, const QByteArray &v) {
        sqlite3_bind_text(stmt, i, v.constData(), int(v.size()), SQLITE_TRANSIENT);
    }
    /// Text that outlives the statement's step: bound without a copy.
    void bindStatic(int i, const QByteArray &v) {
        sqlite3_bind_text(stmt, i, v.constData(), int(v.size()), SQLITE_STATIC);
    }
    void bind(int i, const std::optional<Score> &v) {
        if (v)
            sqlite3_bind_int64(stmt, i, v->hundredths());
        else
            sqlite3_bind_null(stmt, i);
    }
};

QString groupKey(const QString &agency, int year) {
    return agency + u'\x1f' + QString::number(year);
}

} // namespace

/// Score rows per INSERT statement.
constexpr int kNodeBatch = 32;
/// Runs handed to the worker and not yet stored, at most (memory stays bounded).
constexpr int kMaxPending = 64;

/// A run on its way into the file: what take() knew, then what the worker worked out.
struct SqliteScoresWriter::Pending {
    Assessment run;
    const Framework *framework = nullptr;
    qint64 assessmentId = 0;
    int start = 0;     ///< position of its first row
    bool first = true; ///< all of its assessment so far: its computed scores are known
    bool seal = false; ///< a new assessment: its ledger row is written with its rows
    int line = 0;
    // The worker's part.
    std::vector<std::optional<Score>> computed;
    std::vector<QByteArray> texts; ///< code, title and grade of each row, in UTF-8
    QByteArray ledger;             ///< the packed ledger row when `seal`

    /// Pure work on the run alone (the worker thread's): the computed scores, the texts as
    /// they are bound and, for a new assessment, its packed ledger row.
    void prepare() {
        if (first)
            computed = computedScores(*framework, run);
        const size_t count = run.entries.size();
        texts.reserve(count * 3);
        std::vector<std::pair<QByteArray, QByteArray>> rows;
        RowDigest d;
        if (seal) {
            rows.reserve(count + 1);
            d.addInteger(run.fiscalYear);
            d.addText(framework->id.toUtf8());
            d.addScore(run.fixedThreshold);
            d.addScore(run.maintainThreshold);
            rows.emplace_back(QByteArrayLiteral("assessment"), d.result());
        }
        for (size_t k = 0; k < count; ++k) {
            const ScoreEntry &e = run.entries[k];
            texts.push_back(e.code.toUtf8());
            texts.push_back(e.title.toUtf8());
            texts.push_back(e.statedGrade.toUtf8());
            if (seal) {
                d.addInteger(start + int(k));
                d.addText(texts[3 * k + 1]);
                d.addScore(e.stated);
                d.addText(texts[3 * k + 2]);
                rows.emplace_back(texts[3 * k], d.result());
            }
        }
        if (seal)
            ledger = StateLedger::pack(std::move(rows));
    }
};

/// One thread that prepares the runs, in the order they come, while the reader reads on.
/// Runs are handed over and taken back many at a time: waking a thread for each run cost
/// more than the run's preparation.
struct SqliteScoresWriter::Worker {
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<Pending *> todo;
    int prepared = 0;     ///< runs prepared since the start, under the mutex
    bool waiting = false; ///< the reader's thread waits for a run
    bool quit = false;
    static constexpr size_t kWakeAfter = 16;
    std::thread thread{[this] {
        run();
    }};

    ~Worker() {
        {
            std::lock_guard lock(mutex);
            quit = true;
        }
        changed.notify_all();
        thread.join();
    }
    void run() {
        for (;;) {
            Pending *p = nullptr;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return quit || !todo.empty(); });
                if (quit)
                    return;
                p = todo.front();
            }
            p->prepare();
            bool wake = false;
            {
                std::lock_guard lock(mutex);
                todo.pop_front();
                ++prepared;
                wake = waiting;
            }
            if (wake)
                changed.notify_all();
        }
    }
    /// The worker is woken for a batch of runs, not for each (or when it is waited for).
    void submit(Pending *p) {
        bool wake = false;
        {
            std::lock_guard lock(mutex);
            todo.push_back(p);
            wake = todo.size() == kWakeAfter;
        }
        if (wake)
            changed.notify_all();
    }
    /// Runs prepared so far; with `atLeast`, waits until there are that many.
    int done(int atLeast = 0) {
        std::unique_lock lock(mutex);
        if (prepared >= atLeast)
            return prepared;
        waiting = true;
        changed.notify_all(); // the worker may be asleep with fewer than kWakeAfter runs
        changed.wait(lock, [&] { return prepared >= atLeast; });
        waiting = false;
        return prepared;
    }
};

struct SqliteScoresWriter::Statements {
    sqlite3 *db = nullptr;
    Statement agencyFind, agencyInsert, agencyUpdate, assessmentFind, assessmentInsert,
        assessmentUpdate, nodesDelete, nodeInsert, nodeInsertBatch, ledgerInsert;
};

SqliteScoresWriter::SqliteScoresWriter(Database &db, const FrameworkRegistry &registry,
                                       Options options)
    : m_db(db)
    , m_registry(registry)
    , m_options(options) {}

SqliteScoresWriter::~SqliteScoresWriter() {
    close();
}

void SqliteScoresWriter::close() {
    m_worker.reset(); // joined: it no longer reads the runs, which go next
    m_pending.clear();
    m_submitted = m_stored = 0;
    m_s.reset();
    if (!m_previousCacheSize.isEmpty())
        // Only a speed setting of this connection: failing to restore it loses nothing.
        (void)m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previousCacheSize));
    m_previousCacheSize.clear();
}

QString SqliteScoresWriter::error() const {
    return QString::fromUtf8(sqlite3_errmsg(m_s->db));
}

QString SqliteScoresWriter::start() {
    auto *handle = static_cast<sqlite3 *>(m_db.sqliteHandle());
    if (!handle)
        return QStringLiteral("the database connection is not SQLite's");
    m_s = std::make_unique<Statements>();
    m_worker = std::make_unique<Worker>();
    m_s->db = handle;
    {
        // A larger page cache while the import writes (within the memory a national file may
        // take); set back when done.
        QSqlQuery q(m_db.connection());
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
            m_previousCacheSize = q.value(0).toString();
        (void)m_db.exec(QStringLiteral("PRAGMA cache_size = -49152")); // speed only
    }
    QByteArray nodeBatchSql("INSERT INTO score_nodes (assessment_id, position, code, title, "
                            "stated_score, stated_grade, computed_score) VALUES ");
    for (int row = 0; row < kNodeBatch; ++row)
        nodeBatchSql += row == 0 ? "(?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?)";
    const std::pair<Statement *, const char *> sql[] = {
        {&m_s->agencyFind,
         "SELECT id, province, agency_group, parent FROM agencies WHERE name = ?"},
        {&m_s->agencyInsert, "INSERT INTO agencies (name) VALUES (?)"},
        {&m_s->agencyUpdate,
         "UPDATE agencies SET province = ?, agency_group = ?, parent = ? WHERE id = ?"},
        {&m_s->assessmentFind,
         "SELECT id FROM assessments WHERE agency_id = ? AND fiscal_year = ?"},
        {&m_s->assessmentInsert,
         "INSERT INTO assessments (agency_id, fiscal_year, framework_id, fixed_threshold, "
         "maintain_threshold) VALUES (?, ?, ?, ?, ?)"},
        {&m_s->assessmentUpdate, "UPDATE assessments SET framework_id = ?, fixed_threshold = ?, "
                                 "maintain_threshold = ? WHERE id = ?"},
        {&m_s->nodesDelete, "DELETE FROM score_nodes WHERE assessment_id = ?"},
        {&m_s->nodeInsert,
         "INSERT INTO score_nodes (assessment_id, position, code, title, stated_score, "
         "stated_grade, computed_score) VALUES (?, ?, ?, ?, ?, ?, ?)"},
        {&m_s->nodeInsertBatch, nodeBatchSql.constData()},
        // A key left behind by an assessment deleted outside the program is overwritten, as
        // StateLedger::seal() does.
        {&m_s->ledgerInsert, "INSERT INTO state_digests (key, rows) VALUES (?, ?) ON CONFLICT "
                             "(key) DO UPDATE SET rows = excluded.rows"},
    };
    for (const auto &[statement, text] : sql)
        if (sqlite3_prepare_v2(m_s->db, text, -1, &statement->stmt, nullptr) != SQLITE_OK)
            return error();
    return {};
}

QString SqliteScoresWriter::agencyOf(const QString &name, AgencyState **state) {
    auto it = m_agencies.find(name);
    if (it != m_agencies.end()) {
        *state = &*it;
        return {};
    }
    AgencyState a;
    Statement &find = m_s->agencyFind;
    find.reset();
    find.bind(1, name);
    const int rc = sqlite3_step(find.stmt);
    if (rc == SQLITE_ROW) {
        a.id = sqlite3_column_int64(find.stmt, 0);
        a.stored = true;
        const auto text = [&](int c) {
            return QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(find.stmt, c)),
                sqlite3_column_bytes(find.stmt, c));
        };
        a.attributes = {text(1), text(2), text(3)};
    } else if (rc != SQLITE_DONE) {
        return error();
    } else {
        Statement &insert = m_s->agencyInsert;
        insert.reset();
        insert.bind(1, name);
        if (sqlite3_step(insert.stmt) != SQLITE_DONE)
            return error();
        a.id = sqlite3_last_insert_rowid(m_s->db);
        m_db.touch(StateLedger::agencyKey(a.id)); // its ledger row is written at the commit
    }
    find.reset();
    *state = &*m_agencies.insert(name, a);
    return {};
}

QString SqliteScoresWriter::take(const Assessment &run, bool first, int line) {
    const Framework *fw = m_registry.byId(run.frameworkId);
    if (!fw)
        return Messages::tr("unknown framework \"%1\"").arg(run.frameworkId);
    const QString key = groupKey(run.agency, run.fiscalYear);
    GroupState *group = nullptr;
    if (first) {
        if (!m_frameworks.contains(fw->id)) {
            QSqlQuery q(m_db.connection());
            q.prepare(
                QStringLiteral("INSERT OR IGNORE INTO frameworks (id, definition) VALUES (?, ?)"));
            q.addBindValue(fw->id);
            q.addBindValue(QString::fromUtf8(m_registry.definition(fw->id)));
            if (!q.exec())
                return q.lastError().text();
            m_frameworks.insert(fw->id, true);
            m_db.touch(StateLedger::frameworkKey(fw->id));
        }
        AgencyState *agency = nullptr;
        if (QString e = agencyOf(run.agency, &agency); !e.isEmpty())
            return e;
        GroupState g;
        Statement &find = m_s->assessmentFind;
        find.reset();
        find.bind(1, agency->id);
        find.bind(2, run.fiscalYear);
        const int rc = sqlite3_step(find.stmt);
        if (rc == SQLITE_ROW) {
            g.id = sqlite3_column_int64(find.stmt, 0);
            find.reset();
            if (!m_options.replace)
                return Messages::tr(
                           "\"%1\" already has fiscal year %2 in %3; nothing was imported (use "
                           "--replace to overwrite it)")
                    .arg(run.agency)
                    .arg(run.fiscalYear)
                    .arg(m_db.path());
            // Keep the assessment's row (and its id, which plans refer to); renew its scores.
            // Its ledger rows are sealed anew from the file before the commit, as an edit's.
            g.replaced = true;
            Statement &update = m_s->assessmentUpdate;
            update.reset();
            update.bind(1, fw->id);
            update.bind(2, run.fixedThreshold);
            update.bind(3, run.maintainThreshold);
            update.bind(4, g.id);
            if (sqlite3_step(update.stmt) != SQLITE_DONE)
                return error();
            Statement &remove = m_s->nodesDelete;
            remove.reset();
            remove.bind(1, g.id);
            if (sqlite3_step(remove.stmt) != SQLITE_DONE)
                return error();
            m_db.touch(StateLedger::assessmentKey(g.id));
        } else if (rc != SQLITE_DONE) {
            return error();
        } else {
            find.reset();
            Statement &insert = m_s->assessmentInsert;
            insert.reset();
            insert.bind(1, agency->id);
            insert.bind(2, run.fiscalYear);
            insert.bind(3, fw->id);
            insert.bind(4, run.fixedThreshold);
            insert.bind(5, run.maintainThreshold);
            if (sqlite3_step(insert.stmt) != SQLITE_DONE)
                return error();
            g.id = sqlite3_last_insert_rowid(m_s->db);
        }
        g.imported = m_imported.size();
        m_imported.push_back({run.agency, run.fiscalYear, fw->id, 0, 0});
        group = &*m_groups.insert(key, g);
    } else {
        group = &m_groups[key];
        group->apart = true;
    }

    // The ledger's row of a new assessment is made from the values as they are bound (the
    // digest reads each as SQLite's text of it; StateLedger::verify() after every import test
    // checks that the two agree). An assessment replaced, or whose rows come apart in the
    // file, is sealed from the stored rows at the commit instead.
    if (!first)
        m_db.touch(StateLedger::assessmentKey(group->id));
    auto p = std::make_unique<Pending>();
    p->run = run;
    p->framework = fw;
    p->assessmentId = group->id;
    p->start = group->next;
    p->first = first;
    p->seal = first && !group->replaced;
    p->line = line;
    group->next += int(run.entries.size());
    Imported &imported = m_imported[group->imported];
    imported.lines += int(run.entries.size());
    for (const ScoreEntry &e : run.entries)
        imported.scored += e.stated.has_value();
    // Prepared on the worker while the reader reads on; stored, in order, when done.
    m_worker->submit(p.get());
    m_pending.push_back(std::move(p));
    ++m_submitted;
    storePrepared(m_submitted - kMaxPending);
    return {};
}

std::vector<ScoreSink::Late> SqliteScoresWriter::late(bool end) {
    if (end)
        storePrepared(m_submitted);
    return std::exchange(m_late, {});
}

void SqliteScoresWriter::storePrepared(int atLeast) {
    if (m_pending.empty())
        return;
    // Every run the worker is done with, and at least the first `atLeast` submitted.
    const int done = m_worker->done(std::max(0, atLeast));
    while (!m_pending.empty() && m_stored < done) {
        // After a refusal nothing more is written: the import will store nothing.
        if (m_late.empty())
            if (QString e = write(*m_pending.front()); !e.isEmpty())
                m_late.push_back({m_pending.front()->line, e});
        m_pending.pop_front();
        ++m_stored;
    }
}

QString SqliteScoresWriter::write(Pending &p) {
    if (sqlite3_get_autocommit(m_s->db)) // the transaction is gone: nothing may be written
        return Messages::tr("the import's transaction has ended; nothing more is stored");
    // The rows go in kNodeBatch at a time, one statement each (SQLite's cost per statement
    // was a sixth of the import); the rest, and a batch SQLite refused (its rows are undone
    // with the statement), one at a time, so that a refusal names its row.
    const size_t count = p.run.entries.size();
    const auto bindRow = [&](Statement &st, int row, size_t k) {
        const int at = row * 7;
        st.bind(at + 1, p.assessmentId);
        st.bind(at + 2, p.start + int(k));
        st.bindStatic(at + 3, p.texts[3 * k]); // `p` outlives every step below
        st.bindStatic(at + 4, p.texts[3 * k + 1]);
        st.bind(at + 5, p.run.entries[k].stated);
        st.bindStatic(at + 6, p.texts[3 * k + 2]);
        st.bind(at + 7, p.computed.empty() ? std::nullopt : p.computed[k]);
    };
    Statement &insert = m_s->nodeInsert;
    Statement &batch = m_s->nodeInsertBatch;
    const auto unbind = qScopeGuard([&] { // nothing is left pointing at `p`
        sqlite3_clear_bindings(batch.stmt);
        sqlite3_clear_bindings(insert.stmt);
    });
    for (size_t k = 0; k < count;) {
        if (count - k >= size_t(kNodeBatch)) {
            batch.reset();
            for (int row = 0; row < kNodeBatch; ++row)
                bindRow(batch, row, k + size_t(row));
            const int rc = sqlite3_step(batch.stmt);
            if (rc == SQLITE_DONE) {
                k += size_t(kNodeBatch);
                continue;
            }
            const QString why = error();
            batch.reset();
            // Only a refused row (a constraint) is looked for one row at a time. Any other
            // failure (a full disk, an I/O error) is said as it is: SQLite may have ended the
            // transaction with it, and a row written now would be committed on its own.
            if ((rc & 0xff) != SQLITE_CONSTRAINT || sqlite3_get_autocommit(m_s->db))
                return Messages::tr("%1 %2: %3").arg(p.run.agency).arg(p.run.fiscalYear).arg(why);
        }
        const size_t end = std::min(count, k + size_t(kNodeBatch));
        for (; k < end; ++k) {
            insert.reset();
            bindRow(insert, 0, k);
            if (sqlite3_step(insert.stmt) != SQLITE_DONE)
                return Messages::tr("%1 %2, %3: %4")
                    .arg(p.run.agency)
                    .arg(p.run.fiscalYear)
                    .arg(p.run.entries[k].code, error());
        }
    }
    if (p.seal) {
        Statement &seal = m_s->ledgerInsert;
        seal.reset();
        seal.bind(1, StateLedger::assessmentKey(p.assessmentId));
        sqlite3_bind_blob(seal.stmt, 2, p.ledger.constData(), int(p.ledger.size()), SQLITE_STATIC);
        const int rc = sqlite3_step(seal.stmt);
        sqlite3_clear_bindings(seal.stmt);
        if (rc != SQLITE_DONE)
            return error();
    }
    return {};
}

QString
SqliteScoresWriter::finish(const std::vector<std::pair<QString, AgencyAttributes>> &attributes) {
    // A reader that did not ask late(true) (one assessment of a JSON file) has it stored here.
    storePrepared(m_submitted);
    if (!m_late.empty())
        return m_late.front().text;
    std::vector<AuditChange> audit;
    audit.reserve(m_imported.size());
    for (const Imported &i : m_imported)
        audit.push_back({QStringLiteral("%1 %2").arg(i.agency).arg(i.fiscalYear),
                         QStringLiteral("assessment"), QStringLiteral("import"), QString(),
                         QStringLiteral("%1 lines, %2 scores, framework %3")
                             .arg(i.lines)
                             .arg(i.scored)
                             .arg(i.frameworkId)});

    // The agencies' attributes. One already stored with another non-empty value may be another
    // agency of the same name (Thai local administrations share names across provinces).
    QStringList conflicts;
    int moreConflicts = 0;
    for (const auto &[name, given] : attributes) {
        auto it = m_agencies.find(name);
        if (it == m_agencies.end() || given.isEmpty())
            continue;
        AgencyState &agency = *it;
        const AgencyAttributes before = agency.attributes;
        QStringList differs;
        if (agency.stored)
            for (const auto &[key, member] : before.conflictsWith(given))
                differs << Messages::tr("%1 \"%2\" stored, \"%3\" in the file")
                               .arg(QString::fromLatin1(key), before.*member, given.*member);
        if (!differs.isEmpty() && !m_options.merge) {
            if (conflicts.size() < 20)
                conflicts << Messages::tr("\"%1\" is already in %2 with other details (%3)")
                                 .arg(name, m_db.path(), differs.join(QStringLiteral("; ")));
            else
                ++moreConflicts;
            continue;
        }
        const AgencyAttributes after = before.mergedWith(given);
        if (after == before)
            continue;
        for (AuditChange &change : AgencyRepository::changes(name, before, after))
            audit.push_back(std::move(change));
        Statement &update = m_s->agencyUpdate;
        update.reset();
        update.bind(1, after.province);
        update.bind(2, after.group);
        update.bind(3, after.parent);
        update.bind(4, agency.id);
        if (sqlite3_step(update.stmt) != SQLITE_DONE)
            return error();
        agency.attributes = after;
        m_db.touch(StateLedger::agencyKey(agency.id));
    }
    if (!conflicts.isEmpty()) {
        if (moreConflicts > 0)
            conflicts << Messages::tr("and %1 more agencies").arg(moreConflicts);
        return conflicts.join(u'\n') + u'\n' +
               Messages::tr("An agency of the same name may be another agency (local "
                            "administrations share names across provinces): rename it in the "
                            "file, for example with its province, or, if it is the same agency, "
                            "import again with --merge and the file's values replace the stored "
                            "ones. Nothing was imported.");
    }

    close();
    AssessmentRepository repository(m_db);
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it)
        if (it->apart)
            if (QString e = repository.refreshComputed(it->id); !e.isEmpty())
                return e;
    return AuditLog(m_db).append(audit);
}

} // namespace ita
