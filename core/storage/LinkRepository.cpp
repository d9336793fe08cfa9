// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/LinkRepository.h"

#include "core/model/Vocabulary.h"
#include "core/storage/RowHelpers.h"

namespace corrob::storage {
namespace {

// The last author and creation time read, shared by the links that have the same (all of a batch, most often).
struct RecentLinkTexts
{
    Statement::RepeatedText author;
    Statement::RepeatedText createdAt;
};

// A link's type: the schema's CHECK admits only the known types, as written (another spelling only in a file whose
// schema did not check it).
model::LinkType linkTypeAt(const Statement& s, int column)
{
    static_assert(static_cast<int>(model::LinkType::Elaborates) == 4, "five types, named in the enumeration's order");
    return rows::enumAt<model::LinkType, 5>(s, column, model::linkTypeName, model::parseLinkType,
                                            model::LinkType::Corroborates);
}

model::Link readLink(const Statement& s, RecentLinkTexts& recent)
{
    model::Link l;
    l.id = LinkId(s.int64(0));
    l.from = ClaimId(s.int64(1));
    l.to = ClaimId(s.int64(2));
    l.type = linkTypeAt(s, 3);
    l.note = s.isNull(4) ? QString() : s.text(4);
    if (!s.isNull(5)) {
        l.confidence = s.real(5);
    }
    l.author = s.text(6, recent.author);
    l.createdAt = s.text(7, recent.createdAt);
    return l;
}

} // namespace

Result<LinkId> LinkRepository::insert(const model::Link& link)
{
    auto stmt = m_db->prepare(QStringLiteral("INSERT INTO links (id, from_claim_id, to_claim_id, type, note, "
                                             "confidence, author, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    CORROB_TRY(stmt);
    auto& s = stmt.value();
    rows::bindId(s, 1, link.id);
    s.bind(2, link.from.value).bind(3, link.to.value).bind(4, model::linkTypeName(link.type));
    s.bind(5, link.note.isEmpty() ? QString() : link.note);
    if (link.confidence) {
        s.bind(6, *link.confidence);
    } else {
        s.bind(6, nullptr);
    }
    s.bind(7, link.author).bind(8, link.createdAt);
    CORROB_TRY(s.run());
    return LinkId(m_db->lastInsertRowId());
}

Status LinkRepository::remove(LinkId id)
{
    return rows::runOnExisting(*m_db, QStringLiteral("link %1").arg(id.value),
                               QStringLiteral("DELETE FROM links WHERE id = ?"), id.value);
}

Status LinkRepository::update(const model::Link& link)
{
    auto stmt = m_db->prepare(QStringLiteral("UPDATE links SET type = ?1, note = ?2, confidence = ?3 WHERE id = ?4"));
    CORROB_TRY(stmt);
    auto& s = stmt.value();
    s.bind(1, model::linkTypeName(link.type));
    s.bind(2, link.note.isEmpty() ? QString() : link.note);
    if (link.confidence) {
        s.bind(3, *link.confidence);
    } else {
        s.bind(3, nullptr);
    }
    s.bind(4, link.id.value);
    CORROB_TRY(s.run());
    if (m_db->changes() != 1) {
        return rows::notFound(QStringLiteral("link"), link.id.value);
    }
    return {};
}

Result<std::vector<model::Link>> LinkRepository::query(const QString& filter, qint64 param) const
{
    const QString where = filter.isEmpty() ? QString() : u"WHERE " + filter + u' ';
    auto stmt =
        m_db->prepare(u"SELECT id, from_claim_id, to_claim_id, type, note, confidence, author, created_at FROM links " +
                      where + u"ORDER BY id");
    CORROB_TRY(stmt);
    if (!filter.isEmpty()) {
        stmt->bind(1, param);
    }
    RecentLinkTexts recent;
    return rows::collect<model::Link>(stmt.value(), [&recent](const Statement& s) { return readLink(s, recent); });
}

Result<model::Link> LinkRepository::find(LinkId id) const
{
    auto found = query(QStringLiteral("id = ?1"), id.value);
    CORROB_TRY(found);
    if (found->empty()) {
        return rows::notFound(QStringLiteral("link"), id.value);
    }
    return found->front();
}

Result<std::optional<LinkId>> LinkRepository::find(ClaimId from, ClaimId to, model::LinkType type) const
{
    return rows::optionalId<LinkId>(
        *m_db, QStringLiteral("SELECT id FROM links WHERE from_claim_id = ? AND to_claim_id = ? AND type = ?"),
        from.value, to.value, model::linkTypeName(type));
}

Result<std::vector<model::Link>> LinkRepository::ofClaim(ClaimId claim) const
{
    return query(QStringLiteral("from_claim_id = ?1 OR to_claim_id = ?1"), claim.value);
}

Result<std::vector<model::Link>> LinkRepository::all() const
{
    return query(QString(), 0);
}

Result<std::vector<LinkEnds>> LinkRepository::allEnds() const
{
    auto stmt = m_db->prepare(QStringLiteral("SELECT id, from_claim_id, to_claim_id, type FROM links ORDER BY id"));
    CORROB_TRY(stmt);
    return rows::collect<LinkEnds>(stmt.value(), [](const Statement& s) {
        return LinkEnds{LinkId(s.int64(0)), ClaimId(s.int64(1)), ClaimId(s.int64(2)), linkTypeAt(s, 3)};
    });
}

Result<qint64> LinkRepository::count() const
{
    return m_db->queryInt(QStringLiteral("SELECT count(*) FROM links"));
}

} // namespace corrob::storage
