// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Database.h"

#include "core/storage/RowHelpers.h"
#include "core/storage/SearchMarks.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QRegularExpression>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>
#include <utility>

namespace corrob::storage {
namespace {
constexpr int kBusyTimeoutMs = 5000;

// The connections this process has open, by the file's canonical path (Database::whileNotOpenHere). Never destroyed:
// a connection held by a static object may close after every other static is gone.
QMutex& registryMutex()
{
    static auto* mutex = new QMutex;
    return *mutex;
}
QHash<QString, int>& openFiles()
{
    static auto* files = new QHash<QString, int>;
    return *files;
}
void forget(const QString& key)
{
    if (key.isEmpty()) {
        return;
    }
    const QMutexLocker lock(&registryMutex());
    if (--openFiles()[key] <= 0) {
        openFiles().remove(key);
    }
}
} // namespace

std::optional<bool> Database::whileNotOpenHere(const QString& path, const std::function<bool()>& probe)
{
    const QString key = QFileInfo(path).canonicalFilePath();
    const QMutexLocker lock(&registryMutex()); // no connection to it opens meanwhile
    if (!key.isEmpty() && openFiles().value(key) > 0) {
        return std::nullopt;
    }
    return probe();
}

Database::Database(sqlite3* handle, QString path) : m_db(handle), m_path(std::move(path))
{
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path)),
      m_idle(std::exchange(other.m_idle, {})), m_afterTransaction(std::exchange(other.m_afterTransaction, {})),
      m_openKey(std::exchange(other.m_openKey, {}))
{
}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        finalizeIdle();
        sqlite3_close_v2(m_db);
        forget(m_openKey);
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_idle = std::exchange(other.m_idle, {});
        m_afterTransaction = std::exchange(other.m_afterTransaction, {});
        m_openKey = std::exchange(other.m_openKey, {});
    }
    return *this;
}

Database::~Database()
{
    finalizeIdle();
    sqlite3_close_v2(m_db);
    forget(m_openKey);
}

void Database::finalizeIdle()
{
    for (sqlite3_stmt* stmt : std::as_const(m_idle)) {
        sqlite3_finalize(stmt);
    }
    m_idle.clear();
}

void Database::recycle(const QString& sql, sqlite3_stmt* stmt) const
{
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt); // no-copy bindings must not outlive their buffers
    if (!m_db || m_idle.size() >= kMaxIdle || m_idle.contains(sql)) {
        sqlite3_finalize(stmt);
        return;
    }
    m_idle.insert(sql, stmt);
}

bool Database::isDatabaseFile(const QString& path)
{
    QFile file(path);
    static constexpr char kHeader[] = "SQLite format 3"; // and its NUL: 16 bytes
    return file.open(QIODevice::ReadOnly) && file.read(sizeof kHeader) == QByteArray(kHeader, sizeof kHeader);
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
    const bool readOnly = mode == OpenMode::ReadOnly || mode == OpenMode::FileAlone;
    int flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    if (mode == OpenMode::CreateIfMissing) {
        flags |= SQLITE_OPEN_CREATE;
    }
    // Read-only, in a folder it cannot write (evidence on write-protected media), SQLite cannot make the
    // shared-memory file a WAL case is read with. With no -wal and no -shm beside it, no connection has it open
    // (the last one to close removes them), so it is opened as immutable, without them. With either there, a writer
    // may be at work or a log may wait: a plain read-only open, which reads through them. (An empty -wal alone is
    // what a crash leaves: nothing waits in it.)
    QByteArray name = path.toUtf8();
    const bool readOnlyFolder =
        mode == OpenMode::ReadOnly && info.exists() && !QFileInfo(info.absolutePath()).isWritable();
    if (mode == OpenMode::FileAlone || (readOnlyFolder && QFileInfo(path + QStringLiteral("-wal")).size() <= 0 &&
                                        !QFileInfo::exists(path + QStringLiteral("-shm")))) {
        name = QUrl::fromLocalFile(info.absoluteFilePath()).toEncoded() + "?immutable=1";
        flags |= SQLITE_OPEN_URI;
    }
    sqlite3* handle = nullptr;
    // Counted before SQLite opens it, so that whileNotOpenHere never runs while this connection takes its locks.
    QString key = QFileInfo(path).canonicalFilePath();
    if (!key.isEmpty()) {
        const QMutexLocker lock(&registryMutex());
        ++openFiles()[key];
    }
    const int rc = sqlite3_open_v2(name.constData(), &handle, flags, nullptr);
    Database db(handle, path);
    db.m_openKey = std::move(key); // counted down when db goes, opened or not
    if (rc != SQLITE_OK) {
        return db.lastError(rc, QStringLiteral("cannot open the file"));
    }
    sqlite3_busy_timeout(handle, kBusyTimeoutMs);
    sqlite3_extended_result_codes(handle, 1);
    // A case file is untrusted input (docs/decisions/0019): SQL in it may run no code of ours and load nothing, and
    // no statement may deliberately corrupt the file (writable_schema, journal_mode=OFF, ...).
    for (const auto& [option, value] :
         {std::pair{SQLITE_DBCONFIG_DEFENSIVE, 1}, std::pair{SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0},
          std::pair{SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0}}) {
        if (const int configured = sqlite3_db_config(handle, option, value, nullptr); configured != SQLITE_OK) {
            return db.lastError(configured, QStringLiteral("cannot make the connection safe for an untrusted file"));
        }
    }
    if (auto s = registerSearchMarks(handle); !s) {
        return s.error();
    }
    if (auto s = db.exec(QStringLiteral("PRAGMA foreign_keys = ON; PRAGMA cell_size_check = ON; "
                                        "PRAGMA journal_size_limit = %1")
                             .arg(kJournalSizeLimit));
        !s) {
        return s.error();
    }
    return db;
}

