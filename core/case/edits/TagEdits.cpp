// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/edits/TagEdits.h"

#include "core/case/edits/EditSupport.h"
#include "core/model/Vocabulary.h"
#include "core/storage/TagRepository.h"

#include <algorithm>

namespace corrob::casefile {

using namespace edits;

namespace {

QString tagWhere(const model::Tag& t)
{
    return QStringLiteral("tag %1 (%2)").arg(t.id.value).arg(t.name);
}

// Refuses an empty name, a '/' in it, and a name an existing sibling (other than self) has.
Status requireFreeName(storage::TagRepository& repo, TagId parent, const QString& name, TagId self,
                       const QString& where)
{
    if (name.isEmpty()) {
        return invalid(QStringLiteral("a tag needs a name"), where);
    }
    if (name.contains(u'/')) {
        return invalid(
            QStringLiteral("a tag name cannot contain '/' (it separates the parts of a tag path): '%1'").arg(name),
            where);
    }
    auto sibling = repo.findChild(parent, name);
    CORROB_TRY(sibling);
    if (sibling.value() && *sibling.value() != self) {
        return Error{
            ErrorCode::AlreadyExists,
            QStringLiteral("there is already a tag named '%1' there (tag %2)").arg(name).arg(sibling.value()->value),
            where};
    }
    return {};
}

Status requireParent(storage::TagRepository& repo, TagId parent)
{
    if (!parent.isValid()) {
        return {};
    }
    auto found = repo.find(parent);
    return found ? Status() : Status(found.error());
}

// True when candidate is tag or lies below it.
Result<bool> isInSubtree(storage::TagRepository& repo, TagId tag, TagId candidate)
{
    auto subtree = repo.subtree(tag);
    CORROB_TRY(subtree);
    return std::any_of(subtree->begin(), subtree->end(), [&](const model::Tag& t) { return t.id == candidate; });
}

} // namespace

// ---- AddTag

AddTag::AddTag(TagId parent, QString name, QString colour, QString description)
{
    m_tag.parent = parent;
    m_tag.name = std::move(name).simplified();
    m_tag.colour = std::move(colour); // none given: the first apply picks one (model::Tag::newColour)
    m_tag.description = std::move(description).trimmed();
}

Result<Edit::Record> AddTag::forward(EditContext& ctx)
{
    storage::TagRepository repo(ctx.db);
    model::Tag tag = m_tag;
    if (!tag.id.isValid()) {
        const QString where =
            tag.parent.isValid() ? QStringLiteral("under tag %1").arg(tag.parent.value) : QStringLiteral("top level");
        if (tag.colour.isEmpty()) {
            auto colour = edits::newTagColour(ctx);
            CORROB_TRY(colour);
            tag.colour = colour.value();
        }
        auto colour = model::parseColour(tag.colour);
        if (!colour) {
            return at(colour.error(), where);
        }
        tag.colour = colour.value();
        CORROB_TRY(requireParent(repo, tag.parent));
        CORROB_TRY(requireFreeName(repo, tag.parent, tag.name, TagId(), where));
        auto position = repo.nextPosition(tag.parent);
        CORROB_TRY(position);
        tag.position = position.value();
    }
    auto id = repo.insert(tag);
    CORROB_TRY(id);
    tag.id = id.value();
    m_tag = tag;
    return Record{QStringLiteral("tag.added"), tagJson(m_tag)};
}

Result<Edit::Record> AddTag::backward(EditContext& ctx)
{
    CORROB_TRY(storage::TagRepository(ctx.db).remove(m_tag.id));
    return Record{QStringLiteral("tag.removed"), tagJson(m_tag)};
}

// ---- EditTag

QString EditTag::text() const
{
    return m_changes.name && !m_changes.colour && !m_changes.description ? QStringLiteral("Rename tag")
                                                                         : QStringLiteral("Edit tag");
}

Result<Edit::Record> EditTag::forward(EditContext& ctx)
{
    storage::TagRepository repo(ctx.db);
    const auto change = [&](const model::Tag& before, CreatedItems&) -> Result<model::Tag> {
        const QString where = tagWhere(before);
        model::Tag after = before;
        if (m_changes.name) {
            after.name = m_changes.name->simplified();
            CORROB_TRY(requireFreeName(repo, after.parent, after.name, m_id, where));
        }
        if (m_changes.colour) {
            auto colour = model::parseColour(*m_changes.colour);
            if (!colour) {
                return at(colour.error(), where);
            }
            after.colour = colour.value();
        }
        if (m_changes.description) {
            after.description = m_changes.description->trimmed();
        }
        return after;
    };
    CORROB_TRY(m_update.apply<storage::TagRepository>(ctx, m_id, change));
    return Record{QStringLiteral("tag.edited"), m_update.payload(Update::Step::Apply, tagJson)};
}

Result<Edit::Record> EditTag::backward(EditContext& ctx)
{
    CORROB_TRY(m_update.revert<storage::TagRepository>(ctx));
    return Record{QStringLiteral("tag.edited"), m_update.payload(Update::Step::Revert, tagJson)};
}

// ---- MoveTag

Result<Edit::Record> MoveTag::forward(EditContext& ctx)
{
    storage::TagRepository repo(ctx.db);
    const auto change = [&](const model::Tag& before, CreatedItems&) -> Result<model::Tag> {
        const QString where = tagWhere(before);
        CORROB_TRY(requireParent(repo, m_parent));
        if (m_parent.isValid()) {
            auto cycle = isInSubtree(repo, m_id, m_parent);
            CORROB_TRY(cycle);
            if (cycle.value()) {
                return invalid(QStringLiteral("a tag cannot be moved under itself or one of its own sub-tags (tag %1)")
                                   .arg(m_parent.value),
                               where);
            }
        }
        CORROB_TRY(requireFreeName(repo, m_parent, before.name, m_id, where));
        auto position = repo.nextPosition(m_parent);
        CORROB_TRY(position);
        model::Tag after = before;
        after.parent = m_parent;
        after.position = position.value();
        return after;
    };
    CORROB_TRY(m_update.apply<storage::TagRepository>(ctx, m_id, change));
    return Record{QStringLiteral("tag.moved"), m_update.payload(Update::Step::Apply, tagJson)};
}

Result<Edit::Record> MoveTag::backward(EditContext& ctx)
{
    CORROB_TRY(m_update.revert<storage::TagRepository>(ctx));
    return Record{QStringLiteral("tag.moved"), m_update.payload(Update::Step::Revert, tagJson)};
}

// ---- MergeTags

Edit::Record MergeTags::record(const QString& action) const
{
    return Record{action,
                  {{QStringLiteral("keep"), m_keep.value},
                   {QStringLiteral("other"), tagJson(m_otherTag)},
                   {QStringLiteral("children"), static_cast<qint64>(m_children.size())},
                   {QStringLiteral("claims"), idsJson(m_otherClaims)}}};
}

Result<Edit::Record> MergeTags::forward(EditContext& ctx)
{
    storage::TagRepository repo(ctx.db);
    if (!m_resolved) {
        if (m_keep == m_other) {
            return invalid(QStringLiteral("a tag cannot be merged into itself"),
                           QStringLiteral("tag %1").arg(m_keep.value));
        }
        auto keep = repo.find(m_keep);
        CORROB_TRY(keep);
        auto other = repo.subtree(m_other);
        CORROB_TRY(other);
        const QString where = tagWhere(other->front());
        // keep inside other's subtree would be removed with other.
        auto keepInside = isInSubtree(repo, m_other, m_keep);
        CORROB_TRY(keepInside);
        if (keepInside.value()) {
            return invalid(
                QStringLiteral("a tag cannot be merged into one of its own sub-tags (tag %1)").arg(m_keep.value),
                where);
        }
        std::vector<model::Tag> children;
        for (const model::Tag& t : other.value()) {
            if (t.parent == m_other) {
                CORROB_TRY(requireFreeName(repo, m_keep, t.name, t.id, where));
                children.push_back(t);
            }
        }
        auto otherClaims = repo.claimsWith(m_other);
        auto keepClaims = repo.claimsWith(m_keep);
        auto position = repo.nextPosition(m_keep);
        if (!otherClaims || !keepClaims || !position) {
            return !otherClaims ? otherClaims.error() : !keepClaims ? keepClaims.error() : position.error();
        }
        m_newlyKept.clear();
        std::set_difference(otherClaims->begin(), otherClaims->end(), keepClaims->begin(), keepClaims->end(),
                            std::back_inserter(m_newlyKept));
        m_otherTag = other->front();
        m_children = children;
        m_otherClaims = otherClaims.value();
        m_firstPosition = position.value();
        m_resolved = true;
    }
    int position = m_firstPosition;
    for (model::Tag child : m_children) {
        child.parent = m_keep;
        child.position = position++;
        CORROB_TRY(repo.update(child));
    }
    CORROB_TRY(repo.assign(m_newlyKept, m_keep));
    CORROB_TRY(repo.remove(m_other));
    return record(QStringLiteral("tag.merged"));
}

Result<Edit::Record> MergeTags::backward(EditContext& ctx)
{
    storage::TagRepository repo(ctx.db);
    CORROB_TRY(repo.insert(m_otherTag));
    for (const model::Tag& child : m_children) {
        CORROB_TRY(repo.update(child));
    }
    CORROB_TRY(repo.unassign(m_newlyKept, m_keep));
    CORROB_TRY(repo.assign(m_otherClaims, m_other));
    return record(QStringLiteral("tag.unmerged"));
}

// ---- DeleteTag

Result<Edit::Record> DeleteTag::forward(EditContext& ctx)
{
    storage::TagRepository repo(ctx.db);
    auto subtree = repo.subtree(m_id);
    CORROB_TRY(subtree);
    std::vector<std::vector<ClaimId>> claims;
    for (const model::Tag& t : subtree.value()) {
        auto tagged = repo.claimsWith(t.id);
        CORROB_TRY(tagged);
        claims.push_back(tagged.value());
    }
    CORROB_TRY(repo.remove(m_id));
    m_subtree = subtree.value();
    m_claims = claims;
    QJsonObject payload = tagJson(m_subtree.front());
    payload.insert(QStringLiteral("subtree"), itemIdsJson(m_subtree));
    return Record{QStringLiteral("tag.deleted"), payload};
}

Result<Edit::Record> DeleteTag::backward(EditContext& ctx)
{
    storage::TagRepository repo(ctx.db);
    for (size_t i = 0; i < m_subtree.size(); ++i) {
        CORROB_TRY(repo.insert(m_subtree[i]));
        CORROB_TRY(repo.assign(m_claims[i], m_subtree[i].id));
    }
    return Record{QStringLiteral("tag.restored"), tagJson(m_subtree.front())};
}

} // namespace corrob::casefile
