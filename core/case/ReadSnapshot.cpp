// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/ReadSnapshot.h"

#include "core/case/Case.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Transaction.h"

#include <utility>

namespace corrob::casefile {

Result<ReadSnapshot> ReadSnapshot::begin(Case& target)
{
    auto transaction = storage::ReadTransaction::begin(target.database());
    CORROB_TRY(transaction);
    return ReadSnapshot(std::make_unique<storage::ReadTransaction>(std::move(transaction).value()));
}

ReadSnapshot::ReadSnapshot(std::unique_ptr<storage::ReadTransaction> transaction)
    : m_transaction(std::move(transaction))
{
}

ReadSnapshot::ReadSnapshot(ReadSnapshot&& other) noexcept = default;

ReadSnapshot::~ReadSnapshot() = default;

Result<qint64> auditHead(Case& target)
{
    return target.auditLog().headSeq();
}

} // namespace corrob::casefile
