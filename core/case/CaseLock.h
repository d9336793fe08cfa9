// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace corrob::casefile {

// "A window has this case open for writing": a lock file beside the case (decisions/0013). Held for as long as
// this object lives. Advisory: SQLite's own locking still guards the file; this lets a second window say who has
// the case open and offer a read-only view instead of two windows editing one case.
class CaseLock
{
public:
    // Who holds a case's lock.
    struct Holder
    {
        qint64 pid = 0;
        QString host;
        QString application;
        // "Corroborate (process 1234)" or "… on host".
        [[nodiscard]] QString describe() const;
    };

    // Takes the lock of the case at casePath. Fails with ErrorCode::Busy, its message naming the holder, when a
    // live process holds it (a lock left by a process that died is taken over); fails with ErrorCode::Io when the
    // lock file cannot be written (a read-only folder).
    static Result<std::unique_ptr<CaseLock>> acquire(const QString& casePath);
    // Who holds the lock now, if anyone.
    static std::optional<Holder> holder(const QString& casePath);
    // The lock file's path: ".NAME.lock" in the case's folder (hidden from file dialogs and folder imports).
    static QString lockPathFor(const QString& casePath);

    ~CaseLock();
    CaseLock(const CaseLock&) = delete;
    CaseLock& operator=(const CaseLock&) = delete;

private:
    explicit CaseLock(std::unique_ptr<QLockFile> file);
    std::unique_ptr<QLockFile> m_file;
};

} // namespace corrob::casefile
