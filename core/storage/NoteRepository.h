// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"
#include "core/common/Result.h"
#include "core/model/Note.h"

#include <vector>

namespace corrob::storage {

class Database;

// Markdown notes on the case, reports, claims, links and sources. Notes reference their target by kind and id
// without a foreign key: whoever removes a target removes (and, for undo, records) its notes. Writes must run
// inside the caller's transaction.
class NoteRepository
{
public:
    explicit NoteRepository(Database& db) : m_db(&db) {}

    // Stores a note. A valid note.id is kept (restoring a removed note); an invalid one gets a new id.
    Result<NoteId> insert(const model::Note& note);
    // Overwrites every field of an existing note (including its target).
    Status update(const model::Note& note);
    Status remove(NoteId id);

    Result<model::Note> find(NoteId id) const;
    // The notes on one target, oldest first.
    Result<std::vector<model::Note>> of(model::NoteTarget target, qint64 targetId) const;
    // Every note, by id.
    Result<std::vector<model::Note>> all() const;
    Result<qint64> count() const;

private:
    Database* m_db;
};

} // namespace corrob::storage
