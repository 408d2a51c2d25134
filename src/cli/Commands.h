#pragma once

// The commands of ita-planner-cli, one file per command or group (ImportCommand.cpp,
// AnalysisCommands.cpp, ExportCommand.cpp, PlanCommand.cpp, ScenarioCommands.cpp,
// PortfolioCommand.cpp,
// FrameworkCommand.cpp, AuditCommand.cpp, FileCommands.cpp, ServerCommands.cpp) over the shared
// skeleton (Skeleton.h: output, parsing, --format; Input.h: the options that name an assessment).

#include <QStringList>

namespace ita::cli {

/// Exit codes of every command: the contract scripts rely on.
enum Exit { Success = 0, BadInput = 1, Usage = 2 };

int runImport(const QStringList &args);
int runClassify(const QStringList &args);
int runValidate(const QStringList &args);
int runExport(const QStringList &args);
int runList(const QStringList &args);
int runSample(const QStringList &args);
int runFrameworks(const QStringList &args);
int runFramework(const QStringList &args);
int runPlan(const QStringList &args);
int runLibrary(const QStringList &args);
int runWhatIf(const QStringList &args);
int runTarget(const QStringList &args);
int runAudit(const QStringList &args);
int runPortfolio(const QStringList &args);
int runServer(const QStringList &args);
int runCopy(const QStringList &args);
int runOit(const QStringList &args);

/// A command: its name, what runs it, and its one-line summary (English source text,
/// translated under the context "ita::cli::Main").
struct Command {
    const char *name;
    int (*run)(const QStringList &);
    const char *summary;
};
/// Every command, in the order the usage lists them.
extern const Command commands[17];

} // namespace ita::cli
