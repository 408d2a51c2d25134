#pragma once

#include "domain/Assessment.h"
#include "io/FrameworkReader.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <ostream>

namespace ita::test {

const Framework &fy2564();

/// The seed agency's FY2564 results as bundled with the program.
Assessment sampleAssessment();

/// Every row of every table of a database file, as text: equal dumps mean equal content.
QString dumpDatabase(const QString &path);

QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);

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
