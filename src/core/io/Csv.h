#pragma once

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
/// LF or CRLF, blank lines skipped. The text is already decoded.
ParseResult parse(QStringView text);

/// One field written per RFC 4180: quoted when it holds a comma, quote or line break.
QString quote(const QString &field);
/// A record of quoted fields ended by CRLF, as RFC 4180 writes it.
QString formatRecord(const QStringList &fields);

} // namespace ita::csv
