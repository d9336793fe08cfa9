// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/suggest/ReviewQueueModel.h"

#include "core/suggest/SuggestionIndex.h"
#include "ui/document/CaseDocument.h"
#include "ui/document/ClaimText.h"
#include "ui/document/LinkColours.h"
#include "ui/document/VocabularyText.h"

#include <QLocale>

namespace corrob::ui {

ReviewQueueModel::ReviewQueueModel(const CaseDocument& document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document)
{
}

void ReviewQueueModel::setQueue(std::vector<suggest::ReviewItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    std::erase_if(m_items, [](const suggest::ReviewItem& item) { return item.candidates.empty(); });
    endResetModel();
}

int ReviewQueueModel::rowOf(ClaimId claim) const
{
    for (size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i].claim == claim) {
            return int(i);
        }
    }
    return -1;
}

void ReviewQueueModel::updateItem(ClaimId claim, std::vector<suggest::Candidate> candidates)
{
    const int row = rowOf(claim);
    if (row < 0) {
        return; // not in the queue: it comes in with the next full computation
    }
    if (candidates.empty()) {
        beginRemoveRows({}, row, row);
        m_items.erase(m_items.begin() + row);
        endRemoveRows();
        return;
    }
    m_items[size_t(row)].candidates = std::move(candidates);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ReviewQueueModel::dropMissingClaims()
{
    for (int row = int(m_items.size()) - 1; row >= 0; --row) {
        if (!m_document.cache().claim(m_items[size_t(row)].claim)) {
            beginRemoveRows({}, row, row);
            m_items.erase(m_items.begin() + row);
            endRemoveRows();
        }
    }
}

ClaimId ReviewQueueModel::claimAt(int row) const
{
    return row >= 0 && row < int(m_items.size()) ? m_items[size_t(row)].claim : ClaimId();
}

int ReviewQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ReviewQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewQueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_items.size())) {
        return {};
    }
    const suggest::ReviewItem& item = m_items[size_t(index.row())];
    const model::Claim* claim = m_document.cache().claim(item.claim);
    const suggest::Candidate& best = item.candidates.front();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Claim:
            return claim ? claim->statement.simplified() : tr("Claim #%1").arg(item.claim.value);
        case Report:
            // As the Claims table labels it: a report without an outlet still has its number.
            return claim ? reportShortLabel(m_document, claim->report) : QString();
        case Best:
            return tr("%1 %2%").arg(linkTypeText(best.relation), QLocale().toString(qRound(best.score * 100)));
        case Count:
            return QLocale().toString(int(item.candidates.size()));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Best) {
            return QStringLiteral("<p>%1</p><p><i>%2</i></p>")
                .arg(best.text.simplified().toHtmlEscaped(), best.reasons.join(QStringLiteral("; ")).toHtmlEscaped());
        }
        return claim ? claim->statement : QVariant();
    case Qt::DecorationRole:
        return index.column() == Best ? QVariant(linkTypeColour(best.relation)) : QVariant();
    default:
        return {};
    }
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The tooltip repeats the title: the queue's narrow columns cut "Best Candidate" and "Candidates" short.
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Claim:
        return tr("Claim");
    case Report:
        return tr("Report");
    case Best:
        return tr("Best Candidate");
    case Count:
        // Not every candidate (the Suggestions list shows 12 where this said 3: a tester's find), only the likely.
        return role == Qt::ToolTipRole ? tr("Likely links: the candidates scoring at least %1 (at most %2 a claim); "
                                            "the claim's Suggestions list shows every candidate")
                                             .arg(suggest::SuggestionIndex::kQueueThreshold)
                                             .arg(kPerClaim)
                                       : tr("Likely");
    default:
        return {};
    }
}

} // namespace corrob::ui
