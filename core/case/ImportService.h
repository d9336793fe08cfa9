// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/Case.h"
#include "core/case/CaseFiles.h"
#include "core/case/ReportVersions.h"
#include "core/common/Ids.h"
#include "core/io/Importer.h"
#include "core/model/Report.h"

#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace corrob::storage {
class BulkWrites;
}

namespace corrob::casefile {

// What the investigator states about the files being imported; wins over what the importer infers.
struct ImportOptions
{
    QString title; // for a single report (pasted text): the title the investigator typed
    QString outlet;
    QString url;
    model::PartialDate published;
    QString method = QStringLiteral("file"); // recorded as the report's import method
};

struct ImportedFile
{
    QString file;
    model::ReportSummary report; // report.previousVersion is set when it was stored as a new version
    QList<model::TextRange> excludedRanges;
    QStringList warnings;
    std::vector<MovedClaim> moved; // the claims of the previous version, now on this report
    ReanchorCounts reanchored;
};

struct SkippedFile
{
    QString file;
    QString reason;  // "duplicate", or for a file in a walked folder "not a report format (.json)"
    ReportId report; // the report it duplicates; invalid when it was skipped for its format
};

struct FailedFile
{
    QString file;
    QString error; // what went wrong, for the user
};

struct ImportOutcome
{
    std::vector<ImportedFile> imported;
    std::vector<SkippedFile> skipped;
    std::vector<FailedFile> failed;
    bool cancelled = false;
};

// Called before each file: (files done, files in all, the next file). Return false to cancel the rest.
using ImportProgress = std::function<bool(int done, int total, const QString& file)>;
// Called while a file is read, after each chunk: (bytes read, the file's size, the file). Lets a front end show
// progress within one big file. Return false to cancel the rest of the import.
using ImportByteProgress = std::function<bool(qint64 done, qint64 total, const QString& file)>;

// Imports files and folders into a case in batches (decisions/0022): the files of a batch are read in order on the
// calling thread, prepared (hashed, decoded, inferred, signed) on every core while the calling thread stores the
// batch before, in order, in one transaction, each report in a savepoint of its own. A report is wholly present or
// wholly absent after a crash, a committed batch is never lost, and a bad file never stops the others. Identical
// originals are skipped as duplicates; a changed version of a report in the case takes over its claims
// (Case::storeReport).
class ImportService
{
public:
    explicit ImportService(Case& target);
    ~ImportService();

    ImportOutcome importPaths(const QStringList& paths, const ImportOptions& options,
                              const ImportProgress& progress = {});

    // Imports bytes that did not come from a file (pasted text, the bundled sample).
    ImportOutcome importBytes(const QByteArray& bytes, const QString& name, const ImportOptions& options);

    // Reports reading progress within each file (see ImportByteProgress).
    void setByteProgress(ImportByteProgress progress) { m_byteProgress = std::move(progress); }

    // Files to import for the given paths: files as given, folders walked recursively in name order. Hidden files
    // and folders (".DS_Store", ".git") and system clutter ("Thumbs.db", "desktop.ini") inside folders are left
    // out; symbolic links to folders are not followed, so link loops cannot recur; a link to a file outside the
    // folder is skipped with its reason (named on its own, it is imported); a file reached twice (through a link) is
    // listed once. Inside folders only report formats are taken (isReportFormat); the other files go to
    // skipped with their reason, since a folder of articles often holds notes, metadata and images too. A file named
    // explicitly is taken whatever its name. Paths that do not exist go to failed.
    static QStringList expandPaths(const QStringList& paths, std::vector<SkippedFile>& skipped,
                                   std::vector<FailedFile>& failed);
    // Whether a file's name says it is a report: text (.txt, .text, no extension), Markdown, HTML or PDF.
    static bool isReportFormat(const QString& fileName);
    // Why path must not be read as a report, or an empty string: it is one of the open case's own files
    // (isCaseOwnFile: the case at casePath, its SQLite files, its lock; links count), whose reading would drop the
    // case's locks (decisions/0013), or another case file (by name). Opens nothing.
    static QString refusesCaseFile(const QString& path, const QString& casePath);
    static QString refusesCaseFile(const QString& path, const CaseOwnFiles& caseFiles);

    // Bytes read per chunk (and per byte-progress report).
    static constexpr qint64 kReadChunk = qint64(8) * 1024 * 1024;

    // Files larger than this are refused instead of read.
    static constexpr qint64 kMaxFileBytes = qint64(512) * 1024 * 1024;

    // A batch ends after this many files or once it holds this many bytes: the write lock is held for one batch's
    // storing (a fraction of a second: about 120 ms for 512 Reuters stories), and a crash loses at most the batch
    // being stored. 512 rather than 256: a tenth less wall time, a twentieth less CPU (fewer commits, each writing the
    // index pages every batch touches); 1,024 gained another 1-2% (docs/decisions/0022).
    static constexpr int kBatchFiles = 512;
    static constexpr qint64 kBatchBytes = qint64(32) * 1024 * 1024;
    // A batch's working texts are written, and its transaction committed, at its end or as soon as the texts it holds
    // (UTF-8, waiting to be written in one statement) reach this many bytes: a big text simply ends its transaction,
    // and the rest of the batch goes on in the next.
    static constexpr qint64 kBatchTextBytes = qint64(16) * 1024 * 1024;

private:
    struct Pending;
    // Reads path into pending (or its reason not to); false when the byte progress cancelled the import.
    bool readFile(const QString& path, Pending& pending, ImportOutcome& outcome);
    // Everything that needs no database: thread-safe (the importers are const).
    void prepare(Pending& pending, const ImportOptions& options) const;
    void prepareAll(std::vector<Pending>& batch, const ImportOptions& options) const;
    void storeBatch(std::vector<Pending>& batch, ImportOutcome& outcome);
    // Stores batch[from...] in one transaction until its texts hold kBatchTextBytes; returns where it stopped.
    size_t storeTransaction(std::vector<Pending>& batch, size_t from, ImportOutcome& outcome);
    void storeOne(Pending& pending, ImportOutcome& outcome, Case::DeferredTexts* texts = nullptr);
    const io::Importer* importerFor(const io::ImportInput& input) const;

    Case& m_case;
    std::vector<std::unique_ptr<io::Importer>> m_importers;
    const io::Importer* m_textFallback = nullptr; // reads files no importer claims (owned by m_importers)
    const io::Importer* m_pdfImporter = nullptr;  // Poppler: one file at a time, on the calling thread
    ImportByteProgress m_byteProgress;
    storage::BulkWrites* m_bulk = nullptr;   // importPaths's, told of each batch's commit
    std::optional<CaseOwnFiles> m_caseFiles; // looked up once per importPaths, for readFile
};

} // namespace corrob::casefile
