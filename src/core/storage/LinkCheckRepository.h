#pragma once

#include "domain/LinkCheck.h"

#include <QHash>
#include <QStringList>

#include <vector>

namespace ita {

class Database;

/// The stored results of the OIT link check, one per address (table link_checks, schema 13).
/// What a check saw, not what anyone typed: a new check of an address replaces the old, and the
/// ledger does not seal them (Migrations.cpp, toVersion13).
class LinkCheckRepository {
public:
    explicit LinkCheckRepository(Database &db)
        : m_db(db) {}

    /// The stored checks of these addresses (those never checked are absent).
    [[nodiscard]] QString load(const QStringList &urls, QHash<QString, LinkCheck> *out) const;
    /// Stores the results, each replacing its address's, in one transaction.
    [[nodiscard]] QString save(const std::vector<LinkCheck> &results);

private:
    Database &m_db;
};

} // namespace ita
