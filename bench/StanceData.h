// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the stance trainer (train_stance) and benchmark (bench_stance) share: the FNC-1 training data, its split by
// Body ID into a learnt part and a held-out part, and the competition's score.
#include "core/common/Result.h"
#include "core/text/StanceCsv.h"

#include <array>

namespace corrob::bench {

// ../shared/datasets/fnc1 beside the source tree, or $CORROB_FNC1_DIR.
QString fnc1Dir();

// train_stances.csv and train_bodies.csv of `dir`, with their labels.
Result<text::StanceInput> loadFnc1Training(const QString& dir);

// Whether a body belongs to the held-out part: a fixed hash of its Body ID (seed kSplitSeed) puts 20% of the bodies
// there, the same on every machine; a body's pairs are all on one side.
inline constexpr quint32 kSplitSeed = 20261205;
bool isHeldOut(const QString& bodyId);
// The hash isHeldOut uses (FNV-1a over the seed and the UTF-16 code units, then mixed).
quint32 bodyHash(const QString& bodyId);

// The FNC-1 score as the competition's scorer computes it: 0.25 for each pair whose related/unrelated decision is
// right, 0.75 more when a related pair's stance is exactly right; and the best possible score of the same pairs.
struct Confusion
{
    std::array<std::array<int, text::kStanceCount>, text::kStanceCount> counts{}; // [gold][predicted]
    double score = 0;
    double maxScore = 0;

    void add(text::Stance gold, text::Stance predicted);
    [[nodiscard]] double relativeScore() const { return maxScore > 0 ? score / maxScore : 0; }
    [[nodiscard]] double f1(text::Stance stance) const;
    [[nodiscard]] double macroF1() const;
};

} // namespace corrob::bench
