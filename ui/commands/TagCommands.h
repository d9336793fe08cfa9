// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The undoable changes to the codebook (the case's tags), one command per user-visible change. See ClaimCommands.h.
#pragma once

#include "core/case/edits/TagEdits.h"
#include "ui/commands/EditCommand.h"

namespace corrob::ui {

// Adds a tag under parent (invalid: top level).
class AddTagCommand final : public EditCommand
{
public:
    AddTagCommand(CaseDocument& document, TagId parent, const QString& name, const QString& colour = {});
    // The new tag's id (valid once the command was applied).
    [[nodiscard]] TagId tagId() const;
};

// Renames a tag, or changes its colour or description; text names the change in the undo history.
class EditTagCommand final : public EditCommand
{
public:
    EditTagCommand(CaseDocument& document, TagId tag, casefile::TagChanges changes, const QString& text);
};

// Moves a tag, with its sub-tags, under another (invalid: top level).
class MoveTagCommand final : public EditCommand
{
public:
    MoveTagCommand(CaseDocument& document, TagId tag, TagId newParent, const QString& name);
};

// Deletes a tag with its sub-tags, taking them off every claim (undo puts them back).
class DeleteTagCommand final : public EditCommand
{
public:
    DeleteTagCommand(CaseDocument& document, TagId tag, const QString& name);
};

} // namespace corrob::ui
