// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/edits/EntityEdits.h"

#include "core/case/EntityIndex.h"
#include "core/model/Vocabulary.h"
#include "core/storage/EntityRepository.h"
#include "core/storage/SourceRepository.h"
#include "core/text/EntityExtractor.h"
#include "core/text/Fold.h"

#include <QJsonArray>

namespace corrob::casefile {

namespace {

QString where(EntityId id)
{
    return QStringLiteral("entity %1").arg(id.value);
}

QJsonObject payloadOf(EntityId id, std::initializer_list<std::pair<const char*, QJsonValue>> more)
{
    QJsonObject o{{QStringLiteral("entity"), id.value}};
    for (const auto& [key, value] : more) {
        o.insert(QString::fromLatin1(key), value);
    }
    return o;
}

// Refuses a name whose key names an entity other than self.
Status requireFree(storage::EntityRepository& repo, const QString& key, EntityId self, const QString& name)
{
    auto owner = repo.findByKey(key);
    CORROB_TRY(owner);
    if (owner.value() && *owner.value() != self) {
        auto other = repo.find(*owner.value());
        return Error{ErrorCode::AlreadyExists,
                     QStringLiteral("'%1' already names entity %2 (%3): merge the two instead")
                         .arg(name, QString::number(owner.value()->value), other ? other->canonical : QString()),
                     where(self)};
    }
    return {};
}

} // namespace

// ---- EntityEdit

Result<model::Entity> EntityEdit::entity(EditContext& ctx, EntityId id) const
{
    auto e = storage::EntityRepository(ctx.db).find(id);
    CORROB_TRY(e);
    if (e->deleted) {
        return Error{ErrorCode::NotFound, QStringLiteral("the entity was deleted"), where(id)};
    }
    return e;
}

namespace {

// Whether the entities and their aliases read now are those expected (their mentions may change as reports are
// scanned, and do not say what the investigator did).
bool sameEntities(const model::EntityRows& now, const model::EntityRows& expected)
{
    return now.entities == expected.entities && now.aliases == expected.aliases;
}

} // namespace

Status EntityEdit::unchangedSince(EditContext& ctx, const model::EntityRows& expected, bool undo) const
{
    auto now = storage::EntityRepository(ctx.db).rows(m_ids);
    CORROB_TRY(now);
    if (sameEntities(now.value(), expected)) {
        return {};
    }
    // Aliases have no rowid, so Edit::run cannot see another program's change to them (a merge into this entity).
    return Error{ErrorCode::Conflict,
                 QStringLiteral("the entity has changed since this step (in another program): %1 it now would "
                                "overwrite that change, so nothing was done")
                     .arg(undo ? QStringLiteral("undoing") : QStringLiteral("redoing")),
                 text()};
}

Result<Edit::Record> EntityEdit::forward(EditContext& ctx)
{
    storage::EntityRepository repo(ctx.db);
    if (m_resolved) {
        CORROB_TRY(unchangedSince(ctx, m_before, false));
        CORROB_TRY(redoOutside(ctx));
        CORROB_TRY(repo.replaceRows(m_ids, m_after));
        return record();
    }
    std::vector<EntityId> ids = involved();
    auto before = repo.rows(ids);
    CORROB_TRY(before);
    auto created = change(ctx);
    CORROB_TRY(created);
    ids.insert(ids.end(), created->begin(), created->end());
    auto after = repo.rows(ids);
    CORROB_TRY(after);
    m_ids = std::move(ids);
    m_before = std::move(before).value();
    m_after = std::move(after).value();
    m_resolved = true;
    return record();
}

Result<Edit::Record> EntityEdit::backward(EditContext& ctx)
{
    CORROB_TRY(unchangedSince(ctx, m_after, true));
    CORROB_TRY(storage::EntityRepository(ctx.db).replaceRows(m_ids, m_before));
    CORROB_TRY(undoOutside(ctx));
    return record();
}

// ---- the edits

Result<std::vector<EntityId>> ConfirmEntity::change(EditContext& ctx)
{
    auto e = entity(ctx, m_id);
    CORROB_TRY(e);
    e->confirmed = m_confirmed;
    CORROB_TRY(storage::EntityRepository(ctx.db).update(e.value()));
    return std::vector<EntityId>{};
}

Edit::Record ConfirmEntity::record() const
{
    return {QStringLiteral("entity.confirmed"), payloadOf(m_id, {{"confirmed", m_confirmed}})};
}

Result<std::vector<EntityId>> RenameEntity::change(EditContext& ctx)
{
    storage::EntityRepository repo(ctx.db);
    auto e = entity(ctx, m_id);
    CORROB_TRY(e);
    const QString name = m_name.simplified();
    const QString key = text::entityKey(name);
    if (key.isEmpty()) {
        return Error{ErrorCode::InvalidArgument, QStringLiteral("an entity needs a name"), where(m_id)};
    }
    CORROB_TRY(requireFree(repo, key, m_id, name));
    m_old = e->canonical;
    const QString oldKey = text::entityKey(m_old);
    CORROB_TRY(repo.removeAlias(oldKey));
    if (oldKey != key) {
        CORROB_TRY(repo.addAlias(m_id, m_old, oldKey, QStringLiteral("investigator")));
    }
    CORROB_TRY(repo.removeAlias(key));
    CORROB_TRY(repo.addAlias(m_id, name, key, QStringLiteral("name")));
    e->canonical = name;
    e->confirmed = true;
    CORROB_TRY(repo.update(e.value()));
    m_name = name;
    return std::vector<EntityId>{};
}

Edit::Record RenameEntity::record() const
{
    return {QStringLiteral("entity.renamed"), payloadOf(m_id, {{"name", m_name}, {"old_name", m_old}})};
}

Result<std::vector<EntityId>> AddEntityAliases::change(EditContext& ctx)
{
    storage::EntityRepository repo(ctx.db);
    CORROB_TRY(entity(ctx, m_id));
    for (const QString& alias : m_aliases) {
        const QString key = text::entityKey(alias);
        if (key.isEmpty()) {
            return Error{ErrorCode::InvalidArgument, QStringLiteral("an empty alias"), where(m_id)};
        }
        CORROB_TRY(requireFree(repo, key, m_id, alias.simplified()));
        auto owner = repo.findByKey(key);
        CORROB_TRY(owner);
        if (owner.value()) {
            if (auto s = repo.removeAlias(key); !s) { // a found alias becomes the investigator's
                return s.error();
            }
        }
        CORROB_TRY(repo.addAlias(m_id, alias.simplified(), key, QStringLiteral("investigator")));
    }
    return std::vector<EntityId>{};
}

Edit::Record AddEntityAliases::record() const
{
    return {QStringLiteral("entity.aliased"), payloadOf(m_id, {{"aliases", QJsonArray::fromStringList(m_aliases)}})};
}

Result<std::vector<EntityId>> MergeEntities::change(EditContext& ctx)
{
    storage::EntityRepository repo(ctx.db);
    if (m_from == m_into) {
        return Error{ErrorCode::InvalidArgument, QStringLiteral("an entity cannot be merged into itself"),
                     where(m_from)};
    }
    auto from = entity(ctx, m_from);
    CORROB_TRY(from);
    auto into = entity(ctx, m_into);
    CORROB_TRY(into);
    auto rows = repo.rows({m_from});
    CORROB_TRY(rows);
    CORROB_TRY(repo.pointMentions(m_from, m_into));
    CORROB_TRY(repo.replaceRows({m_from}, {}));
    for (const model::EntityRows::Alias& a : rows->aliases) {
        CORROB_TRY(repo.addAlias(m_into, a.alias, a.key, QStringLiteral("investigator")));
    }
    into->confirmed = true;
    if (!into->source.isValid()) {
        into->source = from->source;
    }
    CORROB_TRY(repo.update(into.value()));
    return std::vector<EntityId>{};
}

Edit::Record MergeEntities::record() const
{
    return {QStringLiteral("entity.merged"), payloadOf(m_into, {{"merged", m_from.value}})};
}

Result<std::vector<EntityId>> SplitEntity::change(EditContext& ctx)
{
    storage::EntityRepository repo(ctx.db);
    auto e = entity(ctx, m_id);
    CORROB_TRY(e);
    const QString key = text::entityKey(m_alias);
    auto owner = repo.findByKey(key);
    CORROB_TRY(owner);
    if (!owner.value() || *owner.value() != m_id || key == text::entityKey(e->canonical)) {
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("'%1' is not one of the entity's aliases").arg(m_alias.simplified()), where(m_id)};
    }
    model::Entity part;
    part.canonical = m_alias.simplified();
    part.type = e->type;
    part.confirmed = true;
    auto id = repo.insert(part, ctx.now);
    CORROB_TRY(id);
    CORROB_TRY(repo.removeAlias(key));
    CORROB_TRY(repo.addAlias(id.value(), part.canonical, key, QStringLiteral("name")));
    CORROB_TRY(repo.pointMentionsWithKey(m_id, key, id.value()));
    m_created = id.value();
    m_alias = part.canonical;
    return std::vector<EntityId>{id.value()};
}

