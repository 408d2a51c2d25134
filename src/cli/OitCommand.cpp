// oit: the OIT checklist before the NACC's window. `oit check` checks every link of a plan's
// OIT items (unless --offline), stores what it saw, and says which items would score 0 today
// and what that costs the overall; `oit export` writes the agency's OIT page or the CSV for
// ITAS.
#include "Commands.h"
#include "Input.h"
#include "Skeleton.h"

#include "analysis/OitReadiness.h"
#include "domain/FiscalCalendar.h"
#include "io/FrameworkReader.h"
#include "io/OitWriters.h"
#include "net/LinkChecker.h"
#include "report/OitReport.h"
#include "report/ReportWriters.h"
#include "storage/Database.h"
#include "storage/LinkCheckRepository.h"
#include "storage/OitStore.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>

namespace ita::cli {

namespace {

struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::cli::OitCommand)
};

/// --db, --agency and --year (the plan's fiscal year), checked; the inputs loaded.
std::optional<OitInputs> loadInputs(QCommandLineParser &parser, bool readOnly,
                                    std::unique_ptr<Database> *db, int *code) {
    int year = 0;
    if (!yearValue(parser, &year, code))
        return std::nullopt;
    if (!parser.isSet(common().db) || !parser.isSet(common().agency) || year == 0) {
        *code = usageError(parser, Messages::tr("oit needs --db, --agency and --year (the fiscal "
                                                "year the plan runs in, Buddhist Era)"));
        return std::nullopt;
    }
    *db = openDatabase(parser.value(common().db), readOnly, code);
    if (!*db)
        return std::nullopt;
    auto in = loadOitInputs(**db, registryFor(parser.value(common().db)),
                            parser.value(common().agency), year);
    if (!in) {
        err(in.error());
        *code = BadInput;
        return std::nullopt;
    }
    return in.take();
}

int check(const QStringList &args) {
    QCommandLineParser parser;
    const FormatOption format({QStringLiteral("text"), QStringLiteral("json")});
    const QCommandLineOption offline(
        QStringLiteral("offline"),
        Messages::tr("Do not check the links on the web: use what the last check stored."));
    const QCommandLineOption all(
        QStringLiteral("all"),
        Messages::tr("Check every link again (by default only those never checked, failed, or "
                     "checked more than a day ago)."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     Messages::tr("Seconds to wait for each link (default 20)."),
                                     QStringLiteral("S"), QStringLiteral("20"));
    parser.addOptions({common().db, common().agency, common().year, format.option, offline, all,
                       timeout, common().lang});
    int code = Success;
    const QString fmt = parseWithFormat(
        parser, args,
        Messages::tr("Which OIT items of a plan would score 0 if assessed today, and why: every "
                     "link checked (GET, redirects followed) and stored, each item's elements and "
                     "year, and the expected OIT and overall. Exit 1 when any item is not ready."),
        format, &code);
    if (fmt.isEmpty())
        return code;
    const bool thai = thaiOutput(parser);
    bool okTimeout = false;
    const int seconds = parser.value(timeout).toInt(&okTimeout);
    if (!okTimeout || seconds < 1 || seconds > 600)
        return usageError(
            parser,
            Messages::tr("--timeout is 1 to 600 seconds, not \"%1\"").arg(parser.value(timeout)));
    std::unique_ptr<Database> db;
    auto in = loadInputs(parser, parser.isSet(offline), &db, &code);
    if (!in)
        return code;

    if (!parser.isSet(offline)) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QStringList wanted;
        for (const QString &url : oitAddresses(in->plan)) {
            const auto it = in->checks.constFind(url);
            if (parser.isSet(all) || needsCheck(it == in->checks.constEnd() ? nullptr : &*it, now))
                wanted << url;
        }
        LinkChecker::Options options;
        options.timeoutMs = seconds * 1000;
        const auto results = LinkChecker::checkAll(wanted, options, [&](int done, int total) {
            err(Messages::tr("checked %1 of %2 links").arg(done).arg(total));
        });
        if (QString e = LinkCheckRepository(*db).save(results); !e.isEmpty()) {
            err(Messages::tr("the check could not be stored: %1").arg(e));
            return BadInput;
        }
        for (const LinkCheck &c : results)
            in->checks.insert(c.url, c);
    }

    const OitReadiness r = oitReadiness(in->framework, in->plan, in->checks,
                                        in->base ? &*in->base : nullptr, QDate::currentDate());
    if (fmt == u"json") {
        out(oitReadinessJson(r, thai));
    } else {
        for (const OitItemReadiness &i : r.items) {
            out(QStringLiteral("%1 [%2] %3\n")
                    .arg(i.code, oitStatusTitle(i.status).in(thai), i.title.in(thai)));
            for (const LocalizedText &reason : i.reasons)
                out(QStringLiteral("    %1\n").arg(reason.in(thai)));
            for (const OitLinkReadiness &l : i.links)
                for (const LocalizedText &w : l.warnings)
                    out(QStringLiteral("    %1: %2\n").arg(l.link.url, w.in(thai)));
        }
        const QString opens = fiscal::formatDate(r.windowOpens, thai);
        if (r.daysToWindow >= 0)
            out(thai ? QStringLiteral("OIT พร้อม %1 จาก %2 ข้อ อีก %3 วันระบบเปิด (%4)\n")
                           .arg(r.ready)
                           .arg(r.total)
                           .arg(r.daysToWindow)
                           .arg(opens)
                     : QStringLiteral("OIT ready: %1 of %2 items, %3 days before the window (%4)\n")
                           .arg(r.ready)
                           .arg(r.total)
                           .arg(r.daysToWindow)
                           .arg(opens));
        else
            out(thai ? QStringLiteral("OIT พร้อม %1 จาก %2 ข้อ ระบบเปิดแล้วเมื่อ %3\n")
                           .arg(r.ready)
                           .arg(r.total)
                           .arg(opens)
                     : QStringLiteral("OIT ready: %1 of %2 items; the window opened on %3\n")
                           .arg(r.ready)
                           .arg(r.total)
                           .arg(opens));
        const QString oit = r.expectedOit ? r.expectedOit->toString() : QStringLiteral("–");
        if (r.expectedOverall)
            out(thai ? QStringLiteral("หากประเมินวันนี้: OIT %1, คะแนนภาพรวม %2, %3\n")
                           .arg(oit, r.expectedOverall->toString(), r.expectedLevel)
                     : QStringLiteral("if assessed today: OIT %1, overall %2, %3\n")
                           .arg(oit, r.expectedOverall->toString(), r.expectedLevel));
        else
            out(thai ? QStringLiteral("หากประเมินวันนี้: OIT %1 (ไม่มีผลประเมินปี %2 ในแฟ้ม)\n")
                           .arg(oit)
                           .arg(in->plan.basedOnYear)
                     : QStringLiteral("if assessed today: OIT %1 (the file has no %2 "
                                      "assessment for the overall)\n")
                           .arg(oit)
                           .arg(in->plan.basedOnYear));
    }
    return r.ready == r.total ? Success : BadInput;
}