Status Database::trustVerifiedSchema()
{
    if (const int rc = sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 1, nullptr); rc != SQLITE_OK) {
        return lastError(rc, QStringLiteral("cannot configure the connection"));
    }
    return {};
}

Status Database::backupTo(const QString& target, const BackupProgress& progress)
{
    sqlite3* dest = nullptr;
    const int opened = sqlite3_open_v2(
        target.toUtf8().constData(), &dest,
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE, nullptr);
    Database copy(dest, target); // closes dest on every return
    if (opened != SQLITE_OK) {
        return copy.lastError(opened, QStringLiteral("cannot create the backup file"));
    }
    sqlite3_backup* backup = sqlite3_backup_init(dest, "main", m_db, "main");
    if (!backup) {
        return copy.lastError(sqlite3_errcode(dest), QStringLiteral("cannot start the backup"));
    }
    // Pages are copied in steps, each from one consistent snapshot; a write by another connection restarts the
    // copy, so what ends in the file is one committed state of the case.
    constexpr int kPagesPerStep = 256;
    int waited = 0;
    int rc = SQLITE_OK;
    while (true) {
        rc = sqlite3_backup_step(backup, kPagesPerStep);
        if (rc == SQLITE_OK || rc == SQLITE_DONE) {
            waited = 0;
            const int total = sqlite3_backup_pagecount(backup);
            if (progress && !progress(total - sqlite3_backup_remaining(backup), total)) {
                sqlite3_backup_finish(backup);
                return Error{ErrorCode::Io, QStringLiteral("the backup was cancelled"), target};
            }
            if (rc == SQLITE_DONE) {
                break;
            }
        } else if ((rc & 0xFF) == SQLITE_BUSY || (rc & 0xFF) == SQLITE_LOCKED) {
            if (waited >= kBusyTimeoutMs) {
                break;
            }
            sqlite3_sleep(50);
            waited += 50;
        } else {
            break;
        }
    }
    const int finished = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        return copy.lastError(rc, QStringLiteral("the backup failed"));
    }
    if (finished != SQLITE_OK) {
        return copy.lastError(finished, QStringLiteral("the backup failed"));
    }
    return {};
}

bool Database::isReadOnly() const
{
    return sqlite3_db_readonly(m_db, "main") == 1;
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
    // Read before the waiting statements run: they may fail too and change the connection's last error.
    Status status = rc == SQLITE_OK ? Status() : Status(lastError(rc, QStringLiteral("a database command failed")));
    if (!m_afterTransaction.isEmpty() && !inTransaction()) {
        // Taken first: each runs through exec, which must not run them again.
        const QStringList waiting = std::exchange(m_afterTransaction, {});
        for (const QString& statement : waiting) {
            char* ignored = nullptr;
            (void)sqlite3_exec(m_db, statement.toUtf8().constData(), nullptr, nullptr, &ignored);
            sqlite3_free(ignored);
        }
    }
    return status;
}

