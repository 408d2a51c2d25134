// portfolio: many agencies' results for one fiscal year, summed up as universities and the
// NACC's group reports do, for all agencies or one parent, province or group.
#include "Commands.h"
#include "Input.h"
#include "Skeleton.h"
#include "storage/ServerLocation.h"

#include "analysis/Portfolio.h"
#include "io/PortfolioWriters.h"
#include "report/PortfolioReport.h"
#include "report/ReportWriters.h"
#include "storage/PortfolioLoader.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>

namespace ita::cli {

namespace {
/// The messages of this file, under one context for lupdate and the program alike.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::cli::PortfolioCommand)
};
} // namespace

int runPortfolio(const QStringList &args) {
    QCommandLineParser parser;
    const FormatOption format({QStringLiteral("text"), QStringLiteral("json"),
                               QStringLiteral("csv"), QStringLiteral("pdf")});
    const QCommandLineOption outOption(
        {QStringLiteral("out")},
        Messages::tr("Output file, or - for standard output (the default; pdf needs it)."),
        QStringLiteral("PATH"));
    const QCommandLineOption parent(
        QStringLiteral("parent"), Messages::tr("Only the agencies under this parent organisation."),
        QStringLiteral("P"));
    const QCommandLineOption province(QStringLiteral("province"),
                                      Messages::tr("Only the agencies of this province."),
                                      QStringLiteral("P"));
    const QCommandLineOption group(QStringLiteral("group"),
                                   Messages::tr("Only the agencies of this group."),
                                   QStringLiteral("G"));
    const QCommandLineOption by(
        QStringLiteral("by"),
        Messages::tr("Subgroup table by province, group or parent (with --format csv: that "
                     "table instead of the ranking)."),
        QStringLiteral("province|group|parent"));
    const QCommandLineOption since(
        QStringLiteral("since"),
        Messages::tr("Each agency's overall of every year from this one (Buddhist Era) to the "
                     "year before, and the change and the biggest movers measured from it "
                     "(default: the year before)."),
        QStringLiteral("BE"));
    parser.addOptions({common().db, common().year, since, parent, province, group, by,
                       format.option, outOption, common().lang});
    int code = Success;
    if (!parse(parser, args,
               Messages::tr("Every agency of a fiscal year in a database, summed up: the mean and "
                            "median of each tool, indicator and the overall (unweighted), the "
                            "agencies at each level, the pass rate, the indicators most often "
                            "urgent, the biggest movers, subgroup means, and the ranking (csv)."),
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
    if (fmt == u"pdf" && !parser.isSet(outOption))
        return usageError(parser, Messages::tr("--format pdf needs --out FILE"));
    PortfolioSelection selection;
    selection.year = year;
    if (parser.isSet(since)) {
        bool ok = false;
        selection.since = parser.value(since).toInt(&ok);
        if (!ok || selection.since < 2400 || selection.since >= year)
            return usageError(parser, Messages::tr("--since takes a Buddhist Era year before "
                                                   "--year, not \"%1\"")
                                          .arg(parser.value(since)));
    }
    int filters = 0;
    for (const auto &[option, field] :
         {std::pair{&parent, AgencyField::Parent}, std::pair{&province, AgencyField::Province},
          std::pair{&group, AgencyField::Group}})
        if (parser.isSet(*option)) {
            ++filters;
            selection.field = field;
            selection.value = parser.value(*option).simplified();
        }
    if (filters > 1)
        return usageError(parser,
                          Messages::tr("give one of --parent, --province and --group, not more"));
    std::optional<AgencyField> groupBy;
    if (parser.isSet(by)) {
        groupBy = agencyFieldFromKey(parser.value(by).trimmed().toLower());
        if (!groupBy)
            return usageError(parser, Messages::tr("--by is province, group or parent, not \"%1\"")
                                          .arg(parser.value(by)));
    }
    // Read-only, without the check of the whole file on open (a second or more on a national
    // file; a damaged page among those read still fails the command, said as damage): a
    // report reads only what it needs and cannot spread damage.
    Database::Options options;
    options.readOnly = true;
    options.checkIntegrity = false;
    auto opened = Database::open(parser.value(common().db), options);
    if (!opened) {
        err(opened.error());
        return BadInput;
    }
    Database &db = **opened;
    auto data = loadPortfolio(db, selection);
    if (!data) {
        err(Database::explainError(parser.value(common().db), data.error()));
        return BadInput;
    }
    if (data->members.empty()) {
        err(selection.field
                ? Messages::tr("%1 holds no assessment for fiscal year %2 with %3 \"%4\"")
                      .arg(ServerLocation::display(parser.value(common().db)))
                      .arg(year)
                      .arg(agencyFieldKey(*selection.field), selection.value)
                : Messages::tr("%1 holds no assessment for fiscal year %2")
                      .arg(ServerLocation::display(parser.value(common().db)))
                      .arg(year));
        return BadInput;
    }
    const Portfolio portfolio = summarisePortfolio(year, data->members, groupBy, selection.since);
    const bool thai = thaiOutput(parser);
    if (portfolio.frameworks.size() > 1)
        err(Messages::tr("the agencies use %1 frameworks (%2): only the codes they share are "
                         "compared%3")
                .arg(portfolio.frameworks.size())
                .arg(portfolio.frameworks.join(QStringLiteral(", ")))
                .arg(portfolio.leftOut.isEmpty()
                         ? QString()
                         : Messages::tr("; left out: %1")
                               .arg(portfolio.leftOut.join(QStringLiteral(", ")))));
    QByteArray bytes;
    if (fmt == u"json") {
        bytes = results::portfolioJson(portfolio);
    } else if (fmt == u"csv") {
        bytes = groupBy ? results::portfolioGroupsCsv(portfolio, thai)
                        : results::portfolioCsv(portfolio, thai);
    } else if (fmt == u"pdf") {
        const QString selected =
            selection.field ? QStringLiteral("%1 %2").arg(
                                  results::fieldLabel(*selection.field, thai), selection.value)
                            : (thai ? QStringLiteral("ทุกหน่วยงาน") : QStringLiteral("All agencies"));
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (QString e = report::writePdf(
                report::portfolioDocument(std::make_shared<Portfolio>(portfolio), selected, thai),
                &buffer);
            !e.isEmpty()) {
            err(e);
            return BadInput;
        }
    } else {
        bytes = results::portfolioText(portfolio, thai).toUtf8();
    }
    if (parser.isSet(outOption))
        return writeOutput(parser.value(outOption), bytes) ? Success : BadInput;
    out(bytes);
    return Success;
}

} // namespace ita::cli
