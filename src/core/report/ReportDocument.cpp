#include "ReportDocument.h"

#include "domain/ThaiDigits.h"

namespace ita::report {

QString withDigits(const QString &text, bool thaiDigits) {
    return thaiDigits ? toThaiDigits(text) : text;
}

QString runningTitle(const Document &document) {
    return document.agency.isEmpty()
               ? document.title
               : QStringLiteral("%1 · %2").arg(document.agency, document.title);
}

} // namespace ita::report
