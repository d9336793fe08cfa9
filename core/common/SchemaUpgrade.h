// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The plain values of a case's schema upgrade: how far it is, and the copy of the case kept before it. Written by
// core/storage (Migrator, CaseFile), read by the front ends through core/case/CaseUpgrade.h.
#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <functional>

namespace corrob {

// Where opening an old case is: copying the case as it was, then each pending migration in turn.
struct MigrationProgress
{
    enum class Phase
    {
        Backup,  // the copy kept before the upgrade (done/total: pages)
        Upgrade, // migration `step` of `steps` (to toVersion); done/total: its own units, total 0 when unmeasured
    };
    Phase phase = Phase::Upgrade;
    int step = 0;
    int steps = 0;
    int toVersion = 0;
    qint64 done = 0;
    qint64 total = 0;
};
// Called on the thread doing the work; it must not touch the database. Returning false cancels: migrate() stops at
// the next step or when the running one ends, returns an error (storage::cancelledUpgradeError) and the transaction
// rolls back, leaving the database exactly as it was; a copy being made stops at once.
using MigrationObserver = std::function<bool(const MigrationProgress&)>;

// The copy made before a schema upgrade, so the case as it was can be opened by the older version again.
struct UpgradeBackup
{
    QString path; // empty when no upgrade was needed (or the case was empty, schema version 0)
    int fromVersion = 0;
    int toVersion = 0;
    QStringList removed; // older copies of the same case deleted to keep only the newest few (CaseFile::removeOld...)
};

} // namespace corrob
