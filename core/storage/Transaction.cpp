// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Transaction.h"

#include "core/storage/WalCheckpointer.h"

#include "core/storage/Database.h"

#include <utility>

namespace corrob::storage {

Result<Transaction> Transaction::begin(Database& db)
{
    const bool nested = db.inTransaction();
    CORROB_TRY(db.exec(nested ? QStringLiteral("SAVEPOINT nested") : QStringLiteral("BEGIN IMMEDIATE")));
    return Transaction(&db, nested);
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_nested(other.m_nested)
{
}

Transaction::~Transaction()
{
    if (m_db) {
        (void)m_db->exec(m_nested ? QStringLiteral("ROLLBACK TO nested; RELEASE nested") : QStringLiteral("ROLLBACK"));
    }
}

Status Transaction::commit()
{
    Q_ASSERT(m_db);
    auto s = m_db->exec(m_nested ? QStringLiteral("RELEASE nested") : QStringLiteral("COMMIT"));
    if (s) {
        m_db = nullptr;
    }
    return s;
}

Result<ReadTransaction> ReadTransaction::begin(Database& db)
{
    if (db.inTransaction()) {
        return ReadTransaction(nullptr);
    }
    CORROB_TRY(db.exec(QStringLiteral("BEGIN DEFERRED")));
    return ReadTransaction(&db);
}

ReadTransaction::ReadTransaction(ReadTransaction&& other) noexcept : m_db(std::exchange(other.m_db, nullptr))
{
}

ReadTransaction::~ReadTransaction()
{
    if (m_db) {
        (void)m_db->exec(QStringLiteral("COMMIT")); // nothing was written: ends the snapshot
    }
}

BulkWrites::BulkWrites(Database& db) : m_db(db)
{
    auto cache = db.queryInt(QStringLiteral("PRAGMA cache_size"));
    auto temp = db.queryInt(QStringLiteral("PRAGMA temp_store"));
    auto checkpoint = db.queryInt(QStringLiteral("PRAGMA wal_autocheckpoint"));
    if (!cache || !temp || !checkpoint || db.inTransaction()) {
        return; // left as they are: only slower
    }
    m_cacheSize = cache.value();
    m_tempStore = temp.value();
    m_checkpointPages = checkpoint.value();
    m_changed = true;
    (void)db.exec(QStringLiteral("PRAGMA temp_store = MEMORY; PRAGMA cache_size = -%1; PRAGMA wal_autocheckpoint = %2")
                      .arg(kCacheKiB)
                      .arg(kCheckpointPages));
    if (!db.isReadOnly()) {
        m_checkpointer = WalCheckpointer::start(db.path());
    }
}

void BulkWrites::committed()
{
    if (++m_commits % kCheckpointCommits != 0) {
        return;
    }
    if (m_checkpointer) {
        m_checkpointer->request();
        if (m_commits % kLogRestartCommits == 0) {
            m_checkpointer->waitUntilDone();
        }
    } else if (!m_db.inTransaction()) {
        (void)m_db.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")); // a failure leaves it to the next one
    }
}

BulkWrites::~BulkWrites()
{
    m_checkpointer.reset(); // waits for a checkpoint under way
    if (m_changed) {
        // PRAGMA takes no bound parameters; both values are integers read back from SQLite above.
        m_db.execOutsideTransaction(QStringLiteral("PRAGMA temp_store = %1; PRAGMA cache_size = %2; "
                                                   "PRAGMA wal_autocheckpoint = %3; PRAGMA wal_checkpoint(PASSIVE)")
                                        .arg(m_tempStore)
                                        .arg(m_cacheSize)
                                        .arg(m_checkpointPages));
    }
}

} // namespace corrob::storage
