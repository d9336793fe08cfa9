// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"
#include "core/common/Result.h"
#include "core/model/Claim.h"
#include "core/model/Report.h"
#include "core/model/TextRange.h"
#include "core/text/Reanchor.h"
#include "core/text/TextSignature.h"

#include <QJsonObject>

#include <optional>
#include <unordered_set>
#include <vector>

namespace corrob::storage {
class Database;
struct NearDuplicate; // core/storage/SignatureRepository.h; Case.h includes this header and must not see storage
} // namespace corrob::storage

namespace corrob::casefile {

// How the claims of an earlier version were placed on a new one.
struct ReanchorCounts
{
    int position = 0;
    int quote = 0;
    int fuzzy = 0;
    int orphaned = 0;

    [[nodiscard]] int total() const { return position + quote + fuzzy + orphaned; }
};

// One claim moved to a new version: its offsets before and after (UTF-16 code units; an orphaned claim keeps its
// old anchor, so new equals old).
struct MovedClaim
{
    ClaimId claim;
    qsizetype oldStart = 0;
    qsizetype oldEnd = 0;
    qsizetype newStart = 0;
    qsizetype newEnd = 0;
    text::ReanchorMethod method = text::ReanchorMethod::Orphaned;
    double score = 0;
    QString updatedAt;     // the claim's updatedAt as the move left it
    QString updatedBefore; // and as the move found it
};

// The report a new import is a changed version of (see docs/decisions/0009), or an invalid id:
//  - the newest report with the same non-empty URL, or
//  - the near-duplicate found for its text (nearDuplicate, similarity >= Case::kNearDuplicateThreshold) when it,
//    or any version in its chain, was read from a file of the same (non-empty) name, or
//  - the newest report read from a file of that name when the text (signature) is at least
//    kSameNameVersionThreshold similar to it or to the last version of its chain and differs from it in at most
//    kSameNameMaxChangedShingles shingles (a short article with a few words changed falls below the near-duplicate
//    threshold: two words of 55 change ten of its 5-word shingles);
// then the last version in that report's chain, which is the one holding the claims. Identical originals never
// get here (they are skipped as duplicates). Runs in the caller's transaction.
Result<ReportId> findPreviousVersion(storage::Database& db, const model::NewReport& report,
                                     const std::optional<storage::NearDuplicate>& nearDuplicate,
                                     const text::TextSignature& signature);
inline constexpr double kSameNameVersionThreshold = 0.5;
// ... and at most this many 5-word shingles differ between the two (estimated from the similarity and their word
// counts): a few words changed (two words change ten), not a different text with a long passage in common.
inline constexpr double kSameNameMaxChangedShingles = 40;

// Moves every claim of from onto to, re-anchoring each with text::reanchor (oldText and newText are the two
// working texts): a placed claim gets the new offsets, quote and context; one that cannot be placed keeps its old
// anchor and is flagged orphaned. Nothing is dropped; links, tags, notes and sources stay on the claims (they
// refer to claim ids). Runs in the caller's transaction; the caller writes the audit entry (movedClaimsJson).
Result<std::vector<MovedClaim>> moveClaimsToVersion(storage::Database& db, ReportId from, ReportId to,
                                                    const QString& oldText, const QString& newText);

// An excluded range the investigator made on an earlier version, and where it went on the new one.
struct CarriedRange
{
    model::ExcludedRange before;               // on the earlier version
    std::optional<model::ExcludedRange> after; // stored on the new version; nullopt when not carried
    text::ReanchorMethod method = text::ReanchorMethod::Orphaned;
    bool alreadyExcluded = false; // placed, but the new version's import already hides that text
};

// Carries the investigator's own exclusions (origin "user") of from onto to, placing each with text::reanchor as
// claims are placed: a placed range is stored on to with the same reason and origin, unless to's own excluded
// ranges already cover it; one that cannot be placed is listed, not stored (the text it hid is gone or changed).
// The import's exclusions are not carried: the import of the new version made its own. Runs in the caller's
// transaction; the caller writes the audit entry (carriedRangesJson).
Result<std::vector<CarriedRange>> carryExclusionsToVersion(storage::Database& db, ReportId from, ReportId to,
                                                           const QString& oldText, const QString& newText);
// The audit payload of carried exclusions: {"from_report", "to_report", "ranges": [{old_start, old_end,
// new_start, new_end (absent when not carried), reason, method, already_excluded}]}.
QJsonObject carriedRangesJson(ReportId from, ReportId to, const std::vector<CarriedRange>& carried);

// The words a claim quoted before a new version of its report changed them (it was placed approximately, on other
// words: ReanchorMethod::Fuzzy), as long as the claim was not edited since: the move in the audit log
// ("claims.reanchored") that gave the claim its updatedAt was approximate, or it placed the claim on the very words
// and so did each move back to an approximate one, none edited in between (each entry records the claim's updatedAt
// before and after; entries written before they were recorded: the newest move, not later than the claim's
// updatedAt). Deleting the new version (the claim goes back), or any edit of the claim, ends it; undoing that edit
// brings it back. Nothing is stored for it: it is read from the log and the earlier version, which stays in the case.
struct ChangedQuote
{
    QString before;   // the words quoted on the earlier version
    ReportId earlier; // that version
    QString at;       // when the new version was imported (UTC ISO 8601)
};
Result<std::optional<ChangedQuote>> changedQuote(storage::Database& db, const model::Claim& claim);
// The ids of the claims among `claims` that changedQuote would show: one read of the log for all of them (the Claims
// table's "Quote changed" filter).
Result<std::unordered_set<qint64>> claimsWithChangedQuotes(storage::Database& db,
                                                           const std::vector<model::Claim>& claims);

ReanchorCounts countMethods(const std::vector<MovedClaim>& moved);
// The audit payload of a move: {"from_report", "to_report", "claims": [{claim, old_start, old_end, new_start,
// new_end, method, score, updated_at, updated_before}]}.
QJsonObject movedClaimsJson(ReportId from, ReportId to, const std::vector<MovedClaim>& moved);
// Such a payload read back: the one reader of the moves the log records. What an older entry lacks is left empty
// (updatedAt, updatedBefore) or zero; an unknown method reads as Orphaned.
struct RecordedMoves
{
    ReportId from;
    ReportId to;
    std::vector<MovedClaim> claims;
};
RecordedMoves movedClaimsFromJson(const QJsonObject& payload);

} // namespace corrob::casefile
