// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/CaseFile.h"
#include "core/storage/RowHelpers.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>

#include <algorithm>
#include <filesystem>
#include <optional>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace corrob::storage {
namespace {

QString gigabytes(qint64 bytes)
{
    return QStringLiteral("%1 GB").arg(static_cast<double>(bytes) / (1024.0 * 1024.0 * 1024.0), 0, 'f', 1);
}

Error tooLarge(const QString& path, const QString& what, qint64 bytes, const CaseLimits& limits)
{
    return Error{ErrorCode::Unsupported,
                 QStringLiteral("%1 %2, more than Corroborate opens (%3): this is not a case it wrote, or the file is "
                                "damaged; it was not opened")
                     .arg(what, gigabytes(bytes), gigabytes(limits.maxBytes)),
                 path};
}

// Whether a new file can be made at path, said of its folder: SQLite says only "unable to open database file" for a
// folder that is missing or cannot be written.
Status folderTakesNewFiles(const QString& path)
{
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.isDir()) {
        return Error{ErrorCode::NotFound,
                     QStringLiteral("the folder %1 does not exist: create it first, or choose another")
                         .arg(QDir::toNativeSeparators(folder.filePath())),
                     path};
    }
    if (!folder.isWritable()) {
        return Error{ErrorCode::Io,
                     QStringLiteral("the folder %1 cannot be written (you may not write there, or it is on a "
                                    "read-only disk): choose another")
                         .arg(QDir::toNativeSeparators(folder.filePath())),
                     path};
    }
    return {};
}

