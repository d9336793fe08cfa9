// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Importing through the window: the actions, drag and drop, paste, the worker thread, progress, cancel and the
// summary. Dialogs are answered by FakePrompts; waits are on signals, never sleeps.
#include "core/case/Case.h"
#include "core/case/IntegrityCheck.h"
#include "core/case/edits/ClaimEdits.h"
#include "resources/Resources.h"
#include "tests/support/FakePrompts.h"
#include "tests/support/RawSqlite.h"
#include "tests/support/TestPaths.h"
#include "tests/ui/ImportHarness.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/commands/ClaimCommands.h"
#include "ui/document/CaseDocument.h"
#include "ui/document/ImportController.h"
#include "ui/panes/ReportListPane.h"
#include "ui/panes/ReportPane.h"
#include "ui/panes/ReportPaneArea.h"

#include "tests/support/QtWait.h"
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QUndoStack>
#include <QUrl>

#include <gtest/gtest.h>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <chrono>
#include <future>
#include <memory>
#include <thread>

using namespace corrob;
using corrob::test::FakePrompts;
using corrob::test::ImportHarness;

namespace {

#ifdef Q_OS_UNIX
// A named pipe: a "file" whose reading blocks until the test writes it, so a test can hold the worker in the
// middle of an import, deterministically, and see what the window does meanwhile.
class SlowFile
{
public:
    explicit SlowFile(const QString& path) : m_path(path)
    {
        m_ok = ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
    }
    ~SlowFile() { release(); }
    [[nodiscard]] bool ok() const { return m_ok; }
    [[nodiscard]] const QString& path() const { return m_path; }

    // Writes text once the worker has opened the pipe for reading; false when it never does (within 10 s).
    bool release(const QByteArray& text = "Statement by the regional prosecutor\n\nThe inquiry was opened today.\n")
    {
        if (!m_ok || m_released) {
            return true;
        }
        int fd = -1;
        // Opening a pipe without blocking fails (ENXIO) until a reader has it open.
        for (int i = 0; i < 1000 && fd < 0; ++i) {
            fd = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_NONBLOCK);
            if (fd < 0) {
                QTest::qWait(10); // the UI keeps processing events meanwhile; this is polling, not timing
            }
        }
        m_released = true;
        if (fd < 0) {
            return false;
        }
        const bool written = ::write(fd, text.constData(), size_t(text.size())) == text.size();
        ::close(fd);
        return written;
    }

private:
    QString m_path;
    bool m_ok = false;
    bool m_released = false;
};
#endif

} // namespace

TEST(Import, ImportFilesActionImportsTheSeedsListsThemAndShowsTheFirst)
{
    ImportHarness h;
    const QString path = h.newCase();
    EXPECT_TRUE(h.find<QWidget>("emptyCasePage")->isVisible());
    h.prompts.filesToImport.push_back(test::seedFiles());
    QSignalSpy finished(&h.importer(), &ui::ImportController::importFinished);
    QSignalSpy progressed(&h.importer(), &ui::ImportController::progressed);

    h.find<QAction>("importFilesAction")->trigger();

    // The worker runs while this thread goes on: the window shows progress and keeps the case open meanwhile.
    EXPECT_TRUE(h.importer().isRunning());
    EXPECT_FALSE(h.find<QAction>("closeCaseAction")->isEnabled());
    EXPECT_FALSE(h.find<QAction>("importFilesAction")->isEnabled());
    ASSERT_TRUE(h.waitForImport(finished));
    EXPECT_FALSE(h.importer().isRunning());
    EXPECT_TRUE(h.find<QAction>("closeCaseAction")->isEnabled());
    EXPECT_TRUE(h.find<QAction>("importFilesAction")->isEnabled());

    EXPECT_EQ(h.listedTitles(), test::seedTitles());
    EXPECT_TRUE(h.reportList()->isVisible());
    EXPECT_EQ(h.shownTitle(), test::seedTitles().constFirst());
    EXPECT_EQ(h.importMethods(), QStringLiteral("file"));
    EXPECT_TRUE(h.find<QLabel>("caseStatusLabel")->text().startsWith(QStringLiteral("5 reports · ")));
    // A success is said too: how many, and each report's title by the file it came from.
    ASSERT_EQ(h.prompts.summaries.size(), 1u);
    EXPECT_EQ(h.prompts.summaries[0].title, QStringLiteral("Import"));
    EXPECT_EQ(h.prompts.summaries[0].text, QStringLiteral("Imported 5 reports."));
    ASSERT_EQ(h.prompts.summaries[0].details.size(), 5);
    EXPECT_EQ(h.prompts.summaries[0].details[0],
              QStringLiteral("Imported: %1 — “%2”")
                  .arg(QFileInfo(test::seedFiles().at(0)).fileName(), test::seedTitles().at(0)));
    EXPECT_TRUE(h.prompts.errors.empty());
    // Progress named each file in turn, and the dialog is gone.
    ASSERT_GE(h.prompts.progress->texts.size(), 5);
    EXPECT_EQ(h.prompts.progress->texts.at(0),
              QStringLiteral("Importing 1 of 5: %1").arg(QFileInfo(test::seedFiles().at(0)).fileName()));
    EXPECT_EQ(h.prompts.progress->texts.at(2),
              QStringLiteral("Importing 3 of 5: %1").arg(QFileInfo(test::seedFiles().at(2)).fileName()));
    EXPECT_FALSE(h.prompts.progress->open);
    EXPECT_GE(progressed.count(), 5);
    EXPECT_EQ(path, h.window->document().path());
}

