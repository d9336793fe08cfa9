// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Migrator.h"

#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

namespace corrob::storage {

int latestVersion(const std::vector<Migration>& migrations)
{
    return migrations.empty() ? 0 : migrations.back().toVersion;
}

Error newerSchemaError(const QString& path, qint64 version, int latest)
{
    return Error{ErrorCode::NewerSchema,
                 QStringLiteral("this case was written by a newer version of Corroborate (schema version %1; "
                                "this version reads up to %2): update Corroborate to open it")
                     .arg(version)
                     .arg(latest),
                 path};
}

Status Migration::run(Database& db, const StepProgress& progress) const
{
    if (applyWithProgress) {
        return applyWithProgress(db, progress);
    }
    return apply(db);
}

Error cancelledUpgradeError(const QString& path)
{
    return Error{ErrorCode::Io, QStringLiteral("the upgrade was cancelled; the case was not changed"), path};
}

Status migrate(Database& db, const std::vector<Migration>& migrations, const MigrationObserver& progress)
{
    const int latest = latestVersion(migrations);
    auto tx = Transaction::begin(db);
    CORROB_TRY(tx);
    // Read the version inside the transaction so two processes opening an old case cannot both migrate it.
    auto version = db.queryInt(QStringLiteral("PRAGMA user_version"));
    CORROB_TRY(version);
    if (version.value() > latest) {
        return newerSchemaError(db.path(), version.value(), latest);
    }
    if (version.value() == latest) {
        return {}; // the transaction rolls back: nothing to write
    }
    int steps = 0;
    for (const Migration& m : migrations) {
        steps += m.toVersion > version.value() ? 1 : 0;
    }
    int step = 0;
    bool cancelled = false; // the observer asked to stop: the running step ends, the transaction rolls back
    for (const Migration& m : migrations) {
        Q_ASSERT(m.toVersion >= 1);
        if (m.toVersion <= version.value()) {
            continue;
        }
        ++step;
        StepProgress stepProgress;
        if (progress) {
            if (!progress({MigrationProgress::Phase::Upgrade, step, steps, m.toVersion, 0, 0})) {
                return cancelledUpgradeError(db.path());
            }
            stepProgress = [&progress, &cancelled, step, steps, &m](qint64 done, qint64 total) {
                if (!cancelled &&
                    !progress({MigrationProgress::Phase::Upgrade, step, steps, m.toVersion, done, total})) {
                    cancelled = true;
                }
            };
        }
        if (auto s = m.run(db, stepProgress); !s) {
            return Error{s.error().code,
                         QStringLiteral("cannot upgrade the case to schema version %1 (%2): %3")
                             .arg(m.toVersion)
                             .arg(m.description, s.error().message),
                         db.path()};
        }
        if (cancelled) {
            return cancelledUpgradeError(db.path());
        }
        // PRAGMA takes no bound parameters; the value is an int from our own table, never user input.
        CORROB_TRY(db.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.toVersion)));
    }
    return tx->commit();
}

} // namespace corrob::storage
