// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/SampleCaseLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace corrob::ui {

SampleCaseLocation SampleCaseLocation::standard(const QString& articlesDir)
{
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return {dataDir + u"/Sample case.corrob", articlesDir};
}

Result<QString> moveSampleCaseAside(const SampleCaseLocation& location, const QDateTime& when)
{
    const QFileInfo sample(location.casePath);
    if (!sample.exists()) {
        return QString();
    }
    // A name no file in the folder has, for the case and its companions alike.
    const QString stem =
        sample.completeBaseName() + QStringLiteral(" (backup %1").arg(when.toString(u"yyyy-MM-dd HHmmss"));
    const QString suffix = sample.suffix().isEmpty() ? QString() : u'.' + sample.suffix();
    const QDir dir = sample.absoluteDir();
    QString backup;
    for (int n = 1;; ++n) {
        backup = dir.filePath(stem + (n == 1 ? QString() : QStringLiteral(" %1").arg(n)) + u')' + suffix);
        if (!QFileInfo::exists(backup) && !QFileInfo::exists(backup + u"-wal") &&
            !QFileInfo::exists(backup + u"-shm")) {
            break;
        }
    }
    // The write-ahead log holds committed changes not yet in the main file: it moves with it, first, so that a
    // failure part-way leaves the sample case whole where it was.
    QStringList moved;
    auto undo = [&moved, &location, &backup] {
        for (const QString& companion : std::as_const(moved)) {
            QFile::rename(backup + companion, location.casePath + companion);
        }
    };
    for (const QString& companion : {QStringLiteral("-wal"), QStringLiteral("-shm"), QString()}) {
        const QString from = location.casePath + companion;
        if (!QFileInfo::exists(from)) {
            continue;
        }
        if (QFile file(from); !file.rename(backup + companion)) {
            const QString reason = file.errorString();
            undo();
            return Error{
                ErrorCode::Io,
                QCoreApplication::translate("SampleCaseLocation", "cannot move the sample case aside: %1").arg(reason),
                from};
        }
        moved << companion;
    }
    return backup;
}

} // namespace corrob::ui
