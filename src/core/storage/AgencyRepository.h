#pragma once

#include "domain/Assessment.h"
#include "domain/AuditRecord.h"
#include "domain/Result.h"

#include <QString>

#include <vector>

namespace ita {

class Database;

/// An agency's province, group and parent organisation in an .itadb file: what portfolios
/// select and group by. Every change is audited field by field and sealed in the ledger.
class AgencyRepository {
public:
    explicit AgencyRepository(Database &database)
        : m_db(database) {}

    /// "g.province, g.agency_group, g.parent" for a query that joins agencies as `g`; on a
    /// file older than schema 9 (opened read-only, so not migrated) three empty texts.
    static QString attributeColumns(const Database &database, const QString &alias);

    /// The stored attributes of an agency (empty when it has none or is not in the file).
    Result<AgencyAttributes> attributes(const QString &agency) const;

    enum class Empty {
        Keeps,  ///< an empty field leaves the stored value (an import that lacks the column)
        Clears, ///< an empty field clears it (the GUI's agency details)
    };
    /// Sets the attributes of an agency already in the file, in one transaction (or inside
    /// the caller's), with one audit record per field that changes.
    [[nodiscard]] QString setAttributes(const QString &agency, const AgencyAttributes &attributes,
                                        Empty empty);

    /// An agency of an import whose name is stored with other details: perhaps the same
    /// agency moved or renamed its parent, perhaps another agency of the same name (Thai
    /// local administrations share names across provinces).
    struct Conflict {
        QString agency;
        AgencyAttributes stored;
        AgencyAttributes incoming;
    };
    /// The agencies of `assessments` whose non-empty province, group or parent differs from
    /// the non-empty value stored; each agency once.
    Result<std::vector<Conflict>> conflicts(const std::vector<Assessment> &assessments) const;
    /// The same, for the agencies' details a streamed file gave (StreamResult::attributes).
    Result<std::vector<Conflict>>
    conflicts(const std::vector<std::pair<QString, AgencyAttributes>> &incoming) const;

    /// The audit records of an agency's details going from `before` to `after`, one per
    /// field that changes.
    static std::vector<AuditChange> changes(const QString &agency, const AgencyAttributes &before,
                                            const AgencyAttributes &after);

    /// The distinct non-empty values of one attribute, sorted: for pickers and completers.
    enum class Field { Province, Group, Parent };
    Result<QStringList> values(Field field) const;

private:
    Database &m_db;
};

} // namespace ita
