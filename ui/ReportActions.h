// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"

#include <QObject>

class QAction;
class QWidget;

namespace corrob::ui {

class CaseDocument;
class Prompts;
class ReportListPane;

// The actions on whole reports: Delete Report (the Delete key in the Case list, its context menu, and the Edit
// menu) deletes the report current in the Case list after a confirmation that says what goes with it (claims,
// links, notes; claims a new version gives back to its earlier version), as one undo step ("Delete report").
class ReportActions : public QObject
{
    Q_OBJECT
public:
    ReportActions(CaseDocument& document, ReportListPane& list, Prompts& prompts, QWidget* window);

    // Edit > Delete Report… (Delete in the Case list).
    [[nodiscard]] QAction* deleteAction() const { return m_deleteReport; }

    // Asks, then deletes report (one DeleteReportsCommand); false when the user cancelled or it failed (the
    // failure is shown through Prompts::showError).
    bool deleteReportAfterAsking(ReportId report);

private:
    void updateEnabled();

    CaseDocument& m_document;
    ReportListPane& m_list;
    Prompts& m_prompts;
    QWidget* m_window;
    QAction* m_deleteReport = nullptr;
};

} // namespace corrob::ui
