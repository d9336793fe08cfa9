// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"
#include "core/common/Ids.h"

#include <QObject>

class QAction;
class QWidget;

namespace corrob::ui {

class CaseDocument;
class Prompts;
class ReportPaneArea;
class SpeakerSuggestion;

// The workbench's actions on claims, links and panes, and what they do: mark the selected text as a claim
// (Ctrl+M) with its speaker attributed or proposed (SpeakerSuggestion; Ctrl+Shift+M accepts a proposed new
// source), link the current claim to another (Ctrl+L, a searchable picker through Prompts; or by dropping a
// claim on another), delete the current claim, move between claims (F8, Shift+F8) and panes (F6, Shift+F6), add
// and close panes, show page furniture, browse the text with a caret (F7). Every change goes through the document's
// undo stack; failures go to Prompts::showError.
class ClaimActions : public QObject
{
    Q_OBJECT
public:
    ClaimActions(CaseDocument& document, ReportPaneArea& area, Prompts& prompts, QWidget* window);

    // The actions, each with its shortcut, status tip and enabled state kept by this class.
    enum class Id
    {
        MarkClaim,
        AcceptSuggestedSource,
        LinkClaim,
        DeleteClaim,
        NextClaim,
        PreviousClaim,
        NextPane,
        PreviousPane,
        AddPane,
        ClosePane,
        ShowFurniture,
        CaretBrowsing,
    };
    [[nodiscard]] QAction* action(Id id) const;

    // The actions, for menus; the first five also go into the report panes' context menus.
    [[nodiscard]] QList<QAction*> claimActions() const;

    // What the actions do, callable directly.
    // Marks the selected words as a claim. When the sentence(s) around them attribute them to a speaker, an
    // existing source that matches is set on the claim in the same undo step, and a new name is proposed.
    ClaimId markSelection();
    bool acceptSuggestion();
    [[nodiscard]] SpeakerSuggestion& speakerSuggestion() const { return *m_speakers; }
    bool linkCurrentClaim();
    bool linkDropped(ClaimId dragged, ClaimId target);
    bool deleteCurrentClaim();

Q_SIGNALS:
    // A claim was just made or picked for editing: show the inspector.
    void inspectRequested();

private:
    void updateEnabled();
    void fail(const QString& title, const Error& error);

    CaseDocument& m_document;
    ReportPaneArea& m_area;
    Prompts& m_prompts;
    QWidget* m_window;
    SpeakerSuggestion* m_speakers = nullptr;
    QAction* m_markClaim = nullptr;
    QAction* m_acceptSuggestedSource = nullptr;
    QAction* m_linkClaim = nullptr;
    QAction* m_deleteClaim = nullptr;
    QAction* m_nextClaim = nullptr;
    QAction* m_previousClaim = nullptr;
    QAction* m_nextPane = nullptr;
    QAction* m_previousPane = nullptr;
    QAction* m_addPane = nullptr;
    QAction* m_closePane = nullptr;
    QAction* m_showFurniture = nullptr;
    QAction* m_caretBrowsing = nullptr;
};

} // namespace corrob::ui