void Database::execOutsideTransaction(const QString& sql)
{
    if (inTransaction()) {
        m_afterTransaction << sql;
        return;
    }
    (void)exec(sql);
}

Status Database::copyTo(const QString& path) const
{
    auto stmt = prepare(QStringLiteral("VACUUM INTO ?"));
    CORROB_TRY(stmt);
    stmt->bind(1, path);
    if (auto s = stmt->run(); !s) {
        return Error{s.error().code, QStringLiteral("cannot copy the case: ") + s.error().message, path};
    }
    return {};
}

Result<Statement> Database::prepare(const QString& sql) const
{
    if (const auto idle = m_idle.find(sql); idle != m_idle.end()) {
        sqlite3_stmt* kept = idle.value();
        m_idle.erase(idle);
        return Statement(kept, this, sql);
    }
    sqlite3_stmt* stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &stmt, &tail);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return lastError(rc, QStringLiteral("cannot read the case"));
    }
    if (!stmt) {
        return Error{ErrorCode::Database, QStringLiteral("no SQL statement to run (only whitespace or comments)"),
                     sql.left(80)};
    }
    // Only whitespace and comments may follow: a second statement would silently never run. Compiling the rest
    // tells them apart the way SQLite does (no statement comes back for whitespace and comments alone). Refused
    // statements are finalized here, never kept for reuse.
    const qsizetype used = tail - utf8.constData();
    if (used < utf8.size()) {
        sqlite3_stmt* next = nullptr;
        const int restRc = sqlite3_prepare_v2(m_db, tail, static_cast<int>(utf8.size() - used), &next, nullptr);
        sqlite3_finalize(next);
        if (restRc != SQLITE_OK || next) {
            sqlite3_finalize(stmt);
            return Error{ErrorCode::Database,
                         QStringLiteral("more than one SQL statement given where one is expected; nothing was run "
                                        "(use exec for a script)"),
                         QString::fromUtf8(tail, utf8.size() - used).trimmed().left(80)};
        }
    }
    return Statement(stmt, this, sql);
}

Result<qint64> Database::queryInt(const QString& sql) const
{
    auto stmt = prepare(sql);
    CORROB_TRY(stmt);
    auto row = stmt->step();
    CORROB_TRY(row);
    return row.value() ? stmt->int64(0) : qint64{0};
}

RowChanges::RowChanges(Database& db) : m_db(db)
{
    m_previous = sqlite3_update_hook(m_db.m_db, &RowChanges::hook, this);
}

RowChanges::~RowChanges()
{
    sqlite3_update_hook(m_db.m_db, nullptr, m_previous);
}

void RowChanges::hook(void* self, int /*op*/, const char* database, const char* table, long long rowid)
{
    const QLatin1StringView name(table);
    if (qstrcmp(database, "main") != 0 || name.startsWith(QLatin1StringView("search_")) ||
        name.startsWith(QLatin1StringView("sqlite_")) || name == QLatin1StringView("audit_log")) {
        return;
    }
    auto* changes = static_cast<RowChanges*>(self);
    changes->m_rows.push_back({QString::fromUtf8(table), rowid});
}

