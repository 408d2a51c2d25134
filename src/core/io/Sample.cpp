#include "Sample.h"

#include "JsonUtil.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"

#include <QFile>

namespace ita {

ImportResult readBundledSample() {
    ImportResult result;
    QFile manifest(QStringLiteral(":/samples/samples.json"));
    if (!manifest.open(QIODevice::ReadOnly)) {
        result.diagnostics.push_back(
            {Diagnostic::Severity::Error, manifest.fileName(), 0, manifest.errorString()});
        return result;
    }
    QString error;
    int line = 0;
    const auto doc = json::parse(manifest.readAll(), &error, &line);
    if (!doc || !doc->contains("samples")) {
        result.diagnostics.push_back(
            {Diagnostic::Severity::Error, manifest.fileName(), line, error});
        return result;
    }
    for (const auto &entry : (*doc)["samples"]) {
        QFile file(QStringLiteral(":/samples/") + json::toQString(entry["file"]));
        if (!file.open(QIODevice::ReadOnly)) {
            result.diagnostics.push_back(
                {Diagnostic::Severity::Error, file.fileName(), 0, file.errorString()});
            continue;
        }
        ImportOptions options;
        options.agency = json::toQString(entry["agency"]);
        options.fiscalYear = entry["year"].get<int>();
        ImportResult part =
            readScoresFile(file.readAll(), file.fileName(), FrameworkRegistry::builtIn(), options);
        for (auto &a : part.assessments)
            result.assessments.push_back(std::move(a));
        for (auto &d : part.diagnostics)
            result.diagnostics.push_back(std::move(d));
    }
    return result;
}

QString writeSample(Database &database) {
    const ImportResult sample = readBundledSample();
    if (!sample.ok()) {
        QStringList lines;
        for (const auto &d : sample.diagnostics)
            lines << d.toString();
        return lines.join(u'\n');
    }
    AssessmentRepository repository(database);
    return repository.save(sample.assessments, FrameworkRegistry::builtIn(), true);
}

} // namespace ita
