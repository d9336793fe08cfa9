// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"

#include <QWidget>

class QAction;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace corrob::ui {

class CaseDocument;
class ReportListModel;

// The reports of the open case as a sortable table with a filter line above it (Ctrl+F). Keeps one report
// current: the first one when a case opens, the same one (when it still exists) after the reports change. A click
// on a report also shows it in the Inspector (WorkbenchSelection::setCurrentReport).
class ReportListPane : public QWidget
{
    Q_OBJECT
public:
    explicit ReportListPane(CaseDocument& document, QWidget* parent = nullptr);

    [[nodiscard]] ReportListModel* model() const { return m_model; }
    // The current report; invalid when the list is empty or everything is filtered out.
    [[nodiscard]] ReportId currentReport() const;
    // Makes report current (clearing the filter when it hides it); returns false when the case has no such report.
    bool selectReport(ReportId report);
    // Actions on the current report for the table's context menu (a right-click makes the row under it current);
    // a WidgetWithChildrenShortcut shortcut (Delete) works while the table has focus.
    void setContextActions(const QList<QAction*>& actions);

Q_SIGNALS:
    // The current report changed; report is invalid when no report is current.
    void reportSelected(corrob::ReportId report);
    // A report was double-clicked, or Enter was pressed on it: to be read (in the current pane).
    void openRequested(corrob::ReportId report);

private:
    void onModelReset();
    void fitDates();
    void syncSelection();
    // Emits reportSelected when the current report differs from the one last announced.
    void announceCurrent();

    ReportListModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLineEdit* m_filterEdit = nullptr;
    QTableView* m_view = nullptr;
    ReportId m_current;            // the report last announced with reportSelected
    ReportId m_beforeReset;        // the report current before the model was reset
    bool m_fittingDates = false;   // fitDates() is resizing the dates' column (not the user)
    bool m_datesUserSized = false; // the user gave the dates' column its width: fitDates() keeps it
};

} // namespace corrob::ui
