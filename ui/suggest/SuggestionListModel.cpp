// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/suggest/SuggestionListModel.h"

#include "ui/document/CaseDocument.h"
#include "ui/document/LinkColours.h"
#include "ui/document/VocabularyText.h"

#include <QLocale>

namespace corrob::ui {

SuggestionListModel::SuggestionListModel(const CaseDocument& document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document)
{
}

void SuggestionListModel::setCandidates(ClaimId claim, std::vector<suggest::Candidate> candidates)
{
    beginResetModel();
    m_claim = claim;
    m_candidates = std::move(candidates);
    endResetModel();
}

const suggest::Candidate* SuggestionListModel::candidate(int row) const
{
    return row >= 0 && row < int(m_candidates.size()) ? &m_candidates[size_t(row)] : nullptr;
}

bool SuggestionListModel::takeRow(int row)
{
    if (!candidate(row)) {
        return false;
    }
    beginRemoveRows({}, row, row);
    m_candidates.erase(m_candidates.begin() + row);
    endRemoveRows();
    return true;
}

int SuggestionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

int SuggestionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SuggestionListModel::data(const QModelIndex& index, int role) const
{
    const suggest::Candidate* c = index.isValid() ? candidate(index.row()) : nullptr;
    if (!c) {
        return {};
    }
    const model::ReportSummary* report = m_document.reportSummary(c->report);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Relation:
            return linkTypeText(c->relation);
        case Score:
            return QString(QLocale().toString(qRound(c->score * 100)) + u'%');
        case Report:
            if (!report) {
                return tr("Report #%1").arg(c->report.value);
            }
            return report->metadata.outlet.isEmpty() ? tr("Report #%1").arg(c->report.value) : report->metadata.outlet;
        case Passage:
            return c->text.simplified();
        case Reasons:
            return c->reasons.join(QStringLiteral("; "));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Report:
            return report ? report->metadata.title : QVariant();
        case Passage:
        case Reasons:
            return QStringLiteral("<p>%1</p><p><i>%2</i></p>")
                .arg(c->text.simplified().toHtmlEscaped(), c->reasons.join(QStringLiteral("; ")).toHtmlEscaped());
        default:
            return c->claim ? tr("Already a claim in that report") : tr("A sentence not marked as a claim yet");
        }
    case Qt::DecorationRole:
        return index.column() == Relation ? QVariant(linkTypeColour(c->relation)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Score ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::UserRole:
        return c->score; // for sorting
    default:
        return {};
    }
}

QVariant SuggestionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Relation:
        return tr("Relation");
    case Score:
        return tr("Score");
    case Report:
        return tr("Report");
    case Passage:
        return tr("Passage");
    case Reasons:
        return tr("Reasons");
    default:
        return {};
    }
}

} // namespace corrob::ui
