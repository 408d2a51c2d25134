#include "OitStore.h"

#include "AssessmentRepository.h"
#include "Database.h"
#include "LinkCheckRepository.h"
#include "PlanRepository.h"
#include "io/FrameworkReader.h"

#include <QCoreApplication>

namespace ita {

namespace {
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::OitStore)
};
} // namespace

QStringList oitAddresses(const Plan &plan) {
    QStringList out;
    for (const OitPublication &p : plan.publications)
        for (const OitLink &l : p.links)
            if (const QString u = l.url.trimmed(); !u.isEmpty() && !out.contains(u))
                out << u;
    return out;
}

Result<OitInputs> loadOitInputs(Database &db, const FrameworkRegistry &registry,
                                const QString &agency, int planYear) {
    auto plan = PlanRepository(db).load(agency, planYear);
    if (!plan)
        return Result<OitInputs>::failure(plan.error());
    return loadOitInputs(db, registry, plan.take());
}

Result<OitInputs> loadOitInputs(Database &db, const FrameworkRegistry &registry, Plan plan) {
    using R = Result<OitInputs>;
    OitInputs in;
    in.plan = std::move(plan);
    AssessmentRepository assessments(db);
    if (auto a = assessments.load(in.plan.agency, in.plan.basedOnYear)) {
        auto fw = assessments.framework(a->frameworkId);
        if (!fw)
            return R::failure(fw.error());
        in.framework = fw.take();
        in.base = a.take();
    } else if (const Framework *fw = registry.forYear(in.plan.basedOnYear)) {
        in.framework = *fw;
    } else if (const Framework *next = registry.forYear(in.plan.fiscalYear)) {
        in.framework = *next;
    } else {
        return R::failure(Messages::tr("no framework serves fiscal year %1; known: %2")
                              .arg(in.plan.basedOnYear)
                              .arg(registry.describeAvailable()));
    }
    if (QString e = LinkCheckRepository(db).load(oitAddresses(in.plan), &in.checks); !e.isEmpty())
        return R::failure(e);
    return in;
}

} // namespace ita
