// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/edits/SourceEdits.h"
#include "core/common/Error.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace corrob::ui {

class CaseDocument;
class CommitTextEdit;

// The Inspector's page for the source picked in the Sources dock: name, kind, the organisation it speaks for,
// aliases, reliability A-F with its rationale (editable), and how many claims and reports it is behind. Each
// change is one undoable EditSourceCommand named for what it changes ("Rename source", "Grade source
// reliability"); a refused change is reported through editFailed and the fields show the source as stored.
class SourceInspector : public QWidget
{
    Q_OBJECT
public:
    explicit SourceInspector(CaseDocument& document, QWidget* parent = nullptr);
    // Fills the fields from the current source (nothing to do when there is none).
    void refresh();

Q_SIGNALS:
    void editFailed(const QString& title, const corrob::Error& error);

private:
    void apply(casefile::SourceChanges changes, const QString& what);

    CaseDocument& m_document;
    SourceId m_shown; // the source the fields show; edits apply to it even when the selection moves on
    QLineEdit* m_nameEdit = nullptr;
    QComboBox* m_kindCombo = nullptr;
    QLineEdit* m_affiliationEdit = nullptr;
    QLineEdit* m_aliasesEdit = nullptr;
    QComboBox* m_reliabilityCombo = nullptr;
    CommitTextEdit* m_rationaleEdit = nullptr;
    QLabel* m_claimsLabel = nullptr;
    QLabel* m_aliasNotice = nullptr; // names typed as aliases that were not kept, and why
};

} // namespace corrob::ui
