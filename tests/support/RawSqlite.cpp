// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/RawSqlite.h"

#include "core/storage/SearchMarks.h"

#include <sqlite3.h>

namespace corrob::test {
namespace {

// A connection of its own, with the search's functions and tokenizer (as any connection of the program has them):
// the stemmed index cannot be read or written without its tokenizer, nor the tables whose triggers feed it.
int openRaw(const QString& path, sqlite3** db)
{
    const int rc = sqlite3_open(path.toUtf8().constData(), db);
    if (rc == SQLITE_OK) {
        (void)storage::registerSearchMarks(*db);
    }
    return rc;
}

} // namespace

QString rawExec(const QString& path, const QString& sql)
{
    sqlite3* db = nullptr;
    if (openRaw(path, &db) != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return message;
    }
    // The window's workers (the entity scan, the search index) may hold the write lock for a moment: wait for it as
    // the product's own connections do, instead of failing with "database is locked" on a busy machine.
    sqlite3_busy_timeout(db, 10000);
    char* error = nullptr;
    sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &error);
    const QString message = error ? QString::fromUtf8(error) : QString();
    sqlite3_free(error);
    sqlite3_close(db);
    return message;
}

QString rawQuery(const QString& path, const QString& sql)
{
    sqlite3* db = nullptr;
    QString out;
    if (openRaw(path, &db) == SQLITE_OK) {
        sqlite3_busy_timeout(db, 10000);
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &stmt, nullptr) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW) {
            if (const auto* text = sqlite3_column_text(stmt, 0)) {
                out = QString::fromUtf8(reinterpret_cast<const char*>(text));
            }
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return out;
}

int rawFullScanSteps(const QString& path, const QString& sql)
{
    sqlite3* db = nullptr;
    int steps = -1;
    if (openRaw(path, &db) == SQLITE_OK && sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &stmt, nullptr) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_DONE) {
            steps = sqlite3_stmt_status(stmt, SQLITE_STMTSTATUS_FULLSCAN_STEP, 0);
        }
        sqlite3_finalize(stmt);
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    sqlite3_close(db);
    return steps;
}

} // namespace corrob::test
