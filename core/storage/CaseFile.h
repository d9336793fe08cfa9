// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/CaseSchema.h"
#include "core/storage/Database.h"

namespace corrob::storage {

// Opens and creates case files: checks that a file is a case, puts it in WAL mode and brings its schema up to date.
class CaseFile
{
public:
    // Creates a new, empty case at path, at the latest schema. Refuses (AlreadyExists) to touch an existing file.
    static Result<Database> create(const QString& path);

    // Opens an existing case and applies any pending migrations. Fails with NotFound, NotACase (not SQLite, or
    // SQLite without the case application id), NewerSchema, Busy or Corrupt. A refused file (not a case, or a
    // newer schema) is never modified.
    static Result<Database> open(const QString& path, const std::vector<Migration>& migrations = caseMigrations());
    // Opens an existing case read-only: the same checks, nothing written. A case that needs a migration is refused
    // (Unsupported), since upgrading it is a write.
    static Result<Database> openReadOnly(const QString& path,
                                         const std::vector<Migration>& migrations = caseMigrations());

private:
    static Result<Database> openChecked(const QString& path, const std::vector<Migration>& migrations,
                                        Database::OpenMode mode);
};

} // namespace corrob::storage