TEST(Import, SummaryNamesTheDuplicateAndTheFileThatFailedWhileTheRestImport)
{
    ImportHarness h;
    h.newCase();
    const QStringList seeds = test::seedFiles();
    corrob::test::importInto(h.window->document(), {seeds.at(0)});
    const QString empty = h.writeFile(QStringLiteral("empty.txt"), {});
    h.prompts.filesToImport.push_back({seeds.at(0), empty, seeds.at(1), seeds.at(2)});
    QSignalSpy finished(&h.importer(), &ui::ImportController::importFinished);

    h.find<QAction>("importFilesAction")->trigger();

    ASSERT_TRUE(h.waitForImport(finished));
    EXPECT_EQ(h.listedTitles(), test::seedTitles().mid(0, 3));
    EXPECT_EQ(h.shownTitle(), test::seedTitles().at(1)); // the first new one, not the duplicate
    ASSERT_EQ(h.prompts.summaries.size(), 1u);
    const FakePrompts::Message& summary = h.prompts.summaries[0];
    EXPECT_EQ(summary.text, QStringLiteral("Imported 2 reports. Skipped 1 duplicate. 1 file could not be imported."));
    ASSERT_EQ(summary.details.size(), 4); // the failure, the duplicate, then the two imported
    EXPECT_TRUE(summary.details[0].startsWith(QStringLiteral("Failed: empty.txt — ")))
        << summary.details[0].toStdString();
    EXPECT_GT(summary.details[0].size(), QStringLiteral("Failed: empty.txt — ").size()); // says why
    EXPECT_EQ(summary.details[1], QStringLiteral("Skipped: %1 — already in the case as “%2”")
                                      .arg(QFileInfo(seeds.at(0)).fileName(), test::seedTitles().at(0)));
    EXPECT_EQ(summary.details[2],
              QStringLiteral("Imported: %1 — “%2”").arg(QFileInfo(seeds.at(1)).fileName(), test::seedTitles().at(1)));
    EXPECT_TRUE(h.prompts.errors.empty());
}

TEST(Import, ImportFolderNamesFilesRelativeToTheFolderAndRecordsTheMethod)
{
    ImportHarness h;
    h.newCase();
    const QStringList seeds = test::seedFiles();
    const QString folder = h.dir.filePath(QStringLiteral("Collected"));
    for (int i = 0; i < 2; ++i) {
        QFile source(seeds.at(i));
        ASSERT_TRUE(source.open(QIODevice::ReadOnly));
        h.writeFile(QStringLiteral("Collected/%1").arg(QFileInfo(seeds.at(i)).fileName()), source.readAll());
    }
    h.writeFile(QStringLiteral("Collected/later/blank.txt"), "   \n");
    h.prompts.foldersToImport << folder;
    QSignalSpy finished(&h.importer(), &ui::ImportController::importFinished);

    h.find<QAction>("importFolderAction")->trigger();

    ASSERT_TRUE(h.waitForImport(finished));
    EXPECT_EQ(h.listedTitles(), test::seedTitles().mid(0, 2));
    EXPECT_EQ(h.importMethods(), QStringLiteral("folder"));
    ASSERT_EQ(h.prompts.summaries.size(), 1u);
    ASSERT_EQ(h.prompts.summaries[0].details.size(), 3); // the failure, then the two imported
    EXPECT_EQ(h.prompts.summaries[0].details[1],
              QStringLiteral("Imported: ") +
                  QDir::toNativeSeparators(QStringLiteral("Collected/") + QFileInfo(seeds.at(0)).fileName()) +
                  QStringLiteral(" — “%1”").arg(test::seedTitles().at(0)));
    EXPECT_TRUE(h.prompts.summaries[0].details[0].startsWith(
        QStringLiteral("Failed: ") + QDir::toNativeSeparators(QStringLiteral("Collected/later/blank.txt — "))))
        << h.prompts.summaries[0].details[0].toStdString();
}

