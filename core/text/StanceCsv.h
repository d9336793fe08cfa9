// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/text/Stance.h"

#include <QHash>
#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace corrob::text {

// One row of an FNC-1 stances file: a headline and the body it is paired with.
struct StancePair
{
    QString headline;
    QString bodyId;
    int line = 0;                 // where the row starts in the pairs file (1-based)
    std::optional<Stance> stance; // the "Stance" column, when asked for
};

// FNC-1 input: the pairs in file order and the bodies by their Body ID.
struct StanceInput
{
    std::vector<StancePair> pairs;
    QHash<QString, QString> bodies;
};

// Reads FNC-1 CSV (csv::readTable): pairs with the columns "Headline" and "Body ID" (and "Stance" when withLabels;
// other columns are ignored), bodies with "Body ID" and "articleBody". Errors say what and where: malformed CSV
// (the line), a missing column (the file), a Body ID that two bodies share or that no body has (the line), an
// unknown stance label (the line). Pure.
Result<StanceInput> readStanceInput(QStringView pairsCsv, const QString& pairsWhere, QStringView bodiesCsv,
                                    const QString& bodiesWhere, bool withLabels);

} // namespace corrob::text
