// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"
#include "core/common/Result.h"
#include "core/model/Source.h"

#include <QString>

#include <optional>
#include <vector>

namespace corrob::storage {

class Database;

// Everything in the case that points at one source (core/model/Source.h).
using SourceReferences = model::SourceReferences;

// Sources (people, organisations, outlets) with their aliases. Names match case- and diacritics-insensitively
// (text::foldKey), on the name and on every alias. Writes must run inside the caller's transaction.
class SourceRepository
{
public:
    explicit SourceRepository(Database& db) : m_db(&db) {}

    // The source whose name or alias folds to the same key as name, if any (the oldest when several do).
    Result<std::optional<SourceId>> findByName(const QString& name) const;
    // Finds the source by name, or creates one of the given kind; created is set when a row was added.
    Result<SourceId> findOrCreate(const QString& name, const QString& kind, bool* created = nullptr);
    Result<QString> name(SourceId id) const;

    // Stores a source and its aliases. A valid source.id is kept (restoring a removed source); an invalid one
    // gets a new id. The name is stored simplified (whitespace collapsed).
    Result<SourceId> insert(const model::Source& source);
    // Overwrites every field of an existing source and replaces its aliases. NotFound when it is gone.
    Status update(const model::Source& source);
    // Removes a source and its aliases. References to it become NULL (ON DELETE SET NULL): move them first.
    Status remove(SourceId id);
    // How many claims, reports (as outlet or republisher) and sources (as affiliation) refer to the source.
    Result<qint64> uses(SourceId id) const;

    Result<model::Source> find(SourceId id) const;
    // Every source, by name key.
    Result<std::vector<model::Source>> all() const;
    Result<qint64> count() const;

    Result<SourceReferences> references(SourceId id) const;
    // Who published each report, by report id: (report, outlet, republisher); invalid ids where unknown.
    Result<std::vector<model::ReportOutlet>> reportOutlets() const;
    // Points every listed reference at target (which may be invalid: NULL).
    Status pointReferences(const SourceReferences& refs, SourceId target);

private:
    Result<std::vector<model::Source>> query(const QString& filter, qint64 param) const;
    Database* m_db;
};

} // namespace corrob::storage
