// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The edits of the codebook (tags). See Edit.h for the contract every edit keeps. Tag names are unique among
// siblings (case-insensitively) and may not contain '/', which separates the parts of a tag path.
#pragma once

#include "core/case/edits/Edit.h"
#include "core/case/edits/EditSupport.h"
#include "core/model/Tag.h"

#include <optional>
#include <vector>

namespace corrob::casefile {

// Adds a tag under parent (invalid: top level), after its siblings. Refuses an empty name, a name a sibling
// has, a parent that does not exist and a colour that is not #rrggbb.
class AddTag final : public Edit
{
public:
    AddTag(TagId parent, QString name, QString colour = {}, QString description = {});
    [[nodiscard]] QString text() const override { return QStringLiteral("Add tag"); }
    [[nodiscard]] const model::Tag& tag() const { return m_tag; }

protected:
    Result<Record> forward(EditContext& ctx) override;
    Result<Record> backward(EditContext& ctx) override;

private:
    model::Tag m_tag;
};

// Changes to a tag; unset fields stay as they are.
struct TagChanges
{
    std::optional<QString> name;
    std::optional<QString> colour;
    std::optional<QString> description;
};

// Renames a tag and/or changes its colour or description.
class EditTag final : public Edit
{
public:
    EditTag(TagId tag, TagChanges changes) : m_id(tag), m_changes(std::move(changes)) {}
    [[nodiscard]] QString text() const override;

protected:
    Result<Record> forward(EditContext& ctx) override;
    Result<Record> backward(EditContext& ctx) override;
    [[nodiscard]] bool undoesFieldByField() const override { return true; }

private:
    using Update = edits::ItemUpdate<model::Tag>;
    TagId m_id;
    TagChanges m_changes;
    Update m_update;
};

// Moves a tag (with its subtree) under a new parent (invalid: top level), after the new siblings. Refuses a
// move under the tag itself or one of its descendants (a cycle) and a name clash with the new siblings.
class MoveTag final : public Edit
{
public:
    MoveTag(TagId tag, TagId newParent) : m_id(tag), m_parent(newParent) {}
    [[nodiscard]] QString text() const override { return QStringLiteral("Move tag"); }

protected:
    Result<Record> forward(EditContext& ctx) override;
    Result<Record> backward(EditContext& ctx) override;
    [[nodiscard]] bool undoesFieldByField() const override { return true; }

private:
    using Update = edits::ItemUpdate<model::Tag>;
    TagId m_id;
    TagId m_parent;
    Update m_update;
};

// Merges other into keep: claims tagged other are tagged keep, other's children move under keep, other is
// removed. Refuses merging a tag into itself or into one of its own sub-tags, and children whose names clash
// with keep's children.
class MergeTags final : public Edit
{
public:
    MergeTags(TagId keep, TagId other) : m_keep(keep), m_other(other) {}
    [[nodiscard]] QString text() const override { return QStringLiteral("Merge tags"); }

protected:
    Result<Record> forward(EditContext& ctx) override;
    Result<Record> backward(EditContext& ctx) override;

private:
    Record record(const QString& action) const;
    TagId m_keep;
    TagId m_other;
    bool m_resolved = false;
    model::Tag m_otherTag;
    std::vector<model::Tag> m_children; // other's children before the merge
    std::vector<ClaimId> m_otherClaims; // claims that carried other
    std::vector<ClaimId> m_newlyKept;   // of those, the ones that did not already carry keep
    int m_firstPosition = 0;            // where other's children start among keep's
};

// Deletes a tag with its subtree and their assignments to claims; undo restores all of them with the same ids.
class DeleteTag final : public Edit
{
public:
    explicit DeleteTag(TagId tag) : m_id(tag) {}
    [[nodiscard]] QString text() const override { return QStringLiteral("Delete tag"); }

protected:
    Result<Record> forward(EditContext& ctx) override;
    Result<Record> backward(EditContext& ctx) override;

private:
    TagId m_id;
    std::vector<model::Tag> m_subtree;          // parents first
    std::vector<std::vector<ClaimId>> m_claims; // per tag of m_subtree
};

} // namespace corrob::casefile
