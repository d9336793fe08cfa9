// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/CaseFile.h"

#include <QFileInfo>

namespace corrob::storage {
namespace {

Status useWal(Database& db)
{
    auto stmt = db.prepare(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!stmt) {
        return stmt.error();
    }
    if (auto row = stmt->step(); !row) {
        return row.error();
    }
    // NORMAL is crash-safe in WAL mode: a kill -9 loses at most the transaction in flight.
    return db.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
}

} // namespace

Result<Database> CaseFile::create(const QString& path)
{
    if (QFileInfo::exists(path)) {
        return Error{ErrorCode::AlreadyExists, QStringLiteral("a file with this name already exists"), path};
    }
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!db) {
        return db.error();
    }
    if (auto s = db->exec(QStringLiteral("PRAGMA application_id = %1").arg(kCaseApplicationId)); !s) {
        return s.error();
    }
    if (auto s = useWal(db.value()); !s) {
        return s.error();
    }
    if (auto s = migrate(db.value(), caseMigrations()); !s) {
        return s.error();
    }
    return db;
}

Result<Database> CaseFile::openReadOnly(const QString& path, const std::vector<Migration>& migrations)
{
    auto db = openChecked(path, migrations, Database::OpenMode::ReadOnly);
    if (!db) {
        return db.error();
    }
    auto version = db->queryInt(QStringLiteral("PRAGMA user_version"));
    if (!version) {
        return version.error();
    }
    if (version.value() < latestVersion(migrations)) {
        return Error{ErrorCode::Unsupported,
                     QStringLiteral("the case must be upgraded to this version of Corroborate first, and a read-only "
                                    "view cannot write; open it for writing once it is closed elsewhere"),
                     path};
    }
    return db;
}

Result<Database> CaseFile::open(const QString& path, const std::vector<Migration>& migrations)
{
    auto db = openChecked(path, migrations, Database::OpenMode::ExistingOnly);
    if (!db) {
        return db.error();
    }
    if (auto s = useWal(db.value()); !s) {
        return s.error();
    }
    if (auto s = migrate(db.value(), migrations); !s) {
        return s.error();
    }
    return db;
}

Result<Database> CaseFile::openChecked(const QString& path, const std::vector<Migration>& migrations,
                                       Database::OpenMode mode)
{
    auto db = Database::open(path, mode);
    if (!db) {
        return db.error();
    }
    // The first read is where SQLite notices that a file is not a database at all.
    auto appId = db->queryInt(QStringLiteral("PRAGMA application_id"));
    if (!appId) {
        return appId.error();
    }
    if (appId.value() != kCaseApplicationId) {
        if (QFileInfo(path).size() == 0) {
            return Error{ErrorCode::NotACase, QStringLiteral("not a Corroborate case (the file is empty)"), path};
        }
        return Error{ErrorCode::NotACase,
                     QStringLiteral("not a Corroborate case (an SQLite database of another program)"), path};
    }
    // Refuse a newer case before anything (even the journal mode) is written to it.
    auto version = db->queryInt(QStringLiteral("PRAGMA user_version"));
    if (!version) {
        return version.error();
    }
    if (version.value() > latestVersion(migrations)) {
        return newerSchemaError(path, version.value(), latestVersion(migrations));
    }
    return db;
}

} // namespace corrob::storage
