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
    // Redoing the import restores the reports the undo deleted.
    const Status done = forward ? m_delete.revert(*target) : m_delete.apply(*target);
    if (!done) {
        setObsolete(true);
        m_document.notifyEditFailed(forward ? QObject::tr("Redo %1").arg(text()) : QObject::tr("Undo %1").arg(text()),
                                    done.error());
        return;
    }
    m_document.notifyEdited(kReportsChanged);
}

} // namespace corrob::ui
