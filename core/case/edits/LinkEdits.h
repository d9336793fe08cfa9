// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The edits of links between claims. See Edit.h for the contract every edit keeps.
#pragma once

#include "core/case/edits/Edit.h"
#include "core/case/edits/EditSupport.h"
#include "core/model/Link.h"
#include "core/model/Note.h"

#include <optional>
#include <vector>

namespace corrob::casefile {

// Links two claims: "from <type> to". Refuses (nothing written) a claim linked to itself, a claim that does not
// exist, a link that already exists (same from, to and type), and a confidence outside 0..1.
class AddLink final : public Edit
{
public:
    AddLink(ClaimId from, ClaimId to, model::LinkType type, const QString& note = {},
            std::optional<double> confidence = std::nullopt);
    [[nodiscard]] QString text() const override { return QStringLiteral("Link claims"); }
    [[nodiscard]] const model::Link& link() const { return m_link; }

protected:
    Result<Record> forward(EditContext& ctx) override;
    Result<Record> backward(EditContext& ctx) override;

private:
    model::Link m_link; // id invalid until the first apply
};

// Changes to a link; unset fields stay as they are.
struct LinkChanges
{
    std::optional<model::LinkType> type;
    std::optional<QString> note;                     // empty removes the note
    std::optional<std::optional<double>> confidence; // nullopt inside removes the confidence

    [[nodiscard]] bool isEmpty() const { return !type && !note && !confidence; }
};

// Changes a link's type, note or confidence (its ends, author and creation time stay). Refuses (nothing written)
// no change at all, a link that does not exist, a confidence outside 0..1, and a type that would duplicate
// another link between the same two claims in the same direction.
class EditLink final : public Edit
{
public:
    EditLink(LinkId link, LinkChanges changes) : m_id(link), m_changes(std::move(changes)) {}
    [[nodiscard]] QString text() const override { return QStringLiteral("Edit link"); }
    [[nodiscard]] const model::Link& before() const { return m_update.before(); }
    [[nodiscard]] const model::Link& after() const { return m_update.after(); }

protected:
    Result<Record> forward(EditContext& ctx) override;
    Result<Record> backward(EditContext& ctx) override;
    [[nodiscard]] bool undoesFieldByField() const override { return true; }

private:
    using Update = edits::ItemUpdate<model::Link>;
    Record record(Update::Step step) const;
    LinkId m_id;
    LinkChanges m_changes;
    Update m_update;
};

// Removes a link and the notes on it; undo restores both with the same ids.
class RemoveLink final : public Edit
{
public:
    explicit RemoveLink(LinkId link) : m_id(link) {}
    [[nodiscard]] QString text() const override { return QStringLiteral("Remove link"); }

protected:
    Result<Record> forward(EditContext& ctx) override;
    Result<Record> backward(EditContext& ctx) override;

private:
    LinkId m_id;
    model::Link m_link;
    std::vector<model::Note> m_notes;
};

} // namespace corrob::casefile
