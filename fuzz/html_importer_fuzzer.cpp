// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes through HtmlImporter (charset sniffing, nesting guard, gumbo, metadata,
// extraction). The importer must return a report or an Error, never crash, hang or leak.
// The checks are fuzz/checks/FuzzChecks.cpp, shared with the regression test that replays tests/data/fuzz/.
#include "fuzz/FuzzEntry.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    return corrob::fuzz::runCheck(&corrob::fuzz::checkHtmlImporter, data, size);
}
