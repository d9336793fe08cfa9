// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"
#include "core/model/Link.h"
#include "core/suggest/Suggestion.h"

#include <QWidget>

#include <optional>
#include <vector>

class QAction;
class QDockWidget;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTimer;
class QTreeView;

namespace corrob::ui {

class CaseDocument;
class ReportPaneArea;
class ReviewQueueModel;
class SuggestionListModel;
class SuggestionService;

// The Suggestions dock (issue 11). Its first tab follows the current claim: the passages of other reports that most
// likely say the same or the opposite, ranked, with the guessed relation, score, outlet, passage and reasons,
// computed off the UI thread (SuggestionService). Picking one opens its report in the pane beside the claim's, with
// the passage highlighted and a dashed curve from the claim (ReportPane::setSuggestion). In the list, Enter accepts
// it as the guessed relation, 1–5 as corroborates, contradicts, repeats, updates, elaborates, Delete dismisses it:
// each one undoable step through the document (AcceptSuggestionCommand, DismissSuggestionCommand). The second tab is
// the review queue: every claim with likely links not made yet, computed in the background with progress and Cancel
// while the tab is shown, and again after the case's claims or reports change; picking an entry makes its claim
// current, Enter shows its suggestions. Nothing is computed while the dock is hidden (a big case's index is built
// only once the investigator asks for suggestions).
class SuggestionsPane : public QWidget
{
    Q_OBJECT
public:
    SuggestionsPane(CaseDocument& document, ReportPaneArea& area, QWidget* parent = nullptr);
    ~SuggestionsPane() override;

    [[nodiscard]] QTreeView* list() const { return m_list; }
    [[nodiscard]] SuggestionListModel* model() const { return m_model; }
    [[nodiscard]] QTreeView* queueList() const { return m_queueList; }
    [[nodiscard]] ReviewQueueModel* queueModel() const { return m_queueModel; }
    // Whether an answer for the current claim is awaited (tests wait for false).
    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] bool isQueueBusy() const;
    // The dock it is shown in: Claim > Suggestions for Claim (Ctrl+Shift+S) and Claim > Review Queue bring it up;
    // their shortcuts work anywhere in dock's window.
    void setDock(QDockWidget* dock);
    [[nodiscard]] QList<QAction*> menuActions() const { return {m_showAction, m_queueAction}; }
    // Puts the keyboard focus in the list (the dock's shortcut).
    void focusList();
    // Shows the review queue's tab (and computes the queue if it is not up to date).
    void showQueue();

    // What the keys do, callable directly: accept the current suggestion as type (its guess when nullopt), dismiss it.
    bool acceptCurrent(std::optional<model::LinkType> type = std::nullopt);
    bool dismissCurrent();

Q_SIGNALS:
    // A change failed (the window shows it).
    void editFailed(const QString& what, const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    // Whether the investigator can see the dock (its tab in front).
    [[nodiscard]] bool isShown() const;
    void followClaim(ClaimId claim);
    void updateClaimLabel();
    void fitQueueColumns();
    void requestCandidates();
    void showCandidates(ClaimId claim, const std::vector<suggest::Candidate>& candidates, const QString& error);
    void showPicked();
    void clearPanes();
    // After an accepted or dismissed candidate: clears the panes' mark, takes the row and selects its neighbour.
    void removeCandidate(int row);
    void updateDetails();
    void updateQueueStatus();
    void markQueueStale();

    CaseDocument& m_document;
    ReportPaneArea& m_area;
    SuggestionService* m_service = nullptr;
    SuggestionListModel* m_model = nullptr;
    ReviewQueueModel* m_queueModel = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_claimLabel = nullptr;
    QTreeView* m_list = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_keys = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_dismiss = nullptr;
    QLabel* m_queueStatus = nullptr;
    QProgressBar* m_queueProgress = nullptr;
    QPushButton* m_queueCancel = nullptr;
    QPushButton* m_queueRefresh = nullptr;
    QTreeView* m_queueList = nullptr;
    QDockWidget* m_dock = nullptr;
    QAction* m_showAction = nullptr;
    QAction* m_queueAction = nullptr;
    QTimer* m_requery = nullptr;    // one query per burst of changes
    QTimer* m_queueTimer = nullptr; // one queue per burst of changes
    ClaimId m_claim;
    bool m_waiting = false;
    bool m_pending = false;   // the claim changed while the dock was hidden: ask when it shows
    bool m_dockShown = false; // the dock is shown and its tab in front (QDockWidget::visibilityChanged)
    bool m_queueStale = true;
    bool m_queueCancelled = false;
    bool m_queueShownOnce = false;
    QString m_queueError;
};

} // namespace corrob::ui
