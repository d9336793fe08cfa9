// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The edits of notes. See Edit.h for the contract every edit keeps.
#pragma once

#include "core/case/edits/Edit.h"
#include "core/case/edits/EditSupport.h"
#include "core/model/Note.h"

namespace corrob::casefile {

// Attaches a Markdown note to the case (targetId 0), a report, a claim, a link or a source. Refuses an empty
// body and a target that does not exist.
class AddNote final : public Edit
{
public:
    AddNote(model::NoteTarget target, qint64 targetId, QString body);
    [[nodiscard]] QString text() const override { return QStringLiteral("Add note"); }
    [[nodiscard]] const model::Note& note() const { return m_note; }

protected:
    Result<Record> forward(EditContext& ctx) override;
    Result<Record> backward(EditContext& ctx) override;

private:
    model::Note m_note;
};

// Replaces a note's body. Refuses an empty body.
class EditNote final : public Edit
{
public:
    EditNote(NoteId note, QString body) : m_id(note), m_body(std::move(body)) {}
    [[nodiscard]] QString text() const override { return QStringLiteral("Edit note"); }

protected:
    Result<Record> forward(EditContext& ctx) override;
    Result<Record> backward(EditContext& ctx) override;
    [[nodiscard]] bool undoesFieldByField() const override { return true; }

private:
    using Update = edits::ItemUpdate<model::Note>;
    NoteId m_id;
    QString m_body;
    Update m_update;
};

class DeleteNote final : public Edit
{
public:
    explicit DeleteNote(NoteId note) : m_id(note) {}
    [[nodiscard]] QString text() const override { return QStringLiteral("Delete note"); }

protected:
    Result<Record> forward(EditContext& ctx) override;
    Result<Record> backward(EditContext& ctx) override;

private:
    NoteId m_id;
    model::Note m_note;
};

} // namespace corrob::casefile
