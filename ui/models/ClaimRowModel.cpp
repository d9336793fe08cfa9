// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/ClaimRowModel.h"

#include "ui/document/CaseDocument.h"

#include <algorithm>

namespace corrob::ui {

ClaimRowModel::ClaimRowModel(const CaseDocument& document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document)
{
    for (auto signal : {&CaseDocument::caseOpened, &CaseDocument::caseClosed, &CaseDocument::reportsChanged,
                        &CaseDocument::cacheReloaded}) {
        connect(&document, signal, this, &ClaimRowModel::reset);
    }
    connect(&document, &CaseDocument::claimRowsChanged, this, &ClaimRowModel::syncRows);
    connect(&document, &CaseDocument::analysisRowsChanged, this, &ClaimRowModel::syncAnalysis);
}

void ClaimRowModel::syncAnalysis(const QList<ClaimId>& claims)
{
    analysisAboutToSync(claims);
    const auto [first, last] = analysisColumns();
    std::vector<int> rows;
    if (qsizetype(claims.size()) < qsizetype(m_rows.size())) {
        for (ClaimId id : claims) {
            if (const int row = rowOf(id); row >= 0) {
                rows.push_back(row);
            }
        }
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    } else { // the whole case, after opening it: one signal
        for (int row = 0; row < int(m_rows.size()); ++row) {
            rows.push_back(row);
        }
    }
    for (std::size_t i = 0; i < rows.size() && first >= 0 && last >= first;) {
        std::size_t j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1) {
            ++j;
        }
        Q_EMIT dataChanged(index(rows[i], first), index(rows[j], last));
        i = j + 1;
    }
    rowsSynced();
}

void ClaimRowModel::reset()
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(m_document.cache().claims().size());
    for (const model::Claim& claim : m_document.cache().claims()) {
        m_rows.push_back(claim.id);
    }
    resetState();
    endResetModel();
}

void ClaimRowModel::syncRows(const QList<ClaimId>& claims)
{
    rowsAboutToSync(claims);
    // Rows of claims that left the case go first, from the bottom, so the rows above keep their numbers.
    std::vector<int> gone;
    std::vector<std::pair<int, ClaimId>> added; // (position in the document's order, claim)
    for (ClaimId id : claims) {
        const int row = rowOf(id);
        const int position = m_document.cache().claimPosition(id);
        if (row >= 0 && position < 0) {
            gone.push_back(row);
        } else if (row < 0 && position >= 0) {
            added.emplace_back(position, id);
        }
    }
    std::sort(gone.begin(), gone.end(), std::greater<>());
    gone.erase(std::unique(gone.begin(), gone.end()), gone.end());
    for (int row : gone) {
        beginRemoveRows({}, row, row);
        m_rows.erase(m_rows.begin() + row);
        endRemoveRows();
    }
    // With every other row in the document's order, inserting in ascending order puts each claim at its position.
    std::sort(added.begin(), added.end());
    for (const auto& [position, id] : added) {
        if (position > int(m_rows.size())) {
            reset();
            return;
        }
        beginInsertRows({}, position, position);
        m_rows.insert(m_rows.begin() + position, id);
        endInsertRows();
    }
    // A claim that moved in the order (its report or anchor changed) leaves the rows out of step: start again.
    const std::vector<model::Claim>& order = m_document.cache().claims();
    if (m_rows.size() != order.size()) {
        reset();
        return;
    }
    for (ClaimId id : claims) {
        const int row = rowOf(id);
        if (row >= 0 && order[std::size_t(row)].id != id) {
            reset();
            return;
        }
    }
    // Every named row still there is updated, in runs of neighbouring rows, one signal per run.
    std::vector<int> kept;
    for (ClaimId id : claims) {
        if (const int row = rowOf(id); row >= 0) {
            kept.push_back(row);
        }
    }
    std::sort(kept.begin(), kept.end());
    kept.erase(std::unique(kept.begin(), kept.end()), kept.end());
    const int lastColumn = columnCount() - 1;
    for (std::size_t i = 0; i < kept.size() && lastColumn >= 0;) {
        std::size_t j = i;
        while (j + 1 < kept.size() && kept[j + 1] == kept[j] + 1) {
            ++j;
        }
        Q_EMIT dataChanged(index(kept[i], 0), index(kept[j], lastColumn));
        i = j + 1;
    }
    rowsSynced();
}

int ClaimRowModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

ClaimId ClaimRowModel::claimAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[std::size_t(row)] : ClaimId();
}

const model::Claim* ClaimRowModel::claimOfRow(int row) const
{
    const ClaimId claim = claimAt(row);
    const std::vector<model::Claim>& claims = m_document.cache().claims();
    if (claim.isValid() && std::size_t(row) < claims.size() && claims[std::size_t(row)].id == claim) {
        return &claims[std::size_t(row)];
    }
    return claim.isValid() ? m_document.cache().claim(claim) : nullptr;
}

int ClaimRowModel::rowOf(ClaimId claim) const
{
    const int rows = int(m_rows.size());
    const int position = m_document.cache().claimPosition(claim);
    // In step, or (during a sync) a row or two off where a claim was added or removed before it.
    for (const int row : {position, position - 1, position + 1, position - 2, position + 2}) {
        if (position >= 0 && row >= 0 && row < rows && m_rows[std::size_t(row)] == claim) {
            return row;
        }
    }
    const auto at = std::find(m_rows.cbegin(), m_rows.cend(), claim);
    return at == m_rows.cend() ? -1 : int(at - m_rows.cbegin());
}

} // namespace corrob::ui
