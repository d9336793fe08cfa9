// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/edits/Edit.h"

#include "core/case/Case.h"
#include "core/common/Hash.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

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

Status Edit::run(Case& target, bool isForward)
{
    auto tx = storage::Transaction::begin(target.database());
    CORROB_TRY(tx);
    EditContext ctx{target.database(), target.actor(), utcNowIso()};
    auto record = isForward ? forward(ctx) : backward(ctx);
    if (!record) {
        return record.error(); // the transaction rolls back
    }
    if (!isForward) {
        record->payload.insert(QStringLiteral("undo"), true);
    }
    CORROB_TRY(target.auditLog().append(target.actor(), record->action, record->payload));
    CORROB_TRY(tx->commit());
    m_applied = isForward;
    return {};
}

} // namespace corrob::casefile
