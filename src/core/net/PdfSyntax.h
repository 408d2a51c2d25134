#pragma once

#include <QByteArray>

#include <vector>

// The PDF's object syntax (ISO 32000-1, 7.2–7.3), for PdfText: names, strings, numbers,
// arrays, dictionaries and references, and the bare keywords of a content stream.

namespace ita::pdf {

bool isSpace(char c);
bool isRegular(char c); ///< neither white space nor a delimiter
int hexValue(char c);   ///< -1 when not a hex digit

struct Object {
    struct Entry; ///< a dictionary's key and value (Object is not complete here)
    enum Type { Null, Boolean, Number, Name, String, Array, Dictionary, Reference, Operator };
    Type type = Null;
    double number = 0;
    int reference = 0;
    QByteArray bytes; ///< a name (without the slash), a string's bytes, an operator
    std::vector<Object> items;
    std::vector<Entry> entries;

    const Object *get(const char *key) const; ///< a dictionary's entry, or null
    bool isName(const char *name) const { return type == Name && bytes == name; }
};

struct Object::Entry {
    QByteArray key;
    Object value;
};

/// Reads objects and operators from a span of bytes (which must outlive it).
class Lexer {
public:
    Lexer(const char *begin, const char *end)
        : m_p(begin)
        , m_end(end) {}

    const char *position() const { return m_p; }
    void seek(const char *p) { m_p = p; }
    void skipSpace(); ///< white space and % comments

    /// The next object, or an Operator for a bare keyword; false at the end. `depth` bounds
    /// nested arrays and dictionaries (a hostile file could nest them without end).
    bool read(Object &out, int depth = 0);

private:
    const char *skipSpaceFrom(const char *q) const;
    void readLiteral(QByteArray &out);

    const char *m_p;
    const char *m_end;
};

} // namespace ita::pdf
