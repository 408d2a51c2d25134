#include "ScoresFileImport.h"

#include "Database.h"

#include <QCoreApplication>
#include <QIODevice>

namespace ita {

namespace {
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::ScoresFileImport)
};
} // namespace

bool isAssessmentJson(QIODevice &file) {
    for (char c : file.peek(64 * 1024)) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{';
    }
    return false;
}

StreamResult readScoresInto(ScoreSink &sink, QIODevice &file, const QString &path, bool json,
                            const FrameworkRegistry &frameworks, const ImportOptions &options) {
    if (!json)
        return readScoresCsv(file, path, frameworks, options, sink);
    StreamResult read;
    ImportResult whole = readAssessmentJson(file.readAll(), path, frameworks, options);
    read.diagnostics = std::move(whole.diagnostics);
    read.yearsWithoutFramework = std::move(whole.yearsWithoutFramework);
    for (const Diagnostic &d : read.diagnostics)
        ++(d.severity == Diagnostic::Severity::Error ? read.errors : read.warnings);
    for (const Assessment &a : whole.assessments) {
        read.rows += qint64(a.entries.size());
        if (!read.ok() && !sink.wantsRunsAfterErrors())
            break;
        if (QString e = sink.take(a, true, 1); !e.isEmpty()) {
            read.diagnostics.push_back({Diagnostic::Severity::Error, path, 1, e});
            ++read.errors;
        }
        for (const ScoreSink::Late &l : sink.late(true)) {
            read.diagnostics.push_back({Diagnostic::Severity::Error, path, l.line, l.text});
            ++read.errors;
        }
        if (!a.attributes.isEmpty())
            read.attributes.emplace_back(a.agency, a.attributes);
    }
    return read;
}

FileImport importScoresFile(Database &db, ScoresWriter &writer, QIODevice &file,
                            const QString &path, const FrameworkRegistry &frameworks,
                            const ImportOptions &options) {
    FileImport out;
    const bool json = isAssessmentJson(file);
    const QString failure = db.transact([&]() -> QString {
        if (QString e = writer.start(); !e.isEmpty())
            return e;
        out.read = readScoresInto(writer, file, path, json, frameworks, options);
        if (!out.read.ok())
            return Messages::tr("%1: nothing was imported").arg(path);
        return writer.finish(out.read.attributes);
    });
    if (failure.isEmpty())
        return out;
    writer.close();
    // A server that went away fails every row after: one message, not one per statement.
    // (A file's connection is never lost.)
    if (!db.checkConnection()) {
        out.lostConnection = true;
        int line = 0;
        for (const Diagnostic &d : out.read.diagnostics)
            if (d.severity == Diagnostic::Severity::Error) {
                line = d.line;
                break;
            }
        out.failure = line > 0 ? Messages::tr("%1: the connection to the server %2 was lost "
                                              "during the import (at line %3); nothing was "
                                              "imported. Import the file again once the "
                                              "server is back.")
                                     .arg(path, db.path())
                                     .arg(line)
                               : Messages::tr("%1: the connection to the server %2 was lost "
                                              "during the import; nothing was imported. Import "
                                              "the file again once the server is back.")
                                     .arg(path, db.path());
        return out;
    }
    out.failure = out.read.ok() ? QStringLiteral("%1: %2").arg(path, failure) : failure;
    return out;
}

} // namespace ita
