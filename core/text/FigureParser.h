// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/Figure.h"

#include <QList>
#include <QString>

namespace corrob::text {

// Finds the figures in text, left to right, not overlapping. Skips years ("in 2022", "© 2022"), dates
// ("February 24", "25 February"), times ("2:09"), ordinals ("24th"), codes and compounds ("7N12", "BMP-30",
// "9x39mm", "15-member") and the lone word "one". Numbers are ASCII digits with optional thousands commas and
// decimals, or the words one..nineteen, twenty..ninety (with "-five"), hundred, thousand, million, billion,
// "a dozen", "a million". Never fails; reentrant; runs in time linear in the length of text.
QList<Figure> parseFigures(const QString& text);

} // namespace corrob::text
