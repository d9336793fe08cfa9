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
#include <functional>
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
        MovedClaim m{c.id,         c.anchor.start, c.anchor.end, c.anchor.start,
                     c.anchor.end, placed.method,  placed.score, now};
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
    bool fuzzy = false;
    QString at;
    QString updatedAt; // absent from entries written before it was recorded
};

// Each claim's newest move, newest first: visit(claim, move) once per claim moved; stops when visit returns false.
Status forEachNewestMove(storage::Database& db, const std::function<bool(qint64, const Move&)>& visit)
{
    std::unordered_set<qint64> seen;
    return storage::AuditLog(db).forEachOfAction(
        QStringLiteral("claims.reanchored"), [&](const storage::AuditEntry& entry) {
            const QJsonObject payload = QJsonDocument::fromJson(entry.payload.toUtf8()).object();
            const ReportId from(payload.value(QStringLiteral("from_report")).toInteger());
            for (const QJsonValue& value : payload.value(QStringLiteral("claims")).toArray()) {
                const QJsonObject moved = value.toObject();
                const qint64 claim = moved.value(QStringLiteral("claim")).toInteger();
                if (!seen.insert(claim).second) {
                    continue; // a later entry (read before) moved it again
                }
                const Move move{from,
                                qsizetype(moved.value(QStringLiteral("old_start")).toInteger()),
                                qsizetype(moved.value(QStringLiteral("old_end")).toInteger()),
                                moved.value(QStringLiteral("method")).toString() ==
                                    text::reanchorMethodName(text::ReanchorMethod::Fuzzy),
                                entry.at,
                                moved.value(QStringLiteral("updated_at")).toString()};
                if (!visit(claim, move)) {
                    return false;
                }
            }
            return true; // the entries come newest first
        });
}

// Whether the claim still stands as the move left it on other words: not edited since.
bool uncheckedSince(const Move& move, const model::Claim& claim)
{
    if (!move.fuzzy) {
        return false;
    }
    if (!move.updatedAt.isEmpty()) {
        return claim.updatedAt == move.updatedAt; // otherwise edited since: the investigator has seen it
    }
    const QDateTime moved = QDateTime::fromString(move.at, Qt::ISODateWithMs);
    const QDateTime updated = QDateTime::fromString(claim.updatedAt, Qt::ISODateWithMs);
    return moved.isValid() && updated.isValid() && updated <= moved;
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
    std::optional<Move> newest;
    CORROB_TRY(forEachNewestMove(db, [&](qint64 id, const Move& move) {
        if (id == claim.id.value) {
            newest = move;
        }
        return !newest;
    }));
    if (!newest || !uncheckedSince(*newest, claim)) {
        return std::optional<ChangedQuote>();
    }
    std::map<ReportId, std::optional<QString>> texts;
    const std::optional<QString> before = wordsBefore(db, *newest, texts);
    if (!before) {
        return std::optional<ChangedQuote>();
    }
    return std::optional<ChangedQuote>(ChangedQuote{*before, newest->from, newest->at});
}

Result<std::unordered_set<qint64>> claimsWithChangedQuotes(storage::Database& db,
                                                           const std::vector<model::Claim>& claims)
{
    std::unordered_map<qint64, const model::Claim*> byId;
    for (const model::Claim& c : claims) {
        byId.emplace(c.id.value, &c);
    }
    std::unordered_set<qint64> changed;
    std::map<ReportId, std::optional<QString>> texts;
    CORROB_TRY(forEachNewestMove(db, [&](qint64 id, const Move& move) {
        const auto claim = byId.find(id);
        if (claim != byId.end() && uncheckedSince(move, *claim->second) && wordsBefore(db, move, texts)) {
            changed.insert(id);
        }
        return true;
    }));
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
                                {QStringLiteral("updated_at"), m.updatedAt}});
    }
    return {{QStringLiteral("from_report"), from.value},
            {QStringLiteral("to_report"), to.value},
            {QStringLiteral("claims"), list}};
}

} // namespace corrob::casefile
