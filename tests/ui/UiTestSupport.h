// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <ostream>

class QAbstractItemModel;

// Lets GoogleTest print QStrings (and lists of them) in failure messages.
inline void PrintTo(const QString& text, std::ostream* out)
{
    *out << '"' << text.toStdString() << '"';
}

namespace corrob::test {

// What a reader takes for each seed article's title: its first non-empty line (whitespace simplified), in the
// order of seedFiles().
QStringList seedTitles();
// The longest line of a seed article, simplified: body text, never page furniture.
QString seedLongestLine(const QString& seedFile);
// Column 0 of every row of model, top to bottom.
QStringList columnTexts(const QAbstractItemModel& model, int column = 0);

} // namespace corrob::test
