// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"
#include "core/common/Result.h"

#include <QString>

#include <optional>

namespace corrob::storage {

class Database;

// Sources (people, organisations, outlets). Names match case- and diacritics-insensitively, on the name and on
// every alias.
class SourceRepository
{
public:
    explicit SourceRepository(Database& db) : m_db(&db) {}

    // The source whose name or alias folds to the same key as name, if any.
    Result<std::optional<SourceId>> findByName(const QString& name);
    // Finds the source by name, or creates one of the given kind; created is set when a row was added.
    Result<SourceId> findOrCreate(const QString& name, const QString& kind, bool* created = nullptr);
    Result<QString> name(SourceId id);

private:
    Database* m_db;
};

} // namespace corrob::storage
