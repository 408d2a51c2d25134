#pragma once

#include "domain/Library.h"
#include "domain/Result.h"

namespace ita {

class Database;
class FrameworkRegistry;

/// The file's own measures library (schema 11): the entries a working group saved from its
/// plans or imported from a colleague's library, beside the bundled one. Each entry is kept as
/// its JSON (the library format's entry), audited and sealed like every other row; every change
/// is one transaction.
class LibraryRepository {
public:
    /// `registry`: the frameworks entries' codes are checked against (default: the built-in).
    explicit LibraryRepository(Database &db, const FrameworkRegistry *registry = nullptr);

    /// The stored entries in their order (none before schema 11). An entry the program cannot
    /// read back (changed outside it) fails the load with its id.
    Result<std::vector<LibraryEntry>> load(const FrameworkRegistry &registry) const;
    /// Adds an entry, or replaces the one with the same id.
    [[nodiscard]] QString save(const LibraryEntry &entry);
    [[nodiscard]] QString remove(const QString &id);
    /// Adds every entry of `library` in one transaction. An id already stored is refused
    /// (nothing is stored) unless `replace`.
    [[nodiscard]] QString import(const Library &library, bool replace);

private:
    Database &m_db;
    const FrameworkRegistry *m_registry;
};

/// The library drafting draws on: the bundled entries, then the file's, an entry of the file
/// taking the place of a bundled one with the same id.
Library mergedLibrary(const Library &bundled, const std::vector<LibraryEntry> &own);

} // namespace ita
