// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QString>

namespace corrob::model {

// Where a claim sits in a report (W3C TextPositionSelector + TextQuoteSelector). start and end are a half-open
// range [start, end) in UTF-16 code units of the report's working text (QString indices, the whole text
// including excluded ranges). quote is the text of that range; prefix and suffix are up to kAnchorContext code
// units before and after it, so the claim can be found again if the text ever changes.
struct Anchor
{
    static constexpr qsizetype kAnchorContext = 32;

    qsizetype start = 0;
    qsizetype end = 0;
    QString quote;
    QString prefix;
    QString suffix;

    [[nodiscard]] qsizetype length() const { return end - start; }
    bool operator==(const Anchor&) const = default;
};

// The anchor of [start, end) in text. Fails (InvalidArgument, naming the offsets and the text length) when the
// range is empty, inverted, outside the text, or cuts a surrogate pair in half. where goes into the error
// context ("report 3").
Result<Anchor> anchorAt(const QString& text, qsizetype start, qsizetype end, const QString& where);

// True when index falls between the two halves of a surrogate pair (inside one character outside the BMP, an emoji):
// no span may start or end there.
bool splitsPair(const QString& text, qsizetype index);

// The anchor of the occurrence-th (1-based) exact occurrence of quote in text. Fails (InvalidArgument) when the
// quote is empty, not in the text, or occurs fewer than occurrence times.
Result<Anchor> anchorOfQuote(const QString& text, const QString& quote, int occurrence, const QString& where);

} // namespace corrob::model
