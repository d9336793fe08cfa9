// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/edits/LinkEdits.h"
#include "core/common/Error.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace corrob::ui {

class CaseDocument;
class CommitTextEdit;

// The Inspector's page for the current link: both claims (quote, source, report; the quote is a link that selects
// the claim, by mouse or Tab and Enter), the
// link's type, note and confidence (editable), who made it and when, and Remove Link. Each change is one undoable
// EditLinkCommand named for what it changes ("Change link type", "Edit link note", "Set link confidence"); a
// refused change is reported through editFailed and the fields show the link as stored.
class LinkInspector : public QWidget
{
    Q_OBJECT
public:
    explicit LinkInspector(CaseDocument& document, QWidget* parent = nullptr);
    // Fills the fields from the current link (nothing to do when there is none).
    void refresh();

Q_SIGNALS:
    void editFailed(const QString& title, const corrob::Error& error);

private:
    void apply(casefile::LinkChanges changes, const QString& what);
    void applyNote();
    void applyConfidence();
    [[nodiscard]] QString endText(ClaimId claim) const;

    CaseDocument& m_document;
    LinkId m_shown; // the link the fields show; edits apply to it even when the selection moves on
    QLabel* m_titleLabel = nullptr;
    QLabel* m_fromLabel = nullptr;
    QLabel* m_toLabel = nullptr;
    QComboBox* m_typeCombo = nullptr;
    CommitTextEdit* m_noteEdit = nullptr;
    QDoubleSpinBox* m_confidenceSpin = nullptr;
    QLabel* m_madeLabel = nullptr;
    QPushButton* m_removeButton = nullptr;
};

} // namespace corrob::ui
