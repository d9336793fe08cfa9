// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/TagRepository.h"

#include "core/storage/RowHelpers.h"

#include <QHash>
#include <QSet>

namespace corrob::storage {
namespace {

const QString kColumns = QStringLiteral("SELECT id, parent_id, name, colour, description, position FROM tags ");

model::Tag readTag(const Statement& s)
{
    model::Tag t;
    t.id = TagId(s.int64(0));
    t.parent = TagId(s.isNull(1) ? 0 : s.int64(1));
    t.name = s.text(2);
    t.colour = s.text(3);
    t.description = s.text(4);
    t.position = static_cast<int>(s.int64(5));
    return t;
}

void bindFields(Statement& s, const model::Tag& t)
{
    rows::bindId(s, 2, t.parent);
    s.bind(3, t.name).bind(4, t.colour.isEmpty() ? model::Tag::defaultColour() : t.colour);
    s.bind(5, t.description.isNull() ? QStringLiteral("") : t.description).bind(6, t.position);
}

Status runForClaims(Database& db, const QString& sql, const std::vector<ClaimId>& claims, TagId tag)
{
    auto stmt = db.prepare(sql);
    CORROB_TRY(stmt);
    for (const ClaimId claim : claims) {
        stmt->bindAll(claim.value, tag.value);
        CORROB_TRY(stmt->run());
    }
    return {};
}

} // namespace

Result<TagId> TagRepository::insert(const model::Tag& tag)
{
    auto stmt = m_db->prepare(QStringLiteral(
        "INSERT INTO tags (id, parent_id, name, colour, description, position) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    CORROB_TRY(stmt);
    rows::bindId(stmt.value(), 1, tag.id);
    bindFields(stmt.value(), tag);
    CORROB_TRY(stmt->run());
    return TagId(m_db->lastInsertRowId());
}

Status TagRepository::update(const model::Tag& tag)
{
    auto stmt = m_db->prepare(QStringLiteral(
        "UPDATE tags SET parent_id = ?2, name = ?3, colour = ?4, description = ?5, position = ?6 WHERE id = ?1"));
    CORROB_TRY(stmt);
    stmt->bind(1, tag.id.value);
    bindFields(stmt.value(), tag);
    CORROB_TRY(stmt->run());
    if (m_db->changes() == 0) {
        return rows::notFound(QStringLiteral("tag"), tag.id.value);
    }
    return {};
}

Result<qint64> TagRepository::uses(TagId id) const
{
    auto stmt = m_db->prepare(QStringLiteral("SELECT (SELECT count(*) FROM claim_tags WHERE tag_id = ?1) + (SELECT "
                                             "count(*) FROM tags WHERE parent_id = ?1)"));
    CORROB_TRY(stmt);
    stmt->bind(1, id.value);
    auto count = rows::first<qint64>(stmt.value(), [](const Statement& s) { return s.int64(0); });
    CORROB_TRY(count);
    return count->value_or(0);
}

Status TagRepository::remove(TagId id)
{
    return rows::runOnExisting(*m_db, QStringLiteral("tag %1").arg(id.value),
                               QStringLiteral("DELETE FROM tags WHERE id = ?"), id.value);
}

Result<model::Tag> TagRepository::find(TagId id) const
{
    auto stmt = m_db->prepare(kColumns + u"WHERE id = ?");
    CORROB_TRY(stmt);
    stmt->bind(1, id.value);
    auto found = rows::collect<model::Tag>(stmt.value(), readTag);
    CORROB_TRY(found);
    if (found->empty()) {
        return rows::notFound(QStringLiteral("tag"), id.value);
    }
    return found->front();
}

Result<std::optional<TagId>> TagRepository::findChild(TagId parent, const QString& name) const
{
    return rows::optionalId<TagId>(
        *m_db,
        QStringLiteral("SELECT id FROM tags WHERE ifnull(parent_id, 0) = ? AND name = ? COLLATE NOCASE ORDER BY id"),
        parent.value, name.trimmed());
}

Result<std::vector<model::Tag>> TagRepository::tree() const
{
    auto stmt = m_db->prepare(kColumns + u"ORDER BY position, name, id");
    CORROB_TRY(stmt);
    auto tags = rows::collect<model::Tag>(stmt.value(), readTag);
    if (!tags) {
        return tags;
    }
    QHash<qint64, std::vector<const model::Tag*>> children;
    for (const model::Tag& t : tags.value()) {
        children[t.parent.value].push_back(&t);
    }
    std::vector<model::Tag> out;
    out.reserve(tags->size());
    // Depth first without recursion, each tag once: a case file from elsewhere may hold a tag with id 0 (its own
    // parent's key) or a chain of thousands, which must not overflow the stack.
    QSet<qint64> visited;
    std::vector<const model::Tag*> pending;
    const auto pushChildren = [&](qint64 parent) {
        const auto& list = children[parent];
        for (auto it = list.rbegin(); it != list.rend(); ++it) {
            pending.push_back(*it);
        }
    };
    pushChildren(0);
    while (!pending.empty()) {
        const model::Tag* t = pending.back();
        pending.pop_back();
        if (visited.contains(t->id.value)) {
            continue;
        }
        visited.insert(t->id.value);
        out.push_back(*t);
        pushChildren(t->id.value);
    }
    return out;
}

Result<std::vector<model::Tag>> TagRepository::subtree(TagId tag) const
{
    auto all = tree();
    if (!all) {
        return all;
    }
    std::vector<model::Tag> out;
    QSet<qint64> inside{tag.value};
    // Tree order puts every parent before its children, so one pass collects the subtree.
    for (const model::Tag& t : all.value()) {
        if (t.id == tag || inside.contains(t.parent.value)) {
            inside.insert(t.id.value);
            out.push_back(t);
        }
    }
    if (out.empty()) {
        return rows::notFound(QStringLiteral("tag"), tag.value);
    }
    return out;
}

Result<int> TagRepository::nextPosition(TagId parent) const
{
    auto stmt =
        m_db->prepare(QStringLiteral("SELECT ifnull(max(position) + 1, 0) FROM tags WHERE ifnull(parent_id, 0) = ?"));
    CORROB_TRY(stmt);
    stmt->bind(1, parent.value);
    auto row = stmt->step();
    CORROB_TRY(row);
    return static_cast<int>(stmt->int64(0));
}

Result<qint64> TagRepository::count() const
{
    return m_db->queryInt(QStringLiteral("SELECT count(*) FROM tags"));
}

Result<std::vector<ClaimId>> TagRepository::claimsWith(TagId tag) const
{
    auto stmt = m_db->prepare(QStringLiteral("SELECT claim_id FROM claim_tags WHERE tag_id = ? ORDER BY claim_id"));
    CORROB_TRY(stmt);
    stmt->bind(1, tag.value);
    return rows::collect<ClaimId>(stmt.value(), [](const Statement& s) { return ClaimId(s.int64(0)); });
}

Status TagRepository::assign(const std::vector<ClaimId>& claims, TagId tag)
{
    return runForClaims(*m_db, QStringLiteral("INSERT OR IGNORE INTO claim_tags (claim_id, tag_id) VALUES (?, ?)"),
                        claims, tag);
}

Status TagRepository::unassign(const std::vector<ClaimId>& claims, TagId tag)
{
    return runForClaims(*m_db, QStringLiteral("DELETE FROM claim_tags WHERE claim_id = ? AND tag_id = ?"), claims, tag);
}

} // namespace corrob::storage
