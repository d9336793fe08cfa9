// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace corrob::ui {

class CaseDocument;

// Every source of the open case as a table: Source, Speaks for (its affiliation), Grade (reliability), Claims (how
// many claims it makes). Kept in step without a reset: a change of sources removes, appends and updates rows; a
// change of claims (CaseDocument::claimRowsChanged) moves the counts of the sources those claims leave and join and
// updates just those cells; a full reread recounts and updates every row. A view keeps its selection and scroll
// position. Opening and closing a case reset it.
class SourceListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        AffiliationColumn,
        GradeColumn,
        ClaimsColumn,
        ColumnCount,
    };
    enum Role
    {
        SourceIdRole = Qt::UserRole + 1, // qint64
        SortRole,                        // the claim count as a number, else the text
    };

    explicit SourceListModel(const CaseDocument& document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The row of source, or -1.
    [[nodiscard]] int rowOf(SourceId source) const { return m_rowOf.value(source, -1); }
    [[nodiscard]] SourceId sourceAt(int row) const;

private:
    void reset();
    void syncSources();
    void syncClaims(const QList<ClaimId>& claims);
    void countClaims();
    void indexRows();
    [[nodiscard]] QString toolTip(SourceId source) const;

    const CaseDocument& m_document;
    std::vector<SourceId> m_rows;
    QHash<SourceId, int> m_rowOf;
    QHash<SourceId, int> m_claimCount;
    QHash<ClaimId, SourceId> m_sourceOfClaim; // what the counts were made from: a claim's source before an edit
};

} // namespace corrob::ui
