// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"

#include <QList>
#include <QString>

namespace corrob::model {

// A half-open range [start, end) of a report's working text, in UTF-16 code units (QString indices).
struct TextRange
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString reason; // why it is excluded ("navigation", "newsletter prompt", ...)

    [[nodiscard]] qsizetype length() const { return end - start; }
    bool operator==(const TextRange&) const = default;
};

// An excluded range as stored in a case: its id, the range, and whether the import or the investigator made it.
struct ExcludedRange
{
    ExcludedRangeId id;
    TextRange range;
    QString origin; // "import" or "user"

    bool operator==(const ExcludedRange&) const = default;
};

// The working text with the excluded ranges removed (ranges may overlap and come in any order; out-of-range
// parts are ignored). What a reader sees when furniture is hidden.
QString textWithout(const QString& text, QList<TextRange> excluded);

} // namespace corrob::model
