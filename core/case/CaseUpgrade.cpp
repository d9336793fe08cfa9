// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/CaseUpgrade.h"

#include "core/storage/CaseFile.h"
#include "core/storage/CaseSchema.h"

#include <QFile>

namespace corrob::casefile {

bool needsUpgrade(const QString& path)
{
    auto version = storage::CaseFile::schemaVersion(path);
    return version && version.value() > 0 && version.value() < storage::caseSchemaVersion();
}

Result<storage::UpgradeBackup> upgradeCase(const QString& path, const UpgradeObserver& progress)
{
    storage::UpgradeBackup kept;
    bool cancelled = false;
    UpgradeObserver heard;
    if (progress) {
        heard = [&progress, &cancelled](const UpgradeProgress& p) {
            cancelled = cancelled || !progress(p);
            return !cancelled;
        };
    }
    auto db = storage::CaseFile::open(path, storage::caseMigrations(), &kept, {}, heard);
    if (!db) {
        if (cancelled && !kept.path.isEmpty()) {
            QFile::remove(kept.path); // the case was not changed: its copy as it was is not needed
        }
        return db.error();
    }
    return kept;
}

} // namespace corrob::casefile
