// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Memory.h"

#include <cstddef> // defines __GLIBC__ with glibc

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace corrob {

void releaseFreedMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

void configureAllocator()
{
#ifdef __GLIBC__
    mallopt(M_ARENA_MAX, kArenas);
#endif
}

} // namespace corrob
