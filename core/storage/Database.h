// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/storage/Statement.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

struct sqlite3;

namespace corrob::storage {

// One SQLite connection (RAII: closed on destruction). Move-only; use it from one thread at a time.
// Every other storage class works through a Database&. The read side is const (prepare, queryInt, quickCheck, copyTo),
// so a const Database& can read; const does not make the connection thread-safe: the statement cache changes on every
// prepare, even through a const Database, so one thread at a time still holds for const use.
// A row of one of the case's tables that have a rowid.
struct RowRef
{
    QString table;
    qint64 rowid = 0;
    bool operator==(const RowRef& other) const { return rowid == other.rowid && table == other.table; }
    bool operator<(const RowRef& other) const
    {
        return table != other.table ? table < other.table : rowid < other.rowid;
    }
};

class Database;

// While alive, collects the rows that the statements of one connection insert, update or delete in the case's own
// tables (SQLite's update hook): what an edit changed, so that its undo can tell whether anything else changed
// them since (casefile::Edit). Not collected: the search index's tables and the audit log (every write adds to
// them), and tables without a rowid (the hook does not see them: aliases, a claim's tags, entity mentions).
class RowChanges
{
public:
    explicit RowChanges(Database& db);
    ~RowChanges();
    RowChanges(const RowChanges&) = delete;
    RowChanges& operator=(const RowChanges&) = delete;

    // The rows changed so far, sorted, each once.
    [[nodiscard]] std::vector<RowRef> rows() const;

private:
    static void hook(void* self, int op, const char* database, const char* table, long long rowid);
    Database& m_db;
    void* m_previous = nullptr;
    std::vector<RowRef> m_rows;
};

class Database
{
public:
    enum class OpenMode
    {
        ExistingOnly,    // fail with NotFound when the file does not exist
        CreateIfMissing, // create an empty database file
        ReadOnly,        // an existing file, opened read-only: every write fails (SQLITE_READONLY)
        FileAlone,       // an existing file, read-only, as the file alone holds it: a -wal beside it is not read
    };

    // Opens the file and sets the connection up: foreign keys on, and a busy timeout (5 s) so a second process waits
    // instead of failing. Every connection treats the file as untrusted (docs/decisions/0019): defensive mode on,
    // trusted_schema off, extension loading off, cell size checks on. The journal mode is the caller's business
    // (CaseFile switches cases to WAL). ":memory:" with CreateIfMissing opens a private in-memory database.
    static Result<Database> open(const QString& path, OpenMode mode);

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    [[nodiscard]] const QString& path() const { return m_path; }

    // Whether the file at path is an SQLite database (its first 16 bytes are SQLite's header): a case, or another
    // program's database, that writing over would destroy. False when it cannot be read.
    static bool isDatabaseFile(const QString& path);

    // Every connection's journal_size_limit: after a checkpoint has copied the whole write-ahead log back, the next
    // write that starts it over truncates the -wal file to this size, so a big import does not leave it tens of MB
    // long on disk while the case is open.
    static constexpr qint64 kJournalSizeLimit = qint64(4) * 1024 * 1024;
    // Runs probe and returns what it returns when this process has no connection to the file at path, none opening
    // meanwhile (a descriptor of the file may then be opened and closed without dropping a connection's locks:
    // decisions/0013); nullopt, without running it, when one is open.
    static std::optional<bool> whileNotOpenHere(const QString& path, const std::function<bool()>& probe);

    // Whether every write fails (opened ReadOnly, or the file or its folder refuse writes).
    [[nodiscard]] bool isReadOnly() const;

    // Runs one or more statements that take no parameters and return no rows (DDL, PRAGMA).
    Status exec(const QString& sql);

    // Runs sql (as exec) as soon as no transaction is open on this connection: at once when none is, otherwise just
    // after the open one ends by a commit or a rollback run through exec (Transaction's are). For settings that
    // cannot change inside a transaction (temp_store): BulkWrites restores them so even when it ends inside one.
    // Several are run in the order given; a failure is ignored (they are settings, and the connection still works).
    void execOutsideTransaction(const QString& sql);

    // Compiles one statement; bind parameters with Statement::bind, never by pasting values into sql. A statement
    // given back (its Statement destroyed) is kept, reset and unbound, and handed out again for the same sql: the
    // repositories prepare per call, and compiling was 40% of storing an imported report.
    Result<Statement> prepare(const QString& sql) const;

    // The first column of the first row of a parameterless query, as an integer (0 when there is no row).
    Result<qint64> queryInt(const QString& sql) const;

    // SQLite's own structural check (PRAGMA quick_check): an empty list when the file is sound, otherwise
    // SQLite's findings. Reads the whole file. A "NULL value in T.C" finding is kept only when a query finds the
    // NULL (SQLite 3.40 reports it wrongly for some WITHOUT ROWID tables).
    Result<QStringList> quickCheck() const;

    // A consistent copy of the whole database in a new file (VACUUM INTO), through SQLite: the way to copy an open
    // case without touching its files (decisions/0013). Fails when path exists. Must not run inside a transaction.
    Status copyTo(const QString& path) const;

    [[nodiscard]] qint64 lastInsertRowId() const;
    // Whether a transaction is open on this connection (BEGIN without COMMIT or ROLLBACK yet).
    [[nodiscard]] bool inTransaction() const;
    [[nodiscard]] int changes() const;

    // Turns SQLITE_DBCONFIG_TRUSTED_SCHEMA on for this connection. Only CaseFile calls it, and only once the file's
    // schema has been proven to be exactly the one the migrations create and it holds triggers: SQLite 3.40 lets a
    // trigger use a virtual table not marked innocuous (FTS5) only with a trusted schema (decisions/0019).
    Status trustVerifiedSchema();

    // Called during a backup with the pages copied so far and the total; returning false cancels it.
    using BackupProgress = std::function<bool(qint64 done, qint64 total)>;
    // Copies this database, one consistent committed state of it, into a new database file at target with SQLite's
    // online backup API: others may read and write the case meanwhile. target is created or replaced as it stands;
    // CaseFile::backup is the safe way in (a temporary name, checks, then the rename).
    Status backupTo(const QString& target, const BackupProgress& progress = {});

    // A digest of a row's values (every column but updated_at and created_at, which some writes set anew for the
    // same row: an entity written back by its undo): equal digests, equal rows. A claim's digest covers its tags
    // too, and a source's its aliases (tables without a rowid, which RowChanges does not see). Empty when there is
    // no such row.
    Result<QByteArray> rowDigest(const RowRef& row) const;

    // An Error for the connection's last failure, classified by SQLite's result code.
    [[nodiscard]] Error lastError(int resultCode, const QString& what) const;

private:
    friend class Statement;
    friend class RowChanges;
    Database(sqlite3* handle, QString path);
    // Takes a statement back from a Statement: kept for the next prepare(sql), or finalized.
    void recycle(const QString& sql, sqlite3_stmt* stmt) const;
    void finalizeIdle();
    bool isFalseNullFinding(const QString& finding) const;
    sqlite3* m_db = nullptr;
    QString m_path;
    // Compiled statements not in use, by their sql. A cache, not state: mutable so that reads through a const
    // Database can reuse statements. Not synchronised: like the connection, one thread at a time (a worker thread
    // opens its own Database).
    mutable QHash<QString, sqlite3_stmt*> m_idle;
    QStringList m_afterTransaction; // execOutsideTransaction's statements waiting for the transaction to end
    QString m_openKey;              // the canonical path counted for whileNotOpenHere, empty when not counted
    static constexpr qsizetype kMaxIdle = 96;
};

} // namespace corrob::storage
