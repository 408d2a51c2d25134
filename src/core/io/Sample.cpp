#include "Sample.h"

#include "JsonUtil.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/PlanRepository.h"
#include "storage/ReportTextRepository.h"

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

QString writeSample(Database &database) {
    const ImportResult sample = readBundledSample();
    if (!sample.ok())
        return joined(sample.diagnostics);
    const PlanImport plan = readBundledPlan();
    if (!plan.ok())
        return joined(plan.diagnostics);
    QString error;
    const auto doc = manifest(&error);
    if (!doc)
        return error;
    return database.transact([&]() -> QString {
        AssessmentRepository assessments(database);
        if (QString e = assessments.save(sample.assessments, FrameworkRegistry::builtIn(), true);
            !e.isEmpty())
            return e;
        PlanRepository plans(database);
        ReportTextRepository texts(database);
        for (const auto &entry : (*doc)["samples"]) {
            const QString agency = json::toQString(entry["agency"]);
            if (entry.contains("agency_full"))
                if (QString e =
                        texts.setAgencyFullName(agency, json::toQString(entry["agency_full"]));
                    !e.isEmpty())
                    return e;
            if (entry.contains("objectives")) {
                const auto id = assessments.find(agency, entry["year"].get<int>());
                if (!id)
                    return id.error();
                if (QString e = texts.setText(*id, QStringLiteral("objectives"),
                                              json::toQString(entry["objectives"]));
                    !e.isEmpty())
                    return e;
            }
            if (!entry.contains("recommendations"))
                continue;
            const QString name = json::toQString(entry["recommendations"]);
            const auto recs =
                readRecommendationsJson(resource(name), name, FrameworkRegistry::builtIn());
            if (!recs.ok())
                return joined(recs.diagnostics);
            if (QString e =
                    plans.saveRecommendations(recs.agency, recs.fiscalYear, recs.recommendations);
                !e.isEmpty())
                return e;
        }
        return plans.save(plan.plan, true);
    });
}

} // namespace ita
