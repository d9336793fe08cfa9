// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"
#include "core/common/Result.h"
#include "core/text/SpeakerMatcher.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QComboBox;

namespace corrob::ui {

class CaseDocument;

// Who a report's words are attributed to ("…," Callamard said), matched to the case's sources: an existing source, or
// a proposed new name and its likely kind, and the word that attributes them.
using SuggestedSpeaker = text::AttributedSpeaker;

// The speaker proposed when a claim is marked. speakerAt() reads the attribution of the selected words
// (text::AttributionExtractor over the report's working text) and matches it to the case's sources
// (text::SpeakerMatcher); ClaimActions sets an existing source on the new claim itself. A new name is only
// proposed: propose() shows it as the hint of the Inspector's source field ("Suggested: Donatella Rovera (from
// 'said')") and shows the accept action (ClaimActions' Accept Suggested Source, Ctrl+Shift+M) as a button in the
// field; accept() creates the source with its likely kind and attributes the claim to it in one undoable step.
// The proposal lapses when another claim becomes current, the claim gets a source or goes away, or the case
// closes; the accept action is visible only while a proposal stands.
class SpeakerSuggestion : public QObject
{
    Q_OBJECT
public:
    SpeakerSuggestion(CaseDocument& document, QAction* acceptAction, QObject* parent);

    // The Inspector's source field, where a proposal shows; may be null (no hint then, the action still works).
    void setSourceField(QComboBox* field);

    // The speaker of the sentence(s) that the words [start, end) of a report's working text lie in (UTF-16 units,
    // all of the text), or nullopt when nothing there is attributed or the text cannot be read.
    [[nodiscard]] std::optional<SuggestedSpeaker> speakerAt(ReportId report, qsizetype start, qsizetype end);

    // Proposes a new source for a claim that has none.
    void propose(ClaimId claim, const SuggestedSpeaker& speaker);
    // Creates the proposed source and attributes the claim to it (one undo step). Fails (nothing changes) with no
    // proposal or when the edit is refused.
    Status accept();

    [[nodiscard]] bool hasProposal() const { return m_claim.isValid(); }
    // What the source field says while a proposal stands: "Suggested: Donatella Rovera (from 'said')".
    [[nodiscard]] QString hint() const;

private:
    void clear();
    void showHint();
    void checkStillOpen();

    CaseDocument& m_document;
    QAction* m_accept;
    QPointer<QComboBox> m_field;
    QString m_defaultPlaceholder;
    ClaimId m_claim;
    SuggestedSpeaker m_speaker;
};

} // namespace corrob::ui
