// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Anchor.h"

namespace corrob::model {

bool splitsPair(const QString& text, qsizetype index)
{
    return index > 0 && index < text.size() && text.at(index - 1).isHighSurrogate() && text.at(index).isLowSurrogate();
}

namespace {

QString excerpt(const QString& quote)
{
    constexpr qsizetype kShown = 60;
    return quote.size() <= kShown ? quote : quote.left(kShown) + QChar(0x2026);
}

} // namespace

Result<Anchor> anchorAt(const QString& text, qsizetype start, qsizetype end, const QString& where)
{
    if (start < 0 || end > text.size() || start >= end) {
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("the span %1\u2013%2 is not a non-empty range inside the text (0\u2013%3)")
                         .arg(start)
                         .arg(end)
                         .arg(text.size()),
                     where};
    }
    if (splitsPair(text, start) || splitsPair(text, end)) {
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("the span %1\u2013%2 cuts a character in half").arg(start).arg(end), where};
    }
    Anchor a;
    a.start = start;
    a.end = end;
    a.quote = text.mid(start, end - start);
    qsizetype prefixStart = std::max<qsizetype>(0, start - Anchor::kAnchorContext);
    if (splitsPair(text, prefixStart)) {
        ++prefixStart;
    }
    qsizetype suffixEnd = std::min(text.size(), end + Anchor::kAnchorContext);
    if (splitsPair(text, suffixEnd)) {
        --suffixEnd;
    }
    a.prefix = text.mid(prefixStart, start - prefixStart);
    a.suffix = text.mid(end, suffixEnd - end);
    return a;
}

Result<Anchor> anchorOfQuote(const QString& text, const QString& quote, int occurrence, const QString& where)
{
    if (quote.isEmpty()) {
        return Error{ErrorCode::InvalidArgument, QStringLiteral("the quote is empty"), where};
    }
    if (occurrence < 1) {
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("the occurrence must be 1 or more (got %1)").arg(occurrence), where};
    }
    int found = 0;
    qsizetype at = text.indexOf(quote);
    while (at >= 0) {
        if (++found == occurrence) {
            return anchorAt(text, at, at + quote.size(), where);
        }
        at = text.indexOf(quote, at + 1);
    }
    if (found == 0) {
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("the quote \u201c%1\u201d is not in the report's text").arg(excerpt(quote)), where};
    }
    return Error{ErrorCode::InvalidArgument,
                 QStringLiteral("the quote \u201c%1\u201d occurs %2 time(s), so there is no occurrence %3")
                     .arg(excerpt(quote))
                     .arg(found)
                     .arg(occurrence),
                 where};
}

} // namespace corrob::model
