// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/edits/Edit.h"

#include "core/case/Case.h"
#include "core/common/Hash.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QHash>

#include <algorithm>

namespace corrob::casefile {

Edit::~Edit() = default;

Status Edit::apply(Case& target)
{
    if (m_applied) {
        return Error{ErrorCode::InvalidArgument, QStringLiteral("this change is already applied"), text()};
    }
    return run(target, true);
}

Status Edit::revert(Case& target)
{
    if (!m_applied) {
        return Error{ErrorCode::InvalidArgument, QStringLiteral("this change is not applied, so it cannot be undone"),
                     text()};
    }
    return run(target, false);
}

namespace {

// "claim 3", "link 7": a row named for the user by its table.
QString describeRow(const QString& table, qint64 rowid)
{
    static const QHash<QString, QString> kNouns = {
        {QStringLiteral("claims"), QStringLiteral("claim")},
        {QStringLiteral("links"), QStringLiteral("link")},
        {QStringLiteral("notes"), QStringLiteral("note")},
        {QStringLiteral("sources"), QStringLiteral("source")},
        {QStringLiteral("tags"), QStringLiteral("tag")},
        {QStringLiteral("reports"), QStringLiteral("report")},
        {QStringLiteral("entities"), QStringLiteral("entity")},
        {QStringLiteral("excluded_ranges"), QStringLiteral("hidden passage")},
    };
    const QString noun = kNouns.value(table);
    return noun.isEmpty() ? QStringLiteral("row %1 of %2").arg(rowid).arg(table)
                          : QStringLiteral("%1 %2").arg(noun).arg(rowid);
}

} // namespace

std::optional<QString> Edit::changedSince(storage::Database& db) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        auto digest = db.rowDigest({m_rows[i].first, m_rows[i].second});
        // A row gone since (another program deleted the claim, purged the report) is left to the edit, which says
        // what it cannot find.
        if (digest && digest->isEmpty() && !m_digests[i].isEmpty()) {
            continue;
        }
        if (!digest || digest.value() != m_digests[i]) {
            return describeRow(m_rows[i].first, m_rows[i].second);
        }
    }
    return std::nullopt;
}

Status Edit::run(Case& target, bool isForward)
{
    storage::Database& db = target.database();
    auto tx = storage::Transaction::begin(db);
    CORROB_TRY(tx);
    const auto conflict = [&](const QString& row) {
        return Error{ErrorCode::Conflict,
                     QStringLiteral("%1 has changed since this step (in another program, or by an import): %2 "
                                    "it now would overwrite that change, so nothing was done")
                         .arg(row, isForward ? QStringLiteral("redoing") : QStringLiteral("undoing")),
                     text()};
    };
    // An undo or a redo first: are the step's rows as it left them? (The write lock is held: nothing changes them
    // between this look and the writes.)
    if (!m_rows.empty() && !undoesFieldByField()) {
        if (const auto changed = changedSince(db)) {
            return conflict(*changed);
        }
    }
    EditContext ctx{db, target.actor(), utcNowIso()};
    std::vector<storage::RowRef> changed;
    {
        storage::RowChanges changes(db);
        auto record = isForward ? forward(ctx) : backward(ctx);
        if (!record) {
            return record.error(); // the transaction rolls back
        }
        changed = changes.rows();
        if (!isForward) {
            record->payload.insert(QStringLiteral("undo"), true);
        }
        CORROB_TRY(target.auditLog().append(target.actor(), record->action, record->payload));
    }
    // A row deleted that the step never wrote was added since by someone else (a link made by another program to
    // the claim this step added, which undoing the step would delete with it).
    std::vector<std::pair<QString, qint64>> rows = m_rows;
    for (const storage::RowRef& row : changed) {
        const std::pair<QString, qint64> key{row.table, row.rowid};
        if (std::find(m_rows.begin(), m_rows.end(), key) != m_rows.end()) {
            continue;
        }
        if (!m_rows.empty()) {
            auto now = db.rowDigest(row);
            CORROB_TRY(now);
            if (now->isEmpty()) {
                return conflict(describeRow(row.table, row.rowid));
            }
        }
        rows.push_back(key);
    }
    std::vector<QByteArray> digests;
    digests.reserve(rows.size());
    for (const auto& [table, rowid] : rows) {
        auto digest = db.rowDigest({table, rowid});
        CORROB_TRY(digest);
        digests.push_back(digest.value());
    }
    CORROB_TRY(tx->commit());
    m_applied = isForward;
    m_rows = std::move(rows);
    m_digests = std::move(digests);
    return {};
}

} // namespace corrob::casefile
