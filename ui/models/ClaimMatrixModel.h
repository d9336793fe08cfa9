// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/AnalysisTypes.h"
#include "core/common/Ids.h"
#include "ui/models/ClaimRowModel.h"

#include <QColor>
#include <QHash>
#include <QPalette>

#include <utility>

namespace corrob::ui {

class CaseDocument;

// The claim matrix: one row per claim, one column per origin (the sources claims ultimately come from, in order
// of first appearance when the case opens; an origin that appears with an edit gets a new column at the end, one
// no claim comes from any more loses its column). A cell says whether that origin backs the claim (its
// corroborating set has it: "●") or disputes it (a contradicting claim comes from it: "✕"). Rows backed by a
// single origin are flagged: they rest on one voice. Rows follow the document row by row (ClaimRowModel).
class ClaimMatrixModel : public ClaimRowModel
{
    Q_OBJECT
public:
    enum Role
    {
        ClaimIdRole = Qt::UserRole + 1, // qint64
        CellRole,                       // int: 0 nothing, 1 backs, -1 disputes
    };

    explicit ClaimMatrixModel(const CaseDocument& document, QObject* parent = nullptr);

    // The palette the view paints on: the marks and the "rests on one voice" rows are coloured to stay readable on
    // its base (light or dark theme). Until set, the application's palette.
    void setPalette(const QPalette& palette);
    // The colour of a row that rests on one voice, as this model paints it.
    [[nodiscard]] QColor oneVoiceColour() const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void resetState() override;
    void rowsAboutToSync(const QList<ClaimId>& claims) override;
    void rowsSynced() override;

private:
    using OriginKey = std::pair<qint64, qint64>; // (source id, report id): what makes an origin one origin
    static OriginKey keyOf(const analysis::Origin& origin) { return {origin.source.value, origin.report.value}; }
    // The origins of the case's claims in order of first appearance; counts every claim's origin afresh.
    [[nodiscard]] QList<analysis::Origin> currentOrigins();
    // After a few claims changed: their origins counted again; the origins no claim had before, in the document's
    // order. O(claims named), so an edit in a large case does not walk every claim.
    [[nodiscard]] QList<analysis::Origin> recountOrigins(const QList<ClaimId>& claims);

    QList<analysis::Origin> m_origins;
    QHash<ClaimId, OriginKey> m_originOf;   // each claim's origin as counted
    QHash<OriginKey, int> m_claimsOfOrigin; // how many claims come from each origin
    QList<ClaimId> m_syncing;               // the claims named by the sync under way
    QPalette m_palette;
};

} // namespace corrob::ui
