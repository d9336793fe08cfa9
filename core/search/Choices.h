// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <vector>

namespace corrob::search {

// Every choice of one item from each list (a spelling for each word of a phrase or NEAR group), the first items
// first: the first choice is every list's first item (the words as typed), and the last list varies fastest. Past
// max choices, the list with the most items loses its last ones until the choices fit, so that every word keeps
// some of its spellings. Empty when a list is empty or max < 1.
std::vector<QStringList> everyChoice(std::vector<QStringList> lists, qsizetype max);

} // namespace corrob::search
