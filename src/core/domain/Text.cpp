#include "Text.h"

#include <QCoreApplication>

namespace ita {

namespace {
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::Text)
};
} // namespace

bool isForbiddenCharacter(char32_t c) {
    return c == 0 || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE ||
           (c >= 0xD800 && c <= 0xDFFF);
}

std::optional<char32_t> firstForbiddenCharacter(QStringView text, qsizetype *at) {
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = text[i].unicode();
        // Most text (Thai, Latin) is below U+D800 and not NUL: one comparison each.
        if (u != 0 && u < 0xD800)
            continue;
        if (QChar::isHighSurrogate(u) && i + 1 < n &&
            QChar::isLowSurrogate(text[i + 1].unicode())) {
            const char32_t c = QChar::surrogateToUcs4(u, text[i + 1].unicode());
            if (isForbiddenCharacter(c)) {
                if (at)
                    *at = i;
                return c;
            }
            ++i;
            continue;
        }
        if (isForbiddenCharacter(u)) {
            if (at)
                *at = i;
            return u;
        }
    }
    return std::nullopt;
}

std::optional<char32_t> firstForbiddenCharacter(std::string_view utf8) {
    const auto *p = reinterpret_cast<const unsigned char *>(utf8.data());
    const size_t n = utf8.size();
    for (size_t i = 0; i < n; ++i) {
        const unsigned char b = p[i];
        // Only NUL, a three-byte sequence from U+D000 (ED) or U+F000 (EF) up, or a four-byte
        // one can be forbidden; Thai (E0 B8/B9 …) and ASCII pass on one comparison.
        if (b == 0)
            return U'\0';
        if (b != 0xED && b != 0xEF && b < 0xF0)
            continue;
        char32_t c = 0;
        size_t length = 0;
        if (b >= 0xF0) {
            c = b & 0x07;
            length = 4;
        } else {
            c = b & 0x0F;
            length = 3;
        }
        if (i + length > n)
            return std::nullopt;
        for (size_t k = 1; k < length; ++k)
            c = (c << 6) | (p[i + k] & 0x3F);
        if (isForbiddenCharacter(c))
            return c;
        i += length - 1;
    }
    return std::nullopt;
}

QString textAsStored(QString text) {
    for (qsizetype i = 0; i < text.size(); ++i)
        if (const char16_t u = text[i].unicode(); u == 0xFFFE || u == 0xFFFF)
            text[i] = QChar(0xFFFD);
    return text;
}

QString forbiddenCharacterMessage(char32_t c) {
    const QString code = QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
    return c == 0 ? Messages::tr("holds a NUL character (U+0000), which no text may hold; remove "
                                 "it")
                  : Messages::tr("holds the code %1, which is not a character of text (often "
                                 "left by a damaged conversion); remove it")
                        .arg(code);
}

QString escapeControls(QStringView text, ControlLineBreaks lineBreaks) {
    QString shown;
    shown.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool kept = lineBreaks == ControlLineBreaks::Keep && (u == u'\n' || u == u'\t');
        const bool control = (u < 0x20 && !kept) || (u >= 0x7F && u <= 0x9F);
        if (control)
            shown += QStringLiteral("\\x") +
                     QString::number(int(u), 16).toUpper().rightJustified(2, QLatin1Char('0'));
        else
            shown += c;
    }
    return shown;
}

} // namespace ita
