// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ClaimRepository.h"

#include "core/model/Vocabulary.h"
#include "core/storage/RowHelpers.h"

#include <QHash>

#include <algorithm>
#include <tuple>

namespace corrob::storage {
namespace {

const QString kColumns = QStringLiteral(
    "SELECT id, report_id, anchor_start, anchor_end, quote, prefix, suffix, orphaned, statement, kind, source_id, "
    "credibility, created_at, created_by, updated_at FROM claims ");

// recent: the last author read, shared by the claims that have the same (most often all of them).
model::Claim readClaim(const Statement& s, Statement::RepeatedText& recent)
{
    model::Claim c;
    c.id = ClaimId(s.int64(0));
    c.report = ReportId(s.int64(1));
    c.anchor.start = s.int64(2);
    c.anchor.end = s.int64(3);
    c.anchor.quote = s.text(4);
    c.anchor.prefix = s.text(5);
    c.anchor.suffix = s.text(6);
    c.orphaned = s.int64(7) != 0;
    c.statement = s.text(8, 4, c.anchor.quote); // most often the quote itself: one string for both
    // A kind written by a newer version reads as "other" rather than failing the whole list.
    static_assert(static_cast<int>(model::ClaimKind::Other) == 5, "six kinds, named in the enumeration's order");
    c.kind =
        rows::enumAt<model::ClaimKind, 6>(s, 9, model::claimKindName, model::parseClaimKind, model::ClaimKind::Other);
    c.source = SourceId(s.isNull(10) ? 0 : s.int64(10));
    c.credibility = s.isNull(11) ? 0 : static_cast<int>(s.int64(11));
    c.createdAt = s.text(12);
    c.createdBy = s.text(13, recent);
    c.updatedAt = s.text(14, 12, c.createdAt); // a claim never changed: one string for both
    return c;
}

void bindFields(Statement& s, const model::Claim& c)
{
    // Parameters 2..15 in the column order of kColumns after the id.
    s.bind(2, c.report.value).bind(3, static_cast<qint64>(c.anchor.start)).bind(4, static_cast<qint64>(c.anchor.end));
    s.bind(5, c.anchor.quote).bind(6, c.anchor.prefix.isNull() ? QStringLiteral("") : c.anchor.prefix);
    s.bind(7, c.anchor.suffix.isNull() ? QStringLiteral("") : c.anchor.suffix).bind(8, c.orphaned ? 1 : 0);
    s.bind(9, c.statement.isNull() ? QStringLiteral("") : c.statement).bind(10, model::claimKindName(c.kind));
    rows::bindId(s, 11, c.source);
    if (c.credibility > 0) {
        s.bind(12, c.credibility);
    } else {
        s.bind(12, nullptr);
    }
    s.bind(13, c.createdAt).bind(14, c.createdBy).bind(15, c.updatedAt);
}

Status writeTags(Database& db, ClaimId claim, const QList<TagId>& tags)
{
    CORROB_TRY(rows::run(db, QStringLiteral("DELETE FROM claim_tags WHERE claim_id = ?"), claim.value));
    auto stmt = db.prepare(QStringLiteral("INSERT OR IGNORE INTO claim_tags (claim_id, tag_id) VALUES (?, ?)"));
    CORROB_TRY(stmt);
    for (const TagId tag : tags) {
        stmt->bindAll(claim.value, tag.value);
        CORROB_TRY(stmt->run());
    }
    return {};
}

// Sorts claims read in table order by report, then anchor start, end and id (place(c) gives that tuple), unless they
// are in that order already: ordering by the claims_report index in SQL costs a table lookup per claim.
template <typename C, typename Place> void sortInReportOrder(std::vector<C>& claims, Place place)
{
    auto before = [&place](const C& a, const C& b) {
        return place(a) < place(b);
    };
    if (!std::is_sorted(claims.begin(), claims.end(), before)) {
        std::sort(claims.begin(), claims.end(), before);
    }
}

} // namespace

Result<ClaimId> ClaimRepository::insert(const model::Claim& claim)
{
    auto stmt = m_db->prepare(QStringLiteral(
        "INSERT INTO claims (id, report_id, anchor_start, anchor_end, quote, prefix, suffix, orphaned, statement, "
        "kind, source_id, credibility, created_at, created_by, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)"));
    CORROB_TRY(stmt);
    rows::bindId(stmt.value(), 1, claim.id);
    bindFields(stmt.value(), claim);
    CORROB_TRY(stmt->run());
    const ClaimId id(m_db->lastInsertRowId());
    CORROB_TRY(writeTags(*m_db, id, claim.tags));
    return id;
}

Status ClaimRepository::update(const model::Claim& claim)
{
    auto stmt = m_db->prepare(
        QStringLiteral("UPDATE claims SET report_id = ?2, anchor_start = ?3, anchor_end = ?4, quote = ?5, prefix = ?6, "
                       "suffix = ?7, orphaned = ?8, statement = ?9, kind = ?10, source_id = ?11, credibility = ?12, "
                       "created_at = ?13, created_by = ?14, updated_at = ?15 WHERE id = ?1"));
    CORROB_TRY(stmt);
    stmt->bind(1, claim.id.value);
    bindFields(stmt.value(), claim);
    CORROB_TRY(stmt->run());
    if (m_db->changes() == 0) {
        return rows::notFound(QStringLiteral("claim"), claim.id.value);
    }
    return writeTags(*m_db, claim.id, claim.tags);
}

Status ClaimRepository::remove(ClaimId id)
{
    return rows::runOnExisting(*m_db, QStringLiteral("claim %1").arg(id.value),
                               QStringLiteral("DELETE FROM claims WHERE id = ?"), id.value);
}

Result<std::vector<model::Claim>> ClaimRepository::query(const QString& filter, qint64 param,
                                                         const QString& order) const
{
    // filter is a condition on "claims" columns with at most one parameter (?1), or empty for every claim.
    const QString where = filter.isEmpty() ? QString() : u"WHERE " + filter + u' ';
    auto stmt = m_db->prepare(kColumns + where + u"ORDER BY " + order);
    CORROB_TRY(stmt);
    if (!filter.isEmpty()) {
        stmt->bind(1, param);
    }
    Statement::RepeatedText author;
    auto claims =
        rows::collect<model::Claim>(stmt.value(), [&author](const Statement& s) { return readClaim(s, author); });
    if (!claims || claims->empty()) {
        return claims;
    }
    // One query for the tags of all these claims, however many there are.
    auto tags = m_db->prepare(u"SELECT claim_tags.claim_id, claim_tags.tag_id FROM claim_tags JOIN claims ON claims.id "
                              u"= claim_tags.claim_id " +
                              where + u"ORDER BY claim_tags.claim_id, claim_tags.tag_id");
    CORROB_TRY(tags);
    if (!filter.isEmpty()) {
        tags->bind(1, param);
    }
    QHash<qint64, QList<TagId>> byClaim;
    CORROB_TRY(rows::forEach(tags.value(), [&](const Statement& s) {
        byClaim[s.int64(0)].append(TagId(s.int64(1)));
        return true;
    }));
    for (model::Claim& c : claims.value()) {
        c.tags = byClaim.value(c.id.value);
    }
    return claims;
}

Result<model::Claim> ClaimRepository::find(ClaimId id) const
{
    auto found = query(QStringLiteral("claims.id = ?1"), id.value, QStringLiteral("claims.id"));
    CORROB_TRY(found);
    if (found->empty()) {
        return rows::notFound(QStringLiteral("claim"), id.value);
    }
    return found->front();
}

Result<bool> ClaimRepository::exists(ClaimId id) const
{
    auto stmt = m_db->prepare(QStringLiteral("SELECT 1 FROM claims WHERE id = ?"));
    CORROB_TRY(stmt);
    stmt->bind(1, id.value);
    return stmt->step();
}

Result<std::vector<model::Claim>> ClaimRepository::ofReport(ReportId report) const
{
    return query(QStringLiteral("claims.report_id = ?1"), report.value,
                 QStringLiteral("claims.anchor_start, claims.anchor_end, claims.id"));
}

Result<std::vector<model::Claim>> ClaimRepository::all() const
{
    // Read in table order and sorted here: ordering by the claims_report index costs a table lookup per claim,
    // which at 50,000 claims is a good part of opening a case. Claims are mostly stored in report order already.
    auto claims = query(QString(), 0, QStringLiteral("claims.id"));
    if (claims) {
        sortInReportOrder(claims.value(), [](const model::Claim& c) {
            return std::tuple(c.report.value, qint64(c.anchor.start), qint64(c.anchor.end), c.id.value);
        });
    }
    return claims;
}

Result<std::vector<ClaimEvidence>> ClaimRepository::allEvidence() const
{
    // The statement, or the quote when it is empty (casefile::claimInput's rule, so that both reads give one input).
    auto stmt = m_db->prepare(QStringLiteral(
        "SELECT id, report_id, source_id, anchor_start, anchor_end, "
        "CASE WHEN statement IS NULL OR statement = '' THEN quote ELSE statement END FROM claims ORDER BY id"));
    CORROB_TRY(stmt);
    auto claims = rows::collect<ClaimEvidence>(stmt.value(), [](const Statement& s) {
        return ClaimEvidence{ClaimId(s.int64(0)), ReportId(s.int64(1)), SourceId(s.isNull(2) ? 0 : s.int64(2)),
                             s.int64(3),          s.int64(4),           s.text(5)};
    });
    if (claims) {
        sortInReportOrder(claims.value(), [](const ClaimEvidence& c) {
            return std::tuple(c.report.value, c.start, c.end, c.id.value);
        });
    }
    return claims;
}

Result<std::vector<model::Claim>> ClaimRepository::orphaned() const
{
    return query(QStringLiteral("claims.orphaned = ?1"), 1,
                 QStringLiteral("claims.report_id, claims.anchor_start, claims.anchor_end, claims.id"));
}

Result<std::vector<ClaimId>> ClaimRepository::attributedTo(SourceId source) const
{
    auto stmt = m_db->prepare(QStringLiteral("SELECT id FROM claims WHERE source_id = ? ORDER BY id"));
    CORROB_TRY(stmt);
    stmt->bind(1, source.value);
    return rows::collect<ClaimId>(stmt.value(), [](const Statement& s) { return ClaimId(s.int64(0)); });
}

Status ClaimRepository::setSource(const std::vector<ClaimId>& claims, SourceId source)
{
    auto stmt = m_db->prepare(QStringLiteral("UPDATE claims SET source_id = ? WHERE id = ?"));
    CORROB_TRY(stmt);
    for (const ClaimId claim : claims) {
        rows::bindId(stmt.value(), 1, source);
        stmt->bind(2, claim.value);
        CORROB_TRY(stmt->run());
    }
    return {};
}

Result<qint64> ClaimRepository::count() const
{
    return m_db->queryInt(QStringLiteral("SELECT count(*) FROM claims"));
}

} // namespace corrob::storage
