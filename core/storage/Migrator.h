// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/common/SchemaUpgrade.h"

#include <QString>

#include <functional>
#include <vector>

namespace corrob::storage {

class Database;

// How far a step of long work has gone: done of total units (total 0 when the step cannot measure itself).
using StepProgress = std::function<void(qint64 done, qint64 total)>;

// One forward-only schema step: brings a database from version toVersion - 1 to toVersion. A step that takes long on a
// large case (building an index) has applyWithProgress instead of apply, and reports how far it is.
struct Migration
{
    int toVersion = 0;
    QString description;
    std::function<Status(Database&)> apply;
    std::function<Status(Database&, const StepProgress&)> applyWithProgress = {};

    // Runs the step (whichever of the two it has).
    Status run(Database& db, const StepProgress& progress = {}) const;
};

// How far opening an old case is (core/common/SchemaUpgrade.h, where the front ends see it without storage).
using corrob::MigrationObserver;
using corrob::MigrationProgress;

// What migrate() and CaseFile::open return when the observer cancelled the upgrade.
Error cancelledUpgradeError(const QString& path);

// Applies every migration above the database's PRAGMA user_version, in order, in one transaction: either the
// database ends at the last version or it is left exactly as it was. Refuses (NewerSchema) a database whose
// version is above the last migration's. Migrations must be sorted and numbered 1, 2, 3... progress (when given) hears
// of each pending step as it starts, and of its own progress while it runs.
Status migrate(Database& db, const std::vector<Migration>& migrations, const MigrationObserver& progress = {});

// The refusal for a database at `version` when this build reads up to `latest`.
Error newerSchemaError(const QString& path, qint64 version, int latest);

// The version the migrations lead to (0 for none).
int latestVersion(const std::vector<Migration>& migrations);

} // namespace corrob::storage
