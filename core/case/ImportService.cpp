// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/ImportService.h"

#include "core/case/Case.h"
#include "core/common/Hash.h"
#include "core/io/HtmlImporter.h"
#include "core/io/MarkdownImporter.h"
#include "core/io/PdfImporter.h"
#include "core/io/PlainTextImporter.h"
#include "core/storage/ReportRepository.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <filesystem>

namespace corrob::casefile {
namespace {

// Formats that need an importer of their own; reading them as plain text would store garbage.
bool isKnownBinaryOrMarkup(const QString& fileName)
{
    static const QStringList suffixes = {QStringLiteral("pdf"),   QStringLiteral("html"),  QStringLiteral("htm"),
                                         QStringLiteral("xhtml"), QStringLiteral("docx"),  QStringLiteral("doc"),
                                         QStringLiteral("odt"),   QStringLiteral("rtf"),   QStringLiteral("zip"),
                                         QStringLiteral("png"),   QStringLiteral("jpg"),   QStringLiteral("jpeg"),
                                         QStringLiteral("gif"),   QStringLiteral("corrob")};
    return suffixes.contains(QFileInfo(fileName).suffix().toLower());
}

// Whether two paths name the same file (through links too), by stat() only: nothing is opened.
bool sameFile(const QString& a, const QString& b)
{
    std::error_code error;
    const bool same =
        std::filesystem::equivalent(QFile::encodeName(a).toStdString(), QFile::encodeName(b).toStdString(), error);
    return same && !error;
}

} // namespace

QString ImportService::refusesCaseFile(const QString& path, const QString& casePath)
{
    for (const char16_t* companion : {u"", u"-wal", u"-shm", u"-journal"}) {
        if (sameFile(path, casePath + QStringView(companion))) {
            return QStringLiteral("this is the open case's own file, never read as a report");
        }
    }
    if (QFileInfo(path).suffix().compare(u"corrob", Qt::CaseInsensitive) == 0) {
        return QStringLiteral("a case file, not a report: open it with File > Open Case");
    }
    return {};
}

ImportService::ImportService(Case& target) : m_case(target)
{
    // The first importer that accepts a file reads it: PDF and HTML recognise their extensions and sniff content
    // ("%PDF-", "<!doctype html", "<html"), so they come before plain text, which also takes names without one.
    m_importers.push_back(std::make_unique<io::PdfImporter>());
    m_importers.push_back(std::make_unique<io::HtmlImporter>());
    m_importers.push_back(std::make_unique<io::MarkdownImporter>()); // .md, .markdown: before plain text
    auto plainText = std::make_unique<io::PlainTextImporter>();
    m_textFallback = plainText.get();
    m_importers.push_back(std::move(plainText));
}

ImportService::~ImportService() = default;

namespace {

// Inside a walked folder: hidden entries and the clutter file managers leave behind.
bool isClutter(const QString& relativePath)
{
    static const QStringList clutter = {QStringLiteral("thumbs.db"), QStringLiteral("desktop.ini"),
                                        QStringLiteral("icon\r")};
    const QStringList parts = relativePath.split(u'/', Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        if (part.startsWith(u'.')) {
            return true;
        }
    }
    return !parts.isEmpty() && (clutter.contains(parts.last().toLower()) || parts.last().startsWith(u"~$"));
}

} // namespace

bool ImportService::isReportFormat(const QString& fileName)
{
    static const QStringList suffixes = {QStringLiteral("txt"),      QStringLiteral("text"), QStringLiteral("md"),
                                         QStringLiteral("markdown"), QStringLiteral("html"), QStringLiteral("htm"),
                                         QStringLiteral("xhtml"),    QStringLiteral("pdf")};
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix.isEmpty() || suffixes.contains(suffix);
}

QStringList ImportService::expandPaths(const QStringList& paths, std::vector<SkippedFile>& skipped,
                                       std::vector<FailedFile>& failed)
{
    QStringList files;
    QSet<QString> seen; // canonical paths, so a file reached through a link is imported once
    auto add = [&](const QString& path) {
        const QString canonical = QFileInfo(path).canonicalFilePath();
        if (canonical.isEmpty() || !seen.contains(canonical)) {
            seen.insert(canonical);
            files << path;
        }
    };
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            failed.push_back({path, info.isSymLink() ? QStringLiteral("the link points to nothing")
                                                     : QStringLiteral("no such file or folder")});
            continue;
        }
        if (!info.isDir()) {
            add(path);
            continue;
        }
        QStringList inFolder;
        // Walked from its absolute path: relative to a folder given as "../reports", every file would start with
        // ".." and look hidden.
        const QString folder = info.absoluteFilePath();
        const QDir root(folder);
        QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (!isClutter(root.relativeFilePath(file))) {
                inFolder << file;
            }
        }
        std::sort(inFolder.begin(), inFolder.end());
        if (inFolder.isEmpty()) {
            failed.push_back({path, QStringLiteral("the folder has no files to import")});
        }
        for (const QString& file : inFolder) {
            if (isReportFormat(file)) {
                add(file);
            } else {
                skipped.push_back(
                    {file, QStringLiteral("not a report format (.%1)").arg(QFileInfo(file).suffix()), ReportId()});
            }
        }
    }
    return files;
}

