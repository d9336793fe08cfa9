// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/search (parseQuery): the filters of a parsed query, taken out of its tree where the whole query must
// meet them.
#pragma once

#include "core/search/Query.h"

namespace corrob::search {

// Takes the filters that the whole query must meet out of q.root into q.filters (the root, an operand of the root's
// AND, and what a NOT there leaves out when it holds filters alone); those that only some words go with stay in the
// tree. Filters of one field ORed, or ANDed side by side, become one filter of any of their values first, at every
// level. A root of excluded words alone finds nothing (onlyExclusions) unless filters select something for them to be
// taken from (-Putin outlet:TASS): the root is then a NOT.
void liftFilters(Query& q);

} // namespace corrob::search