Edit::Record SplitEntity::record() const
{
    return {QStringLiteral("entity.split"), payloadOf(m_id, {{"alias", m_alias}, {"new_entity", m_created.value}})};
}

Result<std::vector<EntityId>> RetypeEntity::change(EditContext& ctx)
{
    auto e = entity(ctx, m_id);
    CORROB_TRY(e);
    auto type = parseEntityType(m_type, where(m_id));
    CORROB_TRY(type);
    m_old = e->type;
    e->type = type.value();
    e->confirmed = true;
    CORROB_TRY(storage::EntityRepository(ctx.db).update(e.value()));
    m_type = type.value();
    return std::vector<EntityId>{};
}

Edit::Record RetypeEntity::record() const
{
    return {QStringLiteral("entity.retyped"), payloadOf(m_id, {{"type", m_type}, {"old_type", m_old}})};
}

Result<std::vector<EntityId>> DeleteEntity::change(EditContext& ctx)
{
    storage::EntityRepository repo(ctx.db);
    auto e = entity(ctx, m_id);
    CORROB_TRY(e);
    m_name = e->canonical;
    auto rows = repo.rows({m_id});
    CORROB_TRY(rows);
    model::EntityRows kept = rows.value();
    kept.mentions.clear();
    kept.entities.front().deleted = true;
    CORROB_TRY(repo.replaceRows({m_id}, kept));
    return std::vector<EntityId>{};
}

