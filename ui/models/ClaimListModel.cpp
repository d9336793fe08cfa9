// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/ClaimListModel.h"

#include "ui/document/CaseDocument.h"
#include "ui/document/ClaimText.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QStyle>

namespace corrob::ui {
namespace {

QString orphanedText()
{
    return QCoreApplication::translate("ClaimListModel", "Orphaned: could not be placed in the new version");
}

QIcon orphanedIcon()
{
    return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
}

} // namespace

ClaimListModel::ClaimListModel(const CaseDocument& document, QObject* parent) : ClaimRowModel(document, parent)
{
    reset();
}

int ClaimListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ClaimListModel::tagsText(const model::Claim& claim) const
{
    QStringList names;
    for (TagId tag : claim.tags) {
        names << document().tagPath(tag);
    }
    return names.join(QStringLiteral(", "));
}

void ClaimListModel::rowsAboutToSync(const QList<ClaimId>& claims)
{
    for (ClaimId claim : claims) {
        m_searchText.remove(claim);
    }
}

QString ClaimListModel::searchText(const QModelIndex& index) const
{
    const ClaimId claim = claimAt(index.row());
    if (const auto known = m_searchText.constFind(claim); known != m_searchText.cend()) {
        return *known;
    }
    QString text;
    for (int column = 0; column < ColumnCount; ++column) {
        text += data(this->index(index.row(), column)).toString() + u'\n';
    }
    text = text.toCaseFolded();
    m_searchText.insert(claim, text);
    return text;
}

QString ClaimListModel::reportText(ReportId report) const
{
    // Titles of one case often begin alike ("Amnesty International: ..."): the report's number and its outlet
    // tell the rows apart. The number comes first so that eliding a long outlet in a narrow column keeps it.
    const model::ReportSummary* summary = document().reportSummary(report);
    const QString number = QStringLiteral("#%1").arg(report.value);
    if (!summary || summary->metadata.outlet.isEmpty()) {
        return tr("Report %1").arg(number);
    }
    return number + QStringLiteral(" · ") + summary->metadata.outlet;
}

QString ClaimListModel::reportToolTip(ReportId report) const
{
    const model::ReportSummary* summary = document().reportSummary(report);
    if (!summary) {
        return {};
    }
    QStringList lines{document().reportTitle(report)};
    if (!summary->metadata.outlet.isEmpty()) {
        lines << summary->metadata.outlet;
    }
    if (summary->metadata.published.isKnown()) {
        lines << summary->metadata.published.iso;
    }
    lines << tr("Report #%1").arg(report.value);
    return lines.join(u'\n');
}

QVariant ClaimListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const model::Claim* found = document().claim(claimAt(index.row()));
    if (!found) {
        return {};
    }
    const model::Claim& claim = *found;
    const analysis::ClaimAnalysis* analysed = document().analysis().find(claim.id);
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
    case OrphanedRole:
        return claim.orphaned;
    case SearchTextRole:
        return searchText(index);
    case Qt::ToolTipRole:
        if (index.column() == ReportColumn) {
            return reportToolTip(claim.report);
        }
        return claim.orphaned
                   ? QStringLiteral("<p><b>%1</b></p>").arg(orphanedText()) + claimToolTip(document(), claim.id)
                   : claimToolTip(document(), claim.id);
    case Qt::DecorationRole:
        if (index.column() != StatementColumn) {
            return {};
        }
        return claim.orphaned ? QVariant(orphanedIcon()) : QVariant(claimColour(document(), claim.id));
    case Qt::FontRole:
        if (claim.orphaned) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
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
            return claimSourceName(document(), claim.id);
        case ReportColumn:
            return reportText(claim.report);
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

} // namespace corrob::ui
