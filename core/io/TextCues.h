// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <string_view>

namespace corrob::io::cues {

// Recognisers for single lines of captured page text (each takes the line with surrounding whitespace removed).
// They return an empty string when the line is not the cue. Outlet names come back in their usual spelling
// ("FOX NEWS" -> "Fox News", "Al Jazeera Media Network" -> "Al Jazeera"). Pure, thread-safe.

struct Copyright
{
    QString holder; // canonical outlet name, may be empty ("© 2022" alone)
    int year = 0;   // the latest year the notice names, 0 when none
};
// "© 2022 Al Jazeera Media Network", "Copyright 2021-2022 Fox News Network, LLC. All rights reserved."
bool isCopyrightNotice(QStringView line);
Copyright copyright(QStringView line);

// "CLICK HERE TO GET THE FOX NEWS APP" -> "Fox News"
QString appPromptOutlet(QStringView line);
// "Common Dreams Logo" -> "Common Dreams"
QString logoName(QStringView line);
// "Follow Genocide Watch for more updates:" -> "Genocide Watch"
QString followName(QStringView line);
// "Republished by Genocide Watch", "This article was republished by X" -> "X"
QString republishedBy(QStringView line);
// "Originally published by Al Jazeera", "This article first appeared on X", "Source: X" -> "X"
QString originallyPublishedBy(QStringView line);
// "Translation by Lara Lema", "Translated by ..." -> "Lara Lema"
QString translationCredit(QStringView line);
// "By Jessica Corbett", "Jessica Corbett, staff writer", "By Jessica Corbett | Common Dreams" -> "Jessica Corbett"
QString byline(QStringView line);
// A line that is only a person's name: 2 to 4 capitalised words ("Jessica Corbett").
bool looksLikePersonName(QStringView line);
// A photo caption or credit: "(Photo: Pierre Crom/Getty Images)", "[File: Ricardo Moraes/Reuters]".
bool isPhotoCaption(QStringView line);

// Whether a caseless pattern anchored at the start whose first letter is one of `lowers` (ASCII, lower case) may
// match line: a cheap test before the pattern, which most lines fail. A line beginning with anything but ASCII is let
// through (caseless matching has other forms of some ASCII letters: U+212A for k, U+017F for s).
bool mayStartWith(QStringView line, std::u16string_view lowers);

// The usual spelling of an outlet's name: known outlets by case-insensitive match or prefix, otherwise raw with an
// all-capitals spelling turned into title case.
QString canonicalOutlet(const QString& raw);

} // namespace corrob::io::cues
