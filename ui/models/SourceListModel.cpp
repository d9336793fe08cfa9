// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/SourceListModel.h"

#include "core/model/Vocabulary.h"
#include "ui/document/CaseDocument.h"
#include "ui/document/VocabularyText.h"

#include <QSet>

namespace corrob::ui {

SourceListModel::SourceListModel(const CaseDocument& document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document)
{
    for (auto signal : {&CaseDocument::caseOpened, &CaseDocument::caseClosed}) {
        connect(&document, signal, this, &SourceListModel::reset);
    }
    // A full reread (after an edit of a source, which names no claims) keeps the rows that stay, too.
    connect(&document, &CaseDocument::cacheReloaded, this, [this] {
        countClaims();
        syncSources();
    });
    connect(&document, &CaseDocument::sourcesChanged, this, &SourceListModel::syncSources);
    connect(&document, &CaseDocument::claimRowsChanged, this, &SourceListModel::syncClaims);
    reset();
}

int SourceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SourceListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

SourceId SourceListModel::sourceAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[std::size_t(row)] : SourceId();
}

QVariant SourceListModel::data(const QModelIndex& index, int role) const
{
    const model::Source* source = m_document.cache().source(sourceAt(index.row()));
    if (!index.isValid() || !source) {
        return {};
    }
    const int claims = m_claimCount.value(source->id);
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return source->name;
        case AffiliationColumn: {
            const model::Source* affiliation = m_document.cache().source(source->affiliation);
            return affiliation ? affiliation->name : QString();
        }
        case GradeColumn:
            return source->reliability;
        case ClaimsColumn:
            return role == SortRole ? QVariant(claims) : QVariant(QString::number(claims));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == NameColumn ? QVariant(toolTip(source->id)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == ClaimsColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case SourceIdRole:
        return source->id.value;
    default:
        return {};
    }
}

QVariant SourceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Source");
    case AffiliationColumn:
        return tr("Speaks for");
    case GradeColumn:
        return tr("Grade");
    case ClaimsColumn:
        return tr("Claims");
    default:
        return {};
    }
}

QString SourceListModel::toolTip(SourceId id) const
{
    const model::Source* source = m_document.cache().source(id);
    QString tip = tr("%1 (%2)").arg(source->name, sourceKindText(source->kind));
    if (!source->aliases.isEmpty()) {
        tip += tr("\nAlso: %1").arg(source->aliases.join(QStringLiteral(", ")));
    }
    if (!source->rationale.isEmpty()) {
        tip += tr("\nGrade %1: %2").arg(source->reliability, source->rationale);
    }
    return tip;
}

void SourceListModel::reset()
{
    beginResetModel();
    m_rows.clear();
    for (const model::Source& source : m_document.cache().sources()) {
        m_rows.push_back(source.id);
    }
    indexRows();
    countClaims();
    endResetModel();
}

void SourceListModel::indexRows()
{
    m_rowOf.clear();
    for (int row = 0; row < int(m_rows.size()); ++row) {
        m_rowOf.insert(m_rows[std::size_t(row)], row);
    }
}

void SourceListModel::countClaims()
{
    m_claimCount.clear();
    m_sourceOfClaim.clear();
    for (const model::Claim& claim : m_document.cache().claims()) {
        m_sourceOfClaim.insert(claim.id, claim.source);
        if (claim.source.isValid()) {
            ++m_claimCount[claim.source];
        }
    }
}

void SourceListModel::syncSources()
{
    QSet<SourceId> present;
    for (const model::Source& source : m_document.cache().sources()) {
        present.insert(source.id);
    }
    // Rows of sources that went, from the bottom up so that the rows above keep their numbers.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!present.contains(m_rows[std::size_t(row)])) {
            beginRemoveRows({}, row, row);
            m_rows.erase(m_rows.begin() + row);
            endRemoveRows();
        }
    }
    indexRows();
    std::vector<SourceId> added;
    for (const model::Source& source : m_document.cache().sources()) {
        if (!m_rowOf.contains(source.id)) {
            added.push_back(source.id);
        }
    }
    if (!added.empty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.insert(m_rows.end(), added.begin(), added.end());
        indexRows();
        endInsertRows();
    }
    // Names, affiliations and grades may all have changed; a source's change can rename another's affiliation.
    if (!m_rows.empty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    }
}

void SourceListModel::syncClaims(const QList<ClaimId>& claims)
{
    QSet<SourceId> touched;
    for (const ClaimId id : claims) {
        const SourceId before = m_sourceOfClaim.value(id);
        const model::Claim* claim = m_document.cache().claim(id);
        const SourceId after = claim ? claim->source : SourceId();
        if (before == after) {
            continue;
        }
        if (before.isValid()) {
            --m_claimCount[before];
            touched.insert(before);
        }
        if (after.isValid()) {
            ++m_claimCount[after];
            touched.insert(after);
        }
        if (claim) {
            m_sourceOfClaim.insert(id, after);
        } else {
            m_sourceOfClaim.remove(id);
        }
    }
    for (const SourceId source : touched) {
        const int row = rowOf(source);
        if (row >= 0) {
            Q_EMIT dataChanged(index(row, ClaimsColumn), index(row, ClaimsColumn));
        }
    }
}

} // namespace corrob::ui
