// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QString>

#include <functional>
#include <vector>

namespace corrob::storage {

class Database;

// One forward-only schema step: brings a database from version toVersion - 1 to toVersion.
struct Migration
{
    int toVersion = 0;
    QString description;
    std::function<Status(Database&)> apply;
};

// Applies every migration above the database's PRAGMA user_version, in order, in one transaction: either the
// database ends at the last version or it is left exactly as it was. Refuses (NewerSchema) a database whose
// version is above the last migration's. Migrations must be sorted and numbered 1, 2, 3...
Status migrate(Database& db, const std::vector<Migration>& migrations);

// The refusal for a database at `version` when this build reads up to `latest`.
Error newerSchemaError(const QString& path, qint64 version, int latest);

// The version the migrations lead to (0 for none).
int latestVersion(const std::vector<Migration>& migrations);

} // namespace corrob::storage
