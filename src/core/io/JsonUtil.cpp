#include "JsonUtil.h"

#include "domain/Text.h"

#include <QCoreApplication>

#include <algorithm>

namespace ita::json {

std::optional<QString> decimalText(const nlohmann::json &value) {
    if (value.is_string())
        return toQString(value);
    if (value.is_number_integer() || value.is_number_unsigned())
        return QString::fromStdString(value.dump());
    if (value.is_number_float()) {
        // dump() prints the shortest text that reads back as the same double: 92.55 stays
        // "92.55", so rounding is decided on the decimal digits the author wrote.
        return QString::fromStdString(value.dump());
    }
    return std::nullopt;
}

int lineAtOffset(const QByteArray &document, size_t offset) {
    const qsizetype end = qMin(qsizetype(offset), document.size());
    return int(std::count(document.cbegin(), document.cbegin() + end, '\n')) + 1;
}

namespace {

/// One pass over JSON text beside the parser, for what must name a line: each string (its
/// escapes' backslashes dropped) and each character outside strings other than white space,
/// with the line it stands on. A callback returning false stops the scan.
template <class OnString, class OnChar>
void scan(const QByteArray &document, OnString onString, OnChar onChar) {
    int line = 1;
    bool inString = false;
    bool escaped = false;
    QByteArray text;
    for (char c : document) {
        if (c == '\n')
            ++line;
        if (inString) {
            if (escaped) {
                escaped = false;
                text.append(c);
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
                if (!onString(line, text))
                    return;
            } else {
                text.append(c);
            }
        } else if (c == '"') {
            inString = true;
            text.clear();
        } else if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
            if (!onChar(line, c))
                return;
        }
    }
}

/// The first place the document breaks a limit: (line, message), or line 0.
std::pair<int, QString> checkLimits(const QByteArray &document, const InputLimits &limits) {
    if (document.size() > limits.maxBytes)
        return {1, QStringLiteral("the file is %1 MB; a JSON file is read up to %2 MB")
                       .arg(document.size() / (1024 * 1024))
                       .arg(limits.maxBytes / (1024 * 1024))};
    std::pair<int, QString> broken{0, QString()};
    int depth = 0;
    scan(
        document,
        [&](int line, const QByteArray &text) {
            // Characters, not bytes: UTF-8 continuation bytes do not count.
            const auto length = std::count_if(text.cbegin(), text.cend(), [](char b) {
                return (static_cast<unsigned char>(b) & 0xC0) != 0x80;
            });
            if (length > limits.maxFieldLength)
                broken = {line, QStringLiteral("a text is longer than %1 characters")
                                    .arg(limits.maxFieldLength)};
            return broken.first == 0;
        },
        [&](int line, char c) {
            if (c == '{' || c == '[') {
                if (++depth > limits.maxDepth)
                    broken = {line,
                              QStringLiteral("nested deeper than %1 levels").arg(limits.maxDepth)};
            } else if (c == '}' || c == ']') {
                --depth;
            }
            return broken.first == 0;
        });
    return broken;
}

/// The first character no text may hold (domain/Text.h), written as it is or as a \\u escape
/// (a pair of escapes for one above U+FFFF): its line and the character.
std::pair<int, char32_t> forbiddenCharacter(const QByteArray &document) {
    int line = 1;
    bool inString = false;
    const qsizetype n = document.size();
    const auto hex = [&](qsizetype at) -> int {
        if (at + 4 > n)
            return -1;
        bool ok = false;
        const int v = document.mid(at, 4).toInt(&ok, 16);
        return ok ? v : -1;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const char c = document[i];
        if (c == '\n') {
            ++line;
        } else if (!inString) {
            inString = c == '"';
        } else if (c == '"') {
            inString = false;
        } else if (c == '\\') {
            if (i + 1 < n && document[i + 1] == 'u') {
                int unit = hex(i + 2);
                char32_t code = char32_t(unit < 0 ? 0xFFFD : unit);
                qsizetype used = 6;
                if (QChar::isHighSurrogate(code) && i + 7 < n && document[i + 6] == '\\' &&
                    document[i + 7] == 'u') {
                    const int low = hex(i + 8);
                    if (low >= 0 && QChar::isLowSurrogate(char32_t(low))) {
                        code = QChar::surrogateToUcs4(char16_t(unit), char16_t(low));
                        used = 12;
                    }
                }
                if (unit >= 0 && isForbiddenCharacter(code))
                    return {line, code};
                i += used - 1;
            } else {
                ++i; // the escaped character
            }
        } else if (static_cast<unsigned char>(c) >= 0x80 || c == 0) {
            // Raw bytes up to the next quote, backslash or line end, checked as UTF-8.
            qsizetype end = i;
            while (end < n && document[end] != '"' && document[end] != '\\' &&
                   document[end] != '\n')
                ++end;
            if (const auto bad = firstForbiddenCharacter(
                    std::string_view(document.constData() + i, size_t(end - i))))
                return {line, *bad};
            i = end - 1;
        }
    }
    return {0, 0};
}

} // namespace

