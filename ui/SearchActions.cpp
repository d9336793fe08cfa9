// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SearchActions.h"

#include "core/text/SentenceSplitter.h"
#include "ui/DockLayout.h"
#include "ui/document/CaseDocument.h"
#include "ui/document/WorkbenchSelection.h"
#include "ui/panes/ReportPane.h"
#include "ui/panes/ReportPaneArea.h"
#include "ui/search/SearchDock.h"
#include "ui/widgets/ReadingTextView.h"

#include <QAction>
#include <QDockWidget>
#include <QTextCursor>
#include <QWidget>

#include <algorithm>

namespace corrob::ui {

SearchActions::SearchActions(CaseDocument& document, ReportPaneArea& panes, DockLayout& docks, QAction& markClaim,
                             QWidget* window)
    : QObject(window), m_document(document), m_panes(panes), m_markClaim(markClaim)
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
    connect(m_dock, &SearchDock::claimRequested, this, &SearchActions::showClaim);
    connect(m_dock, &SearchDock::sourceRequested, this,
            [this](SourceId source) { m_document.selection().setCurrentSource(source); });
    // The hits of a query no longer shown are not left highlighted (nor stepped through with F3).
    connect(m_dock, &SearchDock::queryChanged, this, [this] {
        bool cleared = false;
        for (ReportPane* pane : m_panes.panes()) {
            if (!pane->searchHits().isEmpty()) {
                pane->setSearchHits({});
                cleared = true;
            }
        }
        if (cleared) {
            Q_EMIT message(QString()); // a "Hit 2 of 4" shown would count hits that are gone
        }
    });
}

void SearchActions::showSearch()
{
    m_dockWidget->show();
    m_dockWidget->raise();
    m_dock->focusQuery();
}

void SearchActions::moveToHit(bool forward)
{
    ReportPane* pane = m_panes.currentPane();
    if (!pane) {
        return;
    }
    const int before = pane->searchHitPosition().first;
    if (pane->moveToSearchHit(forward)) {
        const auto [at, of] = pane->searchHitPosition();
        // Past the last hit back to the first (or the other way): said, or "Hit 1 of 8" after "Hit 8 of 8" reads as
        // a new count (a tester's find).
        const bool wrapped = of > 1 && before > 0 && (forward ? at < before : at > before);
        Q_EMIT message(!wrapped  ? tr("Hit %1 of %2").arg(at).arg(of)
                       : forward ? tr("Hit %1 of %2, from the top again").arg(at).arg(of)
                                 : tr("Hit %1 of %2, from the end again").arg(at).arg(of));
    } else if (pane->hiddenSearchHits() > 0) {
        Q_EMIT message(tr("Every hit in this report is in page furniture, which is hidden: View > Show Page Furniture "
                          "shows it."));
    }
}

ReportPane* SearchActions::showHits(ReportId report, const Hits& hits, qsizetype from)
{
    // A report open in a pane already is read there, not opened a second time in the current pane.
    if (ReportPane* showing = m_panes.paneShowing(report)) {
        m_panes.setCurrentPane(showing);
    } else {
        m_panes.openReport(report);
    }
    ReportPane* pane = m_panes.currentPane();
    if (!pane || pane->report() != report) {
        return nullptr;
    }
    pane->setSearchHits(hits, from);
    if (const int hidden = pane->hiddenSearchHits(); hidden == 0 && !hits.isEmpty()) {
        // Where F3 goes on from, in this report's count (not the one the last report opened left in the status bar).
        const auto [at, of] = pane->searchHitPosition();
        if (at > 0) {
            Q_EMIT message(tr("Hit %1 of %2").arg(at).arg(of));
        }
    } else if (hidden > 0) {
        Q_EMIT message(hidden == hits.size()
                           ? tr("Every hit in this report is in page furniture, which is hidden: View > Show Page "
                                "Furniture shows it.")
                           : tr("%n hit(s) in this report are in page furniture, which is hidden: View > Show Page "
                                "Furniture shows them.",
                                nullptr, hidden));
    }
    return pane;
}

void SearchActions::openResult(ReportId report, const Hits& hits, qsizetype at)
{
    showHits(report, hits, at);
}

void SearchActions::showClaim(ReportId report, ClaimId claim)
{
    m_panes.openReport(report);
    ReportPane* pane = m_panes.currentPane();
    m_document.selection().setCurrentClaim(claim);
    if (pane && pane->report() == report) {
        pane->revealClaim(claim);
    }
}

void SearchActions::markResult(ReportId report, const Hits& hits, qsizetype start, qsizetype end)
{
    // The hit F3 stepped to, when the report is open with these hits: the one the reader is looking at.
    ReportPane* pane = m_panes.paneShowing(report);
    if (pane && pane->searchHits() == hits && pane->searchHitPosition().first > 0) {
        m_panes.setCurrentPane(pane);
        const QTextCursor at = pane->textView()->textCursor();
        start = pane->offsetMap().toFull(at.selectionStart(), TextOffsetMap::Bias::After);
        end = pane->offsetMap().toFull(at.selectionEnd(), TextOffsetMap::Bias::Before);
    } else {
        pane = showHits(report, hits, start);
    }
    if (!pane) {
        return;
    }
    const TextOffsetMap& map = pane->offsetMap();
    if (map.isHidden(start)) { // hidden furniture is no claim's text: the first hit shown instead
        const auto shown =
            std::find_if(hits.begin(), hits.end(), [&map](const auto& hit) { return !map.isHidden(hit.first); });
        if (shown == hits.end()) {
            return; // said above
        }
        start = shown->first;
        end = shown->second;
    }
    // A claim is a statement: the sentence that holds the hit, as the reader sees it.
    qsizetype from = map.toDisplay(start);
    qsizetype to = map.toDisplay(end);
    const QString text = pane->textView()->document()->toPlainText();
    for (const text::Sentence& sentence : text::splitSentences(text)) {
        if (sentence.start <= from && from < sentence.end) {
            from = sentence.start;
            to = std::max(to, sentence.end);
            break;
        }
    }
    qsizetype fullStart = map.toFull(from, TextOffsetMap::Bias::After);
    qsizetype fullEnd = map.toFull(to, TextOffsetMap::Bias::Before);
    // Hidden furniture inside the sentence (an exclusion in the middle of a line) is no part of the claim: the part
    // of the sentence on the hit's side of it is.
    for (const model::TextRange& hidden : map.hiddenRanges()) {
        if (hidden.start > fullStart && hidden.start < fullEnd) {
            if (hidden.start <= start) {
                fullStart = std::max(fullStart, hidden.end);
            } else {
                fullEnd = std::min(fullEnd, hidden.start);
            }
        }
    }
    from = map.toDisplay(fullStart);
    to = map.toDisplay(fullEnd);
    while (to > from && text.at(to - 1).isSpace()) {
        --to;
    }
    while (from < to && text.at(from).isSpace()) {
        ++from;
    }
    fullStart = map.toFull(from, TextOffsetMap::Bias::After);
    fullEnd = map.toFull(to, TextOffsetMap::Bias::Before);
    for (const model::Claim& claim : m_document.cache().claimsOf(report)) {
        if (claim.anchor.start == fullStart && claim.anchor.end == fullEnd) {
            showClaim(report, claim.id);
            Q_EMIT message(tr("That sentence is a claim already: it is selected."));
            return;
        }
    }
    QTextCursor cursor(pane->textView()->document());
    cursor.setPosition(int(from));
    cursor.setPosition(int(to), QTextCursor::KeepAnchor);
    pane->textView()->setTextCursor(cursor);
    m_markClaim.trigger();
}

} // namespace corrob::ui
