// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Database.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <sqlite3.h>

#include <utility>

namespace corrob::storage {
namespace {
constexpr int kBusyTimeoutMs = 5000;
}

Database::Database(sqlite3* handle, QString path) : m_db(handle), m_path(std::move(path)) {}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path)), m_idle(std::exchange(other.m_idle, {}))
{
}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        finalizeIdle();
        sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_idle = std::exchange(other.m_idle, {});
    }
    return *this;
}

Database::~Database()
{
    finalizeIdle();
    sqlite3_close_v2(m_db);
}

void Database::finalizeIdle()
{
    for (sqlite3_stmt* stmt : std::as_const(m_idle)) {
        sqlite3_finalize(stmt);
    }
    m_idle.clear();
}

void Database::recycle(const QString& sql, sqlite3_stmt* stmt)
{
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt); // no-copy bindings must not outlive their buffers
    if (!m_db || m_idle.size() >= kMaxIdle || m_idle.contains(sql)) {
        sqlite3_finalize(stmt);
        return;
    }
    m_idle.insert(sql, stmt);
}

Result<Database> Database::open(const QString& path, OpenMode mode)
{
    const QFileInfo info(path);
    if (mode != OpenMode::CreateIfMissing && !info.exists()) {
        return Error{ErrorCode::NotFound, QStringLiteral("no such file"), path};
    }
    if (info.exists() && info.isDir()) {
        return Error{ErrorCode::NotACase, QStringLiteral("this is a folder, not a case file"), path};
    }
    int flags = (mode == OpenMode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | SQLITE_OPEN_NOMUTEX
                | SQLITE_OPEN_EXRESCODE;
    if (mode == OpenMode::CreateIfMissing) {
        flags |= SQLITE_OPEN_CREATE;
    }
    sqlite3* handle = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &handle, flags, nullptr);
    Database db(handle, path);
    if (rc != SQLITE_OK) {
        return db.lastError(rc, QStringLiteral("cannot open the file"));
    }
    sqlite3_busy_timeout(handle, kBusyTimeoutMs);
    sqlite3_extended_result_codes(handle, 1);
    if (auto s = db.exec(QStringLiteral("PRAGMA foreign_keys = ON")); !s) {
        return s.error();
    }
    return db;
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

Status Database::exec(const QString& sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK) {
        return lastError(rc, QStringLiteral("a database command failed"));
    }
    return {};
}

Result<Statement> Database::prepare(const QString& sql)
{
    if (const auto idle = m_idle.find(sql); idle != m_idle.end()) {
        sqlite3_stmt* kept = idle.value();
        m_idle.erase(idle);
        return Statement(kept, this, sql);
    }
    sqlite3_stmt* stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return lastError(rc, QStringLiteral("cannot read the case"));
    }
    return Statement(stmt, this, sql);
}

Result<qint64> Database::queryInt(const QString& sql)
{
    auto stmt = prepare(sql);
    if (!stmt) {
        return stmt.error();
    }
    auto row = stmt->step();
    if (!row) {
        return row.error();
    }
    return row.value() ? stmt->int64(0) : qint64{0};
}

Result<QStringList> Database::quickCheck()
{
    auto stmt = prepare(QStringLiteral("PRAGMA quick_check"));
    if (!stmt) {
        return stmt.error();
    }
    QStringList findings;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (!row.value()) {
            break;
        }
        if (const QString line = stmt->text(0); line != u"ok" && !isFalseNullFinding(line)) {
            findings << line;
        }
    }
    return findings;
}

bool Database::isFalseNullFinding(const QString& finding)
{
    // SQLite 3.40's quick_check reports "NULL value in T.C" for every row of a WITHOUT ROWID table whose NOT NULL
    // column C is declared before a primary-key column (source_aliases.alias in schema 1), although the row holds
    // a value. Such a finding counts only when a direct query finds the NULL.
    static const QRegularExpression nullFinding(QStringLiteral("^NULL value in (\\w+)\\.(\\w+)$"));
    const auto m = nullFinding.match(finding);
    if (!m.hasMatch()) {
        return false;
    }
    // The names come from SQLite's message: use them as identifiers only once the schema confirms them.
    auto known = prepare(QStringLiteral("SELECT 1 FROM sqlite_schema s, pragma_table_info(s.name) c "
                                        "WHERE s.type = 'table' AND s.name = ? AND c.name = ?"));
    if (!known) {
        return false;
    }
    known->bindAll(m.captured(1), m.captured(2));
    if (auto row = known->step(); !row || !row.value()) {
        return false;
    }
    auto nulls = queryInt(QStringLiteral("SELECT count(*) FROM \"%1\" WHERE \"%2\" IS NULL").arg(m.captured(1), m.captured(2)));
    return nulls && nulls.value() == 0;
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Error Database::lastError(int resultCode, const QString& what) const
{
    const QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(resultCode));
    const QString message = what + u": " + detail;
    switch (resultCode & 0xFF) {
    case SQLITE_NOTADB:
        return {ErrorCode::NotACase, QStringLiteral("not a Corroborate case (the file is not a database)"), m_path};
    case SQLITE_CORRUPT:
        return {ErrorCode::Corrupt, QStringLiteral("the case file is damaged: ") + detail, m_path};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {ErrorCode::Busy, QStringLiteral("the case is in use by another program; try again: ") + detail,
                m_path};
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_FULL:
        return {ErrorCode::Io, message, m_path};
    default:
        return {ErrorCode::Database, message, m_path};
    }
}

} // namespace corrob::storage
