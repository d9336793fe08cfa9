// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/edits/LinkEdits.h"

#include "core/case/edits/EditSupport.h"
#include "core/model/Vocabulary.h"
#include "core/storage/LinkRepository.h"
#include "core/storage/NoteRepository.h"

namespace corrob::casefile {

using namespace edits;

namespace {

QJsonObject linkJson(const model::Link& l)
{
    return {{QStringLiteral("link"), l.id.value},
            {QStringLiteral("from"), l.from.value},
            {QStringLiteral("to"), l.to.value},
            {QStringLiteral("type"), model::linkTypeName(l.type)},
            {QStringLiteral("note"), l.note},
            {QStringLiteral("confidence"), l.confidence ? QJsonValue(*l.confidence) : QJsonValue()}};
}

} // namespace

AddLink::AddLink(ClaimId from, ClaimId to, model::LinkType type, const QString& note, std::optional<double> confidence)
{
    m_link.from = from;
    m_link.to = to;
    m_link.type = type;
    m_link.note = note.trimmed();
    m_link.confidence = confidence;
}

Result<Edit::Record> AddLink::forward(EditContext& ctx)
{
    storage::LinkRepository links(ctx.db);
    model::Link link = m_link;
    if (!link.id.isValid()) {
        const QString where = QStringLiteral("claims %1 and %2").arg(link.from.value).arg(link.to.value);
        if (link.from == link.to) {
            return invalid(QStringLiteral("a claim cannot be linked to itself"),
                           QStringLiteral("claim %1").arg(link.from.value));
        }
        if (link.confidence) {
            if (auto s = model::checkConfidence(*link.confidence); !s) {
                return at(s.error(), where);
            }
        }
        for (const ClaimId claim : {link.from, link.to}) {
            CORROB_TRY(requireClaim(ctx, claim));
        }
        auto existing = links.find(link.from, link.to, link.type);
        CORROB_TRY(existing);
        if (existing.value()) {
            return Error{ErrorCode::AlreadyExists,
                         QStringLiteral("claim %1 already %2 claim %3 (link %4)")
                             .arg(link.from.value)
                             .arg(model::linkTypeName(link.type))
                             .arg(link.to.value)
                             .arg(existing.value()->value),
                         where};
        }
        link.author = ctx.actor;
        link.createdAt = ctx.now;
    }
    auto id = links.insert(link);
    CORROB_TRY(id);
    link.id = id.value();
    m_link = link;
    return Record{QStringLiteral("link.added"), linkJson(m_link)};
}

Result<Edit::Record> AddLink::backward(EditContext& ctx)
{
    CORROB_TRY(storage::LinkRepository(ctx.db).remove(m_link.id));
    return Record{QStringLiteral("link.removed"), linkJson(m_link)};
}

Result<Edit::Record> RemoveLink::forward(EditContext& ctx)
{
    storage::LinkRepository links(ctx.db);
    storage::NoteRepository notes(ctx.db);
    auto link = links.find(m_id);
    CORROB_TRY(link);
    auto linkNotes = notes.of(model::NoteTarget::Link, m_id.value);
    CORROB_TRY(linkNotes);
    for (const model::Note& n : linkNotes.value()) {
        CORROB_TRY(notes.remove(n.id));
    }
    CORROB_TRY(links.remove(m_id));
    m_link = link.value();
    m_notes = linkNotes.value();
    QJsonObject payload = linkJson(m_link);
    payload.insert(QStringLiteral("notes"), static_cast<qint64>(m_notes.size()));
    return Record{QStringLiteral("link.removed"), payload};
}

Result<Edit::Record> RemoveLink::backward(EditContext& ctx)
{
    CORROB_TRY(storage::LinkRepository(ctx.db).insert(m_link));
    storage::NoteRepository notes(ctx.db);
    for (const model::Note& n : m_notes) {
        CORROB_TRY(notes.insert(n));
    }
    return Record{QStringLiteral("link.added"), linkJson(m_link)};
}

Result<Edit::Record> EditLink::forward(EditContext& ctx)
{
    const QString where = QStringLiteral("link %1").arg(m_id.value);
    if (m_changes.isEmpty()) {
        return invalid(QStringLiteral("nothing to change: give a type, a note or a confidence"), where);
    }
    const auto change = [&](const model::Link& before, CreatedItems&) -> Result<model::Link> {
        model::Link after = before;
        if (m_changes.type) {
            after.type = *m_changes.type;
        }
        if (m_changes.note) {
            after.note = m_changes.note->trimmed();
        }
        if (m_changes.confidence) {
            after.confidence = *m_changes.confidence;
            if (after.confidence) {
                if (auto s = model::checkConfidence(*after.confidence); !s) {
                    return at(s.error(), where);
                }
            }
        }
        if (after.type != before.type) {
            auto existing = storage::LinkRepository(ctx.db).find(after.from, after.to, after.type);
            CORROB_TRY(existing);
            if (existing.value()) {
                return Error{ErrorCode::AlreadyExists,
                             QStringLiteral("claim %1 already %2 claim %3 (link %4)")
                                 .arg(after.from.value)
                                 .arg(model::linkTypeName(after.type))
                                 .arg(after.to.value)
                                 .arg(existing.value()->value),
                             where};
            }
        }
        return after;
    };
    CORROB_TRY(m_update.apply<storage::LinkRepository>(ctx, m_id, change));
    return record(Update::Step::Apply);
}

Result<Edit::Record> EditLink::backward(EditContext& ctx)
{
    CORROB_TRY(m_update.revert<storage::LinkRepository>(ctx));
    return record(Update::Step::Revert);
}

Edit::Record EditLink::record(Update::Step step) const
{
    QJsonObject payload = m_update.payload(step, linkJson);
    payload.insert(QStringLiteral("link"), m_id.value);
    return Record{QStringLiteral("link.edited"), payload};
}

} // namespace corrob::casefile
