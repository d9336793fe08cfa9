// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace corrob::text {

// One line of a text: [start, end) in UTF-16 code units, without its '\n'.
struct TextLine
{
    qsizetype start = 0;
    qsizetype end = 0;

    // The line's characters with surrounding whitespace removed (a view into the text it was split from).
    [[nodiscard]] QStringView trimmed(const QString& text) const
    {
        return QStringView(text).mid(start, end - start).trimmed();
    }
    [[nodiscard]] bool isBlank(const QString& text) const { return trimmed(text).isEmpty(); }
};

// Splits text at '\n' (working texts have no CR). Every line is returned, blank ones too, in order.
std::vector<TextLine> splitLines(const QString& text);

} // namespace corrob::text
