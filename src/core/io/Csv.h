#pragma once

#include "Limits.h"

#include <QString>
#include <QStringList>

#include <string>
#include <string_view>
#include <vector>

class QIODevice;

namespace ita::csv {

struct Record {
    int line = 0; ///< line on which the record starts (1-based)
    QStringList fields;
};

struct ParseResult {
    std::vector<Record> records;
    int errorLine = 0; ///< non-zero when the text is malformed
    QString error;
    bool ok() const { return errorLine == 0; }
};

/// RFC 4180 reader: commas, quoted fields with doubled quotes and line breaks inside,
/// LF or CRLF, blank lines skipped. The text is already decoded. A field longer than the
/// limits' field length, or more records than their row count, is an error at its line.
ParseResult parse(QStringView text, const InputLimits &limits = InputLimits());

/// A record as the bytes of the file: each field unquoted, not yet decoded.
struct ByteRecord {
    int line = 0; ///< line on which the record starts (1-based)
    std::string data;
    std::vector<size_t> ends; ///< where each field ends in data
    qsizetype size() const { return qsizetype(ends.size()); }
    std::string_view field(qsizetype i) const {
        const size_t begin = i == 0 ? 0 : ends[size_t(i) - 1];
        return std::string_view(data).substr(begin, ends[size_t(i)] - begin);
    }
};

/// Reads what parse() reads, record by record from a device, a chunk at a time: what it holds
/// is one chunk and one record, whatever the file's size (a national file is 180 MB). It works
/// on bytes: in UTF-8 and in the single-byte Windows-874 alike, comma, quote, CR and LF are
/// their ASCII bytes. `utf8` says how to count a field's length in characters.
class ByteReader {
public:
    ByteReader(QIODevice &device, const InputLimits &limits, bool utf8);
    /// The next record that has content; false at the end or on an error (see error()).
    bool next(ByteRecord &record);
    int errorLine() const { return m_errorLine; }
    const QString &error() const { return m_error; }

private:
    int get() {
        if (m_pos == m_size && !fill())
            return -1;
        return static_cast<unsigned char>(m_buffer[m_pos++]);
    }
    int peek() {
        if (m_pos == m_size && !fill())
            return -1;
        return static_cast<unsigned char>(m_buffer[m_pos]);
    }
    bool fill();
    bool fail(int line, const QString &message);
    /// `record`, or a failure at its line when it holds a character no text may hold.
    bool checked(const ByteRecord &record);

    QIODevice &m_device;
    InputLimits m_limits;
    bool m_utf8;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_size = 0;
    bool m_end = false;
    int m_line = 1;
    qint64 m_records = 0;
    int m_errorLine = 0;
    QString m_error;
};

/// One field written per RFC 4180: quoted when it holds a comma, quote or line break.
QString quote(const QString &field);
/// A record of quoted fields ended by CRLF, as RFC 4180 writes it.
QString formatRecord(const QStringList &fields);

/// Spreadsheets run a cell that begins with = + - @ tab or carriage return as a formula
/// (CSV formula injection). Such a cell is prefixed with "'" unless it is a plain number
/// ("-3", "+85.5"). A cell that already begins with "'" followed by one of those characters
/// or by another "'" gets one more "'", so that restore() gives back exactly the original.
QString neutralize(const QString &field);
/// Undoes neutralize(): drops the leading "'" of a cell written by it.
QString restore(const QString &field);
/// formatRecord() of neutralized fields: what every CSV export of the product writes.
QString formatSafeRecord(const QStringList &fields);

} // namespace ita::csv
