#pragma once

#include <QString>

#include <vector>

namespace ita {

/// One problem found in a user's file, addressed the way an editor addresses it.
struct Diagnostic {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString file;
    int line = 0; ///< 1-based; 0 when the problem concerns the whole file
    QString message;

    /// "FILE:LINE: message" (or "FILE: message"), the form compilers use and editors jump to.
    QString toString() const;
};

using Diagnostics = std::vector<Diagnostic>;

inline bool hasErrors(const Diagnostics &list) {
    for (const auto &d : list)
        if (d.severity == Diagnostic::Severity::Error)
            return true;
    return false;
}

} // namespace ita
