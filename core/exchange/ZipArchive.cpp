// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/ZipArchive.h"

#include "core/common/AtomicFile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QIODevice>

#include <archive.h>
#include <archive_entry.h>

#include <cstring>
#include <ctime>
#include <filesystem>
#include <vector>

namespace corrob::exchange {

namespace {

constexpr qint64 kChunk = 1 << 20;

Error archiveError(struct archive* a, const QString& what, const QString& where)
{
    const char* message = a != nullptr ? archive_error_string(a) : nullptr;
    QString reason = message != nullptr ? QString::fromUtf8(message) : QString();
    // libarchive's own words name the file but not always why ("Failed to open '…'"): the system's reason too.
    if (const int error = a != nullptr ? archive_errno(a) : 0; error > 0) {
        const QString system = QString::fromLocal8Bit(std::strerror(error));
        if (!reason.contains(system)) {
            reason = reason.isEmpty() ? system : reason + QStringLiteral(" (") + system + u')';
        }
    }
    return Error{ErrorCode::Io, reason.isEmpty() ? what : what + u": " + reason, where};
}

} // namespace

// ---- ZipWriter

struct ZipWriter::State
{
    QString path;
    QString partPath;
    QFile part; // opened by us, new (never through a link left at its name), written by libarchive
    struct archive* archive = nullptr;
    bool finished = false;
    std::time_t stamp = std::time(nullptr); // every entry's modification time: when the export was written

    ~State()
    {
        if (archive != nullptr) {
            archive_write_free(archive);
        }
        part.close();
        if (!finished && !partPath.isEmpty()) {
            QFile::remove(partPath);
        }
    }
};

ZipWriter::ZipWriter(std::unique_ptr<State> state) : m_state(std::move(state))
{
}
ZipWriter::ZipWriter(ZipWriter&& other) noexcept = default;
ZipWriter& ZipWriter::operator=(ZipWriter&& other) noexcept = default;
ZipWriter::~ZipWriter() = default;

Result<ZipWriter> ZipWriter::create(const QString& path)
{
    auto state = std::make_unique<State>();
    state->path = path;
    state->partPath = path + QStringLiteral(".part");
    state->archive = archive_write_new();
    if (state->archive == nullptr || archive_write_set_format_zip(state->archive) != ARCHIVE_OK ||
        archive_write_set_options(state->archive, "zip:compression=deflate,hdrcharset=UTF-8") != ARCHIVE_OK) {
        return archiveError(state->archive, QStringLiteral("cannot set up a zip writer"), path);
    }
    // A file (or a link: to the case itself, say) already at the .part name is taken away, not written through, and
    // the part is made new: opening the name would follow a link and truncate what it points at.
    QFile::remove(state->partPath);
    state->part.setFileName(state->partPath);
    if (!state->part.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        const QString reason = state->part.errorString();
        state->partPath.clear(); // not ours: never removed
        return Error{ErrorCode::Io, QStringLiteral("cannot write: %1").arg(reason), path};
    }
    if (archive_write_open_fd(state->archive, state->part.handle()) != ARCHIVE_OK) {
        return archiveError(state->archive, QStringLiteral("cannot write"), path);
    }
    return ZipWriter(std::move(state));
}

Status ZipWriter::writeHeader(const QString& name, qint64 size)
{
    Q_ASSERT(isSafeEntryName(name));
    struct archive_entry* entry = archive_entry_new();
    archive_entry_set_pathname_utf8(entry, name.toUtf8().constData());
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    archive_entry_set_size(entry, size);
    archive_entry_set_mtime(entry, m_state->stamp, 0);
    const int rc = archive_write_header(m_state->archive, entry);
    archive_entry_free(entry);
    if (rc != ARCHIVE_OK) {
        return archiveError(m_state->archive, QStringLiteral("cannot add %1").arg(name), m_state->path);
    }
    return {};
}

Status ZipWriter::add(const QString& name, QByteArrayView bytes)
{
    CORROB_TRY(writeHeader(name, bytes.size()));
    for (qint64 done = 0; done < bytes.size();) {
        const la_ssize_t n =
            archive_write_data(m_state->archive, bytes.data() + done, size_t(qMin(kChunk, bytes.size() - done)));
        if (n <= 0) {
            return archiveError(m_state->archive, QStringLiteral("cannot write %1").arg(name), m_state->path);
        }
        done += n;
    }
    return {};
}

Status ZipWriter::addFile(const QString& name, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Io, QStringLiteral("cannot read: %1").arg(file.errorString()), path};
    }
    CORROB_TRY(writeHeader(name, file.size()));
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(kChunk);
        if (chunk.isEmpty() && file.error() != QFileDevice::NoError) {
            return Error{ErrorCode::Io, QStringLiteral("cannot read: %1").arg(file.errorString()), path};
        }
        if (archive_write_data(m_state->archive, chunk.constData(), size_t(chunk.size())) != chunk.size()) {
            return archiveError(m_state->archive, QStringLiteral("cannot write %1").arg(name), m_state->path);
        }
    }
    return {};
}

