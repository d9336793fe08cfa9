// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/edits/ClaimEdits.h"
#include "core/common/Error.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace corrob::ui {

class CaseDocument;
class CommitTextEdit;

// The Inspector's page for the current claim: quote, statement, kind, source (with completion over the case's
// sources), credibility 1-6, tags, notes, and its links (picking one shows the link's page); when a new version of its
// report changed the words it quotes, what it quoted before, until it is edited or marked checked. Every change is one
// undoable command (EditClaimCommand, AddNoteCommand); a refused change is reported through editFailed and the
// fields show the case as it is.
class ClaimInspector : public QWidget
{
    Q_OBJECT
public:
    explicit ClaimInspector(CaseDocument& document, QWidget* parent = nullptr);
    // Fills the fields from the current claim (nothing to do when there is none). What was typed for the claim shown
    // until then and not yet applied (a statement, source or tags whose field kept the focus while the selection
    // moved) is applied to that claim first, and a note not yet added is kept for it.
    void refresh();
    // Applies what is typed and not yet applied to the claim shown, and adds the note typed for it: before the case
    // closes (on quit, Close Case, opening another case).
    void commitPending();
    // Forgets the claim shown and every draft: the case is closing (claim ids of the next case are other claims).
    void forget();
    // The claim's source field, where a speaker proposed when a claim is marked is offered (SpeakerSuggestion).
    [[nodiscard]] QComboBox* sourceField() const { return m_sourceCombo; }

Q_SIGNALS:
    void editFailed(const QString& title, const corrob::Error& error);

private:
    void apply(casefile::ClaimChanges changes, const QString& what);
    [[nodiscard]] casefile::ClaimChanges tagChanges() const;
    // What the user changed in the fields since they were filled: the statement, tags and source typed (a field
    // still holding what it was filled with is no change, whatever happened to the claim meanwhile).
    [[nodiscard]] casefile::ClaimChanges typedChanges() const;
    void addNote(const QString& body);

    CaseDocument& m_document;
    bool m_filling = false;
    bool m_committing = false;
    ClaimId m_shown;                      // the claim the fields show; edits go to it, whatever is selected meanwhile
    QHash<ClaimId, QString> m_noteDrafts; // notes typed and not yet added, of claims no longer shown
    QString m_givenTags;                  // what the tags and source fields were filled with
    QString m_givenSource;
    QLabel* m_quoteLabel = nullptr;
    // Shown while a new version of the report has changed the words the claim quotes and the claim was not edited
    // since: what it quoted, and a button that marks it checked (an edit that changes nothing else).
    QWidget* m_changedRow = nullptr;
    QLabel* m_changedLabel = nullptr;
    QPushButton* m_checkedButton = nullptr;
    QFormLayout* m_form = nullptr;
    CommitTextEdit* m_statementEdit = nullptr;
    QComboBox* m_kindCombo = nullptr;
    QComboBox* m_sourceCombo = nullptr;
    QComboBox* m_credibilityCombo = nullptr;
    QLineEdit* m_tagsEdit = nullptr;
    QLabel* m_notesLabel = nullptr;
    QLineEdit* m_noteEdit = nullptr;
    QListWidget* m_linksList = nullptr;
};

} // namespace corrob::ui
