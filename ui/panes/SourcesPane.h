// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"

#include <QTreeView>

class QSortFilterProxyModel;

namespace corrob::ui {

class CaseDocument;
class SourceListModel;

// The Sources dock: every source of the case with its kind, affiliation, reliability grade and how many claims
// it makes (SourceListModel, kept in step row by row); picking one shows it in the Inspector
// (WorkbenchSelection::setCurrentSource). Sorted by any column.
class SourcesPane : public QTreeView
{
    Q_OBJECT
public:
    explicit SourcesPane(CaseDocument& document, QWidget* parent = nullptr);

    // The row showing source, in the view's (sorted) order; invalid when none.
    [[nodiscard]] QModelIndex indexOf(SourceId source) const;

private:
    void pick(const QModelIndex& index);
    void followCurrentSource();

    CaseDocument& m_document;
    SourceListModel* m_model = nullptr;
    QSortFilterProxyModel* m_sorted = nullptr;
};

} // namespace corrob::ui
