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
// glibc: at most kArenas arenas (its default is 8 per core: hundreds on a large machine, each keeping what its
// threads freed). Each arena has a lock, and threads beyond the limit share arenas: with two, the UI thread and a
// large case's analysis worker shared one as the case opened and waited on each other's malloc (process CPU
// 830 ms; 700 with arenas of their own). Eight give each of the workbench's busy threads (the UI, the analysis worker
// and its figure thread, the pool that frees, search and suggestions) one of its own; after a large analysis
// releaseFreedMemory gives back what its arenas hold free. A 20,000-report case, bench_workbench, Release, 2 cores:
// with 2 arenas it was analysed 467-493 ms after opening, 255 MB resident after 6 opens; with 8, 359-373 ms and 237 MB.
inline constexpr int kArenas = 8;
void configureAllocator();

} // namespace corrob
