// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the edit tests share: a case holding the five seed articles, a full snapshot of what an investigator can
// see (claims, links, sources, tags, notes, with ids and timestamps), and the redo -> undo -> redo check.
#pragma once

#include "core/case/Case.h"
#include "core/case/edits/Edit.h"

#include <QTemporaryDir>

#include <memory>

namespace corrob::test {

// Report ids of the seeds, in import (file name) order.
inline constexpr ReportId kSeed000{1}; // CBC: Amnesty, Callamard, Borodyanka "up to 40"
inline constexpr ReportId kSeed001{2}; // Pavlyuk: "at least 1,235 civilian bodies"
inline constexpr ReportId kSeed002{3};
inline constexpr ReportId kSeed003{4}; // has an emoji (a surrogate pair) before its text
inline constexpr ReportId kSeed004{5}; // Al Jazeera, Kharkiv

class SeededCase
{
public:
    SeededCase();
    casefile::Case& get() { return *m_case; }
    casefile::Case* operator->() { return m_case.get(); }
    [[nodiscard]] QString path() const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<casefile::Case> m_case;
};

// Everything an investigator can see of claims, links, sources, tags and notes, as indented JSON text (so a
// failing comparison shows the difference).
QString snapshot(casefile::Case& c);
qint64 auditCount(casefile::Case& c);
// The number of rows of each table the edits write, as "claims=3 links=1 ...".
QString rowCounts(casefile::Case& c);

// The search index equals what a rebuild would make of the case (what verify checks); `after` names the change.
void expectIndexInStep(casefile::Case& c, const QString& after);

// Applies edit (which must succeed), then checks undo restores the state before it and redo the state after it,
// with the same ids, and the search index in step after each; three audit entries are appended. Leaves the edit
// applied.
void expectRoundTrip(casefile::Case& c, casefile::Edit& edit);

// Applies an edit that must fail and checks that nothing changed (no row, no audit entry). Returns the error.
Error expectRefused(casefile::Case& c, casefile::Edit& edit);

// Marks a claim on a quote of a report (occurrence 1) and returns its id.
ClaimId addClaim(casefile::Case& c, ReportId report, const QString& quote, const QString& source = {});

} // namespace corrob::test
