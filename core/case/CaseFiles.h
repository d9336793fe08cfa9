// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace corrob::casefile {

class Case;

// Whether path is one of the files of the case at casePath: the case itself, its SQLite files (-wal, -shm,
// -journal) or its lock, by name or by stat() (so a symbolic or hard link to one counts too). Opens nothing.
bool isCaseOwnFile(const QString& path, const QString& casePath);

// The same question asked of many paths (an import asks it of every file before reading it): the case's files are
// looked up once, by name and, those that exist, by their identity on disk (device and inode), so that each path
// then costs one stat() instead of ten. A companion created after the lookup is still recognised by its name.
class CaseOwnFiles
{
public:
    explicit CaseOwnFiles(const QString& casePath);
    [[nodiscard]] bool contains(const QString& path) const;

private:
    struct Identity
    {
        quint64 device = 0;
        quint64 inode = 0;
        bool operator==(const Identity&) const = default;
    };
    static std::optional<Identity> identityOf(const QString& path);

    QStringList m_names; // absolute
    std::vector<Identity> m_identities;
};

// Whether an export of target may write path: never over a case. Refused (InvalidArgument, naming path) when path is
// one of the case's own files (isCaseOwnFile), an existing database (another case, or another program's), or a pipe
// or device (written as root, a device was replaced by a regular file). A
// mistyped --out (the case's own name) or an overwrite confirmed in a file dialog would otherwise leave an HTML page
// where the case was.
Status checkExportTarget(const Case& target, const QString& path);

// The part of checkExportTarget that needs no case, for what writes a file of its own (stance --out): refused when
// an existing file at path is a database, a pipe or a device.
Status checkOutputFile(const QString& path);

} // namespace corrob::casefile
