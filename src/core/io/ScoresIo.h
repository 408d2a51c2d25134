#pragma once

#include "Limits.h"

#include "domain/Assessment.h"
#include "domain/Diagnostic.h"
#include "io/FrameworkReader.h"
#include "io/TextDecoding.h"

#include <QByteArray>
#include <QString>

#include <utility>
#include <vector>

class QIODevice;

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

/// Where the streaming reader hands its rows: each run of consecutive rows of one agency and
/// year, once checked. A store writes them as they come, so nothing holds the whole file.
class ScoreSink {
public:
    virtual ~ScoreSink() = default;
    /// `run` holds the agency, the year, the framework and the sound rows of one run; `first`
    /// is false when the file gave rows of this agency and year before (an assessment's rows
    /// need not be together). Returns why the run cannot be taken, reported at `line` (the
    /// run's first row), or empty. Once the file has an error nothing more is handed on.
    virtual QString take(const Assessment &run, bool first, int line) = 0;
    /// A reader that shows what a file holds, errors and all, wants every run.
    virtual bool wantsRunsAfterErrors() const { return false; }
    /// What a sink that stores a run while the next one is read (SqliteScoresWriter) could not
    /// store, each with the line of its run's first row. The reader asks after every take(),
    /// and once with `end` when the file is read: everything still pending is stored then.
    struct Late {
        int line = 0;
        QString text;
    };
    virtual std::vector<Late> late(bool end) {
        (void)end;
        return {};
    }
};

/// How many errors, and as many warnings, a streamed read keeps with their lines; the rest are
/// counted, not kept (a national file with one systematic mistake would otherwise hold
/// millions of messages).
inline constexpr int maxKeptMessages = 10'000;

struct StreamResult {
    Diagnostics diagnostics; ///< in file order; at most maxKeptMessages errors and warnings each
    qint64 errors = 0;       ///< kept and counted alike
    qint64 warnings = 0;
    qint64 rows = 0; ///< score rows read, blank rows aside
    std::vector<int> yearsWithoutFramework;
    /// The province, group and parent of each agency that the file gives any for, in the order
    /// the file first names the agencies.
    std::vector<std::pair<QString, AgencyAttributes>> attributes;
    bool ok() const { return errors == 0; }
    qint64 leftOut() const { return errors + warnings - qint64(diagnostics.size()); }
};

/// "1,234 more messages not shown": the line that stands for the messages a read left out.
Diagnostic leftOutNote(const StreamResult &read, const QString &fileName);

/// readScoresCsv() from a device, read a chunk at a time: the same checks and messages, with
/// memory that does not grow with the file (only a little per agency and year). The rows go to
/// `sink` as they are checked.
StreamResult readScoresCsv(QIODevice &device, const QString &fileName,
                           const FrameworkRegistry &registry, const ImportOptions &options,
                           ScoreSink &sink);

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
