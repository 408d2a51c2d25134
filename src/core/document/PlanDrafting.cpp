#include "PlanDrafting.h"

#include "io/FrameworkReader.h"
#include "io/LibraryJson.h"
#include "storage/AssessmentRepository.h"
#include "storage/FrameworkRepository.h"
#include "storage/LibraryRepository.h"
#include "storage/PlanRepository.h"

#include <QCoreApplication>

namespace ita {

namespace {
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::PlanDrafting)
};
} // namespace

Result<DraftContext> loadDraftContext(Database &db, const Plan &plan, bool carryForward,
                                      const Library *extra) {
    using R = Result<DraftContext>;
    DraftContext c;
    AssessmentRepository assessments(db);
    auto results = assessments.load(plan.agency, plan.basedOnYear);
    if (!results)
        return R::failure(Messages::tr("the plan's results (fiscal year %1) are not in the file: "
                                       "%2")
                              .arg(plan.basedOnYear)
                              .arg(results.error()));
    auto fw = assessments.framework(results->frameworkId);
    if (!fw)
        return R::failure(fw.error());
    c.framework = fw.take();
    c.analysis = analyse(c.framework, *results);
    // The file's frameworks, then the built-in ones: an entry may name a year the group built.
    FrameworkRegistry registry;
    if (auto fromFile = FrameworkRepository(db).registry())
        registry = fromFile.take();
    for (const Framework *f : FrameworkRegistry::builtIn().all())
        if (!registry.byId(f->id))
            registry.add(*f, FrameworkRegistry::builtIn().definition(f->id));
    auto own = LibraryRepository(db).load(registry);
    if (!own)
        return R::failure(own.error());
    c.library = mergedLibrary(bundledLibrary(), *own);
    PlanRepository plans(db);
    if (auto recs = plans.recommendations(plan.agency, plan.basedOnYear)) {
        int index = 0;
        for (const Recommendation &r : *recs)
            c.library.entries.push_back(
                entryFromRecommendation(c.framework, c.analysis, r.code, r.text, index++));
    }
    if (extra)
        for (const LibraryEntry &e : extra->entries)
            c.library.entries.push_back(e);
    if (carryForward) {
        auto found = plans.find(plan.agency, plan.fiscalYear - 1);
        if (found && *found > 0) {
            auto previous = plans.load(plan.agency, plan.fiscalYear - 1);
            if (!previous)
                return R::failure(previous.error());
            c.previous = previous.take();
            if (auto before = assessments.load(plan.agency, c.previous->basedOnYear))
                if (auto bfw = assessments.framework(before->frameworkId))
                    c.previousAnswered = analyse(*bfw, *before);
        }
    }
    return c;
}

void addDrafts(Plan &plan, const std::vector<Measure> &measures) {
    for (const Measure &m : measures) {
        for (const Step &s : m.steps)
            registerUnits(plan, s.units);
        plan.measures.push_back(m);
    }
}

} // namespace ita
