#pragma once

// The command-line skeleton every command shares: output, option parsing with --help and
// --format, usage errors, the database and the frameworks a command works with.

#include "Commands.h"
#include "io/FrameworkReader.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <memory>

namespace ita::cli {

/// Writes to standard output; a failed write is remembered (nothing more is written) and
/// finish() reports it.
void out(const QByteArray &bytes);
/// A command's exit code, after checking that everything written to standard output got
/// there: a failed write (a full disk, /dev/full) is said with the system's reason and turns
/// success into BadInput.
int finish(int code);
/// Text for a person to read: control characters other than line feed and tab (a terminal
/// escape hidden in an agency's name, "\x1B]0;…\x07") are shown escaped as \x1B, so no stored
/// text can drive the terminal. Machine formats (CSV, JSON) go through out(QByteArray) as
/// they are.
void out(const QString &text);
/// A line on standard error (the newline is added when missing), escaped as out() escapes.
void err(const QString &text);

/// The language of every command when --lang does not say: the system's (LANG=th_TH.UTF-8
/// gives Thai). main() installs the Thai translation of the messages by the same rule.
bool thaiByDefault();
/// --lang th|en anywhere in `args`, else thaiByDefault().
bool thaiFromArguments(const QStringList &args);

/// Reports a usage error with the command's help; returns Usage.
int usageError(QCommandLineParser &parser, const QString &message);

/// A command's --format option: its choices, the first being the default.
struct FormatOption {
    QStringList choices;
    QCommandLineOption option;
    explicit FormatOption(QStringList list);
    /// The chosen format, or empty after reporting a usage error through `code`.
    QString value(QCommandLineParser &parser, int *code) const;
};

/// Warns on standard error when an argument is a server address with its password written in
/// it (issue 24): visible to every user of the machine in the process list. Called by parse().
void warnOfPasswordsIn(const QStringList &args);

/// Sets up the common options, parses, and handles --help; false when the command must stop
/// (with the exit code in `exitCode`).
bool parse(QCommandLineParser &parser, const QStringList &args, const QString &description,
           int *exitCode);

/// parse(), then the chosen --format; empty when the command must stop (exit code in `code`).
QString parseWithFormat(QCommandLineParser &parser, const QStringList &args,
                        const QString &description, const FormatOption &format, int *code);

/// Built-in frameworks plus those in $ITA_PLANNER_FRAMEWORKS (a folder of *.json).
const FrameworkRegistry &registry();
/// The frameworks a command on `dbPath` uses: the file's first (when the file exists), then
/// those of registry(). Problems reading the file's frameworks are reported and leave the
/// built-in ones.
FrameworkRegistry registryFor(const QString &dbPath);

/// Whether a command may make the file it is given (import, sample, framework): a missing or
/// empty file then becomes a new one; elsewhere it is refused as holding nothing.
enum class Creates { No, Yes };
/// Opens a database, reporting a failure (exit code BadInput).
std::unique_ptr<Database> openDatabase(const QString &path, bool readOnly, int *exitCode,
                                       Creates creates = Creates::No);

/// A subcommand of a command group (framework, library): its name, what runs it, and its
/// one-line summary (English source text, translated under the group's context).
struct Subcommand {
    const char *name;
    int (*run)(const QStringList &);
    const char *summary;
};
/// Runs the subcommand `args[1]` names, or prints the group's usage (with --help: on standard
/// output, exit 0; otherwise, or for an unknown name, on standard error, exit Usage).
/// `context` is the translation context of the summaries.
int runSubcommand(const QStringList &args, const QString &group,
                  std::initializer_list<Subcommand> subs, const char *context);

/// Writes `bytes` to `path` whole or not at all ("-": standard output).
bool writeOutput(const QString &path, const QByteArray &bytes);

} // namespace ita::cli
