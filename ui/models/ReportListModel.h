// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"
#include "core/model/Report.h"

#include <QAbstractTableModel>

#include <vector>

namespace corrob::ui {

class CaseDocument;

// The reports of the open case as a table: Title, Outlet, Published, Claims (how many are marked in it). A copy of the
// document's summaries, reset whenever the document opens or closes a case or its reports change.
class ReportListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        OutletColumn,
        PublishedColumn,
        ClaimsColumn,
        ColumnCount,
    };
    enum Role
    {
        ReportIdRole = Qt::UserRole + 1, // qint64: the report's id
        SortRole,                        // what the column sorts by (the ISO date for Published)
    };

    explicit ReportListModel(const CaseDocument& document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Rows can be dragged onto a report pane, which then shows the report (kReportMimeType, the first row's id).
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;

    // The report shown in row (in this model's order); invalid for a row out of range.
    [[nodiscard]] ReportId reportAt(int row) const;
    // The row of report, or -1.
    [[nodiscard]] int rowOf(ReportId report) const;

private:
    void reload();
    // After claims changed: announces the rows whose claim count differs from the one last announced.
    void syncClaimCounts();
    void readClaimCounts();

    const CaseDocument& m_document;
    std::vector<model::ReportSummary> m_reports;
    std::vector<int> m_claimCounts; // per row, as last announced (reload() or syncClaimCounts())
};

} // namespace corrob::ui
