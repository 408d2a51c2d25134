#pragma once

#include "domain/Diagnostic.h"
#include "domain/Library.h"
#include "domain/Result.h"

#include "JsonFields.h"

#include <QByteArray>
#include <QHash>

namespace ita {

class FrameworkRegistry;

struct LibraryImport {
    Library library;
    Diagnostics diagnostics;
    bool ok() const { return !hasErrors(diagnostics); }
};

/// The longest step, monitoring line or title a library entry may hold (characters): a step is
/// a sentence or two of a plan's table, not a document.
constexpr int kLibraryTextLimit = 600;

/// Reads the measures library format ("ita-planner-library" v1, data/library/README.md). Every
/// entry is checked, and each problem names the file and the line of its entry: an unknown
/// unit role, item role, bucket, cadence or source; a timing outside the fiscal year; an id
/// given twice; a text over kLibraryTextLimit; codes of a framework `registry` does not know or
/// that framework does not have; an entry without steps or without a target.
LibraryImport readLibraryJson(const QByteArray &json, const QString &fileName,
                              const FrameworkRegistry &registry);

/// One entry of a library file, as the JSON object `e`, read and checked: each problem goes to
/// `r` at its line (`r.line`, or `stepLines[i]` for step i when given: a CSV file's rows) and
/// names `where` (or the entry's id). `seen` holds the ids read so far with their lines, to
/// refuse one given twice. What readLibraryJson() and readLibraryCsv() share.
LibraryEntry readLibraryEntry(json::FieldReader &r, const nlohmann::json &e, const QString &where,
                              const FrameworkRegistry &registry, QHash<QString, int> &seen,
                              const std::vector<int> &stepLines);

/// The full-fidelity form: reading it back gives an equal Library.
QByteArray writeLibraryJson(const Library &library);

/// One entry as a compact JSON object (how a file's library keeps each entry), and back; the
/// reading checks it as a library file's entry.
QByteArray writeLibraryEntryJson(const LibraryEntry &entry);
Result<LibraryEntry> readLibraryEntryJson(const QByteArray &json, const QString &where,
                                          const FrameworkRegistry &registry);

/// The library that comes with the program (data/library/measures.json, compiled in).
const Library &bundledLibrary();

} // namespace ita
