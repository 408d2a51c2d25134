#pragma once
// Whether an .itadb file sits on a network share. SQLite's write-ahead log needs memory shared
// between the processes that open the file, which a network file system (SMB, NFS, a mapped
// drive) does not give: two people opening one file there can damage it. The programs warn
// when a file is opened there and point to the team server, which is the answer for a group.

#include <QString>

namespace ita {

/// The kind of network share the file (or the folder it would be made in) is on: "SMB",
/// "NFS", "a network drive", "a UNC path"…; empty when it is on a local disk or unknown.
QString networkShareKind(const QString &path);

/// The warning to show for a file on a network share (in the current language), or empty.
QString networkShareWarning(const QString &path);

/// Linux: the network file system a statfs() f_type names, or empty for a local one. Public
/// for its test (no test machine mounts an NFS or SMB share).
QString networkFileSystemName(quint64 magic);

} // namespace ita
