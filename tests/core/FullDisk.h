#pragma once

#include <QtGlobal>

namespace ita::test {

/// A disk with `bytes` left, for SQLite in this process: while it lives, every file SQLite opens
/// (the .itadb, its -wal and -journal) goes through a VFS that refuses, with SQLITE_FULL as a
/// full disk does, a write that would grow the files by more than what is left. What a full
/// disk does to SQLite (its own rollback of the transaction, a read that fails when it must
/// spill pages), without a small file system to mount.
class FullDisk {
public:
    explicit FullDisk(qint64 bytes);
    ~FullDisk();
    FullDisk(const FullDisk &) = delete;
    FullDisk &operator=(const FullDisk &) = delete;
    /// Writes refused so far.
    int refusals() const;
};

} // namespace ita::test
