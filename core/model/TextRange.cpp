// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/TextRange.h"

#include <algorithm>

namespace corrob::model {

QString textWithout(const QString& text, QList<TextRange> excluded)
{
    std::sort(excluded.begin(), excluded.end(),
              [](const TextRange& a, const TextRange& b) { return a.start < b.start; });
    QString out;
    out.reserve(text.size());
    qsizetype pos = 0;
    for (const TextRange& r : excluded) {
        const qsizetype start = std::clamp<qsizetype>(r.start, 0, text.size());
        const qsizetype end = std::clamp<qsizetype>(r.end, 0, text.size());
        if (start > pos) {
            out.append(QStringView(text).mid(pos, start - pos));
        }
        pos = std::max(pos, end);
    }
    if (pos < text.size()) {
        out.append(QStringView(text).mid(pos));
    }
    return out;
}

} // namespace corrob::model
