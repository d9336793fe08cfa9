// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArrayView>
#include <QString>

#include <functional>
#include <memory>

class QIODevice;

namespace corrob::exchange {

// Writes a zip file with libarchive (Debian libarchive-dev): regular files only, deflated, UTF-8 names. The
// archive is written to PATH.part and renamed over PATH by finish(), so a failed export leaves no half file.
// Not copyable; one thread.
class ZipWriter
{
public:
    static Result<ZipWriter> create(const QString& path);
    ZipWriter(ZipWriter&& other) noexcept;
    ZipWriter& operator=(ZipWriter&& other) noexcept;
    ~ZipWriter(); // without finish(): the part file is removed

    // Adds one file; name is a relative path with '/' separators.
    Status add(const QString& name, QByteArrayView bytes);
    // Adds the contents of a file on disk, read in chunks.
    Status addFile(const QString& name, const QString& path);
    Status finish();

private:
    struct State;
    explicit ZipWriter(std::unique_ptr<State> state);
    Status writeHeader(const QString& name, qint64 size);
    std::unique_ptr<State> m_state;
};

// Whether a zip entry's name is a safe relative path: not empty, no leading '/', no drive letter or backslash,
// no "." or ".." component, no control character. Anything else could land outside the folder it is unpacked in.
bool isSafeEntryName(const QString& name);

struct ZipEntry
{
    QString name;
    qint64 size = 0;
    QString sha256; // of the bytes read
};

// Reads every entry of a zip with libarchive and streams each regular file into the device open() returns for
// it (nullptr: skip the entry; an Error: stop). Refuses, naming the entry, and before anything is written for it:
// a name that is not isSafeEntryName, a symbolic or hard link, anything that is not a regular file or a folder,
// and an entry larger than maxEntryBytes, by its declared size or, for an entry that lies about it (a zip
// bomb), as soon as more bytes come out. Folder entries are skipped. Returns the files read, in order.
using ZipSink = std::function<Result<QIODevice*>(const ZipEntry& entry)>;
Result<std::vector<ZipEntry>> readZip(const QString& path, qint64 maxEntryBytes, const ZipSink& open);

} // namespace corrob::exchange
