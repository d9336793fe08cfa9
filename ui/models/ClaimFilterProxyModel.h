// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"

#include <QSortFilterProxyModel>

#include <unordered_set>

namespace corrob::ui {

// Narrows a ClaimListModel by words (every word must appear in some column or among the source's aliases, ignoring
// case and diacritics: "agnes" finds "Agnès Callamard"), by one report, one source and one tag (invalid ids: no
// restriction) and by status (placed, orphaned, or quoting words a new version changed). Sorts by
// ClaimListModel::SortRole.
class ClaimFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    // Which claims to show by where their anchor stands.
    enum class Status
    {
        Any,
        Placed,       // the anchor matches the report's text
        Orphaned,     // could not be placed in a new version of the report
        QuoteChanged, // placed on other words by a new version, not edited since: the set given to setChangedQuotes
    };

    explicit ClaimFilterProxyModel(QObject* parent = nullptr);

    void setText(const QString& text);
    void setReport(ReportId report);
    void setSource(SourceId source);
    void setTag(TagId tag);
    void setStatus(Status status);
    // The claims Status::QuoteChanged shows (casefile::claimsWithChangedQuotes), by id.
    void setChangedQuotes(std::unordered_set<qint64> claims);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QList<QByteArray> m_words; // folded (text::foldKey), UTF-8 as ClaimListModel::SearchTextRole
    ReportId m_report;
    SourceId m_source;
    TagId m_tag;
    Status m_status = Status::Any;
    std::unordered_set<qint64> m_changedQuotes;
};

} // namespace corrob::ui
