// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/ClaimCommands.h"

#include "core/model/Vocabulary.h"
#include "ui/document/VocabularyText.h"

namespace corrob::ui {
namespace {

using Change = CaseDocument::Change;

QString elided(const QString& text)
{
    const QString simple = text.simplified();
    return simple.size() > 40 ? simple.left(39) + QChar(0x2026) : simple;
}

// Sources and tags are reread (and announced) only when the claim names a source or tags, which may create them:
// rereading a large case's thousands of sources after every statement edit cost the UI thread milliseconds.
CaseDocument::Changes addedChanges(const casefile::ClaimDraft& draft)
{
    CaseDocument::Changes changes = Change::Claims;
    changes.setFlag(Change::Sources, !draft.sourceName.isEmpty());
    changes.setFlag(Change::Tags, !draft.tagPaths.isEmpty());
    return changes;
}

CaseDocument::Changes editedChanges(const casefile::ClaimChanges& edit)
{
    CaseDocument::Changes changes = Change::Claims;
    changes.setFlag(Change::Sources, edit.sourceName.has_value());
    changes.setFlag(Change::Tags, !edit.addTags.isEmpty() || !edit.removeTags.isEmpty());
    return changes;
}

} // namespace

AddClaimCommand::AddClaimCommand(CaseDocument& document, casefile::ClaimDraft draft, const QString& quote)
    : EditCommand(document, std::make_unique<casefile::AddClaim>(draft), addedChanges(draft),
                  QObject::tr("Mark claim “%1”").arg(elided(quote.isEmpty() ? draft.quote : quote)))
{
}

ClaimId AddClaimCommand::claimId() const
{
    return static_cast<const casefile::AddClaim&>(edit()).claim().id;
}

EditClaimCommand::EditClaimCommand(CaseDocument& document, ClaimId claim, casefile::ClaimChanges changes,
                                   const QString& text)
    : EditCommand(document, std::make_unique<casefile::EditClaim>(claim, changes), editedChanges(changes),
                  text.isEmpty() ? QObject::tr("Edit claim") : text),
      m_claim(claim)
{
}

DeleteClaimCommand::DeleteClaimCommand(CaseDocument& document, ClaimId claim)
    : EditCommand(document, std::make_unique<casefile::DeleteClaim>(claim),
                  Change::Claims | Change::Links | Change::Notes, QObject::tr("Delete claim")),
      m_claim(claim)
{
}

LinkClaimsCommand::LinkClaimsCommand(CaseDocument& document, ClaimId from, ClaimId to, model::LinkType type,
                                     const QString& note)
    : EditCommand(document, std::make_unique<casefile::AddLink>(from, to, type, note), Change::Links,
                  QObject::tr("Link claims (%1)").arg(linkTypeText(type))),
      m_from(from), m_to(to)
{
}

LinkId LinkClaimsCommand::linkId() const
{
    return static_cast<const casefile::AddLink&>(edit()).link().id;
}

UnlinkClaimsCommand::UnlinkClaimsCommand(CaseDocument& document, LinkId link)
    : EditCommand(document, std::make_unique<casefile::RemoveLink>(link), Change::Links | Change::Notes,
                  QObject::tr("Remove link"))
{
    if (const model::Link* known = document.cache().link(link)) {
        m_ends = QList<ClaimId>{known->from, known->to};
    }
}

EditLinkCommand::EditLinkCommand(CaseDocument& document, LinkId link, casefile::LinkChanges changes,
                                 const QString& text)
    : EditCommand(document, std::make_unique<casefile::EditLink>(link, std::move(changes)), Change::Links,
                  text.isEmpty() ? QObject::tr("Edit link") : text)
{
}

AddNoteCommand::AddNoteCommand(CaseDocument& document, model::NoteTarget target, qint64 targetId, const QString& body)
    : EditCommand(document, std::make_unique<casefile::AddNote>(target, targetId, body), Change::Notes,
                  QObject::tr("Add note"))
{
}

} // namespace corrob::ui
