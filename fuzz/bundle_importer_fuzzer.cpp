// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a case bundle (zip) through exchange::importCaseBundle: a case that opens and
// verifies, or an error that leaves nothing behind. The checks are fuzz/checks/FuzzChecks.cpp, shared with the
// regression test that replays tests/data/fuzz/.
#include "fuzz/FuzzEntry.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    return corrob::fuzz::runCheck(&corrob::fuzz::checkBundleImporter, data, size);
}