#ifdef Q_OS_UNIX
TEST(Import, CancelDropsTheFileBeingReadAndKeepsWhatWasImported)
{
    ImportHarness h;
    h.newCase();
    const QStringList seeds = test::seedFiles();
    SlowFile slow(h.dir.filePath(QStringLiteral("slow.txt")));
    ASSERT_TRUE(slow.ok());
    // Cancel as soon as the second file is announced: the worker is then reading it (the pipe holds it there).
    h.prompts.progress->onProgress = [](FakePrompts::Progress& progress, int done) {
        if (done == 1) {
            progress.cancel();
        }
    };
    h.prompts.filesToImport.push_back({seeds.at(0), slow.path(), seeds.at(2), seeds.at(3)});
    QSignalSpy finished(&h.importer(), &ui::ImportController::importFinished);

    h.find<QAction>("importFilesAction")->trigger();

    QTRY_VERIFY_WITH_TIMEOUT(!h.prompts.progress->cancelling.isEmpty(), 10000);
    EXPECT_EQ(h.prompts.progress->texts.last(), QStringLiteral("Importing 2 of 4: slow.txt"));
    EXPECT_TRUE(h.importer().isRunning());
    EXPECT_EQ(finished.count(), 0);
    ASSERT_TRUE(slow.release()); // the worker reads on, sees the cancel and drops the file it was reading...
    ASSERT_TRUE(h.waitForImport(finished));

    // ...and nothing after it starts; the file imported before stays.
    const casefile::ImportOutcome& outcome = h.importer().lastOutcome();
    EXPECT_TRUE(outcome.cancelled);
    ASSERT_EQ(outcome.imported.size(), 1u);
    EXPECT_EQ(outcome.imported[0].file, seeds.at(0));
    EXPECT_EQ(h.listedTitles(), (QStringList{test::seedTitles().at(0)}));
    EXPECT_EQ(test::rawQuery(h.window->document().path(), QStringLiteral("SELECT count(*) FROM reports")),
              QStringLiteral("1"));
    ASSERT_EQ(h.prompts.summaries.size(), 1u);
    EXPECT_EQ(h.prompts.summaries[0].text, QStringLiteral("Import cancelled. Imported 1 report."));
    EXPECT_FALSE(h.prompts.progress->open);
}

