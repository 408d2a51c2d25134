#pragma once

#include "Limits.h"

#include <QString>
#include <QStringList>

#include <vector>

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
