// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/CaseBundle.h"

#include "core/case/Case.h"
#include "core/case/IntegrityCheck.h"
#include "core/common/Hash.h"
#include "core/exchange/ZipArchive.h"
#include "core/storage/Database.h"
#include "core/storage/ReportRepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <cerrno>
#include <memory>
#include <vector>

#include <signal.h>

namespace corrob::exchange {

namespace {

const QString kCaseEntry = QStringLiteral("case.corrob");
const QString kManifestEntry = QStringLiteral("MANIFEST.sha256");
const QString kOriginalsFolder = QStringLiteral("originals/");

// A file name that is safe as one path component of a zip entry on every system.
QString safeFileName(const QString& name)
{
    QString out;
    for (QChar c : name) {
        out += (c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'_' || c == u' ') ? c : QChar(u'_');
    }
    while (out.startsWith(u'.')) {
        out.remove(0, 1);
    }
    return out.left(100).trimmed();
}

Result<QString> fileSha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Io, QStringLiteral("cannot read: %1").arg(file.errorString()), path};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        return Error{ErrorCode::Io, QStringLiteral("cannot read: %1").arg(file.errorString()), path};
    }
    return QString::fromLatin1(hash.result().toHex());
}

// The folders a bundle export (in the temporary folder) or import (beside the new case) works in: "<prefix><pid>-",
// then QTemporaryDir's letters.
const QString kExportFolderPrefix = QStringLiteral("corrob-bundle-");
const QString kImportFolderPrefix = QStringLiteral(".corrob-bundle-");

QString workFolderTemplate(const QDir& in, const QString& prefix)
{
    return in.filePath(prefix + QString::number(QCoreApplication::applicationPid()) + QStringLiteral("-XXXXXX"));
}

// Removes the work folders in dir that a crash left (kill -9, a power cut: QTemporaryDir never ran its destructor):
// each holds a copy of a case, evidence that must not stay in /tmp for anyone to read. A folder is left when the
// process that made it may still run (its pid is alive, or not ours to ask about).
void removeLeftovers(const QDir& dir, const QString& prefix)
{
    const QStringList names =
        dir.entryList({prefix + u'*'}, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QString& name : names) {
        bool isNumber = false;
        const qint64 pid = name.mid(prefix.size()).section(u'-', 0, 0).toLongLong(&isNumber);
        if (!isNumber || pid <= 0 || pid == QCoreApplication::applicationPid()) {
            continue;
        }
        if (::kill(pid_t(pid), 0) == 0 || errno != ESRCH) {
            continue;
        }
        QDir(dir.filePath(name)).removeRecursively();
    }
}

Error refused(const QString& what, const QString& where)
{
    return Error{ErrorCode::Integrity, QStringLiteral("refused: ") + what, where};
}

} // namespace

