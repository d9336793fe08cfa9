// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/FaultVfs.h"

#include <sqlite3.h>

#include <atomic>
#include <cstring>

namespace corrob::storage {
namespace {

enum class Mode
{
    PassThrough,
    FullAfterBytes,
    ReadOnly,
};

std::atomic<Mode> s_mode{Mode::PassThrough};
std::atomic<qint64> s_bytesLeft{0};
std::atomic<int> s_failedWrites{0};
sqlite3_vfs* s_base = nullptr;
sqlite3_vfs s_vfs;
bool s_installed = false;

// The shim's file: SQLite allocates szOsFile bytes; the wrapped VFS's file follows this header.
struct ShimFile
{
    sqlite3_file base;
    sqlite3_file* real;
};

sqlite3_file* real(sqlite3_file* f)
{
    return reinterpret_cast<ShimFile*>(f)->real;
}

int shimClose(sqlite3_file* f)
{
    return real(f)->pMethods->xClose(real(f));
}
int shimRead(sqlite3_file* f, void* buf, int amount, sqlite3_int64 offset)
{
    return real(f)->pMethods->xRead(real(f), buf, amount, offset);
}
int shimWrite(sqlite3_file* f, const void* buf, int amount, sqlite3_int64 offset)
{
    if (s_mode == Mode::FullAfterBytes && s_bytesLeft.fetch_sub(amount) < amount) {
        ++s_failedWrites;
        return SQLITE_FULL;
    }
    return real(f)->pMethods->xWrite(real(f), buf, amount, offset);
}
int shimTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    return real(f)->pMethods->xTruncate(real(f), size);
}
int shimSync(sqlite3_file* f, int flags)
{
    return real(f)->pMethods->xSync(real(f), flags);
}
int shimFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}
int shimLock(sqlite3_file* f, int lock)
{
    return real(f)->pMethods->xLock(real(f), lock);
}
int shimUnlock(sqlite3_file* f, int lock)
{
    return real(f)->pMethods->xUnlock(real(f), lock);
}
int shimCheckReservedLock(sqlite3_file* f, int* out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int shimFileControl(sqlite3_file* f, int op, void* arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int shimSectorSize(sqlite3_file* f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}
int shimDeviceCharacteristics(sqlite3_file* f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int shimShmMap(sqlite3_file* f, int region, int size, int extend, void volatile** out)
{
    return real(f)->pMethods->xShmMap(real(f), region, size, extend, out);
}
int shimShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void shimShmBarrier(sqlite3_file* f)
{
    real(f)->pMethods->xShmBarrier(real(f));
}
int shimShmUnmap(sqlite3_file* f, int deleteFlag)
{
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}
int shimFetch(sqlite3_file* f, sqlite3_int64 offset, int amount, void** out)
{
    return real(f)->pMethods->xFetch(real(f), offset, amount, out);
}
int shimUnfetch(sqlite3_file* f, sqlite3_int64 offset, void* p)
{
    return real(f)->pMethods->xUnfetch(real(f), offset, p);
}

// Version 2 (WAL's shared memory) without memory mapping: SQLite then reads every page through xRead.
const sqlite3_io_methods s_io = {
    2,
    shimClose,
    shimRead,
    shimWrite,
    shimTruncate,
    shimSync,
    shimFileSize,
    shimLock,
    shimUnlock,
    shimCheckReservedLock,
    shimFileControl,
    shimSectorSize,
    shimDeviceCharacteristics,
    shimShmMap,
    shimShmLock,
    shimShmBarrier,
    shimShmUnmap,
    shimFetch,
    shimUnfetch,
};

int shimOpen(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* shim = reinterpret_cast<ShimFile*>(file);
    shim->base.pMethods = nullptr;
    shim->real = reinterpret_cast<sqlite3_file*>(shim + 1);
    // A file without write permission: the main database opens read-only, as unix's VFS falls back to on EACCES.
    if (s_mode == Mode::ReadOnly && (flags & SQLITE_OPEN_MAIN_DB) && (flags & SQLITE_OPEN_READWRITE)) {
        flags = (flags & ~(SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)) | SQLITE_OPEN_READONLY;
    }
    const int rc = s_base->xOpen(s_base, name, shim->real, flags, outFlags);
    if (rc == SQLITE_OK && shim->real->pMethods) {
        shim->base.pMethods = &s_io;
    }
    return rc;
}

int shimDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    return s_base->xDelete(s_base, name, syncDir);
}
int shimAccess(sqlite3_vfs*, const char* name, int flags, int* out)
{
    return s_base->xAccess(s_base, name, flags, out);
}
int shimFullPathname(sqlite3_vfs*, const char* name, int size, char* out)
{
    return s_base->xFullPathname(s_base, name, size, out);
}
void* shimDlOpen(sqlite3_vfs*, const char*)
{
    return nullptr; // never load code
}
void shimDlError(sqlite3_vfs*, int size, char* out)
{
    sqlite3_snprintf(size, out, "extension loading is off");
}
void (*shimDlSym(sqlite3_vfs*, void*, const char*))(void)
{
    return nullptr;
}
void shimDlClose(sqlite3_vfs*, void*)
{
}
int shimRandomness(sqlite3_vfs*, int n, char* out)
{
    return s_base->xRandomness(s_base, n, out);
}
int shimSleep(sqlite3_vfs*, int micros)
{
    return s_base->xSleep(s_base, micros);
}
int shimCurrentTime(sqlite3_vfs*, double* out)
{
    return s_base->xCurrentTime(s_base, out);
}
int shimGetLastError(sqlite3_vfs*, int n, char* out)
{
    return s_base->xGetLastError ? s_base->xGetLastError(s_base, n, out) : 0;
}
int shimCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out)
{
    return s_base->xCurrentTimeInt64(s_base, out);
}

} // namespace

