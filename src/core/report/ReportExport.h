#pragma once

#include "ReportBuilder.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

class QIODevice;

namespace ita::report {

/// The kinds of file the program exports from one assessment.
enum class FileType { Json, ScoresCsv, PlanCsv, Pdf, Docx, Odt };
/// Which report a report file type carries.
enum class ReportKind { Analysis, Progress };

/// A report writer: the whole document onto `device`. Error message, or empty.
using ReportWriter = QString (*)(const Document &document, QIODevice *device);

/// One row of the formats table: everything the program exports, by the command line's
/// `export --format` key and by the buttons of Reports and Export, written once here.
struct ExportFormat {
    const char *key; ///< "json", "csv", "plan-csv", "pdf", "docx", "odt", "progress-pdf", …
    FileType type;
    ReportKind kind;  ///< which report; Analysis for the data exports
    const char *stem; ///< the start of a suggested file name: "ita", "progress", "scores", "plan"
    /// A report file (PDF, DOCX, ODT) rather than the data (JSON, CSV).
    bool isReport() const { return writer() != nullptr; }
    /// The file name suffix, without the dot: "pdf", "csv".
    QString suffix() const;
    /// The save dialog's name filter, translated: "PDF documents (*.pdf)".
    QString nameFilter() const;
    /// The report writer of this file type; null for the data exports.
    ReportWriter writer() const;
};

/// The table, in the order the command line's help lists the keys.
const std::vector<ExportFormat> &exportFormats();
std::optional<ExportFormat> exportFormatFromKey(const QString &key);
/// The row for a file type and, for the report types, the report it carries.
ExportFormat exportFormat(FileType type, ReportKind kind = ReportKind::Analysis);
QStringList exportFormatKeys();

/// The bytes of one export, from the format's writer: the assessment JSON, the scores and
/// plan CSVs (formulas neutralised), the analysis report or the progress report as PDF (to
/// publish), DOCX or ODT (to finish by hand).
/// An error when the format needs what `input` lacks (a plan).
Result<QByteArray> exportBytes(const Input &input, const ExportFormat &format,
                               const Options &options);

} // namespace ita::report
