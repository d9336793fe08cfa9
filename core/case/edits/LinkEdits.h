// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The edits of links between claims. See Edit.h for the contract every edit keeps.
#pragma once

#include "core/case/edits/Edit.h"
#include "core/model/Link.h"
#include "core/model/Note.h"

#include <vector>

namespace corrob::casefile {

// Links two claims: "from <type> to". Refuses (nothing written) a claim linked to itself, a claim that does not
// exist, a link that already exists (same from, to and type), and a confidence outside 0..1.
class AddLink final : public Edit
{
public:
    AddLink(ClaimId from, ClaimId to, model::LinkType type, QString note = {},
            std::optional<double> confidence = std::nullopt);
    [[nodiscard]] QString text() const override { return QStringLiteral("Link claims"); }
    [[nodiscard]] const model::Link& link() const { return m_link; }

protected:
    Result<Record> forward(EditContext& ctx) override;
    Result<Record> backward(EditContext& ctx) override;

private:
    model::Link m_link; // id invalid until the first apply
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
