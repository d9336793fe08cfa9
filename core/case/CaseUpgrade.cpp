// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/CaseUpgrade.h"

#include "core/storage/CaseFile.h"
#include "core/storage/CaseSchema.h"

namespace corrob::casefile {

bool needsUpgrade(const QString& path)
{
    auto version = storage::CaseFile::schemaVersion(path);
    return version && version.value() > 0 && version.value() < storage::caseSchemaVersion();
}

Result<storage::UpgradeBackup> upgradeCase(const QString& path, const UpgradeObserver& progress)
{
    storage::UpgradeBackup kept;
    auto db = storage::CaseFile::open(path, storage::caseMigrations(), &kept, {}, progress);
    if (!db) {
        return db.error();
    }
    return kept;
}

} // namespace corrob::casefile
