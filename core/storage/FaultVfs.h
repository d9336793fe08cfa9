// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace corrob::storage {

// For tests only: an SQLite VFS that wraps the default one and injects the failures of a full disk or a read-only
// file, so tests can prove a failed write leaves the case as it was (CI runs as root, where chmod makes nothing
// read-only). While a FaultVfs exists it is SQLite's default VFS: every connection opened meanwhile goes through it
// (and keeps doing so, passing everything through once the FaultVfs is gone). One at a time; not thread-safe to
// reconfigure while another thread writes.
class FaultVfs
{
public:
    FaultVfs();
    ~FaultVfs();
    FaultVfs(const FaultVfs&) = delete;
    FaultVfs& operator=(const FaultVfs&) = delete;

    // Lets `bytes` more bytes be written to any file, then fails every write with SQLITE_FULL (the disk is full).
    void failWritesAfter(qint64 bytes);
    // Opens every file from now on read-only, as the operating system does for a file without write permission.
    void refuseWrites();
    // Passes everything through again.
    void clear();
    // Writes that failed since construction.
    [[nodiscard]] int failedWrites() const;
};

} // namespace corrob::storage