int exportOne(const QStringList &args) {
    QCommandLineParser parser;
    const FormatOption format(
        {QStringLiteral("html"), QStringLiteral("csv"), QStringLiteral("pdf")});
    const QCommandLineOption outOption({QStringLiteral("out")},
                                       Messages::tr("Output file, or - for standard output."),
                                       QStringLiteral("PATH"), QStringLiteral("-"));
    parser.addOptions(
        {common().db, common().agency, common().year, format.option, outOption, common().lang});
    int code = Success;
    const QString fmt = parseWithFormat(
        parser, args,
        Messages::tr("The agency's OIT web page (html: one self-contained file, items under their "
                     "sub-indicators with their links), the CSV of code, URL and explanation "
                     "to enter into ITAS, or the readiness report for the executive (pdf: the "
                     "stored link checks, as oit check --offline reads them)."),
        format, &code);
    if (fmt.isEmpty())
        return code;
    const bool thai = thaiOutput(parser);
    std::unique_ptr<Database> db;
    auto in = loadInputs(parser, true, &db, &code);
    if (!in)
        return code;
    QByteArray bytes;
    if (fmt == u"html") {
        bytes = writeOitPage(in->framework, in->plan, in->plan.agency, thai);
    } else if (fmt == u"csv") {
        bytes = writeOitCsv(in->framework, in->plan, thai);
    } else {
        const OitReadiness r = oitReadiness(in->framework, in->plan, in->checks,
                                            in->base ? &*in->base : nullptr, QDate::currentDate());
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (QString e = report::writePdf(
                report::buildOitReport(r, in->plan.agency, in->plan.fiscalYear, thai), &buffer);
            !e.isEmpty()) {
            err(e);
            return BadInput;
        }
    }
    return writeOutput(parser.value(outOption), bytes) ? Success : BadInput;
}

} // namespace

int runOit(const QStringList &args) {
    return runSubcommand(
        args, QStringLiteral("oit"),
        {{"check", check,
          QT_TRANSLATE_NOOP("ita::cli::OitCommand",
                            "check every OIT link of a plan and say which items are not ready")},
         {"export", exportOne,
          QT_TRANSLATE_NOOP("ita::cli::OitCommand",
                            "write the agency's OIT page (html) or the CSV for ITAS")}},
        "ita::cli::OitCommand");
}

} // namespace ita::cli
