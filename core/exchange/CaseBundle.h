// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QString>

namespace corrob::casefile {
class Case;
}

namespace corrob::exchange {

// A case bundle is a zip holding
//   case.corrob          a consistent copy of the case, made by SQLite (VACUUM INTO), never by reading its files
//   originals/ID-NAME    every report's original exactly as collected (deleted reports' too, while kept)
//   MANIFEST.sha256      "HEX  PATH" per line for every other entry, as sha256sum writes and `sha256sum -c` reads
struct BundleSummary
{
    int originals = 0;
    qint64 caseBytes = 0;
};

// Writes the bundle of an open case to path (replacing it; written to path.part first). The case is read through
// its own connection on the calling thread.
Result<BundleSummary> exportCaseBundle(casefile::Case& source, const QString& path);

struct BundleLimits
{
    qint64 maxEntryBytes = qint64(4) * 1024 * 1024 * 1024; // anything larger is refused as absurd
    int maxEntries = 100000;
};

// Unpacks a bundle into a new case file at casePath (refused when it exists). Entries are unpacked into a
// hidden folder beside casePath and checked before the case takes its place: every name must be a safe relative
// path (no zip-slip: nothing can land outside the target folder), no entry may be a link, larger than the limit
// or outside the bundle's layout, every entry must be in the manifest with the same SHA-256 and every manifest
// line must have its entry, each original's hash must be one the case recorded, and the case must pass verify
// (originals, audit chain). On any refusal nothing is left behind: no case, no staging folder.
Result<BundleSummary> importCaseBundle(const QString& bundlePath, const QString& casePath,
                                       const BundleLimits& limits = {});

} // namespace corrob::exchange
