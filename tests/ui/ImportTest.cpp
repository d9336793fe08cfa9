// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Importing through the window: the actions, drag and drop, paste, the worker thread, progress, cancel and the
// summary. Dialogs are answered by FakePrompts; waits are on signals, never sleeps.
#include "core/case/Case.h"
#include "core/case/IntegrityCheck.h"
#include "core/case/edits/ClaimEdits.h"
#include "resources/Resources.h"
#include "tests/support/RawSqlite.h"
#include "tests/support/TestPaths.h"
#include "tests/ui/FakePrompts.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/commands/ClaimCommands.h"
#include "ui/document/CaseDocument.h"
#include "ui/document/ImportController.h"
#include "ui/panes/ReportListPane.h"
#include "ui/panes/ReportPane.h"
#include "ui/panes/ReportPaneArea.h"

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

namespace {

struct ImportHarness
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    FakePrompts prompts;
    std::unique_ptr<ui::MainWindow> window;

    ImportHarness()
    {
        window = std::make_unique<ui::MainWindow>(
            prompts, settings,
            ui::SampleCaseLocation{dir.filePath(QStringLiteral("Sample.corrob")), resources::sampleArticlesDir()});
        window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }

    template <typename T> T* find(const char* name) const
    {
        T* child = window->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(child, nullptr) << "no " << name;
        return child;
    }
    QTableView* reportList() const { return find<QTableView>("reportListView"); }
    QStringList listedTitles() const { return test::columnTexts(*reportList()->model()); }
    // The title of the report being read (in the current report pane).
    QString shownTitle() const
    {
        auto* label = window->paneArea().currentPane()->findChild<QLabel*>(QStringLiteral("reportTitleLabel"));
        return label ? label->text() : QString();
    }
    ui::ImportController& importer() const { return window->importer(); }

    // Creates an empty case through File > New Case and returns its path.
    QString newCase(const QString& name = QStringLiteral("Investigation.corrob"))
    {
        const QString path = dir.filePath(name);
        prompts.newCasePaths << path;
        EXPECT_TRUE(window->newCase());
        return path;
    }

    // Waits until count imports have finished (the worker posts its end to the UI thread).
    static bool waitForImport(QSignalSpy& finished, int count = 1)
    {
        while (finished.count() < count) {
            if (!finished.wait(10000)) {
                return false;
            }
        }
        return true;
    }

    // Opens a report for reading, as a double-click in the Case list does.
    void doubleClickRow(int row) const { test::clickRow(*reportList(), row, true); }

    QString writeFile(const QString& name, const QByteArray& bytes) const
    {
        const QString path = dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    QString importMethods() const
    {
        return test::rawQuery(window->document().path(),
                              QStringLiteral("SELECT group_concat(DISTINCT import_method) FROM reports"));
    }

    // Drops paths on target (the window itself unless given), as a drag from a file manager does: the events go
    // to the widget under the pointer and travel up to a widget that takes them.
    void drop(const QStringList& paths, QWidget* target = nullptr) const
    {
        if (target == nullptr) {
            target = window.get();
        }
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString& path : paths) {
            urls << QUrl::fromLocalFile(path);
        }
        mime.setUrls(urls);
        mime.setText(paths.join(u'\n')); // file managers offer the paths as text too
        const QPoint centre = target->rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &enter);
        ASSERT_TRUE(enter.isAccepted());
        QDropEvent dropEvent(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &dropEvent);
        EXPECT_TRUE(dropEvent.isAccepted());
    }
};

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

TEST(Import, SelectsTheFirstNewReportAfterAnImportIntoACaseWithReports)
{
    ImportHarness h;
    h.newCase();
    const QStringList seeds = test::seedFiles();
    corrob::test::importInto(h.window->document(), {seeds.at(0), seeds.at(1)});
    ASSERT_EQ(h.listedTitles().size(), 2);
    ASSERT_EQ(h.shownTitle(), test::seedTitles().at(0));
    h.prompts.filesToImport.push_back(seeds.mid(2));
    QSignalSpy finished(&h.importer(), &ui::ImportController::importFinished);

    QTest::keyClick(h.window.get(), Qt::Key_I, Qt::ControlModifier);

    ASSERT_TRUE(h.waitForImport(finished));
    EXPECT_EQ(h.listedTitles().size(), 5);
    EXPECT_EQ(h.shownTitle(), test::seedTitles().at(2));
    EXPECT_EQ(h.reportList()->currentIndex().data().toString(), test::seedTitles().at(2));
}

