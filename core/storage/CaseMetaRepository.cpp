// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/CaseMetaRepository.h"

#include "core/storage/Database.h"

namespace corrob::storage {

Result<QString> CaseMetaRepository::value(const QString& key) const
{
    auto stmt = m_db->prepare(QStringLiteral("SELECT value FROM case_meta WHERE key = ?"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, key);
    auto row = stmt->step();
    if (!row) {
        return row.error();
    }
    return row.value() ? stmt->text(0) : QString();
}

Status CaseMetaRepository::setValue(const QString& key, const QString& value)
{
    auto stmt = m_db->prepare(QStringLiteral(
        "INSERT INTO case_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bindAll(key, value);
    return stmt->run();
}

} // namespace corrob::storage
