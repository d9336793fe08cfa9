// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/Figure.h"

#include <QList>
#include <QString>

namespace corrob::text {

// Finds the figures in text, left to right, not overlapping. Skips years ("in 2022", "© 2022"), dates
// ("February 24", "25 February", "2022-03-20", "20/03/2022"), times ("2:09"), ordinals ("24th"), codes and
// compounds ("7N12", "BMP-30", "9x39mm", "9N210/9N235", "15-member"), phone numbers ("+380 44 123 4567",
// "(202) 555-0147", "0800 123 456": any number written with a leading zero) and the lone word "one". Each figure
// names what it counts and, when its clause says so, the date it is as of ("by May 11"). Numbers are ASCII digits with
// optional thousands commas and decimals, or the words one..nineteen, twenty..ninety (with "-five"), hundred, thousand,
// million, billion, "a dozen", "a million". Never fails; reentrant; runs in time linear in the length of text.
QList<Figure> parseFigures(const QString& text);

} // namespace corrob::text
