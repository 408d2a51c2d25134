#pragma once

#include <QString>

namespace ita::gui {

/// The file the program opens: the one asked for, else the last one, else (first start)
/// the user's own database in the application-data folder, created from the bundled
/// sample. Returns an error text through `error` when the first-start file cannot be made.
QString fileToOpen(const QString &requested, const QString &lastFile, QString *error);

/// Where the first start puts the user's database.
QString defaultDatabasePath();

} // namespace ita::gui
