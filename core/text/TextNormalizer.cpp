// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/TextNormalizer.h"

#include <algorithm>

namespace corrob::text {

namespace {

bool needsCleaning(char16_t u)
{
    return u == u'\r' || (u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7F && u < 0xA0) || u == 0xFEFF;
}

} // namespace

QString normalizeWorkingText(const QString& decoded)
{
    // Most texts need no cleaning: then the result shares the decoded text's buffer instead of copying it (a
    // 100 MB file must not be held three times), and normalized() only copies when composition changes something.
    const char16_t* data = reinterpret_cast<const char16_t*>(decoded.constData());
    if (std::none_of(data, data + decoded.size(), needsCleaning)) {
        return decoded.normalized(QString::NormalizationForm_C);
    }
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

QString foldTypesetting(const QString& text)
{
    const auto isLigature = [](QChar c) {
        return c.unicode() >= 0xFB00 && c.unicode() <= 0xFB06;
    };
    const auto isTypesetting = [&](QChar c) {
        return isLigature(c) || c.unicode() == 0x00AD;
    };
    if (std::none_of(text.begin(), text.end(), isTypesetting)) {
        return text;
    }
    QString out;
    out.reserve(text.size() + 16);
    for (QChar c : text) {
        if (isLigature(c)) {
            out += QString(c).normalized(QString::NormalizationForm_KC);
        } else if (c.unicode() != 0x00AD) { // a soft hyphen: where a line may break, never shown inside one
            out += c;
        }
    }
    return out;
}

} // namespace corrob::text
