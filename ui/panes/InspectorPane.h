// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;

namespace corrob::ui {

class CaseDocument;
class ClaimInspector;
class LinkInspector;
class ReportInspector;
class SourceInspector;

// The Inspector dock: whatever was selected last (WorkbenchSelection::selection()), editable, one page each: the
// current claim (ClaimInspector), link (LinkInspector), source (SourceInspector) or report (ReportInspector), or a
// hint when nothing is selected. Every change is one undoable command on the case's undo stack; a refused change
// is reported through editFailed and the page shows the case as it is.
class InspectorPane : public QWidget
{
    Q_OBJECT
public:
    explicit InspectorPane(CaseDocument& document, QWidget* parent = nullptr);
    // The claim page's source field (for the speaker a newly marked claim proposes).
    [[nodiscard]] QComboBox* claimSourceField() const;

Q_SIGNALS:
    void editFailed(const QString& title, const corrob::Error& error);

private:
    // Shows the page of the selection and fills it from the case.
    void refresh();

    CaseDocument& m_document;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyLabel = nullptr;
    ClaimInspector* m_claimPage = nullptr;
    LinkInspector* m_linkPage = nullptr;
    SourceInspector* m_sourcePage = nullptr;
    ReportInspector* m_reportPage = nullptr;
};

} // namespace corrob::ui
