// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The investigator's decisions on entities: confirm, rename, alias, merge, split, retype, delete, make a source.
// See Edit.h for the contract every edit keeps. Each one takes the rows of the entities it touches (entity,
// aliases, mentions) before and after its first apply: redo writes the after rows, undo the before rows.
#pragma once

#include "core/case/edits/Edit.h"
#include "core/model/Entity.h"
#include "core/model/Source.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace corrob::casefile {

class EntityEdit : public Edit
{
protected:
    Result<Record> forward(EditContext& ctx) final;
    Result<Record> backward(EditContext& ctx) final;

    // The entities the change touches (read before it).
    [[nodiscard]] virtual std::vector<EntityId> involved() const = 0;
    // The first apply: validate and write. Returns ids of entities it created (taken after it, removed on undo).
    virtual Result<std::vector<EntityId>> change(EditContext& ctx) = 0;
    // Redo re-creates, undo removes, what change() wrote outside the entity tables (a source).
    virtual Status redoOutside(EditContext&) { return {}; }
    virtual Status undoOutside(EditContext&) { return {}; }
    [[nodiscard]] virtual Record record() const = 0;

    // The entity as read before the change (valid in change() and record()).
    Result<model::Entity> entity(EditContext& ctx, EntityId id) const;

private:
    // Success when the entities and aliases of the step read as expected (as the step or its undo left them).
    Status unchangedSince(EditContext& ctx, const model::EntityRows& expected, bool undo) const;
    bool m_resolved = false;
    std::vector<EntityId> m_ids;
    model::EntityRows m_before;
    model::EntityRows m_after;
};

// An edit of one entity: the id it was made with is the one entity it reads before and after.
class OneEntityEdit : public EntityEdit
{
protected:
    explicit OneEntityEdit(EntityId id) : m_id(id) {}
    [[nodiscard]] std::vector<EntityId> involved() const final { return {m_id}; }

    EntityId m_id;
};

// Marks an entity kept (or no longer kept) by the investigator: confirmed names feed later extraction.
class ConfirmEntity final : public OneEntityEdit
{
public:
    ConfirmEntity(EntityId id, bool confirmed) : OneEntityEdit(id), m_confirmed(confirmed) {}
    [[nodiscard]] QString text() const override { return QStringLiteral("Confirm entity"); }

private:
    Result<std::vector<EntityId>> change(EditContext& ctx) override;
    Record record() const override;
    bool m_confirmed;
};

// Gives an entity a new canonical name; the old one stays an alias. Refuses a name that names another entity
// (merge them instead).
class RenameEntity final : public OneEntityEdit
{
public:
    RenameEntity(EntityId id, QString name) : OneEntityEdit(id), m_name(std::move(name)) {}
    [[nodiscard]] QString text() const override { return QStringLiteral("Rename entity"); }

private:
    Result<std::vector<EntityId>> change(EditContext& ctx) override;
    Record record() const override;
    QString m_name;
    QString m_old;
};

// Adds names the entity goes by. Refuses a name that names another entity.
class AddEntityAliases final : public OneEntityEdit
{
public:
    AddEntityAliases(EntityId id, QStringList aliases) : OneEntityEdit(id), m_aliases(std::move(aliases)) {}
    [[nodiscard]] QString text() const override { return QStringLiteral("Add entity alias"); }

private:
    Result<std::vector<EntityId>> change(EditContext& ctx) override;
    Record record() const override;
    QStringList m_aliases;
};

// Folds one entity into another: its names become the target's aliases, its mentions the target's.
class MergeEntities final : public EntityEdit
{
public:
    MergeEntities(EntityId from, EntityId into) : m_from(from), m_into(into) {}
    [[nodiscard]] QString text() const override { return QStringLiteral("Merge entities"); }

private:
    std::vector<EntityId> involved() const override { return {m_from, m_into}; }
    Result<std::vector<EntityId>> change(EditContext& ctx) override;
    Record record() const override;
    EntityId m_from;
    EntityId m_into;
};

// Takes one of an entity's aliases out into an entity of its own (confirmed), with the mentions written that way.
class SplitEntity final : public OneEntityEdit
{
public:
    SplitEntity(EntityId id, QString alias) : OneEntityEdit(id), m_alias(std::move(alias)) {}
    [[nodiscard]] QString text() const override { return QStringLiteral("Split entity"); }
    [[nodiscard]] EntityId created() const { return m_created; }

private:
    Result<std::vector<EntityId>> change(EditContext& ctx) override;
    Record record() const override;
    QString m_alias;
    EntityId m_created;
};

// Changes what an entity is: person, organisation, place or unit.
class RetypeEntity final : public OneEntityEdit
{
public:
    RetypeEntity(EntityId id, QString type) : OneEntityEdit(id), m_type(std::move(type)) {}
    [[nodiscard]] QString text() const override { return QStringLiteral("Retype entity"); }

private:
    Result<std::vector<EntityId>> change(EditContext& ctx) override;
    Record record() const override;
    QString m_type;
    QString m_old;
};

// Deletes an entity: its mentions go, and its names are no entity in later imports.
class DeleteEntity final : public OneEntityEdit
{
public:
    explicit DeleteEntity(EntityId id) : OneEntityEdit(id) {}
    [[nodiscard]] QString text() const override { return QStringLiteral("Delete entity"); }

private:
    Result<std::vector<EntityId>> change(EditContext& ctx) override;
    Record record() const override;
    QString m_name;
};

// Makes a person or organisation entity a source with its name and aliases (or links it to the source that already
// has its name, adding the entity's aliases to it). The entity is confirmed.
class EntityToSource final : public OneEntityEdit
{
public:
    explicit EntityToSource(EntityId id) : OneEntityEdit(id) {}
    [[nodiscard]] QString text() const override { return QStringLiteral("Make entity a source"); }
    [[nodiscard]] SourceId source() const { return m_source; }

private:
    Result<std::vector<EntityId>> change(EditContext& ctx) override;
    Status redoOutside(EditContext& ctx) override;
    Status undoOutside(EditContext& ctx) override;
    Record record() const override;
    SourceId m_source;
    bool m_createdSource = false;
    QStringList m_addedAliases; // aliases added to an existing source
    std::optional<model::Source> m_sourceBefore;
    std::optional<model::Source> m_sourceAfter;
};

} // namespace corrob::casefile
