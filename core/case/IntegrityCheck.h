// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"
#include "core/common/Result.h"

#include <QString>

#include <vector>

namespace corrob::casefile {

class Case;

// One thing verify found wrong.
struct IntegrityProblem
{
    enum class Kind
    {
        Original, // an original's bytes no longer match the SHA-256 recorded for them
        Text,     // a working text no longer matches the SHA-256 recorded at import
        Audit,    // the audit chain is broken, or disagrees with the reports
        File,     // SQLite's structural check found damage
        Index,    // the search index disagrees with the case (corroborate-cli reindex rebuilds it)
    };
    Kind kind = Kind::Original;
    ReportId report;     // the report concerned, if any
    qint64 auditSeq = 0; // the audit entry concerned, if any
    QString detail;      // a sentence naming the report or entry

    static QString kindName(Kind k);
};

struct IntegrityReport
{
    qint64 reportsChecked = 0;
    qint64 auditEntries = 0;
    // The last audit entry: write its hash down outside the case (a note, an e-mail) and a later verify can
    // prove nothing was cut off the end of the log.
    qint64 auditHeadSeq = 0;
    QString auditHeadHash;
    std::vector<IntegrityProblem> problems;
    [[nodiscard]] bool ok() const { return problems.empty(); }
};

// Runs SQLite's structural check, recomputes every original's SHA-256 and the whole audit chain, and checks each
// report against the audit entry that recorded its import (so changing an original and its stored hash together
// is still found). Reads one original at a time. Fails only when the case cannot be read at all.
// Not detectable from inside the file: entries cut off the end of the log, or a log rewritten from scratch
// with recomputed hashes; comparing auditHeadHash with a copy kept elsewhere finds both.
Result<IntegrityReport> verifyCase(Case& target);

} // namespace corrob::casefile
