// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/AnalysisTypes.h"
#include "core/common/Ids.h"

#include <QAbstractTableModel>

#include <vector>

namespace corrob::ui {

class CaseDocument;

// The claim matrix: one row per claim, one column per origin (the sources claims ultimately come from, in order
// of first appearance). A cell says whether that origin backs the claim (its corroborating set has it: "●") or
// disputes it (a contradicting claim comes from it: "✕"). Rows backed by a single origin are flagged: they rest
// on one voice. Reset whenever claims, links or sources change.
class ClaimMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        ClaimIdRole = Qt::UserRole + 1, // qint64
        CellRole,                       // int: 0 nothing, 1 backs, -1 disputes
    };

    explicit ClaimMatrixModel(const CaseDocument& document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();

    const CaseDocument& m_document;
    std::vector<ClaimId> m_claims;
    QList<analysis::Origin> m_origins;
};

} // namespace corrob::ui
