#pragma once

#include "LibraryJson.h"

#include <QByteArray>

namespace ita {

/// The measures library as a spreadsheet (data/library/README.md, "The CSV form"): one row
/// per step, the entry's own columns on its first row and blank on the rows that continue it
/// (rows of one id follow each other); lists in a cell separated by ";" (themes, keywords,
/// buckets, roles), monitoring lines by line breaks inside the cell. UTF-8 with or without a
/// BOM, or Windows-874, as the scores CSV; column names in English or Thai.
///
/// Every entry is checked as in the JSON form, each problem at the CSV line of its row (a
/// step's problem at the step's row), and nothing is returned as read when one is found.
LibraryImport readLibraryCsv(const QByteArray &bytes, const QString &fileName,
                             const FrameworkRegistry &registry);

/// UTF-8 with a BOM (Excel shows Thai), cells guarded against formula injection; reading it
/// back gives an equal library's entries (the library's title and source are the JSON form's).
QByteArray writeLibraryCsv(const Library &library);

/// A library file in the form its name says: CSV for a name ending ".csv" (any case), the
/// JSON form otherwise. What the command line and the library window read and write.
LibraryImport readLibraryFile(const QByteArray &bytes, const QString &fileName,
                              const FrameworkRegistry &registry);
QByteArray writeLibraryFile(const Library &library, const QString &fileName);
bool isLibraryCsv(const QString &fileName);

} // namespace ita
