// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/ClaimFilterProxyModel.h"

#include "core/text/Fold.h"
#include "ui/models/ClaimListModel.h"

namespace corrob::ui {

ClaimFilterProxyModel::ClaimFilterProxyModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ClaimListModel::SortRole);
    setSortLocaleAware(true);
}

void ClaimFilterProxyModel::setText(const QString& text)
{
    m_words = text::foldKey(text).split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void ClaimFilterProxyModel::setReport(ReportId report)
{
    m_report = report;
    invalidateRowsFilter();
}

void ClaimFilterProxyModel::setSource(SourceId source)
{
    m_source = source;
    invalidateRowsFilter();
}

void ClaimFilterProxyModel::setTag(TagId tag)
{
    m_tag = tag;
    invalidateRowsFilter();
}

void ClaimFilterProxyModel::setStatus(Status status)
{
    m_status = status;
    invalidateRowsFilter();
}

bool ClaimFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (m_report.isValid() && first.data(ClaimListModel::ReportIdRole).toLongLong() != m_report.value) {
        return false;
    }
    if (m_source.isValid() && first.data(ClaimListModel::SourceIdRole).toLongLong() != m_source.value) {
        return false;
    }
    if (m_tag.isValid() && !first.data(ClaimListModel::TagIdsRole).toList().contains(QVariant(m_tag.value))) {
        return false;
    }
    if (m_status != Status::Any &&
        first.data(ClaimListModel::OrphanedRole).toBool() != (m_status == Status::Orphaned)) {
        return false;
    }
    if (m_words.isEmpty()) {
        return true;
    }
    const QString haystack = first.data(ClaimListModel::SearchTextRole).toString(); // folded, as the words
    return std::all_of(m_words.cbegin(), m_words.cend(), [&](const QString& word) { return haystack.contains(word); });
}

} // namespace corrob::ui
