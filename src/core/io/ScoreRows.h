#pragma once

#include "domain/Assessment.h"
#include "domain/Diagnostic.h"
#include "domain/Framework.h"

#include <QHash>
#include <QString>

#include <vector>

namespace ita {

/// The codes an assessment has been given so far, each with the line that first gave it. Kept
/// small (a line per framework node, a table only for sub-items), because a national file keeps
/// one per agency and year open until its end.
struct SeenCodes {
    std::vector<int> nodeLines; ///< by the framework's node index: line + 1, 0 = not yet
    QHash<QString, int> others; ///< sub-items ("I1.2"), no node of the framework: line + 1
};

/// The rules every score row obeys, whichever file format carried it. Adds accepted
/// rows to an assessment and reports problems against the row's file and line.
class ScoreRowChecker {
public:
    ScoreRowChecker(const Framework &framework, QString fileName, Diagnostics &diagnostics);

    struct Row {
        int line = 0;
        QString code;
        QString title;
        QString score; ///< text as given; empty means "not given"
        QString grade; ///< text as given; empty means "not given"
    };
    /// Checks one row and, when it is sound, appends it to `target`.
    void add(const Row &row, Assessment &target);
    /// The same, for a reader that hands rows on in runs: `seen` is the assessment's codes so
    /// far, kept by the caller across its runs.
    void add(const Row &row, Assessment &target, SeenCodes &seen);

private:
    void error(int line, const QString &message);
    const Framework &m_framework;
    QString m_file;
    Diagnostics &m_diagnostics;
    QHash<const Assessment *, SeenCodes> m_seen;
    int m_previous = -1;          ///< the framework node of the row before
    std::vector<int> m_following; ///< by node: the node of the row that came next last time
};

/// Reads a Buddhist Era year, explaining common mistakes (a Christian Era year).
std::optional<int> parseYearBE(const QString &text, QString *problem);

} // namespace ita
