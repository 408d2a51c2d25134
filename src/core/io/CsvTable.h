#pragma once

#include "Csv.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

namespace ita::csv {

/// A CSV file whose header names its columns: the records after the header, restored from
/// their formula-injection guard (neutralize()), and where each known column is.
struct Table {
    std::vector<Record> records; ///< after the header; rows of blank fields left out
    QHash<QString, int> column;  ///< column name → field index
    /// The field of column `name` in `r`, trimmed; empty when the column or field is absent.
    QString field(const Record &r, const char *name) const;
    /// Whether the header has column `name`.
    bool has(const char *name) const { return column.contains(QString::fromLatin1(name)); }
};

/// Decodes (UTF-8 with or without BOM, or Windows-874) and parses a CSV whose header names
/// columns from `aliases` (lower-case alias → column name; other columns are ignored). Fails
/// with "FILE:LINE: problem" when the text is malformed, the file is empty, a column appears
/// twice or a `required` column is missing.
Result<Table> readTable(const QByteArray &bytes, const QString &source,
                        const QHash<QString, QString> &aliases, const QStringList &required);

} // namespace ita::csv
