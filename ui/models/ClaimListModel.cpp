// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/ClaimListModel.h"

#include "ui/document/CaseDocument.h"
#include "ui/document/ClaimText.h"

namespace corrob::ui {

ClaimListModel::ClaimListModel(const CaseDocument& document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document)
{
    for (auto signal : {&CaseDocument::caseOpened, &CaseDocument::caseClosed, &CaseDocument::claimsChanged,
                        &CaseDocument::linksChanged, &CaseDocument::sourcesChanged, &CaseDocument::tagsChanged,
                        &CaseDocument::reportsChanged}) {
        connect(&document, signal, this, &ClaimListModel::reload);
    }
    reload();
}

void ClaimListModel::reload()
{
    beginResetModel();
    m_claims = m_document.claims();
    endResetModel();
}

int ClaimListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_claims.size());
}

int ClaimListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ClaimListModel::tagsText(const model::Claim& claim) const
{
    QStringList names;
    for (TagId tag : claim.tags) {
        names << m_document.tagPath(tag);
    }
    return names.join(QStringLiteral(", "));
}

QVariant ClaimListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const model::Claim& claim = m_claims[std::size_t(index.row())];
    const analysis::ClaimAnalysis* analysed = m_document.analysis().find(claim.id);
    switch (role) {
    case ClaimIdRole:
        return claim.id.value;
    case ReportIdRole:
        return claim.report.value;
    case SourceIdRole:
        return claim.source.value;
    case TagIdsRole: {
        QVariantList ids;
        for (TagId tag : claim.tags) {
            ids << tag.value;
        }
        return ids;
    }
    case Qt::ToolTipRole:
        return claimToolTip(m_document, claim.id);
    case Qt::DecorationRole:
        return index.column() == StatementColumn ? QVariant(claimColour(m_document, claim.id)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() >= GradeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole:
        if (index.column() == GradeColumn) {
            return claim.credibility == 0 ? 7 : claim.credibility;
        }
        if (index.column() == IndependentColumn) {
            return analysed ? analysed->independentSources : 0;
        }
        return data(index, Qt::DisplayRole).toString().toLower();
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatementColumn:
            return claim.statement.simplified();
        case SourceColumn:
            return claimSourceName(m_document, claim.id);
        case ReportColumn:
            return m_document.reportTitle(claim.report);
        case TagsColumn:
            return tagsText(claim);
        case GradeColumn:
            return claim.credibility == 0 ? QString() : QString::number(claim.credibility);
        case IndependentColumn:
            return analysed ? analysed->independentSources : 0;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ClaimListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == IndependentColumn) {
        return tr("Independent sources: distinct origins among the claim and the claims corroborating it");
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case StatementColumn:
        return tr("Statement");
    case SourceColumn:
        return tr("Source");
    case ReportColumn:
        return tr("Report");
    case TagsColumn:
        return tr("Tags");
    case GradeColumn:
        return tr("Grade");
    case IndependentColumn:
        return tr("Indep.");
    default:
        return {};
    }
}

ClaimId ClaimListModel::claimAt(int row) const
{
    return row >= 0 && row < int(m_claims.size()) ? m_claims[std::size_t(row)].id : ClaimId();
}

int ClaimListModel::rowOf(ClaimId claim) const
{
    for (std::size_t i = 0; i < m_claims.size(); ++i) {
        if (m_claims[i].id == claim) {
            return int(i);
        }
    }
    return -1;
}

} // namespace corrob::ui
