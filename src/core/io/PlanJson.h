#pragma once

#include "domain/Diagnostic.h"
#include "domain/Plan.h"
#include "domain/Recommendation.h"

#include <QByteArray>

namespace ita {

class FrameworkRegistry;

struct PlanImport {
    Plan plan;
    Diagnostics diagnostics;
    bool ok() const { return !hasErrors(diagnostics); }
};

/// Reads the plan format ("ita-planner-plan" v1, see the README). Checks item codes against
/// the framework of the year the plan answers, unit names against the plan's unit list,
/// months, percentages, statuses, dates and cadences; every problem names file and line.
PlanImport readPlanJson(const QByteArray &json, const QString &fileName,
                        const FrameworkRegistry &registry);

/// Reads a recommendations file ("ita-planner-recommendations" v1): a list of
/// {"code", "text"}, the code checked against the framework of the year.
struct RecommendationsImport {
    QString agency;
    int fiscalYear = 0;
    Recommendations recommendations;
    Diagnostics diagnostics;
    bool ok() const { return !hasErrors(diagnostics); }
};
RecommendationsImport readRecommendationsJson(const QByteArray &json, const QString &fileName,
                                              const FrameworkRegistry &registry);

/// The full-fidelity form; reading it back gives an equal Plan.
QByteArray writePlanJson(const Plan &plan);

} // namespace ita
