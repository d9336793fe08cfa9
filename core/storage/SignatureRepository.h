// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"
#include "core/common/Result.h"
#include "core/text/TextSignature.h"

#include <optional>

namespace corrob::storage {

class Database;

// A report whose text is nearly the same as another's.
struct NearDuplicate
{
    ReportId report;
    double similarity = 0; // estimated Jaccard similarity of 5-word shingles; 1 for the same normalised text
    bool sameText = false; // the same words in the same order (differences only in spacing, case, punctuation)
};

// Text signatures of reports (tables report_signatures and report_signature_bands, schema version 2), and the
// near-duplicate lookup over them. The lookup never reads report texts and never compares every pair: the same
// normalised text is found through an index on its key, similar texts through 16 indexed band lookups; only the
// few reports sharing a band are compared, on their 512-byte signatures. Writes run in the caller's transaction.
class SignatureRepository
{
public:
    explicit SignatureRepository(Database& db) : m_db(&db) {}

    Status store(ReportId report, const text::TextSignature& signature);

    // The earlier report most similar to a text with this signature, when the similarity reaches threshold.
    Result<std::optional<NearDuplicate>> findNearDuplicate(const text::TextSignature& signature,
                                                           double threshold) const;

    // The estimated similarity of a text with this signature to report's text (as findNearDuplicate estimates it),
    // and the report's word count; nullopt when the report has no signature or the text no words.
    struct Similarity
    {
        double similarity = 0;
        qint64 words = 0;
    };
    Result<std::optional<Similarity>> similarityTo(const text::TextSignature& signature, ReportId report) const;

    // Reports compared at most per lookup (the candidates sharing a band, lowest ids first).
    static constexpr int kMaxCandidates = 256;

private:
    Database* m_db;
};

} // namespace corrob::storage
