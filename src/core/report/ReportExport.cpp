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

const std::vector<ExportFormat> kFormats = {
    {"json", FileType::Json, ReportKind::Analysis, "ita"},
    {"csv", FileType::ScoresCsv, ReportKind::Analysis, "scores"},
    {"plan-csv", FileType::PlanCsv, ReportKind::Analysis, "plan"},
    {"pdf", FileType::Pdf, ReportKind::Analysis, "ita"},
    {"docx", FileType::Docx, ReportKind::Analysis, "ita"},
    {"odt", FileType::Odt, ReportKind::Analysis, "ita"},
    {"progress-pdf", FileType::Pdf, ReportKind::Progress, "progress"},
    {"progress-docx", FileType::Docx, ReportKind::Progress, "progress"},
    {"progress-odt", FileType::Odt, ReportKind::Progress, "progress"},
};

/// What belongs to a file type whichever report it carries.
struct FileTypeRow {
    FileType type;
    const char *suffix;
    ReportWriter writer;
};

const FileTypeRow kFileTypes[] = {
    {FileType::Json, "json", nullptr},    {FileType::ScoresCsv, "csv", nullptr},
    {FileType::PlanCsv, "csv", nullptr},  {FileType::Pdf, "pdf", &writePdf},
    {FileType::Docx, "docx", &writeDocx}, {FileType::Odt, "odt", &writeOdt},
};

const FileTypeRow &rowOf(FileType type) {
    for (const FileTypeRow &row : kFileTypes)
        if (row.type == type)
            return row;
    Q_UNREACHABLE();
}

} // namespace

QString ExportFormat::suffix() const {
    return QString::fromLatin1(rowOf(type).suffix);
}

ReportWriter ExportFormat::writer() const {
    return rowOf(type).writer;
}

QString ExportFormat::nameFilter() const {
    switch (type) {
    case FileType::Json:
        return Messages::tr("JSON files (*.json)");
    case FileType::ScoresCsv:
    case FileType::PlanCsv:
        return Messages::tr("CSV files (*.csv)");
    case FileType::Pdf:
        return Messages::tr("PDF documents (*.pdf)");
    case FileType::Docx:
        return Messages::tr("Word documents (*.docx)");
    case FileType::Odt:
        return Messages::tr("OpenDocument text (*.odt)");
    }
    return {};
}

const std::vector<ExportFormat> &exportFormats() {
    return kFormats;
}

std::optional<ExportFormat> exportFormatFromKey(const QString &key) {
    for (const ExportFormat &f : kFormats)
        if (key == QLatin1String(f.key))
            return f;
    return std::nullopt;
}

ExportFormat exportFormat(FileType type, ReportKind kind) {
    for (const ExportFormat &f : kFormats)
        if (f.type == type && (!f.isReport() || f.kind == kind))
            return f;
    Q_UNREACHABLE();
}

QStringList exportFormatKeys() {
    QStringList keys;
    for (const ExportFormat &f : kFormats)
        keys << QString::fromLatin1(f.key);
    return keys;
}

Result<QByteArray> exportBytes(const Input &input, const ExportFormat &format,
                               const Options &options) {
    using R = Result<QByteArray>;
    if (!input.assessment || !input.analysis)
        return R::failure(Messages::tr("nothing to export: no assessment"));
    if (const ReportWriter write = format.writer()) {
        const Document document = format.kind == ReportKind::Progress
                                      ? buildProgressReport(input, options)
                                      : buildAnalysisReport(input, options);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (QString error = write(document, &buffer); !error.isEmpty())
            return R::failure(error);
        return bytes;
    }
    switch (format.type) {
    case FileType::Json:
        return writeAssessmentJson(*input.assessment);
    case FileType::ScoresCsv:
        return exports::scoresCsv(*input.assessment, *input.analysis, options.thai);
    case FileType::PlanCsv:
        if (!input.plan)
            return R::failure(Messages::tr("%1 has no plan for fiscal year %2 yet")
                                  .arg(input.assessment->agency)
                                  .arg(input.assessment->fiscalYear + 1));
        return exports::planCsv(*input.plan, input.analysis, options.thai);
    case FileType::Pdf:
    case FileType::Docx:
    case FileType::Odt:
        break; // written above
    }
    return R::failure(QStringLiteral("unknown export format"));
}

} // namespace ita::report
