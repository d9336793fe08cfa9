// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fuzz/checks/FuzzChecks.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace corrob::fuzz {

// The body of every LLVMFuzzerTestOneInput: runs the target's check and aborts (libFuzzer keeps the input as a
// crash artifact) with the broken promise on stderr.
inline int runCheck(Check check, const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString problem = check(bytes);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "broken promise: %s\n", problem.toLocal8Bit().constData());
        std::abort();
    }
    return 0;
}

} // namespace corrob::fuzz
