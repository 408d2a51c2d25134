// whatif and target: scenarios over one assessment; nothing is stored.
#include "Commands.h"
#include "Input.h"
#include "Skeleton.h"

#include "analysis/Analysis.h"
#include "analysis/WhatIf.h"
#include "domain/ItemCodes.h"
#include "io/Csv.h"
#include "io/JsonUtil.h"
#include "io/ResultWriters.h"
#include "io/ScoreRows.h"
#include "report/ReportSource.h"
#include "storage/AssessmentRepository.h"
#include "storage/PlanRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ita::cli {

namespace {
/// The messages of this file, under one context for lupdate and the program alike.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::cli::ScenarioCommands)
};
} // namespace

int runWhatIf(const QStringList &args) {
    QCommandLineParser parser;
    addInputOptions(parser);
    const FormatOption format({QStringLiteral("text"), QStringLiteral("json")});
    const QCommandLineOption set(QStringLiteral("set"),
                                 Messages::tr("A changed score, CODE=SCORE (repeatable)."),
                                 QStringLiteral("CODE=SCORE"));
    parser.addOptions({format.option, set});
    int code = Success;
    auto cmd = startInputCommand(parser, args,
                                 Messages::tr("What the overall, the grade and the buckets would "
                                              "be with some scores changed. Nothing is stored."),
                                 format, &code);
    if (!cmd)
        return code;
    const QString &fmt = cmd->format;
    const Input *input = &cmd->input;
    Overrides overrides;
    for (const QString &pair : parser.values(set)) {
        const QString codeText = codes::normalise(pair.section(u'=', 0, 0));
        const auto score = Score::parse(pair.section(u'=', 1));
        QString problem;
        if (!pair.contains(u'=') || !score || !score->value.inRange())
            return usageError(parser, Messages::tr("--set takes CODE=SCORE with a score from 0 "
                                                   "to 100, not \"%1\"")
                                          .arg(pair));
        if (!codes::check(input->framework, codeText, &problem))
            return usageError(parser, problem);
        overrides.push_back({codeText, score->value});
    }
    const WhatIfResult r = whatIf(input->framework, input->assessment, overrides);
    const QString overall = r.scenario.overall ? r.scenario.overall->toString() : QString();
    const QString grade = r.scenario.nodes.empty() ? QString() : r.scenario.nodes.front().grade;
    if (fmt == u"json") {
        out(results::whatIfJson(r));
    } else {
        out(Messages::tr("overall %1 (%2), %3%4 against the real result\n")
                .arg(overall, grade, r.overallDelta() >= Score() ? QStringLiteral("+") : QString(),
                     r.overallDelta().toString()));
        for (const BucketChange &c : r.changes)
            out(QStringLiteral("%1: %2 → %3\n").arg(c.code, bucketKey(c.from), bucketKey(c.to)));
    }
    return Success;
}

int runTarget(const QStringList &args) {
    QCommandLineParser parser;
    addInputOptions(parser);
    const FormatOption format({QStringLiteral("text"), QStringLiteral("json")});
    const QCommandLineOption overallOption(QStringLiteral("overall"),
                                           Messages::tr("The overall score to reach."),
                                           QStringLiteral("SCORE"));
    const QCommandLineOption gradeOption(QStringLiteral("grade"),
                                         Messages::tr("Or the grade to reach (its lowest score)."),
                                         QStringLiteral("GRADE"));
    const QCommandLineOption itemsOption(
        QStringLiteral("items"), Messages::tr("The items to raise, comma or space separated."),
        QStringLiteral("CODES"));
    parser.addOptions({format.option, overallOption, gradeOption, itemsOption});
    int code = Success;
    auto cmd = startInputCommand(
        parser, args,
        Messages::tr("The smallest uniform rise of the chosen items (each capped at 100) that "
                     "brings the overall to a target, or that it cannot."),
        format, &code);
    if (!cmd)
        return code;
    if (parser.isSet(overallOption) == parser.isSet(gradeOption) || !parser.isSet(itemsOption))
        return usageError(parser, Messages::tr("target needs --items and one of --overall or "
                                               "--grade"));
    const QString &fmt = cmd->format;
    const Input *input = &cmd->input;
    Score target;
    QString level; // a rating level by name: its bound and its tool condition
    if (parser.isSet(overallOption)) {
        const auto s = Score::parse(parser.value(overallOption));
        if (!s || !s->value.inRange())
            return usageError(parser, Messages::tr("--overall takes a score from 0 to 100"));
        target = s->value;
    } else {
        const RatingLevel *found = input->framework.rating.find(parser.value(gradeOption));
        if (!found)
            return usageError(parser,
                              Messages::tr("unknown level \"%1\"; framework %2 has %3")
                                  .arg(parser.value(gradeOption).trimmed(), input->framework.id,
                                       input->framework.gradeNames().join(QStringLiteral(", "))));
        level = found->label.th;
        target = found->minimum;
    }
    const auto parsedItems = codes::parse(input->framework, parser.value(itemsOption));
    if (!parsedItems)
        return usageError(parser, parsedItems.error());
    const QStringList &items = *parsedItems;
    const auto rise = level.isEmpty()
                          ? requiredRise(input->framework, input->assessment, items, target)
                          : requiredRiseForLevel(input->framework, input->assessment, items, level);
    const RatingLevel *targetLevel = input->framework.rating.find(level);
    const QString targetText =
        targetLevel && targetLevel->allToolsMinimum
            ? Messages::tr("%1 (%2 overall and every tool at least %3)")
                  .arg(level, target.toString(), targetLevel->allToolsMinimum->toString())
        : level.isEmpty() ? target.toString()
                          : QStringLiteral("%1 (%2)").arg(level, target.toString());
    if (fmt == u"json") {
        out(results::targetJson(target, level, rise));
    } else if (rise) {
        out(Messages::tr("raise %1 by %2 points each (capped at 100.00) to reach %3\n")
                .arg(items.join(QStringLiteral(", ")), rise->toString(), targetText));
    } else {
        out(Messages::tr("%1 cannot be reached by raising %2: even 100.00 on each is not "
                         "enough\n")
                .arg(targetText, items.join(QStringLiteral(", "))));
    }
    return Success;
}

} // namespace ita::cli
