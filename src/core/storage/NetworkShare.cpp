#include "NetworkShare.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#if defined(Q_OS_WIN)
#include <qt_windows.h>
#elif defined(Q_OS_LINUX)
#include <sys/vfs.h>
#endif

namespace ita {

namespace {
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::NetworkShare)
};

/// The folder that exists: the file's own, or the nearest existing parent of a new file's.
QString existingFolder(const QString &path) {
    QFileInfo info(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    QString folder = info.isDir() ? info.filePath() : info.path();
    while (!folder.isEmpty() && !QFileInfo(folder).isDir()) {
        const QString parent = QFileInfo(folder).path();
        if (parent == folder)
            break;
        folder = parent;
    }
    return folder;
}
} // namespace

QString networkFileSystemName(quint64 magic) {
    // Linux's magic numbers (linux/magic.h, and the CIFS and SMB2 clients' own).
    switch (magic) {
    case 0x6969:
        return QStringLiteral("NFS");
    case 0x517B:
    case 0xFF534D42:
    case 0xFE534D42:
        return QStringLiteral("SMB");
    case 0x5346414F:
        return QStringLiteral("AFS");
    case 0x00C36400:
        return QStringLiteral("CephFS");
    case 0x73757245:
        return QStringLiteral("Coda");
    default:
        return {};
    }
}

QString networkShareKind(const QString &path) {
    if (path.isEmpty())
        return {};
#if defined(Q_OS_WIN)
    const QString native = QDir::toNativeSeparators(path);
    if (native.startsWith(QLatin1String("\\\\")) && !native.startsWith(QLatin1String("\\\\?\\")))
        return Messages::tr("a UNC path");
    const QString absolute = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (absolute.size() >= 2 && absolute[1] == u':') {
        const QString root = absolute.left(2) + u'\\';
        if (GetDriveTypeW(reinterpret_cast<const wchar_t *>(root.utf16())) == DRIVE_REMOTE)
            return Messages::tr("a network drive");
    }
    return {};
#elif defined(Q_OS_LINUX)
    struct statfs fs {};
    if (statfs(QFile::encodeName(existingFolder(path)).constData(), &fs) != 0)
        return {};
    return networkFileSystemName(quint64(static_cast<unsigned long>(fs.f_type)));
#else
    Q_UNUSED(existingFolder);
    return {};
#endif
}

QString networkShareWarning(const QString &path) {
    const QString kind = networkShareKind(path);
    if (kind.isEmpty())
        return {};
#ifdef Q_OS_WIN
    // The Windows build has no PostgreSQL driver (docs/windows.md): the server is Linux's.
    return Messages::tr("%1 is on %2. A file on a network share can be damaged when two people "
                        "open it at once (SQLite's write-ahead log needs a local disk): keep it "
                        "on this computer's disk; to work on one plan together, use the team "
                        "server from ITA Planner on Linux.")
#else
    return Messages::tr("%1 is on %2. A file on a network share can be damaged when two people "
                        "open it at once (SQLite's write-ahead log needs a local disk): keep it "
                        "on this computer's disk, or share the work through the team server "
                        "(File → Connect to Server…).")
#endif
        .arg(QDir::toNativeSeparators(path), kind);
}

} // namespace ita
