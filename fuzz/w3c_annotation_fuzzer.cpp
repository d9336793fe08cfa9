// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: W3C Web Annotation JSON-LD through exchange::parseW3cAnnotations, planned against a small case
// and imported (the edit applied, undone, redone, undone).
// The checks are fuzz/checks/FuzzChecks.cpp, shared with the regression test that replays tests/data/fuzz/.
#include "fuzz/FuzzEntry.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    return corrob::fuzz::runCheck(&corrob::fuzz::checkW3cAnnotations, data, size);
}
