// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any text as a search query: search::parseQuery's tree, then the query run on a small case.
// The checks are fuzz/checks/FuzzChecks.cpp, shared with the regression test that replays tests/data/fuzz/.
#include "fuzz/FuzzEntry.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    return corrob::fuzz::runCheck(&corrob::fuzz::checkSearchQuery, data, size);
}
