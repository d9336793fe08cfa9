// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/NoteRepository.h"

#include "core/model/Vocabulary.h"
#include "core/storage/RowHelpers.h"

namespace corrob::storage {
namespace {

const QString kColumns =
    QStringLiteral("SELECT id, target_kind, target_id, body, author, created_at, updated_at FROM notes ");

model::Note readNote(const Statement& s)
{
    model::Note n;
    n.id = NoteId(s.int64(0));
    auto target = model::parseNoteTarget(s.text(1));
    n.target = target ? target.value() : model::NoteTarget::Case;
    n.targetId = s.int64(2);
    n.body = s.text(3);
    n.author = s.text(4);
    n.createdAt = s.text(5);
    n.updatedAt = s.text(6);
    return n;
}

void bindFields(Statement& s, const model::Note& n)
{
    s.bind(2, model::noteTargetName(n.target))
        .bind(3, n.targetId)
        .bind(4, n.body.isNull() ? QStringLiteral("") : n.body);
    s.bind(5, n.author).bind(6, n.createdAt).bind(7, n.updatedAt);
}

} // namespace

Result<NoteId> NoteRepository::insert(const model::Note& note)
{
    auto stmt = m_db->prepare(QStringLiteral("INSERT INTO notes (id, target_kind, target_id, body, author, created_at, "
                                             "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    CORROB_TRY(stmt);
    rows::bindId(stmt.value(), 1, note.id);
    bindFields(stmt.value(), note);
    CORROB_TRY(stmt->run());
    return NoteId(m_db->lastInsertRowId());
}

Status NoteRepository::update(const model::Note& note)
{
    auto stmt = m_db->prepare(QStringLiteral("UPDATE notes SET target_kind = ?2, target_id = ?3, body = ?4, "
                                             "author = ?5, created_at = ?6, updated_at = ?7 WHERE id = ?1"));
    CORROB_TRY(stmt);
    stmt->bind(1, note.id.value);
    bindFields(stmt.value(), note);
    CORROB_TRY(stmt->run());
    if (m_db->changes() == 0) {
        return rows::notFound(QStringLiteral("note"), note.id.value);
    }
    return {};
}

Status NoteRepository::remove(NoteId id)
{
    return rows::runOnExisting(*m_db, QStringLiteral("note %1").arg(id.value),
                               QStringLiteral("DELETE FROM notes WHERE id = ?"), id.value);
}

Result<model::Note> NoteRepository::find(NoteId id) const
{
    auto stmt = m_db->prepare(kColumns + u"WHERE id = ?");
    CORROB_TRY(stmt);
    stmt->bind(1, id.value);
    auto found = rows::collect<model::Note>(stmt.value(), readNote);
    CORROB_TRY(found);
    if (found->empty()) {
        return rows::notFound(QStringLiteral("note"), id.value);
    }
    return found->front();
}

Result<std::vector<model::Note>> NoteRepository::of(model::NoteTarget target, qint64 targetId) const
{
    return rows::select<model::Note>(*m_db,
                                     kColumns + u"WHERE target_kind = ? AND target_id = ? ORDER BY created_at, id",
                                     readNote, model::noteTargetName(target), targetId);
}

Result<std::vector<model::Note>> NoteRepository::all() const
{
    auto stmt = m_db->prepare(kColumns + u"ORDER BY id");
    CORROB_TRY(stmt);
    return rows::collect<model::Note>(stmt.value(), readNote);
}

Result<qint64> NoteRepository::count() const
{
    return m_db->queryInt(QStringLiteral("SELECT count(*) FROM notes"));
}

} // namespace corrob::storage
