// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SourceRepository.h"

#include "core/common/Hash.h"
#include "core/storage/Database.h"
#include "core/text/Fold.h"

namespace corrob::storage {

Result<std::optional<SourceId>> SourceRepository::findByName(const QString& name)
{
    auto stmt = m_db->prepare(QStringLiteral("SELECT id FROM sources WHERE name_key = ?1 "
                                             "UNION SELECT source_id FROM source_aliases WHERE alias_key = ?1 "
                                             "ORDER BY 1 LIMIT 1"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, text::foldKey(name));
    auto row = stmt->step();
    if (!row) {
        return row.error();
    }
    return row.value() ? std::optional<SourceId>(SourceId(stmt->int64(0))) : std::nullopt;
}

Result<SourceId> SourceRepository::findOrCreate(const QString& name, const QString& kind, bool* created)
{
    if (created) {
        *created = false;
    }
    auto found = findByName(name);
    if (!found) {
        return found.error();
    }
    if (found.value()) {
        return *found.value();
    }
    auto stmt =
        m_db->prepare(QStringLiteral("INSERT INTO sources (name, name_key, kind, created_at) VALUES (?, ?, ?, ?)"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bindAll(name.simplified(), text::foldKey(name), kind, utcNowIso());
    if (auto s = stmt->run(); !s) {
        return s.error();
    }
    if (created) {
        *created = true;
    }
    return SourceId(m_db->lastInsertRowId());
}

Result<QString> SourceRepository::name(SourceId id)
{
    auto stmt = m_db->prepare(QStringLiteral("SELECT name FROM sources WHERE id = ?"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, id.value);
    auto row = stmt->step();
    if (!row) {
        return row.error();
    }
    if (!row.value()) {
        return Error{ErrorCode::NotFound, QStringLiteral("no such source"), QStringLiteral("source %1").arg(id.value)};
    }
    return stmt->text(0);
}

} // namespace corrob::storage
