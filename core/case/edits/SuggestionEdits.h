// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The edits of suggestions: accept, dismiss. See Edit.h for the contract every edit keeps.
#pragma once

#include "core/case/edits/ClaimEdits.h"
#include "core/case/edits/Edit.h"
#include "core/case/edits/LinkEdits.h"
#include "core/model/Link.h"

#include <memory>
#include <optional>

namespace corrob::casefile {

// A suggested passage: a span of a report's working text, UTF-16 code units (what suggest::Candidate carries).
struct SuggestedPassage
{
    ReportId report;
    qsizetype start = 0;
    qsizetype end = 0;
};

// Accepts a suggestion for a claim in ONE step: marks the passage as a claim unless a claim of that report has
// exactly that span already (through AddClaim, the one path that makes claims; attributed, as marking by hand does,
// to the existing source its words are attributed to: text::attributedSpeaker), then links "passage <type>
// claim" (through AddLink). One transaction, one audit entry "suggestion.accepted" (the claim added, if any, and
// the link); undo removes the link and the claim it added. Refuses (nothing written) what AddClaim and AddLink
// refuse: a report that does not exist, a span outside its text, a span overlapping the claim's own, a link that
// exists.
class AcceptSuggestion final : public Edit
{
public:
    AcceptSuggestion(ClaimId claim, SuggestedPassage passage, model::LinkType type);
    ~AcceptSuggestion() override;
    [[nodiscard]] QString text() const override { return QStringLiteral("Accept suggestion"); }
    // After the first apply: the passage's claim (new or existing), whether this edit added it, and the link.
    [[nodiscard]] ClaimId passageClaim() const { return m_passageClaim; }
    [[nodiscard]] bool addedClaim() const { return m_addClaim != nullptr; }
    [[nodiscard]] const model::Link& link() const;

protected:
    Result<Record> forward(EditContext& ctx) override;
    Result<Record> backward(EditContext& ctx) override;

private:
    ClaimId m_claim;
    SuggestedPassage m_passage;
    model::LinkType m_type;
    bool m_resolved = false;
    ClaimId m_passageClaim;
    std::unique_ptr<AddClaim> m_addClaim; // set when the passage was not a claim yet
    std::unique_ptr<AddLink> m_addLink;
};

// Dismisses a suggestion for a claim: remembered in the case (dismissed_suggestions, with the passage's text hash
// so it stays dismissed when the offsets move) and never proposed again for that claim. Audit "suggestion.dismissed";
// undo removes the row ("suggestion.restored"), redo writes it again with the same id. Refuses (nothing written) a
// claim or report that does not exist, a span outside the report's text or empty, a passage in the claim's own
// report, and a passage already dismissed for the claim.
class DismissSuggestion final : public Edit
{
public:
    DismissSuggestion(ClaimId claim, SuggestedPassage passage) : m_claim(claim), m_passage(passage) {}
    [[nodiscard]] QString text() const override { return QStringLiteral("Dismiss suggestion"); }
    [[nodiscard]] qint64 dismissalId() const { return m_id; }

protected:
    Result<Record> forward(EditContext& ctx) override;
    Result<Record> backward(EditContext& ctx) override;

private:
    Result<QJsonObject> resolve(EditContext& ctx);
    ClaimId m_claim;
    SuggestedPassage m_passage;
    qint64 m_id = 0;
    std::optional<ClaimId> m_targetClaim;
    QString m_hash;
    QString m_by; // who dismissed it and when: written again as they were by redo
    QString m_at;
};

} // namespace corrob::casefile
