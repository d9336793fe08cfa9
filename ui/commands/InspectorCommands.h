// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The undoable changes the Inspector makes to sources and reports (claims and links: ClaimCommands.h). Each holds
// a core edit and is made, applied and pushed through CaseDocument::execute.
#pragma once

#include "core/case/edits/ReportEdits.h"
#include "core/case/edits/SourceEdits.h"
#include "ui/commands/EditCommand.h"

namespace corrob::ui {

// Changes a source's name, kind, affiliation, aliases or reliability; text names it ("Grade source reliability").
class EditSourceCommand final : public EditCommand
{
public:
    EditSourceCommand(CaseDocument& document, SourceId source, casefile::SourceChanges changes,
                      const QString& text = {});
};

// Corrects a report's metadata; text names it ("Set report outlet"). A new outlet or republisher becomes a media
// source, which undo removes again.
class EditReportCommand final : public EditCommand
{
public:
    EditReportCommand(CaseDocument& document, ReportId report, casefile::ReportMetadataChanges changes,
                      const QString& text = {});
};

} // namespace corrob::ui