TEST(Import, CancellingInsideAHugeFileAddsNothingAndTheCaseStillVerifies)
{
    ImportHarness h;
    const QString casePath = h.newCase();
    const QString pipe = h.dir.filePath(QStringLiteral("huge.txt"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    // The file is a pipe: the worker reads what was written so far, reports it, then waits inside the file for
    // more, which this test writes only after it cancelled. Nothing depends on timing.
    // Once the worker stops reading, writing the rest fails (EPIPE) instead of ending the test process.
    struct IgnoreSigpipe
    {
        void (*before)(int) = ::signal(SIGPIPE, SIG_IGN);
        ~IgnoreSigpipe() { ::signal(SIGPIPE, before); }
    } ignoreSigpipe;
    std::promise<void> cancelled;
    std::thread writer([&pipe, resume = cancelled.get_future()]() mutable {
        int fd = -1;
        for (int i = 0; i < 1000 && fd < 0; ++i) { // a pipe opens for writing once a reader has it open
            fd = ::open(QFile::encodeName(pipe).constData(), O_WRONLY | O_NONBLOCK);
            if (fd < 0) {
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            }
        }
        if (fd < 0) {
            return;
        }
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
        QByteArray text;
        while (text.size() < 256 * 1024) {
            text += "Officials said the shelling of the district continued through the night.\n";
        }
        auto writeAll = [fd](const QByteArray& bytes) {
            for (qsizetype at = 0; at < bytes.size();) {
                const auto n = ::write(fd, bytes.constData() + at, size_t(bytes.size() - at));
                if (n <= 0) {
                    return;
                }
                at += n;
            }
        };
        writeAll(text);
        resume.wait();
        writeAll(text);
        ::close(fd);
    });
    QSignalSpy bytesRead(&h.importer(), &ui::ImportController::bytesRead);
    QSignalSpy finished(&h.importer(), &ui::ImportController::importFinished);
    h.prompts.filesToImport.push_back({pipe});

    h.find<QAction>("importFilesAction")->trigger();

    QTRY_VERIFY_WITH_TIMEOUT(!bytesRead.isEmpty(), 10000);
    EXPECT_GT(bytesRead.last().at(0).toLongLong(), 0);
    EXPECT_EQ(finished.count(), 0); // still inside the file
    // The dialog says how far into the file the import is.
    EXPECT_TRUE(h.prompts.progress->texts.last().startsWith(QStringLiteral("Importing 1 of 1: huge.txt (")))
        << h.prompts.progress->texts.last().toStdString();
    h.prompts.progress->cancel();
    cancelled.set_value();
    const bool stopped = h.waitForImport(finished);
    writer.join();
    ASSERT_TRUE(stopped);

    const casefile::ImportOutcome& outcome = h.importer().lastOutcome();
    EXPECT_TRUE(outcome.cancelled);
    EXPECT_TRUE(outcome.imported.empty());
    EXPECT_TRUE(outcome.failed.empty());
    EXPECT_TRUE(h.window->document().reportSummaries().empty());
    EXPECT_EQ(test::rawQuery(casePath, QStringLiteral("SELECT count(*) FROM reports")), QStringLiteral("0"));
    auto verified = casefile::verifyCase(*test::openBeside(h.window->document()));
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified.value().ok());
    ASSERT_EQ(h.prompts.summaries.size(), 1u);
    EXPECT_EQ(h.prompts.summaries[0].text, QStringLiteral("Import cancelled. Imported 0 reports."));
}

TEST(Import, WindowStaysUsableWhileTheWorkerImportsOnItsOwnConnection)
{
    ImportHarness h;
    h.newCase();
    const QStringList seeds = test::seedFiles();
    corrob::test::importInto(h.window->document(), {seeds.at(0)});
    const ReportId first = h.window->document().reportSummaries().front().id;
    SlowFile slow(h.dir.filePath(QStringLiteral("slow.txt")));
    ASSERT_TRUE(slow.ok());
    h.prompts.filesToImport.push_back({seeds.at(1), slow.path(), seeds.at(2)});
    QSignalSpy finished(&h.importer(), &ui::ImportController::importFinished);
    QSignalSpy progressed(&h.importer(), &ui::ImportController::progressed);

    h.find<QAction>("importFilesAction")->trigger();

    // The worker announces the pipe, then waits on it; this thread receives the progress and goes on working.
    QTRY_VERIFY_WITH_TIMEOUT(!progressed.isEmpty() && progressed.last().at(2).toString() == slow.path(), 10000);
    EXPECT_EQ(finished.count(), 0);
    // The worker stores whole batches (decisions/0022): the file before the pipe waits in the batch with it, and
    // the case still reads as before the import, on any connection, without waiting.
    EXPECT_EQ(test::rawQuery(h.window->document().path(), QStringLiteral("SELECT count(*) FROM reports")),
              QStringLiteral("1"));
    EXPECT_TRUE(h.window->document().reportText(first, casefile::Case::TextView::Reading).ok());
    h.doubleClickRow(0);
    EXPECT_EQ(h.shownTitle(), test::seedTitles().at(0));
    // Nothing may close the case or start another import meanwhile.
    for (const char* name : {"closeCaseAction", "openCaseAction", "newCaseAction", "openSampleCaseAction",
                             "importFilesAction", "importFolderAction", "pasteAsNewReportAction"}) {
        EXPECT_FALSE(h.find<QAction>(name)->isEnabled()) << name;
    }
    EXPECT_FALSE(h.find<QMenu>("openRecentMenu")->isEnabled());
    QTest::keyClick(h.window.get(), Qt::Key_W, Qt::ControlModifier);
    h.window->closeCase();
    EXPECT_TRUE(h.window->document().isOpen());
    EXPECT_FALSE(h.window->openSampleCase());
    EXPECT_FALSE(h.window->importer().importPaths({seeds.at(3)}, QStringLiteral("file")));

    ASSERT_TRUE(slow.release());
    ASSERT_TRUE(h.waitForImport(finished));
    EXPECT_EQ(h.listedTitles().size(), 4);
    EXPECT_TRUE(h.find<QAction>("closeCaseAction")->isEnabled());
    EXPECT_TRUE(h.find<QAction>("pasteAsNewReportAction")->isEnabled());
}

TEST(Import, ClosingTheWindowDuringAnImportCancelsItAndClosesWhenItStops)
{
    ImportHarness h;
    h.newCase();
    const QStringList seeds = test::seedFiles();
    SlowFile slow(h.dir.filePath(QStringLiteral("slow.txt")));
    ASSERT_TRUE(slow.ok());
    h.prompts.filesToImport.push_back({slow.path(), seeds.at(0)});
    QSignalSpy finished(&h.importer(), &ui::ImportController::importFinished);
    QSignalSpy progressed(&h.importer(), &ui::ImportController::progressed);
    h.find<QAction>("importFilesAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!progressed.isEmpty(), 10000);

    EXPECT_FALSE(h.window->close()); // refused for now...
    EXPECT_TRUE(h.window->isVisible());
    EXPECT_FALSE(h.prompts.progress->cancelling.isEmpty());

    ASSERT_TRUE(slow.release());
    ASSERT_TRUE(h.waitForImport(finished));
    EXPECT_FALSE(h.window->isVisible()); // ...and done once the worker stopped inside the file it was reading
    EXPECT_TRUE(h.importer().lastOutcome().cancelled);
    EXPECT_TRUE(h.importer().lastOutcome().imported.empty());
}
#endif

TEST(Import, FolderSummaryCountsImportedSkippedAndFailedAsItListsThem)
{
    ImportHarness h;
    h.newCase();
    const QStringList seeds = test::seedFiles();
    corrob::test::importInto(h.window->document(), {seeds.at(0)});
    QFile seed(seeds.at(0));
    ASSERT_TRUE(seed.open(QIODevice::ReadOnly));
    // A folder as a reader saves it: one article already in the case, one new, their metadata, and a blank file.
    h.writeFile(QStringLiteral("Saved/a/article.txt"), seed.readAll());
    QFile other(seeds.at(1));
    ASSERT_TRUE(other.open(QIODevice::ReadOnly));
    h.writeFile(QStringLiteral("Saved/b/article.txt"), other.readAll());
    h.writeFile(QStringLiteral("Saved/a/expected-metadata.json"), "{\"title\": \"Amnesty\"}\n");
    h.writeFile(QStringLiteral("Saved/b/expected-metadata.json"), "{\"title\": \"Fox\"}\n");
    h.writeFile(QStringLiteral("Saved/c/blank.txt"), "   \n");
    h.prompts.foldersToImport << h.dir.filePath(QStringLiteral("Saved"));
    QSignalSpy finished(&h.importer(), &ui::ImportController::importFinished);

    h.find<QAction>("importFolderAction")->trigger();

    ASSERT_TRUE(h.waitForImport(finished));
    EXPECT_EQ(h.listedTitles(), test::seedTitles().mid(0, 2)); // the JSON files are not reports
    ASSERT_EQ(h.prompts.summaries.size(), 1u);
    const FakePrompts::Message& summary = h.prompts.summaries[0];
    EXPECT_EQ(summary.text, QStringLiteral("Imported 1 report. Skipped 3 files. 1 file could not be imported."));
    const auto native = [](const char* path) {
        return QDir::toNativeSeparators(QString::fromUtf8(path));
    };
    ASSERT_EQ(summary.details.size(), 5) << summary.details.join(u'\n').toStdString();
    EXPECT_TRUE(summary.details[0].startsWith(QStringLiteral("Failed: ") + native("Saved/c/blank.txt — ")))
        << summary.details[0].toStdString();
    EXPECT_EQ(summary.details[1], QStringLiteral("Skipped: ") + native("Saved/a/article.txt") +
                                      QStringLiteral(" — already in the case as “%1”").arg(test::seedTitles().at(0)));
    EXPECT_EQ(summary.details[2], QStringLiteral("Skipped: ") + native("Saved/a/expected-metadata.json") +
                                      QStringLiteral(" — not a report format (.json)"));
    EXPECT_EQ(summary.details[3], QStringLiteral("Skipped: ") + native("Saved/b/expected-metadata.json") +
                                      QStringLiteral(" — not a report format (.json)"));
}
