// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/ClaimMatrixModel.h"

#include "ui/document/CaseDocument.h"
#include "ui/document/LinkColours.h"
#include "ui/document/ReadableColours.h"

#include <QGuiApplication>
#include <QSet>

#include <algorithm>
#include <vector>

namespace corrob::ui {

namespace {

// A report that names nobody is its own origin: name it by its number, as the Claims table does, not by the raw
// "unknown origin (report 7)" of the analysis.
QString originName(const analysis::Origin& origin)
{
    return origin.isKnown() ? origin.name : ClaimMatrixModel::tr("Report #%1, unnamed source").arg(origin.report.value);
}

} // namespace

ClaimMatrixModel::ClaimMatrixModel(const CaseDocument& document, QObject* parent)
    : ClaimRowModel(document, parent), m_palette(QGuiApplication::palette())
{
    reset();
}

QList<analysis::Origin> ClaimMatrixModel::currentOrigins()
{
    QList<analysis::Origin> origins;
    m_originOf.clear();
    m_claimsOfOrigin.clear();
    // Sized at once: a large case's first analysis counts 50,000 claims here, on the UI thread, as it is applied.
    m_originOf.reserve(qsizetype(document().cache().claims().size()));
    for (const model::Claim& claim : document().cache().claims()) {
        if (const analysis::ClaimAnalysis* analysed = document().analysis().result().find(claim.id)) {
            const OriginKey key = keyOf(analysed->origin);
            m_originOf.insert(claim.id, key);
            if (m_claimsOfOrigin[key]++ == 0) {
                origins.append(analysed->origin);
            }
        }
    }
    return origins;
}

QList<analysis::Origin> ClaimMatrixModel::recountOrigins(const QList<ClaimId>& claims)
{
    std::vector<std::pair<int, analysis::Origin>> appeared; // (position in the document's order, origin)
    for (ClaimId id : claims) {
        if (const auto was = m_originOf.constFind(id); was != m_originOf.cend()) {
            if (--m_claimsOfOrigin[*was] == 0) {
                m_claimsOfOrigin.remove(*was);
            }
            m_originOf.erase(was);
        }
        const int position = document().cache().claimPosition(id);
        const analysis::ClaimAnalysis* analysed = position >= 0 ? document().analysis().result().find(id) : nullptr;
        if (analysed) {
            const OriginKey key = keyOf(analysed->origin);
            m_originOf.insert(id, key);
            if (m_claimsOfOrigin[key]++ == 0) {
                appeared.emplace_back(position, analysed->origin);
            }
        }
    }
    std::sort(appeared.begin(), appeared.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<analysis::Origin> origins;
    for (const auto& [position, origin] : appeared) {
        if (m_claimsOfOrigin.value(keyOf(origin)) > 0) {
            origins.append(origin);
        }
    }
    return origins;
}

void ClaimMatrixModel::setPalette(const QPalette& palette)
{
    m_palette = palette;
    if (rowCount() > 0 && columnCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::ForegroundRole});
    }
    if (rowCount() > 0) {
        Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    }
}

QColor ClaimMatrixModel::oneVoiceColour() const
{
    // Amber, the usual colour of a caution: dark enough on a light base, lightened towards the text on a dark one.
    return readableForeground(QColor(0xa0, 0x5a, 0x00), m_palette);
}

void ClaimMatrixModel::resetState()
{
    m_syncing.clear();
    m_origins = currentOrigins();
}

void ClaimMatrixModel::rowsAboutToSync(const QList<ClaimId>& claims)
{
    m_syncing = claims;
}

void ClaimMatrixModel::rowsSynced()
{
    // A few claims (an edit): only theirs are counted again. Many (a large case's first analysis): all of them.
    const bool few = m_syncing.size() * 8 < rowCount();
    const QList<analysis::Origin> now = few ? recountOrigins(m_syncing) : currentOrigins();
    m_syncing.clear();
    for (int column = int(m_origins.size()) - 1; column >= 0; --column) {
        if (!m_claimsOfOrigin.contains(keyOf(m_origins[column]))) {
            beginRemoveColumns({}, column, column);
            m_origins.removeAt(column);
            endRemoveColumns();
        }
    }
    QSet<OriginKey> shown;
    for (const analysis::Origin& origin : std::as_const(m_origins)) {
        shown.insert(keyOf(origin));
    }
    QList<analysis::Origin> added;
    for (const analysis::Origin& origin : now) {
        if (!shown.contains(keyOf(origin))) {
            added.append(origin);
        }
    }
    if (!added.isEmpty()) {
        // One insertion for all: when a large case's first analysis arrives, thousands of origins appear at once.
        beginInsertColumns({}, int(m_origins.size()), int(m_origins.size() + added.size()) - 1);
        m_origins.append(added);
        endInsertColumns();
    }
    if (rowCount() > 0) {
        // "Rests on one voice" in the row headers may have changed with the analysis.
        Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    }
}

int ClaimMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_origins.size());
}

QVariant ClaimMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ClaimId claim = claimAt(index.row());
    const analysis::ClaimAnalysis* analysed = document().analysis().result().find(claim);
    const analysis::Origin& origin = m_origins[index.column()];
    const int cell = !analysed                                         ? 0
                     : analysed->origins.contains(origin)              ? 1
                     : analysed->contradictingOrigins.contains(origin) ? -1
                                                                       : 0;
    switch (role) {
    case ClaimIdRole:
        return claim.value;
    case CellRole:
        return cell;
    case Qt::DisplayRole:
        return cell == 1 ? QStringLiteral("●") : cell == -1 ? QStringLiteral("✕") : QString();
    case Qt::TextAlignmentRole:
        return Qt::AlignCenter;
    case Qt::ForegroundRole:
        return cell == 0 ? QVariant()
                         : QVariant(readableForeground(
                               linkTypeColour(cell == 1 ? model::LinkType::Corroborates : model::LinkType::Contradicts),
                               m_palette));
    case Qt::ToolTipRole:
        return cell == 1    ? tr("%1 backs this claim").arg(originName(origin))
               : cell == -1 ? tr("%1 disputes this claim").arg(originName(origin))
                            : QVariant();
    default:
        return {};
    }
}

QVariant ClaimMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < m_origins.size()) {
        const QString name = originName(m_origins[section]);
        if (role == Qt::DisplayRole) {
            // Columns are narrow so that many origins fit; the tooltip has the whole name.
            return name.size() > 10 ? name.left(9) + QChar(0x2026) : name;
        }
        if (role == Qt::ToolTipRole) {
            return name;
        }
        return {};
    }
    if (orientation == Qt::Vertical && section >= 0 && section < rowCount()) {
        const ClaimId claim = claimAt(section);
        const model::Claim* found = claimOfRow(section);
        const analysis::ClaimAnalysis* analysed = document().analysis().result().find(claim);
        const bool oneVoice = analysed && analysed->independentSources <= 1;
        switch (role) {
        case Qt::DisplayRole: {
            const QString statement = found ? found->statement.simplified() : QString();
            return statement.size() > 30 ? statement.left(29) + QChar(0x2026) : statement;
        }
        case Qt::ToolTipRole:
            return oneVoice ? tr("Rests on one voice: %1").arg(found ? found->statement : QString())
                            : (found ? found->statement : QString());
        case Qt::ForegroundRole:
            return oneVoice ? QVariant(oneVoiceColour()) : QVariant();
        default:
            return {};
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace corrob::ui
