// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The edits of claims: add, edit, delete. See Edit.h for the contract every edit keeps.
#pragma once

#include "core/case/edits/Edit.h"
#include "core/case/edits/EditSupport.h"
#include "core/model/Claim.h"
#include "core/model/Link.h"
#include "core/model/Note.h"
#include "core/model/Source.h"

#include <optional>
#include <vector>

namespace corrob::storage {
struct DismissedSuggestion;
}

namespace corrob::casefile {

// What a new claim is: where it sits (a span, or a quote and which occurrence of it), what it says, who says it.
struct ClaimDraft
{
    ReportId report;
    // Either a span [start, end) in UTF-16 code units of the report's working text (TextView::All)...
    std::optional<qsizetype> start;
    std::optional<qsizetype> end;
    // ...or an exact quote of the working text and which occurrence of it (1-based).
    QString quote;
    int occurrence = 1;

    QString statement; // empty: the quote, whitespace collapsed
    model::ClaimKind kind = model::ClaimKind::Other;
    QString sourceName;   // found by name or alias (case/diacritics-insensitive), created (kind other) if missing
    int credibility = 0;  // 1-6, or 0 for not graded
    QStringList tagPaths; // "Parent/Child"; missing tags are created
};

// Marks a claim. Fails (nothing written) when the report does not exist, the quote is not in its text, the
// occurrence does not exist, the span is empty, inverted or outside the text, or the credibility is not 1-6.
class AddClaim final : public Edit
{
public:
    explicit AddClaim(ClaimDraft draft) : m_draft(std::move(draft)) {}
    [[nodiscard]] QString text() const override { return QStringLiteral("Add claim"); }
    // The claim as stored by the first apply (invalid id before).
    [[nodiscard]] const model::Claim& claim() const { return m_claim; }

protected:
    Result<Record> forward(EditContext& ctx) override;
    Result<Record> backward(EditContext& ctx) override;

private:
    Result<model::Claim> resolve(EditContext& ctx, edits::CreatedItems& created);
    ClaimDraft m_draft;
    model::Claim m_claim;
    edits::CreatedItems m_created;
};

// Changes to a claim; unset fields stay as they are.
struct ClaimChanges
{
    std::optional<QString> statement;
    std::optional<model::ClaimKind> kind;
    std::optional<QString> sourceName; // an empty name removes the attribution
    std::optional<int> credibility;    // 0 removes the grade
    QStringList addTags;               // tag paths; missing tags are created
    QStringList removeTags;            // tag paths; a tag the claim does not carry is ignored
    // The kind of the source created when no source has sourceName (a name proposed from an attribution).
    model::SourceKind newSourceKind = model::SourceKind::Other;

    [[nodiscard]] bool isEmpty() const
    {
        return !statement && !kind && !sourceName && !credibility && addTags.isEmpty() && removeTags.isEmpty();
    }
};

// Edits a claim's statement, kind, source, credibility and tags in one step (old and new values kept).
class EditClaim final : public Edit
{
public:
    EditClaim(ClaimId claim, ClaimChanges changes) : m_id(claim), m_changes(std::move(changes)) {}
    [[nodiscard]] QString text() const override { return QStringLiteral("Edit claim"); }
    [[nodiscard]] const model::Claim& after() const { return m_update.after(); }

protected:
    Result<Record> forward(EditContext& ctx) override;
    Result<Record> backward(EditContext& ctx) override;
    [[nodiscard]] bool undoesFieldByField() const override { return true; }

private:
    using Update = edits::ItemUpdate<model::Claim>;
    Record record(Update::Step step) const;
    ClaimId m_id;
    ClaimChanges m_changes;
    Update m_update;
};

// Deletes a claim with its links, tag assignments and notes (on the claim and on its links); undo restores all
// of them with the same ids.
class DeleteClaim final : public Edit
{
public:
    explicit DeleteClaim(ClaimId claim);
    ~DeleteClaim() override; // out of line: storage::DismissedSuggestion is complete only in the .cpp
    [[nodiscard]] QString text() const override { return QStringLiteral("Delete claim"); }

protected:
    Result<Record> forward(EditContext& ctx) override;
    Result<Record> backward(EditContext& ctx) override;

private:
    ClaimId m_id;
    model::Claim m_claim;
    std::vector<model::Link> m_links;
    std::vector<model::Note> m_notes;
    std::vector<storage::DismissedSuggestion> m_dismissed; // go with the claim (cascade), come back on undo
};

} // namespace corrob::casefile
