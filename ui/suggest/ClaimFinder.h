// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"
#include "core/text/CheckWorthiness.h"

#include <QHash>
#include <QObject>

#include <vector>

class QAction;
class QWidget;

namespace corrob::ui {

class CaseDocument;
class ReportPane;
class ReportPaneArea;

// The claim finder (issue 11): on request (View > Check-Worthy Sentences, Ctrl+Shift+U) every report pane faintly
// underlines the sentences worth checking that are not claims yet (text::findCheckWorthySentences: figures,
// allegations, denials, attributed statements, legal qualifications; the tooltip says why). Mark Check-Worthy
// Sentence (F9) marks the sentence at the text cursor in the current pane, or the next one after it (wrapping), as
// a claim through the window's Mark Claim action (the same undoable AddClaim step, with its speaker). Each report's
// sentences are found once, on the UI thread (linear: 43 ms for 100 KB of text on the loaded 2-core machine), and
// forgotten when the case's reports change or it closes.
class ClaimFinder : public QObject
{
    Q_OBJECT
public:
    // markClaim marks the current pane's selected text as a claim (ClaimActions' Mark Claim).
    ClaimFinder(CaseDocument& document, ReportPaneArea& area, QAction* markClaim, QWidget* window);

    // View > Check-Worthy Sentences: checkable.
    [[nodiscard]] QAction* showAction() const { return m_show; }
    // Claim > Mark Check-Worthy Sentence.
    [[nodiscard]] QAction* markAction() const { return m_mark; }
    [[nodiscard]] bool isShown() const;

    // The check-worthy sentences of a report that no claim covers yet, in text order.
    [[nodiscard]] std::vector<text::CheckWorthySentence> openSentences(ReportId report);
    // Marks the open check-worthy sentence at the current pane's text cursor, else the next one (wrapping), as a
    // claim; false when the pane has none.
    bool markNext();

private:
    struct Found
    {
        QString text; // the full working text
        std::vector<text::CheckWorthySentence> sentences;
    };
    const Found& foundIn(ReportId report);
    void refreshPane(ReportPane* pane);
    void refreshAll();
    [[nodiscard]] QString toolTip(const QString& text, const text::CheckWorthySentence& sentence) const;

    CaseDocument& m_document;
    ReportPaneArea& m_area;
    QAction* m_markClaim = nullptr;
    QAction* m_show = nullptr;
    QAction* m_mark = nullptr;
    QHash<ReportId, Found> m_found;
};

} // namespace corrob::ui
