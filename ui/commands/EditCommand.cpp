// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/EditCommand.h"

namespace corrob::ui {

EditCommand::EditCommand(CaseDocument& document, std::unique_ptr<casefile::Edit> edit, CaseDocument::Changes changes,
                         const QString& text)
    : m_document(document), m_edit(std::move(edit)), m_changes(changes)
{
    setText(text.isEmpty() ? m_edit->text() : text);
}

Status EditCommand::applyFirst(casefile::Case& target)
{
    Status applied = m_edit->apply(target);
    m_appliedBeforePush = applied.ok();
    return applied;
}

void EditCommand::redo()
{
    if (m_appliedBeforePush) {
        // QUndoStack::push calls redo(); the document applied the edit already.
        m_appliedBeforePush = false;
        m_document.notifyEdited(m_changes, touchedClaims());
        return;
    }
    step(true);
}

void EditCommand::undo()
{
    step(false);
}

void EditCommand::step(bool forward)
{
    casefile::Case* target = m_document.caseFile();
    if (!target) {
        setObsolete(true);
        return;
    }
    const Status done = forward ? m_edit->apply(*target) : m_edit->revert(*target);
    if (!done) {
        // Nothing was written; this step cannot be repeated safely either, so the stack forgets the command.
        setObsolete(true);
        m_document.notifyEditFailed(forward ? QObject::tr("Redo %1").arg(text()) : QObject::tr("Undo %1").arg(text()),
                                    done.error());
        return;
    }
    m_document.notifyEdited(m_changes, touchedClaims());
}

} // namespace corrob::ui
