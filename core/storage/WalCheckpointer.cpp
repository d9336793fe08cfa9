// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/WalCheckpointer.h"

#include <QFileInfo>

namespace corrob::storage {

std::unique_ptr<WalCheckpointer> WalCheckpointer::start(const QString& path)
{
    if (path.isEmpty() || path.startsWith(u':') || !QFileInfo(path).isFile()) {
        return nullptr;
    }
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!db || db.value().isReadOnly()) {
        return nullptr;
    }
    // A checkpoint only ever runs on request: this connection writes nothing, so it never checkpoints on its own.
    if (!db.value().exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"))) {
        return nullptr;
    }
    return std::unique_ptr<WalCheckpointer>(new WalCheckpointer(std::move(db).value()));
}

WalCheckpointer::WalCheckpointer(Database db) : m_db(std::move(db))
{
    m_thread = std::thread([this] { run(); });
}

WalCheckpointer::~WalCheckpointer()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void WalCheckpointer::request()
{
    {
        const std::lock_guard lock(m_mutex);
        m_requested = true;
    }
    m_wake.notify_one();
}

void WalCheckpointer::waitUntilDone()
{
    std::unique_lock lock(m_mutex);
    m_done.wait(lock, [this] { return !m_requested && !m_running; });
}

int WalCheckpointer::completed() const
{
    const std::lock_guard lock(m_mutex);
    return m_completed;
}

void WalCheckpointer::run()
{
    while (true) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_requested || m_stopping; });
            if (m_stopping) {
                return; // the writer checkpoints once more itself when it is done (BulkWrites' destructor)
            }
            m_requested = false;
            m_running = true;
        }
        const bool ran = m_db.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")).ok();
        {
            const std::lock_guard lock(m_mutex);
            m_completed += ran ? 1 : 0;
            m_running = false;
        }
        m_done.notify_all();
    }
}

} // namespace corrob::storage
