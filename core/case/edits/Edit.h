// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace corrob::storage {
class Database;
}

namespace corrob::casefile {

class Case;

// What an edit writes with during one apply() or revert(): the connection (inside the edit's transaction), who
// is recorded, and one timestamp for everything written in this step.
struct EditContext
{
    storage::Database& db;
    QString actor;
    QString now; // UTC ISO 8601
};

// One reversible, user-visible change to a case (docs/decisions/0004-reversible-edits.md). The GUI wraps each
// Edit in a QUndoCommand (redo = apply, undo = revert); the CLI applies one once.
//
// Contract:
// - An edit holds ids and values only, never pointers to rows: it can outlive any model object.
// - apply() and revert() each run in ONE transaction that also appends ONE audit entry (revert's payload carries
//   "undo": true). On failure nothing is written: no row, no audit entry.
// - The first apply() validates its input and resolves what it needs (anchor offsets, new ids, old values);
//   later applies (redo) write exactly the same values with the same ids, so redo restores the state the first
//   apply produced, and revert() restores the state before it.
// - apply() and revert() alternate, starting with apply(); anything else fails. An edit whose first apply()
//   failed should be discarded.
// - An undo or a redo overwrites nothing another program (corroborate-cli, a second window) changed since: each row
//   the step changed must still be as the step left it (every value but updated_at; an edit of one item's fields
//   checks only the fields it changed: undoesFieldByField), and it must not delete a row the step never wrote (a
//   link made since to the claim the step added). Otherwise it fails with ErrorCode::Conflict and writes nothing.
class Edit
{
public:
    Edit() = default;
    Edit(const Edit&) = delete;
    Edit& operator=(const Edit&) = delete;
    virtual ~Edit();

    // What the edit does, for the Edit menu and undo history ("Add claim", "Merge sources").
    [[nodiscard]] virtual QString text() const = 0;

    Status apply(Case& target);
    Status revert(Case& target);
    [[nodiscard]] bool isApplied() const { return m_applied; }

protected:
    // The audit entry of one step: its action ("claim.added") and a payload of ids and values.
    struct Record
    {
        QString action;
        QJsonObject payload;
    };

    // Write the change (forward) or undo it (backward) through ctx.db, inside the transaction the base opened.
    // Return the audit record, or an Error: the base then rolls everything back. Record what redo needs only
    // once the writes succeeded.
    virtual Result<Record> forward(EditContext& ctx) = 0;
    virtual Result<Record> backward(EditContext& ctx) = 0;

    // For a compound edit (AcceptSuggestion): runs a part's forward or backward inside this edit's transaction,
    // without a transaction or audit entry of its own; the caller puts the part's record into its own.
    static Result<Record> forwardPart(Edit& part, EditContext& ctx) { return part.forward(ctx); }
    static Result<Record> backwardPart(Edit& part, EditContext& ctx) { return part.backward(ctx); }

    // Whether the edit changes some fields of one item and its undo and redo change only those, checking each
    // itself (edits::ItemUpdate): its rows are then not compared whole, so another program's change to another
    // field of the item stays and does not stop the undo.
    [[nodiscard]] virtual bool undoesFieldByField() const { return false; }

private:
    Status run(Case& target, bool isForward);
    // A row this edit changed that is not as the edit left it, or nullopt: the first of rows, by their digests.
    std::optional<QString> changedSince(storage::Database& db) const;
    bool m_applied = false;
    // The rows the edit's runs changed (tables with a rowid, not the index or the audit log), and each one's digest
    // as the last run left it (empty: no such row).
    std::vector<std::pair<QString, qint64>> m_rows;
    std::vector<QByteArray> m_digests;
};

} // namespace corrob::casefile
