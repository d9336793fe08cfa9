// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Statement.h"

#include "core/storage/Database.h"

#include <sqlite3.h>

#include <utility>

namespace corrob::storage {

Statement::Statement(sqlite3_stmt* stmt, const Database* db, QString sql)
    : m_stmt(stmt), m_db(db), m_sql(std::move(sql))
{
}

Statement::Statement(Statement&& other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)), m_db(std::exchange(other.m_db, nullptr)),
      m_sql(std::move(other.m_sql)), m_bindError(std::exchange(other.m_bindError, std::nullopt))
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        release();
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = std::exchange(other.m_db, nullptr);
        m_sql = std::move(other.m_sql);
        m_bindError = std::exchange(other.m_bindError, std::nullopt);
    }
    return *this;
}

Statement::~Statement()
{
    release();
}

void Statement::release()
{
    if (m_stmt && m_db) {
        m_db->recycle(m_sql, m_stmt);
    } else {
        sqlite3_finalize(m_stmt);
    }
    m_stmt = nullptr;
}

Statement& Statement::bind(int index, qint64 value)
{
    return checkBind(sqlite3_bind_int64(m_stmt, index, value), index);
}

Statement& Statement::bind(int index, double value)
{
    return checkBind(sqlite3_bind_double(m_stmt, index, value), index);
}

Statement& Statement::bind(int index, const QString& value)
{
    if (value.isNull()) {
        return checkBind(sqlite3_bind_null(m_stmt, index), index);
    }
    const QByteArray utf8 = value.toUtf8();
    return checkBind(sqlite3_bind_text64(m_stmt, index, utf8.constData(), static_cast<sqlite3_uint64>(utf8.size()),
                                         SQLITE_TRANSIENT, SQLITE_UTF8),
                     index);
}

Statement& Statement::bind(int index, const QByteArray& value)
{
    // A zero-length blob must still be a blob, not NULL: pass a non-null pointer.
    static const char empty = 0;
    return checkBind(sqlite3_bind_blob64(m_stmt, index, value.isEmpty() ? &empty : value.constData(),
                                         static_cast<sqlite3_uint64>(value.size()), SQLITE_TRANSIENT),
                     index);
}

Statement& Statement::bindBlobNoCopy(int index, const QByteArray& value)
{
    static const char empty = 0;
    return checkBind(sqlite3_bind_blob64(m_stmt, index, value.isEmpty() ? &empty : value.constData(),
                                         static_cast<sqlite3_uint64>(value.size()), SQLITE_STATIC),
                     index);
}

Statement& Statement::bindTextNoCopy(int index, const QByteArray& utf8)
{
    static const char empty = 0;
    return checkBind(sqlite3_bind_text64(m_stmt, index, utf8.isEmpty() ? &empty : utf8.constData(),
                                         static_cast<sqlite3_uint64>(utf8.size()), SQLITE_STATIC, SQLITE_UTF8),
                     index);
}

Statement& Statement::bind(int index, std::nullptr_t)
{
    return checkBind(sqlite3_bind_null(m_stmt, index), index);
}

Statement& Statement::checkBind(int rc, int index)
{
    if (rc != SQLITE_OK && !m_bindError) {
        const QString what = QStringLiteral("cannot set parameter %1 of a database command").arg(index);
        if ((rc & 0xFF) == SQLITE_TOOBIG) {
            m_bindError = Error{ErrorCode::InvalidArgument,
                                what + QStringLiteral(": the value is larger than a case can store"), m_db->path()};
        } else {
            m_bindError = m_db->lastError(rc, what);
        }
    }
    return *this;
}

Result<bool> Statement::step()
{
    if (m_bindError) {
        return *m_bindError; // never run with a parameter missing or wrong
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    return m_db->lastError(rc, QStringLiteral("a database operation failed"));
}

Status Statement::run()
{
    auto r = step();
    CORROB_TRY(r);
    reset();
    return {};
}

void Statement::reset()
{
    m_bindError.reset();
    sqlite3_reset(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data) {
        return {};
    }
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView Statement::utf8(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

QString Statement::text(int column, RepeatedText& recent) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data) {
        return {};
    }
    const QByteArrayView bytes(data, sqlite3_column_bytes(m_stmt, column));
    if (bytes != recent.bytes || recent.text.isNull()) {
        recent.bytes = bytes.toByteArray();
        recent.text = QString::fromUtf8(bytes);
    }
    return recent.text;
}

QString Statement::text(int column, int sameAs, const QString& same) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data) {
        return {};
    }
    const QByteArrayView bytes(data, sqlite3_column_bytes(m_stmt, column));
    // Both pointers stay valid until the next step: reading one column converts nothing in another.
    const auto* other = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, sameAs));
    if (other && !same.isNull() && bytes == QByteArrayView(other, sqlite3_column_bytes(m_stmt, sameAs))) {
        return same;
    }
    return QString::fromUtf8(bytes);
}

QByteArray Statement::blob(int column) const
{
    const void* data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QByteArray(static_cast<const char*>(data), size) : QByteArray();
}

} // namespace corrob::storage
