#pragma once

#include "analysis/EntryChange.h"
#include "domain/Assessment.h"
#include "domain/Framework.h"
#include "domain/Result.h"

#include <QString>
#include <QVariantList>

#include <vector>

namespace ita {

class Database;
class FrameworkRegistry;

/// Assessments and their score nodes in an .itadb file.
class AssessmentRepository {
public:
    explicit AssessmentRepository(Database &database)
        : m_db(database) {}

    /// Every assessment, by agency then year.
    Result<std::vector<AssessmentSummary>> list() const;
    /// One agency's assessments, by year.
    Result<std::vector<AssessmentSummary>> list(const QString &agency) const;
    /// How many assessments the file holds.
    Result<qint64> count() const;
    /// The fiscal years the file has assessments of, newest first.
    Result<std::vector<int>> fiscalYears() const;
    /// The last of list(): the newest year of the last agency; 0 in an empty file.
    Result<qint64> last() const;
    /// The id of an agency's assessment for a year, or 0.
    Result<qint64> find(const QString &agency, int fiscalYear) const;
    Result<Assessment> load(const QString &agency, int fiscalYear) const;
    Result<Assessment> load(qint64 id) const;

    /// Stores the assessments in one transaction, with their frameworks and computed
    /// scores. An agency and year already in the file is refused unless `replace`; then
    /// nothing at all is stored.
    [[nodiscard]] QString save(const std::vector<Assessment> &assessments,
                               const FrameworkRegistry &registry, bool replace);

    /// The framework an assessment in this file uses: the definition stored in the file,
    /// or the built-in one of that id.
    Result<Framework> framework(const QString &id) const;

    /// Applies an edit (or its reverse) to one stored assessment in one transaction and
    /// refreshes its computed scores; on any error nothing changes.
    [[nodiscard]] QString applyEntryChanges(qint64 assessmentId, const EntryChanges &changes,
                                            bool reverse);
    /// Sets (or clears, with nullopt) an assessment's thresholds.
    [[nodiscard]] QString setThresholds(qint64 assessmentId, std::optional<Score> fixed,
                                        std::optional<Score> maintain);
    /// Creates an empty assessment; refused when the agency already has that year.
    Result<qint64> create(const QString &agency, int fiscalYear, const QString &frameworkId,
                          const FrameworkRegistry &registry);

    /// Recomputes the stored computed scores of every assessment (inside a transaction).
    [[nodiscard]] QString refreshAllComputed();
    /// The same for the assessments of one framework (after its tree or weights changed).
    [[nodiscard]] QString refreshComputedOf(const QString &frameworkId);
    /// Recomputes one assessment's stored computed scores (inside a transaction).
    [[nodiscard]] QString refreshComputed(qint64 assessmentId);

private:
    /// list() of the rows `where` ("WHERE …", values bound in order) selects.
    Result<std::vector<AssessmentSummary>> listWhere(const QString &where,
                                                     const QVariantList &values) const;
    /// refreshComputed() for every assessment `where` ("WHERE …", values bound in order)
    /// selects.
    [[nodiscard]] QString refreshComputedWhere(const QString &where, const QVariantList &values);
    Result<Assessment> loadScores(qint64 id) const;
    [[nodiscard]] QString saveOne(const Assessment &a, const Framework &fw,
                                  const QByteArray &definition, bool replace);
    Database &m_db;
};

} // namespace ita
