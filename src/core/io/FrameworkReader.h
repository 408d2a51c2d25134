#pragma once

#include "domain/Framework.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace ita {

struct FrameworkProblem;

/// Reads a framework definition (data/frameworks/*.json, format "ita-framework" v1 or v2)
/// and refuses it when checkFramework() finds anything wrong. `source` names the file in
/// error messages, one problem a line.
Result<Framework> readFramework(const QByteArray &json, const QString &source);
/// The same without the checks, for `framework check` and the editor, which list every
/// problem themselves.
Result<Framework> readFrameworkUnchecked(const QByteArray &json, const QString &source);
/// "SOURCE: CODE: problem" lines, in Thai or English.
QString describeProblems(const QString &source, const std::vector<FrameworkProblem> &problems,
                         bool thai = false);

/// The frameworks the program knows: the ones built in (from data/frameworks, compiled
/// into the library as resources) plus any read from extra folders or stored in a file.
class FrameworkRegistry {
public:
    /// The built-in frameworks. A malformed built-in file is a build defect and aborts.
    static const FrameworkRegistry &builtIn();

    /// Adds every *.json in `folder`; returns "FILE: problem" lines for those refused.
    QStringList addFolder(const QString &folder);
    /// Adds one framework; replaces one with the same id.
    void add(Framework framework, QByteArray definition);

    const Framework *byId(const QString &id) const;
    /// The framework that assesses fiscal year `yearBE`, or nullptr.
    const Framework *forYear(int yearBE) const;
    /// The original JSON text, kept so a database can store the framework it used.
    QByteArray definition(const QString &id) const;

    std::vector<const Framework *> all() const;
    /// "ITA-2564 (2564)" for messages that list what is available.
    QString describeAvailable() const;

private:
    struct Entry {
        Framework framework;
        QByteArray definition;
    };
    std::vector<Entry> m_entries;
};

/// Resolves the framework for a year, or an explicit id; message says what is available.
Result<const Framework *> resolveFramework(const FrameworkRegistry &registry, int yearBE,
                                           const QString &explicitId);

} // namespace ita
