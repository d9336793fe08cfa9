// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"

#include <QSortFilterProxyModel>

namespace corrob::ui {

// Narrows a ClaimListModel by words (every word must appear in some column or among the source's aliases, ignoring
// case and diacritics: "agnes" finds "Agnès Callamard"), by one report, one source and one tag (invalid ids: no
// restriction) and by status (placed or orphaned). Sorts by ClaimListModel::SortRole.
class ClaimFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    // Which claims to show by where their anchor stands.
    enum class Status
    {
        Any,
        Placed,   // the anchor matches the report's text
        Orphaned, // could not be placed in a new version of the report
    };

    explicit ClaimFilterProxyModel(QObject* parent = nullptr);

    void setText(const QString& text);
    void setReport(ReportId report);
    void setSource(SourceId source);
    void setTag(TagId tag);
    void setStatus(Status status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QList<QByteArray> m_words; // folded (text::foldKey), UTF-8 as ClaimListModel::SearchTextRole
    ReportId m_report;
    SourceId m_source;
    TagId m_tag;
    Status m_status = Status::Any;
};

} // namespace corrob::ui
