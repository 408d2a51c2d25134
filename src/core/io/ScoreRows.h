#pragma once

#include "domain/Assessment.h"
#include "domain/Diagnostic.h"
#include "domain/Framework.h"

#include <QHash>
#include <QString>

namespace ita {

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

private:
    void error(int line, const QString &message);
    const Framework &m_framework;
    QString m_file;
    Diagnostics &m_diagnostics;
    QHash<const Assessment *, QHash<QString, int>> m_seen; // code → first line
};

/// Reads a Buddhist Era year, explaining common mistakes (a Christian Era year).
std::optional<int> parseYearBE(const QString &text, QString *problem);

} // namespace ita
