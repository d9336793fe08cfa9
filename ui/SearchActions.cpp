// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SearchActions.h"

#include "ui/DockLayout.h"
#include "ui/panes/ReportPane.h"
#include "ui/panes/ReportPaneArea.h"
#include "ui/search/SearchDock.h"
#include "ui/widgets/ReadingTextView.h"

#include <QAction>
#include <QDockWidget>
#include <QTextCursor>
#include <QWidget>

namespace corrob::ui {

SearchActions::SearchActions(CaseDocument& document, ReportPaneArea& panes, DockLayout& docks, QAction& markClaim,
                             QWidget* window)
    : QObject(window), m_panes(panes), m_markClaim(markClaim)
{
    m_dock = new SearchDock(document, window);
    m_dockWidget = docks.addTabbed(m_dock, tr("Search"), "searchDock", DockLayout::Dock::Inspector);
    docks.dock(DockLayout::Dock::Case)->raise(); // the Case list stays the tab in front

    auto* searchCase = new QAction(tr("Search &Case\u2026"), this);
    searchCase->setObjectName(QStringLiteral("searchCaseAction"));
    searchCase->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    searchCase->setStatusTip(tr("Search every report, claim, note and source of the case"));
    connect(searchCase, &QAction::triggered, this, &SearchActions::showSearch);
    auto* nextHit = new QAction(tr("&Next Search Hit"), this);
    nextHit->setObjectName(QStringLiteral("nextSearchHitAction"));
    nextHit->setShortcut(QKeySequence(Qt::Key_F3));
    connect(nextHit, &QAction::triggered, this, [this] { moveToHit(true); });
    auto* previousHit = new QAction(tr("Pre&vious Search Hit"), this);
    previousHit->setObjectName(QStringLiteral("previousSearchHitAction"));
    previousHit->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    connect(previousHit, &QAction::triggered, this, [this] { moveToHit(false); });
    m_actions = {searchCase, nextHit, previousHit};
    window->addActions(m_actions);

    connect(m_dock, &SearchDock::openRequested, this, &SearchActions::openResult);
    connect(m_dock, &SearchDock::markRequested, this, &SearchActions::markResult);
}

void SearchActions::showSearch()
{
    m_dockWidget->show();
    m_dockWidget->raise();
    m_dock->focusQuery();
}

void SearchActions::moveToHit(bool forward)
{
    if (ReportPane* pane = m_panes.currentPane()) {
        pane->moveToSearchHit(forward);
    }
}

void SearchActions::openResult(ReportId report, const Hits& hits)
{
    m_panes.openReport(report);
    if (ReportPane* pane = m_panes.currentPane(); pane && pane->report() == report) {
        pane->setSearchHits(hits);
    }
}

void SearchActions::markResult(ReportId report, const Hits& hits, qsizetype start, qsizetype end)
{
    m_panes.openReport(report);
    ReportPane* pane = m_panes.currentPane();
    if (!pane || pane->report() != report) {
        return;
    }
    pane->setSearchHits(hits);
    QTextCursor cursor(pane->textView()->document());
    cursor.setPosition(int(pane->offsetMap().toDisplay(start)));
    cursor.setPosition(int(pane->offsetMap().toDisplay(end)), QTextCursor::KeepAnchor);
    pane->textView()->setTextCursor(cursor);
    m_markClaim.trigger();
}

} // namespace corrob::ui
