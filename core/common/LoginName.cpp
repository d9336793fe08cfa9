// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/LoginName.h"

#include <QtGlobal>

namespace corrob {

QString loginName()
{
    for (const char* name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty()) {
            return value;
        }
    }
    return QStringLiteral("unknown");
}

} // namespace corrob
