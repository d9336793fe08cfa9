// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Database.h"

#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace corrob::storage {

// Copies a case's write-ahead log back into the file on a thread and a connection of its own, so that a long run of
// writes (an import's batches) does not wait for it: the writer's connection only commits. Checkpoints are passive:
// they run beside the writer's next transaction (SQLite allows one checkpointer and one writer at a time), copy back
// what no reader still needs, and a failure (a full disk, a busy lock) leaves the pages in the log for the next one.
// Used by BulkWrites; the crash guarantees are SQLite's, the log is only copied back by another connection.
class WalCheckpointer
{
public:
    // A second connection to the case at path, or null when none can be opened (an in-memory or read-only case,
    // a file gone): the caller then checkpoints on its own connection.
    static std::unique_ptr<WalCheckpointer> start(const QString& path);
    // Waits for a checkpoint under way, then closes the connection.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;

    // Asks for a checkpoint once the one under way (if any) is done; returns at once. Requests made while one
    // waits are one request.
    void request();
    // Returns once no checkpoint is asked for or under way. A writer that waits for it before its next transaction
    // lets SQLite start the log over (it may only when every frame in it was copied back): checkpoints that only ever
    // run beside the writer would never see the log's end, and it would grow as long as the writes.
    void waitUntilDone();
    // Checkpoints that ran to the end (copied back what they could) since start: for tests.
    [[nodiscard]] int completed() const;

private:
    explicit WalCheckpointer(Database db);
    void run();

    Database m_db; // used on m_thread only, once started
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_done;
    bool m_requested = false;
    bool m_running = false;
    bool m_stopping = false;
    int m_completed = 0;
    std::thread m_thread;
};

} // namespace corrob::storage
