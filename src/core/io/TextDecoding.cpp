#include "TextDecoding.h"

#include <QStringDecoder>

namespace ita {

std::optional<TextEncoding> encodingFromName(const QString &name) {
    const QString n = name.trimmed().toLower();
    if (n == u"auto")
        return TextEncoding::Auto;
    if (n == u"utf-8" || n == u"utf8")
        return TextEncoding::Utf8;
    if (n == u"windows-874" || n == u"cp874" || n == u"tis-620" || n == u"tis620" ||
        n == u"x-windows-874")
        return TextEncoding::Windows874;
    return std::nullopt;
}

char16_t windows874ToUnicode(unsigned char byte) {
    if (byte < 0x80)
        return byte;
    switch (byte) {
    case 0x80:
        return u'\u20AC'; // €
    case 0x85:
        return u'\u2026'; // …
    case 0x91:
        return u'\u2018';
    case 0x92:
        return u'\u2019';
    case 0x93:
        return u'\u201C';
    case 0x94:
        return u'\u201D';
    case 0x95:
        return u'\u2022';
    case 0x96:
        return u'\u2013';
    case 0x97:
        return u'\u2014';
    case 0xA0:
        return u'\u00A0';
    default:
        break;
    }
    // TIS-620: 0xA1–0xDA → U+0E01–U+0E3A, 0xDF–0xFB → U+0E3F–U+0E5B.
    if ((byte >= 0xA1 && byte <= 0xDA) || (byte >= 0xDF && byte <= 0xFB))
        return char16_t(0x0E00 + (byte - 0xA0));
    return u'\uFFFD';
}

DecodedText decodeText(const QByteArray &bytes, TextEncoding encoding) {
    DecodedText out;
    QByteArray body = bytes;
    if (body.startsWith("\xEF\xBB\xBF")) {
        out.hadBom = true;
        body = body.mid(3);
        if (encoding == TextEncoding::Auto)
            encoding = TextEncoding::Utf8;
    }
    if (encoding != TextEncoding::Windows874) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8.decode(body);
        if (!utf8.hasError() || encoding == TextEncoding::Utf8) {
            out.text = std::move(text);
            out.encoding = TextEncoding::Utf8;
            return out;
        }
    }
    out.encoding = TextEncoding::Windows874;
    out.text.resize(body.size());
    char16_t *dst = reinterpret_cast<char16_t *>(out.text.data());
    for (qsizetype i = 0; i < body.size(); ++i)
        dst[i] = windows874ToUnicode(static_cast<unsigned char>(body[i]));
    return out;
}

} // namespace ita
