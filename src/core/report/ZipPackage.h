#pragma once

#include <QByteArray>
#include <QString>

#include <list>
#include <vector>

namespace ita::report {

/// A zip package built in memory with libzip: the container of DOCX and ODT files. Entries
/// are written in the order they are added (ODF wants `mimetype` first and stored), each with
/// the same fixed time, so one document always gives the same bytes.
class ZipPackage {
public:
    /// Adds an entry; `stored` leaves it uncompressed.
    void add(const QString &name, const QByteArray &data, bool stored = false);
    /// The whole package, or an empty array with the reason in `error`.
    QByteArray finish(QString *error) const;

private:
    struct Entry {
        QString name;
        QByteArray data;
        bool stored = false;
    };
    std::vector<Entry> m_entries;
};

} // namespace ita::report
