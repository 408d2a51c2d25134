#include "ReportSource.h"

#include "storage/AssessmentRepository.h"
#include "storage/PlanRepository.h"
#include "storage/ReportTextRepository.h"

namespace ita::report {

Input Source::input() const {
    Input in;
    in.framework = &framework;
    in.assessment = &assessment;
    in.analysis = &analysis;
    in.recommendations = recommendations;
    in.plan = plan ? &*plan : nullptr;
    in.objectives = objectives;
    in.agencyFullName = agencyFullName;
    return in;
}

Result<std::shared_ptr<Source>> loadSource(Database &database, const QString &agency,
                                           int fiscalYear) {
    using R = Result<std::shared_ptr<Source>>;
    auto source = std::make_shared<Source>();
    AssessmentRepository assessments(database);
    auto a = assessments.load(agency, fiscalYear);
    if (!a)
        return R::failure(a.error());
    source->assessment = std::move(*a);
    auto fw = assessments.framework(source->assessment.frameworkId);
    if (!fw)
        return R::failure(fw.error());
    source->framework = std::move(*fw);
    source->analysis = analyse(source->framework, source->assessment);

    PlanRepository plans(database);
    auto recs = plans.recommendations(agency, fiscalYear);
    if (!recs)
        return R::failure(recs.error());
    source->recommendations = std::move(*recs);
    auto planId = plans.find(agency, fiscalYear + 1);
    if (!planId)
        return R::failure(planId.error());
    if (*planId != 0) {
        auto plan = plans.load(agency, fiscalYear + 1);
        if (!plan)
            return R::failure(plan.error());
        source->plan = std::move(*plan);
    }

    ReportTextRepository texts(database);
    auto id = assessments.find(agency, fiscalYear);
    if (!id)
        return R::failure(id.error());
    auto objectives = texts.text(*id, QStringLiteral("objectives"));
    if (!objectives)
        return R::failure(objectives.error());
    source->objectives = *objectives;
    auto full = texts.agencyFullName(agency);
    if (!full)
        return R::failure(full.error());
    source->agencyFullName = *full;
    return source;
}

} // namespace ita::report
