#include "PdfSyntax.h"

#include <algorithm>

namespace ita::pdf {

namespace {

bool isDelimiter(char c) {
    return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' ||
           c == '}' || c == '/' || c == '%';
}

} // namespace

bool isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isRegular(char c) {
    return !isSpace(c) && !isDelimiter(c);
}

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

const Object *Object::get(const char *key) const {
    if (type != Dictionary)
        return nullptr;
    for (const auto &[k, v] : entries)
        if (k == key)
            return &v;
    return nullptr;
}

void Lexer::skipSpace() {
    while (m_p < m_end) {
        if (isSpace(*m_p)) {
            ++m_p;
        } else if (*m_p == '%') {
            while (m_p < m_end && *m_p != '\n' && *m_p != '\r')
                ++m_p;
        } else {
            break;
        }
    }
}

bool Lexer::read(Object &out, int depth) {
    out = Object();
    skipSpace();
    if (m_p >= m_end || depth > 64)
        return false;
    const char c = *m_p;
    if (c == '/') {
        ++m_p;
        out.type = Object::Name;
        while (m_p < m_end && isRegular(*m_p)) {
            if (*m_p == '#' && m_end - m_p >= 3 && hexValue(m_p[1]) >= 0 && hexValue(m_p[2]) >= 0) {
                out.bytes += char(hexValue(m_p[1]) * 16 + hexValue(m_p[2]));
                m_p += 3;
            } else {
                out.bytes += *m_p++;
            }
        }
        return true;
    }
    if (c == '(') {
        out.type = Object::String;
        readLiteral(out.bytes);
        return true;
    }
    if (c == '<' && m_end - m_p >= 2 && m_p[1] == '<') {
        m_p += 2;
        out.type = Object::Dictionary;
        for (;;) {
            skipSpace();
            if (m_p >= m_end)
                return true;
            if (*m_p == '>') {
                m_p += std::min<qsizetype>(2, m_end - m_p);
                return true;
            }
            Object key;
            if (!read(key, depth + 1))
                return true;
            if (key.type != Object::Name)
                continue; // malformed: skip what is not a key
            Object value;
            if (!read(value, depth + 1))
                return true;
            out.entries.push_back({key.bytes, std::move(value)});
        }
    }
    if (c == '<') {
        ++m_p;
        out.type = Object::String;
        int high = -1;
        while (m_p < m_end && *m_p != '>') {
            const int v = hexValue(*m_p++);
            if (v < 0)
                continue;
            if (high < 0) {
                high = v;
            } else {
                out.bytes += char(high * 16 + v);
                high = -1;
            }
        }
        if (high >= 0)
            out.bytes += char(high * 16);
        if (m_p < m_end)
            ++m_p;
        return true;
    }
    if (c == '[') {
        ++m_p;
        out.type = Object::Array;
        for (;;) {
            skipSpace();
            if (m_p >= m_end)
                return true;
            if (*m_p == ']') {
                ++m_p;
                return true;
            }
            Object item;
            if (!read(item, depth + 1))
                return true;
            out.items.push_back(std::move(item));
        }
    }
    if (c == ']' || c == '>' || c == ')' || c == '{' || c == '}') {
        ++m_p; // stray: an operator nobody knows
        out.type = Object::Operator;
        out.bytes = QByteArray(1, c);
        return true;
    }
    // A number (possibly the start of "N G R") or a keyword.
    const char *start = m_p;
    while (m_p < m_end && isRegular(*m_p))
        ++m_p;
    const QByteArray word(start, m_p - start);
    bool ok = false;
    const double number = word.toDouble(&ok);
    if (ok && !word.isEmpty() &&
        (word[0] == '-' || word[0] == '+' || word[0] == '.' ||
         (word[0] >= '0' && word[0] <= '9'))) {
        out.type = Object::Number;
        out.number = number;
        // "12 0 R": a reference.
        const char *after = m_p;
        const bool integer = !word.contains('.');
        if (integer) {
            const char *q = skipSpaceFrom(m_p);
            const char *genStart = q;
            while (q < m_end && *q >= '0' && *q <= '9')
                ++q;
            if (q > genStart && q < m_end && isSpace(*q)) {
                q = skipSpaceFrom(q);
                if (q < m_end && *q == 'R' && (q + 1 >= m_end || !isRegular(q[1]))) {
                    out.type = Object::Reference;
                    out.reference = int(std::clamp(number, 0.0, 2e9));
                    m_p = q + 1;
                    return true;
                }
            }
        }
        m_p = after;
        return true;
    }
    if (word == "true" || word == "false") {
        out.type = Object::Boolean;
        out.number = word == "true";
        return true;
    }
    if (word == "null") {
        out.type = Object::Null;
        return true;
    }
    out.type = Object::Operator;
    out.bytes = word;
    if (word.isEmpty()) // a lone delimiter we do not read: step over it
        ++m_p;
    return true;
}

const char *Lexer::skipSpaceFrom(const char *q) const {
    while (q < m_end && isSpace(*q))
        ++q;
    return q;
}

void Lexer::readLiteral(QByteArray &out) {
    ++m_p; // (
    int depth = 1;
    while (m_p < m_end) {
        const char c = *m_p++;
        if (c == '\\' && m_p < m_end) {
            const char e = *m_p++;
            switch (e) {
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case '\r':
                if (m_p < m_end && *m_p == '\n')
                    ++m_p;
                break;
            case '\n':
                break;
            default:
                if (e >= '0' && e <= '7') {
                    int v = e - '0';
                    for (int i = 0; i < 2 && m_p < m_end && *m_p >= '0' && *m_p <= '7'; ++i)
                        v = v * 8 + (*m_p++ - '0');
                    out += char(v & 0xff);
                } else {
                    out += e;
                }
            }
        } else if (c == '(') {
            ++depth;
            out += c;
        } else if (c == ')') {
            if (--depth == 0)
                return;
            out += c;
        } else {
            out += c;
        }
    }
}

} // namespace ita::pdf
