#include "PortfolioLoader.h"

#include "AgencyRepository.h"
#include "AssessmentRepository.h"
#include "Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <thread>

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

} // namespace

Result<PortfolioData> loadPortfolio(Database &db, const PortfolioSelection &selection,
                                    const std::function<bool(int, int)> &progress) {
    using R = Result<PortfolioData>;
    // The selected agencies' assessments of the year and the year before.
    const QString where =
        QStringLiteral("a.fiscal_year IN (?, ?)") +
        (selection.field
             ? QStringLiteral(" AND %1 = ?")
                   .arg(db.version() < 9 ? QStringLiteral("''") // read-only, not migrated
                                         : QString::fromLatin1(columnOf(*selection.field)))
             : QString());
    const auto bind = [&](QSqlQuery &q) {
        q.addBindValue(selection.year);
        q.addBindValue(selection.year - 1);
        if (selection.field)
            q.addBindValue(selection.value.isNull() ? QStringLiteral("") : selection.value);
    };
    QSqlQuery heads(db.connection());
    heads.setForwardOnly(true);
    heads.prepare(
        QStringLiteral("SELECT a.id, g.name, a.fiscal_year, a.framework_id, a.fixed_threshold, "
                       "a.maintain_threshold, %2 FROM assessments "
                       "a JOIN agencies g ON g.id = a.agency_id WHERE %1 ORDER BY a.id")
            .arg(where, AgencyRepository::attributeColumns(db, QStringLiteral("g"))));
    bind(heads);
    if (!heads.exec())
        return R::failure(heads.lastError().text());
    std::vector<Assessment> assessments;
    QHash<qint64, size_t> index;
    while (heads.next()) {
        Assessment a;
        a.agency = heads.value(1).toString();
        a.fiscalYear = heads.value(2).toInt();
        a.frameworkId = heads.value(3).toString();
        a.fixedThreshold = scoreFrom(heads.value(4));
        a.maintainThreshold = scoreFrom(heads.value(5));
        a.attributes = {heads.value(6).toString(), heads.value(7).toString(),
                        heads.value(8).toString()};
        index.insert(heads.value(0).toLongLong(), assessments.size());
        assessments.push_back(std::move(a));
    }
    if (progress && !progress(0, int(assessments.size())))
        return R::failure(Messages::tr("cancelled"));
    QSqlQuery nodes(db.connection());
    nodes.setForwardOnly(true);
    nodes.prepare(QStringLiteral("SELECT s.assessment_id, s.code, s.title, s.stated_score, "
                                 "s.stated_grade FROM score_nodes s JOIN assessments a ON a.id = "
                                 "s.assessment_id JOIN agencies g ON g.id = a.agency_id WHERE %1 "
                                 "ORDER BY s.assessment_id, s.position")
                      .arg(where));
    bind(nodes);
    if (!nodes.exec())
        return R::failure(nodes.lastError().text());
    while (nodes.next()) {
        const auto it = index.constFind(nodes.value(0).toLongLong());
        if (it == index.cend())
            continue;
        ScoreEntry e;
        e.code = nodes.value(1).toString();
        e.title = nodes.value(2).toString();
        e.stated = scoreFrom(nodes.value(3));
        e.statedGrade = nodes.value(4).toString();
        assessments[*it].entries.push_back(std::move(e));
    }

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
    // Every assessment's framework first (the file's definitions are read once each), then
    // the analyses on every core: they are independent, and they are most of the time.
    std::vector<const Framework *> frameworkOfAssessment;
    frameworkOfAssessment.reserve(assessments.size());
    for (const Assessment &a : assessments) {
        auto fw = frameworkOf(a.frameworkId);
        if (!fw)
            return R::failure(fw.error());
        frameworkOfAssessment.push_back(*fw);
    }
    const int total = int(assessments.size());
    // The year before needs only its overall (the movers): the cheaper overallScore().
    std::vector<Analysis> analyses(assessments.size());
    std::vector<std::optional<Score>> before(assessments.size());
    const auto analyseOne = [&](size_t i) {
        if (assessments[i].fiscalYear == selection.year)
            analyses[i] = analyse(*frameworkOfAssessment[i], assessments[i], Findings::Skipped);
        else
            before[i] = overallScore(*frameworkOfAssessment[i], assessments[i]);
    };
    std::atomic<int> next{0}, done{0};
    std::atomic<bool> stop{false};
    const auto work = [&] {
        for (int i; !stop.load() && (i = next.fetch_add(1)) < total;) {
            analyseOne(size_t(i));
            done.fetch_add(1);
        }
    };
    const unsigned helpers =
        total < 512 ? 0 : std::max(1u, std::thread::hardware_concurrency()) - 1;
    std::vector<std::thread> threads;
    for (unsigned t = 0; t < helpers; ++t)
        threads.emplace_back(work);
    // This thread analyses too, and reports progress between its assessments.
    int reported = 0;
    for (int i; !stop.load() && (i = next.fetch_add(1)) < total;) {
        analyseOne(size_t(i));
        // The count all threads share, reported whenever it has moved on by 256 or more.
        const int d = done.fetch_add(1) + 1;
        if (progress && d - reported >= 256) {
            reported = d;
            if (!progress(d, total))
                stop.store(true);
        }
    }
    for (std::thread &t : threads)
        t.join();
    if (stop.load())
        return R::failure(Messages::tr("cancelled"));

    // The year before: only its overall is wanted.
    QHash<QString, Score> previous;
    for (size_t i = 0; i < assessments.size(); ++i)
        if (assessments[i].fiscalYear == selection.year - 1 && before[i])
            previous.insert(assessments[i].agency, *before[i]);
    for (size_t i = 0; i < assessments.size(); ++i) {
        Assessment &a = assessments[i];
        if (a.fiscalYear != selection.year)
            continue;
        PortfolioMember m;
        m.agency = a.agency;
        m.attributes = a.attributes;
        m.framework = frameworkOfAssessment[i];
        m.analysis = std::move(analyses[i]);
        if (const auto before = previous.constFind(a.agency); before != previous.cend())
            m.previousOverall = *before;
        data.members.push_back(std::move(m));
    }
    if (progress)
        progress(total, total);
    return data;
}

} // namespace ita
