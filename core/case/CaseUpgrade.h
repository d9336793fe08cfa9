// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/common/SchemaUpgrade.h"

#include <QString>

namespace corrob::casefile {

using UpgradeProgress = MigrationProgress;
using UpgradeObserver = MigrationObserver;

// Whether opening the case at path for writing would upgrade its schema (an older case, not empty). False for an
// up-to-date or newer case and for a file that is not a case at all: opening it says what is wrong.
bool needsUpgrade(const QString& path);

// Upgrades the case at path as opening it for writing does (Case::open: the copy of the case as it was kept and
// checked first, no copy no upgrade, every migration in one transaction, the case untouched on failure) and closes
// it again, telling progress how far the copy and each migration are. For a worker thread: it opens its own
// connection, and progress is called on that thread. Returns where the copy went (empty path: nothing to upgrade).
// progress returning false cancels (the running migration ends first): the migrations roll back, the copy is
// removed, the case is exactly as it was, and the error says the upgrade was cancelled.
Result<UpgradeBackup> upgradeCase(const QString& path, const UpgradeObserver& progress);

} // namespace corrob::casefile