std::optional<nlohmann::json> parse(const QByteArray &document, QString *error, int *errorLine,
                                    const InputLimits &limits) {
    if (const auto [line, message] = checkLimits(document, limits); line > 0) {
        if (errorLine)
            *errorLine = line;
        if (error)
            *error = message;
        return std::nullopt;
    }
    if (const auto [line, c] = forbiddenCharacter(document); line > 0) {
        if (errorLine)
            *errorLine = line;
        if (error)
            *error = QCoreApplication::translate("ita::json", "the line %1")
                         .arg(forbiddenCharacterMessage(c));
        return std::nullopt;
    }
    try {
        return nlohmann::json::parse(document.cbegin(), document.cend());
    } catch (const nlohmann::json::parse_error &e) {
        if (errorLine)
            *errorLine = lineAtOffset(document, e.byte > 0 ? e.byte - 1 : 0);
        if (error) {
            QString what = QString::fromStdString(e.what());
            // "[json.exception.parse_error.101] parse error at line 3, column 5: syntax error …"
            const qsizetype colon = what.indexOf(QStringLiteral(": "), what.indexOf(u']'));
            *error = colon >= 0 ? what.mid(colon + 2) : what;
        }
        return std::nullopt;
    } catch (const nlohmann::json::exception &e) {
        // Found by fuzzing: a number too large for a double ("1e400") is out_of_range, not a
        // parse error. Name the line of the number when it can be found.
        const QString what = QString::fromStdString(e.what());
        const qsizetype q0 = what.indexOf(u'\'');
        const qsizetype q1 = what.lastIndexOf(u'\'');
        const QByteArray token =
            q1 > q0 + 1 ? what.mid(q0 + 1, q1 - q0 - 1).toUtf8() : QByteArray();
        const qsizetype at = token.isEmpty() ? -1 : document.indexOf(token);
        if (errorLine)
            *errorLine = at >= 0 ? lineAtOffset(document, at) : 1;
        if (error)
            *error =
                token.isEmpty()
                    ? QStringLiteral("a value cannot be read")
                    : QStringLiteral("the number %1 is too large").arg(QString::fromUtf8(token));
        return std::nullopt;
    }
}

std::vector<int> arrayElementLines(const QByteArray &document, const std::string &key) {
    const QByteArray wanted = QByteArray::fromStdString(key);
    std::vector<int> lines;
    int depth = 0;
    QByteArray lastString;
    QByteArray pendingKey; // key of the member being read in the top-level object
    bool inTarget = false;
    bool expectValue = false;
    const auto startValue = [&](int line) {
        if (inTarget && depth == 2 && expectValue) {
            lines.push_back(line);
            expectValue = false;
        }
    };
    scan(
        document,
        [&](int line, const QByteArray &text) {
            startValue(line);
            lastString = text;
            return true;
        },
        [&](int line, char c) {
            if (c != ']')
                startValue(line);
            switch (c) {
            case ':':
                if (depth == 1)
                    pendingKey = lastString;
                break;
            case '[':
                ++depth;
                if (depth == 2 && pendingKey == wanted) {
                    inTarget = true;
                    expectValue = true;
                }
                break;
            case '{':
                ++depth;
                break;
            case ']':
                if (inTarget && depth == 2)
                    inTarget = false;
                --depth;
                break;
            case '}':
                --depth;
                break;
            case ',':
                if (inTarget && depth == 2)
                    expectValue = true;
                if (depth == 1)
                    pendingKey.clear();
                break;
            default:
                break;
            }
            return true;
        });
    return lines;
}

} // namespace ita::json
