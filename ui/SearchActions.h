// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"

#include <QList>
#include <QObject>

#include <utility>

class QAction;
class QDockWidget;
class QWidget;

namespace corrob::ui {

class CaseDocument;
class DockLayout;
class ReportPane;
class ReportPaneArea;
class SearchDock;

// The Search dock (issue 10) and its actions: a tab of the left column beside the Inspector. Edit > Search Case…
// (Ctrl+Shift+F) brings it up with the query focused; a result opened from it (Enter) shows in the current report
// pane with its hits highlighted, and F3 / Shift+F3 step through them (hits in hidden page furniture are skipped,
// and the status bar says how many); a claim found is selected in its report, a source found in the Sources dock.
// A hit marked as a claim selects the sentence holding it there and triggers markClaim (Claim > Mark Claim), unless
// that sentence is a claim already, which is then selected. The actions are added to window, so their shortcuts
// work wherever the focus is.
class SearchActions : public QObject
{
    Q_OBJECT
public:
    SearchActions(CaseDocument& document, ReportPaneArea& panes, DockLayout& docks, QAction& markClaim,
                  QWidget* window);

    // Search Case…, Next Search Hit, Previous Search Hit (for the Edit menu).
    [[nodiscard]] const QList<QAction*>& actions() const { return m_actions; }
    [[nodiscard]] SearchDock* dock() const { return m_dock; }
    [[nodiscard]] QDockWidget* dockWidget() const { return m_dockWidget; }

Q_SIGNALS:
    // Something to tell the user in the status bar (hits hidden in page furniture, a claim already there).
    void message(const QString& text);

private:
    using Hits = QList<std::pair<qsizetype, qsizetype>>;
    void showSearch();
    void moveToHit(bool forward);
    void openResult(ReportId report, const Hits& hits, qsizetype at);
    void markResult(ReportId report, const Hits& hits, qsizetype start, qsizetype end);
    void showClaim(ReportId report, ClaimId claim);
    // The pane showing report in front, with the hits highlighted and the first from offset `from` on selected; null
    // when the report cannot be shown.
    ReportPane* showHits(ReportId report, const Hits& hits, qsizetype from = 0);

    CaseDocument& m_document;
    ReportPaneArea& m_panes;
    QAction& m_markClaim;
    SearchDock* m_dock = nullptr;
    QDockWidget* m_dockWidget = nullptr;
    QList<QAction*> m_actions;
};

} // namespace corrob::ui
