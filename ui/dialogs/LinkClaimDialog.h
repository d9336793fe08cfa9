// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/dialogs/Prompts.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;

namespace corrob::ui {

// "Link to…": a searchable list of claims (every word typed must appear in a label, ignoring case and diacritics) and
// the link type. Labels wrap (no horizontal scrolling); each has its full text in a tooltip.
class LinkClaimDialog : public QDialog
{
    Q_OBJECT
public:
    LinkClaimDialog(const QString& from, const QList<LinkCandidate>& candidates, QWidget* parent = nullptr);
    // The picked claim and type, or nullopt while nothing is picked.
    [[nodiscard]] std::optional<LinkChoice> choice() const;

private:
    void applyFilter(const QString& text);

    QLineEdit* m_filterEdit = nullptr;
    QListWidget* m_list = nullptr;
    QComboBox* m_typeCombo = nullptr;
};

} // namespace corrob::ui
