// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/suggest/Suggestion.h"

#include <QAbstractTableModel>

#include <vector>

namespace corrob::ui {

class CaseDocument;

// The review queue (issue 11): one row per claim with likely links not made yet, best first: the claim's statement,
// its report's outlet, its best candidate's relation and score, and how many candidates it has. Worked off like a
// to-do list: a claim's row changes or goes as its candidates are accepted or dismissed.
class ReviewQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kPerClaim = 3; // the candidates the queue keeps a claim (its "Likely" column)
    enum Column
    {
        Claim,
        Report,
        Best,
        Count,
        ColumnCount,
    };

    explicit ReviewQueueModel(const CaseDocument& document, QObject* parent = nullptr);

    void setQueue(std::vector<suggest::ReviewItem> items);
    // Replaces the claim's row with its new candidates (removes it when there are none).
    void updateItem(ClaimId claim, std::vector<suggest::Candidate> candidates);
    // Removes the rows of claims the case no longer has.
    void dropMissingClaims();
    [[nodiscard]] ClaimId claimAt(int row) const;
    [[nodiscard]] const std::vector<suggest::ReviewItem>& items() const { return m_items; }
    [[nodiscard]] int rowOf(ClaimId claim) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    const CaseDocument& m_document;
    std::vector<suggest::ReviewItem> m_items;
};

} // namespace corrob::ui
