// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <memory>

namespace corrob::storage {
class ReadTransaction;
}

namespace corrob::casefile {

class Case;

// Every read of a case between begin() and the end of this object sees one snapshot of it, whatever other
// connections commit meanwhile (a read transaction: under WAL neither a reader nor the writer waits for the other).
// Inside a transaction already it adds nothing. Nothing may be written through the case meanwhile. Same thread as
// the case, which must outlive it.
class ReadSnapshot
{
public:
    static Result<ReadSnapshot> begin(Case& target);
    ReadSnapshot(ReadSnapshot&& other) noexcept;
    ReadSnapshot& operator=(ReadSnapshot&&) = delete;
    ~ReadSnapshot();

private:
    explicit ReadSnapshot(std::unique_ptr<storage::ReadTransaction> transaction);
    std::unique_ptr<storage::ReadTransaction> m_transaction;
};

// The seq of the case's last audit entry (0 for none). Every change appends an entry in its own transaction, so
// two reads of the case, each in one snapshot, that see the same head see the same case. O(log entries).
Result<qint64> auditHead(Case& target);

} // namespace corrob::casefile
