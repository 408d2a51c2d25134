// classify and validate: the analysis of one assessment, from a file or a database.
#include "Commands.h"
#include "Input.h"
#include "Skeleton.h"

#include "analysis/Analysis.h"
#include "io/AnalysisWriters.h"
#include "report/ReportSource.h"
#include "storage/AssessmentRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ita::cli {

namespace {
/// The messages of this file, under one context for lupdate and the program alike.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::cli::AnalysisCommands)
};
} // namespace

int runClassify(const QStringList &args) {
    QCommandLineParser parser;
    addInputOptions(parser);
    const FormatOption format({QStringLiteral("table"), QStringLiteral("csv"),
                               QStringLiteral("json"), QStringLiteral("summary")});
    parser.addOption(format.option);
    int code = Success;
    auto cmd = startInputCommand(
        parser, args,
        Messages::tr("Classify every indicator, item and sub-item: maintain (score at or above "
                     "the maintain threshold), improve, or urgent (below the fixed threshold)."),
        format, &code);
    if (!cmd)
        return code;
    const auto &input = cmd->input;
    const QString &fmt = cmd->format;
    const bool thai = cmd->thai;
    const Analysis analysis = analyse(input.framework, input.assessment);
    if (fmt == u"json")
        out(writers::classificationJson(input.assessment, analysis));
    else if (fmt == u"csv")
        out(writers::classificationCsv(analysis));
    else if (fmt == u"summary")
        out(writers::summaryText(analysis, thai));
    else
        out(writers::classificationTable(input.assessment, analysis, thai));
    return Success;
}

int runValidate(const QStringList &args) {
    QCommandLineParser parser;
    addInputOptions(parser);
    const FormatOption format({QStringLiteral("text"), QStringLiteral("json")});
    parser.addOption(format.option);
    int code = Success;
    auto cmd = startInputCommand(
        parser, args,
        Messages::tr("Check the results for stated grades that do not match their score, stated "
                     "scores that differ from their parts, items with no score and scores out "
                     "of range. Exits 0 whenever it ran."),
        format, &code);
    if (!cmd)
        return code;
    const QString &fmt = cmd->format;
    const bool thai = cmd->thai;
    const Analysis analysis = analyse(cmd->input.framework, cmd->input.assessment);
    out(fmt == u"json" ? writers::findingsJson(analysis, thai)
                       : writers::findingsText(analysis, thai).toUtf8());
    return Success;
}

} // namespace ita::cli
