// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/ReportCommands.h"

#include <QCoreApplication>

namespace corrob::ui {
namespace {

QString deleteText(std::size_t count)
{
    return QCoreApplication::translate("DeleteReportsCommand", "Delete %n report(s)", nullptr, int(count));
}

} // namespace

DeleteReportsCommand::DeleteReportsCommand(CaseDocument& document, std::vector<ReportId> reports)
    : EditCommand(document, std::make_unique<casefile::DeleteReports>(reports), kReportsChanged,
                  deleteText(reports.size()))
{
}

ImportReportsCommand::ImportReportsCommand(CaseDocument& document, std::vector<ReportId> reports)
    : m_document(document), m_delete(reports)
{
    setText(QCoreApplication::translate("ImportReportsCommand", "Import %n report(s)", nullptr,
                                        int(m_delete.reports().size())));
}

void ImportReportsCommand::redo()
{
    if (m_imported) {
        m_imported = false;
        return;
    }
    step(true);
}

void ImportReportsCommand::undo()
{
    step(false);
}

void ImportReportsCommand::step(bool forward)
{
    casefile::Case* target = m_document.caseFile();
    if (!target) {
        setObsolete(true);
        return;
    }
    // Redoing the import restores the reports the undo deleted. Undoing it deletes the reports with whatever is on
    // them; the window's own claims on them were undone before (the stack undoes in order), so any that would be
    // deleted now were made by another program (or by a step the stack dropped): refused, not deleted.
    Status done;
    if (!forward && !m_delete.isApplied()) {
        auto counts = casefile::countReportDeletion(*target, m_delete.reports());
        if (!counts) {
            done = counts.error();
        } else if (counts->claims > 0 || counts->notes > 0) {
            done = Error{ErrorCode::Conflict,
                         QObject::tr("the imported reports now carry %n claim(s) or note(s) made since (in another "
                                     "program): undoing the import would delete them, so nothing was done",
                                     nullptr, counts->claims + counts->notes),
                         {}};
        }
    }
    if (done) {
        done = forward ? m_delete.revert(*target) : m_delete.apply(*target);
    }
    if (!done) {
        setObsolete(true);
        m_document.notifyEditFailed(forward ? QObject::tr("Redo %1").arg(text()) : QObject::tr("Undo %1").arg(text()),
                                    done.error());
        return;
    }
    m_document.notifyEdited(kReportsChanged);
}

} // namespace corrob::ui
