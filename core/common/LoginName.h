// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace corrob {

// The operating-system login name (USER, USERNAME or LOGNAME, else the account the process runs as), or "unknown"
// when none can be found. The default audit actor; the applications let a user name in settings ("audit/actor")
// override it.
QString loginName();

} // namespace corrob
