// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/edits/SuggestionEdits.h"

#include "core/case/KnownSpeakers.h"
#include "core/common/Hash.h"
#include "core/model/Vocabulary.h"
#include "core/storage/ClaimRepository.h"
#include "core/storage/ReportRepository.h"
#include "core/storage/SourceRepository.h"
#include "core/storage/SuggestionRepository.h"

namespace corrob::casefile {

using namespace edits;

namespace {

QString passageWhere(const SuggestedPassage& p)
{
    return QStringLiteral("report %1, %2-%3").arg(p.report.value).arg(p.start).arg(p.end);
}

// The report's working text, when the passage is a non-empty span of it.
Result<QString> workingTextWithSpan(EditContext& ctx, const SuggestedPassage& p)
{
    auto working = storage::ReportRepository(ctx.db).workingText(p.report);
    CORROB_TRY(working);
    if (p.start < 0 || p.end > working->size() || p.start >= p.end) {
        return invalid(
            QStringLiteral("the span is empty or outside the report's text (%1 characters)").arg(working->size()),
            passageWhere(p));
    }
    return working;
}

// The claim of that report with exactly that span, if any.
Result<std::optional<ClaimId>> claimWithSpan(EditContext& ctx, const SuggestedPassage& p)
{
    auto claims = storage::ClaimRepository(ctx.db).ofReport(p.report);
    CORROB_TRY(claims);
    for (const model::Claim& c : claims.value()) {
        if (c.anchor.start == p.start && c.anchor.end == p.end) {
            return std::optional<ClaimId>(c.id);
        }
    }
    return std::optional<ClaimId>();
}

// The case's source the passage's words are attributed to ("…," Amnesty International said), as marking a claim by
// hand sets it: an existing source only (a name the case does not know is not made a source by accepting). Empty
// when there is none. Without it the new claim would count as its outlet's own word: one more independent source.
Result<QString> attributedSource(EditContext& ctx, const QString& working, const SuggestedPassage& p)
{
    auto sources = storage::SourceRepository(ctx.db).all();
    CORROB_TRY(sources);
    const auto speaker = text::attributedSpeaker(working, p.start, p.end, knownSpeakers(sources.value()));
    return speaker && speaker->match.isExisting() ? speaker->match.name : QString();
}

} // namespace

// ---- AcceptSuggestion

AcceptSuggestion::AcceptSuggestion(ClaimId claim, SuggestedPassage passage, model::LinkType type)
    : m_claim(claim), m_passage(passage), m_type(type)
{
}

AcceptSuggestion::~AcceptSuggestion() = default;

const model::Link& AcceptSuggestion::link() const
{
    static const model::Link none;
    return m_addLink ? m_addLink->link() : none;
}

Result<Edit::Record> AcceptSuggestion::forward(EditContext& ctx)
{
    QJsonObject payload{{QStringLiteral("claim"), m_claim.value},
                        {QStringLiteral("report"), m_passage.report.value},
                        {QStringLiteral("start"), qint64(m_passage.start)},
                        {QStringLiteral("end"), qint64(m_passage.end)},
                        {QStringLiteral("type"), model::linkTypeName(m_type)}};
    if (!m_resolved) {
        CORROB_TRY(requireClaim(ctx, m_claim));
        auto working = workingTextWithSpan(ctx, m_passage);
        CORROB_TRY(working);
        auto claim = storage::ClaimRepository(ctx.db).find(m_claim);
        CORROB_TRY(claim);
        if (claim->report == m_passage.report && m_passage.start < claim->anchor.end &&
            claim->anchor.start < m_passage.end) {
            // Its own words again: a claim marked on them would count as one more source for itself.
            return invalid(QStringLiteral("the passage overlaps the claim itself"), passageWhere(m_passage));
        }
        auto existing = claimWithSpan(ctx, m_passage);
        CORROB_TRY(existing);
        std::unique_ptr<AddClaim> addClaim;
        ClaimId passageClaim;
        QJsonObject added;
        if (existing.value()) {
            passageClaim = *existing.value();
        } else {
            ClaimDraft draft;
            draft.report = m_passage.report;
            draft.start = m_passage.start;
            draft.end = m_passage.end;
            auto source = attributedSource(ctx, working.value(), m_passage);
            CORROB_TRY(source);
            draft.sourceName = source.value();
            addClaim = std::make_unique<AddClaim>(draft);
            auto record = forwardPart(*addClaim, ctx);
            CORROB_TRY(record);
            passageClaim = addClaim->claim().id;
            added = record->payload;
        }
        if (passageClaim == m_claim) {
            return invalid(QStringLiteral("the suggested passage is the claim itself"), passageWhere(m_passage));
        }
        auto addLink = std::make_unique<AddLink>(passageClaim, m_claim, m_type);
        auto linked = forwardPart(*addLink, ctx);
        CORROB_TRY(linked);
        m_addClaim = std::move(addClaim);
        m_addLink = std::move(addLink);
        m_passageClaim = passageClaim;
        m_resolved = true;
        if (!added.isEmpty()) {
            payload.insert(QStringLiteral("claim_added"), added);
        }
        payload.insert(QStringLiteral("link_added"), linked->payload);
        return Record{QStringLiteral("suggestion.accepted"), payload};
    }
    // Redo: the parts write the same rows with the same ids.
    if (m_addClaim) {
        auto record = forwardPart(*m_addClaim, ctx);
        CORROB_TRY(record);
        payload.insert(QStringLiteral("claim_added"), record->payload);
    }
    auto linked = forwardPart(*m_addLink, ctx);
    CORROB_TRY(linked);
    payload.insert(QStringLiteral("link_added"), linked->payload);
    return Record{QStringLiteral("suggestion.accepted"), payload};
}

Result<Edit::Record> AcceptSuggestion::backward(EditContext& ctx)
{
    QJsonObject payload{{QStringLiteral("claim"), m_claim.value},
                        {QStringLiteral("report"), m_passage.report.value},
                        {QStringLiteral("start"), qint64(m_passage.start)},
                        {QStringLiteral("end"), qint64(m_passage.end)},
                        {QStringLiteral("type"), model::linkTypeName(m_type)}};
    auto unlinked = backwardPart(*m_addLink, ctx);
    CORROB_TRY(unlinked);
    payload.insert(QStringLiteral("link_removed"), unlinked->payload);
    if (m_addClaim) {
        auto removed = backwardPart(*m_addClaim, ctx);
        CORROB_TRY(removed);
        payload.insert(QStringLiteral("claim_removed"), removed->payload);
    }
    return Record{QStringLiteral("suggestion.unaccepted"), payload};
}

// ---- DismissSuggestion

Result<QJsonObject> DismissSuggestion::resolve(EditContext& ctx)
{
    CORROB_TRY(requireClaim(ctx, m_claim));
    auto claim = storage::ClaimRepository(ctx.db).find(m_claim);
    CORROB_TRY(claim);
    if (claim->report == m_passage.report) {
        return invalid(QStringLiteral("a passage of the claim's own report is never suggested"),
                       passageWhere(m_passage));
    }
    auto working = workingTextWithSpan(ctx, m_passage);
    CORROB_TRY(working);
    m_hash = sha256Hex(working->mid(m_passage.start, m_passage.end - m_passage.start));
    auto target = claimWithSpan(ctx, m_passage);
    CORROB_TRY(target);
    m_targetClaim = target.value();
    auto existing =
        storage::SuggestionRepository(ctx.db).find(m_claim, m_passage.report, m_passage.start, m_passage.end, m_hash);
    CORROB_TRY(existing);
    if (existing.value()) {
        return Error{ErrorCode::AlreadyExists, QStringLiteral("this suggestion is already dismissed"),
                     QStringLiteral("claim %1, %2").arg(m_claim.value).arg(passageWhere(m_passage))};
    }
    return QJsonObject{};
}

Result<Edit::Record> DismissSuggestion::forward(EditContext& ctx)
{
    const bool first = m_id == 0;
    if (first) {
        CORROB_TRY(resolve(ctx));
    }
    storage::DismissedSuggestion row;
    row.id = m_id;
    row.claim = m_claim;
    row.report = m_passage.report;
    row.start = m_passage.start;
    row.end = m_passage.end;
    row.targetClaim = m_targetClaim;
    row.passageSha256 = m_hash;
    row.dismissedBy = first ? ctx.actor : m_by;
    row.dismissedAt = first ? ctx.now : m_at;
    auto id = storage::SuggestionRepository(ctx.db).insert(row);
    CORROB_TRY(id);
    m_id = id.value();
    m_by = row.dismissedBy;
    m_at = row.dismissedAt;
    QJsonObject payload{{QStringLiteral("id"), m_id},
                        {QStringLiteral("claim"), m_claim.value},
                        {QStringLiteral("report"), m_passage.report.value},
                        {QStringLiteral("start"), qint64(m_passage.start)},
                        {QStringLiteral("end"), qint64(m_passage.end)},
                        {QStringLiteral("passage_sha256"), m_hash}};
    if (m_targetClaim) {
        payload.insert(QStringLiteral("target_claim"), m_targetClaim->value);
    }
    return Record{QStringLiteral("suggestion.dismissed"), payload};
}

Result<Edit::Record> DismissSuggestion::backward(EditContext& ctx)
{
    CORROB_TRY(storage::SuggestionRepository(ctx.db).remove(m_id));
    return Record{QStringLiteral("suggestion.restored"),
                  QJsonObject{{QStringLiteral("id"), m_id}, {QStringLiteral("claim"), m_claim.value}}};
}

} // namespace corrob::casefile
