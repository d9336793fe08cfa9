// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/CaseLock.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSysInfo>

namespace corrob::casefile {

QString CaseLock::Holder::describe() const
{
    const QString who = application.isEmpty() ? QStringLiteral("another program") : application;
    QString text = QStringLiteral("%1 (process %2)").arg(who).arg(pid);
    if (!host.isEmpty() && host != QSysInfo::machineHostName()) {
        text += QStringLiteral(" on %1").arg(host);
    }
    return text;
}

QString CaseLock::lockPathFor(const QString& casePath)
{
    const QFileInfo info(casePath);
    return info.absoluteDir().filePath(u'.' + info.fileName() + u".lock");
}

CaseLock::CaseLock(std::unique_ptr<QLockFile> file) : m_file(std::move(file))
{
}

CaseLock::~CaseLock() = default;

Result<std::unique_ptr<CaseLock>> CaseLock::acquire(const QString& casePath)
{
    auto file = std::make_unique<QLockFile>(lockPathFor(casePath));
    // Never stale by age: a window may keep a case open for days. A lock whose process is gone is still taken over.
    file->setStaleLockTime(0);
    if (file->tryLock(0)) {
        return std::unique_ptr<CaseLock>(new CaseLock(std::move(file)));
    }
    if (file->error() == QLockFile::LockFailedError) {
        const auto who = holder(casePath);
        return Error{ErrorCode::Busy,
                     QStringLiteral("the case is open in another window: %1")
                         .arg(who ? who->describe() : QStringLiteral("another Corroborate")),
                     casePath};
    }
    return Error{ErrorCode::Io, QStringLiteral("cannot write the case's lock file"), lockPathFor(casePath)};
}

std::optional<CaseLock::Holder> CaseLock::holder(const QString& casePath)
{
    QLockFile file(lockPathFor(casePath));
    Holder who;
    if (!file.getLockInfo(&who.pid, &who.host, &who.application)) {
        return std::nullopt;
    }
    return who;
}

} // namespace corrob::casefile
