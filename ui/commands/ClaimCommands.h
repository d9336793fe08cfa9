// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The undoable changes to claims and links, one command per user-visible change (verb + noun). Each holds a core
// edit (ids and values only) and is made, applied and pushed through CaseDocument::execute.
#pragma once

#include "core/case/edits/ClaimEdits.h"
#include "core/case/edits/LinkEdits.h"
#include "core/case/edits/NoteEdits.h"
#include "ui/commands/EditCommand.h"

namespace corrob::ui {

// Marks a claim in a report.
class AddClaimCommand final : public EditCommand
{
public:
    // quote names the claim in the undo history (the draft's quote when empty).
    AddClaimCommand(CaseDocument& document, casefile::ClaimDraft draft, const QString& quote = {});
    // The new claim's id (valid once the command was applied).
    [[nodiscard]] ClaimId claimId() const;

protected:
    [[nodiscard]] std::optional<QList<ClaimId>> touchedClaims() const override { return QList<ClaimId>{claimId()}; }
};

// Changes a claim's statement, kind, source, credibility or tags.
class EditClaimCommand final : public EditCommand
{
public:
    EditClaimCommand(CaseDocument& document, ClaimId claim, casefile::ClaimChanges changes, const QString& text = {});

protected:
    [[nodiscard]] std::optional<QList<ClaimId>> touchedClaims() const override { return QList<ClaimId>{m_claim}; }

private:
    ClaimId m_claim;
};

// Deletes a claim with its links and notes.
class DeleteClaimCommand final : public EditCommand
{
public:
    DeleteClaimCommand(CaseDocument& document, ClaimId claim);

protected:
    [[nodiscard]] std::optional<QList<ClaimId>> touchedClaims() const override { return QList<ClaimId>{m_claim}; }

private:
    ClaimId m_claim;
};

// Links two claims: "from <type> to".
class LinkClaimsCommand final : public EditCommand
{
public:
    LinkClaimsCommand(CaseDocument& document, ClaimId from, ClaimId to, model::LinkType type, const QString& note = {});
    [[nodiscard]] LinkId linkId() const;

protected:
    [[nodiscard]] std::optional<QList<ClaimId>> touchedClaims() const override { return QList<ClaimId>{m_from, m_to}; }

private:
    ClaimId m_from;
    ClaimId m_to;
};

// Removes a link.
class UnlinkClaimsCommand final : public EditCommand
{
public:
    UnlinkClaimsCommand(CaseDocument& document, LinkId link);

protected:
    [[nodiscard]] std::optional<QList<ClaimId>> touchedClaims() const override { return m_ends; }

private:
    std::optional<QList<ClaimId>> m_ends; // the link's two claims, as the document knew them when it was made
};

// Changes a link's type, note or confidence; text names it in the undo history ("Edit link note").
class EditLinkCommand final : public EditCommand
{
public:
    EditLinkCommand(CaseDocument& document, LinkId link, casefile::LinkChanges changes, const QString& text = {});
};

// Attaches a note to a claim, a link, a report, a source or the case.
class AddNoteCommand final : public EditCommand
{
public:
    AddNoteCommand(CaseDocument& document, model::NoteTarget target, qint64 targetId, const QString& body);

protected:
    [[nodiscard]] std::optional<QList<ClaimId>> touchedClaims() const override { return QList<ClaimId>(); }
};

} // namespace corrob::ui
