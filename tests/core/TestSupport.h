#pragma once

#include "analysis/Analysis.h"
#include "document/AssessmentDocument.h"
#include "domain/Assessment.h"
#include "io/FrameworkReader.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>
#include <ostream>

namespace ita::test {

const Framework &fy2564();

/// A file under tests/data.
QString dataPath(const QString &relative);

/// FY2564 copied to FY2569 with its OIT items replaced by the pasted list O1–O26
/// (tests/data/fy2569/oit-items.tsv), the roles moved to O25/O26 and the NACC's pass scheme:
/// what a working group builds in the framework editor.
Framework fy2569();

/// The seed agency's FY2564 results as bundled with the program.
Assessment sampleAssessment();

/// The server the tests tagged [both] run against a second time (CTest sets it for the
/// "server: " run, to the throw-away cluster of scripts/pg-cluster), or empty.
QString serverUnderTest();
/// A new, empty database on that server (not set up): its URL.
QString emptyServerDatabase();
/// Where a test keeps its store: `fileName` in `dir`, or, in the server run, a new database on
/// the server, set up (server init). The same tests then run against both backends.
QString scratchStore(const QTemporaryDir &dir, const QString &fileName);

/// Every row of every table of a database file (or a server database), as text: equal dumps
/// mean equal content.
QString dumpDatabase(const QString &path);

/// The bundled sample in a database in a temporary folder, and its assessment open as a
/// document (reopen() opens it again, as after a restart).
struct SampleDocument {
    QTemporaryDir dir;
    QString path = scratchStore(dir, QStringLiteral("s.itadb"));
    std::unique_ptr<Database> db;
    std::unique_ptr<AssessmentDocument> doc;

    SampleDocument();
    ~SampleDocument();
    void reopen();
    const NodeResult &node(const char *code) const;
};

QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);

/// The bundled sample written by `ita-planner-cli sample` into `dir`; the database's path.
QString sampleDbByCli(const QTemporaryDir &dir);

/// Runs `statement` on a file's audit trail as someone getting past its guard would: the
/// append-only triggers (schema 12) are dropped, the statement run, and the triggers put back,
/// so that what verification then says is about the edit, not the missing guard.
void editTrailBehindGuards(const QSqlDatabase &db, const QString &statement);

/// Runs the command-line program; returns its exit code and captures its output.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};
CliRun runCli(const QStringList &args, const QByteArray &stdinData = {},
              const QStringList &extraEnvironment = {});

} // namespace ita::test

// Readable Catch2 output for Qt types.
inline std::ostream &operator<<(std::ostream &os, const QString &s) {
    return os << s.toStdString();
}
inline std::ostream &operator<<(std::ostream &os, const QStringList &l) {
    return os << l.join(QStringLiteral(" ")).toStdString();
}
