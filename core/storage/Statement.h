// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstddef>
#include <optional>

struct sqlite3_stmt;

namespace corrob::storage {

class Database;

// A compiled SQL statement (RAII: finalized on destruction). Parameters are 1-based, columns 0-based.
//
// The bind functions chain, so they cannot return a Result: a bind that SQLite refuses (a parameter index out of
// range, a value over SQLite's size limit, a statement still running) is kept, and the next step() or run()
// returns it as an Error without running the statement. reset() forgets it, with the rest of the previous run.
class Statement
{
public:
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value); // a null QString binds NULL
    Statement& bind(int index, const QByteArray& value);
    Statement& bind(int index, std::nullptr_t);
    // Binds without copying: SQLite reads the caller's buffer, which must stay alive and unchanged until the
    // statement has run and been reset or destroyed. For large values (a report's original and working text).
    Statement& bindBlobNoCopy(int index, const QByteArray& value);
    Statement& bindTextNoCopy(int index, const QByteArray& utf8);

    // Binds every argument in order, starting at parameter 1.
    template <typename... Args> Statement& bindAll(const Args&... args)
    {
        int index = 0;
        (bind(++index, args), ...);
        return *this;
    }

    // Advances to the next row: true when a row is available, false when done.
    Result<bool> step();
    // Runs a statement that returns no rows.
    Status run();
    // Makes the statement ready to run again (bindings are kept; a failed bind is forgotten).
    void reset();
    // The first bind SQLite refused since the last reset, if any: what step() will return.
    [[nodiscard]] const std::optional<Error>& bindError() const { return m_bindError; }

    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] qint64 int64(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] QString text(int column) const; // NULL gives a null QString
    // The text of a column whose value repeats from row to row (an author, a timestamp of one batch): `recent` keeps
    // the last value read through it, and a row holding the same text gets that QString shared, not a copy. Rows kept
    // in memory by the thousand (the workbench's claims and links) hold one string for all of them.
    struct RepeatedText
    {
        QByteArray bytes;
        QString text;
    };
    [[nodiscard]] QString text(int column, RepeatedText& recent) const;
    // The text of column, or `same` itself (shared, not copied) when column holds the same text as column `sameAs`:
    // a claim's statement is most often its quote, its last change most often its creation.
    [[nodiscard]] QString text(int column, int sameAs, const QString& same) const;
    [[nodiscard]] QByteArray blob(int column) const;
    // The column's text as SQLite holds it (UTF-8), not copied: valid until the next step() or reset(); empty for
    // NULL. For a value compared, not kept (a link's type in 100,000 rows).
    [[nodiscard]] QByteArrayView utf8(int column) const;

private:
    friend class Database;
    Statement(sqlite3_stmt* stmt, const Database* db, QString sql);
    Statement& checkBind(int rc, int index);
    // Gives the compiled statement back to the database for the next prepare of the same sql.
    void release();
    sqlite3_stmt* m_stmt = nullptr;
    const Database* m_db = nullptr;
    QString m_sql;
    std::optional<Error> m_bindError;
};

} // namespace corrob::storage
