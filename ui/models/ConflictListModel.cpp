// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/ConflictListModel.h"

#include "ui/document/CaseDocument.h"
#include "ui/document/VocabularyText.h"

#include <algorithm>

namespace corrob::ui {

namespace {

bool sameConflict(const analysis::Conflict& x, const analysis::Conflict& y)
{
    return x.a == y.a && x.b == y.b && x.kind == y.kind && x.detail == y.detail;
}

} // namespace

ConflictListModel::ConflictListModel(const CaseDocument& document, QObject* parent)
    : QAbstractListModel(parent), m_document(document)
{
}

void ConflictListModel::setConflicts(const QList<analysis::Conflict>& conflicts)
{
    const qsizetype oldSize = m_conflicts.size();
    const qsizetype newSize = conflicts.size();
    if (oldSize == 0 || newSize == 0) {
        // To or from the single "no conflicts" row.
        beginResetModel();
        m_conflicts = conflicts;
        m_shownStatements.clear();
        endResetModel();
        return;
    }
    qsizetype prefix = 0;
    while (prefix < oldSize && prefix < newSize && sameConflict(m_conflicts[prefix], conflicts[prefix])) {
        ++prefix;
    }
    qsizetype suffix = 0;
    while (suffix < oldSize - prefix && suffix < newSize - prefix &&
           sameConflict(m_conflicts[oldSize - 1 - suffix], conflicts[newSize - 1 - suffix])) {
        ++suffix;
    }
    if (const qsizetype removed = oldSize - prefix - suffix; removed > 0) {
        beginRemoveRows({}, int(prefix), int(prefix + removed - 1));
        m_conflicts.remove(prefix, removed);
        endRemoveRows();
    }
    if (const qsizetype inserted = newSize - prefix - suffix; inserted > 0) {
        beginInsertRows({}, int(prefix), int(prefix + inserted - 1));
        m_conflicts.insert(prefix, inserted, analysis::Conflict{});
        std::copy(conflicts.cbegin() + prefix, conflicts.cbegin() + prefix + inserted, m_conflicts.begin() + prefix);
        endInsertRows();
    }
    // The rows kept may show statements that changed: those rows are announced, in runs, to be made again.
    for (qsizetype row = 0; row < m_conflicts.size();) {
        if (!showsChangedStatement(m_conflicts[row])) {
            ++row;
            continue;
        }
        qsizetype end = row + 1;
        while (end < m_conflicts.size() && showsChangedStatement(m_conflicts[end])) {
            ++end;
        }
        Q_EMIT dataChanged(index(int(row)), index(int(end - 1)));
        row = end;
    }
}

bool ConflictListModel::showsChangedStatement(const analysis::Conflict& conflict) const
{
    for (ClaimId id : {conflict.a, conflict.b}) {
        const auto shown = m_shownStatements.constFind(id);
        if (shown == m_shownStatements.cend()) {
            continue; // never shown: made from the current statement when it is
        }
        const model::Claim* claim = m_document.cache().claim(id);
        if (!claim || claim->statement != *shown) {
            return true;
        }
    }
    return false;
}

int ConflictListModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid()) {
        return 0;
    }
    return m_conflicts.isEmpty() ? 1 : int(m_conflicts.size());
}

Qt::ItemFlags ConflictListModel::flags(const QModelIndex& index) const
{
    return m_conflicts.isEmpty() ? Qt::NoItemFlags : QAbstractListModel::flags(index);
}

QVariant ConflictListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    if (m_conflicts.isEmpty()) {
        return role == Qt::DisplayRole ? QVariant(tr("No conflicts: no contradicting links, no disagreeing figures."))
                                       : QVariant();
    }
    const analysis::Conflict& conflict = m_conflicts[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(conflict);
    case ClaimIdRole:
        return conflict.a.value;
    default:
        return {};
    }
}

QString ConflictListModel::text(const analysis::Conflict& conflict) const
{
    const model::Claim* a = m_document.cache().claim(conflict.a);
    const model::Claim* b = m_document.cache().claim(conflict.b);
    m_shownStatements.insert(conflict.a, a ? a->statement : QString());
    m_shownStatements.insert(conflict.b, b ? b->statement : QString());
    return tr("%1 — “%2” vs “%3”\n%4")
        .arg(conflictKindText(conflict.kind), a ? a->statement.simplified() : QString(),
             b ? b->statement.simplified() : QString(), conflict.detail);
}

} // namespace corrob::ui
