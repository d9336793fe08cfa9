// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/CaseFiles.h"

#include "core/case/Case.h"
#include "core/case/CaseLock.h"
#include "core/storage/Database.h"

#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

#include <algorithm>

namespace corrob::casefile {
namespace {

// The paths of the case's own files: the case, its SQLite companions, its lock.
QStringList ownFileNames(const QString& casePath)
{
    QStringList names;
    for (const char16_t* companion : {u"", u"-wal", u"-shm", u"-journal"}) {
        names.append(QFileInfo(casePath + QStringView(companion)).absoluteFilePath());
    }
    names.append(QFileInfo(CaseLock::lockPathFor(casePath)).absoluteFilePath());
    return names;
}

} // namespace

bool isCaseOwnFile(const QString& path, const QString& casePath)
{
    return CaseOwnFiles(casePath).contains(path);
}

CaseOwnFiles::CaseOwnFiles(const QString& casePath) : m_names(ownFileNames(casePath))
{
    for (const QString& name : std::as_const(m_names)) {
        if (const auto identity = identityOf(name)) {
            m_identities.push_back(*identity);
        }
    }
}

std::optional<CaseOwnFiles::Identity> CaseOwnFiles::identityOf(const QString& path)
{
    struct stat status
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &status) != 0) {
        return std::nullopt;
    }
    return Identity{quint64(status.st_dev), quint64(status.st_ino)};
}

bool CaseOwnFiles::contains(const QString& path) const
{
    if (m_names.contains(QFileInfo(path).absoluteFilePath())) {
        return true;
    }
    // Through a link (symbolic or hard), by what stat() says of the file it leads to.
    const auto identity = identityOf(path);
    return identity && std::find(m_identities.begin(), m_identities.end(), *identity) != m_identities.end();
}

Status checkExportTarget(const Case& target, const QString& path)
{
    if (isCaseOwnFile(path, target.path())) {
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("refused: that is the case's own file; choose another name for the export"), path};
    }
    return checkOutputFile(path);
}

Status checkOutputFile(const QString& path)
{
    const QFileInfo out(path);
    if (out.exists() && !out.isFile() && !out.isDir()) { // a folder is refused by the write, naming it
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("refused: that is not a regular file (a pipe or a device); choose a file name"),
                     path};
    }
    if (out.exists() && storage::Database::isDatabaseFile(path)) {
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("refused: that file is a database (a case?), which the export would destroy; "
                                    "choose another name"),
                     path};
    }
    return {};
}

} // namespace corrob::casefile
