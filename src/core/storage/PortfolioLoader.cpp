#include "PortfolioLoader.h"

#include "AgencyRepository.h"
#include "AssessmentRepository.h"
#include "Database.h"
#include "io/TextCache.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>
#include <QtConcurrent/QtConcurrentRun>

// The year's rows of a file are read through SQLite's own interface (readFileRows).
#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <numeric>
#include <string>
#include <string_view>
#include <unordered_map>

namespace ita {

namespace {

/// This file's messages, under one context for lupdate and the program alike.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::PortfolioLoader)
};

std::optional<Score> scoreFrom(const QVariant &v) {
    if (v.isNull())
        return std::nullopt;
    return Score::fromHundredths(v.toLongLong());
}

const char *columnOf(AgencyField field) {
    switch (field) {
    case AgencyField::Province:
        return "g.province";
    case AgencyField::Group:
        return "g.agency_group";
    case AgencyField::Parent:
        break;
    }
    return "g.parent";
}

/// The year's score rows of a file through SQLite's own interface, on the connection Qt opened
/// (as SqliteScoresWriter writes them): Qt's driver converts every text to UTF-16 and wraps every
/// value, and took twice the time of the rest of a national portfolio.
template <typename AddRow>
QString readFileRows(sqlite3 *handle, const QString &sql, const PortfolioSelection &selection,
                     const std::atomic<bool> &stop, AddRow &&addRow) {
    sqlite3_stmt *stmt = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &stmt, nullptr) != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(handle));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> finalise(stmt, &sqlite3_finalize);
    sqlite3_bind_int(stmt, 1, selection.year);
    if (selection.field) {
        const QByteArray value = selection.value.toUtf8();
        sqlite3_bind_text(stmt, 2, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    }
    TextCache texts;
    const auto textOf = [&](int column) {
        return texts.utf8(
            std::string_view(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)),
                             size_t(sqlite3_column_bytes(stmt, column))));
    };
    int rc = SQLITE_DONE;
    while (!stop.load() && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        ScoreEntry e;
        e.code = textOf(2);
        e.title = textOf(3);
        if (sqlite3_column_type(stmt, 4) != SQLITE_NULL)
            e.stated = Score::fromHundredths(sqlite3_column_int64(stmt, 4));
        e.statedGrade = textOf(5);
        addRow(sqlite3_column_int64(stmt, 0), sqlite3_column_int(stmt, 1), std::move(e));
    }
    if (!stop.load() && rc != SQLITE_DONE)
        return QString::fromUtf8(sqlite3_errmsg(handle));
    return {};
}

} // namespace