TEST(Import, IntoACaseWithClaimsOpensTheNewReportBesideWhatIsReadAndRereadsTheCase)
{
    ImportHarness h;
    ASSERT_TRUE(h.window->openSampleCase());
    QApplication::processEvents();
    ui::CaseDocument& document = h.window->document();
    ui::ReportPaneArea& area = h.window->paneArea();
    ASSERT_GE(area.panes().size(), 2);
    const ReportId left = area.panes().at(0)->report();
    ASSERT_TRUE(left.isValid());
    area.setCurrentPane(area.panes().at(1));
    const ReportId right = area.panes().at(1)->report();
    ASSERT_TRUE(right.isValid());
    const std::size_t claims = document.cache().claims().size();
    ASSERT_GT(claims, 0U);
    const std::size_t sources = document.cache().sources().size();
    const QString paragraph = QStringLiteral(
        "<p>Officials in Kyiv said that a drone struck a residential building overnight, killing two people and "
        "wounding several others, according to the regional administration, which published photographs of the "
        "damaged building on Tuesday morning and said rescuers were still searching the rubble.</p>");
    const QString page = QStringLiteral("<!doctype html><html><head><title>Night strike on Kyiv</title>"
                                        "<meta property=\"og:site_name\" content=\"Example Herald\"></head><body>"
                                        "<article><h1>Night strike on Kyiv</h1>") +
                         paragraph + paragraph + paragraph + QStringLiteral("</article></body></html>");
    h.prompts.filesToImport.push_back({h.writeFile(QStringLiteral("herald.html"), page.toUtf8())});
    QSignalSpy finished(&h.importer(), &ui::ImportController::importFinished);
    QSignalSpy sourcesChanged(&document, &ui::CaseDocument::sourcesChanged);

    h.find<QAction>("importFilesAction")->trigger();

    ASSERT_TRUE(h.waitForImport(finished));
    EXPECT_TRUE(h.prompts.errors.empty());
    // The new report opens in a new pane on the right; what was read stays where it was, the current pane's too.
    ASSERT_EQ(area.panes().size(), 3);
    EXPECT_EQ(area.currentPane(), area.panes().at(2));
    EXPECT_EQ(h.shownTitle(), QStringLiteral("Night strike on Kyiv"));
    EXPECT_EQ(area.panes().at(0)->report(), left);
    EXPECT_EQ(area.panes().at(1)->report(), right);
    EXPECT_EQ(h.listedTitles().size(), 6);
    // The cache was reread: the claims are all there, and the outlet the import recorded is a source now.
    EXPECT_EQ(document.cache().claims().size(), claims);
    EXPECT_FALSE(sourcesChanged.isEmpty());
    EXPECT_EQ(document.cache().sources().size(), sources + 1);
    EXPECT_TRUE(std::any_of(document.cache().sources().cbegin(), document.cache().sources().cend(),
                            [](const model::Source& s) { return s.name == QStringLiteral("Example Herald"); }));
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
    // The worker committed the file before the pipe on its own connection; the UI's connection reads the case
    // at the same time, without waiting.
    EXPECT_EQ(test::rawQuery(h.window->document().path(), QStringLiteral("SELECT count(*) FROM reports")),
              QStringLiteral("2"));
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

TEST(Import, DroppingFilesImportsThem)
{
    ImportHarness h;
    h.newCase();

    QSignalSpy finished(&h.importer(), &ui::ImportController::importFinished);
    h.drop(test::seedFiles());

    ASSERT_TRUE(h.waitForImport(finished));
    EXPECT_EQ(h.listedTitles(), test::seedTitles());
    EXPECT_EQ(h.importMethods(), QStringLiteral("drop"));
}

TEST(Import, DroppingFilesOnTheReadingViewOrTheFilterImportsThem)
{
    ImportHarness h;
    h.newCase();
    const QStringList seeds = test::seedFiles();
    corrob::test::importInto(h.window->document(), {seeds.at(0)});
    QSignalSpy finished(&h.importer(), &ui::ImportController::importFinished);

    h.drop({seeds.at(1)}, h.find<QTextEdit>("reportTextView")->viewport());
    ASSERT_TRUE(h.waitForImport(finished));
    auto* filter = h.find<QLineEdit>("reportFilterLineEdit");
    h.drop({seeds.at(2)}, filter);
    ASSERT_TRUE(h.waitForImport(finished, 2));

    EXPECT_EQ(h.listedTitles(), test::seedTitles().mid(0, 3));
    EXPECT_TRUE(filter->text().isEmpty()); // the paths were not typed into the filter
}

TEST(Import, DroppingReportsWithNoCaseOpenImportsThemIntoANewCase)
{
    ImportHarness h;
    const QString path = h.dir.filePath(QStringLiteral("Dropped.corrob"));
    h.prompts.newCasePaths << path;

    QSignalSpy finished(&h.importer(), &ui::ImportController::importFinished);
    h.drop(test::seedFiles().mid(0, 2));

    ASSERT_TRUE(h.waitForImport(finished));
    EXPECT_EQ(h.window->document().path(), path);
    EXPECT_EQ(h.listedTitles(), test::seedTitles().mid(0, 2));
}

TEST(Import, DroppingACaseFileOpensItInsteadOfImportingIt)
{
    ImportHarness h;
    h.newCase();
    const QString other = h.dir.filePath(QStringLiteral("Other case.corrob"));
    ASSERT_TRUE(casefile::Case::create(other, QStringLiteral("Other case"), {QStringLiteral("test")}).ok());

    h.drop({other});

    EXPECT_FALSE(h.importer().isRunning());
    EXPECT_EQ(h.window->document().path(), other);
    EXPECT_EQ(h.window->windowTitle(), QStringLiteral("Other case — Corroborate"));
    EXPECT_TRUE(h.prompts.errors.empty());
}

TEST(Import, PasteAsNewReportImportsTheClipboardTextTitledByItsFirstLine)
{
    ImportHarness h;
    h.newCase();
    const QString text = QStringLiteral("  Kyiv says 5 civilians killed in overnight strike\n\n"
                                        "Officials in Kyiv said on Tuesday that five civilians were killed.\n");
    QGuiApplication::clipboard()->setText(text);
    QSignalSpy finished(&h.importer(), &ui::ImportController::importFinished);

    QTest::keyClick(h.window.get(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);

    ASSERT_TRUE(h.waitForImport(finished));
    EXPECT_EQ(h.prompts.suggestedTitles,
              QStringList{QStringLiteral("Kyiv says 5 civilians killed in overnight strike")});
    EXPECT_EQ(h.listedTitles(), QStringList{QStringLiteral("Kyiv says 5 civilians killed in overnight strike")});
    EXPECT_EQ(h.shownTitle(), QStringLiteral("Kyiv says 5 civilians killed in overnight strike"));
    const ReportId id = h.window->document().reportSummaries().front().id;
    auto stored = h.window->document().reportText(id, casefile::Case::TextView::All);
    ASSERT_TRUE(stored.ok());
    EXPECT_TRUE(stored.value().contains(QStringLiteral("five civilians were killed")));
    EXPECT_EQ(h.importMethods(), QStringLiteral("paste"));
    ASSERT_EQ(h.prompts.summaries.size(), 1u);
    EXPECT_EQ(h.prompts.summaries[0].text, QStringLiteral("Imported 1 report."));

    // The same text again is a duplicate, and the summary says so.
    h.find<QAction>("pasteAsNewReportAction")->trigger();
    ASSERT_TRUE(h.waitForImport(finished, 2));
    ASSERT_EQ(h.prompts.summaries.size(), 2u);
    EXPECT_EQ(h.prompts.summaries[1].text, QStringLiteral("Imported 0 reports. Skipped 1 duplicate."));
    EXPECT_EQ(h.listedTitles().size(), 1);
}

TEST(Import, PasteAsNewReportUsesTheTitleTheUserTyped)
{
    ImportHarness h;
    h.newCase();
    QGuiApplication::clipboard()->setText(QStringLiteral("Officials said on Tuesday that the bridge was hit.\n"));
    h.prompts.reportTitles.push_back(QStringLiteral("Bridge strike, officials' statement"));
    QSignalSpy finished(&h.importer(), &ui::ImportController::importFinished);

    h.find<QPushButton>("pasteAsNewReportButton")->click(); // the empty case offers it

    ASSERT_TRUE(h.waitForImport(finished));
    EXPECT_EQ(h.listedTitles(), QStringList{QStringLiteral("Bridge strike, officials' statement")});
    auto stored = h.window->document().reportText(h.window->document().reportSummaries().front().id,
                                                  casefile::Case::TextView::All);
    ASSERT_TRUE(stored.ok());
    // The typed title is metadata: the text is exactly what was pasted.
    EXPECT_EQ(stored.value(), QStringLiteral("Officials said on Tuesday that the bridge was hit.\n"));
}

TEST(Import, PasteRefusesAnEmptyClipboardAndCancelledTitle)
{
    ImportHarness h;
    h.newCase();
    QGuiApplication::clipboard()->setText(QStringLiteral(" \n "));
    EXPECT_FALSE(h.window->pasteAsNewReport());
    ASSERT_EQ(h.prompts.errors.size(), 1u);
    EXPECT_TRUE(h.prompts.errors[0].text.contains(QStringLiteral("no text")));

    QGuiApplication::clipboard()->setText(QStringLiteral("Some text"));
    h.prompts.reportTitles.push_back(std::nullopt);
    EXPECT_FALSE(h.window->pasteAsNewReport());
    EXPECT_FALSE(h.importer().isRunning());
    EXPECT_TRUE(h.window->document().reportSummaries().empty());
}

TEST(Import, EmptyCaseOffersImportAndPasteInsteadOfTheCommandLine)
{
    ImportHarness h;
    EXPECT_FALSE(h.find<QAction>("importFilesAction")->isEnabled()); // no case to import into
    EXPECT_FALSE(h.find<QAction>("pasteAsNewReportAction")->isEnabled());
    h.newCase(QStringLiteral("Bucha.corrob"));

    QWidget* page = h.find<QWidget>("emptyCasePage");
    EXPECT_TRUE(page->isVisible());
    EXPECT_EQ(h.find<QLabel>("emptyCaseHeadingLabel")->text(), QStringLiteral("“Bucha” has no reports yet"));
    for (QLabel* label : page->findChildren<QLabel*>()) {
        EXPECT_FALSE(label->text().contains(QStringLiteral("corroborate-cli")));
        // Wrapped text gets the height it needs at the width it is shown at (it was once cut off).
        if (label->wordWrap() && label->isVisible()) {
            EXPECT_GE(label->height(), label->heightForWidth(label->width())) << label->text().toStdString();
        }
    }
    h.prompts.filesToImport.push_back({test::seedFiles().at(0)});
    QSignalSpy finished(&h.importer(), &ui::ImportController::importFinished);

    QTest::mouseClick(h.find<QPushButton>("importFilesButton"), Qt::LeftButton);

    ASSERT_TRUE(h.waitForImport(finished));
    EXPECT_FALSE(page->isVisible());
    EXPECT_TRUE(h.reportList()->isVisible());
    EXPECT_EQ(h.find<QAction>("importFilesAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    EXPECT_EQ(h.find<QAction>("pasteAsNewReportAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
}

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

TEST(Import, IsOneUndoStepWhoseUndoDeletesTheNewReportsWithTheirClaimsAndWhoseRedoRestoresThem)
{
    ImportHarness h;
    h.newCase();
    ui::CaseDocument& document = h.window->document();
    h.prompts.filesToImport.push_back(test::seedFiles().mid(0, 3));
    QSignalSpy finished(&h.importer(), &ui::ImportController::importFinished);
    h.find<QAction>("importFilesAction")->trigger();
    ASSERT_TRUE(h.waitForImport(finished));
    ASSERT_EQ(document.reportSummaries().size(), 3u);
    ASSERT_EQ(document.undoStack()->count(), 1);
    EXPECT_TRUE(document.undoStack()->undoText().startsWith(QStringLiteral("Import 3 report")))
        << document.undoStack()->undoText().toStdString();
    const std::vector<model::ReportSummary> imported = document.reportSummaries();

    // A claim marked on an imported report outside this window's undo history (another process, say): undoing
    // the import takes it too, and redoing brings it back with its id.
    casefile::ClaimDraft draft;
    draft.report = imported.at(1).id;
    draft.quote = QStringLiteral("at least 1,235 civilian bodies");
    casefile::AddClaim outside(draft);
    ASSERT_TRUE(outside.apply(*test::openBeside(document)).ok());
    ASSERT_TRUE(document.reloadReports().ok());
    ASSERT_EQ(document.cache().claims().size(), 1u);

    h.find<QAction>("undoAction")->trigger();
    EXPECT_TRUE(document.reportSummaries().empty());
    EXPECT_TRUE(document.cache().claims().empty());
    EXPECT_TRUE(h.listedTitles().isEmpty());
    for (ui::ReportPane* pane : h.window->paneArea().panes()) {
        EXPECT_FALSE(pane->report().isValid());
    }
    EXPECT_TRUE(h.prompts.errors.empty());

    h.find<QAction>("redoAction")->trigger();
    ASSERT_EQ(document.reportSummaries().size(), 3u);
    for (std::size_t i = 0; i < imported.size(); ++i) {
        EXPECT_EQ(document.reportSummaries()[i].id, imported[i].id) << "the same ids";
    }
    ASSERT_EQ(document.cache().claims().size(), 1u);
    EXPECT_EQ(document.cache().claims().front().id, outside.claim().id);
    EXPECT_EQ(h.listedTitles(), test::seedTitles().mid(0, 3));
    EXPECT_TRUE(h.prompts.errors.empty());
    auto check = casefile::verifyCase(*test::openBeside(document));
    ASSERT_TRUE(check.ok());
    EXPECT_TRUE(check->ok());
}

TEST(Import, ClaimsMarkedAfterTheImportAreUndoneFirstThenTheImport)
{
    ImportHarness h;
    h.newCase();
    ui::CaseDocument& document = h.window->document();
    h.prompts.filesToImport.push_back({test::seedFiles().at(1)});
    QSignalSpy finished(&h.importer(), &ui::ImportController::importFinished);
    h.find<QAction>("importFilesAction")->trigger();
    ASSERT_TRUE(h.waitForImport(finished));
    casefile::ClaimDraft draft;
    draft.report = document.reportSummaries().front().id;
    draft.quote = QStringLiteral("at least 1,235 civilian bodies");
    ASSERT_TRUE(document.execute(std::make_unique<ui::AddClaimCommand>(document, draft)).ok());
    ASSERT_EQ(document.undoStack()->count(), 2);

    document.undoStack()->undo(); // the claim
    EXPECT_TRUE(document.cache().claims().empty());
    EXPECT_EQ(document.reportSummaries().size(), 1u);
    document.undoStack()->undo(); // the import
    EXPECT_TRUE(document.reportSummaries().empty());
    document.undoStack()->redo();
    document.undoStack()->redo();
    EXPECT_EQ(document.reportSummaries().size(), 1u);
    EXPECT_EQ(document.cache().claims().size(), 1u);
    EXPECT_TRUE(h.prompts.errors.empty());
}

TEST(Import, WithFourPanesInUseTheNewReportIsOnlySelectedNothingReadIsReplaced)
{
    ImportHarness h;
    ASSERT_TRUE(h.window->openSampleCase());
    QApplication::processEvents();
    ui::ReportPaneArea& area = h.window->paneArea();
    while (area.panes().size() < 4) {
        ASSERT_TRUE(area.addPane());
    }
    const auto& reports = h.window->document().reportSummaries();
    QList<ReportId> shown;
    for (int i = 0; i < 4; ++i) {
        area.panes().at(i)->showReport(reports.at(std::size_t(i)).id);
        shown << reports.at(std::size_t(i)).id;
    }
    area.setCurrentPane(area.panes().at(2));
    h.prompts.filesToImport.push_back(
        {h.writeFile(QStringLiteral("note.txt"), "Kyiv officials said a drone hit a school overnight.\n")});
    QSignalSpy finished(&h.importer(), &ui::ImportController::importFinished);

    h.find<QAction>("importFilesAction")->trigger();

    ASSERT_TRUE(h.waitForImport(finished));
    ASSERT_EQ(area.panes().size(), 4);
    for (int i = 0; i < 4; ++i) {
        EXPECT_EQ(area.panes().at(i)->report(), shown.at(i)) << "pane " << i;
    }
    EXPECT_EQ(area.currentPane(), area.panes().at(2));
    const ReportId added = h.window->document().reportSummaries().back().id;
    EXPECT_EQ(h.window->findChild<ui::ReportListPane*>()->currentReport(), added) << "selected in the Case list";
}

TEST(Import, TheNewReportOpensInAnEmptyPaneWhenThereIsOne)
{
    ImportHarness h;
    ASSERT_TRUE(h.window->openSampleCase());
    QApplication::processEvents();
    ui::ReportPaneArea& area = h.window->paneArea();
    ASSERT_EQ(area.panes().size(), 2);
    const ReportId left = area.panes().at(0)->report();
    area.panes().at(1)->showReport(ReportId());
    area.setCurrentPane(area.panes().at(0));
    h.prompts.filesToImport.push_back(
        {h.writeFile(QStringLiteral("note.txt"), "Kyiv officials said a drone hit a school overnight.\n")});
    QSignalSpy finished(&h.importer(), &ui::ImportController::importFinished);

    h.find<QAction>("importFilesAction")->trigger();

    ASSERT_TRUE(h.waitForImport(finished));
    EXPECT_EQ(area.panes().size(), 2);
    EXPECT_EQ(area.panes().at(0)->report(), left);
    EXPECT_EQ(area.currentPane(), area.panes().at(1));
    EXPECT_EQ(area.panes().at(1)->report(), h.window->document().reportSummaries().back().id);
}
