#pragma once

#include <QString>

namespace ita {

/// "2564" → "๒๕๖๔": Thai documents may write every number in Thai digits.
QString toThaiDigits(const QString &text);

} // namespace ita
