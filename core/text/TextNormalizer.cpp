// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/TextNormalizer.h"

namespace corrob::text {

QString normalizeWorkingText(const QString& decoded)
{
    QString out;
    out.reserve(decoded.size());
    const qsizetype n = decoded.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = decoded.at(i);
        const char16_t u = c.unicode();
        if (u == u'\r') {
            out.append(u'\n');
            if (i + 1 < n && decoded.at(i + 1) == u'\n') {
                ++i;
            }
            continue;
        }
        if (u == u'\n' || u == u'\t') {
            out.append(c);
            continue;
        }
        if (u < 0x20 || (u >= 0x7F && u < 0xA0) || u == 0xFEFF) {
            continue; // controls, DEL, C1 controls and stray BOMs carry no text
        }
        out.append(c);
    }
    return out.normalized(QString::NormalizationForm_C);
}

} // namespace corrob::text
