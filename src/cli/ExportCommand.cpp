// export: the assessment, the analysis and the plan as the report and its data formats.
#include "Commands.h"
#include "Input.h"
#include "Skeleton.h"

#include "analysis/Analysis.h"
#include "domain/FiscalCalendar.h"
#include "domain/ItemCodes.h"
#include "io/Csv.h"
#include "io/FrameworkReader.h"
#include "io/JsonUtil.h"
#include "io/ScoreRows.h"
#include "report/ReportExport.h"
#include "report/ReportSource.h"
#include "storage/Database.h"
#include "storage/PlanRepository.h"
#include "storage/ServerLocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ita::cli {

namespace {
/// The messages of this file, under one context for lupdate and the program alike.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::cli::ExportCommand)
};
} // namespace

int runExport(const QStringList &args) {
    QCommandLineParser parser;
    const QCommandLineOption format(
        {QStringLiteral("format")},
        Messages::tr("json (the assessment, lossless), csv (scores with grades and buckets), "
                     "plan-csv (one row per step of the plan), pdf (the analysis and measures "
                     "report, to publish), docx or odt (the same, to finish in Word or "
                     "LibreOffice), progress-pdf, progress-docx or progress-odt (the progress "
                     "report)."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption outOption({QStringLiteral("out")},
                                       Messages::tr("Output file, or - for standard output."),
                                       QStringLiteral("PATH"));
    const QCommandLineOption digitsOption(
        {QStringLiteral("digits")},
        Messages::tr("arabic (default) or thai: the digits of the PDF and ODT reports."),
        QStringLiteral("DIGITS"));
    const QCommandLineOption sectionsOption(
        {QStringLiteral("sections")},
        Messages::tr("Comma-separated report sections to include (default all): objectives, "
                     "scores, recommendations, analysis, summary, measures, gantt, "
                     "publications, findings."),
        QStringLiteral("LIST"));
    const QCommandLineOption asOfOption(
        {QStringLiteral("as-of")},
        Messages::tr("The day the plan's progress is judged on, YYYY-MM-DD (CE or BE year); "
                     "default today."),
        QStringLiteral("DATE"));
    parser.addOptions({common().db, common().agency, common().year, format, outOption,
                       common().lang, digitsOption, sectionsOption, asOfOption});
    int code = Success;
    if (!parse(parser, args,
               Messages::tr("Write one stored assessment, its plan or its report. CSV files are "
                            "UTF-8 with a BOM (Excel shows Thai) and safe against formula "
                            "injection; PDF is A4 with the Sarabun font embedded."),
               &code))
        return code;
    int year = 0;
    if (!yearValue(parser, &year, &code))
        return code;
    if (!parser.isSet(common().db) || !parser.isSet(common().agency) || year == 0 ||
        !parser.isSet(outOption) || !parser.isSet(format))
        return usageError(parser, Messages::tr("export needs --db, --agency, --year, --format "
                                               "and --out"));
    const auto fmt = report::exportFormatFromKey(parser.value(format));
    if (!fmt)
        return usageError(
            parser, Messages::tr("--format takes %1").arg(report::exportFormatKeys().join(u'|')));
    report::Options options;
    options.thai = thaiOutput(parser); // the one rule: --lang, else the system's language
    if (parser.isSet(common().lang) && parser.value(common().lang).toLower() != u"th" &&
        parser.value(common().lang).toLower() != u"en")
        return usageError(parser, Messages::tr("--lang takes th or en"));
    if (parser.isSet(digitsOption)) {
        const QString d = parser.value(digitsOption).toLower();
        if (d != u"thai" && d != u"arabic")
            return usageError(parser, Messages::tr("--digits takes arabic or thai"));
        options.thaiDigits = d == u"thai";
    }
    if (parser.isSet(sectionsOption)) {
        for (int i = 0; i < report::kSectionCount; ++i)
            options.sections[i] = false;
        for (const QString &key : parser.value(sectionsOption).split(u',', Qt::SkipEmptyParts)) {
            const auto section = report::sectionFromKey(key.trimmed().toLower());
            if (!section)
                return usageError(parser, Messages::tr("unknown section \"%1\"").arg(key));
            options.set(*section, true);
        }
    }
    options.asOf = QDate::currentDate();
    if (parser.isSet(asOfOption)) {
        const auto d = fiscal::parseDate(parser.value(asOfOption));
        if (!d)
            return usageError(parser, Messages::tr("--as-of takes a date as YYYY-MM-DD"));
        options.asOf = *d;
    }

    auto db = openDatabase(parser.value(common().db), true, &code);
    if (!db)
        return code;
    auto source = report::loadSource(*db, parser.value(common().agency), year);
    if (!source) {
        err(source.error());
        return BadInput;
    }
    // The same writers, through the same dispatch, as Reports and Export in the window.
    const auto bytes = report::exportBytes((*source)->input(), *fmt, options);
    if (!bytes) {
        err(QStringLiteral("%1: %2").arg(ServerLocation::display(parser.value(common().db)),
                                         bytes.error()));
        return BadInput;
    }
    return writeOutput(parser.value(outOption), *bytes) ? Success : BadInput;
}

} // namespace ita::cli
