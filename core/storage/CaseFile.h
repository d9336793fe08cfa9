// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/SchemaUpgrade.h"
#include "core/storage/CaseSchema.h"
#include "core/storage/Database.h"

#include <QDateTime>

namespace corrob::storage {

// A case file is untrusted input (docs/decisions/0019): what opening one refuses.
struct CaseLimits
{
    // Larger than any case a desktop investigation makes: a file (with its WAL) or a page count claiming more than
    // this is refused before anything reads its tables.
    qint64 maxBytes = qint64{256} * 1024 * 1024 * 1024;
};

// The copy made before a schema upgrade (core/common/SchemaUpgrade.h).
using corrob::UpgradeBackup;

// Opens and creates case files: checks that a file is a case, puts it in WAL mode and brings its schema up to date.
//
// Every open treats the file as untrusted (see Database::open for the connection's settings): a file larger than
// CaseLimits::maxBytes, or whose pages add up to more, is refused (Unsupported), and so is a file holding a schema
// object (table, index, trigger, view) that the migrations up to its version do not create, or lacking one they do
// (Integrity): the expected objects are those the migrations themselves create on an empty in-memory database, so a
// new migration counts automatically.
class CaseFile
{
public:
    // Creates a new, empty case at path, at the latest schema. Refuses (AlreadyExists) to touch an existing file.
    static Result<Database> create(const QString& path);

    // Opens an existing case and applies any pending migrations. Fails with NotFound, NotACase (not SQLite, or
    // SQLite without the case application id), NewerSchema, Busy or Corrupt. A refused file (not a case, or a
    // newer schema) is never modified. Before a migration, the case as it was is copied beside it (upgradeBackupPath)
    // and the copy checked; no copy, no upgrade. Once the upgrade is done, only the newest kKeptUpgradeBackups copies
    // of this case are kept (removeOldUpgradeBackups). *backup (when given) says where the copy went and what was
    // removed. progress (when given) hears how far
    // the copy and the migrations are, on the calling thread.
    static Result<Database> open(const QString& path, const std::vector<Migration>& migrations = caseMigrations(),
                                 UpgradeBackup* backup = nullptr, const CaseLimits& limits = {},
                                 const MigrationObserver& progress = {});
    // The schema version of the case at path as its header says (PRAGMA user_version), read without changing it.
    static Result<int> schemaVersion(const QString& path);
    // Opens an existing case read-only: the same checks, nothing written. A case that needs a migration is refused
    // (Unsupported), since upgrading it is a write.
    static Result<Database> openReadOnly(const QString& path,
                                         const std::vector<Migration>& migrations = caseMigrations());

    // Where the copy made before upgrading path from schema `from` to `to` goes: beside the case, named
    // "<name> (before schema <to>, <yyyy-MM-dd HHmmss>).corrob", with " 2", " 3"... added when that name is taken.
    static QString upgradeBackupPath(const QString& path, int to, const QDateTime& when);

    // How many copies made before upgrades are kept per case.
    static constexpr int kKeptUpgradeBackups = 3;
    // Deletes the copies made before upgrades of the case at path (the files beside it named as upgradeBackupPath
    // names them, with their -wal and -shm) except the newest `keep`, by the date and number in their names. Nothing
    // else is touched: not the copies of another case, not a ".part" an interrupted copy left, not any other file.
    // A copy that cannot be deleted stays. Returns the paths deleted.
    static QStringList removeOldUpgradeBackups(const QString& path, int keep = kKeptUpgradeBackups);

    enum class Overwrite
    {
        Refuse,  // an existing target fails with AlreadyExists
        Replace, // the investigator confirmed: the target (and any -wal/-shm beside it) is replaced
    };
    // Writes a consistent copy of the open case db to target (Database::backupTo) under a temporary name
    // ("<target>.part"), opens the copy with the checks of openReadOnly and SQLite's quick_check, and only then
    // renames it to target: a failed or interrupted backup never leaves a half-written file under target's name or
    // replaces an older backup. Refuses the case's own file, its -wal, -shm or -journal as target.
    static Status backup(Database& db, const QString& target, Overwrite overwrite,
                         const Database::BackupProgress& progress = {});

    // The schema objects (type, name, table, SQL) the migrations up to `version` create, as sqlite_schema lists them.
    static Result<QStringList> expectedSchema(const std::vector<Migration>& migrations, int version);

private:
    static Result<Database> openChecked(const QString& path, const std::vector<Migration>& migrations,
                                        Database::OpenMode mode, const CaseLimits& limits = {});
};

} // namespace corrob::storage
