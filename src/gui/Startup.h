#pragma once

#include <QString>

namespace ita::gui {

/// The file the program opens: the one asked for, else the last one when it still exists;
/// empty at first start, when the window shows its welcome page instead.
QString fileToOpen(const QString &requested, const QString &lastFile);

/// Where a new file for the user's own agency is suggested (the application-data folder).
QString defaultDatabasePath();

/// The sample's own file in the application-data folder, written from the bundled sample
/// when it is missing (a copy the user changed is reopened as it is). Empty, with the reason
/// in `error`, when it cannot be written.
QString sampleFile(QString *error);

} // namespace ita::gui
