// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/CaseFiles.h"

#include "core/case/Case.h"
#include "core/case/CaseLock.h"
#include "core/storage/Database.h"

#include <QFile>
#include <QFileInfo>

#include <filesystem>

namespace corrob::casefile {
namespace {

// Whether two paths name the same file: by name, or through links by stat() (nothing is opened).
bool sameFile(const QString& a, const QString& b)
{
    if (QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath()) {
        return true;
    }
    std::error_code error;
    const bool same =
        std::filesystem::equivalent(QFile::encodeName(a).toStdString(), QFile::encodeName(b).toStdString(), error);
    return same && !error;
}

} // namespace

bool isCaseOwnFile(const QString& path, const QString& casePath)
{
    for (const char16_t* companion : {u"", u"-wal", u"-shm", u"-journal"}) {
        if (sameFile(path, casePath + QStringView(companion))) {
            return true;
        }
    }
    return sameFile(path, CaseLock::lockPathFor(casePath));
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
