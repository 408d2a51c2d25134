#pragma once

#include "ScoresWriter.h"
#include "io/ScoresIo.h"

#include <QString>

class QIODevice;

namespace ita {

class Database;

/// Whether a scores file is an assessment JSON (its first non-blank character is '{') rather
/// than a CSV; the device is peeked at, not read.
bool isAssessmentJson(QIODevice &file);

/// The file's rows into `sink`: a JSON assessment read whole (it is one agency's year), a CSV
/// streamed a chunk at a time, so that a national file is never all in memory. What the
/// window's preview and every import read through.
StreamResult readScoresInto(ScoreSink &sink, QIODevice &file, const QString &path, bool json,
                            const FrameworkRegistry &frameworks, const ImportOptions &options);

/// What importScoresFile() did.
struct FileImport {
    StreamResult read;           ///< the reader's diagnostics, as the preview showed them
    QString failure;             ///< why nothing was stored, worded for the user; empty on success
    bool lostConnection = false; ///< the server went away during the import
    /// Something that went wrong after the data was stored (the window could not open again
    /// the assessment that was open): said, but the import stands.
    QString warning;
    bool ok() const { return failure.isEmpty(); }
};

/// A scores file into `db` through `writer` (ScoresWriter::forDatabase()) in one transaction:
/// every row checked and stored, or nothing stored. The command line's import and the
/// window's are this one function.
FileImport importScoresFile(Database &db, ScoresWriter &writer, QIODevice &file,
                            const QString &path, const FrameworkRegistry &frameworks,
                            const ImportOptions &options);

} // namespace ita
