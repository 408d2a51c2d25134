#pragma once

#include "analysis/WhatIf.h"
#include "domain/Result.h"

#include <QString>

#include <vector>

namespace ita {

class Database;

/// A named what-if scenario of an assessment. Its overrides live beside the results and
/// never touch them.
struct Scenario {
    QString name;
    Overrides overrides;
    bool operator==(const Scenario &) const = default;
};

class ScenarioRepository {
public:
    explicit ScenarioRepository(Database &database)
        : m_db(database) {}
    Result<std::vector<Scenario>> list(qint64 assessmentId) const;
    /// Saves (or replaces) a scenario by name.
    [[nodiscard]] QString save(qint64 assessmentId, const Scenario &scenario);
    [[nodiscard]] QString remove(qint64 assessmentId, const QString &name);

private:
    Database &m_db;
};

} // namespace ita
