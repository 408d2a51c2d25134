#pragma once

#include "domain/Framework.h"
#include "domain/Result.h"

#include <QString>
#include <QStringList>

namespace ita::codes {

/// The one definition of how people write codes, used by every reader, editor and command:
/// trimmed and upper-cased ("i1 " → "I1").
QString normalise(const QString &code);

/// Codes written in one field, separated by commas or white space ("i20, I24 I7"): each
/// normalised, each once, in the order written.
QStringList split(const QString &text);

/// Whether `framework` knows `code`: as one of its nodes, or as a sub-item <item>.<n> (n ≥ 1)
/// of one of its items. A refusal says why in `problem`, naming the framework.
bool check(const Framework &framework, const QString &code, QString *problem);

/// `split`, then `check` of each: the codes, or the first problem.
Result<QStringList> parse(const Framework &framework, const QString &text);

} // namespace ita::codes
