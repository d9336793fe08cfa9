// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ClaimActions.h"

#include "core/model/Vocabulary.h"
#include "ui/SpeakerSuggestion.h"
#include "ui/commands/ClaimCommands.h"
#include "ui/dialogs/ErrorMessage.h"
#include "ui/dialogs/Prompts.h"
#include "ui/document/CaseDocument.h"
#include "ui/document/ClaimText.h"
#include "ui/panes/ReportPane.h"
#include "ui/panes/ReportPaneArea.h"
#include "ui/widgets/ReadingTextView.h"

#include <QAction>
#include <QCursor>
#include <QStyle>
#include <QTextCursor>
#include <QWidget>

namespace corrob::ui {

ClaimActions::ClaimActions(CaseDocument& document, ReportPaneArea& area, Prompts& prompts, QWidget* window)
    : QObject(window), m_document(document), m_area(area), m_prompts(prompts), m_window(window)
{
    auto make = [this](const QString& text, const char* name, const QKeySequence& shortcut) {
        auto* action = new QAction(text, m_window);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(shortcut);
        m_window->addAction(action);
        return action;
    };
    markClaim = make(tr("&Mark Claim"), "markClaimAction", QKeySequence(Qt::CTRL | Qt::Key_M));
    markClaim->setStatusTip(tr("Mark the selected text as a claim"));
    acceptSuggestedSource = make(tr("Accept Suggested &Source"), "acceptSuggestedSourceAction",
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    acceptSuggestedSource->setIcon(m_window->style()->standardIcon(QStyle::SP_DialogApplyButton));
    m_speakers = new SpeakerSuggestion(document, acceptSuggestedSource, this);
    linkClaim = make(tr("&Link to…"), "linkClaimAction", QKeySequence(Qt::CTRL | Qt::Key_L));
    linkClaim->setStatusTip(tr("Link the current claim to a claim in another report"));
    deleteClaim = make(tr("&Delete Claim"), "deleteClaimAction", QKeySequence(Qt::CTRL | Qt::Key_Delete));
    nextClaim = make(tr("&Next Claim"), "nextClaimAction", QKeySequence(Qt::Key_F8));
    previousClaim = make(tr("&Previous Claim"), "previousClaimAction", QKeySequence(Qt::SHIFT | Qt::Key_F8));
    nextPane = make(tr("Next Pa&ne"), "nextPaneAction", QKeySequence(Qt::Key_F6));
    previousPane = make(tr("Previous Pan&e"), "previousPaneAction", QKeySequence(Qt::SHIFT | Qt::Key_F6));
    addPane = make(tr("&Add Pane"), "addPaneAction", QKeySequence(Qt::CTRL | Qt::Key_T));
    closePane = make(tr("C&lose Pane"), "closePaneAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    showFurniture = make(tr("Show Page &Furniture"), "showFurnitureAction", QKeySequence());
    showFurniture->setCheckable(true);
    showFurniture->setStatusTip(tr("Show navigation, newsletter prompts and other excluded text, greyed"));
    caretBrowsing = make(tr("&Caret Browsing"), "caretBrowsingAction", QKeySequence(Qt::Key_F7));
    caretBrowsing->setCheckable(true);
    caretBrowsing->setStatusTip(
        tr("Move a caret through the report text with the arrow keys; Shift and the arrows select, for marking claims "
           "without the mouse"));

    connect(markClaim, &QAction::triggered, this, [this] { markSelection(); });
    connect(acceptSuggestedSource, &QAction::triggered, this, [this] { acceptSuggestion(); });
    connect(linkClaim, &QAction::triggered, this, [this] { linkCurrentClaim(); });
    connect(deleteClaim, &QAction::triggered, this, [this] { deleteCurrentClaim(); });
    connect(nextClaim, &QAction::triggered, this, [this] {
        if (ReportPane* pane = m_area.currentPane()) {
            pane->moveToClaim(true);
        }
    });
    connect(previousClaim, &QAction::triggered, this, [this] {
        if (ReportPane* pane = m_area.currentPane()) {
            pane->moveToClaim(false);
        }
    });
    connect(nextPane, &QAction::triggered, &m_area, [this] { m_area.focusNeighbourPane(1); });
    connect(previousPane, &QAction::triggered, &m_area, [this] { m_area.focusNeighbourPane(-1); });
    connect(addPane, &QAction::triggered, &m_area, &ReportPaneArea::addPane);
    connect(closePane, &QAction::triggered, &m_area, &ReportPaneArea::closeCurrentPane);
    connect(showFurniture, &QAction::toggled, &m_area, &ReportPaneArea::setShowFurniture);
    connect(caretBrowsing, &QAction::toggled, &m_area, &ReportPaneArea::setCaretBrowsing);
    connect(&m_area, &ReportPaneArea::claimDropped, this, &ClaimActions::linkDropped);
    connect(&m_area, &ReportPaneArea::paneCountChanged, this, &ClaimActions::updateEnabled);
    connect(&document.selection(), &WorkbenchSelection::currentClaimChanged, this, &ClaimActions::updateEnabled);
    connect(&document, &CaseDocument::caseOpened, this, &ClaimActions::updateEnabled);
    connect(&document, &CaseDocument::caseClosed, this, &ClaimActions::updateEnabled);
    m_area.setContextActions({markClaim, acceptSuggestedSource, linkClaim, deleteClaim});
    updateEnabled();
}

QList<QAction*> ClaimActions::claimActions() const
{
    return {markClaim, linkClaim, deleteClaim, nextClaim, previousClaim};
}

void ClaimActions::updateEnabled()
{
    const bool open = m_document.isOpen();
    const bool hasClaim = m_document.selection().currentClaim().isValid();
    markClaim->setEnabled(open);
    linkClaim->setEnabled(hasClaim);
    deleteClaim->setEnabled(hasClaim);
    nextClaim->setEnabled(open);
    previousClaim->setEnabled(open);
    addPane->setEnabled(m_area.panes().size() < ReportPaneArea::kMaxPanes);
    closePane->setEnabled(m_area.panes().size() > ReportPaneArea::kMinPanes);
}

void ClaimActions::fail(const QString& title, const Error& error)
{
    m_prompts.showError(m_window, title, errorMessage(error));
}

ClaimId ClaimActions::markSelection()
{
    ReportPane* pane = m_area.currentPane();
    const auto span = pane ? pane->selectedSpan() : std::nullopt;
    if (!span) {
        m_prompts.showError(m_window, tr("Cannot mark a claim"),
                            tr("Select the words of the claim in a report first, then press %1.")
                                .arg(markClaim->shortcut().toString(QKeySequence::NativeText)));
        return {};
    }
    casefile::ClaimDraft draft;
    draft.report = pane->report();
    draft.start = span->first;
    draft.end = span->second;
    const auto speaker = m_speakers->speakerAt(draft.report, span->first, span->second);
    if (speaker && speaker->match.isExisting()) {
        draft.sourceName = speaker->match.name;
    }
    auto command = std::make_unique<AddClaimCommand>(m_document, draft, pane->textView()->textCursor().selectedText());
    AddClaimCommand* added = command.get();
    if (auto done = m_document.execute(std::move(command)); !done) {
        fail(tr("Cannot mark the claim"), done.error());
        return {};
    }
    const ClaimId id = added->claimId(); // the stack owns the command now and keeps it alive
    // Drop the text selection so the new claim's highlight shows.
    QTextCursor cursor = pane->textView()->textCursor();
    cursor.clearSelection();
    pane->textView()->setTextCursor(cursor);
    m_document.selection().setCurrentClaim(id);
    if (speaker && !speaker->match.isExisting()) {
        m_speakers->propose(id, *speaker);
    }
    Q_EMIT inspectRequested();
    return id;
}

bool ClaimActions::acceptSuggestion()
{
    if (auto done = m_speakers->accept(); !done) {
        fail(tr("Cannot attribute the claim"), done.error());
        return false;
    }
    return true;
}

bool ClaimActions::linkCurrentClaim()
{
    const model::Claim* from = m_document.cache().claim(m_document.selection().currentClaim());
    if (!from) {
        return false;
    }
    QList<LinkCandidate> candidates;
    for (const model::Claim& claim : m_document.cache().claims()) {
        if (claim.report != from->report) {
            candidates.append({claim.id, claimLabel(m_document, claim.id)});
        }
    }
    const auto choice = m_prompts.chooseLink(m_window, claimLabel(m_document, from->id), candidates);
    if (!choice) {
        return false;
    }
    if (auto done =
            m_document.execute(std::make_unique<LinkClaimsCommand>(m_document, from->id, choice->claim, choice->type));
        !done) {
        fail(tr("Cannot link the claims"), done.error());
        return false;
    }
    return true;
}

bool ClaimActions::linkDropped(ClaimId dragged, ClaimId target)
{
    // A short question: the menu opens where the claim was dropped, and a long title would widen it off screen.
    const auto type = m_prompts.chooseLinkType(m_window, QCursor::pos(), tr("Link as…"));
    if (!type) {
        return false;
    }
    if (auto done = m_document.execute(std::make_unique<LinkClaimsCommand>(m_document, dragged, target, *type));
        !done) {
        fail(tr("Cannot link the claims"), done.error());
        return false;
    }
    m_document.selection().setCurrentClaim(dragged);
    return true;
}

bool ClaimActions::deleteCurrentClaim()
{
    const ClaimId claim = m_document.selection().currentClaim();
    if (!claim.isValid()) {
        return false;
    }
    if (auto done = m_document.execute(std::make_unique<DeleteClaimCommand>(m_document, claim)); !done) {
        fail(tr("Cannot delete the claim"), done.error());
        return false;
    }
    return true;
}

} // namespace corrob::ui
