#pragma once

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
int runWhatIf(const QStringList &args);
int runTarget(const QStringList &args);
int runAudit(const QStringList &args);

} // namespace ita::cli
