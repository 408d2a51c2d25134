#include "ScoreRows.h"

#include "domain/ItemCodes.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ita {

namespace {
/// This file's messages, under one context for lupdate and the program alike.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::ScoreRows)
};
} // namespace

ScoreRowChecker::ScoreRowChecker(const Framework &framework, QString fileName,
                                 Diagnostics &diagnostics)
    : m_framework(framework)
    , m_file(std::move(fileName))
    , m_diagnostics(diagnostics) {}

void ScoreRowChecker::error(int line, const QString &message) {
    m_diagnostics.push_back({Diagnostic::Severity::Error, m_file, line, message});
}

void ScoreRowChecker::add(const Row &row, Assessment &target) {
    add(row, target, m_seen[&target]);
}

void ScoreRowChecker::add(const Row &row, Assessment &target, SeenCodes &seen) {
    const QString code = codes::normalise(row.code);
    if (code.isEmpty()) {
        error(row.line, Messages::tr("the code is empty"));
        return;
    }
    // Files list the codes of every assessment in the same order: the node that followed the
    // last row's node last time is tried before the framework's index of codes.
    int node = -1;
    if (m_previous >= 0) {
        const int guess = m_following[size_t(m_previous)];
        if (guess >= 0 && m_framework.node(guess).code == code)
            node = guess;
    }
    if (node < 0)
        node = m_framework.indexOf(code);
    if (node >= 0) {
        if (m_following.empty())
            m_following.assign(m_framework.nodes.size(), -1);
        if (m_previous >= 0)
            m_following[size_t(m_previous)] = node;
    }
    m_previous = node;
    QString problem;
    if (node < 0 && !codes::check(m_framework, code, &problem)) {
        error(row.line, problem);
        return;
    }
    int *firstLine = nullptr;
    if (node >= 0) {
        if (seen.nodeLines.empty())
            seen.nodeLines.resize(m_framework.nodes.size());
        firstLine = &seen.nodeLines[size_t(node)];
    } else {
        firstLine = &seen.others[code];
    }
    if (*firstLine != 0) {
        error(row.line, Messages::tr("duplicate code \"%1\" (first given on line %2)")
                            .arg(code)
                            .arg(*firstLine - 1));
        return;
    }
    *firstLine = row.line + 1; // 0 is "not given yet", and a row's line may be 0

    ScoreEntry entry;
    entry.code = code;
    entry.title = row.title.trimmed();
    entry.sourceLine = row.line;
    const QString scoreText = row.score.trimmed();
    bool sound = true;
    if (!scoreText.isEmpty()) {
        const auto parsed = Score::parse(scoreText);
        if (!parsed) {
            error(row.line,
                  Messages::tr("score \"%1\" of %2 is not a number (write it like 92.55, with "
                               "\".\" as the decimal mark)")
                      .arg(scoreText, code));
            sound = false;
        } else if (!parsed->value.inRange()) {
            error(row.line,
                  Messages::tr("score %1 of %2 is out of range (0 to 100)").arg(scoreText, code));
            sound = false;
        } else {
            entry.stated = parsed->value;
            if (parsed->rounded)
                m_diagnostics.push_back(
                    {Diagnostic::Severity::Warning, m_file, row.line,
                     Messages::tr("score %1 of %2 has more than two decimals; rounded to %3")
                         .arg(scoreText, code, parsed->value.toString())});
        }
    }
    // A grade or level is stored under the scheme's own name ("a" → "A", "Pass" → "ผ่าน").
    const QString grade = row.grade.trimmed();
    if (!grade.isEmpty()) {
        if (!m_framework.isGrade(grade)) {
            error(row.line, Messages::tr("invalid grade \"%1\" of %2 (framework %3 grades are %4)")
                                .arg(row.grade.trimmed(), code, m_framework.id,
                                     m_framework.gradeNames().join(QStringLiteral(", "))));
            sound = false;
        } else {
            entry.statedGrade = m_framework.rating.canonical(grade);
        }
    }
    if (sound)
        target.entries.push_back(entry);
}

std::optional<int> parseYearBE(const QString &text, QString *problem) {
    bool ok = false;
    const int year = text.trimmed().toInt(&ok);
    if (!ok) {
        *problem =
            Messages::tr("fiscal year \"%1\" is not a number (write the Buddhist Era year, such as "
                         "2564)")
                .arg(text.trimmed());
        return std::nullopt;
    }
    if (year >= 1900 && year < 2400) {
        *problem =
            Messages::tr("fiscal year %1 looks like a Christian Era year; write the Buddhist Era "
                         "year (%2)")
                .arg(year)
                .arg(year + 543);
        return std::nullopt;
    }
    if (year < 2400 || year > 2800) {
        *problem =
            Messages::tr("fiscal year %1 is out of range (Buddhist Era, such as 2564)").arg(year);
        return std::nullopt;
    }
    return year;
}

} // namespace ita
