// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/edits/ClaimEdits.h"
#include "core/storage/SuggestionRepository.h"

#include "core/model/Vocabulary.h"
#include "core/storage/ClaimRepository.h"
#include "core/storage/LinkRepository.h"
#include "core/storage/NoteRepository.h"
#include "core/storage/ReportRepository.h"

#include <algorithm>

namespace corrob::casefile {

using namespace edits;

namespace {

void sortTags(QList<TagId>& tags)
{
    std::sort(tags.begin(), tags.end());
    tags.erase(std::unique(tags.begin(), tags.end()), tags.end());
}

} // namespace

// ---- AddClaim

Result<model::Claim> AddClaim::resolve(EditContext& ctx, CreatedItems& created)
{
    return buildClaim(ctx, m_draft, created);
}

Result<Edit::Record> AddClaim::forward(EditContext& ctx)
{
    model::Claim claim = m_claim;
    CreatedItems created = m_created;
    if (!claim.id.isValid()) {
        auto resolved = resolve(ctx, created);
        CORROB_TRY(resolved);
        claim = resolved.value();
    } else {
        CORROB_TRY(created.reinsert(ctx));
    }
    auto id = storage::ClaimRepository(ctx.db).insert(claim);
    CORROB_TRY(id);
    claim.id = id.value();
    m_claim = claim;
    m_created = created;
    QJsonObject payload = claimJson(m_claim);
    payload.insert(QStringLiteral("created"), m_created.toJson());
    return Record{QStringLiteral("claim.added"), payload};
}

Result<Edit::Record> AddClaim::backward(EditContext& ctx)
{
    CORROB_TRY(storage::ClaimRepository(ctx.db).remove(m_claim.id));
    CORROB_TRY(m_created.remove(ctx));
    QJsonObject payload = claimJson(m_claim);
    payload.insert(QStringLiteral("removed"), m_created.toJson());
    return Record{QStringLiteral("claim.removed"), payload};
}

// ---- EditClaim

Result<Edit::Record> EditClaim::forward(EditContext& ctx)
{
    const auto change = [&](const model::Claim& before, CreatedItems& created) -> Result<model::Claim> {
        const QString where = claimWhere(before);
        if (m_changes.isEmpty()) {
            return invalid(QStringLiteral("nothing to change"), where);
        }
        if (m_changes.credibility && *m_changes.credibility != 0) {
            if (auto s = model::checkCredibility(*m_changes.credibility); !s) {
                return at(s.error(), where);
            }
        }
        model::Claim after = before;
        if (m_changes.statement) {
            after.statement = m_changes.statement->trimmed();
        }
        if (m_changes.kind) {
            after.kind = *m_changes.kind;
        }
        if (m_changes.credibility) {
            after.credibility = *m_changes.credibility;
        }
        if (m_changes.sourceName) {
            after.source = SourceId();
            if (!m_changes.sourceName->trimmed().isEmpty()) {
                auto source = sourceNamed(ctx, *m_changes.sourceName, m_changes.newSourceKind, created);
                if (!source) {
                    return at(source.error(), where);
                }
                after.source = source.value();
            }
        }
        for (const QString& path : m_changes.addTags) {
            auto tag = tagAtPath(ctx, path, created);
            if (!tag) {
                return at(tag.error(), where);
            }
            after.tags.append(tag.value());
        }
        for (const QString& path : m_changes.removeTags) {
            auto tag = findTagAtPath(ctx, path);
            if (!tag) {
                return at(tag.error(), where);
            }
            if (tag.value()) {
                after.tags.removeAll(*tag.value());
            }
        }
        sortTags(after.tags);
        after.updatedAt = ctx.now;
        return after;
    };
    CORROB_TRY(m_update.apply<storage::ClaimRepository>(ctx, m_id, change));
    return record(Update::Step::Apply);
}

Result<Edit::Record> EditClaim::backward(EditContext& ctx)
{
    CORROB_TRY(m_update.revert<storage::ClaimRepository>(ctx));
    return record(Update::Step::Revert);
}

Edit::Record EditClaim::record(Update::Step step) const
{
    QJsonObject payload = m_update.payload(step, claimJson, Update::Created::Record);
    payload.insert(QStringLiteral("claim"), m_id.value);
    return Record{QStringLiteral("claim.edited"), payload};
}

// ---- DeleteClaim

DeleteClaim::DeleteClaim(ClaimId claim) : m_id(claim)
{
}
DeleteClaim::~DeleteClaim() = default;

Result<Edit::Record> DeleteClaim::forward(EditContext& ctx)
{
    storage::ClaimRepository claims(ctx.db);
    storage::LinkRepository links(ctx.db);
    storage::NoteRepository notes(ctx.db);
    auto claim = claims.find(m_id);
    CORROB_TRY(claim);
    auto claimLinks = links.ofClaim(m_id);
    CORROB_TRY(claimLinks);
    // Notes have no foreign key: remove (and keep for undo) the notes on the claim and on its links.
    auto claimNotes = notes.of(model::NoteTarget::Claim, m_id.value);
    CORROB_TRY(claimNotes);
    std::vector<model::Note> allNotes = claimNotes.value();
    for (const model::Link& l : claimLinks.value()) {
        auto linkNotes = notes.of(model::NoteTarget::Link, l.id.value);
        CORROB_TRY(linkNotes);
        allNotes.insert(allNotes.end(), linkNotes->begin(), linkNotes->end());
    }
    for (const model::Note& n : allNotes) {
        CORROB_TRY(notes.remove(n.id));
    }
    // Dismissed suggestions of the claim (and of it as a suggested passage) go with it (ON DELETE CASCADE); kept so
    // undo brings them back.
    auto dismissed = storage::SuggestionRepository(ctx.db).involving(m_id);
    CORROB_TRY(dismissed);
    CORROB_TRY(claims.remove(m_id));
    m_dismissed = dismissed.value();
    m_claim = claim.value();
    m_links = claimLinks.value();
    m_notes = allNotes;
    QJsonObject payload = claimJson(m_claim);
    payload.insert(QStringLiteral("links"), itemIdsJson(m_links));
    payload.insert(QStringLiteral("notes"), itemIdsJson(m_notes));
    return Record{QStringLiteral("claim.deleted"), payload};
}

Result<Edit::Record> DeleteClaim::backward(EditContext& ctx)
{
    CORROB_TRY(storage::ClaimRepository(ctx.db).insert(m_claim));
    storage::LinkRepository links(ctx.db);
    for (const model::Link& l : m_links) {
        CORROB_TRY(links.insert(l));
    }
    storage::NoteRepository notes(ctx.db);
    for (const model::Note& n : m_notes) {
        CORROB_TRY(notes.insert(n));
    }
    storage::SuggestionRepository dismissals(ctx.db);
    for (const storage::DismissedSuggestion& d : m_dismissed) {
        CORROB_TRY(dismissals.insert(d));
    }
    QJsonObject payload = claimJson(m_claim);
    payload.insert(QStringLiteral("links"), static_cast<qint64>(m_links.size()));
    payload.insert(QStringLiteral("notes"), static_cast<qint64>(m_notes.size()));
    payload.insert(QStringLiteral("dismissed_suggestions"), static_cast<qint64>(m_dismissed.size()));
    return Record{QStringLiteral("claim.restored"), payload};
}

} // namespace corrob::casefile
