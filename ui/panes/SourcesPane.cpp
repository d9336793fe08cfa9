// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/SourcesPane.h"

#include "ui/document/CaseDocument.h"
#include "ui/document/WorkbenchSelection.h"
#include "ui/models/SourceListModel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace corrob::ui {

SourcesPane::SourcesPane(CaseDocument& document, QWidget* parent)
    : QTreeView(parent), m_document(document), m_model(new SourceListModel(document, this)),
      m_sorted(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("sourcesView"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(SourceListModel::SortRole);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_sorted->setSortLocaleAware(true);
    setModel(m_sorted);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    sortByColumn(SourceListModel::NameColumn, Qt::AscendingOrder);
    header()->setSectionResizeMode(SourceListModel::NameColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(SourceListModel::AffiliationColumn, QHeaderView::Interactive);
    header()->setSectionResizeMode(SourceListModel::GradeColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(SourceListModel::ClaimsColumn, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(false);
    header()->resizeSection(SourceListModel::AffiliationColumn, fontMetrics().averageCharWidth() * 16);
    // Picking a source (a click, or moving through the list with the keyboard) shows it in the Inspector.
    connect(this, &QTreeView::clicked, this, &SourcesPane::pick);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        if (hasFocus()) {
            pick(current);
        }
    });
    connect(&document.selection(), &WorkbenchSelection::currentSourceChanged, this, &SourcesPane::followCurrentSource);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SourcesPane::followCurrentSource);
    followCurrentSource();
}

QModelIndex SourcesPane::indexOf(SourceId source) const
{
    const int row = m_model->rowOf(source);
    return row < 0 ? QModelIndex() : m_sorted->mapFromSource(m_model->index(row, SourceListModel::NameColumn));
}

void SourcesPane::pick(const QModelIndex& index)
{
    if (index.isValid()) {
        m_document.selection().setCurrentSource(SourceId(index.data(SourceListModel::SourceIdRole).toLongLong()));
    }
}

void SourcesPane::followCurrentSource()
{
    const QModelIndex index = indexOf(m_document.selection().currentSource());
    if (index.isValid() && index != currentIndex()) {
        selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

} // namespace corrob::ui
