// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ReportActions.h"

#include "core/case/edits/ReportEdits.h"
#include "ui/commands/ReportCommands.h"
#include "ui/dialogs/ErrorMessage.h"
#include "ui/dialogs/Prompts.h"
#include "ui/document/CaseDocument.h"
#include "ui/panes/ReportListPane.h"

#include <QAction>

namespace corrob::ui {

ReportActions::ReportActions(CaseDocument& document, ReportListPane& list, Prompts& prompts, QWidget* window)
    : QObject(window), m_document(document), m_list(list), m_prompts(prompts), m_window(window)
{
    m_deleteReport = new QAction(tr("&Delete Report…"), this);
    m_deleteReport->setObjectName(QStringLiteral("deleteReportAction"));
    m_deleteReport->setToolTip(tr("Delete the report selected in the Case list, with its claims and links"));
    // Only where reports are listed: Delete elsewhere (the panes, the Claims table) never removes a report.
    m_deleteReport->setShortcut(QKeySequence::Delete);
    m_deleteReport->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_deleteReport, &QAction::triggered, this, [this] { deleteReportAfterAsking(m_list.currentReport()); });
    m_list.setContextActions({m_deleteReport});

    connect(&m_list, &ReportListPane::reportSelected, this, &ReportActions::updateEnabled);
    connect(&m_document, &CaseDocument::caseOpened, this, &ReportActions::updateEnabled);
    connect(&m_document, &CaseDocument::caseClosed, this, &ReportActions::updateEnabled);
    connect(&m_document, &CaseDocument::reportsChanged, this, &ReportActions::updateEnabled);
    updateEnabled();
}

void ReportActions::updateEnabled()
{
    m_deleteReport->setEnabled(m_document.isOpen() && m_document.reportSummary(m_list.currentReport()) != nullptr);
}

bool ReportActions::deleteReportAfterAsking(ReportId report)
{
    const model::ReportSummary* summary = m_document.reportSummary(report);
    if (!m_document.isOpen() || !summary) {
        return false;
    }
    const QString title = m_document.reportTitle(report);
    auto counts = m_document.reportDeletionCounts({report});
    if (!counts) {
        m_prompts.showError(m_window, tr("Delete Report"), errorMessage(counts.error()));
        return false;
    }
    QStringList parts;
    parts << tr("Delete “%1”?").arg(title);
    if (counts->claims > 0) {
        parts << tr("%n claim(s) marked in it and %1 go with it, with their tags and notes.", nullptr, counts->claims)
                     .arg(tr("%n link(s)", nullptr, counts->links));
    } else if (counts->claimsMoved == 0) {
        parts << tr("No claim is marked in it.");
    }
    if (counts->claimsMoved > 0) {
        parts << tr("It is a new version of “%1”: its %n claim(s) go back to that version.", nullptr,
                    counts->claimsMoved)
                     .arg(m_document.reportTitle(summary->previousVersion));
    }
    parts << tr("You can undo this (Edit > Undo). The original stays in the case file until deleted reports are "
                "purged (corroborate-cli report purge).");
    if (!m_prompts.confirmDestructive(m_window, tr("Delete Report"), parts.join(QStringLiteral("\n\n")),
                                      tr("&Delete Report"))) {
        return false;
    }
    if (auto done = m_document.execute(std::make_unique<DeleteReportsCommand>(m_document, std::vector{report}));
        !done) {
        m_prompts.showError(m_window, tr("Delete Report"), errorMessage(done.error()));
        return false;
    }
    return true;
}

} // namespace corrob::ui
