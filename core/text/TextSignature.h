// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <utility>
#include <vector>

namespace corrob::text {

// A compact fingerprint of a text for finding near-duplicates without comparing texts pairwise
// (docs/decisions/0007-text-import-inference.md):
// - textKey: SHA-256 (hex) of the text's words, case-folded, each followed by one space (hashed as UTF-16 code
//   units): two texts that differ only in line endings, spacing, punctuation or case have the same key;
// - minhash: a one-permutation MinHash of the set of 5-word shingles (64 bins, 8 bytes each): the share of equal
//   bins estimates the Jaccard similarity of two shingle sets;
// - band(b): 16 bands of 4 bins, hashed, for locality-sensitive lookup: texts with Jaccard >= 0.8 share at least
//   one band with probability > 0.999, while unrelated texts almost never do.
// Stored signatures are derived data: changing how they are computed needs a migration that recomputes them.
struct TextSignature
{
    static constexpr int kBins = 64;
    static constexpr int kBands = 16;
    static constexpr int kRowsPerBand = kBins / kBands;
    static constexpr int kShingleWords = 5;

    QString textKey;
    std::array<quint64, kBins> minhash{};
    qint64 words = 0;

    [[nodiscard]] qint64 band(int b) const;
    [[nodiscard]] QByteArray minhashBlob() const;
    // Reads a blob written by minhashBlob(); nullopt when it has the wrong size.
    static std::optional<std::array<quint64, kBins>> minhashFromBlob(const QByteArray& blob);
};

// Half-open [first, second) UTF-16 ranges of a text to leave out.
using SkipRanges = std::vector<std::pair<qsizetype, qsizetype>>;

// The signature of text with the skipped ranges (page furniture) left out, so the same article captured from two
// sites with different furniture still matches. One pass, no copy of the text. Pure, thread-safe.
TextSignature computeSignature(const QString& text, SkipRanges skip = {});

// The estimated Jaccard similarity (0..1) of the 5-word shingle sets of two signatures.
double estimatedJaccard(const std::array<quint64, TextSignature::kBins>& a,
                        const std::array<quint64, TextSignature::kBins>& b);

} // namespace corrob::text
