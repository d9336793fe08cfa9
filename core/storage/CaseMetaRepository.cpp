// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/CaseMetaRepository.h"
#include "core/storage/RowHelpers.h"

#include "core/storage/Database.h"

namespace corrob::storage {

Result<QString> CaseMetaRepository::value(const QString& key) const
{
    auto stmt = m_db->prepare(QStringLiteral("SELECT value FROM case_meta WHERE key = ?"));
    CORROB_TRY(stmt);
    stmt->bind(1, key);
    auto row = stmt->step();
    CORROB_TRY(row);
    return row.value() ? stmt->text(0) : QString();
}

Status CaseMetaRepository::setValue(const QString& key, const QString& value)
{
    return rows::run(
        *m_db,
        QStringLiteral(
            "INSERT INTO case_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
        key, value);
}

} // namespace corrob::storage
