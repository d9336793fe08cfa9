// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"
#include "core/model/TextRange.h"
#include "ui/document/TextOffsetMap.h"
#include "ui/panes/CheckWorthyUnderlines.h"
#include "ui/panes/SearchHitStepper.h"
#include "ui/panes/SuggestedPassageMark.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QWidget>

#include <optional>
#include <utility>

class QAction;
class QDragEnterEvent;
class QDragMoveEvent;
class QDropEvent;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace corrob::model {
struct ReportSummary;
}

namespace corrob::ui {

class CaseDocument;
class ReadingTextView;

// One report to read and annotate: its title, a line of metadata and its working text with the claims marked in
// it (background in the claim's tag colour, translucent so overlaps read darker; a bar in the left margin per
// claim; a tooltip with the statement and grade). The current claim and the claims linked to it stand out; the
// pane scrolls a linked claim into view when the current claim changes elsewhere. Page furniture is hidden, or
// shown greyed. Claim anchors are offsets of the FULL working text; offsetMap() maps them to what is shown.
// Clicking a claim makes it current; dragging the current claim onto a claim of another pane asks to link them.
// A report dragged here from the Case list is shown here.
class ReportPane : public QWidget
{
    Q_OBJECT
public:
    // Marks the extra selections of claims so tests and tools can tell them apart.
    static constexpr int kClaimIdProperty = 0x100100; // QTextFormat user property: qint64 claim id
    static constexpr int kLinkedProperty = 0x100101;  // bool: the claim is linked to the current claim

    explicit ReportPane(CaseDocument& document, QWidget* parent = nullptr);

    // Shows report, or the hint when it is invalid or not in the open case.
    void showReport(ReportId report);
    [[nodiscard]] ReportId report() const { return m_report; }
    void setShowFurniture(bool show);
    [[nodiscard]] bool showsFurniture() const { return m_showFurniture; }
    [[nodiscard]] ReadingTextView* textView() const { return m_textView; }
    [[nodiscard]] const TextOffsetMap& offsetMap() const { return m_map; }

