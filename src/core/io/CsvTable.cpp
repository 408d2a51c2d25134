#include "CsvTable.h"

#include "TextDecoding.h"

#include <QCoreApplication>

namespace ita::csv {

namespace {
/// This file's messages, under one context for lupdate and the program alike.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::CsvTable)
};
} // namespace

QString Table::field(const Record &r, const char *name) const {
    const int i = column.value(QString::fromLatin1(name), -1);
    return i >= 0 && i < r.fields.size() ? r.fields[i].trimmed() : QString();
}

/// Decodes and parses a CSV whose header names columns from `aliases` (alias → name).
Result<Table> readTable(const QByteArray &bytes, const QString &source,
                        const QHash<QString, QString> &aliases, const QStringList &required) {
    const DecodedText decoded = decodeText(bytes);
    ParseResult parsed = parse(decoded.text);
    if (!parsed.ok())
        return Result<Table>::failure(
            QStringLiteral("%1:%2: %3").arg(source).arg(parsed.errorLine).arg(parsed.error));
    if (parsed.records.empty())
        return Result<Table>::failure(
            Messages::tr("%1: the file is empty; expected a header row: %2")
                .arg(source, required.join(u',')));
    Table t;
    const Record &header = parsed.records.front();
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = aliases.value(header.fields[i].trimmed().toLower());
        if (name.isEmpty())
            continue;
        if (t.column.contains(name))
            return Result<Table>::failure(
                Messages::tr("%1:%2: column \"%3\" appears twice in the header")
                    .arg(source)
                    .arg(header.line)
                    .arg(name));
        t.column.insert(name, i);
    }
    for (const QString &name : required)
        if (!t.column.contains(name))
            return Result<Table>::failure(Messages::tr("%1:%2: missing required column \"%3\"")
                                              .arg(source)
                                              .arg(header.line)
                                              .arg(name));
    for (size_t r = 1; r < parsed.records.size(); ++r) {
        Record rec = parsed.records[r];
        bool empty = true;
        for (QString &f : rec.fields) {
            f = restore(f);
            empty = empty && f.trimmed().isEmpty();
        }
        if (!empty)
            t.records.push_back(rec);
    }
    return t;
}

} // namespace ita::csv