Edit::Record DeleteEntity::record() const
{
    return {QStringLiteral("entity.deleted"), payloadOf(m_id, {{"name", m_name}})};
}

Result<std::vector<EntityId>> EntityToSource::change(EditContext& ctx)
{
    storage::EntityRepository entities(ctx.db);
    storage::SourceRepository sources(ctx.db);
    auto e = entity(ctx, m_id);
    CORROB_TRY(e);
    if (e->type != u"person" && e->type != u"organisation") {
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("only a person or an organisation can be a source, not a %1").arg(e->type),
                     where(m_id)};
    }
    if (e->source.isValid()) {
        return Error{ErrorCode::AlreadyExists, QStringLiteral("the entity is a source already"), where(m_id)};
    }
    auto existing = sources.findByName(e->canonical);
    CORROB_TRY(existing);
    if (existing.value()) {
        auto before = sources.find(*existing.value());
        CORROB_TRY(before);
        model::Source after = before.value();
        QSet<QString> keys{text::foldKey(after.name)};
        for (const QString& a : after.aliases) {
            keys.insert(text::foldKey(a));
        }
        for (const QString& a : e->aliases) {
            auto other = sources.findByName(a);
            CORROB_TRY(other);
            if (!keys.contains(text::foldKey(a)) && !other.value()) {
                after.aliases << a;
                keys.insert(text::foldKey(a));
            }
        }
        CORROB_TRY(sources.update(after));
        m_source = after.id;
        m_sourceBefore = before.value();
        m_sourceAfter = after;
    } else {
        model::Source s;
        s.name = e->canonical;
        s.kind = e->type == u"person" ? model::SourceKind::Person : model::SourceKind::Organisation;
        s.createdAt = ctx.now;
        for (const QString& a : e->aliases) {
            auto other = sources.findByName(a);
            CORROB_TRY(other);
            if (!other.value()) {
                s.aliases << a;
            }
        }
        auto id = sources.insert(s);
        CORROB_TRY(id);
        s.id = id.value();
        m_source = s.id;
        m_sourceAfter = s;
        m_createdSource = true;
    }
    e->source = m_source;
    e->confirmed = true;
    CORROB_TRY(entities.update(e.value()));
    return std::vector<EntityId>{};
}

Status EntityToSource::redoOutside(EditContext& ctx)
{
    storage::SourceRepository sources(ctx.db);
    if (m_createdSource) {
        auto id = sources.insert(*m_sourceAfter);
        return id ? Status{} : Status(id.error());
    }
    return sources.update(*m_sourceAfter);
}

Status EntityToSource::undoOutside(EditContext& ctx)
{
    storage::SourceRepository sources(ctx.db);
    if (m_createdSource) {
        return sources.remove(m_source);
    }
    return sources.update(*m_sourceBefore);
}

Edit::Record EntityToSource::record() const
{
    return {QStringLiteral("entity.made-source"),
            payloadOf(m_id, {{"source", m_source.value}, {"created", m_createdSource}})};
}

} // namespace corrob::casefile