Result<BundleSummary> exportCaseBundle(casefile::Case& source, const QString& path)
{
    removeLeftovers(QDir::temp(), kExportFolderPrefix);
    QTemporaryDir tmp(workFolderTemplate(QDir::temp(), kExportFolderPrefix));
    if (!tmp.isValid()) {
        return Error{ErrorCode::Io, QStringLiteral("cannot make a temporary folder: %1").arg(tmp.errorString()), path};
    }
    const QString copy = tmp.filePath(kCaseEntry);
    CORROB_TRY(source.database().copyTo(copy));
    // A bundle of a case that does not verify is refused by importCaseBundle: written anyway, it would look like a
    // copy of the case that cannot be brought back. The copy is checked as the import checks it.
    {
        auto opened = casefile::Case::open(copy, {}, casefile::Case::Access::ReadOnly);
        CORROB_TRY(opened);
        auto check = casefile::verifyCase(*opened.value());
        CORROB_TRY(check);
        if (!check->ok()) {
            return Error{ErrorCode::Integrity,
                         QStringLiteral("the case does not verify (%1), and a bundle of it could not be imported; "
                                        "nothing was written. Run verify to see every problem; the other exports "
                                        "(HTML, CSV, W3C, REFI-QDA) still carry what the case holds")
                             .arg(check->problems.front().detail),
                         path};
        }
    }
    auto caseHash = fileSha256(copy);
    CORROB_TRY(caseHash);
    auto writer = ZipWriter::create(path);
    CORROB_TRY(writer);
    BundleSummary summary;
    summary.caseBytes = QFileInfo(copy).size();
    CORROB_TRY(writer->addFile(kCaseEntry, copy));
    QString manifest = caseHash.value() + QStringLiteral("  ") + kCaseEntry + u'\n';
    storage::ReportRepository reports(source.database());
    Status failed;
    auto walked = reports.forEachOriginal([&](const storage::StoredOriginal& original) {
        if (original.missing) {
            return true; // verify reports it; the bundle carries what there is
        }
        auto names = reports.versionFileNames(original.id);
        const QString fileName = names && !names->isEmpty() ? safeFileName(names->first()) : QString();
        const QString name =
            kOriginalsFolder + QString::number(original.id.value) + (fileName.isEmpty() ? QString() : u'-' + fileName);
        if (auto s = writer->add(name, original.bytes); !s) {
            failed = s;
            return false;
        }
        manifest += sha256Hex(QByteArrayView(original.bytes)) + QStringLiteral("  ") + name + u'\n';
        ++summary.originals;
        return true;
    });
    CORROB_TRY(walked);
    CORROB_TRY(failed);
    CORROB_TRY(writer->add(kManifestEntry, manifest.toUtf8()));
    CORROB_TRY(writer->finish());
    return summary;
}

