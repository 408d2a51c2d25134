#include "PasteParser.h"
#include "domain/ItemCodes.h"

#include "ScoreRows.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace ita {

PastedScores parsePastedScores(const QString &text, const Framework &framework) {
    const auto tr = [](const char *s) {
        return QCoreApplication::translate("ita::PasteParser", s);
    };
    PastedScores out;
    QHash<QString, size_t> seen;
    const QStringList lines = text.split(QRegularExpression(QStringLiteral("\r\n|\n|\r")));
    for (int i = 0; i < lines.size(); ++i) {
        const int row = i + 1;
        const QString line = lines[i];
        if (line.trimmed().isEmpty())
            continue;
        const QStringList cells = line.split(u'\t');
        const QString code = codes::normalise(cells.front());
        QString problem;
        if (!codes::check(framework, code, &problem)) {
            out.skipped.push_back(
                {row, code.isEmpty() ? tr("no code in the first column") : problem});
            continue;
        }
        std::optional<Score> score;
        QString firstOther;
        for (int c = 1; c < cells.size() && !score; ++c) {
            const QString cell = cells[c].trimmed();
            if (cell.isEmpty())
                continue;
            if (const auto parsed = Score::parse(cell)) {
                if (!parsed->value.inRange()) {
                    problem = tr("score %1 of %2 is out of range (0 to 100)").arg(cell, code);
                    break;
                }
                score = parsed->value;
            } else if (firstOther.isEmpty()) {
                firstOther = cell;
            }
        }
        if (!score) {
            out.skipped.push_back(
                {row, !problem.isEmpty() ? problem : tr("no score for %1 in the row").arg(code)});
            continue;
        }
        if (seen.contains(code)) {
            out.scores[seen.value(code)].second = *score;
            out.skipped.push_back(
                {row, tr("%1 was pasted twice; this later value is used").arg(code)});
            continue;
        }
        seen.insert(code, out.scores.size());
        out.scores.push_back({code, *score});
    }
    return out;
}

} // namespace ita
