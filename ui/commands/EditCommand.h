// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/edits/Edit.h"
#include "ui/document/CaseDocument.h"

#include <QUndoCommand>

#include <memory>
#include <optional>

namespace corrob::ui {

// One user-visible change on the undo stack: wraps a core Edit (redo = apply, undo = revert), which holds ids
// and values only. Made through CaseDocument::execute, which applies it once before pushing it, so a command
// that could not be applied never reaches the stack. A later undo or redo that fails is reported through
// CaseDocument::editFailed (never thrown); the case is then as it was before that step and the command is made
// obsolete (the stack drops it). After each successful step the document rereads what the step touched
// (touchedClaims(), else everything `changes` flags) and announces `changes`.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(CaseDocument& document, std::unique_ptr<casefile::Edit> edit, CaseDocument::Changes changes,
                const QString& text = {});

    void redo() override;
    void undo() override;

    // For CaseDocument::execute: the first apply, before the command is pushed.
    Status applyFirst(casefile::Case& target);

protected:
    [[nodiscard]] casefile::Edit& edit() const { return *m_edit; }
    // The claims whose row or links a step of this command changes, so the document rereads only those; nullopt
    // (the default) when the command cannot say, and the document rereads everything its changes flag.
    [[nodiscard]] virtual std::optional<QList<ClaimId>> touchedClaims() const { return std::nullopt; }

private:
    void step(bool forward);

    CaseDocument& m_document;
    std::unique_ptr<casefile::Edit> m_edit;
    CaseDocument::Changes m_changes;
    bool m_appliedBeforePush = false;
};

} // namespace corrob::ui
