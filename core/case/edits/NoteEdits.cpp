// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/edits/NoteEdits.h"

#include "core/case/edits/EditSupport.h"
#include "core/model/Vocabulary.h"
#include "core/storage/LinkRepository.h"
#include "core/storage/NoteRepository.h"
#include "core/storage/SourceRepository.h"

namespace corrob::casefile {

using namespace edits;

namespace {

QJsonObject noteJson(const model::Note& n)
{
    return {{QStringLiteral("note"), n.id.value},
            {QStringLiteral("target"), model::noteTargetName(n.target)},
            {QStringLiteral("target_id"), n.targetId},
            {QStringLiteral("body"), n.body}};
}

Status requireTarget(EditContext& ctx, model::NoteTarget target, qint64 id)
{
    switch (target) {
    case model::NoteTarget::Case:
        return id == 0 ? Status() : Status(invalid(QStringLiteral("a note on the case takes no id"), QString()));
    case model::NoteTarget::Report:
        return requireReport(ctx, ReportId(id));
    case model::NoteTarget::Claim:
        return requireClaim(ctx, ClaimId(id));
    case model::NoteTarget::Link: {
        auto link = storage::LinkRepository(ctx.db).find(LinkId(id));
        return link ? Status() : Status(link.error());
    }
    case model::NoteTarget::Source: {
        auto source = storage::SourceRepository(ctx.db).find(SourceId(id));
        return source ? Status() : Status(source.error());
    }
    }
    return {};
}

Error emptyBody(const QString& where)
{
    return invalid(QStringLiteral("a note needs some text"), where);
}

} // namespace

AddNote::AddNote(model::NoteTarget target, qint64 targetId, QString body)
{
    m_note.target = target;
    m_note.targetId = targetId;
    m_note.body = std::move(body);
}

Result<Edit::Record> AddNote::forward(EditContext& ctx)
{
    model::Note note = m_note;
    if (!note.id.isValid()) {
        const QString where = QStringLiteral("%1 %2").arg(model::noteTargetName(note.target)).arg(note.targetId);
        if (note.body.trimmed().isEmpty()) {
            return emptyBody(where);
        }
        CORROB_TRY(requireTarget(ctx, note.target, note.targetId));
        note.body = note.body.trimmed();
        note.author = ctx.actor;
        note.createdAt = ctx.now;
        note.updatedAt = ctx.now;
    }
    auto id = storage::NoteRepository(ctx.db).insert(note);
    CORROB_TRY(id);
    note.id = id.value();
    m_note = note;
    return Record{QStringLiteral("note.added"), noteJson(m_note)};
}

Result<Edit::Record> AddNote::backward(EditContext& ctx)
{
    CORROB_TRY(storage::NoteRepository(ctx.db).remove(m_note.id));
    return Record{QStringLiteral("note.removed"), noteJson(m_note)};
}

Result<Edit::Record> EditNote::forward(EditContext& ctx)
{
    const auto change = [&](const model::Note& before, CreatedItems&) -> Result<model::Note> {
        if (m_body.trimmed().isEmpty()) {
            return emptyBody(QStringLiteral("note %1").arg(m_id.value));
        }
        model::Note after = before;
        after.body = m_body.trimmed();
        after.updatedAt = ctx.now;
        return after;
    };
    CORROB_TRY(m_update.apply<storage::NoteRepository>(ctx, m_id, change));
    return Record{QStringLiteral("note.edited"), m_update.payload(Update::Step::Apply, noteJson)};
}

Result<Edit::Record> EditNote::backward(EditContext& ctx)
{
    CORROB_TRY(m_update.revert<storage::NoteRepository>(ctx));
    return Record{QStringLiteral("note.edited"), m_update.payload(Update::Step::Revert, noteJson)};
}

Result<Edit::Record> DeleteNote::forward(EditContext& ctx)
{
    storage::NoteRepository notes(ctx.db);
    auto note = notes.find(m_id);
    CORROB_TRY(note);
    CORROB_TRY(notes.remove(m_id));
    m_note = note.value();
    return Record{QStringLiteral("note.deleted"), noteJson(m_note)};
}

Result<Edit::Record> DeleteNote::backward(EditContext& ctx)
{
    CORROB_TRY(storage::NoteRepository(ctx.db).insert(m_note));
    return Record{QStringLiteral("note.restored"), noteJson(m_note)};
}

} // namespace corrob::casefile
