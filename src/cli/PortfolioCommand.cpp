// portfolio: many agencies' results for one fiscal year, summed up as universities and the
// NACC's group reports do (issue 13's first part: no grouping by province, group or parent
// yet, which needs those attributes stored).
#include "Commands.h"
#include "Input.h"
#include "Skeleton.h"

#include "analysis/Portfolio.h"
#include "io/PortfolioWriters.h"
#include "storage/AssessmentRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>

#include <map>

namespace ita::cli {

namespace {
/// The messages of this file, under one context for lupdate and the program alike.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::cli::PortfolioCommand)
};
} // namespace

int runPortfolio(const QStringList &args) {
    QCommandLineParser parser;
    const FormatOption format(
        {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("csv")});
    parser.addOptions({common().db, common().year, format.option, common().lang});
    int code = Success;
    if (!parse(parser, args,
               Messages::tr("Every agency of a fiscal year in a database, summed up: the mean and "
                            "median of each tool, indicator and the overall (unweighted), the "
                            "agencies at each level, the pass rate, the indicators most often "
                            "urgent, the biggest movers, and the ranking (csv)."),
               &code))
        return code;
    int year = 0;
    if (!yearValue(parser, &year, &code))
        return code;
    if (!parser.isSet(common().db) || year == 0)
        return usageError(parser, Messages::tr("portfolio needs --db DB and --year BE"));
    const QString fmt = format.value(parser, &code);
    if (fmt.isEmpty())
        return code;
    auto db = openDatabase(parser.value(common().db), true, &code);
    if (!db)
        return code;
    AssessmentRepository repository(*db);
    auto list = repository.list();
    if (!list) {
        err(list.error());
        return BadInput;
    }
    std::map<QString, Framework> frameworks; // outlive the members that point at them
    const auto frameworkOf = [&](const QString &id) -> const Framework * {
        auto found = frameworks.find(id);
        if (found == frameworks.end()) {
            auto fw = repository.framework(id);
            if (!fw)
                return nullptr;
            found = frameworks.emplace(id, fw.take()).first;
        }
        return &found->second;
    };
    const auto analysisOf = [&](qint64 id, const Framework **fw) -> std::optional<Analysis> {
        auto a = repository.load(id);
        if (!a)
            return std::nullopt;
        *fw = frameworkOf(a->frameworkId);
        if (!*fw)
            return std::nullopt;
        return analyse(**fw, *a);
    };
    // The year before, by agency: one lookup each instead of a scan of the whole list.
    QHash<QString, qint64> previousYear;
    for (const AssessmentSummary &s : *list)
        if (s.fiscalYear == year - 1)
            previousYear.insert(s.agency, s.id);
    std::vector<PortfolioMember> members;
    for (const AssessmentSummary &s : *list) {
        if (s.fiscalYear != year)
            continue;
        PortfolioMember m;
        m.agency = s.agency;
        auto analysis = analysisOf(s.id, &m.framework);
        if (!analysis) {
            err(Messages::tr("%1, fiscal year %2: cannot be read").arg(s.agency).arg(year));
            return BadInput;
        }
        m.analysis = std::move(*analysis);
        if (const auto before = previousYear.constFind(s.agency); before != previousYear.cend()) {
            const Framework *fw = nullptr;
            if (auto previous = analysisOf(*before, &fw))
                m.previousOverall = previous->overall;
        }
        members.push_back(std::move(m));
    }
    if (members.empty()) {
        err(Messages::tr("%1 holds no assessment for fiscal year %2")
                .arg(parser.value(common().db))
                .arg(year));
        return BadInput;
    }
    const Portfolio portfolio = summarisePortfolio(year, members);
    const bool thai = thaiOutput(parser);
    if (fmt == u"json")
        out(results::portfolioJson(portfolio));
    else if (fmt == u"csv")
        out(results::portfolioCsv(portfolio, thai));
    else
        out(results::portfolioText(portfolio, thai));
    return Success;
}

} // namespace ita::cli
