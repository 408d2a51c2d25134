#pragma once

#include "ReportBuilder.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ita::report {

/// Everything the program exports from one assessment: the command line's `export --format`
/// and the buttons of Reports and Export are the same list, written once here.
enum class ExportFormat {
    Json,
    ScoresCsv,
    PlanCsv,
    Pdf,
    Docx,
    Odt,
    ProgressPdf,
    ProgressDocx,
    ProgressOdt
};

/// "json", "csv", "plan-csv", "pdf", "docx", "odt", "progress-pdf", "progress-docx",
/// "progress-odt".
QString exportFormatKey(ExportFormat format);
std::optional<ExportFormat> exportFormatFromKey(const QString &key);
QStringList exportFormatKeys();

/// The bytes of one export, from one writer per format: the assessment JSON, the scores and
/// plan CSVs (formulas neutralised), the analysis report or the progress report as PDF (to
/// publish), DOCX or ODT (to finish by hand).
/// An error when the format needs what `input` lacks (a plan).
Result<QByteArray> exportBytes(const Input &input, ExportFormat format, const Options &options);

} // namespace ita::report
