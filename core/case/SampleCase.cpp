// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/SampleCase.h"

#include "core/case/ImportService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace corrob::casefile {

QString sampleCaseTitle()
{
    return QStringLiteral("Sample case: Amnesty International on war crimes in Ukraine (2022)");
}

Result<bool> ensureSampleCase(const QString& casePath, const QString& articlesDir, const CaseOptions& options)
{
    if (QFileInfo::exists(casePath)) {
        return false;
    }
    const QDir dir(articlesDir);
    const QStringList names = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    if (names.isEmpty()) {
        return Error{ErrorCode::NotFound, QStringLiteral("the sample articles are missing"), articlesDir};
    }
    if (!QDir().mkpath(QFileInfo(casePath).absolutePath())) {
        return Error{ErrorCode::Io, QStringLiteral("cannot create the folder for the sample case"), casePath};
    }
    auto created = Case::create(casePath, sampleCaseTitle(), options);
    if (!created) {
        return created.error();
    }
    ImportService importer(*created.value());
    ImportOptions importOptions;
    importOptions.method = QStringLiteral("sample");
    for (const QString& name : names) {
        // Read through QFile so Qt resource paths work; keep the seed's own name as the file name.
        QFile file(dir.filePath(name));
        Error failure{ErrorCode::Io, QString(), file.fileName()};
        if (!file.open(QIODevice::ReadOnly)) {
            failure.message = QStringLiteral("cannot read a sample article: ") + file.errorString();
        } else if (const auto outcome = importer.importBytes(file.readAll(), name, importOptions);
                   !outcome.failed.empty()) {
            failure.message = QStringLiteral("cannot import a sample article: ") + outcome.failed.front().error;
        }
        if (!failure.message.isEmpty()) {
            created.value().reset();
            QFile::remove(casePath);
            QFile::remove(casePath + u"-wal");
            QFile::remove(casePath + u"-shm");
            return failure;
        }
    }
    return true;
}

} // namespace corrob::casefile
