// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace corrob::io {

// Month names of the languages investigators most often collect reports in: English (with its abbreviations),
// French, German, Spanish, Italian, Portuguese, Ukrainian and Russian (nominative and the genitive of dates,
// "2 квітня 2022"), with and without accents ("février", "fevrier").

// The month (1–12) a name stands for, whatever its case (an English abbreviation may end with a full stop);
// 0 for any other word.
[[nodiscard]] int monthFromName(QStringView name);

// A regular-expression alternation of every name, longest first so that "June" is not matched as "Jun", for use
// in a case-insensitive pattern with Unicode properties.
[[nodiscard]] const QString& monthNamePattern();

} // namespace corrob::io
