#include "Csv.h"

#include "domain/Text.h"

#include <QRegularExpression>

#include <QCoreApplication>
#include <QIODevice>

namespace ita::csv {

ParseResult parse(QStringView text, const InputLimits &limits) {
    ParseResult result;
    Record record;
    QString field;
    bool inQuotes = false;
    bool fieldQuoted = false;
    bool recordHasContent = false; // a blank line has none; "" or "," do
    int line = 1;
    int quoteLine = 0;
    record.line = 1;

    const auto fail = [&](int at, const QString &message) {
        result.errorLine = at;
        result.error = message;
        result.records.clear();
        return result;
    };
    const auto endField = [&] {
        record.fields << field;
        field.clear();
        fieldQuoted = false;
    };
    const auto endRecord = [&] {
        endField();
        if (recordHasContent)
            result.records.push_back(std::move(record));
        recordHasContent = false;
        record = Record();
        record.line = line;
    };

    qsizetype bad = 0;
    if (const auto c = firstForbiddenCharacter(text, &bad))
        return fail(int(text.first(bad).count(u'\n')) + 1,
                    QCoreApplication::translate("ita::csv", "the line %1")
                        .arg(forbiddenCharacterMessage(*c)));

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (field.size() > limits.maxFieldLength)
            return fail(record.line, QCoreApplication::translate(
                                         "ita::csv", "a field is longer than %1 characters")
                                         .arg(limits.maxFieldLength));
        if (qint64(result.records.size()) > limits.maxRows)
            return fail(line,
                        QCoreApplication::translate("ita::csv", "more than %1 rows; split the file")
                            .arg(limits.maxRows));
        if (c != u'\n' && c != u'\r')
            recordHasContent = true;
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text[i + 1] == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
        } else if (c == u'"' && field.isEmpty() && !fieldQuoted) {
            inQuotes = true;
            fieldQuoted = true;
            quoteLine = line;
        } else if (c == u',') {
            endField();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n')
                ++i;
            ++line;
            endRecord();
        } else {
            // A quote inside an unquoted field is kept as typed, as spreadsheets do.
            field.append(c);
        }
    }
    if (inQuotes) {
        result.errorLine = quoteLine;
        result.error = QCoreApplication::translate(
            "ita::csv", "unterminated quoted field (the quote opened here is never closed)");
        result.records.clear();
        return result;
    }
    endRecord();
    return result;
}

ByteReader::ByteReader(QIODevice &device, const InputLimits &limits, bool utf8)
    : m_device(device)
    , m_limits(limits)
    , m_utf8(utf8) {}

bool ByteReader::fill() {
    if (m_end)
        return false;
    constexpr qsizetype chunk = 1 << 20;
    if (m_buffer.size() != chunk)
        m_buffer.resize(chunk);
    const qint64 n = m_device.read(m_buffer.data(), chunk);
    m_pos = 0;
    m_size = n > 0 ? qsizetype(n) : 0;
    if (m_size == 0)
        m_end = true;
    return m_size > 0;
}

bool ByteReader::fail(int line, const QString &message) {
    m_errorLine = line;
    m_error = message;
    m_end = true;
    m_pos = m_size = 0;
    return false;
}

bool ByteReader::checked(const ByteRecord &record) {
    // In Windows-874 only NUL can be forbidden: each byte is one character of that table.
    std::optional<char32_t> c;
    if (m_utf8)
        c = firstForbiddenCharacter(std::string_view(record.data));
    else if (record.data.find('\0') != std::string::npos)
        c = U'\0';
    if (!c)
        return true;
    return fail(
        record.line,
        QCoreApplication::translate("ita::csv", "the line %1").arg(forbiddenCharacterMessage(*c)));
}

