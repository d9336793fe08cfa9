// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/AnalysisTypes.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

namespace corrob::ui {

class CaseDocument;

// The case's conflicts (contradicting links, figures that disagree) as a list, one row each: "Contradicts —
// “statement” vs “statement”" and the detail, made when a row is shown (a large case has tens of thousands). With
// no conflicts, one disabled row says so. setConflicts() keeps the rows the old and new lists share at their start
// and end and replaces only those between, so the common edit (one conflict more or less) moves a row or two and
// a view keeps its selection and scroll position.
class ConflictListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        ClaimIdRole = Qt::UserRole + 1, // qint64: the conflict's first claim
    };

    explicit ConflictListModel(const CaseDocument& document, QObject* parent = nullptr);

    // The conflicts to show, in the analysis's order.
    void setConflicts(const QList<analysis::Conflict>& conflicts);
    [[nodiscard]] qsizetype conflictCount() const { return m_conflicts.size(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    [[nodiscard]] QString text(const analysis::Conflict& conflict) const;
    // Whether a kept row shows a statement that changed since it was last made.
    [[nodiscard]] bool showsChangedStatement(const analysis::Conflict& conflict) const;

    const CaseDocument& m_document;
    QList<analysis::Conflict> m_conflicts;
    // The statements the rows shown so far were made with, by claim: after setConflicts() only the kept rows whose
    // statements differ are announced as changed (announcing all of them relays out a view of tens of thousands).
    mutable QHash<ClaimId, QString> m_shownStatements;
};

} // namespace corrob::ui
