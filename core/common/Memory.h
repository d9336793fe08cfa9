// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace corrob {

// Gives the memory the allocator holds free back to the system (glibc: malloc_trim; elsewhere nothing). After work
// that freed tens of MB in many small blocks on other threads (a large case's analysis), glibc keeps them in those
// threads' arenas, resident, between blocks still in use; this returns every free page. Takes a few to 20 ms at
// 300 MB and locks each arena in turn while it walks it: call it off the UI thread, after large work only.
void releaseFreedMemory();

// The allocator's settings for the workbench, set once at the start of main(), before any thread starts.
// glibc: at most kArenas arenas (its default is 8 per core). Each thread that allocates gets an arena of its own; the
// blocks a large case's analysis worker allocates and frees there stay resident between the few it keeps (its
// result), where the UI thread's next allocations could not reuse them: 40-60 MB held free after opening a case of
// 20,000 reports and 50,000 claims. Two arenas on two cores share them: 286 MB resident instead of 305.
inline constexpr int kArenas = 2;
void configureAllocator();

} // namespace corrob
