// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/AtomicFile.h"

#include <QFile>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace corrob {

Status writeFileAtomically(const QString& path, const QByteArray& bytes, const QString& what)
{
    QSaveFile file(path);
    const auto failed = [&](const QString& reason) {
        file.cancelWriting();
        return Error{ErrorCode::Io, QStringLiteral("%1: %2").arg(what, reason), path};
    };
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{ErrorCode::Io, QStringLiteral("%1: %2").arg(what, file.errorString()), path};
    }
    errno = 0;
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        // Qt's file engine can lose the reason of a short write ("Unknown error"); the system's is still in errno.
        const int reason = errno;
        return failed(reason != 0 ? QString::fromLocal8Bit(std::strerror(reason)) : file.errorString());
    }
#ifdef Q_OS_UNIX
    // A file system that allocates late (ext4, XFS) reports a full disk only here.
    if (::fsync(file.handle()) != 0) {
        return failed(QString::fromLocal8Bit(std::strerror(errno)));
    }
#endif
    if (!file.commit()) {
        return Error{ErrorCode::Io, QStringLiteral("%1: %2").arg(what, file.errorString()), path};
    }
    return {};
}

Status syncToDisk(const QString& path, const QString& what)
{
#ifdef Q_OS_UNIX
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) {
        return Error{ErrorCode::Io, QStringLiteral("%1: %2").arg(what, file.errorString()), path};
    }
    if (::fsync(file.handle()) != 0) {
        return Error{ErrorCode::Io, QStringLiteral("%1: %2").arg(what, QString::fromLocal8Bit(std::strerror(errno))),
                     path};
    }
#else
    Q_UNUSED(path);
    Q_UNUSED(what);
#endif
    return {};
}

} // namespace corrob
