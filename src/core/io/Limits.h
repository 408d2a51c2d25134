#pragma once

#include <QtGlobal>

namespace ita {

/// How much of what a reader will take. Every limit is refused with a message that names
/// the file and the line; a national file (8,300 agencies × 5 years, 4.1 million rows,
/// 184 MB) is well inside them.
struct InputLimits {
    qint64 maxBytes = 512ll * 1024 * 1024; ///< a whole file
    qint64 maxRows = 10'000'000;           ///< CSV records
    int maxFieldLength = 4000;             ///< characters of one CSV field or JSON text
    int maxDepth = 32;                     ///< JSON nesting of objects and arrays
};

/// JSON documents (assessments, plans, frameworks) are small: 64 MB is generous.
inline InputLimits jsonLimits() {
    InputLimits l;
    l.maxBytes = 64ll * 1024 * 1024;
    return l;
}

} // namespace ita
