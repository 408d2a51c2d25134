#include "FullDisk.h"

#include <sqlite3.h>

#include <cstring>

namespace ita::test {

namespace {

sqlite3_vfs *g_base = nullptr;
sqlite3_vfs g_vfs;
qint64 g_left = 0;
int g_refusals = 0;

struct Wrapped {
    sqlite3_file file;
    sqlite3_file *real;
};

sqlite3_file *real(sqlite3_file *f) {
    return reinterpret_cast<Wrapped *>(f)->real;
}

int xClose(sqlite3_file *f) {
    return real(f)->pMethods ? real(f)->pMethods->xClose(real(f)) : SQLITE_OK;
}
int xRead(sqlite3_file *f, void *p, int n, sqlite3_int64 at) {
    return real(f)->pMethods->xRead(real(f), p, n, at);
}
int xWrite(sqlite3_file *f, const void *p, int n, sqlite3_int64 at) {
    sqlite3_int64 size = 0;
    if (real(f)->pMethods->xFileSize(real(f), &size) != SQLITE_OK)
        size = 0;
    const qint64 growth = at + n > size ? at + n - size : 0;
    if (growth > g_left) {
        ++g_refusals;
        return SQLITE_FULL;
    }
    g_left -= growth;
    return real(f)->pMethods->xWrite(real(f), p, n, at);
}
int xTruncate(sqlite3_file *f, sqlite3_int64 to) {
    sqlite3_int64 size = 0;
    if (real(f)->pMethods->xFileSize(real(f), &size) == SQLITE_OK && size > to)
        g_left += size - to;
    return real(f)->pMethods->xTruncate(real(f), to);
}
int xSync(sqlite3_file *f, int flags) {
    return real(f)->pMethods->xSync(real(f), flags);
}
int xFileSize(sqlite3_file *f, sqlite3_int64 *size) {
    return real(f)->pMethods->xFileSize(real(f), size);
}
int xLock(sqlite3_file *f, int level) {
    return real(f)->pMethods->xLock(real(f), level);
}
int xUnlock(sqlite3_file *f, int level) {
    return real(f)->pMethods->xUnlock(real(f), level);
}
int xCheckReservedLock(sqlite3_file *f, int *out) {
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int xFileControl(sqlite3_file *f, int op, void *arg) {
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int xSectorSize(sqlite3_file *f) {
    return real(f)->pMethods->xSectorSize(real(f));
}
int xDeviceCharacteristics(sqlite3_file *f) {
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int xShmMap(sqlite3_file *f, int page, int size, int extend, void volatile **p) {
    return real(f)->pMethods->xShmMap(real(f), page, size, extend, p);
}
int xShmLock(sqlite3_file *f, int offset, int n, int flags) {
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void xShmBarrier(sqlite3_file *f) {
    real(f)->pMethods->xShmBarrier(real(f));
}
int xShmUnmap(sqlite3_file *f, int remove) {
    return real(f)->pMethods->xShmUnmap(real(f), remove);
}
// No memory-mapped reads: every page goes through xRead, as the limit expects.
int xFetch(sqlite3_file *, sqlite3_int64, int, void **p) {
    *p = nullptr;
    return SQLITE_OK;
}
int xUnfetch(sqlite3_file *, sqlite3_int64, void *) {
    return SQLITE_OK;
}

const sqlite3_io_methods g_methods = {3,
                                      xClose,
                                      xRead,
                                      xWrite,
                                      xTruncate,
                                      xSync,
                                      xFileSize,
                                      xLock,
                                      xUnlock,
                                      xCheckReservedLock,
                                      xFileControl,
                                      xSectorSize,
                                      xDeviceCharacteristics,
                                      xShmMap,
                                      xShmLock,
                                      xShmBarrier,
                                      xShmUnmap,
                                      xFetch,
                                      xUnfetch};

int xOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags) {
    auto *w = reinterpret_cast<Wrapped *>(f);
    w->real = reinterpret_cast<sqlite3_file *>(w + 1);
    const int rc = g_base->xOpen(g_base, name, w->real, flags, outFlags);
    w->file.pMethods = rc == SQLITE_OK && w->real->pMethods ? &g_methods : nullptr;
    return rc;
}
int xDelete(sqlite3_vfs *, const char *name, int sync) {
    return g_base->xDelete(g_base, name, sync);
}
int xAccess(sqlite3_vfs *, const char *name, int flags, int *out) {
    return g_base->xAccess(g_base, name, flags, out);
}
int xFullPathname(sqlite3_vfs *, const char *name, int n, char *out) {
    return g_base->xFullPathname(g_base, name, n, out);
}
int xRandomness(sqlite3_vfs *, int n, char *out) {
    return g_base->xRandomness(g_base, n, out);
}
int xSleep(sqlite3_vfs *, int us) {
    return g_base->xSleep(g_base, us);
}
int xCurrentTime(sqlite3_vfs *, double *t) {
    return g_base->xCurrentTime(g_base, t);
}
int xGetLastError(sqlite3_vfs *, int n, char *out) {
    return g_base->xGetLastError(g_base, n, out);
}
int xCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *t) {
    return g_base->xCurrentTimeInt64(g_base, t);
}

} // namespace

FullDisk::FullDisk(qint64 bytes) {
    g_base = sqlite3_vfs_find(nullptr);
    std::memset(&g_vfs, 0, sizeof g_vfs);
    g_vfs.iVersion = 2;
    g_vfs.szOsFile = int(sizeof(Wrapped)) + g_base->szOsFile;
    g_vfs.mxPathname = g_base->mxPathname;
    g_vfs.zName = "ita-test-full-disk";
    g_vfs.xOpen = xOpen;
    g_vfs.xDelete = xDelete;
    g_vfs.xAccess = xAccess;
    g_vfs.xFullPathname = xFullPathname;
    g_vfs.xDlOpen = g_base->xDlOpen;
    g_vfs.xDlError = g_base->xDlError;
    g_vfs.xDlSym = g_base->xDlSym;
    g_vfs.xDlClose = g_base->xDlClose;
    g_vfs.xRandomness = xRandomness;
    g_vfs.xSleep = xSleep;
    g_vfs.xCurrentTime = xCurrentTime;
    g_vfs.xGetLastError = xGetLastError;
    g_vfs.xCurrentTimeInt64 = xCurrentTimeInt64;
    g_left = bytes;
    g_refusals = 0;
    sqlite3_vfs_register(&g_vfs, 1); // the default: Qt's driver opens through it
}

FullDisk::~FullDisk() {
    sqlite3_vfs_unregister(&g_vfs);
    sqlite3_vfs_register(g_base, 1);
}

int FullDisk::refusals() const {
    return g_refusals;
}

} // namespace ita::test
