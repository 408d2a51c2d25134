#include "RepositoryScoresWriter.h"

#include "AgencyRepository.h"
#include "AssessmentRepository.h"
#include "Database.h"

#include <QCoreApplication>

namespace ita {

namespace {
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::RepositoryScoresWriter)
};

QString keyOf(const Assessment &a) {
    return QStringLiteral("%1\x1f%2").arg(a.agency).arg(a.fiscalYear);
}
} // namespace

RepositoryScoresWriter::RepositoryScoresWriter(Database &db, const FrameworkRegistry &registry,
                                               Options options)
    : m_db(db)
    , m_registry(registry)
    , m_options(options) {}

QString RepositoryScoresWriter::take(const Assessment &run, bool, int) {
    if (m_current && keyOf(*m_current) == keyOf(run)) {
        m_current->entries.insert(m_current->entries.end(), run.entries.begin(), run.entries.end());
        return {};
    }
    if (QString e = flush(); !e.isEmpty())
        return e;
    m_current = run;
    m_current->attributes = {}; // set at the end, where contradictions are refused
    m_currentStoredBefore = m_stored.contains(keyOf(run));
    if (m_currentStoredBefore) {
        // Rows apart from the assessment's first ones: added to what this import stored.
        auto stored = AssessmentRepository(m_db).load(run.agency, run.fiscalYear);
        if (!stored)
            return stored.error();
        std::vector<ScoreEntry> entries = std::move(stored->entries);
        entries.insert(entries.end(), run.entries.begin(), run.entries.end());
        m_current->entries = std::move(entries);
    }
    return {};
}

QString RepositoryScoresWriter::flush() {
    if (!m_current)
        return {};
    Assessment a = std::move(*m_current);
    m_current.reset();
    const QString key = keyOf(a);
    // Its own earlier rows are replaced by all of them; another's year only with --replace.
    if (QString e = AssessmentRepository(m_db).save({a}, m_registry,
                                                    m_options.replace || m_currentStoredBefore);
        !e.isEmpty())
        return e;
    const int rows = int(a.entries.size());
    if (!m_stored.contains(key)) {
        m_stored.insert(key);
        m_imported.push_back({a.agency, a.fiscalYear, a.frameworkId, rows});
    } else {
        for (Imported &i : m_imported)
            if (i.agency == a.agency && i.fiscalYear == a.fiscalYear)
                i.lines = rows;
    }
    return {};
}

QString RepositoryScoresWriter::finish(
    const std::vector<std::pair<QString, AgencyAttributes>> &attributes) {
    if (QString e = flush(); !e.isEmpty())
        return e;
    AgencyRepository agencies(m_db);
    std::vector<Assessment> given;
    for (const auto &[name, values] : attributes) {
        Assessment a;
        a.agency = name;
        a.attributes = values;
        given.push_back(std::move(a));
    }
    auto conflicts = agencies.conflicts(given);
    if (!conflicts)
        return conflicts.error();
    if (!conflicts->empty() && !m_options.merge) {
        QStringList names;
        for (const auto &c : *conflicts)
            names << c.agency;
        return Messages::tr("already in %1 with another province, group or parent: %2; nothing "
                            "was imported (--merge if they are the same agencies)")
            .arg(m_db.path(), names.join(QStringLiteral(", ")));
    }
    for (const auto &[name, values] : attributes)
        if (QString e = agencies.setAttributes(name, values, AgencyRepository::Empty::Keeps);
            !e.isEmpty())
            return e;
    return {};
}

} // namespace ita
