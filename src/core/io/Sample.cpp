#include "Sample.h"

#include "JsonUtil.h"

#include <QFile>

namespace ita {

namespace {

std::optional<nlohmann::json> manifest(QString *error) {
    QFile file(QStringLiteral(":/samples/samples.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    int line = 0;
    return json::parse(file.readAll(), error, &line);
}

QByteArray resource(const QString &name) {
    QFile file(QStringLiteral(":/samples/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString joined(const Diagnostics &diagnostics) {
    QStringList lines;
    for (const auto &d : diagnostics)
        lines << d.toString();
    return lines.join(u'\n');
}

} // namespace

ImportResult readBundledSample() {
    ImportResult result;
    QString error;
    const auto doc = manifest(&error);
    if (!doc || !doc->contains("samples")) {
        result.diagnostics.push_back(
            {Diagnostic::Severity::Error, QStringLiteral(":/samples/samples.json"), 0, error});
        return result;
    }
    for (const auto &entry : (*doc)["samples"]) {
        const QString name = json::toQString(entry["file"]);
        ImportOptions options;
        options.agency = json::toQString(entry["agency"]);
        options.fiscalYear = entry["year"].get<int>();
        ImportResult part = readScoresFile(resource(name), QStringLiteral(":/samples/") + name,
                                           FrameworkRegistry::builtIn(), options);
        for (auto &a : part.assessments)
            result.assessments.push_back(std::move(a));
        for (auto &d : part.diagnostics)
            result.diagnostics.push_back(std::move(d));
    }
    return result;
}

PlanImport readBundledPlan() {
    PlanImport out;
    QString error;
    const auto doc = manifest(&error);
    if (!doc || !doc->contains("plans") || (*doc)["plans"].empty()) {
        out.diagnostics.push_back({Diagnostic::Severity::Error, QStringLiteral(":/samples"), 0,
                                   error.isEmpty() ? QStringLiteral("no plan") : error});
        return out;
    }
    const QString name = json::toQString((*doc)["plans"][0]["file"]);
    return readPlanJson(resource(name), QStringLiteral(":/samples/") + name,
                        FrameworkRegistry::builtIn());
}

Result<std::vector<SampleEntry>> readBundledSampleEntries() {
    using R = Result<std::vector<SampleEntry>>;
    QString error;
    const auto doc = manifest(&error);
    if (!doc)
        return R::failure(error);
    std::vector<SampleEntry> out;
    for (const auto &entry : (*doc)["samples"]) {
        SampleEntry e;
        e.agency = json::toQString(entry["agency"]);
        e.fiscalYear = entry.value("year", 0);
        if (entry.contains("agency_full"))
            e.agencyFullName = json::toQString(entry["agency_full"]);
        if (entry.contains("objectives"))
            e.objectives = json::toQString(entry["objectives"]);
        if (entry.contains("recommendations")) {
            const QString name = json::toQString(entry["recommendations"]);
            auto recs = readRecommendationsJson(resource(name), name, FrameworkRegistry::builtIn());
            if (!recs.ok())
                return R::failure(joined(recs.diagnostics));
            e.recommendations = std::move(recs);
        }
        out.push_back(std::move(e));
    }
    return out;
}

QString describe(const Diagnostics &diagnostics) {
    return joined(diagnostics);
}

} // namespace ita
