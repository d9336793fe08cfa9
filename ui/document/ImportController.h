// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/ImportService.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QThread;
class QWidget;

namespace corrob::ui {

class CaseDocument;
class Prompts;
class TaskProgress;

// Imports files, folders and pasted text into the document's open case without blocking the window: a worker
// thread opens its own casefile::Case on the same file and runs ImportService there (batches of files, one
// transaction each, prepared on every core: decisions/0022), posting progress back to this object (queued). The UI's
// Case is never touched by the worker. While an import runs the document must keep its case open (the window disables
// what would close it). Questions, progress and the final summary go through Prompts. Lives on the UI thread; at most
// one import runs.
class ImportController : public QObject
{
    Q_OBJECT
public:
    // dialogParent parents every prompt; it is not owned.
    ImportController(CaseDocument& document, Prompts& prompts, QWidget* dialogParent, QObject* parent = nullptr);
    // Cancels a running import and waits for the worker to finish its current file.
    ~ImportController() override;

    [[nodiscard]] bool isRunning() const { return m_job != nullptr; }

    // Asks for files (or a folder) to import, starting in folder, and starts importing them; false when the user
    // cancelled or no import could start.
    bool chooseAndImportFiles(const QString& folder);
    bool chooseAndImportFolder(const QString& folder);
    // Starts importing files and folders; method is recorded as each report's import method ("file", "folder",
    // "drop"). False when no case is open or an import is running.
    bool importPaths(const QStringList& paths, const QString& method);
    // Asks for a title (proposing the text's first line) and imports text as one report, method "paste". Tells
    // the user when text is empty. False when nothing was started.
    bool importText(const QString& text);
    // Asks the worker to stop: a file being read is dropped at its next chunk (ImportService::kReadChunk); the files
    // read before it are stored and stay. importFinished follows.
    void cancel();

    // The outcome of the last finished import.
    [[nodiscard]] const casefile::ImportOutcome& lastOutcome() const { return m_lastOutcome; }

Q_SIGNALS:
    // An import started (isRunning() is true) or finished (false).
    void runningChanged(bool running);
    // The worker is about to import file, the (done + 1)th of total; posted from the worker, received here.
    void progressed(int done, int total, const QString& file);
    // The worker has read bytes of file's total (total is bytes when the size is unknown, as for a pipe).
    void bytesRead(qint64 bytes, qint64 total, const QString& file);
    // The import ended: the document has the new reports and lastOutcome() holds the outcome (its first imported
    // report is the one to show). The summary, when worth showing, is shown right after this signal.
    void importFinished();

private:
    struct Job;
    using Work = std::function<casefile::ImportOutcome(casefile::ImportService&, const casefile::ImportProgress&)>;

    // The summary shown for an outcome: a count per outcome, then one line per file not imported, failures first
    // ("Failed: file — error", "Skipped: file — reason").
    struct Summary
    {
        QString message;
        QStringList details;
        bool worthShowing = false; // something was skipped, failed or cancelled
    };
    [[nodiscard]] Summary summarize(const casefile::ImportOutcome& outcome, const QStringList& roots) const;
    // Under a new version's line: each claim that now quotes changed words, or could not be placed, with its quote.
    [[nodiscard]] QStringList versionDetails(const casefile::ImportedFile& file) const;

    bool start(Work work, const QStringList& roots, const QString& title);
    void onProgress(int done, int total, const QString& file);
    void onBytesRead(qint64 bytes, qint64 total, const QString& file);
    void onWorkerFinished();

    CaseDocument& m_document;
    Prompts& m_prompts;
    QWidget* m_dialogParent;
    std::shared_ptr<Job> m_job; // shared with the worker
    std::unique_ptr<QThread> m_thread;
    std::unique_ptr<TaskProgress> m_progress;
    QStringList m_roots; // what the user chose, to name files relative to it
    int m_filesDone = 0; // the last file progress, which byte progress refines
    int m_filesTotal = 0;
    int m_bytesReports = 0; // byte reports for the current file, and the last one's bytes
    qint64 m_lastBytes = 0;
    casefile::ImportOutcome m_lastOutcome;
};

} // namespace corrob::ui
