// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/edits/ClaimEdits.h"
#include "core/common/Error.h"

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace corrob::ui {

class CaseDocument;

// The Inspector dock: the current claim (quote, statement, kind, source with completion over the case's sources,
// credibility 1-6, tags, notes) and its links; the current link's type, note and confidence. Every change is one
// undoable command (EditClaimCommand, AddNoteCommand, UnlinkClaimsCommand); a refused change is reported
// through editFailed and the fields show the case as it is.
class InspectorPane : public QWidget
{
    Q_OBJECT
public:
    explicit InspectorPane(CaseDocument& document, QWidget* parent = nullptr);

Q_SIGNALS:
    void editFailed(const QString& title, const corrob::Error& error);

private:
    void refresh();
    void refreshLink();
    void apply(casefile::ClaimChanges changes, const QString& what);

    CaseDocument& m_document;
    bool m_filling = false;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QLabel* m_quoteLabel = nullptr;
    QLineEdit* m_statementEdit = nullptr;
    QComboBox* m_kindCombo = nullptr;
    QComboBox* m_sourceCombo = nullptr;
    QComboBox* m_credibilityCombo = nullptr;
    QLineEdit* m_tagsEdit = nullptr;
    QLabel* m_notesLabel = nullptr;
    QLineEdit* m_noteEdit = nullptr;
    QListWidget* m_linksList = nullptr;
    QGroupBox* m_linkGroup = nullptr;
    QLabel* m_linkLabel = nullptr;
    QPushButton* m_unlinkButton = nullptr;
};

} // namespace corrob::ui
