// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/ReportVersions.h"

#include "core/common/Hash.h"
#include "core/model/Anchor.h"
#include "core/storage/AuditLog.h"
#include "core/storage/ClaimRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ReportRepository.h"
#include "core/storage/SignatureRepository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

namespace corrob::casefile {

Result<ReportId> findPreviousVersion(storage::Database& db, const model::NewReport& report,
                                     const std::optional<storage::NearDuplicate>& nearDuplicate,
                                     const text::TextSignature& signature)
{
    storage::ReportRepository reports(db);
    ReportId found;
    if (!report.metadata.url.trimmed().isEmpty()) {
        auto byUrl = reports.newestWithUrl(report.metadata.url);
        CORROB_TRY(byUrl);
        if (byUrl.value()) {
            found = *byUrl.value();
        }
    }
    if (found.isValid()) {
        return reports.latestVersion(found);
    }
    if (report.provenance.fileName.isEmpty()) {
        return ReportId();
    }
    // Same name alone is not enough ("article.txt" is a common name), nor similarity alone (syndicated copies of
    // one wire story are different reports): a version needs both. The most similar report may be another version
    // in the same chain (captured under another name), so the names of the whole chain count.
    if (nearDuplicate) {
        auto latest = reports.latestVersion(nearDuplicate->report);
        CORROB_TRY(latest);
        auto names = reports.versionFileNames(latest.value());
        CORROB_TRY(names);
        if (names->contains(report.provenance.fileName)) {
            return latest.value();
        }
    }
    // The same name and a lower similarity: the file captured again after a change too large for a short text to
    // stay a near-duplicate.
    auto named = reports.newestWithFileName(report.provenance.fileName);
    CORROB_TRY(named);
    if (!named.value()) {
        return ReportId();
    }
    auto latest = reports.latestVersion(*named.value());
    CORROB_TRY(latest);
    storage::SignatureRepository signatures(db);
    for (const ReportId candidate : {latest.value(), *named.value()}) {
        auto measured = signatures.similarityTo(signature, candidate);
        CORROB_TRY(measured);
        if (!measured.value() || measured.value()->similarity < kSameNameVersionThreshold) {
            continue;
        }
        // A few words changed, not much of the text: two press releases of one office under one name share their
        // long "About us" and differ in all they say (similarity 0.7, but fifty shingles changed).
        const double shingles =
            double(std::max<qint64>(signature.words - 4, 1)) + double(std::max<qint64>(measured.value()->words - 4, 1));
        const double j = measured.value()->similarity;
        if (shingles * (1.0 - j) / (1.0 + j) <= kSameNameMaxChangedShingles) {
            return latest.value();
        }
    }
    return ReportId();
}

Result<std::vector<MovedClaim>> moveClaimsToVersion(storage::Database& db, ReportId from, ReportId to,
                                                    const QString& oldText, const QString& newText)
{
    storage::ClaimRepository claims(db);
    auto list = claims.ofReport(from);
    CORROB_TRY(list);
    const QString now = utcNowIso();
    const QString where = QStringLiteral("report %1").arg(to.value);
    std::vector<MovedClaim> moved;
    moved.reserve(list->size());
    for (model::Claim c : list.value()) {
        const text::QuoteSelector selector{c.anchor.start, c.anchor.end, c.anchor.quote, c.anchor.prefix,
                                           c.anchor.suffix};
        const text::ReanchorResult placed = text::reanchor(selector, oldText.size(), newText);
        MovedClaim m{c.id,          c.anchor.start, c.anchor.end, c.anchor.start, c.anchor.end,
                     placed.method, placed.score,   now,          c.updatedAt};
        c.report = to;
        if (placed.method == text::ReanchorMethod::Orphaned) {
            // The old anchor is kept as it was: it says what the claim quoted, for the investigator to re-place.
            c.orphaned = true;
        } else {
            auto anchor = model::anchorAt(newText, placed.start, placed.end, where);
            CORROB_TRY(anchor);
            c.anchor = anchor.value();
            c.orphaned = false;
            m.newStart = placed.start;
            m.newEnd = placed.end;
        }
        c.updatedAt = now;
        CORROB_TRY(claims.update(c));
        moved.push_back(m);
    }
    return moved;
}

Result<std::vector<CarriedRange>> carryExclusionsToVersion(storage::Database& db, ReportId from, ReportId to,
                                                           const QString& oldText, const QString& newText)
{
    storage::ReportRepository reports(db);
    auto before = reports.excludedRangeRecords(from);
    CORROB_TRY(before);
    auto existing = reports.excludedRangeRecords(to);
    CORROB_TRY(existing);
    const QString where = QStringLiteral("report %1").arg(from.value);
    std::vector<CarriedRange> carried;
    for (const model::ExcludedRange& range : before.value()) {
        if (range.origin != QStringLiteral("user")) {
            continue;
        }
        CarriedRange item{range, std::nullopt, text::ReanchorMethod::Orphaned, false};
        // Placed as a claim's quote would be: the hidden text with its context.
        auto anchor = model::anchorAt(oldText, range.range.start, range.range.end, where);
        if (anchor) {
            const text::QuoteSelector selector{anchor->start, anchor->end, anchor->quote, anchor->prefix,
                                               anchor->suffix};
            const text::ReanchorResult placed = text::reanchor(selector, oldText.size(), newText);
            item.method = placed.method;
            if (placed.method != text::ReanchorMethod::Orphaned) {
                const bool covered =
                    std::any_of(existing->cbegin(), existing->cend(), [&](const model::ExcludedRange& other) {
                        return other.range.start <= placed.start && other.range.end >= placed.end;
                    });
                if (covered) {
                    item.alreadyExcluded = true;
                } else {
                    model::ExcludedRange moved{ExcludedRangeId(),
                                               model::TextRange{placed.start, placed.end, range.range.reason},
                                               range.origin};
                    auto id = reports.insertExcludedRange(to, moved);
                    CORROB_TRY(id);
                    moved.id = id.value();
                    item.after = moved;
                }
            }
        }
        carried.push_back(std::move(item));
    }
    return carried;
}

QJsonObject carriedRangesJson(ReportId from, ReportId to, const std::vector<CarriedRange>& carried)
{
    QJsonArray ranges;
    for (const CarriedRange& c : carried) {
        QJsonObject entry{{QStringLiteral("old_start"), qint64(c.before.range.start)},
                          {QStringLiteral("old_end"), qint64(c.before.range.end)},
                          {QStringLiteral("reason"), c.before.range.reason},
                          {QStringLiteral("method"), text::reanchorMethodName(c.method)},
                          {QStringLiteral("already_excluded"), c.alreadyExcluded}};
        if (c.after) {
            entry.insert(QStringLiteral("new_start"), qint64(c.after->range.start));
            entry.insert(QStringLiteral("new_end"), qint64(c.after->range.end));
        }
        ranges.append(entry);
    }
    return QJsonObject{{QStringLiteral("from_report"), from.value},
                       {QStringLiteral("to_report"), to.value},
                       {QStringLiteral("ranges"), ranges}};
}

namespace {

// A claim's move to a new version, as the audit log's "claims.reanchored" entry recorded it.
struct Move
{
    ReportId from;
    qsizetype start = 0;
    qsizetype end = 0;
    text::ReanchorMethod method = text::ReanchorMethod::Orphaned;
    QString at;
    QString updatedAt;     // absent from entries written before it was recorded
    QString updatedBefore; // the claim's updatedAt before the move; absent from entries written before that
};

// The moves of the claims in `wanted` (every claim when it is empty), each claim's newest first.
Result<std::unordered_map<qint64, std::vector<Move>>> movesOf(storage::Database& db,
                                                              const std::unordered_set<qint64>& wanted)
{
    std::unordered_map<qint64, std::vector<Move>> moves;
    CORROB_TRY(storage::AuditLog(db).forEachOfAction(
        QStringLiteral("claims.reanchored"), [&](const storage::AuditEntry& entry) {
            const RecordedMoves recorded =
                movedClaimsFromJson(QJsonDocument::fromJson(entry.payload.toUtf8()).object());
            for (const MovedClaim& moved : recorded.claims) {
                if (wanted.empty() || wanted.contains(moved.claim.value)) {
                    moves[moved.claim.value].push_back(Move{recorded.from, moved.oldStart, moved.oldEnd, moved.method,
                                                            entry.at, moved.updatedAt, moved.updatedBefore});
                }
            }
            return true; // the entries come newest first
        }));
    return moves;
}

// The move that placed the claim on words a new version changed, if the claim still stands as it left it: the move
// that gave the claim its updatedAt (it was not edited since), or before it a chain of moves that placed it on the
// very same words, each made on the claim as the one before left it ("606" changed to "612" in version 2, version 3
// then keeping "612": the claim still quotes words changed since version 1, and nobody has looked). Moves are the
// claim's, newest first.
std::optional<Move> uncheckedChange(const std::vector<Move>& moves, const model::Claim& claim)
{
    size_t i = 0;
    while (i < moves.size() && (moves[i].updatedAt.isEmpty() || moves[i].updatedAt != claim.updatedAt)) {
        ++i;
    }
    if (i == moves.size()) {
        // Entries written before updated_at was recorded: the newest move, unless the claim changed after it.
        if (moves.empty() || !moves[0].updatedAt.isEmpty() || moves[0].method != text::ReanchorMethod::Fuzzy) {
            return std::nullopt;
        }
        const QDateTime moved = QDateTime::fromString(moves[0].at, Qt::ISODateWithMs);
        const QDateTime updated = QDateTime::fromString(claim.updatedAt, Qt::ISODateWithMs);
        return moved.isValid() && updated.isValid() && updated <= moved ? std::optional<Move>(moves[0]) : std::nullopt;
    }
    for (; i < moves.size(); ++i) {
        const Move& m = moves[i];
        if (m.method == text::ReanchorMethod::Fuzzy) {
            return m;
        }
        const bool placedOnTheSameWords =
            m.method == text::ReanchorMethod::Position || m.method == text::ReanchorMethod::Quote;
        if (!placedOnTheSameWords || m.updatedBefore.isEmpty() || i + 1 >= moves.size() ||
            moves[i + 1].updatedAt != m.updatedBefore) {
            return std::nullopt; // orphaned (listed as such), or edited before this move, or no earlier move
        }
    }
    return std::nullopt;
}

// The words the move took the claim from, or nullopt when the earlier version is gone (a case edited by another
// program) or does not hold that range. A deleted earlier version still holds its text. texts caches them by report.
std::optional<QString> wordsBefore(storage::Database& db, const Move& move,
                                   std::map<ReportId, std::optional<QString>>& texts)
{
    auto cached = texts.find(move.from);
    if (cached == texts.end()) {
        auto text = storage::ReportRepository(db).workingText(move.from, storage::ReportRepository::Deleted::Include);
        cached = texts.emplace(move.from, text ? std::optional<QString>(std::move(text).value()) : std::nullopt).first;
    }
    const std::optional<QString>& text = cached->second;
    if (!text || move.start < 0 || move.end > text->size() || move.start >= move.end) {
        return std::nullopt;
    }
    return text->mid(move.start, move.end - move.start);
}

} // namespace

Result<std::optional<ChangedQuote>> changedQuote(storage::Database& db, const model::Claim& claim)
{
    auto moves = movesOf(db, {claim.id.value});
    CORROB_TRY(moves);
    const auto mine = moves->find(claim.id.value);
    const std::optional<Move> change = mine == moves->end() ? std::nullopt : uncheckedChange(mine->second, claim);
    std::map<ReportId, std::optional<QString>> texts;
    const std::optional<QString> before = change ? wordsBefore(db, *change, texts) : std::nullopt;
    if (!before) {
        return std::optional<ChangedQuote>();
    }
    return std::optional<ChangedQuote>(ChangedQuote{*before, change->from, change->at});
}

Result<std::unordered_set<qint64>> claimsWithChangedQuotes(storage::Database& db,
                                                           const std::vector<model::Claim>& claims)
{
    auto moves = movesOf(db, {});
    CORROB_TRY(moves);
    std::unordered_set<qint64> changed;
    std::map<ReportId, std::optional<QString>> texts;
    for (const model::Claim& claim : claims) {
        const auto mine = moves->find(claim.id.value);
        if (mine == moves->end()) {
            continue;
        }
        if (const std::optional<Move> change = uncheckedChange(mine->second, claim);
            change && wordsBefore(db, *change, texts)) {
            changed.insert(claim.id.value);
        }
    }
    return changed;
}

ReanchorCounts countMethods(const std::vector<MovedClaim>& moved)
{
    ReanchorCounts n;
    for (const MovedClaim& m : moved) {
        switch (m.method) {
        case text::ReanchorMethod::Position:
            ++n.position;
            break;
        case text::ReanchorMethod::Quote:
            ++n.quote;
            break;
        case text::ReanchorMethod::Fuzzy:
            ++n.fuzzy;
            break;
        case text::ReanchorMethod::Orphaned:
            ++n.orphaned;
            break;
        }
    }
    return n;
}

QJsonObject movedClaimsJson(ReportId from, ReportId to, const std::vector<MovedClaim>& moved)
{
    QJsonArray list;
    for (const MovedClaim& m : moved) {
        list.append(QJsonObject{{QStringLiteral("claim"), m.claim.value},
                                {QStringLiteral("old_start"), m.oldStart},
                                {QStringLiteral("old_end"), m.oldEnd},
                                {QStringLiteral("new_start"), m.newStart},
                                {QStringLiteral("new_end"), m.newEnd},
                                {QStringLiteral("method"), text::reanchorMethodName(m.method)},
                                {QStringLiteral("score"), std::round(m.score * 1000.0) / 1000.0},
                                {QStringLiteral("updated_at"), m.updatedAt},
                                {QStringLiteral("updated_before"), m.updatedBefore}});
    }
    return {{QStringLiteral("from_report"), from.value},
            {QStringLiteral("to_report"), to.value},
            {QStringLiteral("claims"), list}};
}

RecordedMoves movedClaimsFromJson(const QJsonObject& payload)
{
    RecordedMoves recorded{ReportId(payload.value(QStringLiteral("from_report")).toInteger()),
                           ReportId(payload.value(QStringLiteral("to_report")).toInteger()),
                           {}};
    for (const QJsonValue& value : payload.value(QStringLiteral("claims")).toArray()) {
        const QJsonObject c = value.toObject();
        MovedClaim m;
        m.claim = ClaimId(c.value(QStringLiteral("claim")).toInteger());
        m.oldStart = c.value(QStringLiteral("old_start")).toInteger();
        m.oldEnd = c.value(QStringLiteral("old_end")).toInteger();
        m.newStart = c.value(QStringLiteral("new_start")).toInteger();
        m.newEnd = c.value(QStringLiteral("new_end")).toInteger();
        const QString method = c.value(QStringLiteral("method")).toString();
        for (const auto known :
             {text::ReanchorMethod::Position, text::ReanchorMethod::Quote, text::ReanchorMethod::Fuzzy}) {
            if (method == text::reanchorMethodName(known)) {
                m.method = known;
            }
        }
        m.score = c.value(QStringLiteral("score")).toDouble();
        m.updatedAt = c.value(QStringLiteral("updated_at")).toString();
        m.updatedBefore = c.value(QStringLiteral("updated_before")).toString();
        recorded.claims.push_back(std::move(m));
    }
    return recorded;
}

} // namespace corrob::casefile
