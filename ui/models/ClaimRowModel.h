// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"
#include "core/model/Claim.h"

#include <QAbstractTableModel>
#include <QHash>

#include <utility>
#include <vector>

namespace corrob::ui {

class CaseDocument;

// A table with one row per claim of the open case, in the document's order (CaseDocument::cache().claims()), kept in
// step with the document row by row: CaseDocument::claimRowsChanged inserts, updates (every column) or removes the rows
// of the claims it names (CaseDocument::analysisRowsChanged updates only their analysis columns), so a view keeps its
// selection and scroll position across edits; opening or closing a
// case, a change of reports and a full reread (cacheReloaded) reset it. Subclasses say how many columns there are
// and what the cells hold; they may extend rowsChanged() and reset() for state of their own.
class ClaimRowModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ClaimRowModel(const CaseDocument& document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;

    // The claim shown in row, or an invalid id for a row out of range.
    [[nodiscard]] ClaimId claimAt(int row) const;
    // The cached claim shown in row (nullptr when none): the cache's entry at the same position while the rows are
    // in step with it, found by id otherwise. O(1) in step: what data() reads for every cell.
    [[nodiscard]] const model::Claim* claimOfRow(int row) const;
    // The row of claim, or -1. O(log claims) while the rows are in step with the document's cache (always, but
    // while a sync is under way); then it looks beside the cache's position, and through the rows at worst.
    [[nodiscard]] int rowOf(ClaimId claim) const;

protected:
    [[nodiscard]] const CaseDocument& document() const { return m_document; }
    // Rereads every row inside beginResetModel/endResetModel, calling resetState() in between.
    void reset();
    // For subclasses: rebuild what they keep beside the rows during a reset (the rows are already reread).
    virtual void resetState() {}
    // For subclasses: before the rows of claims are synced (to forget what they keep about those claims), and
    // after (rows already inserted, removed, updated).
    virtual void rowsAboutToSync(const QList<ClaimId>& claims) { Q_UNUSED(claims); }
    virtual void rowsSynced() {}
    // Before only the analysis of these claims is synced; the same as rowsAboutToSync unless a subclass keeps
    // nothing that depends on the analysis.
    virtual void analysisAboutToSync(const QList<ClaimId>& claims) { rowsAboutToSync(claims); }
    // The first and last column that show the corroboration analysis: updated when only the analysis of a row
    // changed (CaseDocument::analysisRowsChanged), so a view sorted by another column does not sort again. All of
    // them unless a subclass says otherwise.
    [[nodiscard]] virtual std::pair<int, int> analysisColumns() const { return {0, columnCount() - 1}; }

private:
    void syncRows(const QList<ClaimId>& claims);
    // The analysis of these claims changed: their analysis columns are updated (between the two hooks above).
    void syncAnalysis(const QList<ClaimId>& claims);

    const CaseDocument& m_document;
    // The rows mirror the cache's order, so the cache's position of a claim is its row: no index of its own to
    // renumber after a row is inserted or removed (tens of thousands of entries in a large case, per model).
    std::vector<ClaimId> m_rows;
};

} // namespace corrob::ui