Status ZipWriter::finish()
{
    if (archive_write_close(m_state->archive) != ARCHIVE_OK) {
        return archiveError(m_state->archive, QStringLiteral("cannot finish the zip"), m_state->path);
    }
    // On disk before it takes the name: a crash after the rename must not leave an empty file there.
    if (!m_state->part.flush()) {
        return Error{ErrorCode::Io, QStringLiteral("cannot finish the zip: %1").arg(m_state->part.errorString()),
                     m_state->path};
    }
    CORROB_TRY(syncToDisk(m_state->partPath, QStringLiteral("cannot finish the zip")));
    m_state->part.close();
    // Over the old file in one step (rename(2)); QFile::rename refuses a name that exists.
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(m_state->partPath).toStdString(),
                            QFile::encodeName(m_state->path).toStdString(), error);
    if (error) {
        return Error{ErrorCode::Io,
                     QStringLiteral("cannot give the zip its name: %1").arg(QString::fromStdString(error.message())),
                     m_state->path};
    }
    m_state->finished = true;
    return {};
}

// ---- reading

bool isSafeEntryName(const QString& name)
{
    if (name.isEmpty() || name.startsWith(u'/') || name.contains(u'\\') || (name.size() >= 2 && name.at(1) == u':')) {
        return false;
    }
    QString trimmed = name;
    if (trimmed.endsWith(u'/')) {
        trimmed.chop(1); // a folder entry
    }
    for (const QString& part : trimmed.split(u'/')) {
        if (part.isEmpty() || part == u"." || part == u"..") {
            return false;
        }
        for (QChar c : part) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
                return false;
            }
        }
    }
    return true;
}

Result<std::vector<ZipEntry>> readZip(const QString& path, qint64 maxEntryBytes, const ZipSink& open)
{
    struct Reader
    {
        struct archive* a = archive_read_new();
        ~Reader() { archive_read_free(a); }
    } reader;
    archive_read_support_format_zip(reader.a);
    if (archive_read_open_filename(reader.a, QFile::encodeName(path).constData(), size_t(kChunk)) != ARCHIVE_OK) {
        return archiveError(reader.a, QStringLiteral("cannot read as a zip"), path);
    }
    std::vector<ZipEntry> out;
    struct archive_entry* entry = nullptr;
    for (;;) {
        const int rc = archive_read_next_header(reader.a, &entry);
        if (rc == ARCHIVE_EOF) {
            break;
        }
        if (rc != ARCHIVE_OK) {
            return archiveError(reader.a, QStringLiteral("damaged zip"), path);
        }
        const char* utf8 = archive_entry_pathname_utf8(entry);
        const QString name =
            utf8 != nullptr ? QString::fromUtf8(utf8) : QString::fromLocal8Bit(archive_entry_pathname(entry));
        const QString where = path + u": " + name;
        if (!isSafeEntryName(name)) {
            return Error{ErrorCode::Integrity,
                         QStringLiteral("refused: the entry's path would land outside the target folder"), where};
        }
        if (archive_entry_hardlink(entry) != nullptr || archive_entry_filetype(entry) == AE_IFLNK ||
            archive_entry_symlink(entry) != nullptr) {
            return Error{ErrorCode::Integrity, QStringLiteral("refused: the entry is a link"), where};
        }
        if (archive_entry_filetype(entry) == AE_IFDIR) {
            continue;
        }
        if (archive_entry_filetype(entry) != AE_IFREG) {
            return Error{ErrorCode::Integrity, QStringLiteral("refused: the entry is not a regular file"), where};
        }
        if (archive_entry_size_is_set(entry) != 0 && archive_entry_size(entry) > maxEntryBytes) {
            return Error{ErrorCode::Integrity,
                         QStringLiteral("refused: the entry is %1 bytes, over the limit of %2")
                             .arg(archive_entry_size(entry))
                             .arg(maxEntryBytes),
                         where};
        }
        ZipEntry info{name, archive_entry_size_is_set(entry) != 0 ? archive_entry_size(entry) : -1, {}};
        auto sink = open(info);
        CORROB_TRY(sink);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 total = 0;
        std::vector<char> buffer(static_cast<size_t>(kChunk));
        for (;;) {
            const la_ssize_t n = archive_read_data(reader.a, buffer.data(), buffer.size());
            if (n < 0) {
                return archiveError(reader.a, QStringLiteral("cannot unpack"), where);
            }
            if (n == 0) {
                break;
            }
            total += n;
            if (total > maxEntryBytes) {
                return Error{
                    ErrorCode::Integrity,
                    QStringLiteral("refused: the entry unpacks to more than the limit of %1 bytes").arg(maxEntryBytes),
                    where};
            }
            hash.addData(QByteArrayView(buffer.data(), n));
            if (sink.value() != nullptr && sink.value()->write(buffer.data(), n) != n) {
                return Error{ErrorCode::Io, QStringLiteral("cannot write: %1").arg(sink.value()->errorString()), where};
            }
        }
        info.size = total;
        info.sha256 = QString::fromLatin1(hash.result().toHex());
        out.push_back(info);
    }
    return out;
}

} // namespace corrob::exchange
