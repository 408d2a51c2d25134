#include "ThaiDigits.h"

namespace ita {

QString toThaiDigits(const QString &text) {
    QString out = text;
    for (QChar &c : out)
        if (c >= u'0' && c <= u'9')
            c = QChar(0x0E50 + (c.unicode() - u'0'));
    return out;
}

} // namespace ita
