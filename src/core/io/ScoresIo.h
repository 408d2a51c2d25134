#pragma once

#include "Limits.h"

#include "domain/Assessment.h"
#include "domain/Diagnostic.h"
#include "io/FrameworkReader.h"
#include "io/TextDecoding.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace ita {

/// Whose scores a file holds when the file does not say (CLI --agency/--year/--framework).
struct ImportOptions {
    QString agency;
    int fiscalYear = 0; ///< Buddhist Era; 0 = not given
    QString frameworkId;
    TextEncoding encoding = TextEncoding::Auto;
    bool requireAgency = true; ///< classify/validate of a bare file need no agency
    InputLimits limits;        ///< what a CSV may hold (JSON uses jsonLimits())
};

struct ImportResult {
    std::vector<Assessment> assessments; ///< in the order the file first names them
    Diagnostics diagnostics;             ///< errors and warnings, in file order
    /// Fiscal years the file names that no framework serves: the GUI offers to create them.
    std::vector<int> yearsWithoutFramework;
    bool ok() const { return !hasErrors(diagnostics); }
};

/// Reads the scores CSV described in the README (columns code, title, score, grade, and
/// optionally agency and year). Collects every problem rather than stopping at the first,
/// so one pass shows a working group all it has to fix.
ImportResult readScoresCsv(const QByteArray &bytes, const QString &fileName,
                           const FrameworkRegistry &registry, const ImportOptions &options);

/// Reads the versioned JSON form of one assessment ("ita-planner-assessment" v1).
ImportResult readAssessmentJson(const QByteArray &bytes, const QString &fileName,
                                const FrameworkRegistry &registry, const ImportOptions &options);

/// Reads by content: JSON when the first non-blank character is '{', CSV otherwise.
ImportResult readScoresFile(const QByteArray &bytes, const QString &fileName,
                            const FrameworkRegistry &registry, const ImportOptions &options);

/// The full-fidelity JSON form; reading it back gives an equal Assessment.
QByteArray writeAssessmentJson(const Assessment &assessment);

/// Scores CSV with agency and year columns, UTF-8 with a BOM (so Excel shows Thai), CRLF.
/// Reading it back gives equal assessments (titles, stated scores and grades).
QByteArray writeScoresCsv(const std::vector<Assessment> &assessments);

} // namespace ita
