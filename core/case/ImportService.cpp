// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/ImportService.h"

#include "core/case/Case.h"
#include "core/case/CaseFiles.h"
#include "core/common/Hash.h"
#include "core/io/HtmlImporter.h"
#include "core/io/MarkdownImporter.h"
#include "core/io/PdfImporter.h"
#include "core/io/PlainTextImporter.h"
#include "core/storage/Database.h"
#include "core/storage/ReportRepository.h"
#include "core/storage/Transaction.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <thread>

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

} // namespace

QString ImportService::refusesCaseFile(const QString& path, const QString& casePath)
{
    return refusesCaseFile(path, CaseOwnFiles(casePath));
}

QString ImportService::refusesCaseFile(const QString& path, const CaseOwnFiles& caseFiles)
{
    if (caseFiles.contains(path)) {
        return QStringLiteral("this is the open case's own file, never read as a report");
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
    auto pdf = std::make_unique<io::PdfImporter>();
    m_pdfImporter = pdf.get();
    m_importers.push_back(std::move(pdf));
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
        const QString within = info.canonicalFilePath() + u'/';
        for (const QString& file : inFolder) {
            const QFileInfo entry(file);
            if (entry.isSymLink() && !entry.canonicalFilePath().startsWith(within)) {
                // A folder is what it holds: a link out of it (to /etc/passwd, another case's folder) is taken
                // only when named on its own.
                skipped.push_back(
                    {file,
                     QStringLiteral("a link to a file outside the folder (%1); import that file by "
                                    "name to take it")
                         .arg(entry.canonicalFilePath().isEmpty() ? entry.symLinkTarget() : entry.canonicalFilePath()),
                     ReportId()});
                continue;
            }
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

// One file of an import: read on the importing thread, prepared (hashed, decoded, inferred, signed) on any thread,
// stored on the importing thread inside its batch's transaction.
struct ImportService::Pending
{
    io::ImportInput input;
    QString readFailure; // the file could not be read: nothing else happens to it
    QString failure;     // preparing it failed (no importer, undecodable): reported unless it is a duplicate
    QString sha256;      // of the original bytes
    const io::Importer* importer = nullptr;
    std::optional<model::NewReport> report;
    Case::ReportDigest digest;
};

ImportOutcome ImportService::importPaths(const QStringList& paths, const ImportOptions& options,
                                         const ImportProgress& progress)
{
    ImportOutcome outcome;
    const QStringList files = expandPaths(paths, outcome.skipped, outcome.failed);
    storage::BulkWrites bulk(m_case.database());
    m_bulk = &bulk;
    m_caseFiles.emplace(m_case.path());
    // A pipeline of batches: batch k is stored in one transaction on a thread of its own while this thread reads
    // batch k+1 (byte progress and cancel stay where they were, on this thread) and prepares it on every core, so
    // reading, preparing and storing overlap. The connection is used by one thread at a time: the storing thread
    // is joined before this one touches the case again.
    std::vector<Pending> prepared; // the previous batch, ready to store
    int i = 0;
    while (true) {
        std::thread storing;
        if (!prepared.empty()) {
            storing = std::thread([this, &prepared, &outcome] { storeBatch(prepared, outcome); });
        }
        // Only `cancelled` of the outcome is touched here; the storing thread fills its lists.
        std::vector<Pending> batch;
        qint64 batchBytes = 0;
        while (!outcome.cancelled && i < files.size() && int(batch.size()) < kBatchFiles && batchBytes < kBatchBytes) {
            const QString& path = files.at(i);
            if (progress && !progress(i, static_cast<int>(files.size()), path)) {
                outcome.cancelled = true;
                break;
            }
            ++i;
            Pending pending;
            pending.input.where = path;
            if (!readFile(path, pending, outcome)) {
                break; // cancelled within the file: it is dropped, the files read before it are stored
            }
            batchBytes += pending.input.bytes.size();
            batch.push_back(std::move(pending));
        }
        prepareAll(batch, options);
        if (storing.joinable()) {
            storing.join();
        }
        prepared = std::move(batch);
        if (outcome.cancelled || i >= files.size()) {
            storeBatch(prepared, outcome);
            break;
        }
    }
    if (progress && !outcome.cancelled) {
        progress(static_cast<int>(files.size()), static_cast<int>(files.size()), QString());
    }
    m_bulk = nullptr;
    m_caseFiles.reset();
    return outcome;
}

bool ImportService::readFile(const QString& path, Pending& pending, ImportOutcome& outcome)
{
    // Before anything opens the file: reading the open case's own files would drop its SQLite locks.
    const QString refusal = m_caseFiles ? refusesCaseFile(path, *m_caseFiles) : refusesCaseFile(path, m_case.path());
    if (!refusal.isEmpty()) {
        pending.readFailure = refusal;
        return true;
    }
    QFile file(path);
    const QFileInfo info(path);
    if (info.size() > kMaxFileBytes) {
        pending.readFailure = QStringLiteral("the file is too large (%1 MB; the limit is %2 MB)")
                                  .arg(info.size() / (1024 * 1024))
                                  .arg(kMaxFileBytes / (1024 * 1024));
        return true;
    }
    if (!info.exists()) {
        pending.readFailure = QStringLiteral("the file disappeared before it could be read");
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        pending.readFailure = QStringLiteral("cannot read the file: %1").arg(file.errorString());
        return true;
    }
    // Read in chunks into one buffer sized up front: the original is held once (no regrowth copies), and
    // progress can be shown within a big file.
    QByteArray bytes;
    const qint64 expected = info.size();
    bytes.reserve(expected);
    while (true) {
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
            pending.readFailure = QStringLiteral("cannot read the file: %1").arg(file.errorString());
        } else if (bytes.size() > kMaxFileBytes) {
            pending.readFailure = QStringLiteral("the file grew beyond the size limit while it was read");
        }
        if (m_byteProgress && !m_byteProgress(bytes.size(), std::max(expected, qint64(bytes.size())), path)) {
            outcome.cancelled = true;
            return false;
        }
        if (n <= 0 || !pending.readFailure.isEmpty()) {
            break;
        }
    }
    if (pending.readFailure.isEmpty()) {
        pending.input.bytes = std::move(bytes);
        pending.input.fileName = info.fileName();
    }
    return true;
}

void ImportService::prepare(Pending& pending, const ImportOptions& options) const
{
    pending.sha256 = sha256Hex(QByteArrayView(pending.input.bytes));
    if (!pending.importer) {
        pending.failure = QStringLiteral("unsupported format (.%1)").arg(QFileInfo(pending.input.fileName).suffix());
        return;
    }
    auto report = pending.importer->read(pending.input);
    if (!report) {
        pending.failure = report.error().message;
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
    // The original is the bytes read, hashed above: not hashed again when the importer kept them as they are.
    const bool sameBytes =
        r.original.constData() == pending.input.bytes.constData() && r.original.size() == pending.input.bytes.size();
    pending.digest = Case::digestOf(r, sameBytes ? pending.sha256 : QString());
    pending.report = std::move(r);
}

void ImportService::prepareAll(std::vector<Pending>& batch, const ImportOptions& options) const
{
    // The importers are const and keep no state, so files are prepared in parallel, except PDFs: Poppler keeps
    // global state, so they are read one at a time on this thread.
    std::vector<Pending*> parallel;
    std::vector<Pending*> serial;
    for (Pending& pending : batch) {
        if (!pending.readFailure.isEmpty()) {
            continue;
        }
        pending.importer = importerFor(pending.input);
        (pending.importer == m_pdfImporter ? serial : parallel).push_back(&pending);
    }
    std::atomic<size_t> next{0};
    auto work = [&] {
        for (size_t k = next++; k < parallel.size(); k = next++) {
            prepare(*parallel[k], options);
        }
    };
    const int helpers = std::min(QThread::idealThreadCount(), int(parallel.size())) - 1;
    std::vector<std::thread> threads;
    threads.reserve(size_t(std::max(helpers, 0)));
    for (int t = 0; t < helpers; ++t) {
        threads.emplace_back(work);
    }
    work();
    for (std::thread& thread : threads) {
        thread.join();
    }
    for (Pending* pending : serial) {
        prepare(*pending, options);
    }
}

void ImportService::storeBatch(std::vector<Pending>& batch, ImportOutcome& outcome)
{
    for (size_t next = 0; next < batch.size();) {
        next = storeTransaction(batch, next, outcome);
    }
}

size_t ImportService::storeTransaction(std::vector<Pending>& batch, size_t from, ImportOutcome& outcome)
{
    // One transaction for the batch, one savepoint per report in it (Case::storeReport): a report is wholly present
    // or wholly absent after a crash, a failing report leaves the others, and the batch costs one sync. Should the
    // batch's transaction not begin, each report takes its own.
    // The working texts, and with them the search index, are written once for the whole batch at its end
    // (Case::storeReport with deferred texts), or earlier once they hold kBatchTextBytes: then the transaction ends
    // there and the rest of the batch takes the next one.
    auto tx = storage::Transaction::begin(m_case.database());
    const size_t firstImported = outcome.imported.size();
    Case::DeferredTexts texts;
    size_t k = from;
    while (k < batch.size()) {
        Pending& pending = batch[k++];
        storeOne(pending, outcome, tx ? &texts : nullptr);
        // Stored (or failed): what it held is not needed any more, and the next batch is being prepared meanwhile.
        pending.report.reset();
        pending.input.bytes = QByteArray();
        qint64 held = 0;
        for (const Case::DeferredText& text : texts) {
            held += text.utf8.size();
        }
        if (held >= kBatchTextBytes) {
            break;
        }
    }
    if (tx) {
        Status committed = m_case.storeTexts(texts);
        if (committed) {
            committed = tx->commit();
        }
        if (committed && m_bulk) {
            m_bulk->committed(); // on this (the storing) thread: the WAL is checkpointed here, not by the window
        }
        if (!committed) {
            // Nothing of the transaction was kept: its reports failed after all.
            for (size_t r = firstImported; r < outcome.imported.size(); ++r) {
                outcome.failed.push_back({outcome.imported[r].file, committed.error().toString()});
            }
            outcome.imported.resize(firstImported);
        }
    }
    return k;
}

void ImportService::storeOne(Pending& pending, ImportOutcome& outcome, Case::DeferredTexts* texts)
{
    const QString& where = pending.input.where;
    if (!pending.readFailure.isEmpty()) {
        outcome.failed.push_back({where, pending.readFailure});
        return;
    }
    storage::ReportRepository reports(m_case.database());
    auto existing = reports.findBySha256(pending.sha256);
    if (!existing) {
        outcome.failed.push_back({where, existing.error().toString()});
        return;
    }
    if (existing.value()) {
        outcome.skipped.push_back({where, QStringLiteral("duplicate"), *existing.value()});
        return;
    }
    if (!pending.failure.isEmpty() || !pending.report) {
        outcome.failed.push_back({where, pending.failure});
        return;
    }
    const model::NewReport& r = *pending.report;
    auto stored = m_case.storeReport(r, pending.digest, texts);
    if (!stored) {
        outcome.failed.push_back({where, stored.error().toString()});
        return;
    }
    auto summary = reports.summary(stored->id);
    if (!summary) {
        outcome.failed.push_back({where, summary.error().toString()});
        return;
    }
    outcome.imported.push_back({where, summary.value(), r.excludedRanges, r.provenance.warnings,
                                std::move(stored->moved), stored->reanchored});
}

ImportOutcome ImportService::importBytes(const QByteArray& bytes, const QString& name, const ImportOptions& options)
{
    ImportOutcome outcome;
    Pending pending;
    pending.input = {bytes, name, name};
    pending.importer = importerFor(pending.input);
    prepare(pending, options);
    storeOne(pending, outcome);
    return outcome;
}

} // namespace corrob::casefile
