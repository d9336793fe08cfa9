// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The undoable changes to the case's reports as a whole: deleting reports, and an import as one undo step.
#pragma once

#include "core/case/edits/ReportEdits.h"
#include "ui/commands/EditCommand.h"

#include <QUndoCommand>

#include <vector>

namespace corrob::ui {

// What a change of reports announces: the report list, and everything that went or came back with them (claims,
// links, notes, outlet sources; tags are counted per claim). The document rereads its whole cache.
inline constexpr CaseDocument::Changes kReportsChanged =
    CaseDocument::Changes(CaseDocument::Change::Reports) | CaseDocument::Change::Claims | CaseDocument::Change::Links |
    CaseDocument::Change::Sources | CaseDocument::Change::Tags | CaseDocument::Change::Notes;

// Deletes reports with their claims, links and notes (casefile::DeleteReports); named with a Qt plural ("Delete %n
// report(s)").
class DeleteReportsCommand final : public EditCommand
{
public:
    DeleteReportsCommand(CaseDocument& document, std::vector<ReportId> reports);
};

// An import the worker already made (ImportController), as one undo step named "Import 3 reports": undo deletes
// those reports as Delete Report does (with any claims marked on them since, which by then are undone too unless
// another process made them), redo restores them with the same ids. Pushed on the undo stack directly: its first
// redo() does nothing, since the import is done.
class ImportReportsCommand final : public QUndoCommand
{
public:
    ImportReportsCommand(CaseDocument& document, std::vector<ReportId> reports);

    void redo() override;
    void undo() override;

private:
    void step(bool forward);

    CaseDocument& m_document;
    casefile::DeleteReports m_delete; // applied by undo, reverted by redo
    bool m_imported = true;           // the first redo() (the push) has nothing to do
};

} // namespace corrob::ui