const io::Importer* ImportService::importerFor(const io::ImportInput& input) const
{
    for (const auto& importer : m_importers) {
        if (importer->accepts(input)) {
            return importer.get();
        }
    }
    // Unknown extensions (.sgm, .log, ...) are tried as text: the decoder refuses what is not text.
    return isKnownBinaryOrMarkup(input.fileName) ? nullptr : m_textFallback;
}

ImportOutcome ImportService::importPaths(const QStringList& paths, const ImportOptions& options,
                                         const ImportProgress& progress)
{
    ImportOutcome outcome;
    const QStringList files = expandPaths(paths, outcome.skipped, outcome.failed);
    for (int i = 0; i < files.size(); ++i) {
        const QString& path = files.at(i);
        if (progress && !progress(i, static_cast<int>(files.size()), path)) {
            outcome.cancelled = true;
            break;
        }
        // Before anything opens the file: reading the open case's own files would drop its SQLite locks.
        if (const QString refusal = refusesCaseFile(path, m_case.path()); !refusal.isEmpty()) {
            outcome.failed.push_back({path, refusal});
            continue;
        }
        QFile file(path);
        const QFileInfo info(path);
        if (info.size() > kMaxFileBytes) {
            outcome.failed.push_back({path, QStringLiteral("the file is too large (%1 MB; the limit is %2 MB)")
                                                .arg(info.size() / (1024 * 1024))
                                                .arg(kMaxFileBytes / (1024 * 1024))});
            continue;
        }
        if (!info.exists()) {
            outcome.failed.push_back({path, QStringLiteral("the file disappeared before it could be read")});
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            outcome.failed.push_back({path, QStringLiteral("cannot read the file: %1").arg(file.errorString())});
            continue;
        }
        // Read in chunks into one buffer sized up front: the original is held once (no regrowth copies), and
        // progress can be shown within a big file.
        QByteArray bytes;
        const qint64 expected = info.size();
        bytes.reserve(expected);
        QString readError;
        while (readError.isEmpty()) {
            const qint64 before = bytes.size();
            qint64 n = 0;
            if (before < expected) {
                const qint64 room = std::min(kReadChunk, expected - before);
                bytes.resize(before + room);
                n = file.read(bytes.data() + before, room);
                bytes.resize(before + std::max<qint64>(n, 0));
            } else {
                // The file may have grown since it was measured: probe with a small buffer.
                char probe[4096];
                n = file.read(probe, sizeof probe);
                if (n > 0) {
                    bytes.append(probe, n);
                }
            }
            if (n < 0) {
                readError = QStringLiteral("cannot read the file: %1").arg(file.errorString());
            } else if (bytes.size() > kMaxFileBytes) {
                readError = QStringLiteral("the file grew beyond the size limit while it was read");
            }
            if (m_byteProgress && !m_byteProgress(bytes.size(), std::max(expected, qint64(bytes.size())), path)) {
                outcome.cancelled = true;
                break;
            }
            if (n <= 0) {
                break;
            }
        }
        if (outcome.cancelled) {
            break;
        }
        if (!readError.isEmpty()) {
            outcome.failed.push_back({path, readError});
            continue;
        }
        file.close();
        importOne({std::move(bytes), info.fileName(), path}, options, outcome);
    }
    if (progress && !outcome.cancelled) {
        progress(static_cast<int>(files.size()), static_cast<int>(files.size()), QString());
    }
    return outcome;
}

ImportOutcome ImportService::importBytes(const QByteArray& bytes, const QString& name, const ImportOptions& options)
{
    ImportOutcome outcome;
    importOne({bytes, name, name}, options, outcome);
    return outcome;
}

void ImportService::importOne(const io::ImportInput& input, const ImportOptions& options, ImportOutcome& outcome)
{
    storage::ReportRepository reports(m_case.database());
    auto existing = reports.findBySha256(sha256Hex(QByteArrayView(input.bytes)));
    if (!existing) {
        outcome.failed.push_back({input.where, existing.error().toString()});
        return;
    }
    if (existing.value()) {
        outcome.skipped.push_back({input.where, QStringLiteral("duplicate"), *existing.value()});
        return;
    }
    const io::Importer* importer = importerFor(input);
    if (!importer) {
        outcome.failed.push_back(
            {input.where, QStringLiteral("unsupported format (.%1)").arg(QFileInfo(input.fileName).suffix())});
        return;
    }
    auto report = importer->read(input);
    if (!report) {
        outcome.failed.push_back({input.where, report.error().message});
        return;
    }
    model::NewReport& r = report.value();
    if (!options.title.trimmed().isEmpty()) {
        r.metadata.title = options.title.simplified();
    }
    if (!options.outlet.isEmpty()) {
        r.metadata.outlet = options.outlet;
    }
    if (!options.url.isEmpty()) {
        r.metadata.url = options.url;
    }
    if (options.published.isKnown()) {
        r.metadata.published = options.published;
    }
    r.provenance.importMethod = options.method;
    r.provenance.capturedAt = utcNowIso();
    auto stored = m_case.storeReport(r);
    if (!stored) {
        outcome.failed.push_back({input.where, stored.error().toString()});
        return;
    }
    auto summary = reports.summary(stored->id);
    if (!summary) {
        outcome.failed.push_back({input.where, summary.error().toString()});
        return;
    }
    outcome.imported.push_back({input.where, summary.value(), r.excludedRanges, r.provenance.warnings,
                                std::move(stored->moved), stored->reanchored});
}

} // namespace corrob::casefile