FaultVfs::FaultVfs()
{
    Q_ASSERT(!s_installed);
    if (!s_base) {
        sqlite3_initialize();
        s_base = sqlite3_vfs_find(nullptr);
        std::memset(&s_vfs, 0, sizeof s_vfs);
        s_vfs.iVersion = 2;
        s_vfs.szOsFile = static_cast<int>(sizeof(ShimFile)) + s_base->szOsFile;
        s_vfs.mxPathname = s_base->mxPathname;
        s_vfs.zName = "corrob-fault";
        s_vfs.xOpen = shimOpen;
        s_vfs.xDelete = shimDelete;
        s_vfs.xAccess = shimAccess;
        s_vfs.xFullPathname = shimFullPathname;
        s_vfs.xDlOpen = shimDlOpen;
        s_vfs.xDlError = shimDlError;
        s_vfs.xDlSym = shimDlSym;
        s_vfs.xDlClose = shimDlClose;
        s_vfs.xRandomness = shimRandomness;
        s_vfs.xSleep = shimSleep;
        s_vfs.xCurrentTime = shimCurrentTime;
        s_vfs.xGetLastError = shimGetLastError;
        s_vfs.xCurrentTimeInt64 = shimCurrentTimeInt64;
    }
    clear();
    s_failedWrites = 0;
    sqlite3_vfs_register(&s_vfs, 1);
    s_installed = true;
}

FaultVfs::~FaultVfs()
{
    clear();
    // Connections opened meanwhile may still use the shim (a static, so it stays valid): it passes through now.
    sqlite3_vfs_unregister(&s_vfs);
    sqlite3_vfs_register(s_base, 1);
    s_installed = false;
}

void FaultVfs::failWritesAfter(qint64 bytes)
{
    s_bytesLeft = bytes;
    s_mode = Mode::FullAfterBytes;
}

void FaultVfs::refuseWrites()
{
    s_mode = Mode::ReadOnly;
}

void FaultVfs::clear()
{
    s_mode = Mode::PassThrough;
}

int FaultVfs::failedWrites() const
{
    return s_failedWrites;
}

} // namespace corrob::storage
