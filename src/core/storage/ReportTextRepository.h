#pragma once

#include "domain/Result.h"

#include <QString>

namespace ita {

class Database;

/// Texts the working group writes for its report and keeps in the file: the objectives
/// (key "objectives") of an assessment's report, and an agency's full name for the title.
class ReportTextRepository {
public:
    explicit ReportTextRepository(Database &database)
        : m_db(database) {}

    /// The text under `key`, or "" when none was written.
    Result<QString> text(qint64 assessmentId, const QString &key) const;
    /// Stores it (an empty text removes it).
    [[nodiscard]] QString setText(qint64 assessmentId, const QString &key, const QString &text);

    Result<QString> agencyFullName(const QString &agency) const;
    [[nodiscard]] QString setAgencyFullName(const QString &agency, const QString &fullName);

private:
    Database &m_db;
};

} // namespace ita
