// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/ImportController.h"

#include "core/case/Case.h"
#include "ui/commands/ReportCommands.h"
#include "ui/dialogs/ErrorMessage.h"
#include "ui/dialogs/Prompts.h"
#include "ui/document/CaseDocument.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QThread>
#include <QUndoStack>

#include <algorithm>
#include <atomic>
#include <utility>
#include <vector>

namespace corrob::ui {
namespace {

const QString kPastedName = QStringLiteral("Pasted text");

// A file name short enough for one line of the progress dialog, whose width follows its label.
QString shortName(const QString& file)
{
    constexpr qsizetype kMax = 64;
    const QString name = QFileInfo(file).fileName();
    return name.size() <= kMax ? name : name.left(kMax / 2 - 1) + QChar(0x2026) + name.right(kMax / 2 - 1);
}

QString firstLine(const QString& text)
{
    for (const QString& line : text.split(u'\n')) {
        if (const QString simplified = line.simplified(); !simplified.isEmpty()) {
            return simplified;
        }
    }
    return {};
}

} // namespace

// What the UI thread and the worker share. The worker writes outcome and reports; the UI thread reads them only
// after the worker's thread has finished.
struct ImportController::Job
{
    std::atomic<bool> cancelled{false};
    QString casePath;
    casefile::ImportOutcome outcome;
    std::optional<std::vector<model::ReportSummary>> reports; // the case's reports after the import
};

ImportController::ImportController(CaseDocument& document, Prompts& prompts, QWidget* dialogParent, QObject* parent)
    : QObject(parent), m_document(document), m_prompts(prompts), m_dialogParent(dialogParent)
{
}

ImportController::~ImportController()
{
    if (m_thread) {
        // Only when the application goes away mid-import: the worker must not outlive what it posts to.
        m_job->cancelled = true;
        m_thread->wait();
    }
}

bool ImportController::chooseAndImportFiles(const QString& folder)
{
    const QStringList files = m_prompts.chooseFilesToImport(m_dialogParent, folder);
    return !files.isEmpty() && importPaths(files, QStringLiteral("file"));
}

bool ImportController::chooseAndImportFolder(const QString& folder)
{
    const QString chosen = m_prompts.chooseFolderToImport(m_dialogParent, folder);
    return !chosen.isEmpty() && importPaths({chosen}, QStringLiteral("folder"));
}

bool ImportController::importPaths(const QStringList& paths, const QString& method)
{
    if (paths.isEmpty()) {
        return false;
    }
    casefile::ImportOptions options;
    options.method = method;
    return start(
        [paths, options](casefile::ImportService& service, const casefile::ImportProgress& progress) {
            return service.importPaths(paths, options, progress);
        },
        paths, tr("Importing"));
}

bool ImportController::importText(const QString& text)
{
    if (isRunning() || !m_document.isOpen()) {
        return false;
    }
    if (text.trimmed().isEmpty()) {
        m_prompts.showError(m_dialogParent, tr("Cannot paste a report"),
                            tr("The clipboard holds no text. Copy the text of an article, then paste again."));
        return false;
    }
    const QString suggested = firstLine(text);
    const std::optional<QString> title = m_prompts.askReportTitle(m_dialogParent, suggested);
    if (!title) {
        return false;
    }
    // The clipboard text is stored exactly as pasted; a title the user typed is metadata, not text.
    const QByteArray bytes = text.toUtf8();
    casefile::ImportOptions options;
    options.title = title->simplified(); // what the user confirmed, even if the importer would infer another
    options.method = QStringLiteral("paste");
    return start(
        [bytes, options](casefile::ImportService& service, const casefile::ImportProgress& progress) {
            progress(0, 1, kPastedName);
            return service.importBytes(bytes, kPastedName, options);
        },
        {}, tr("Pasting"));
}

bool ImportController::start(Work work, const QStringList& roots, const QString& title)
{
    if (isRunning() || !m_document.isOpen() || m_document.isReadOnly()) {
        return false; // a read-only view never writes, not even through a worker's own connection
    }
    auto job = std::make_shared<Job>();
    job->casePath = m_document.path();
    const casefile::CaseOptions options = m_document.options();
    m_job = job;
    m_roots = roots;
    m_filesDone = 0;
    m_filesTotal = 0;
    // The worker touches only the job and its own Case; `this` is only a context to post progress to, and it
    // outlives the worker (the destructor waits for it).
    m_thread.reset(QThread::create([this, job, options, work = std::move(work)] {
        auto opened = casefile::Case::open(job->casePath, options);
        if (!opened) {
            job->outcome.failed.push_back({job->casePath, errorMessage(opened.error())});
            return;
        }
        casefile::Case& target = *opened.value();
        casefile::ImportService service(target);
        // Progress within a file, so one huge file shows progress and can be cancelled between its chunks.
        service.setByteProgress([this, job](qint64 bytes, qint64 total, const QString& file) {
            QMetaObject::invokeMethod(
                this, [this, bytes, total, file] { onBytesRead(bytes, total, file); }, Qt::QueuedConnection);
            return !job->cancelled.load();
        });
        job->outcome = work(service, [this, job](int done, int total, const QString& file) {
            QMetaObject::invokeMethod(
                this, [this, done, total, file] { onProgress(done, total, file); }, Qt::QueuedConnection);
            return !job->cancelled.load();
        });
        // Read the reports here, off the UI thread, so the window only swaps its list.
        if (!job->outcome.imported.empty()) {
            if (auto reports = target.reports(); reports) {
                job->reports = std::move(reports).value();
            }
        }
    }));
    m_thread->setObjectName(QStringLiteral("importWorker"));
    connect(m_thread.get(), &QThread::finished, this, &ImportController::onWorkerFinished, Qt::QueuedConnection);
    m_progress = m_prompts.showProgress(m_dialogParent, title, [this] { cancel(); });
    m_thread->start();
    Q_EMIT runningChanged(true);
    return true;
}

void ImportController::cancel()
{
    if (!m_job || m_job->cancelled.exchange(true)) {
        return;
    }
    if (m_progress) {
        m_progress->setCancelling(tr("Cancelling…"));
    }
}

void ImportController::onProgress(int done, int total, const QString& file)
{
    if (!m_job) {
        return;
    }
    m_filesDone = done;
    m_filesTotal = total;
    m_bytesReports = 0;
    m_lastBytes = 0;
    if (m_progress && !m_job->cancelled) {
        m_progress->setProgress(done, total,
                                done < total
                                    ? tr("Importing %1 of %2: %3")
                                          .arg(QLocale().toString(done + 1), QLocale().toString(total), shortName(file))
                                    : tr("Finishing…"));
    }
    Q_EMIT progressed(done, total, file);
}

void ImportController::onBytesRead(qint64 bytes, qint64 total, const QString& file)
{
    if (!m_job || m_filesTotal <= 0) {
        return;
    }
    // A file read in one go (most are) gets no line of its own: only a file still being read (big, or a pipe
    // that keeps growing) shows how far it is.
    const bool reading = bytes < total || (m_bytesReports > 0 && bytes > m_lastBytes);
    ++m_bytesReports;
    m_lastBytes = bytes;
    if (m_progress && !m_job->cancelled && reading) {
        // Steps of a thousandth of a file: the bar moves through a big file as through many small ones.
        constexpr int kSteps = 1000;
        const int within = total > 0 ? int(std::min(bytes, total) * kSteps / total) : 0;
        const QLocale locale;
        const QString read = total > bytes
                                 ? tr("%1 of %2").arg(locale.formattedDataSize(bytes), locale.formattedDataSize(total))
                                 : tr("%1 read").arg(locale.formattedDataSize(bytes));
        m_progress->setProgress(
            m_filesDone * kSteps + within, m_filesTotal * kSteps,
            tr("Importing %1 of %2: %3 (%4)")
                .arg(locale.toString(m_filesDone + 1), locale.toString(m_filesTotal), shortName(file), read));
    }
    Q_EMIT bytesRead(bytes, total, file);
}

void ImportController::onWorkerFinished()
{
    m_thread->wait(); // returns at once: the thread has finished
    m_thread.reset();
    const std::shared_ptr<Job> job = std::move(m_job);
    m_progress.reset();
    m_lastOutcome = std::move(job->outcome);

    // The document still has the case the import went into: the window keeps it open while an import runs.
    if (m_document.path() == job->casePath && !m_lastOutcome.imported.empty()) {
        if (job->reports) {
            m_document.adoptReports(std::move(*job->reports));
        } else if (auto reloaded = m_document.reloadReports(); !reloaded) {
            m_lastOutcome.failed.push_back({job->casePath, errorMessage(reloaded.error())});
        }
        // The import is one undo step: undo deletes the new reports (reversibly), redo brings them back.
        std::vector<ReportId> added;
        added.reserve(m_lastOutcome.imported.size());
        for (const casefile::ImportedFile& file : m_lastOutcome.imported) {
            added.push_back(file.report.id);
        }
        m_document.undoStack()->push(new ImportReportsCommand(m_document, std::move(added)));
    }
    Q_EMIT runningChanged(false);
    // The window shows the new reports first, so the summary is read in front of them.
    Q_EMIT importFinished();

    const Summary summary = summarize(m_lastOutcome, m_roots);
    if (summary.worthShowing) {
        m_prompts.showSummary(m_dialogParent, m_lastOutcome.imported.empty() ? tr("Nothing Imported") : tr("Import"),
                              summary.message, summary.details);
    }
}

ImportController::Summary ImportController::summarize(const casefile::ImportOutcome& outcome,
                                                      const QStringList& roots) const
{
    // Files are named as the user knows them: relative to the folder they chose, else by file name.
    auto displayName = [&roots](const QString& file) {
        for (const QString& root : roots) {
            const QFileInfo rootInfo(root);
            if (rootInfo.isDir() && file.startsWith(QDir(root).absolutePath() + u'/')) {
                return QDir::toNativeSeparators(QDir(rootInfo.absolutePath()).relativeFilePath(file));
            }
        }
        const QString name = QFileInfo(file).fileName();
        return name.isEmpty() ? QDir::toNativeSeparators(file) : name;
    };
    Summary summary;
    const auto imported = qsizetype(outcome.imported.size());
    const auto skipped = qsizetype(outcome.skipped.size());
    const auto failed = qsizetype(outcome.failed.size());
    // Always said, success included: what came in (with the titles), what did not and why.
    summary.worthShowing = true;

    // One count per outcome, each matching the lines listed for it: files that failed, then files skipped (a
    // duplicate, or in a folder a file that is not a report), one line each.
    QStringList sentences;
    if (outcome.cancelled) {
        sentences << tr("Import cancelled.");
    }
    sentences << tr("Imported %Ln report(s).", nullptr, int(imported));
    if (skipped > 0) {
        const bool allDuplicates = std::all_of(outcome.skipped.cbegin(), outcome.skipped.cend(),
                                               [](const casefile::SkippedFile& file) { return file.report.isValid(); });
        if (allDuplicates) {
            sentences << tr("Skipped %Ln duplicate(s).", nullptr, int(skipped));
        } else {
            sentences << tr("Skipped %Ln file(s).", nullptr, int(skipped));
        }
    }
    if (failed > 0) {
        sentences << tr("%Ln file(s) could not be imported.", nullptr, int(failed));
    }
    // A changed capture of a report already in the case took over its claims (decisions/0009): say so, and which
    // claims now quote words that changed or could not be placed, for the investigator to check.
    const auto versions =
        qsizetype(std::count_if(outcome.imported.cbegin(), outcome.imported.cend(),
                                [](const auto& file) { return file.report.previousVersion.isValid(); }));
    int changedQuotes = 0;
    int orphaned = 0;
    for (const casefile::ImportedFile& file : outcome.imported) {
        changedQuotes += file.reanchored.fuzzy;
        orphaned += file.reanchored.orphaned;
    }
    if (versions > 0) {
        sentences << (imported == 1 ? tr("It is a new version of a report already in the case; the claims marked on "
                                         "that report moved to it.")
                                    : tr("%Ln of them are new versions of reports already in the case; the claims "
                                         "marked on those reports moved to them.",
                                         nullptr, int(versions)));
    }
    if (changedQuotes > 0) {
        sentences << tr("%n claim(s) now quote words that changed: check their statements.", nullptr, changedQuotes);
    }
    if (orphaned > 0) {
        sentences << tr("%n claim(s) could not be placed in the new text: they are listed as orphaned in the "
                        "Claims table.",
                        nullptr, orphaned);
    }
    summary.message = sentences.join(u' ');

    for (const casefile::FailedFile& file : outcome.failed) {
        summary.details << tr("Failed: %1 — %2").arg(displayName(file.file), file.error);
    }
    // Files left out of a folder for their format are found before any is read, duplicates while reading: in
    // path order they read as the folder does.
    std::vector<std::pair<QString, QString>> skippedLines; // display name, reason
    for (const casefile::SkippedFile& file : outcome.skipped) {
        const model::ReportSummary* original = file.report.isValid() ? m_document.reportSummary(file.report) : nullptr;
        const QString reason = original ? tr("already in the case as “%1”").arg(original->metadata.title)
                               : file.report.isValid() ? tr("already in the case")
                                                       : file.reason;
        skippedLines.emplace_back(displayName(file.file), reason);
    }
    std::stable_sort(skippedLines.begin(), skippedLines.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [name, reason] : skippedLines) {
        summary.details << tr("Skipped: %1 — %2").arg(name, reason);
    }
    for (const casefile::ImportedFile& file : outcome.imported) {
        const QString title = file.report.metadata.title.isEmpty() ? tr("(untitled)") : file.report.metadata.title;
        if (!file.report.previousVersion.isValid()) {
            summary.details << tr("Imported: %1 — “%2”").arg(displayName(file.file), title);
            continue;
        }
        summary.details << tr("Imported: %1 — “%2”, a new version of “%3”: %n claim(s) moved to it.", nullptr,
                              file.reanchored.total())
                               .arg(displayName(file.file), title, m_document.reportTitle(file.report.previousVersion));
        summary.details << versionDetails(file);
    }
    return summary;
}

QStringList ImportController::versionDetails(const casefile::ImportedFile& file) const
{
    // The words each moved claim quoted before and quotes now: read from the two versions' texts (the earlier one
    // stays in the case, unchanged).
    auto oldText = m_document.reportText(file.report.previousVersion, casefile::Case::TextView::All);
    auto newText = m_document.reportText(file.report.id, casefile::Case::TextView::All);
    auto quoted = [](const Result<QString>& text, qsizetype start, qsizetype end) {
        if (!text || start < 0 || end > text->size() || start >= end) {
            return QString();
        }
        constexpr qsizetype kShown = 120; // characters of a long quote shown, the rest elided
        const QString quote = text->mid(start, end - start).simplified();
        return quote.size() > kShown ? quote.left(kShown - 1) + u'…' : quote;
    };
    QStringList lines;
    for (const casefile::MovedClaim& moved : file.moved) {
        if (moved.method == text::ReanchorMethod::Fuzzy) {
            lines << tr("    Claim %1 now quotes “%2” (it quoted “%3”).")
                         .arg(QString::number(moved.claim.value), quoted(newText, moved.newStart, moved.newEnd),
                              quoted(oldText, moved.oldStart, moved.oldEnd));
        } else if (moved.method == text::ReanchorMethod::Orphaned) {
            lines << tr("    Claim %1 could not be placed: “%2” is not in the new version.")
                         .arg(QString::number(moved.claim.value), quoted(oldText, moved.oldStart, moved.oldEnd));
        }
    }
    return lines;
}

} // namespace corrob::ui
