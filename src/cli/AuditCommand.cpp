// audit: the file's trail of changes, listed or verified.
#include "Commands.h"
#include "Input.h"
#include "Skeleton.h"
#include "storage/ServerLocation.h"

#include "analysis/Analysis.h"
#include "domain/ItemCodes.h"
#include "io/Csv.h"
#include "io/ExportCsv.h"
#include "io/JsonUtil.h"
#include "io/PlanJson.h"
#include "io/ResultWriters.h"
#include "io/Sample.h"
#include "io/ScoreRows.h"
#include "io/ScoresIo.h"
#include "storage/AssessmentRepository.h"
#include "storage/AuditLog.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ita::cli {

namespace {
/// The messages of this file, under one context for lupdate and the program alike.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::cli::AuditCommand)
};
} // namespace

int runAudit(const QStringList &args) {
    QCommandLineParser parser;
    const FormatOption format(
        {QStringLiteral("text"), QStringLiteral("csv"), QStringLiteral("json")});
    const QCommandLineOption verifyOption(
        {QStringLiteral("verify")},
        Messages::tr("Check the hash chain; exit 1 when it is broken."));
    const QCommandLineOption scopeOption(
        {QStringLiteral("scope")},
        Messages::tr("Only records whose scope starts with this (\"สำนักงาน กกพ. 2564\", "
                     "\"สำนักงาน กกพ. plan 2565\")."),
        QStringLiteral("TEXT"));
    parser.addOptions({common().db, format.option, verifyOption, scopeOption, common().lang});
    int code = Success;
    if (!parse(parser, args,
               Messages::tr("The file's audit trail: every change to scores, thresholds, "
                            "plans and report texts, who made it and when, chained by hash."),
               &code))
        return code;
    if (!parser.isSet(common().db))
        return usageError(parser, Messages::tr("audit needs --db DB"));
    const QString fmt = format.value(parser, &code);
    if (fmt.isEmpty())
        return code;
    auto db = openDatabase(parser.value(common().db), true, &code);
    if (!db)
        return code;
    AuditLog log(*db);
    if (parser.isSet(verifyOption)) {
        const auto v = log.verify();
        if (fmt == u"json") {
            out(results::auditVerificationJson(v.ok, v.records, v.brokenAt, v.head, v.message,
                                               v.outside));
        } else {
            out((ServerLocation::display(parser.value(common().db)) + QStringLiteral(": ") +
                 v.message + u'\n')
                    .toUtf8());
            if (v.ok && !v.head.isEmpty())
                out(Messages::tr("head sha256 %1 (write it down to anchor the file)\n")
                        .arg(v.head)
                        .toUtf8());
        }
        return v.ok ? Success : BadInput;
    }
    auto records = log.list(parser.value(scopeOption));
    if (!records) {
        err(records.error());
        return BadInput;
    }
    if (fmt == u"csv") {
        out(exports::auditCsv(*records, thaiOutput(parser)));
    } else if (fmt == u"json") {
        out(results::auditJson(*records));
    } else {
        for (const AuditRecord &r : *records)
            out(QStringLiteral("%1 ").arg(r.id, 5) + AuditLog::describe(r) + u'\n');
    }
    return Success;
}

} // namespace ita::cli
