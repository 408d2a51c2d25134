#include "ReportDocument.h"

#include "domain/ThaiDigits.h"

namespace ita::report {

QString withDigits(const QString &text, bool thaiDigits) {
    return thaiDigits ? toThaiDigits(text) : text;
}

} // namespace ita::report
