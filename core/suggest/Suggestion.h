// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"
#include "core/model/Link.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace corrob::suggest {

// One passage proposed for a claim: a sentence of another report, or an existing claim of another report (claim
// set). Offsets are UTF-16 code units of that report's working text (TextView::All, the anchors' units).
struct Candidate
{
    ReportId report;
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;                 // the passage as written
    std::optional<ClaimId> claim; // set when the passage is an existing claim
    double score = 0;             // 0..1: how likely it states the same thing or its opposite; higher first
    model::LinkType relation = model::LinkType::Corroborates; // the guessed link type (from the claim to it)
    QStringList reasons; // why, in words, translated ("shares Amnesty International, Bucha", ...)
    QString passageHash; // SHA-256 of text: identifies the passage for dismissals when offsets move

    bool operator==(const Candidate&) const = default;
};

// One claim's best unlinked candidates.
struct ReviewItem
{
    ClaimId claim;
    std::vector<Candidate> candidates; // best first
};

// Every claim's best unlinked candidates: the review queue ("23 claims have likely corroborations you have not
// linked"). Items are ordered by their best candidate's score, best first; claims without a candidate above the
// queue's threshold are left out.
struct ReviewQueue
{
    std::vector<ReviewItem> items;
    bool cancelled = false; // the progress callback stopped it: items holds the claims done so far
};

// Called during long work with what is done and the total; returns false to cancel. May be called on a worker
// thread (whatever thread runs the work).
using Progress = std::function<bool(int done, int total)>;

// The stance of a passage towards a claim (FNC-1 classes), from whatever judge is plugged in (the stance model).
struct Stance
{
    double agree = 0;
    double disagree = 0;
    double discuss = 0;
    double unrelated = 1;
};
// Judges how a passage (body) stands towards a claim (headline). Must be safe to call from the thread that
// queries the index. Optional: without one the relation guess rests on the other evidence.
using StanceJudge = std::function<std::optional<Stance>(const QString& claim, const QString& passage)>;

} // namespace corrob::suggest
