// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/TagCommands.h"

namespace corrob::ui {
namespace {

using Change = CaseDocument::Change;

// A tag's name, colour and place show on every claim that carries it (highlights, the Claims table).
constexpr CaseDocument::Changes kTagsAndClaims = CaseDocument::Changes(Change::Tags) | Change::Claims;

} // namespace

AddTagCommand::AddTagCommand(CaseDocument& document, TagId parent, const QString& name, const QString& colour)
    : EditCommand(document, std::make_unique<casefile::AddTag>(parent, name, colour), Change::Tags,
                  QObject::tr("Add tag “%1”").arg(name))
{
}

TagId AddTagCommand::tagId() const
{
    return static_cast<const casefile::AddTag&>(edit()).tag().id;
}

EditTagCommand::EditTagCommand(CaseDocument& document, TagId tag, casefile::TagChanges changes, const QString& text)
    : EditCommand(document, std::make_unique<casefile::EditTag>(tag, std::move(changes)), kTagsAndClaims, text)
{
}

MoveTagCommand::MoveTagCommand(CaseDocument& document, TagId tag, TagId newParent, const QString& name)
    : EditCommand(document, std::make_unique<casefile::MoveTag>(tag, newParent), kTagsAndClaims,
                  QObject::tr("Move tag “%1”").arg(name))
{
}

DeleteTagCommand::DeleteTagCommand(CaseDocument& document, TagId tag, const QString& name)
    : EditCommand(document, std::make_unique<casefile::DeleteTag>(tag), kTagsAndClaims,
                  QObject::tr("Delete tag “%1”").arg(name))
{
}

} // namespace corrob::ui
