// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

namespace corrob::storage {

class Database;

// One user action = one transaction. BEGIN IMMEDIATE on creation (so a second writer waits at the start, not
// halfway through); rolled back on destruction unless commit() succeeded. Begun while the connection is already
// inside a transaction (an import stores a batch of reports in one), it is a savepoint instead: commit() releases
// it into the outer transaction, destruction rolls back only its own changes.
class Transaction
{
public:
    static Result<Transaction> begin(Database& db);

    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    Status commit();

private:
    Transaction(Database* db, bool nested) : m_db(db), m_nested(nested) {}
    Database* m_db = nullptr;
    bool m_nested = false;
};

} // namespace corrob::storage
