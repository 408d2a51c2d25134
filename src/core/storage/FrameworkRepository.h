#pragma once

#include "domain/Framework.h"
#include "domain/FrameworkCheck.h"
#include "domain/Result.h"
#include "io/FrameworkReader.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace ita {

class Database;

/// The frameworks a file holds. A file carries every framework its assessments use, and
/// the ones its working group built, so it opens the same on any computer. Lookups go to
/// the file first, then to the built-in frameworks.
class FrameworkRepository {
    Q_DECLARE_TR_FUNCTIONS(ita::FrameworkRepository)
public:
    explicit FrameworkRepository(Database &db)
        : m_db(db) {}

    struct Entry {
        Framework framework;
        bool stored = false;     ///< in this file (else built in only)
        QStringList assessments; ///< "agency year" of the assessments that use it
    };

    /// A framework's definition as stored in `db`'s frameworks table, read (and, when
    /// `checked`, checked). One that does not read was changed outside the program: the
    /// failure says the file is damaged, in Database::damaged()'s words, with the reader's
    /// detail, rather than a bare JSON syntax error.
    static Result<Framework> readStored(const Database &db, const QString &id,
                                        const QByteArray &definition, bool checked);

    /// The file's frameworks, then the built-in ones the file does not override, by id.
    Result<std::vector<Entry>> list() const;
    /// Registry for imports and new assessments: the file's frameworks over the built-in.
    Result<FrameworkRegistry> registry() const;
    /// One framework by id: the file's, else the built-in one.
    Result<Framework> find(const QString &id) const;

    /// Stores `framework` (new, or replacing the file's framework of the same id) in one
    /// transaction, with an audit record for every change against the stored one. Refused,
    /// with nothing stored, when checkFramework() finds a problem, when another framework
    /// claims one of its years, or when a stored assessment scores a code it no longer has
    /// (the message lists the codes and the assessments).
    [[nodiscard]] QString save(const Framework &framework);

    /// What `after` would take from the assessments that use `id`: for each code they score
    /// that `after` lacks, "code (agency year, …)". Empty when every score stays attached.
    Result<QStringList> detachedScores(const QString &id, const Framework &after) const;

    /// Problems `framework` would have in this file: its own and its year claims.
    std::vector<FrameworkProblem> problems(const Framework &framework) const;

private:
    Database &m_db;
};

/// The audit records that turn `before` into `after` (empty before: a new framework).
std::vector<struct AuditChange> frameworkChanges(const Framework *before, const Framework &after);

} // namespace ita
