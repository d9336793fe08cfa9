// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/Fold.h"

#include <algorithm>

namespace corrob::text {
namespace {

// What QChar::isSpace says of a code unit below 128.
bool isAsciiSpace(char16_t c)
{
    return c == u' ' || (c >= u'\t' && c <= u'\r');
}

// The same key for a text of ASCII only, where decomposing finds nothing to remove and case folding is lowering:
// no normalised copy, no character table (the Claims filter folds five texts of each of 50,000 claims as a case opens).
QString foldAscii(const QString& name)
{
    QString out;
    out.reserve(name.size());
    bool pendingSpace = false;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (isAsciiSpace(u)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(u' ');
            pendingSpace = false;
        }
        out.append(QChar(u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u));
    }
    return out;
}

} // namespace

QString foldKey(const QString& name)
{
    if (std::all_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() < 0x80; })) {
        return foldAscii(name);
    }
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        }
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(u' ');
            pendingSpace = false;
        }
        out.append(c);
    }
    return out.toCaseFolded();
}

} // namespace corrob::text
