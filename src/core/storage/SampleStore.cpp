#include "SampleStore.h"

#include "AssessmentRepository.h"
#include "Database.h"
#include "PlanRepository.h"
#include "ReportTextRepository.h"
#include "io/Sample.h"
#include "storage/SampleStore.h"

namespace ita {

QString writeSample(Database &database) {
    const ImportResult sample = readBundledSample();
    if (!sample.ok())
        return describe(sample.diagnostics);
    const PlanImport plan = readBundledPlan();
    if (!plan.ok())
        return describe(plan.diagnostics);
    const auto entries = readBundledSampleEntries();
    if (!entries)
        return entries.error();
    return database.transact([&]() -> QString {
        AssessmentRepository assessments(database);
        if (QString e = assessments.save(sample.assessments, FrameworkRegistry::builtIn(), true);
            !e.isEmpty())
            return e;
        PlanRepository plans(database);
        ReportTextRepository texts(database);
        for (const SampleEntry &entry : *entries) {
            if (!entry.agencyFullName.isEmpty())
                if (QString e = texts.setAgencyFullName(entry.agency, entry.agencyFullName);
                    !e.isEmpty())
                    return e;
            if (!entry.objectives.isEmpty()) {
                const auto id = assessments.find(entry.agency, entry.fiscalYear);
                if (!id)
                    return id.error();
                if (QString e = texts.setText(*id, QStringLiteral("objectives"), entry.objectives);
                    !e.isEmpty())
                    return e;
            }
            if (const auto &recs = entry.recommendations)
                if (QString e = plans.saveRecommendations(recs->agency, recs->fiscalYear,
                                                          recs->recommendations);
                    !e.isEmpty())
                    return e;
        }
        return plans.save(plan.plan, true);
    });
}

} // namespace ita
