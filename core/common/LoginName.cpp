// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/LoginName.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <pwd.h>
#include <unistd.h>

#include <vector>
#endif

namespace corrob {
namespace {

// The name of the account the process runs as, from the password database (a service, a container or a cron job
// often has no USER in its environment, but always has an account).
QString accountName()
{
#if defined(Q_OS_UNIX)
    long size = sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buffer(std::size_t(size > 0 ? size : 16384));
    passwd entry{};
    passwd* found = nullptr;
    if (getpwuid_r(geteuid(), &entry, buffer.data(), buffer.size(), &found) == 0 && found && found->pw_name) {
        return QString::fromLocal8Bit(found->pw_name).trimmed();
    }
#endif
    return {};
}

} // namespace

QString loginName()
{
    for (const char* name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty()) {
            return value;
        }
    }
    const QString account = accountName();
    return account.isEmpty() ? QStringLiteral("unknown") : account;
}

} // namespace corrob
