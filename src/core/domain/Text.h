#pragma once

#include <QString>
#include <QStringView>

#include <optional>
#include <string_view>

namespace ita {

/// Characters no stored text may hold: NUL (a PostgreSQL text cannot), the Unicode
/// noncharacters (U+FDD0–U+FDEF and U+FFFE/U+FFFF of every plane; SQLite hands U+FFFE and
/// U+FFFF back as U+FFFD, so a name holding one could not address its row and would read back
/// otherwise than it was written) and half of a surrogate pair (not text in any encoding).
/// Every reader refuses them with the file and line, before anything is stored.
bool isForbiddenCharacter(char32_t c);

/// The first forbidden character of `text` (and, with `at`, its index), or nothing.
std::optional<char32_t> firstForbiddenCharacter(QStringView text, qsizetype *at = nullptr);
/// The same for UTF-8 bytes (a malformed sequence is the decoder's concern, not this one's).
std::optional<char32_t> firstForbiddenCharacter(std::string_view utf8);

/// `text` as SQLite gives it back when read as UTF-16 (Qt's driver does): U+FFFE and U+FFFF
/// become U+FFFD. What digests of stored text are made of, so that text an older version let
/// in is digested alike when written and when read.
QString textAsStored(QString text);

/// `text` with its control characters written out ("\x1B", "\x0A"), so that printing it
/// cannot move a terminal's cursor, retitle its window or break the line of a
/// `FILE:LINE: message`. Line breaks and tabs stay as they are unless `lineBreaks` is
/// `ControlLineBreaks::Escape` (for text that must stay on one line: a code, a problem).
enum class ControlLineBreaks { Keep, Escape };
QString escapeControls(QStringView text, ControlLineBreaks lineBreaks = ControlLineBreaks::Keep);

/// "the character U+FFFE is not text (…); remove it": the end of a reader's message.
QString forbiddenCharacterMessage(char32_t c);

} // namespace ita
