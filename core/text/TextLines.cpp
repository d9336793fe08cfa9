// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/TextLines.h"

namespace corrob::text {

std::vector<TextLine> splitLines(const QString& text)
{
    std::vector<TextLine> lines;
    qsizetype pos = 0;
    const qsizetype n = text.size();
    while (pos <= n) {
        qsizetype end = text.indexOf(u'\n', pos);
        if (end < 0) {
            end = n;
        }
        lines.push_back({pos, end});
        pos = end + 1;
    }
    return lines;
}

} // namespace corrob::text
