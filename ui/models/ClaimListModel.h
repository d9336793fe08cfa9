// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"
#include "core/model/Claim.h"

#include <QAbstractTableModel>

#include <vector>

namespace corrob::ui {

class CaseDocument;

// Every claim of the open case as a table: Statement, Source, Report, Tags, Grade, Independent sources (from the
// corroboration analysis). A copy of the document's claims, reset whenever claims, links, sources or tags change.
class ClaimListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        StatementColumn,
        SourceColumn,
        ReportColumn,
        TagsColumn,
        GradeColumn,
        IndependentColumn,
        ColumnCount,
    };
    enum Role
    {
        ClaimIdRole = Qt::UserRole + 1, // qint64
        ReportIdRole,                   // qint64
        SourceIdRole,                   // qint64, 0 when not attributed
        TagIdsRole,                     // QVariantList of qint64
        SortRole,                       // what the column sorts by (numbers for Grade and Independent)
    };

    explicit ClaimListModel(const CaseDocument& document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    [[nodiscard]] ClaimId claimAt(int row) const;
    [[nodiscard]] int rowOf(ClaimId claim) const;

private:
    void reload();
    [[nodiscard]] QString tagsText(const model::Claim& claim) const;

    const CaseDocument& m_document;
    std::vector<model::Claim> m_claims;
};

} // namespace corrob::ui
