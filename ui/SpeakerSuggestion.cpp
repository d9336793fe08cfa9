// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SpeakerSuggestion.h"

#include "core/case/KnownSpeakers.h"
#include "ui/commands/ClaimCommands.h"
#include "ui/document/CaseDocument.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>

namespace corrob::ui {

namespace {

model::SourceKind sourceKindOf(text::SpeakerKind kind)
{
    switch (kind) {
    case text::SpeakerKind::Person:
        return model::SourceKind::Person;
    case text::SpeakerKind::Organisation:
        return model::SourceKind::Organisation;
    case text::SpeakerKind::Unknown:
        break;
    }
    return model::SourceKind::Other;
}

} // namespace

SpeakerSuggestion::SpeakerSuggestion(CaseDocument& document, QAction* acceptAction, QObject* parent)
    : QObject(parent), m_document(document), m_accept(acceptAction)
{
    m_accept->setVisible(false);
    connect(&document.selection(), &WorkbenchSelection::currentClaimChanged, this, [this](ClaimId claim) {
        if (claim != m_claim) {
            clear();
        }
    });
    connect(&document, &CaseDocument::claimsChanged, this, &SpeakerSuggestion::checkStillOpen);
    connect(&document, &CaseDocument::caseClosed, this, &SpeakerSuggestion::clear);
}

void SpeakerSuggestion::setSourceField(QComboBox* field)
{
    m_field = field;
    if (!field || !field->lineEdit()) {
        return;
    }
    m_defaultPlaceholder = field->lineEdit()->placeholderText();
    // The action's button shows in the field only while the action is visible, i.e. while a proposal stands.
    field->lineEdit()->addAction(m_accept, QLineEdit::TrailingPosition);
}

std::optional<SuggestedSpeaker> SpeakerSuggestion::speakerAt(ReportId report, qsizetype start, qsizetype end)
{
    auto text = m_document.reportText(report, casefile::Case::TextView::All);
    if (!text) {
        return std::nullopt;
    }
    return text::attributedSpeaker(text.value(), start, end, casefile::knownSpeakers(m_document.cache().sources()));
}

void SpeakerSuggestion::propose(ClaimId claim, const SuggestedSpeaker& speaker)
{
    m_claim = claim;
    m_speaker = speaker;
    m_accept->setText(tr("Accept Suggested Source"));
    m_accept->setToolTip(tr("Attribute the claim to %1, a new source").arg(speaker.match.name));
    m_accept->setStatusTip(m_accept->toolTip());
    m_accept->setVisible(true);
    showHint();
}

QString SpeakerSuggestion::hint() const
{
    if (!hasProposal()) {
        return QString();
    }
    // The name first: the Inspector is narrow, and the field cuts the end of its hint off.
    return tr("Suggested: %1 (from '%2')").arg(m_speaker.match.name, m_speaker.cue);
}

Status SpeakerSuggestion::accept()
{
    if (!hasProposal()) {
        return Error{ErrorCode::NotFound, tr("There is no suggested source to accept."), QString()};
    }
    casefile::ClaimChanges changes;
    changes.sourceName = m_speaker.match.name;
    changes.newSourceKind = sourceKindOf(m_speaker.match.kind);
    const ClaimId claim = m_claim;
    const SuggestedSpeaker speaker = m_speaker;
    clear();
    auto done = m_document.execute(std::make_unique<EditClaimCommand>(
        m_document, claim, changes, tr("Attribute claim to %1").arg(speaker.match.name)));
    if (!done) {
        propose(claim, speaker); // nothing changed: the proposal still stands
    }
    return done;
}

void SpeakerSuggestion::clear()
{
    m_claim = ClaimId();
    m_speaker = SuggestedSpeaker();
    m_accept->setVisible(false);
    if (m_field && m_field->lineEdit()) {
        m_field->lineEdit()->setPlaceholderText(m_defaultPlaceholder);
        m_field->lineEdit()->setToolTip(QString());
    }
}

void SpeakerSuggestion::showHint()
{
    if (m_field && m_field->lineEdit()) {
        m_field->lineEdit()->setPlaceholderText(hint());
        m_field->lineEdit()->setToolTip(tr("%1. %2 or the check mark creates the source and attributes the claim.")
                                            .arg(hint(), m_accept->shortcut().toString(QKeySequence::NativeText)));
    }
}

void SpeakerSuggestion::checkStillOpen()
{
    if (!hasProposal()) {
        return;
    }
    const model::Claim* claim = m_document.cache().claim(m_claim);
    if (!claim || claim->source.isValid()) {
        clear(); // undone, deleted, or attributed by hand
    }
}

} // namespace corrob::ui
