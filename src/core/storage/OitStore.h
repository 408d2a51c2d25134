#pragma once

#include "domain/Assessment.h"
#include "domain/Framework.h"
#include "domain/LinkCheck.h"
#include "domain/Plan.h"
#include "domain/Result.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace ita {

class Database;
class FrameworkRegistry;

/// What the OIT checklist of one plan is read against: the plan, the assessment it answers
/// (its other tools' scores for the expected overall; none when the file has no such year),
/// that assessment's framework (else the registry's for the plan's years), and the stored
/// checks of the plan's addresses. Shared by the CLI's `oit` and the window's OIT tab.
struct OitInputs {
    Plan plan;
    std::optional<Assessment> base;
    Framework framework;
    QHash<QString, LinkCheck> checks;
};

Result<OitInputs> loadOitInputs(Database &db, const FrameworkRegistry &registry,
                                const QString &agency, int planYear);
/// The same for a plan the caller holds (the window's document): only the rest is read.
Result<OitInputs> loadOitInputs(Database &db, const FrameworkRegistry &registry, Plan plan);

/// Every address the plan's OIT items give, trimmed, each once, in item order.
QStringList oitAddresses(const Plan &plan);

} // namespace ita
