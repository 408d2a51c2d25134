#include "Diagnostic.h"

#include <QCoreApplication>

namespace ita {

QString Diagnostic::toString() const {
    const QString prefix = severity == Severity::Warning
                               ? QCoreApplication::translate("ita::Diagnostic", "warning: ")
                               : QString();
    if (line > 0)
        return QStringLiteral("%1:%2: %3%4").arg(file).arg(line).arg(prefix, message);
    return QStringLiteral("%1: %2%3").arg(file, prefix, message);
}

} // namespace ita
