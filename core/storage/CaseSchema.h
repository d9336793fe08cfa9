// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Migrator.h"

#include <vector>

namespace corrob::storage {

// PRAGMA application_id of every case file: "CROB". A SQLite file without it is not a case.
inline constexpr qint32 kCaseApplicationId = 0x43524F42;

// The migrations of the case schema, oldest first. docs/schema.md describes the latest version.
const std::vector<Migration>& caseMigrations();

// The search index (schema version 4): what search_docs must hold, as one SELECT over the search_*_docs views; and
// the index rebuilt from the case (inside the caller's transaction).
extern const char* const kSearchDocsExpected;
Status rebuildSearchIndex(Database& db);

// The schema version this build writes.
int caseSchemaVersion();

} // namespace corrob::storage