Result<BundleSummary> importCaseBundle(const QString& bundlePath, const QString& casePath, const BundleLimits& limits)
{
    const QFileInfo target(casePath);
    if (target.exists() || target.isSymLink()) {
        return Error{ErrorCode::AlreadyExists, QStringLiteral("a file of that name exists; choose a new case name"),
                     casePath};
    }
    const QDir targetDir = target.absoluteDir();
    if (!targetDir.exists()) {
        return Error{ErrorCode::NotFound, QStringLiteral("the folder for the new case does not exist"),
                     targetDir.path()};
    }
    // Staged beside the case, so the final rename stays on one file system; removed whatever happens.
    removeLeftovers(targetDir, kImportFolderPrefix);
    QTemporaryDir staging(workFolderTemplate(targetDir, kImportFolderPrefix));
    if (!staging.isValid()) {
        return Error{ErrorCode::Io,
                     QStringLiteral("cannot make a folder to unpack into: %1").arg(staging.errorString()),
                     targetDir.path()};
    }
    const QString stagingRoot = QDir(staging.path()).canonicalPath() + u'/';
    std::vector<std::unique_ptr<QFile>> files;
    QSet<QString> seen;
    const auto open = [&](const ZipEntry& entry) -> Result<QIODevice*> {
        const QString where = bundlePath + u": " + entry.name;
        if (int(files.size()) >= limits.maxEntries) {
            return refused(QStringLiteral("more than %1 entries").arg(limits.maxEntries), bundlePath);
        }
        const bool isOriginal =
            entry.name.startsWith(kOriginalsFolder) && !entry.name.mid(kOriginalsFolder.size()).contains(u'/');
        if (entry.name != kCaseEntry && entry.name != kManifestEntry && !isOriginal) {
            return refused(QStringLiteral("not part of a case bundle (case.corrob, MANIFEST.sha256, originals/)"),
                           where);
        }
        if (seen.contains(entry.name)) {
            return refused(QStringLiteral("the entry appears twice"), where);
        }
        seen.insert(entry.name);
        if (isOriginal && !QDir(staging.path()).mkpath(kOriginalsFolder)) {
            return Error{ErrorCode::Io, QStringLiteral("cannot make a folder"), staging.path()};
        }
        // isSafeEntryName already refused any escape; this keeps it so should the layout ever grow.
        const QString path = QDir(staging.path()).filePath(entry.name);
        if (!QFileInfo(QFileInfo(path).absolutePath()).canonicalFilePath().append(u'/').startsWith(stagingRoot)) {
            return refused(QStringLiteral("the entry's path would land outside the target folder"), where);
        }
        auto file = std::make_unique<QFile>(path);
        if (!file->open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            return Error{ErrorCode::Io, QStringLiteral("cannot write: %1").arg(file->errorString()), path};
        }
        files.push_back(std::move(file));
        return files.back().get();
    };
    auto entries = readZip(bundlePath, limits.maxEntryBytes, open);
    for (auto& f : files) {
        f->close();
    }
    CORROB_TRY(entries);

    // The manifest: every entry with its hash, and nothing more or less.
    if (!seen.contains(kManifestEntry) || !seen.contains(kCaseEntry)) {
        return refused(QStringLiteral("a case bundle needs case.corrob and MANIFEST.sha256"), bundlePath);
    }
    QFile manifestFile(QDir(staging.path()).filePath(kManifestEntry));
    if (!manifestFile.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Io, QStringLiteral("cannot read the manifest"), bundlePath};
    }
    static const QRegularExpression line(QStringLiteral("^([0-9a-fA-F]{64}) [ *](.+)$"));
    QHash<QString, QString> listed;
    int lineNo = 0;
    for (const QString& text : QString::fromUtf8(manifestFile.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
        ++lineNo;
        const auto m = line.match(text.trimmed());
        if (!m.hasMatch()) {
            return refused(QStringLiteral("line %1 of MANIFEST.sha256 is not \"SHA256  PATH\"").arg(lineNo),
                           bundlePath);
        }
        listed.insert(m.captured(2), m.captured(1).toLower());
    }
    BundleSummary summary;
    QSet<QString> originalHashes;
    for (const ZipEntry& e : entries.value()) {
        if (e.name == kManifestEntry) {
            continue;
        }
        const auto it = listed.constFind(e.name);
        if (it == listed.constEnd()) {
            return refused(QStringLiteral("the entry is not in MANIFEST.sha256"), bundlePath + u": " + e.name);
        }
        if (*it != e.sha256) {
            return refused(QStringLiteral("SHA-256 %1 does not match the manifest's %2").arg(e.sha256, *it),
                           bundlePath + u": " + e.name);
        }
        listed.remove(e.name);
        if (e.name == kCaseEntry) {
            summary.caseBytes = e.size;
        } else {
            originalHashes.insert(e.sha256);
            ++summary.originals;
        }
    }
    if (!listed.isEmpty()) {
        return refused(
            QStringLiteral("MANIFEST.sha256 lists %1, which the bundle does not hold").arg(listed.begin().key()),
            bundlePath);
    }

    // The case itself: its originals against their recorded hashes and the audit chain, and the bundled
    // originals against the hashes it recorded.
    const QString staged = QDir(staging.path()).filePath(kCaseEntry);
    {
        auto opened = casefile::Case::open(staged, {}, casefile::Case::Access::ReadOnly);
        if (!opened) {
            Error e = opened.error();
            e.context = bundlePath + u": " + kCaseEntry;
            return e;
        }
        auto check = casefile::verifyCase(*opened.value());
        CORROB_TRY(check);
        if (!check->ok()) {
            return refused(QStringLiteral("the case does not verify: ") + check->problems.front().detail,
                           bundlePath + u": " + kCaseEntry);
        }
        QSet<QString> recorded;
        auto walked = storage::ReportRepository(opened.value()->database())
                          .forEachOriginal([&](const storage::StoredOriginal& o) {
                              recorded.insert(o.sha256.toLower());
                              return true;
                          });
        CORROB_TRY(walked);
        for (const QString& h : originalHashes) {
            if (!recorded.contains(h)) {
                return refused(QStringLiteral("an original (SHA-256 %1) is not one the case recorded").arg(h),
                               bundlePath);
            }
        }
    }
    if (!QFile::rename(staged, casePath)) {
        return Error{ErrorCode::Io, QStringLiteral("cannot move the unpacked case into place"), casePath};
    }
    return summary;
}

} // namespace corrob::exchange