// Whether another process has the case open now: every connection to a WAL database holds a read lock on the "DMS"
// byte of its -shm file (byte 128 in SQLite's unix VFS) while it is open, and a crash lets go of it. Asked only
// through Database::whileNotOpenHere: closing a descriptor of the file drops every lock this process holds on it
// (decisions/0013).
bool openInAnotherProcess(const QString& path)
{
#ifdef Q_OS_UNIX
    const QByteArray shm = QFile::encodeName(path + QStringLiteral("-shm"));
    const int fd = ::open(shm.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    struct flock lock = {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = 128;
    lock.l_len = 1;
    const bool held = ::fcntl(fd, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK;
    ::close(fd);
    return held;
#else
    Q_UNUSED(path);
    return false;
#endif
}

// The newest entry of the case's audit log as db reads it: its number and hash (nullopt when there is none or it
// cannot be read).
std::optional<std::pair<qint64, QString>> auditHead(Database& db)
{
    auto stmt = db.prepare(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!stmt) {
        return std::nullopt;
    }
    auto row = stmt->step();
    if (!row || !row.value()) {
        return std::nullopt;
    }
    return std::pair{stmt->int64(0), stmt->text(1)};
}

// A crash leaves the write-ahead log (path-wal) beside the case, and the next connection reads its pages as part of
// the case; the last one to close copies them into the file and deletes the log. Pages that do not belong there
// damage the case for good: the log of another case put beside it, or a log left by a crash beside a case that was
// then replaced (a backup copied over it). Looked at on read-only connections, which change neither file, before the
// case is opened at all: the log's case must be the file's (the newest audit entry of the file alone reads the same
// through the log), and when the file changed after the log's last write (a checkpoint, or the file replaced) its
// pages must fit the file (SQLite's quick_check through the log, which reads the whole case: only then).
Status checkWriteAheadLog(const QString& path)
{
    static constexpr qint64 kWalHeaderBytes = 32;
    const QFileInfo log(path + QStringLiteral("-wal"));
    if (log.size() <= kWalHeaderBytes) {
        return {}; // no log, or one with no page in it
    }
    // Looked at only when no program has the case open: the log of one that has is its live log. (This process's
    // connections are known; another's is found by its lock on the -shm file.)
    if (const auto elsewhere = Database::whileNotOpenHere(path, [&path] { return openInAnotherProcess(path); });
        !elsewhere || *elsewhere) {
        return {};
    }
    auto alone = Database::open(path, Database::OpenMode::FileAlone);
    auto withLog = Database::open(path, Database::OpenMode::ReadOnly);
    if (!alone || !withLog) {
        return {}; // the open that follows says what is wrong
    }
    const QString logName = log.fileName();
    const auto damage = [&](const QString& why) {
        return Error{ErrorCode::Corrupt,
                     QStringLiteral("%1, so reading the case through it would damage the case for good. Move %2 "
                                    "(and %3, if there) out of the folder to open the case as its file holds it; "
                                    "nothing was changed")
                         .arg(why, logName, QFileInfo(path + QStringLiteral("-shm")).fileName()),
                     path};
    };
    // Every change appends to the hash-chained audit log and never changes an entry: the file's newest entry reads
    // the same through the case's own log, whatever the log added after it.
    if (const auto head = auditHead(alone.value())) {
        auto stmt = withLog->prepare(QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"));
        std::optional<QString> through;
        if (stmt) {
            stmt->bind(1, head->first);
            if (auto row = stmt->step(); row && row.value()) {
                through = stmt->text(0);
            }
        }
        if (through != head->second) {
            return damage(QStringLiteral("the write-ahead log beside the case (%1) is not this case's: entry %2 of "
                                         "the case's audit log reads differently through it")
                              .arg(logName)
                              .arg(head->first));
        }
    }
    if (QFileInfo(path).metadataChangeTime() < log.lastModified()) {
        return {};
    }
    auto problems = withLog->quickCheck();
    if (!problems || !problems->isEmpty()) {
        const QString finding = problems ? problems->first() : problems.error().message;
        return damage(QStringLiteral("the case file and the write-ahead log beside it (%1) do not agree (%2): was the "
                                     "file replaced, a backup copied over it, after a crash left the log?")
                          .arg(logName, finding.section(u'\n', 0, 0).left(200)));
    }
    return {};
}

// sqlite_schema as "type name on table: sql" lines, sorted. sqlite_stat* (ANALYZE's statistics) only steer the query
// planner and are left out.
Result<QStringList> schemaObjects(Database& db)
{
    auto stmt = db.prepare(QStringLiteral("SELECT type, name, tbl_name, ifnull(sql, '') FROM sqlite_schema "
                                          "WHERE name NOT LIKE 'sqlite\\_stat%' ESCAPE '\\' ORDER BY type, name"));
    CORROB_TRY(stmt);
    QStringList objects;
    CORROB_TRY(rows::forEach(stmt.value(), [&](const Statement& s) {
        objects << s.text(0) + u' ' + s.text(1) + u" on " + s.text(2) + u": " + s.text(3);
        return true;
    }));
    return objects;
}

QString objectName(const QString& object)
{
    // "trigger evil on reports: CREATE ..." -> trigger "evil"
    const QStringList words = object.section(u':', 0, 0).split(u' ');
    return QStringLiteral("%1 \"%2\"").arg(words.value(0), words.value(1));
}

// Refuses a case whose schema objects are not exactly those its version's migrations create.
Status checkSchema(Database& db, const std::vector<Migration>& migrations, int version)
{
    auto expected = CaseFile::expectedSchema(migrations, version);
    CORROB_TRY(expected);
    auto actual = schemaObjects(db);
    CORROB_TRY(actual);
    for (const QString& object : actual.value()) {
        if (!expected->contains(object)) {
            const bool known = std::any_of(expected->begin(), expected->end(),
                                           [&](const QString& e) { return objectName(e) == objectName(object); });
            return Error{ErrorCode::Integrity,
                         known ? QStringLiteral("the case file's %1 differs from the one Corroborate creates (schema "
                                                "version %2): the file was altered; it was not opened")
                                     .arg(objectName(object))
                                     .arg(version)
                               : QStringLiteral("the case file holds a %1 that Corroborate does not create (schema "
                                                "version %2): the file was altered, perhaps to run code when opened; "
                                                "it was not opened")
                                     .arg(objectName(object))
                                     .arg(version),
                         db.path()};
        }
    }
    for (const QString& object : expected.value()) {
        if (!actual->contains(object)) {
            return Error{ErrorCode::Integrity,
                         QStringLiteral("the case file lacks the %1 of schema version %2: it is damaged or was "
                                        "altered; it was not opened")
                             .arg(objectName(object))
                             .arg(version),
                         db.path()};
        }
    }
    return {};
}

// trusted_schema stays off while a file is unverified. Once its schema is proven to be exactly what the migrations
// create, the only triggers in it are ours; SQLite 3.40 lets a trigger write to an FTS5 table only with a trusted
// schema, so a schema with triggers is trusted from then on (decisions/0019). A schema without triggers stays
// untrusted.
Status trustIfOurTriggers(Database& db, const std::vector<Migration>& migrations, int version)
{
    auto expected = CaseFile::expectedSchema(migrations, version);
    CORROB_TRY(expected);
    const bool hasTriggers =
        std::any_of(expected->begin(), expected->end(), [](const QString& o) { return o.startsWith(u"trigger "); });
    return hasTriggers ? db.trustVerifiedSchema() : Status{};
}

bool samePath(const QString& a, const QString& b)
{
    const QFileInfo fa(a);
    const QFileInfo fb(b);
    if (fa.absoluteFilePath() == fb.absoluteFilePath()) {
        return true;
    }
    return fa.exists() && fb.exists() && fa.canonicalFilePath() == fb.canonicalFilePath();
}

Status useWal(Database& db)
{
    auto stmt = db.prepare(QStringLiteral("PRAGMA journal_mode = WAL"));
    CORROB_TRY(stmt);
    CORROB_TRY(stmt->step());
    // NORMAL is crash-safe in WAL mode: a kill -9 loses at most the transaction in flight.
    return db.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
}

} // namespace

Result<Database> CaseFile::create(const QString& path)
{
    if (QFileInfo::exists(path)) {
        return Error{ErrorCode::AlreadyExists, QStringLiteral("a file with this name already exists"), path};
    }
    CORROB_TRY(folderTakesNewFiles(path));
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    CORROB_TRY(db);
    CORROB_TRY(db->exec(QStringLiteral("PRAGMA application_id = %1").arg(kCaseApplicationId)));
    CORROB_TRY(useWal(db.value()));
    CORROB_TRY(migrate(db.value(), caseMigrations()));
    CORROB_TRY(trustIfOurTriggers(db.value(), caseMigrations(), caseSchemaVersion()));
    return db;
}

Result<Database> CaseFile::openReadOnly(const QString& path, const std::vector<Migration>& migrations)
{
    auto db = openChecked(path, migrations, Database::OpenMode::ReadOnly);
    CORROB_TRY(db);
    auto version = db->queryInt(QStringLiteral("PRAGMA user_version"));
    CORROB_TRY(version);
    if (version.value() < latestVersion(migrations)) {
        return Error{ErrorCode::Unsupported,
                     QStringLiteral("the case must be upgraded to this version of Corroborate first, and a read-only "
                                    "view cannot write; open it for writing once it is closed elsewhere"),
                     path};
    }
    return db;
}

Result<Database> CaseFile::open(const QString& path, const std::vector<Migration>& migrations,
                                UpgradeBackup* backupMade, const CaseLimits& limits, const MigrationObserver& progress)
{
    auto db = openChecked(path, migrations, Database::OpenMode::ExistingOnly, limits);
    CORROB_TRY(db);
    auto version = db->queryInt(QStringLiteral("PRAGMA user_version"));
    CORROB_TRY(version);
    const int latest = latestVersion(migrations);
    // An empty case (version 0: nothing but the application id) has nothing worth keeping.
    if (version.value() > 0 && version.value() < latest) {
        const QString copy = upgradeBackupPath(path, latest, QDateTime::currentDateTime());
        Database::BackupProgress copied;
        bool cancelled = false;
        if (progress) {
            copied = [&progress, &cancelled](qint64 done, qint64 total) {
                cancelled = !progress({MigrationProgress::Phase::Backup, 0, 0, 0, done, total});
                return !cancelled;
            };
        }
        if (auto s = backup(db.value(), copy, Overwrite::Refuse, copied); !s) {
            if (cancelled) {
                QFile::remove(copy); // the part copied so far
                return cancelledUpgradeError(path);
            }
            return Error{s.error().code,
                         QStringLiteral("the case must be upgraded to schema version %1, and a copy of it as it is "
                                        "could not be kept first (%2); the case was not changed")
                             .arg(latest)
                             .arg(s.error().toString()),
                         path};
        }
        if (backupMade) {
            *backupMade = UpgradeBackup{copy, static_cast<int>(version.value()), latest, {}};
        }
    }
    CORROB_TRY(useWal(db.value()));
    CORROB_TRY(migrate(db.value(), migrations, progress));
    CORROB_TRY(trustIfOurTriggers(db.value(), migrations, latestVersion(migrations)));
    // Upgraded: older copies can go (never before the upgrade succeeded, so a failed one keeps them all).
    if (version.value() > 0 && version.value() < latest) {
        const QStringList removed = removeOldUpgradeBackups(path);
        if (backupMade) {
            backupMade->removed = removed;
        }
    }
    return db;
}

Result<int> CaseFile::schemaVersion(const QString& path)
{
    auto db = Database::open(path, Database::OpenMode::ReadOnly);
    CORROB_TRY(db);
    auto version = db->queryInt(QStringLiteral("PRAGMA user_version"));
    CORROB_TRY(version);
    return static_cast<int>(version.value());
}

Result<Database> CaseFile::openChecked(const QString& path, const std::vector<Migration>& migrations,
                                       Database::OpenMode mode, const CaseLimits& limits)
{
    // By stat() only: nothing outside SQLite opens a case's files (decisions/0013).
    if (const qint64 bytes = QFileInfo(path).size() + QFileInfo(path + u"-wal").size(); bytes > limits.maxBytes) {
        return tooLarge(path, QStringLiteral("the case file is"), bytes, limits);
    }
    CORROB_TRY(checkWriteAheadLog(path));
    auto db = Database::open(path, mode);
    CORROB_TRY(db);
    // The first read is where SQLite notices that a file is not a database at all.
    auto appId = db->queryInt(QStringLiteral("PRAGMA application_id"));
    CORROB_TRY(appId);
    if (appId.value() != kCaseApplicationId) {
        if (QFileInfo(path).size() == 0) {
            return Error{ErrorCode::NotACase, QStringLiteral("not a Corroborate case (the file is empty)"), path};
        }
        return Error{ErrorCode::NotACase,
                     QStringLiteral("not a Corroborate case (an SQLite database of another program)"), path};
    }
    // Refuse a newer case before anything (even the journal mode) is written to it.
    auto version = db->queryInt(QStringLiteral("PRAGMA user_version"));
    CORROB_TRY(version);
    if (version.value() > latestVersion(migrations)) {
        return newerSchemaError(path, version.value(), latestVersion(migrations));
    }
    if (version.value() < 0) {
        return Error{ErrorCode::NotACase, QStringLiteral("not a Corroborate case (a negative schema version)"), path};
    }
    auto pages = db->queryInt(QStringLiteral("PRAGMA page_count"));
    CORROB_TRY(pages);
    auto pageSize = db->queryInt(QStringLiteral("PRAGMA page_size"));
    CORROB_TRY(pageSize);
    if (pages.value() > limits.maxBytes / qMax<qint64>(pageSize.value(), 1)) {
        return tooLarge(
            path, QStringLiteral("the case file claims %1 pages of %2 bytes,").arg(pages.value()).arg(pageSize.value()),
            pages.value() * pageSize.value(), limits);
    }
    CORROB_TRY(checkSchema(db.value(), migrations, static_cast<int>(version.value())));
    CORROB_TRY(trustIfOurTriggers(db.value(), migrations, static_cast<int>(version.value())));
    return db;
}

Result<QStringList> CaseFile::expectedSchema(const std::vector<Migration>& migrations, int version)
{
    // The case's own migrations are run once per version and process; others (tests) every time.
    static QMutex mutex;
    static QHash<int, QStringList> cache;
    const bool cacheable = &migrations == &caseMigrations();
    if (cacheable) {
        const QMutexLocker lock(&mutex);
        if (const auto it = cache.constFind(version); it != cache.constEnd()) {
            return it.value();
        }
    }
    auto memory = Database::open(QStringLiteral(":memory:"), Database::OpenMode::CreateIfMissing);
    CORROB_TRY(memory);
    for (const Migration& m : migrations) {
        if (m.toVersion > version) {
            break;
        }
        CORROB_TRY(m.run(memory.value()));
    }
    auto objects = schemaObjects(memory.value());
    if (objects && cacheable) {
        const QMutexLocker lock(&mutex);
        cache.insert(version, objects.value());
    }
    return objects;
}

QString CaseFile::upgradeBackupPath(const QString& path, int to, const QDateTime& when)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().isEmpty() ? QStringLiteral("corrob") : info.suffix();
    const QString stem = QStringLiteral("%1 (before schema %2, %3")
                             .arg(info.completeBaseName())
                             .arg(to)
                             .arg(when.toString(QStringLiteral("yyyy-MM-dd HHmmss")));
    QString candidate = info.dir().filePath(stem + u")." + suffix);
    for (int n = 2; QFileInfo::exists(candidate) || QFileInfo::exists(candidate + u".part"); ++n) {
        candidate = info.dir().filePath(stem + QStringLiteral(" %1).").arg(n) + suffix);
    }
    return candidate;
}

QStringList CaseFile::removeOldUpgradeBackups(const QString& path, int keep)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().isEmpty() ? QStringLiteral("corrob") : info.suffix();
    // Exactly the names upgradeBackupPath makes for this case: "<name> (before schema N, yyyy-MM-dd HHmmss[
    // n]).<suffix>".
    const QRegularExpression name(
        QStringLiteral("^%1 \\(before schema \\d+, (\\d{4}-\\d{2}-\\d{2} \\d{6})(?: (\\d+))?\\)\\.%2$")
            .arg(QRegularExpression::escape(info.completeBaseName()), QRegularExpression::escape(suffix)));
    struct Copy
    {
        QString when; // sorts as the time does
        int number = 1;
        QString path;
    };
    std::vector<Copy> copies;
    const QDir dir = info.dir();
    for (const QString& file : dir.entryList(QDir::Files | QDir::Hidden)) {
        if (const auto m = name.match(file); m.hasMatch()) {
            copies.push_back({m.captured(1), m.captured(2).isEmpty() ? 1 : m.captured(2).toInt(), dir.filePath(file)});
        }
    }
    std::sort(copies.begin(), copies.end(),
              [](const Copy& a, const Copy& b) { return a.when != b.when ? a.when > b.when : a.number > b.number; });
    QStringList removed;
    for (size_t i = size_t(std::max(keep, 0)); i < copies.size(); ++i) {
        const QString& copy = copies[i].path;
        if (QFile::remove(copy)) {
            // What SQLite may have left beside a copy that was opened; without the copy it means nothing.
            QFile::remove(copy + u"-wal");
            QFile::remove(copy + u"-shm");
            removed << copy;
        }
    }
    return removed;
}

Status CaseFile::backup(Database& db, const QString& target, Overwrite overwrite,
                        const Database::BackupProgress& progress)
{
    for (const char* own : {"", "-wal", "-shm", "-journal"}) {
        if (samePath(target, db.path() + QString::fromLatin1(own))) {
            return Error{ErrorCode::InvalidArgument,
                         QStringLiteral("a backup cannot replace the case itself or its own files; choose another "
                                        "name"),
                         target};
        }
    }
    if (QFileInfo(target).isDir()) {
        return Error{ErrorCode::InvalidArgument, QStringLiteral("this is a folder; name a file for the backup"),
                     target};
    }
    if (overwrite == Overwrite::Refuse && QFileInfo::exists(target)) {
        return Error{ErrorCode::AlreadyExists,
                     QStringLiteral("a file with this name already exists; choose another name or remove it first"),
                     target};
    }
    CORROB_TRY(folderTakesNewFiles(target));
    const QString part = target + u".part";
    QFile::remove(part); // what an interrupted backup left
    auto fail = [&](const Error& e) -> Status {
        for (const char* file : {"", "-journal", "-wal", "-shm"}) {
            QFile::remove(part + QString::fromLatin1(file));
        }
        return e;
    };
    if (auto s = db.backupTo(part, progress); !s) {
        return fail(s.error());
    }
    // The copy must be a case this program opens, and sound; checked on a connection closed before the copy is
    // removed. The copy holds the case's pages as they are, so a damaged copy is a damaged case: said of the case.
    std::optional<Error> unsound;
    {
        auto copy = openChecked(part, caseMigrations(), Database::OpenMode::ExistingOnly);
        auto findings = copy ? copy->quickCheck() : Result<QStringList>(copy.error());
        if (!findings) {
            unsound = findings.error();
        } else if (!findings->isEmpty()) {
            unsound = Error{ErrorCode::Corrupt, findings->join(u"; "), QString()};
        }
    }
    if (unsound) {
        if (unsound->code == ErrorCode::Corrupt || unsound->code == ErrorCode::NotACase) {
            QString found = unsound->message;
            found.remove(QStringLiteral("the case file is damaged: "));
            return fail(Error{ErrorCode::Corrupt,
                              QStringLiteral("the case file is damaged (%1), so no backup was written; 'verify' lists "
                                             "the damage")
                                  .arg(found),
                              db.path()});
        }
        return fail(*unsound);
    }
    std::error_code ec;
    if (overwrite == Overwrite::Replace) {
        // A -wal or -shm left beside an older file of that name would be applied to the new one.
        QFile::remove(target + u"-wal");
        QFile::remove(target + u"-shm");
        std::filesystem::rename(std::filesystem::path(QFile::encodeName(part).toStdString()),
                                std::filesystem::path(QFile::encodeName(target).toStdString()), ec);
        if (ec) {
            return fail(Error{ErrorCode::Io,
                              QStringLiteral("cannot put the backup in place: ") + QString::fromStdString(ec.message()),
                              target});
        }
    } else if (!QFile::rename(part, target)) {
        return fail(Error{ErrorCode::AlreadyExists,
                          QStringLiteral("cannot put the backup in place (a file with this name appeared meanwhile?)"),
                          target});
    }
    return {};
}

} // namespace corrob::storage