Result<PortfolioData> loadPortfolio(Database &db, const PortfolioSelection &selection,
                                    const std::function<bool(int, int)> &progress) {
    using R = Result<PortfolioData>;
    const int from = selection.from();
    // The selected agencies' assessments of the years asked for.
    const QString filter =
        selection.field
            ? QStringLiteral(" AND %1 = ?")
                  .arg(db.version() < 9 ? QStringLiteral("''") // read-only, not migrated
                                        : QString::fromLatin1(columnOf(*selection.field)))
            : QString();
    const auto bindFilter = [&](QSqlQuery &q) {
        if (selection.field)
            q.addBindValue(selection.value.isNull() ? QStringLiteral("") : selection.value);
    };
    QSqlQuery heads(db.connection());
    heads.setForwardOnly(true);
    heads.prepare(
        QStringLiteral("SELECT a.id, g.name, a.fiscal_year, a.framework_id, a.fixed_threshold, "
                       "a.maintain_threshold, %2 FROM assessments a JOIN agencies g ON g.id = "
                       "a.agency_id WHERE a.fiscal_year BETWEEN ? AND ?%1 ORDER BY a.id")
            .arg(filter, AgencyRepository::attributeColumns(db, QStringLiteral("g"))));
    heads.addBindValue(from);
    heads.addBindValue(selection.year);
    bindFilter(heads);
    if (!heads.exec())
        return R::failure(heads.lastError().text());
    std::vector<Assessment> current; // the year's, by id
    QHash<qint64, size_t> currentIndex;
    struct Earlier {
        qint64 id;
        QString agency;
        int year;
        QString frameworkId;
        std::optional<Score> overall;
    };
    std::vector<Earlier> earlier;
    QHash<qint64, size_t> earlierIndex;
    while (heads.next()) {
        const qint64 id = heads.value(0).toLongLong();
        if (heads.value(2).toInt() != selection.year) {
            earlierIndex.insert(id, earlier.size());
            earlier.push_back({id, heads.value(1).toString(), heads.value(2).toInt(),
                               heads.value(3).toString(), std::nullopt});
            continue;
        }
        Assessment a;
        a.agency = heads.value(1).toString();
        a.fiscalYear = heads.value(2).toInt();
        a.frameworkId = heads.value(3).toString();
        a.fixedThreshold = scoreFrom(heads.value(4));
        a.maintainThreshold = scoreFrom(heads.value(5));
        a.attributes = {heads.value(6).toString(), heads.value(7).toString(),
                        heads.value(8).toString()};
        currentIndex.insert(id, current.size());
        current.push_back(std::move(a));
    }
    if (progress && !progress(0, int(current.size())))
        return R::failure(Messages::tr("cancelled"));

    PortfolioData data;
    AssessmentRepository repository(db);
    const auto frameworkOf = [&](const QString &id) -> Result<const Framework *> {
        auto found = data.frameworks.find(id);
        if (found == data.frameworks.end()) {
            auto fw = repository.framework(id);
            if (!fw)
                return Result<const Framework *>::failure(fw.error());
            found = data.frameworks.emplace(id, fw.take()).first;
        }
        return &found->second;
    };
    // Every assessment's framework first (the file's definitions are read once each).
    std::vector<const Framework *> frameworkOfCurrent;
    frameworkOfCurrent.reserve(current.size());
    for (const Assessment &a : current) {
        auto fw = frameworkOf(a.frameworkId);
        if (!fw)
            return R::failure(fw.error());
        frameworkOfCurrent.push_back(*fw);
    }

    // The earlier years: the stated overall alone, one index lookup per assessment.
    if (!earlier.empty()) {
        QStringList roots;
        for (const Earlier &e : earlier) {
            auto fw = frameworkOf(e.frameworkId);
            if (!fw)
                return R::failure(fw.error());
            if (!(*fw)->nodes.empty() && !roots.contains((*fw)->nodes.front().code))
                roots << (*fw)->nodes.front().code;
        }
        if (!roots.isEmpty()) {
            QSqlQuery overall(db.connection());
            overall.setForwardOnly(true);
            overall.prepare(
                QStringLiteral("SELECT s.assessment_id, s.code, s.stated_score FROM assessments a "
                               "JOIN agencies g ON g.id = a.agency_id JOIN score_nodes s ON "
                               "s.assessment_id = a.id WHERE a.fiscal_year BETWEEN ? AND ?%1 AND "
                               "s.code IN (%2)")
                    .arg(
                        filter,
                        QStringList(roots.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
            overall.addBindValue(from);
            overall.addBindValue(selection.year - 1);
            bindFilter(overall);
            for (const QString &root : roots)
                overall.addBindValue(root);
            if (!overall.exec())
                return R::failure(overall.lastError().text());
            while (overall.next()) {
                const auto it = earlierIndex.constFind(overall.value(0).toLongLong());
                if (it == earlierIndex.cend() || overall.value(2).isNull())
                    continue;
                Earlier &e = earlier[*it];
                const Framework &fw = data.frameworks.at(e.frameworkId);
                if (!fw.nodes.empty() && overall.value(1).toString() == fw.nodes.front().code)
                    e.overall = scoreFrom(overall.value(2));
            }
        }
        // No stated overall: computed from the whole assessment, as the year's would be.
        for (Earlier &e : earlier) {
            if (e.overall)
                continue;
            auto whole = repository.load(e.id);
            if (!whole)
                return R::failure(whole.error());
            e.overall = overallScore(data.frameworks.at(e.frameworkId), *whole);
        }
    }

    // The year's score rows, read on this thread while the others analyse each assessment as
    // soon as its rows are all in (the rows come in the order of the assessments).
    const int total = int(current.size());
    std::vector<Analysis> analyses(current.size());
    std::mutex mutex;
    std::condition_variable published;
    int ready = 0; // the assessments [0, ready) are complete; under the mutex
    std::atomic<int> next{0}, done{0};
    std::atomic<bool> stop{false};
    // Takes the next assessment whose rows are in, or -1 when there are none left (or none
    // yet and `wait` is false).
    const auto take = [&](bool wait) {
        std::unique_lock lock(mutex);
        for (;;) {
            if (stop.load())
                return -1;
            const int i = next.load();
            if (i >= total)
                return -1;
            if (i < ready) {
                next.store(i + 1);
                return i;
            }
            if (!wait)
                return -1;
            published.wait(lock);
        }
    };
    std::vector<std::vector<int>> positions(current.size());
    const auto analyseOne = [&](int i) {
        Assessment &a = current[size_t(i)];
        std::vector<int> &at = positions[size_t(i)];
        if (!std::is_sorted(at.begin(), at.end())) {
            std::vector<size_t> order(at.size());
            std::iota(order.begin(), order.end(), size_t(0));
            std::sort(order.begin(), order.end(),
                      [&](size_t x, size_t y) { return at[x] < at[y]; });
            std::vector<ScoreEntry> sorted;
            sorted.reserve(order.size());
            for (size_t k : order)
                sorted.push_back(std::move(a.entries[k]));
            a.entries = std::move(sorted);
        }
        std::vector<int>().swap(at);
        // Only what a portfolio compares is kept (Analysis::summary): 8,300 whole analyses
        // were 200 MB, and freeing each at once lets the next reuse its memory (issue 28).
        analyses[size_t(i)] =
            analyse(*frameworkOfCurrent[size_t(i)], a, Findings::Skipped).summary();
        std::vector<ScoreEntry>().swap(a.entries); // the analysis holds what is needed
        done.fetch_add(1);
    };
    // Helpers from Qt's global pool. One that has not started when the rows are done is run
    // by waitForFinished() on this thread (it then finds nothing left), so a pool busy with
    // other work never holds this load up.
    const int helpers = total < 512 ? 0 : std::max(1, QThread::idealThreadCount()) - 1;
    QList<QFuture<void>> threads;
    for (int t = 0; t < helpers; ++t)
        threads << QtConcurrent::run([&] {
            for (int i; (i = take(true)) >= 0;)
                analyseOne(i);
        });
    const auto publish = [&](int count) {
        {
            std::lock_guard lock(mutex);
            ready = count;
        }
        published.notify_all();
    };
    int reported = 0;
    const auto report = [&] {
        const int d = done.load();
        if (progress && d - reported >= 256) {
            reported = d;
            if (!progress(d, total)) {
                stop.store(true);
                published.notify_all();
            }
        }
    };
    QString readError;
    if (total > 0) {
        int last = -1;
        const auto addRow = [&](qint64 id, int position, ScoreEntry &&e) {
            const auto it = currentIndex.constFind(id);
            if (it == currentIndex.cend())
                return;
            const int i = int(*it);
            if (i != last) {
                // The rows of every assessment before this one are in.
                if (i % 64 == 0)
                    publish(i);
                last = i;
            }
            current[size_t(i)].entries.push_back(std::move(e));
            positions[size_t(i)].push_back(position);
            report();
        };
        // In the order of the assessments alone: their index on the year gives it, where
        // ordering by position too made SQLite sort every row of the year. Each assessment's
        // rows are put in position order before it is analysed.
        const QString sql =
            QStringLiteral("SELECT s.assessment_id, s.position, s.code, s.title, s.stated_score, "
                           "s.stated_grade FROM score_nodes s JOIN assessments a ON a.id = "
                           "s.assessment_id JOIN agencies g ON g.id = a.agency_id WHERE "
                           "a.fiscal_year = ?%1 ORDER BY a.id")
                .arg(filter);
        if (auto *handle = static_cast<sqlite3 *>(db.sqliteHandle())) {
            readError = readFileRows(handle, sql, selection, stop, addRow);
        } else {
            QSqlQuery nodes(db.connection());
            nodes.setForwardOnly(true);
            nodes.prepare(sql);
            nodes.addBindValue(selection.year);
            bindFilter(nodes);
            if (!nodes.exec()) {
                readError = nodes.lastError().text();
            } else {
                while (!stop.load() && nodes.next()) {
                    ScoreEntry e;
                    e.code = nodes.value(2).toString();
                    e.title = nodes.value(3).toString();
                    e.stated = scoreFrom(nodes.value(4));
                    e.statedGrade = nodes.value(5).toString();
                    addRow(nodes.value(0).toLongLong(), nodes.value(1).toInt(), std::move(e));
                }
                if (nodes.lastError().isValid())
                    readError = nodes.lastError().text();
            }
        }
        publish(total);
    }
    // This thread analyses too once the rows are read, and reports progress between its
    // assessments.
    for (int i; readError.isEmpty() && (i = take(false)) >= 0;) {
        analyseOne(i);
        report();
    }
    if (!readError.isEmpty()) {
        stop.store(true);
        published.notify_all();
    }
    for (QFuture<void> &t : threads)
        t.waitForFinished();
    if (!readError.isEmpty())
        return R::failure(readError);
    if (stop.load())
        return R::failure(Messages::tr("cancelled"));

    // Each agency's earlier overalls, oldest first.
    QHash<QString, std::vector<std::pair<int, Score>>> history;
    for (const Earlier &e : earlier)
        if (e.overall)
            history[e.agency].emplace_back(e.year, *e.overall);
    for (auto &h : history)
        std::sort(h.begin(), h.end());
    for (size_t i = 0; i < current.size(); ++i) {
        Assessment &a = current[i];
        PortfolioMember m;
        m.agency = a.agency;
        m.attributes = a.attributes;
        m.framework = frameworkOfCurrent[i];
        m.analysis = std::move(analyses[i]);
        if (const auto h = history.constFind(a.agency); h != history.cend()) {
            m.history = *h;
            if (h->front().first == from)
                m.previousOverall = h->front().second;
        }
        data.members.push_back(std::move(m));
    }
    if (progress)
        progress(total, total);
    return data;
}

} // namespace ita
