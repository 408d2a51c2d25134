#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

namespace ita {

enum class TextEncoding { Auto, Utf8, Windows874 };

/// "auto", "utf-8"/"utf8", "windows-874"/"cp874"/"tis-620" → encoding; nothing when unknown.
std::optional<TextEncoding> encodingFromName(const QString &name);

struct DecodedText {
    QString text;
    TextEncoding encoding = TextEncoding::Utf8; ///< the one actually used
    bool hadBom = false;
};

/// Decodes a CSV file as Thai Excel writes them: UTF-8 with or without a BOM, or, when the
/// bytes are not valid UTF-8, Windows-874 ("CSV (Comma delimited)" on a Thai Windows).
/// Windows-874 is decoded by a table here so the result does not depend on ICU.
DecodedText decodeText(const QByteArray &bytes, TextEncoding encoding = TextEncoding::Auto);

/// Windows-874 → Unicode for one byte (U+FFFD for the few unassigned bytes).
char16_t windows874ToUnicode(unsigned char byte);

} // namespace ita
