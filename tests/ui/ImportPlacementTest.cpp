// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Where an import lands (beside what is being read, never over it) and its undo: one step that takes the new
// reports away with the claims marked on them, and brings them back.
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

TEST(Import, IsOneUndoStepWhoseUndoDeletesTheNewReportsAndWhoseRedoRestoresThem)
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

    h.find<QAction>("undoAction")->trigger();
    EXPECT_TRUE(document.reportSummaries().empty());
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
    EXPECT_EQ(h.listedTitles(), test::seedTitles().mid(0, 3));
    EXPECT_TRUE(h.prompts.errors.empty());

    // A claim marked on an imported report outside this window's undo history (another program): undoing the
    // import would delete it. It deleted it (redo brought it back, until the next change cleared the redo); the
    // undo is refused now, and says why.
    casefile::ClaimDraft draft;
    draft.report = imported.at(1).id;
    draft.quote = QStringLiteral("at least 1,235 civilian bodies");
    casefile::AddClaim outside(draft);
    ASSERT_TRUE(outside.apply(*test::openBeside(document)).ok());
    ASSERT_TRUE(document.reloadReports().ok());
    ASSERT_EQ(document.cache().claims().size(), 1u);
    h.find<QAction>("undoAction")->trigger();
    EXPECT_EQ(document.reportSummaries().size(), 3u);
    ASSERT_EQ(document.cache().claims().size(), 1u);
    EXPECT_EQ(document.cache().claims().front().id, outside.claim().id);
    ASSERT_FALSE(h.prompts.errors.empty());
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

TEST(Import, AReportReadInAPaneWhenItsImportIsUndoneComesBackThereOnRedo)
{
    ImportHarness h;
    ASSERT_TRUE(h.window->openSampleCase());
    QApplication::processEvents();
    ui::ReportPaneArea& area = h.window->paneArea();
    ASSERT_EQ(area.panes().size(), 2);
    const ReportId left = area.panes().at(0)->report();
    area.panes().at(1)->showReport(ReportId());
    h.prompts.filesToImport.push_back(
        {h.writeFile(QStringLiteral("note.txt"), "Kyiv officials said a drone hit a school overnight.\n")});
    QSignalSpy finished(&h.importer(), &ui::ImportController::importFinished);
    h.find<QAction>("importFilesAction")->trigger();
    ASSERT_TRUE(h.waitForImport(finished));
    ui::ReportPane* right = area.panes().at(1);
    const ReportId added = right->report();
    ASSERT_EQ(added, h.window->document().reportSummaries().back().id);
    right->showFindBar();
    auto* find = right->findChild<QLineEdit*>(QStringLiteral("findInReportLineEdit"));
    ASSERT_TRUE(find->isVisible());

    h.window->document().undoStack()->undo(); // the import
    EXPECT_FALSE(right->report().isValid());
    EXPECT_FALSE(find->isVisible()) << "no find box over an empty pane";
    EXPECT_EQ(area.panes().at(0)->report(), left);
    h.window->document().undoStack()->redo();
    EXPECT_EQ(right->report(), added) << "read again where it was read";
    EXPECT_EQ(area.panes().at(0)->report(), left);
}