    // The selected text as a full-text span [start, end) without the white space at either end, if any text is
    // selected.
    [[nodiscard]] std::optional<std::pair<qsizetype, qsizetype>> selectedSpan() const;
    // The claim under a displayed position (the shortest one when several overlap), or invalid.
    [[nodiscard]] ClaimId claimAt(int displayPosition) const;
    // Whether this pane shows the claim (its report is shown and the claim is not entirely hidden).
    [[nodiscard]] bool showsClaim(ClaimId claim) const;
    // The claims this pane shows, in text order.
    [[nodiscard]] QList<ClaimId> shownClaims() const;
    // Where a claim's first line is, in the text view's viewport coordinates; nullopt when not shown here.
    [[nodiscard]] std::optional<QRect> claimRect(ClaimId claim) const;
    // Scrolls so the claim is visible (about a third from the top when it has to move).
    void revealClaim(ClaimId claim);
    // The full working-text offset of the first line shown (0 when no report is shown). Unlike a scroll bar value it
    // means the same place after the window or the font changes, or page furniture is shown or hidden.
    [[nodiscard]] qsizetype topTextPosition() const;
    // Scrolls so the line holding the full working-text offset is the first one shown (clamped to the text). It stays
    // the first one shown when the pane is resized and its text re-wraps, until the reader scrolls.
    void scrollToTextPosition(qsizetype fullOffset);
    // Caret browsing (F7): a visible caret the arrow keys move; off, the arrows scroll (ReadingTextView).
    void setCaretBrowsing(bool on);
    // Marks these ranges (UTF-16 offsets of the full working text: an entity's mentions) besides the claims;
    // empty clears them.
    void setEntityHighlights(QList<model::TextRange> fullRanges);
    [[nodiscard]] bool isCaretBrowsing() const;
    // Makes the next (or previous) claim after the text cursor current, wrapping around; false when none.
    bool moveToClaim(bool forward);
    // Opens the find line (Ctrl+F) and finds text from the cursor; false when not found.
    void showFindBar();
    bool find(const QString& text, bool backward = false);
    // Search hits to highlight (full working-text spans, sorted), until another report is shown; the first from
    // offset `from` on (the first of all when 0: the result's own hit, when a search result is opened) is selected and
    // scrolled into view. moveToSearchHit (F3 / Shift+F3) selects the next or previous one after the cursor, wrapping;
    // false when there is none.
    static constexpr int kSearchHitProperty = SearchHitStepper::kProperty; // bool: the extra selection marks a hit
    void setSearchHits(QList<std::pair<qsizetype, qsizetype>> hits, qsizetype from = 0);
    [[nodiscard]] const QList<std::pair<qsizetype, qsizetype>>& searchHits() const { return m_searchHits.hits(); }
    // How many of them are in page furniture that is hidden: not highlighted, not stepped to.
    [[nodiscard]] int hiddenSearchHits() const { return m_searchHits.hiddenCount(m_map); }
    // Which search hit shown is selected (from 1; 0 when none is) and how many are shown.
    [[nodiscard]] std::pair<int, int> searchHitPosition() const { return m_searchHits.position(*m_textView, m_map); }
    bool moveToSearchHit(bool forward);
    // Sentences the claim finder underlines faintly (full working-text spans, sorted, each with its tooltip: why it
    // is worth checking), until another report is shown; empty clears them.
    static constexpr int kCheckWorthyProperty = CheckWorthyUnderlines::kProperty; // bool: underlines such a sentence
    using Underline = CheckWorthyUnderlines::Underline;
    void setCheckWorthy(QList<Underline> sentences);
    [[nodiscard]] const QList<Underline>& checkWorthy() const { return m_checkWorthy.sentences(); }
    // A passage the Suggestions dock proposes for a claim (usually shown in another pane): highlighted with a dashed
    // outline in the colour of the guessed link type, joined to the claim by a dashed curve (ReportPaneArea), until
    // cleared or another report is shown.
    static constexpr int kSuggestedProperty = SuggestedPassageMark::kProperty; // bool: marks the suggested passage
    using Suggestion = SuggestedPassageMark::Suggestion;
    void setSuggestion(std::optional<Suggestion> suggestion);
    [[nodiscard]] const std::optional<Suggestion>& suggestion() const { return m_suggestion.suggestion(); }
    // Where the full working-text span [start, end) is, from its first line's top to its last line's, across the
    // text column, in the text view's viewport coordinates; nullopt when no part of it is shown.
    [[nodiscard]] std::optional<QRect> spanRect(qsizetype start, qsizetype end) const;
    // Scrolls so the full working-text span is visible, as revealClaim does.
    void revealSpan(qsizetype start, qsizetype end);
    // Whether this is the pane the Case list opens reports in (a coloured bar over its heading says so).
    void setCurrent(bool current);
    // Actions added to the text's context menu after the standard ones.
    void setContextActions(QList<QAction*> actions) { m_contextActions = std::move(actions); }

Q_SIGNALS:
    // The user pressed or focused inside the pane.
    void activated(corrob::ui::ReportPane* pane);
    // The pane shows another report now (invalid: none).
    void reportChanged(corrob::ReportId report);
    // A claim was dropped onto another claim shown in this pane.
    void claimDropped(corrob::ClaimId dragged, corrob::ClaimId target);
    // The visible text moved (scroll, resize, new report, new highlights): link curves must follow.
    void viewChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    struct ShownClaim
    {
        ClaimId id;
        int start = 0; // displayed positions
        int end = 0;
    };
    void showNothing();
    // The title and the metadata line (outlet, author, date, length, claims) above the text.
    void showHeader(const model::ReportSummary& summary);
    void reloadClaims();
    void refreshHighlights();
    void onCurrentClaimChanged(ClaimId claim);
    void showContextMenu(const QPoint& pos);
    void revealRect(const QRect& rect);
    // The rectangle of the text column from the line of one displayed position to the line of another.
    [[nodiscard]] QRect linesRect(int from, int to) const;
    // Scrolls the text view's selection into view as revealSpan does.
    void revealSelection();
    // The tooltip of the suggested passage or check-worthy sentence at a displayed position, or empty.
    [[nodiscard]] QString spanToolTipAt(int displayPosition) const;
    [[nodiscard]] const ShownClaim* shown(ClaimId claim) const;
    // A report dragged from the Case list: accepted when it is one of the open case's, and shown here when dropped.
    // Both return false when the drag carries no report (it is then a claim, handled by the caller).
    bool acceptReportDrag(QDropEvent* drag);
    bool dropReport(QDropEvent* drop);

    CaseDocument& m_document;
    ReportId m_report;
    ReportId m_vanished; // the report this pane showed until it was deleted; shown again if it comes back
    bool m_showFurniture = false;
    QString m_fullText;
    QList<model::TextRange> m_furniture;
    TextOffsetMap m_map;
    QList<model::TextRange> m_entityRanges; // full-text offsets
    QList<ShownClaim> m_claims;             // by start
    QHash<ClaimId, qsizetype> m_claimIndex; // claim -> position in m_claims
    QList<QAction*> m_contextActions;
    SearchHitStepper m_searchHits;
    CheckWorthyUnderlines m_checkWorthy;
    SuggestedPassageMark m_suggestion;
    QPoint m_pressPos;
    ClaimId m_pressedClaim;

    QVBoxLayout* m_headerLayout = nullptr;
    QWidget* m_currentBar = nullptr;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_metaLabel = nullptr;
    QLineEdit* m_findEdit = nullptr;
    ReadingTextView* m_textView = nullptr;
};

} // namespace corrob::ui
