// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes through MarkdownImporter (front matter, md4c, the renderer) and,
// as a hard-wrapped text, through PlainTextImporter (wrap detection, line joining, dehyphenation, metadata
// inference). Each importer must return a report or an Error, never crash, hang or leak.
// The checks are fuzz/checks/FuzzChecks.cpp, shared with the regression test that replays tests/data/fuzz/.
#include "fuzz/FuzzEntry.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    return corrob::fuzz::runCheck(&corrob::fuzz::checkMarkdownImporter, data, size);
}
