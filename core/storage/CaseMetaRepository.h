// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QString>

namespace corrob::storage {

class Database;

// Case-wide key/value facts: "title", "created_at", "created_by".
class CaseMetaRepository
{
public:
    explicit CaseMetaRepository(Database& db) : m_db(&db) {}

    // The value, or a null QString when the key is not set.
    Result<QString> value(const QString& key) const;
    Status setValue(const QString& key, const QString& value);

private:
    Database* m_db;
};

} // namespace corrob::storage
