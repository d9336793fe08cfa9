// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <ostream>

class QAbstractItemModel;
class QAbstractItemView;

// Lets GoogleTest print QStrings (and lists of them) in failure messages.
inline void PrintTo(const QString& text, std::ostream* out)
{
    *out << '"' << text.toStdString() << '"';
}

namespace corrob::test {

// The title core's importer gives each seed article (its headline, not page furniture), in the order of
// seedFiles().
QStringList seedTitles();
// The longest line of a seed article's reading text (furniture hidden), simplified: body text.
QString seedLongestLine(const QString& seedFile);
// Column 0 of every row of model, top to bottom.
QStringList columnTexts(const QAbstractItemModel& model, int column = 0);
// Clicks row's first cell in view (which must show it), as a user would; twice: then double-clicks it.
void clickRow(QAbstractItemView& view, int row, bool twice = false);

} // namespace corrob::test
