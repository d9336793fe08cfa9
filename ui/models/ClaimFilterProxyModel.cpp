// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/ClaimFilterProxyModel.h"

#include "core/text/Fold.h"
#include "ui/models/ClaimListModel.h"

#include <algorithm>
#include <utility>

namespace corrob::ui {

ClaimFilterProxyModel::ClaimFilterProxyModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ClaimListModel::SortRole);
    setSortLocaleAware(true);
}

void ClaimFilterProxyModel::setText(const QString& text)
{
    m_words.clear();
    for (const QString& word : text::foldKey(text).split(u' ', Qt::SkipEmptyParts)) {
        m_words << word.toUtf8();
    }
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

void ClaimFilterProxyModel::setChangedQuotes(std::unordered_set<qint64> claims)
{
    m_changedQuotes = std::move(claims);
    if (m_status == Status::QuoteChanged) {
        invalidateRowsFilter();
    }
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
    if (m_status == Status::QuoteChanged) {
        if (!m_changedQuotes.contains(first.data(ClaimListModel::ClaimIdRole).toLongLong())) {
            return false;
        }
    } else if (m_status != Status::Any &&
               first.data(ClaimListModel::OrphanedRole).toBool() != (m_status == Status::Orphaned)) {
        return false;
    }
    if (m_words.isEmpty()) {
        return true;
    }
    // Each word is in one of the row's texts (folded, as the words), or in its independent sources: asked for only
    // when a word of digits is in none of its texts, since that count is the analysis' and changes by itself.
    const QByteArray haystack = first.data(ClaimListModel::SearchTextRole).toByteArray();
    QByteArray independent;
    return std::all_of(m_words.cbegin(), m_words.cend(), [&](const QByteArray& word) {
        if (haystack.contains(word)) {
            return true;
        }
        if (!std::all_of(word.cbegin(), word.cend(), [](char c) { return c >= '0' && c <= '9'; })) {
            return false;
        }
        if (independent.isEmpty()) {
            independent = QByteArray::number(first.siblingAtColumn(ClaimListModel::IndependentColumn).data().toInt());
        }
        return independent.contains(word);
    });
}

} // namespace corrob::ui
