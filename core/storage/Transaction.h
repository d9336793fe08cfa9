// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QtGlobal>

#include <memory>

namespace corrob::storage {

class WalCheckpointer;

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

// A read transaction: every read between begin() and the end of this object sees one snapshot of the database,
// whatever other connections commit meanwhile (WAL: readers and the writer never wait for each other). Ended on
// destruction. Begun while the connection is inside a transaction already, it adds nothing (that one is the
// snapshot). No write may run through the connection meanwhile.
class ReadTransaction
{
public:
    static Result<ReadTransaction> begin(Database& db);

    ReadTransaction(ReadTransaction&& other) noexcept;
    ReadTransaction& operator=(ReadTransaction&&) = delete;
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;
    ~ReadTransaction();

private:
    explicit ReadTransaction(Database* db) : m_db(db) {}
    Database* m_db = nullptr; // null when it added nothing
};

// Connection settings for a long run of batched writes (an import), restored on destruction. Durability and the
// file are unchanged; only memory is traded for system calls:
//  - temp_store MEMORY: the savepoint and statement journals (the pages a report's savepoint touched, kept to roll
//    it back alone) stay in memory instead of a temporary file written a page at a time (85% of an import's
//    writes were to them);
//  - a page cache of kCacheKiB: a batch's dirty pages (originals, texts, the search index, the signature bands'
//    scattered index pages) are not spilled to the WAL half-way through and written again;
//  - the WAL checkpointed for the import every kCheckpointCommits commits (committed()), by a WalCheckpointer (a
//    connection and a thread of its own, beside the writer's next batch: decisions/0022's addendum; on the writer's
//    thread when no second connection can be opened), instead of by SQLite after every commit once it holds 1,000
//    pages (4 MB): a checkpoint writes the pages back and syncs the file, and the index pages that every batch
//    touches were written back after nearly every batch.
//    The automatic checkpoint waits for kCheckpointPages (64 MB) meanwhile, a bound only a batch of big files
//    reaches. wal_autocheckpoint is per connection: had the import only raised it, the WAL would grow to 64 MB and
//    the window's connection (still at 1,000 pages) would checkpoint all of it, with a sync, on the UI thread after
//    its next edit; checkpointed after every commit, the WAL holds a batch (512 files) for anyone else to copy
//    back. The checkpoints are passive (they wait for no reader; what a reader still needs is copied back by a later
//    one). On destruction the WAL is checkpointed once more, and Database::kJournalSizeLimit shrinks the file after
//    it.
// A commit still appends to the WAL and the crash guarantees are SQLite's: the WAL is only longer meanwhile.
// Created inside a transaction it changes nothing (temp_store cannot change inside one). Destroyed inside one (an
// error path that left it open), it restores the settings once that transaction ends (Database::
// execOutsideTransaction), so the big cache and the in-memory journals never outlive the import.
class BulkWrites
{
public:
    explicit BulkWrites(Database& db);
    ~BulkWrites();
    BulkWrites(const BulkWrites&) = delete;
    BulkWrites& operator=(const BulkWrites&) = delete;

    static constexpr int kCacheKiB = 32 * 1024;
    static constexpr int kCheckpointPages = 16 * 1024;
    static constexpr int kCheckpointCommits = 1; // 2 while batches were of 256 files
    // With a WalCheckpointer: every kLogRestartCommits commits the writer waits for its checkpoint before it goes on,
    // so that the log is started over (WalCheckpointer::waitUntilDone) and holds a batch or two.
    static constexpr int kLogRestartCommits = 2;

    // To be called after each commit of the run: checkpoints the WAL every kCheckpointCommits of them (beside the
    // next batch when a WalCheckpointer could be started).
    void committed();

private:
    Database& m_db;
    qint64 m_cacheSize = 0;
    qint64 m_tempStore = 0;
    qint64 m_checkpointPages = 0;
    bool m_changed = false;
    int m_commits = 0;
    std::unique_ptr<WalCheckpointer> m_checkpointer; // null: checkpointed on m_db
};

} // namespace corrob::storage
