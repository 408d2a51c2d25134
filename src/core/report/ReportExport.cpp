#include "ReportExport.h"

#include "DocxWriter.h"
#include "OdtWriter.h"

#include "ReportWriters.h"
#include "io/ExportCsv.h"
#include "io/ScoresIo.h"

#include <QBuffer>
#include <QCoreApplication>

namespace ita::report {

namespace {

struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::report::ReportExport)
};

const std::pair<ExportFormat, const char *> kKeys[] = {
    {ExportFormat::Json, "json"},
    {ExportFormat::ScoresCsv, "csv"},
    {ExportFormat::PlanCsv, "plan-csv"},
    {ExportFormat::Pdf, "pdf"},
    {ExportFormat::Docx, "docx"},
    {ExportFormat::Odt, "odt"},
    {ExportFormat::ProgressPdf, "progress-pdf"},
    {ExportFormat::ProgressDocx, "progress-docx"},
    {ExportFormat::ProgressOdt, "progress-odt"},
};

} // namespace

QString exportFormatKey(ExportFormat format) {
    for (const auto &[f, key] : kKeys)
        if (f == format)
            return QString::fromLatin1(key);
    return {};
}

std::optional<ExportFormat> exportFormatFromKey(const QString &key) {
    for (const auto &[f, k] : kKeys)
        if (key == QLatin1String(k))
            return f;
    return std::nullopt;
}

QStringList exportFormatKeys() {
    QStringList keys;
    for (const auto &[f, key] : kKeys)
        keys << QString::fromLatin1(key);
    return keys;
}

Result<QByteArray> exportBytes(const Input &input, ExportFormat format, const Options &options) {
    using R = Result<QByteArray>;
    if (!input.assessment || !input.analysis)
        return R::failure(Messages::tr("nothing to export: no assessment"));
    switch (format) {
    case ExportFormat::Json:
        return writeAssessmentJson(*input.assessment);
    case ExportFormat::ScoresCsv:
        return exports::scoresCsv(*input.assessment, *input.analysis, options.thai);
    case ExportFormat::PlanCsv:
        if (!input.plan)
            return R::failure(Messages::tr("%1 has no plan for fiscal year %2 yet")
                                  .arg(input.assessment->agency)
                                  .arg(input.assessment->fiscalYear + 1));
        return exports::planCsv(*input.plan, input.analysis, options.thai);
    case ExportFormat::Pdf:
    case ExportFormat::Docx:
    case ExportFormat::Odt:
    case ExportFormat::ProgressPdf:
    case ExportFormat::ProgressDocx:
    case ExportFormat::ProgressOdt: {
        const bool progress = format == ExportFormat::ProgressPdf ||
                              format == ExportFormat::ProgressDocx ||
                              format == ExportFormat::ProgressOdt;
        const Document document =
            progress ? buildProgressReport(input, options) : buildAnalysisReport(input, options);
        QString error;
        QByteArray bytes;
        if (format == ExportFormat::Docx || format == ExportFormat::ProgressDocx) {
            bytes = writeDocx(document, &error);
        } else if (format == ExportFormat::Odt || format == ExportFormat::ProgressOdt) {
            bytes = writeOdtPackage(document, &error);
        } else {
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            error = writePdf(document, &buffer);
        }
        if (!error.isEmpty())
            return R::failure(error);
        return bytes;
    }
    }
    return R::failure(QStringLiteral("unknown export format"));
}

} // namespace ita::report
