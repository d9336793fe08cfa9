// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Importing by dropping files on the window (or a case, which opens instead), by pasting text as a new report, and
// from the empty case's page.
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
