// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"
#include "ui/document/PaneSession.h"
#include "ui/widgets/LinkCurveOverlay.h"

#include <QList>
#include <QRect>
#include <QWidget>

class QAction;
class QSplitter;

namespace corrob::model {
struct Link;
}

namespace corrob::ui {

class CaseDocument;
class ReportPane;

// The centre of the workbench: two to four ReportPanes side by side, one of them current (the one last clicked or
// focused; reports opened from the Case list go there), and curves connecting linked claims across neighbouring
// panes, following their scrolling; clicking a curve, anywhere along it, selects its link.
class ReportPaneArea : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMinPanes = 2;
    static constexpr int kMaxPanes = 4;

    explicit ReportPaneArea(CaseDocument& document, QWidget* parent = nullptr);

    [[nodiscard]] QList<ReportPane*> panes() const { return m_panes; }
    [[nodiscard]] ReportPane* currentPane() const { return m_current; }
    void setCurrentPane(ReportPane* pane);
    // The pane showing a report, or nullptr.
    [[nodiscard]] ReportPane* paneShowing(ReportId report) const;

    // Adds a pane on the right (up to kMaxPanes) and makes it current; false when there are already four.
    bool addPane();
    // Closes the current pane (never fewer than kMinPanes); false when it cannot.
    bool closeCurrentPane();
    // Makes the pane step places to the right (negative: left, wrapping) current and focuses its text.
    void focusNeighbourPane(int step);
    // Shows report in the current pane.
    void openReport(ReportId report);
    // Shows the first reports of the case, one per pane, e.g. when a case opens, scrolled to the first pair of
    // linked claims between the first two panes.
    void openFirstReports();
    // What the panes show now: their reports, scroll positions and widths, and which one is current.
    [[nodiscard]] PaneSession session() const;
    // Puts the panes back as session has them (as many panes as it lists, within kMinPanes..kMaxPanes). A report
    // the open case no longer has leaves its pane empty; when none of the session's reports is in the case, opens
    // the first reports instead (openFirstReports).
    void restoreSession(const PaneSession& session);
    void setShowFurniture(bool show);
    // Caret browsing in every pane, and in panes added later (ReportPane::setCaretBrowsing).
    void setCaretBrowsing(bool on);
    [[nodiscard]] bool isCaretBrowsing() const { return m_caretBrowsing; }
    // Actions offered in every pane's context menu.
    void setContextActions(QList<QAction*> actions);
    [[nodiscard]] const QList<QAction*>& contextActions() const { return m_contextActions; }
    [[nodiscard]] LinkCurveOverlay* overlay() const { return m_overlay; }

Q_SIGNALS:
    void currentPaneChanged(corrob::ui::ReportPane* pane);
    void paneCountChanged(int count);
    // A pane shows another report (or none) now.
    void reportShown(corrob::ui::ReportPane* pane);
    // A claim was dropped on a claim of another pane.
    void claimDropped(corrob::ClaimId dragged, corrob::ClaimId target);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    ReportPane* createPane();
    void revealFirstLinkedPair();
    void updateCurves();
    void appendSuggestionCurves(QList<LinkCurveOverlay::Curve>& curves) const;
    void scheduleCurves();
    // A curve's tooltip: the two claims and the link type between them.
    [[nodiscard]] QString curveToolTip(const model::Link& link) const;

    CaseDocument& m_document;
    QSplitter* m_splitter = nullptr;
    LinkCurveOverlay* m_overlay = nullptr;
    QList<ReportPane*> m_panes;
    ReportPane* m_current = nullptr;
    QList<QAction*> m_contextActions;
    bool m_showFurniture = false;
    bool m_caretBrowsing = false;
    bool m_curvesScheduled = false;
    QList<QRect> m_paneGeometries; // where the panes were when the curves were last laid out
};

} // namespace corrob::ui
