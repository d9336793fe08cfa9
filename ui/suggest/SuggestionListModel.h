// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/suggest/Suggestion.h"

#include <QAbstractTableModel>

#include <vector>

namespace corrob::ui {

class CaseDocument;

// The candidates of one claim, best first, one row each: the guessed relation (in its link colour), the score as a
// percentage, the report (outlet, title in the tooltip), the passage and the reasons. Plain values handed in by the
// Suggestions dock; rows go when accepted or dismissed.
class SuggestionListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Relation,
        Score,
        Report,
        Passage,
        Reasons,
        ColumnCount,
    };

    explicit SuggestionListModel(const CaseDocument& document, QObject* parent = nullptr);

    void setCandidates(ClaimId claim, std::vector<suggest::Candidate> candidates);
    [[nodiscard]] ClaimId claim() const { return m_claim; }
    [[nodiscard]] const std::vector<suggest::Candidate>& candidates() const { return m_candidates; }
    [[nodiscard]] const suggest::Candidate* candidate(int row) const;
    // Takes a row out (accepted or dismissed); false when there is none.
    bool takeRow(int row);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    const CaseDocument& m_document;
    ClaimId m_claim;
    std::vector<suggest::Candidate> m_candidates;
};

} // namespace corrob::ui
