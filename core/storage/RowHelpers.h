// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers the repositories share. Internal to core/storage.
#pragma once

#include "core/common/Ids.h"
#include "core/common/Result.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"

#include <array>
#include <cstddef>
#include <optional>
#include <vector>

namespace corrob::storage::rows {

// Binds an id, or NULL for an invalid (unknown) one.
template <typename Tag> void bindId(Statement& s, int index, Id<Tag> id)
{
    if (id.isValid()) {
        s.bind(index, id.value);
    } else {
        s.bind(index, nullptr);
    }
}

// Runs a prepared query and hands each row to visit, which returns false to stop early. The one step loop of the
// repositories.
template <typename Visit> Status forEach(Statement& stmt, Visit visit)
{
    while (true) {
        auto row = stmt.step();
        CORROB_TRY(row);
        if (!row.value() || !visit(stmt)) {
            return {};
        }
    }
}

// Runs a prepared query and converts each row with read.
template <typename T, typename Read> Result<std::vector<T>> collect(Statement& stmt, Read read)
{
    std::vector<T> out;
    if (auto s = forEach(stmt,
                         [&](Statement& row) {
                             out.push_back(read(row));
                             return true;
                         });
        !s) {
        return s.error();
    }
    return out;
}

// Runs a prepared query and converts its first row with read; no row gives nullopt.
template <typename T, typename Read> Result<std::optional<T>> first(Statement& stmt, Read read)
{
    std::optional<T> out;
    if (auto s = forEach(stmt,
                         [&](Statement& row) {
                             out = read(row);
                             return false;
                         });
        !s) {
        return s.error();
    }
    return out;
}

// Prepares sql, binds args, and converts each row with read.
template <typename T, typename Read, typename... Args>
Result<std::vector<T>> select(Database& db, const QString& sql, Read read, const Args&... args)
{
    auto stmt = db.prepare(sql);
    CORROB_TRY(stmt);
    if constexpr (sizeof...(Args) > 0) {
        stmt->bindAll(args...);
    }
    return collect<T>(stmt.value(), read);
}

// Prepares sql, binds args, and converts the first row with read; no row gives nullopt.
template <typename T, typename Read, typename... Args>
Result<std::optional<T>> selectFirst(Database& db, const QString& sql, Read read, const Args&... args)
{
    auto stmt = db.prepare(sql);
    CORROB_TRY(stmt);
    if constexpr (sizeof...(Args) > 0) {
        stmt->bindAll(args...);
    }
    return first<T>(stmt.value(), read);
}

// Prepares sql, binds args, and runs it as a statement that returns no rows.
template <typename... Args> Status run(Database& db, const QString& sql, const Args&... args)
{
    auto stmt = db.prepare(sql);
    CORROB_TRY(stmt);
    if constexpr (sizeof...(Args) > 0) {
        stmt->bindAll(args...);
    }
    return stmt->run();
}

// Like run(), but fails with NotFound (naming what) when no row was changed.
template <typename... Args>
Status runOnExisting(Database& db, const QString& what, const QString& sql, const Args&... args)
{
    CORROB_TRY(run(db, sql, args...));
    if (db.changes() == 0) {
        return Error{ErrorCode::NotFound, QStringLiteral("no such %1").arg(what.section(u' ', 0, 0)), what};
    }
    return {};
}

// Prepares sql, binds args, and reads the id in the first column of the first row; no row gives nullopt.
template <typename IdT, typename... Args>
Result<std::optional<IdT>> optionalId(Database& db, const QString& sql, const Args&... args)
{
    return selectFirst<IdT>(
        db, sql, [](const Statement& s) { return IdT(s.int64(0)); }, args...);
}

// The NotFound error of a lookup: "no such claim (claim 7)".
inline Error notFound(const QString& kind, qint64 id)
{
    return Error{ErrorCode::NotFound, QStringLiteral("no such %1").arg(kind),
                 QStringLiteral("%1 %2").arg(kind).arg(id)};
}

// The value of an enumeration of Count values (0..Count-1, each named by nameOf) held in column as its name: the
// column's bytes are compared with the names, no string made per row (50,000 claims' kinds, 100,000 links' types as a
// large case opens). A name written otherwise goes through parse; one it refuses reads as fallback.
template <typename Enum, std::size_t Count>
Enum enumAt(const Statement& s, int column, QString (*nameOf)(Enum), Result<Enum> (*parse)(const QString&),
            Enum fallback)
{
    static const std::array<QByteArray, Count> names = [nameOf] {
        std::array<QByteArray, Count> out;
        for (std::size_t k = 0; k < Count; ++k) {
            out[k] = nameOf(static_cast<Enum>(k)).toUtf8();
        }
        return out;
    }();
    const QByteArrayView bytes = s.utf8(column);
    for (std::size_t k = 0; k < Count; ++k) {
        if (bytes == names[k]) {
            return static_cast<Enum>(k);
        }
    }
    auto parsed = parse(s.text(column));
    return parsed ? parsed.value() : fallback;
}

} // namespace corrob::storage::rows
