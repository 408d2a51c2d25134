#include "StateLedger.h"

#include "RowBatch.h"

#include "Database.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#if ITA_HAVE_OPENSSL_SHA
#define OPENSSL_SUPPRESS_DEPRECATED // SHA256_Init and the like: the fastest for small rows
#include <openssl/sha.h>
#endif

#include <algorithm>
#include <charconv>
#include <cstring>
#include <functional>
#include <map>
#include <span>

namespace ita {

namespace {

/// One row of a packed value, read in place: its label's UTF-8 and its digest point into the
/// value (or into a row just computed, `fresh`).
struct PackedRow {
    QByteArrayView label;
    QByteArrayView digest;
    bool fresh = false;
};

/// The order pack() writes: by the labels' bytes, as QByteArray's operator< compares.
bool byLabel(const PackedRow &x, const PackedRow &y) {
    const int c = std::memcmp(x.label.data(), y.label.data(),
                              size_t(std::min(x.label.size(), y.label.size())));
    return c < 0 || (c == 0 && x.label.size() < y.label.size());
}

/// The rows of a packed value in its order; nothing when it is cut short.
std::optional<std::vector<PackedRow>> packedRows(QByteArrayView packed, qsizetype digestSize) {
    std::vector<PackedRow> rows;
    const auto *p = reinterpret_cast<const unsigned char *>(packed.data());
    const qsizetype size = packed.size();
    for (qsizetype at = 0; at < size;) {
        if (size - at < 4)
            return std::nullopt;
        const quint64 n = (quint64(p[at]) << 24) | (quint64(p[at + 1]) << 16) |
                          (quint64(p[at + 2]) << 8) | quint64(p[at + 3]);
        at += 4;
        if (quint64(size - at) < n + quint64(digestSize))
            return std::nullopt;
        rows.push_back(
            {packed.sliced(at, qsizetype(n)), packed.sliced(at + qsizetype(n), digestSize)});
        at += qsizetype(n) + digestSize;
    }
    return rows;
}

/// pack() of rows already in its order.
QByteArray packSorted(const std::vector<PackedRow> &rows, qsizetype digestSize) {
    qsizetype size = 0;
    for (const PackedRow &row : rows)
        size += 4 + row.label.size() + digestSize;
    QByteArray out(size, Qt::Uninitialized);
    char *at = out.data();
    for (const PackedRow &row : rows) {
        const quint32 n = quint32(row.label.size());
        *at++ = char(n >> 24);
        *at++ = char(n >> 16);
        *at++ = char(n >> 8);
        *at++ = char(n);
        std::memcpy(at, row.label.data(), size_t(n));
        at += n;
        const qsizetype kept = std::min<qsizetype>(row.digest.size(), digestSize);
        std::memcpy(at, row.digest.data(), size_t(kept));
        std::memset(at + kept, 0, size_t(digestSize - kept));
        at += digestSize;
    }
    return out;
}

/// The queries that read one key's rows: the first column labels the row, the others are its
/// content. `?` is bound to the key's arguments, in order, once per `?`.
struct Source {
    const char *sql;
    /// Which part of a plan the rows belong to (StateLedger::planMeasureKey, planStepKey);
    /// the rows of a part are the source's narrowed to one measure position (and step
    /// position), which such sources end ready for.
    enum class Part { Whole, Measure, Step } part = Part::Whole;
    int since = 8; ///< the schema that has its columns: migrations seal older files
};

const Source kAssessment[] = {
    {"SELECT 'assessment', fiscal_year, framework_id, fixed_threshold, maintain_threshold "
     "FROM assessments WHERE id = ?"},
    {"SELECT code, position, title, stated_score, stated_grade FROM score_nodes "
     "WHERE assessment_id = ?"},
    {"SELECT 'recommendation ' || position, code, text FROM recommendations "
     "WHERE assessment_id = ?"},
    {"SELECT 'text ' || key, text FROM report_texts WHERE assessment_id = ?"},
};

const Source kAgency[] = {
    {"SELECT 'agency', name, full_name FROM agencies WHERE id = ?"},
    {"SELECT 'attributes', province, agency_group, parent FROM agencies WHERE id = ?",
     Source::Part::Whole, 9},
    {"SELECT 'unit ' || abbreviation, position, name FROM units WHERE agency_id = ?"},
    {"SELECT 'unit roles ' || abbreviation, roles FROM units WHERE agency_id = ?",
     Source::Part::Whole, 11},
};

// A plan is found by agency and year: saving a plan stores it anew under a new id.
#define ITA_PLAN_MEASURES                                                                          \
    "FROM measures m JOIN plans p ON p.id = m.plan_id WHERE p.agency_id = ? AND p.fiscal_year = ?"
const Source kPlan[] = {
    {"SELECT 'plan', based_on_year FROM plans WHERE agency_id = ? AND fiscal_year = ?"},
    {"SELECT 'measure ' || m.position, m.title, m.reporting_cadence, m.reporting_to, "
     "m.notes " ITA_PLAN_MEASURES,
     Source::Part::Measure},
    {"SELECT 'measure ' || m.position || ' draft', m.draft, m.origin " ITA_PLAN_MEASURES,
     Source::Part::Measure, 11},
    {"SELECT 'measure ' || m.position || ' item ' || i.code, i.position FROM measure_items i "
     "JOIN measures m ON m.id = i.measure_id JOIN plans p ON p.id = m.plan_id "
     "WHERE p.agency_id = ? AND p.fiscal_year = ?",
     Source::Part::Measure},
    {"SELECT 'measure ' || m.position || ' monitoring ' || a.position, a.text "
     "FROM monitoring_actions a JOIN measures m ON m.id = a.measure_id "
     "JOIN plans p ON p.id = m.plan_id WHERE p.agency_id = ? AND p.fiscal_year = ?",
     Source::Part::Measure},
    {"SELECT 'measure ' || m.position || ' step ' || s.position, s.text, s.start_month, "
     "s.end_month, s.status, s.percent, s.actual_start, s.actual_finish FROM steps s "
     "JOIN measures m ON m.id = s.measure_id JOIN plans p ON p.id = m.plan_id "
     "WHERE p.agency_id = ? AND p.fiscal_year = ?",
     Source::Part::Step},
    {"SELECT 'measure ' || m.position || ' step ' || s.position || ' draft', s.draft FROM steps s "
     "JOIN measures m ON m.id = s.measure_id JOIN plans p ON p.id = m.plan_id "
     "WHERE p.agency_id = ? AND p.fiscal_year = ?",
     Source::Part::Step, 11},
    {"SELECT 'measure ' || m.position || ' step ' || s.position || ' unit ' || u.abbreviation, "
     "su.position FROM step_units su JOIN units u ON u.id = su.unit_id "
     "JOIN steps s ON s.id = su.step_id JOIN measures m ON m.id = s.measure_id "
     "JOIN plans p ON p.id = m.plan_id WHERE p.agency_id = ? AND p.fiscal_year = ?",
     Source::Part::Step},
    {"SELECT 'measure ' || m.position || ' step ' || s.position || ' evidence ' || e.position, "
     "e.url FROM step_evidence e JOIN steps s ON s.id = e.step_id "
     "JOIN measures m ON m.id = s.measure_id JOIN plans p ON p.id = m.plan_id "
     "WHERE p.agency_id = ? AND p.fiscal_year = ?",
     Source::Part::Step},
    {"SELECT 'publication ' || o.code, o.position, o.preparer, o.collector, o.frequency, o.url, "
     "o.done FROM oit_publications o JOIN plans p ON p.id = o.plan_id "
     "WHERE p.agency_id = ? AND p.fiscal_year = ?"},
    {"SELECT 'website', website FROM plans WHERE agency_id = ? AND fiscal_year = ?",
     Source::Part::Whole, 13},
    {"SELECT 'publication ' || o.code || ' checklist', o.elements, o.explanation "
     "FROM oit_publications o JOIN plans p ON p.id = o.plan_id "
     "WHERE p.agency_id = ? AND p.fiscal_year = ?",
     Source::Part::Whole, 13},
    {"SELECT 'publication ' || l.code || ' link ' || l.position, l.url, l.file, l.title, "
     "l.info_date, l.covers_year FROM oit_links l JOIN plans p ON p.id = l.plan_id "
     "WHERE p.agency_id = ? AND p.fiscal_year = ?",
     Source::Part::Whole, 13},
};
#undef ITA_PLAN_MEASURES

const Source kLibrary[] = {
    {"SELECT 'entry ' || id, position, definition FROM library_entries", Source::Part::Whole, 11},
};

const Source kFramework[] = {
    {"SELECT 'definition', definition FROM frameworks WHERE id = ?"},
};

/// The full digest of a row read through Qt: its columns after the first (the label).
QByteArray digestOf(const QSqlQuery &q, bool sqliteText) {
    RowDigest digest(sqliteText);
    const int columns = q.record().count();
    for (int c = 1; c < columns; ++c) {
        const QVariant v = q.value(c);
        if (v.isNull()) {
            digest.addNull();
        } else {
            const QByteArray text = v.toString().toUtf8();
            digest.addText(text.constData(), size_t(text.size()));
        }
    }
    return digest.result();
}

struct KeyParts {
    QString kind;
    QStringList args;
};

KeyParts parts(const QString &key) {
    const QStringList words = key.split(u' ');
    return {words.value(0), words.mid(1)};
}

} // namespace

// OpenSSL's SHA-256 uses the processor's SHA instructions: a sixth of the time Qt's takes.
struct RowDigest::State {
#if ITA_HAVE_OPENSSL_SHA
    SHA256_CTX hash;
    State() {
        reset();
    }
    void reset() {
        SHA256_Init(&hash);
    }
    void add(const void *data, size_t size) {
        SHA256_Update(&hash, data, size);
    }
    QByteArray result() {
        unsigned char sum[SHA256_DIGEST_LENGTH];
        SHA256_Final(sum, &hash);
        return QByteArray(reinterpret_cast<const char *>(sum), sizeof sum);
    }
#else
    QCryptographicHash hash{QCryptographicHash::Sha256};
    void reset() {
        hash.reset();
    }
    void add(const void *data, size_t size) {
        hash.addData(QByteArrayView(static_cast<const char *>(data), qsizetype(size)));
    }
    QByteArray result() {
        return hash.result();
    }
#endif
};

RowDigest::RowDigest(bool sqliteText)
    : m_state(std::make_unique<State>())
    , m_sqliteText(sqliteText) {}

RowDigest::~RowDigest() = default;

// A null and an empty text differ; fields are separated so that none runs into the next.
void RowDigest::addNull() {
    m_state->add("\x01\x1f", 2);
}

void RowDigest::addText(const char *utf8, size_t size) {
    // U+FFFE and U+FFFF are digested as U+FFFD, which is what SQLite gives back for them when
    // a row is read as UTF-16 (Qt's driver does): a file written by a version that let them in
    // reads back as it was sealed. Readers refuse them now (domain/Text.h).
    const char *from = utf8;
    const char *const end = utf8 + size;
    for (const char *at = m_sqliteText ? from : end;
         (at = static_cast<const char *>(memchr(at, '\xEF', size_t(end - at)))) != nullptr;) {
        if (end - at >= 3 && at[1] == '\xBF' && (at[2] == '\xBE' || at[2] == '\xBF')) {
            m_state->add(from, size_t(at - from));
            m_state->add("\xEF\xBF\xBD", 3);
            from = at += 3;
        } else {
            ++at;
        }
    }
    m_state->add(from, size_t(end - from));
    m_state->add("\x1f", 1);
}

void RowDigest::addInteger(qint64 value) {
    char text[24];
    const auto end = std::to_chars(text, text + sizeof text, value).ptr;
    addText(text, size_t(end - text));
}

void RowDigest::addScore(const std::optional<Score> &score) {
    if (score)
        addInteger(score->hundredths());
    else
        addNull();
}

QByteArray RowDigest::result() {
    QByteArray sum = m_state->result();
    m_state->reset(); // ready for the next row
    return sum;
}

QByteArray StateLedger::pack(std::vector<std::pair<QByteArray, QByteArray>> rows) {
    std::vector<PackedRow> views;
    views.reserve(rows.size());
    for (const auto &[label, digest] : rows)
        views.push_back({label, digest});
    std::sort(views.begin(), views.end(), byLabel);
    return packSorted(views, digestSize);
}

std::optional<StateLedger::Rows> StateLedger::unpack(const QByteArray &packed) {
    const auto views = packedRows(packed, digestSize);
    if (!views)
        return std::nullopt;
    Rows rows;
    for (const PackedRow &row : *views)
        if (!rows.emplace(QString::fromUtf8(row.label), row.digest.toByteArray()).second)
            return std::nullopt; // a label twice: not what pack() writes
    return rows;
}

QByteArray StateLedger::stored(QByteArray full) const {
    if (packed()) {
        full.truncate(digestSize);
        return full;
    }
    return full.toHex();
}

QString StateLedger::assessmentKey(qint64 id) {
    return QStringLiteral("assessment %1").arg(id);
}

QString StateLedger::planKey(qint64 agencyId, int fiscalYear) {
    return QStringLiteral("plan %1 %2").arg(agencyId).arg(fiscalYear);
}

QString StateLedger::agencyKey(qint64 id) {
    return QStringLiteral("agency %1").arg(id);
}

QString StateLedger::libraryKey() {
    return QStringLiteral("library");
}

QString StateLedger::frameworkKey(const QString &id) {
    return QStringLiteral("framework %1").arg(id);
}

QString StateLedger::planMeasureKey(qint64 agencyId, int fiscalYear, int measure) {
    return QStringLiteral("%1 measure %2").arg(planKey(agencyId, fiscalYear)).arg(measure);
}

QString StateLedger::planStepKey(qint64 agencyId, int fiscalYear, int measure, int step) {
    return QStringLiteral("%1 step %2")
        .arg(planMeasureKey(agencyId, fiscalYear, measure))
        .arg(step);
}

Result<std::vector<StateLedger::Row>> StateLedger::rowsOf(const QString &key, int onlySince) const {
    using R = Result<std::vector<Row>>;
    const KeyParts p = parts(key);
    std::span<const Source> sources;
    if (p.kind == u"assessment")
        sources = kAssessment;
    else if (p.kind == u"agency")
        sources = kAgency;
    else if (p.kind == u"plan")
        sources = kPlan;
    else if (p.kind == u"framework")
        sources = kFramework;
    else if (p.kind == u"library")
        sources = kLibrary;
    else
        return R::failure(QStringLiteral("unknown ledger key \"%1\"").arg(key));
    std::vector<Row> rows;
    for (const Source &source : sources) {
        if (source.since > m_schema || (onlySince > 0 && source.since != onlySince))
            continue;
        QSqlQuery q = m_db.prepared(QString::fromUtf8(source.sql));
        // A framework id may hold spaces: everything after the kind is its one argument.
        if (p.kind == u"framework")
            q.addBindValue(p.args.join(u' '));
        else
            for (const QString &a : p.args)
                q.addBindValue(a.toLongLong());
        if (!q.exec())
            return R::failure(q.lastError().text());
        while (q.next())
            rows.push_back({q.value(0).toString(),
                            stored(digestOf(q, m_db.backend() == Database::Backend::File))});
        // A read can fail too (a full disk met while spilling the transaction's pages): the
        // rows read so far are not all of them, and SQLite may have ended the transaction.
        if (q.lastError().isValid())
            return R::failure(q.lastError().text());
    }
    return rows;
}

Result<QStringList> StateLedger::allKeys() const {
    QStringList keys;
    const std::pair<const char *, std::function<QString(const QSqlQuery &)>> lists[] = {
        {"SELECT id FROM assessments",
         [](const QSqlQuery &q) {
             return assessmentKey(q.value(0).toLongLong());
         }},
        {"SELECT id FROM agencies",
         [](const QSqlQuery &q) {
             return agencyKey(q.value(0).toLongLong());
         }},
        {"SELECT agency_id, fiscal_year FROM plans",
         [](const QSqlQuery &q) {
             return planKey(q.value(0).toLongLong(), q.value(1).toInt());
         }},
        {"SELECT id FROM frameworks",
         [](const QSqlQuery &q) {
             return frameworkKey(q.value(0).toString());
         }},
    };
    for (const auto &[sql, key] : lists) {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QString::fromUtf8(sql)))
            return Result<QStringList>::failure(q.lastError().text());
        while (q.next())
            keys << key(q);
    }
    if (m_schema >= 11) // one key for the file's whole measures library
        keys << libraryKey();
    return keys;
}

