#pragma once

// What many commands share: the options that name an assessment (a scores file, or a
// database with --agency and --year), the thresholds, the language, and the loading of that
// assessment.

#include "Skeleton.h"
#include "domain/Assessment.h"
#include "domain/Diagnostic.h"
#include "domain/Framework.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

namespace ita::cli {

/// The options several commands take. Built on first use, after main() has chosen the
/// language, so their descriptions in --help follow it.
struct CommonOptions {
    CommonOptions();
    QCommandLineOption db, agency, year, framework, encoding, lang, fixed, maintain;
};
const CommonOptions &common();

/// Thai tables and wording: --lang th, or a Thai system without --lang.
bool thaiOutput(const QCommandLineParser &parser);
/// --year as a Buddhist Era year: 0 when not given, nothing after a usage error.
std::optional<int> yearValue(QCommandLineParser &parser, int *year, int *exitCode);
void printDiagnostics(const Diagnostics &diagnostics);

/// The assessment a classify/validate/whatif/target call is about: from a file, or from a
/// database.
struct Input {
    Assessment assessment;
    Framework framework;
};
std::optional<Input> loadInput(QCommandLineParser &parser, int *exitCode);

/// A command that reads one assessment, parsed: its input, format and language.
struct InputCommand {
    Input input;
    QString format;
    bool thai = false;
};

/// Parses a command whose options are already added (addInputOptions, the format, its own),
/// handles --help and --format, and loads the input; nothing when the command must stop,
/// with the exit code in `code`.
std::optional<InputCommand> startInputCommand(QCommandLineParser &parser, const QStringList &args,
                                              const QString &description,
                                              const FormatOption &format, int *code);
/// FILE, --db, --agency, --year, --framework, --encoding, --fixed, --maintain, --lang.
void addInputOptions(QCommandLineParser &parser);

} // namespace ita::cli
