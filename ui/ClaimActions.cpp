// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ClaimActions.h"

#include "core/case/ClaimKindGuess.h"

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
    m_markClaim = make(tr("&Mark Claim"), "markClaimAction", QKeySequence(Qt::CTRL | Qt::Key_M));
    m_markClaim->setStatusTip(tr("Mark the selected text as a claim"));
    m_acceptSuggestedSource = make(tr("Accept Suggested &Source"), "acceptSuggestedSourceAction",
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_acceptSuggestedSource->setIcon(m_window->style()->standardIcon(QStyle::SP_DialogApplyButton));
    m_speakers = new SpeakerSuggestion(document, m_acceptSuggestedSource, this);
    m_linkClaim = make(tr("&Link to…"), "linkClaimAction", QKeySequence(Qt::CTRL | Qt::Key_L));
    m_linkClaim->setStatusTip(tr("Link the current claim to a claim in another report"));
    m_deleteClaim = make(tr("&Delete Claim"), "deleteClaimAction", QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_nextClaim = make(tr("&Next Claim"), "nextClaimAction", QKeySequence(Qt::Key_F8));
    m_previousClaim = make(tr("&Previous Claim"), "previousClaimAction", QKeySequence(Qt::SHIFT | Qt::Key_F8));
    m_nextPane = make(tr("Next Pa&ne"), "nextPaneAction", QKeySequence(Qt::Key_F6));
    m_previousPane = make(tr("Previous Pan&e"), "previousPaneAction", QKeySequence(Qt::SHIFT | Qt::Key_F6));
    m_addPane = make(tr("&Add Pane"), "addPaneAction", QKeySequence(Qt::CTRL | Qt::Key_T));
    m_closePane = make(tr("C&lose Pane"), "closePaneAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_showFurniture = make(tr("Show Page &Furniture"), "showFurnitureAction", QKeySequence());
    m_showFurniture->setCheckable(true);
    m_showFurniture->setStatusTip(tr("Show navigation, newsletter prompts and other excluded text, greyed"));
    m_caretBrowsing = make(tr("&Caret Browsing"), "caretBrowsingAction", QKeySequence(Qt::Key_F7));
    m_caretBrowsing->setCheckable(true);
    m_caretBrowsing->setStatusTip(
        tr("Move a caret through the report text with the arrow keys; Shift and the arrows select, for marking claims "
           "without the mouse"));

    connect(m_markClaim, &QAction::triggered, this, [this] { markSelection(); });
    connect(m_acceptSuggestedSource, &QAction::triggered, this, [this] { acceptSuggestion(); });
    connect(m_linkClaim, &QAction::triggered, this, [this] { linkCurrentClaim(); });
    connect(m_deleteClaim, &QAction::triggered, this, [this] { deleteCurrentClaim(); });
    connect(m_nextClaim, &QAction::triggered, this, [this] {
        if (ReportPane* pane = m_area.currentPane()) {
            pane->moveToClaim(true);
        }
    });
    connect(m_previousClaim, &QAction::triggered, this, [this] {
        if (ReportPane* pane = m_area.currentPane()) {
            pane->moveToClaim(false);
        }
    });
    connect(m_nextPane, &QAction::triggered, &m_area, [this] { m_area.focusNeighbourPane(1); });
    connect(m_previousPane, &QAction::triggered, &m_area, [this] { m_area.focusNeighbourPane(-1); });
    connect(m_addPane, &QAction::triggered, &m_area, &ReportPaneArea::addPane);
    connect(m_closePane, &QAction::triggered, &m_area, &ReportPaneArea::closeCurrentPane);
    connect(m_showFurniture, &QAction::toggled, &m_area, &ReportPaneArea::setShowFurniture);
    connect(m_caretBrowsing, &QAction::toggled, &m_area, &ReportPaneArea::setCaretBrowsing);
    connect(&m_area, &ReportPaneArea::claimDropped, this, &ClaimActions::linkDropped);
    connect(&m_area, &ReportPaneArea::paneCountChanged, this, &ClaimActions::updateEnabled);
    connect(&document.selection(), &WorkbenchSelection::currentClaimChanged, this, &ClaimActions::updateEnabled);
    connect(&document, &CaseDocument::caseOpened, this, &ClaimActions::updateEnabled);
    connect(&document, &CaseDocument::caseClosed, this, &ClaimActions::updateEnabled);
    m_area.setContextActions({m_markClaim, m_acceptSuggestedSource, m_linkClaim, m_deleteClaim});
    updateEnabled();
}

QAction* ClaimActions::action(Id id) const
{
    switch (id) {
    case Id::MarkClaim:
        return m_markClaim;
    case Id::AcceptSuggestedSource:
        return m_acceptSuggestedSource;
    case Id::LinkClaim:
        return m_linkClaim;
    case Id::DeleteClaim:
        return m_deleteClaim;
    case Id::NextClaim:
        return m_nextClaim;
    case Id::PreviousClaim:
        return m_previousClaim;
    case Id::NextPane:
        return m_nextPane;
    case Id::PreviousPane:
        return m_previousPane;
    case Id::AddPane:
        return m_addPane;
    case Id::ClosePane:
        return m_closePane;
    case Id::ShowFurniture:
        return m_showFurniture;
    case Id::CaretBrowsing:
        return m_caretBrowsing;
    }
    Q_UNREACHABLE();
}

QList<QAction*> ClaimActions::claimActions() const
{
    return {m_markClaim, m_linkClaim, m_deleteClaim, m_nextClaim, m_previousClaim};
}

void ClaimActions::updateEnabled()
{
    const bool open = m_document.isOpen();
    const bool writable = open && !m_document.isReadOnly(); // a read-only view refused these with an error after
    const bool hasClaim = m_document.selection().currentClaim().isValid();
    m_markClaim->setEnabled(writable);
    m_linkClaim->setEnabled(hasClaim && writable);
    m_deleteClaim->setEnabled(hasClaim && writable);
    m_nextClaim->setEnabled(open);
    m_previousClaim->setEnabled(open);
    m_addPane->setEnabled(m_area.panes().size() < ReportPaneArea::kMaxPanes);
    m_closePane->setEnabled(m_area.panes().size() > ReportPaneArea::kMinPanes);
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
                                .arg(m_markClaim->shortcut().toString(QKeySequence::NativeText)));
        return {};
    }
    casefile::ClaimDraft draft;
    draft.report = pane->report();
    draft.start = span->first;
    draft.end = span->second;
    // A denial, a figure, a legal qualification or an allegation as the words read: a default to correct, not Other.
    if (auto text = m_document.reportText(draft.report, casefile::Case::TextView::All); text) {
        draft.kind = casefile::likelyClaimKind(text->mid(span->first, span->second - span->first));
    }
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