Result<StateLedger::Rows> StateLedger::sealed(const QString &key, bool *unreadable) const {
    using R = Result<Rows>;
    QSqlQuery q =
        m_db.prepared(packed() ? QStringLiteral("SELECT rows FROM state_digests WHERE key = ?")
                               : QStringLiteral("SELECT row, digest FROM state_ledger "
                                                "WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return R::failure(q.lastError().text());
    Rows rows;
    while (q.next()) {
        if (!packed()) {
            rows[q.value(0).toString()] = q.value(1).toString().toLatin1();
            continue;
        }
        auto unpacked = unpack(q.value(0).toByteArray());
        if (!unpacked && unreadable) {
            *unreadable = true;
            return Rows();
        }
        if (!unpacked)
            return R::failure(tr("the ledger's row of %1 cannot be read").arg(key));
        rows = std::move(*unpacked);
    }
    return rows;
}

QString StateLedger::store(const QString &key, const Rows &rows) {
    if (packed()) {
        if (rows.empty()) {
            QSqlQuery remove =
                m_db.prepared(QStringLiteral("DELETE FROM state_digests WHERE key = ?"));
            remove.addBindValue(key);
            return remove.exec() ? QString() : remove.lastError().text();
        }
        std::vector<std::pair<QByteArray, QByteArray>> list;
        list.reserve(rows.size());
        for (const auto &[label, digest] : rows)
            list.emplace_back(label.toUtf8(), digest);
        QSqlQuery upsert = m_db.prepared(
            QStringLiteral("INSERT INTO state_digests (key, rows) VALUES (?, ?) ON CONFLICT (key) "
                           "DO UPDATE SET rows = excluded.rows"));
        upsert.addBindValue(key);
        upsert.addBindValue(pack(std::move(list)));
        return upsert.exec() ? QString() : upsert.lastError().text();
    }
    QSqlQuery remove = m_db.prepared(QStringLiteral("DELETE FROM state_ledger WHERE key = ?"));
    remove.addBindValue(key);
    if (!remove.exec())
        return remove.lastError().text();
    RowBatch insert(m_db.connection(),
                    QStringLiteral("INSERT INTO state_ledger (key, row, digest)"), 3);
    for (const auto &[label, digest] : rows)
        if (QString e = insert.add({key, label, QString::fromLatin1(digest)}); !e.isEmpty())
            return e;
    return insert.flush();
}

QString StateLedger::seal(const QSet<QString> &keys) {
    for (const QString &key : keys) {
        if (const KeyParts p = parts(key); p.kind == u"plan" && p.args.size() > 2) {
            // A part of a plan: nothing to do when the whole plan is sealed anyway.
            if (keys.contains(planKey(p.args[0].toLongLong(), p.args[1].toInt())))
                continue;
            if (QString e = sealPart(key); !e.isEmpty())
                return e;
            continue;
        }
        auto rows = rowsOf(key);
        if (!rows)
            return rows.error();
        Rows sealed;
        for (Row &row : *rows)
            sealed[row.label] = std::move(row.digest);
        if (QString e = store(key, sealed); !e.isEmpty())
            return e;
    }
    return {};
}

QString StateLedger::extend(const QSet<QString> &keys) {
    for (const QString &key : keys) {
        auto added = rowsOf(key, m_schema);
        if (!added)
            return added.error();
        if (added->empty())
            continue;
        auto rows = sealed(key);
        if (!rows)
            return rows.error();
        for (Row &row : *added)
            (*rows)[row.label] = std::move(row.digest);
        if (QString e = store(key, *rows); !e.isEmpty())
            return e;
    }
    return {};
}

QString StateLedger::sealPart(const QString &key) {
    // "plan <agency> <year> measure <m>" or "plan <agency> <year> measure <m> step <s>"
    const KeyParts p = parts(key);
    const bool step = p.args.size() == 6;
    if ((p.args.size() != 4 && !step) || p.args[2] != u"measure" || (step && p.args[4] != u"step"))
        return QStringLiteral("unknown ledger key \"%1\"").arg(key);
    const QString whole = planKey(p.args[0].toLongLong(), p.args[1].toInt());
    QVariantList values{p.args[0].toLongLong(), p.args[1].toLongLong(), p.args[3].toLongLong()};
    QString label = QStringLiteral("measure %1").arg(p.args[3]);
    if (step) {
        values << p.args[5].toLongLong();
        label += QStringLiteral(" step %1").arg(p.args[5]);
    }
    // The part's own row and its children's ("measure 0 item E1", "measure 0 step 3 unit X")
    // are replaced; a measure's steps are not its children here, they are parts of their own.
    const QStringList owned = step ? QStringList{label, label + QStringLiteral(" unit "),
                                                 label + QStringLiteral(" evidence ")}
                                   : QStringList{label, label + QStringLiteral(" item "),
                                                 label + QStringLiteral(" monitoring ")};

    std::vector<std::pair<QString, QByteArray>> fresh; // the part's rows as they are now
    const Source::Part part = step ? Source::Part::Step : Source::Part::Measure;
    const QString narrow = step ? QStringLiteral(" AND m.position = ? AND s.position = ?")
                                : QStringLiteral(" AND m.position = ?");
    for (const Source &source : kPlan) {
        if (source.part != part || source.since > m_schema)
            continue;
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QString::fromUtf8(source.sql) + narrow);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            return q.lastError().text();
        while (q.next())
            fresh.emplace_back(q.value(0).toString(),
                               stored(digestOf(q, m_db.backend() == Database::Backend::File)));
    }
    if (packed())
        return splicePacked(whole, owned, fresh);

    // A value that cannot be read (changed outside the program) does not stop the edit: the
    // plan's other rows then have no digest, and verification keeps naming them.
    bool unreadable = false;
    auto found = sealed(whole, &unreadable);
    if (!found)
        return found.error();
    Rows rows = found.take();
    std::erase_if(rows, [&](const auto &row) {
        return row.first == owned[0] || row.first.startsWith(owned[1]) ||
               row.first.startsWith(owned[2]);
    });
    for (auto &[rowLabel, digest] : fresh)
        rows[rowLabel] = std::move(digest);
    return store(whole, rows);
}

QString StateLedger::splicePacked(const QString &key, const QStringList &owned,
                                  const std::vector<std::pair<QString, QByteArray>> &fresh) {
    // The plan's packed value is edited in place, as bytes: a 2,000-step plan holds some
    // 6,000 rows, which a drag of one bar would otherwise unpack into strings, sort and pack
    // again (most of the drag's time, issue 28). The result is what sealed(), replacing the
    // part's rows and store() would write, byte for byte.
    QSqlQuery q = m_db.prepared(QStringLiteral("SELECT rows FROM state_digests WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return q.lastError().text();
    QByteArray value;
    while (q.next())
        value = q.value(0).toByteArray();
    // A value that cannot be read (changed outside the program) does not stop the edit: the
    // plan's other rows then have no digest, and verification keeps naming them.
    std::vector<PackedRow> rows = packedRows(value, digestSize).value_or(std::vector<PackedRow>());
    const QByteArray own = owned[0].toUtf8();
    const QByteArray firstChild = owned[1].toUtf8();
    const QByteArray secondChild = owned[2].toUtf8();
    std::erase_if(rows, [&](const PackedRow &row) {
        return row.label == own || row.label.startsWith(firstChild) ||
               row.label.startsWith(secondChild);
    });
    std::vector<QByteArray> labels;
    labels.reserve(fresh.size());
    for (const auto &row : fresh)
        labels.push_back(row.first.toUtf8());
    for (size_t i = 0; i < fresh.size(); ++i)
        rows.push_back({labels[i], fresh[i].second, true});
    std::stable_sort(rows.begin(), rows.end(), byLabel); // kept before fresh among equals
    // One row per label, the fresh one winning; a label twice among the kept means a value
    // written by hand, which unpack() would not read: then only the fresh rows are kept.
    std::vector<PackedRow> out;
    out.reserve(rows.size());
    bool twice = false;
    for (const PackedRow &row : rows) {
        if (!out.empty() && out.back().label == row.label) {
            twice = twice || (!out.back().fresh && !row.fresh);
            if (row.fresh)
                out.back() = row;
            continue;
        }
        out.push_back(row);
    }
    if (twice)
        std::erase_if(out, [](const PackedRow &row) { return !row.fresh; });
    if (out.empty()) {
        QSqlQuery remove = m_db.prepared(QStringLiteral("DELETE FROM state_digests WHERE key = ?"));
        remove.addBindValue(key);
        return remove.exec() ? QString() : remove.lastError().text();
    }
    QSqlQuery upsert = m_db.prepared(
        QStringLiteral("INSERT INTO state_digests (key, rows) VALUES (?, ?) ON CONFLICT (key) "
                       "DO UPDATE SET rows = excluded.rows"));
    upsert.addBindValue(key);
    upsert.addBindValue(packSorted(out, digestSize));
    return upsert.exec() ? QString() : upsert.lastError().text();
}

QString StateLedger::sealAll() {
    if (QString e = m_db.exec(packed() ? QStringLiteral("DELETE FROM state_digests")
                                       : QStringLiteral("DELETE FROM state_ledger"));
        !e.isEmpty())
        return e;
    auto keys = allKeys();
    if (!keys)
        return keys.error();
    return seal(QSet<QString>(keys->begin(), keys->end()));
}

QString StateLedger::whereOf(const QString &key) const {
    const KeyParts p = parts(key);
    QSqlQuery q(m_db.connection());
    if (p.kind == u"assessment") {
        q.prepare(QStringLiteral("SELECT g.name, a.fiscal_year FROM assessments a JOIN agencies g "
                                 "ON g.id = a.agency_id WHERE a.id = ?"));
        q.addBindValue(p.args.value(0).toLongLong());
        if (q.exec() && q.next())
            return QStringLiteral("%1 %2").arg(q.value(0).toString()).arg(q.value(1).toInt());
    } else if (p.kind == u"plan") {
        q.prepare(QStringLiteral("SELECT name FROM agencies WHERE id = ?"));
        q.addBindValue(p.args.value(0).toLongLong());
        if (q.exec() && q.next())
            return QStringLiteral("%1 plan %2").arg(q.value(0).toString(), p.args.value(1));
    } else if (p.kind == u"agency") {
        q.prepare(QStringLiteral("SELECT name FROM agencies WHERE id = ?"));
        q.addBindValue(p.args.value(0).toLongLong());
        if (q.exec() && q.next())
            return q.value(0).toString();
    } else if (p.kind == u"framework") {
        return key;
    } else if (p.kind == u"library") {
        return tr("measures library");
    }
    return key; // gone: the key is all there is to name
}

Result<std::vector<StateLedger::Mismatch>>
StateLedger::verify(const std::function<bool(int, int)> &progress) const {
    using R = Result<std::vector<Mismatch>>;
    // Key by key, so that a national file's 4 million digests are never in memory at once.
    auto keys = allKeys();
    if (!keys)
        return R::failure(keys.error());
    std::vector<Mismatch> out;
    const int total = int(keys->size());
    int done = 0;
    for (const QString &key : *keys) {
        if (progress && done % 64 == 0 && !progress(done, total))
            return R::failure(cancelled());
        ++done;
        auto rows = rowsOf(key);
        if (!rows)
            return R::failure(rows.error());
        auto expected = sealed(key);
        if (!expected) { // a packed value that is no longer one: changed outside the program
            out.push_back({whereOf(key), tr("ledger"), Mismatch::Kind::Changed});
            continue;
        }
        for (const Row &row : *rows) {
            const auto it = expected->find(row.label);
            if (it == expected->end())
                out.push_back({whereOf(key), row.label, Mismatch::Kind::Added});
            else if (it->second != row.digest)
                out.push_back({whereOf(key), row.label, Mismatch::Kind::Changed});
            if (it != expected->end())
                expected->erase(it);
        }
        for (const auto &[label, digest] : *expected)
            out.push_back({whereOf(key), label, Mismatch::Kind::Removed});
    }
    // Whole keys whose data was removed outside the program.
    const QSet<QString> known(keys->begin(), keys->end());
    QStringList gone;
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (!q.exec(packed()
                        ? QStringLiteral("SELECT key FROM state_digests ORDER BY key")
                        : QStringLiteral("SELECT DISTINCT key FROM state_ledger ORDER BY key")))
            return R::failure(q.lastError().text());
        while (q.next())
            if (!known.contains(q.value(0).toString()))
                gone << q.value(0).toString();
    }
    for (const QString &key : gone) {
        auto rows = sealed(key);
        if (!rows) {
            out.push_back({key, tr("ledger"), Mismatch::Kind::Removed});
            continue;
        }
        for (const auto &[label, digest] : *rows)
            out.push_back({key, label, Mismatch::Kind::Removed});
    }
    if (progress)
        progress(total, total);
    return out;
}

QString StateLedger::cancelled() {
    return tr("the check was stopped before it ended");
}

QString StateLedger::Mismatch::text() const {
    switch (kind) {
    case Kind::Changed:
        return StateLedger::tr("%1, %2: changed outside ITA Planner").arg(where, row);
    case Kind::Added:
        return StateLedger::tr("%1, %2: added outside ITA Planner").arg(where, row);
    case Kind::Removed:
        return StateLedger::tr("%1, %2: removed outside ITA Planner").arg(where, row);
    }
    return {};
}

} // namespace ita