std::vector<RowRef> RowChanges::rows() const
{
    std::vector<RowRef> out = m_rows;
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

Result<QByteArray> Database::rowDigest(const RowRef& row) const
{
    QString table = row.table;
    table.replace(u'"', QStringLiteral("\"\""));
    auto stmt = prepare(QStringLiteral("SELECT * FROM \"%1\" WHERE rowid = ?").arg(table));
    CORROB_TRY(stmt);
    stmt->bind(1, row.rowid);
    auto found = stmt->step();
    CORROB_TRY(found);
    if (!found.value()) {
        return QByteArray();
    }
    sqlite3_stmt* raw = stmt->m_stmt;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const int columns = sqlite3_column_count(raw);
    for (int i = 0; i < columns; ++i) {
        if (const char* name = sqlite3_column_name(raw, i);
            qstrcmp(name, "updated_at") == 0 || qstrcmp(name, "created_at") == 0) {
            continue;
        }
        const int type = sqlite3_column_type(raw, i);
        const char tag = char('0' + type);
        hash.addData(QByteArrayView(&tag, 1));
        if (type == SQLITE_NULL) {
            continue;
        }
        const auto* bytes =
            static_cast<const char*>(type == SQLITE_BLOB ? sqlite3_column_blob(raw, i) : sqlite3_column_text(raw, i));
        const int size = sqlite3_column_bytes(raw, i);
        const qint64 length = size;
        hash.addData(QByteArrayView(reinterpret_cast<const char*>(&length), sizeof length));
        if (bytes && size > 0) {
            hash.addData(QByteArrayView(bytes, size));
        }
    }
    // Rows without a rowid that belong to this one (the update hook does not see them): a tag given to a claim by
    // another program changes the claim.
    static const QHash<QString, QString> kOwned = {
        {QStringLiteral("claims"), QStringLiteral("SELECT tag_id FROM claim_tags WHERE claim_id = ? ORDER BY 1")},
        {QStringLiteral("sources"),
         QStringLiteral("SELECT alias_key || '\x1f' || alias FROM source_aliases WHERE source_id = ? ORDER BY 1")},
        {QStringLiteral("entities"),
         QStringLiteral(
             "SELECT alias_key || '\x1f' || alias || '\x1f' || origin FROM entity_aliases WHERE entity_id = ? "
             "ORDER BY 1")},
    };
    if (const auto owned = kOwned.constFind(row.table); owned != kOwned.constEnd()) {
        auto children = prepare(owned.value());
        CORROB_TRY(children);
        children->bind(1, row.rowid);
        CORROB_TRY(rows::forEach(children.value(), [&hash](const Statement& child) {
            hash.addData(QByteArrayView("\x1e", 1));
            hash.addData(child.text(0).toUtf8());
            return true;
        }));
    }
    return hash.result();
}

Result<QStringList> Database::quickCheck() const
{
    auto stmt = prepare(QStringLiteral("PRAGMA quick_check"));
    CORROB_TRY(stmt);
    QStringList findings;
    while (true) {
        auto row = stmt->step();
        CORROB_TRY(row);
        if (!row.value()) {
            break;
        }
        if (const QString line = stmt->text(0); line != u"ok" && !isFalseNullFinding(line)) {
            findings << line;
        }
    }
    return findings;
}

bool Database::isFalseNullFinding(const QString& finding) const
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
    auto nulls =
        queryInt(QStringLiteral("SELECT count(*) FROM \"%1\" WHERE \"%2\" IS NULL").arg(m.captured(1), m.captured(2)));
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
    const QString detail =
        m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(resultCode));
    const QString message = what + u": " + detail;
    switch (resultCode & 0xFF) {
    case SQLITE_NOTADB:
        return {ErrorCode::NotACase, QStringLiteral("not a Corroborate case (the file is not a database)"), m_path};
    case SQLITE_CORRUPT:
        return {ErrorCode::Corrupt, QStringLiteral("the case file is damaged: ") + detail, m_path};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {ErrorCode::Busy, QStringLiteral("the case is in use by another program; try again: ") + detail, m_path};
    case SQLITE_FULL:
        return {ErrorCode::Io,
                QStringLiteral("the disk is full: the change was not saved and the case is as it was; free some space "
                               "and try again (%1)")
                    .arg(detail),
                m_path};
    case SQLITE_READONLY:
    case SQLITE_PERM: {
        // Which of the case's files stops it: a -shm or -wal left read-only (made while the case file was read-only,
        // or by another user) is not the case file the message would otherwise name.
        QString which = QStringLiteral("a read-only file, folder or disk");
        const QFileInfo file(m_path);
        if (file.exists() && !file.isWritable()) {
            which = QStringLiteral("the case file is read-only");
        } else if (!QFileInfo(file.absolutePath()).isWritable()) {
            which = QStringLiteral("its folder cannot be written");
        } else {
            for (const char* suffix : {"-shm", "-wal"}) {
                const QFileInfo beside(m_path + QLatin1StringView(suffix));
                if (beside.exists() && !beside.isWritable()) {
                    which = QStringLiteral("%1 beside it is read-only, left so by a program that read the case while "
                                           "it could not be written; remove it once no program has the case open")
                                .arg(beside.fileName());
                    break;
                }
            }
        }
        return {ErrorCode::Io,
                QStringLiteral("the case cannot be written (%1): the change was not saved and the case is as it was "
                               "(%2)")
                    .arg(which, detail),
                m_path};
    }
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
        return {ErrorCode::Io, message, m_path};
    default:
        return {ErrorCode::Database, message, m_path};
    }
}

} // namespace corrob::storage
