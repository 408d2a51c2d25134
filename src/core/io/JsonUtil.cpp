#include "JsonUtil.h"

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

/// The first place the document breaks a limit: (line, message), or line 0.
std::pair<int, QString> checkLimits(const QByteArray &document, const InputLimits &limits) {
    if (document.size() > limits.maxBytes)
        return {1, QStringLiteral("the file is %1 MB; a JSON file is read up to %2 MB")
                       .arg(document.size() / (1024 * 1024))
                       .arg(limits.maxBytes / (1024 * 1024))};
    int line = 1;
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    int textLength = 0;
    for (char c : document) {
        if (c == '\n')
            ++line;
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
                continue;
            }
            if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 &&
                ++textLength > limits.maxFieldLength)
                return {line, QStringLiteral("a text is longer than %1 characters")
                                  .arg(limits.maxFieldLength)};
            continue;
        }
        if (c == '"') {
            inString = true;
            textLength = 0;
        } else if (c == '{' || c == '[') {
            if (++depth > limits.maxDepth)
                return {line, QStringLiteral("nested deeper than %1 levels").arg(limits.maxDepth)};
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return {0, QString()};
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
    int line = 1;
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    QByteArray current;
    QByteArray lastString;
    QByteArray pendingKey; // key of the member being read in the top-level object
    bool inTarget = false;
    bool expectValue = false;
    for (char c : document) {
        if (c == '\n')
            ++line;
        if (inString) {
            if (escaped) {
                escaped = false;
                current.append(c);
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
                lastString = current;
            } else {
                current.append(c);
            }
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        if (inTarget && depth == 2 && expectValue && c != ']') {
            lines.push_back(line);
            expectValue = false;
        }
        switch (c) {
        case '"':
            inString = true;
            current.clear();
            break;
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
    }
    return lines;
}

} // namespace ita::json