bool ByteReader::next(ByteRecord &record) {
    if (m_errorLine != 0)
        return false;
    // As parse(): one more record than the limit is read, and refused when anything follows.
    if (m_records > m_limits.maxRows && peek() >= 0)
        return fail(m_line,
                    QCoreApplication::translate("ita::csv", "more than %1 rows; split the file")
                        .arg(m_limits.maxRows));
    record.data.clear();
    record.ends.clear();
    record.line = m_line;
    bool inQuotes = false;
    bool fieldQuoted = false;
    bool content = false; // a blank line has none; "" or "," do
    int quoteLine = 0;
    size_t fieldStart = 0;
    qint64 characters = 0; // UTF-16 units of the field, as QString counts them
    const auto endField = [&] {
        record.ends.push_back(record.data.size());
        fieldStart = record.data.size();
        fieldQuoted = false;
        characters = 0;
    };
    const auto append = [&](int c) {
        record.data.push_back(char(c));
        if (!m_utf8)
            ++characters;
        else if ((c & 0xC0) != 0x80)
            characters += c >= 0xF0 ? 2 : 1;
    };
    const auto tooLong = [&] {
        return fail(record.line,
                    QCoreApplication::translate("ita::csv", "a field is longer than %1 characters")
                        .arg(m_limits.maxFieldLength));
    };
    for (;;) {
        // The bytes up to the next one that means something are taken at once.
        if (m_pos < m_size) {
            const char *const from = m_buffer.constData() + m_pos;
            const char *const end = m_buffer.constData() + m_size;
            const char *to = from;
            if (inQuotes)
                while (to < end && *to != '"' && *to != '\n')
                    ++to;
            else
                while (to < end && *to != ',' && *to != '"' && *to != '\n' && *to != '\r')
                    ++to;
            if (to != from) {
                record.data.append(from, size_t(to - from));
                m_pos += to - from;
                content = true; // inside quotes, the opening quote already was
                if (!m_utf8)
                    characters += to - from;
                else
                    for (const char *k = from; k < to; ++k)
                        if ((*k & 0xC0) != 0x80)
                            characters += static_cast<unsigned char>(*k) >= 0xF0 ? 2 : 1;
                if (characters > m_limits.maxFieldLength)
                    return tooLong();
                continue;
            }
        }
        const int c = get();
        if (c < 0) {
            if (inQuotes)
                return fail(quoteLine, QCoreApplication::translate(
                                           "ita::csv", "unterminated quoted field (the quote "
                                                       "opened here is never closed)"));
            if (!content)
                return false;
            endField();
            ++m_records;
            return checked(record);
        }
        if (c != '\n' && c != '\r')
            content = true;
        if (inQuotes) {
            if (c == '"') {
                if (peek() == '"') {
                    append('"');
                    ++m_pos;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == '\n')
                    ++m_line;
                append(c);
            }
        } else if (c == '"' && record.data.size() == fieldStart && !fieldQuoted) {
            inQuotes = true;
            fieldQuoted = true;
            quoteLine = m_line;
        } else if (c == ',') {
            endField();
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && peek() == '\n')
                ++m_pos;
            ++m_line;
            if (content) {
                endField();
                ++m_records;
                return checked(record);
            }
            record.data.clear(); // a blank line
            record.ends.clear();
            record.line = m_line;
            fieldStart = 0;
            fieldQuoted = false;
            characters = 0;
        } else {
            append(c); // a quote inside an unquoted field is kept as typed
        }
        if (characters > m_limits.maxFieldLength)
            return tooLong();
    }
}

QString quote(const QString &field) {
    const bool needsQuotes = field.contains(u',') || field.contains(u'"') ||
                             field.contains(u'\n') || field.contains(u'\r');
    if (!needsQuotes)
        return field;
    QString q = field;
    q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

QString formatRecord(const QStringList &fields) {
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted << quote(f);
    return quoted.join(u',') + QStringLiteral("\r\n");
}

namespace {

bool isFormulaStart(QChar c) {
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

/// "-3", "+85.50", "12": numbers a spreadsheet reads as numbers, not as formulas.
bool isPlainNumber(const QString &field) {
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+(\\.[0-9]+)?$"));
    return number.match(field).hasMatch();
}

bool isQuotedFormula(const QString &field) {
    return field.size() >= 2 && field[0] == u'\'' &&
           (isFormulaStart(field[1]) || field[1] == u'\'');
}

} // namespace

QString neutralize(const QString &field) {
    if (field.isEmpty())
        return field;
    if ((isFormulaStart(field[0]) && !isPlainNumber(field)) || isQuotedFormula(field))
        return u'\'' + field;
    return field;
}

QString restore(const QString &field) {
    return isQuotedFormula(field) ? field.mid(1) : field;
}

QString formatSafeRecord(const QStringList &fields) {
    QStringList safe;
    safe.reserve(fields.size());
    for (const QString &f : fields)
        safe << neutralize(f);
    return formatRecord(safe);
}

} // namespace ita::csv
