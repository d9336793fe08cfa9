// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"
#include "core/case/Case.h"
#include "core/case/SampleCase.h"
#include "core/case/edits/ReportEdits.h"
#include "resources/Resources.h"
#include "tests/support/QtWait.h"
#include "tests/support/RawSqlite.h"
#include "tests/support/TestPaths.h"
#include "tests/support/TestWindow.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/OtherWritersWatch.h"
#include "ui/Theme.h"
#include "ui/document/CaseDocument.h"
#include "ui/document/ReadableColours.h"
#include "ui/panes/ReportPane.h"
#include "ui/panes/ReportPaneArea.h"
#include "ui/widgets/ReadingTextView.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

using namespace corrob;
using corrob::test::FakePrompts;

namespace {

// The test window (no case open) with what the main-window tests look at.
struct WindowHarness : test::TestWindow
{
    // A child of the first (left) report pane, where the Case list opens reports when a case opens.
    template <typename T> T* inFirstPane(const char* name) const
    {
        T* child = window->paneArea().panes().at(0)->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(child, nullptr) << "no " << name << " in the first pane";
        return child;
    }
    QWidget* welcomePage() const { return find<QWidget>("welcomePage"); }
    QString statusText() const { return find<QLabel>("caseStatusLabel")->text(); }

    void click(const char* buttonName) const
    {
        QPushButton* button = find<QPushButton>(buttonName);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    // The case files listed under File > Open Recent, top to bottom.
    QStringList recentMenuPaths() const
    {
        QStringList paths;
        for (QAction* action : find<QMenu>("openRecentMenu")->actions()) {
            if (!action->data().toString().isEmpty()) {
                paths << action->data().toString();
            }
        }
        return paths;
    }

    QString newCaseFile(const QString& name) const
    {
        const QString path = dir.filePath(name);
        auto created = casefile::Case::create(path, QString(), {QStringLiteral("test")});
        EXPECT_TRUE(created.ok()) << created.error().toString().toStdString();
        return path;
    }
};

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST(MainWindow, StartsOnTheWelcomePage)
{
    WindowHarness h;
    EXPECT_TRUE(h.welcomePage()->isVisible());
    EXPECT_FALSE(h.reportList()->isVisible());
    EXPECT_EQ(h.window->windowTitle(), QStringLiteral("Corroborate"));
    EXPECT_FALSE(h.find<QAction>("closeCaseAction")->isEnabled());
}

TEST(MainWindow, OpensSampleCaseListingEveryReportByItsFirstLine)
{
    WindowHarness h;
    h.click("openSampleCaseButton");

    ASSERT_TRUE(h.reportList()->isVisible());
    EXPECT_FALSE(h.welcomePage()->isVisible());
    EXPECT_EQ(h.reportList()->model()->rowCount(), 5);
    EXPECT_EQ(test::columnTexts(*h.reportList()->model()), test::seedTitles());
    EXPECT_EQ(h.window->windowTitle(), casefile::sampleCaseTitle() + QStringLiteral(" — Corroborate"));
    EXPECT_EQ(h.statusText(), QStringLiteral("5 reports · 6 claims · Sample case.corrob"));
    EXPECT_TRUE(h.find<QAction>("closeCaseAction")->isEnabled());
    // The first report is open for reading straight away.
    EXPECT_EQ(h.inFirstPane<QLabel>("reportTitleLabel")->text(), test::seedTitles().constFirst());
    EXPECT_TRUE(h.prompts.errors.empty());
}

namespace {

// Retitles the case's first report as corroborate-cli would, from a connection of its own.
void retitleFromAnotherProgram(const WindowHarness& h, const QString& title)
{
    auto other = casefile::Case::open(h.window->document().path(), {QStringLiteral("cli")});
    ASSERT_TRUE(other.ok());
    casefile::ReportMetadataChanges changes;
    changes.title = title;
    casefile::EditReportMetadata edit(h.window->document().reportSummaries().front().id, changes);
    ASSERT_TRUE(edit.apply(*other.value()).ok());
}

QString firstTitle(const WindowHarness& h)
{
    return h.window->document().reportSummaries().front().metadata.title;
}

} // namespace

TEST(MainWindow, ShowsWhatAnotherProgramChangedWhileItStaysTheActiveWindow)
{
    // corroborate-cli in a terminal beside the window: no activation change tells the window to look.
    WindowHarness h;
    h.click("openSampleCaseButton");
    ASSERT_EQ(h.reportList()->model()->rowCount(), 5);
    retitleFromAnotherProgram(h, QStringLiteral("Retitled by corroborate-cli"));
    QTRY_VERIFY_WITH_TIMEOUT(
        test::columnTexts(*h.reportList()->model()).contains(QStringLiteral("Retitled by corroborate-cli")), 10000);
    EXPECT_TRUE(h.window->statusBar()->currentMessage().contains(QStringLiteral("changed by another program")))
        << h.window->statusBar()->currentMessage().toStdString();
    EXPECT_TRUE(h.prompts.errors.empty());
}

TEST(MainWindow, CatchesUpWithAnotherProgramWhileTheFocusRestsInAFilterButNotWhileItIsTypedIn)
{
    WindowHarness h;
    h.click("openSampleCaseButton");
    auto* filter = h.find<QLineEdit>("reportFilterLineEdit");
    filter->setFocus(Qt::OtherFocusReason); // where a window left alone after opening a case has it
    ASSERT_TRUE(filter->hasFocus());
    retitleFromAnotherProgram(h, QStringLiteral("Retitled while the window was idle"));
    QTRY_COMPARE_WITH_TIMEOUT(firstTitle(h), QStringLiteral("Retitled while the window was idle"), 10000);
    EXPECT_TRUE(filter->hasFocus());

    // While keys are being typed in the filter, the list is not read again under them; at the first pause it is,
    // and what was typed stays.
    QTest::keyClicks(filter, QStringLiteral("R"));
    retitleFromAnotherProgram(h, QStringLiteral("Retitled during the typing"));
    for (const QChar typed : QStringLiteral("etitled")) {
        QTest::qWait(ui::OtherWritersWatch::kInterval / 4);
        QTest::keyClicks(filter, QString(typed));
        EXPECT_EQ(firstTitle(h), QStringLiteral("Retitled while the window was idle"))
            << "after typing " << QString(typed).toStdString();
    }
    QTRY_COMPARE_WITH_TIMEOUT(firstTitle(h), QStringLiteral("Retitled during the typing"), 15000);
    EXPECT_EQ(filter->text(), QStringLiteral("Retitled"));
    EXPECT_TRUE(filter->hasFocus());
    EXPECT_EQ(test::columnTexts(*h.reportList()->model()), QStringList{QStringLiteral("Retitled during the typing")});
}

TEST(MainWindow, DoesNotReadTheCaseAgainUnderAFieldOfTheInspectorUntilItIsLeft)
{
    // Reading the case again refills the Inspector's fields: a value being written there would be lost.
    WindowHarness h;
    h.click("openSampleCaseButton");
    h.window->document().selection().setCurrentReport(h.window->document().reportSummaries().front().id);
    QApplication::processEvents();
    auto* title = h.find<QLineEdit>("reportTitleLineEdit");
    ASSERT_TRUE(title->isVisible());
    title->setFocus(Qt::MouseFocusReason);
    ASSERT_TRUE(title->hasFocus());
    const QString before = firstTitle(h);
    retitleFromAnotherProgram(h, QStringLiteral("Retitled again"));
    QTest::qWait(ui::OtherWritersWatch::kInterval * 2);
    EXPECT_EQ(firstTitle(h), before);
    EXPECT_EQ(title->text(), before);
    h.reportList()->setFocus(Qt::MouseFocusReason);
    QTRY_COMPARE_WITH_TIMEOUT(firstTitle(h), QStringLiteral("Retitled again"), 10000);
    EXPECT_EQ(title->text(), QStringLiteral("Retitled again"));
}

TEST(MainWindow, GivesTheReportPanesMostOfTheWidthAndTheTitlesMostOfTheList)
{
    WindowHarness h;
    h.window->resize(1500, 940);
    ASSERT_TRUE(h.window->openSampleCase());
    QApplication::processEvents(); // let the layouts settle, as they do before the window is painted
    const int width = h.window->width();
    const auto* caseDock = h.find<QDockWidget>("caseDock");
    const auto* area = h.find<QWidget>("reportPaneArea");
    EXPECT_TRUE(caseDock->isVisible());
    EXPECT_GT(caseDock->width(), width * 12 / 100);
    EXPECT_LT(caseDock->width(), width * 30 / 100);
    EXPECT_GT(area->width(), width * 45 / 100);
    QTableView* view = h.reportList();
    // In the narrow Case dock the title is the widest column, stretched over whatever the others leave.
    EXPECT_GT(view->columnWidth(0), std::max({view->columnWidth(1), view->columnWidth(2), view->columnWidth(3)}));
    EXPECT_GT(view->columnWidth(0), view->viewport()->width() * 35 / 100);
    EXPECT_GE(view->columnWidth(0) + view->columnWidth(1) + view->columnWidth(2) + view->columnWidth(3),
              view->viewport()->width() - 2);
    EXPECT_EQ(view->model()->index(0, 3).data().toInt(), 3); // the claims marked in the first seed
}

TEST(MainWindow, ASingleClickInTheCaseListPicksAReportWithoutReplacingTheOneBeingRead)
{
    WindowHarness h;
    ASSERT_TRUE(h.window->openSampleCase());
    const QString reading = h.inFirstPane<QLabel>("reportTitleLabel")->text();
    h.clickRow(3);
    EXPECT_EQ(h.reportList()->currentIndex().row(), 3);
    EXPECT_EQ(h.inFirstPane<QLabel>("reportTitleLabel")->text(), reading) << "still reading the same report";
    EXPECT_EQ(h.window->document().selection().currentReport(), h.window->document().reportSummaries().at(3).id)
        << "the Inspector shows the picked report";
    // Enter on it opens it, as a double-click does.
    h.reportList()->setFocus();
    QTest::keyClick(h.reportList(), Qt::Key_Return);
    EXPECT_EQ(h.inFirstPane<QLabel>("reportTitleLabel")->text(), test::seedTitles().at(3));
}

TEST(MainWindow, TheCaseListSelectsTheReportOfTheCurrentPane)
{
    WindowHarness h;
    ASSERT_TRUE(h.window->openSampleCase());
    ui::ReportPaneArea& area = h.window->paneArea();
    area.setCurrentPane(area.panes().at(1));
    EXPECT_EQ(h.reportList()->currentIndex().data().toString(), test::seedTitles().at(1));
    area.setCurrentPane(area.panes().at(0));
    EXPECT_EQ(h.reportList()->currentIndex().data().toString(), test::seedTitles().at(0));
}

TEST(MainWindow, ShowsTheTextOfTheReportDoubleClickedInTheList)
{
    WindowHarness h;
    ASSERT_TRUE(h.window->openSampleCase());
    const QStringList seeds = test::seedFiles();
    ASSERT_EQ(seeds.size(), 5);

    h.doubleClickRow(2);

    EXPECT_EQ(h.reportList()->currentIndex().row(), 2);
    EXPECT_EQ(h.inFirstPane<QLabel>("reportTitleLabel")->text(), test::seedTitles().at(2));
    EXPECT_TRUE(h.inFirstPane<QLabel>("reportMetaLabel")->text().contains(QStringLiteral("\u00a0characters")));
    const QString shown = h.inFirstPane<QTextEdit>("reportTextView")->toPlainText().simplified();
    EXPECT_TRUE(shown.contains(test::seedLongestLine(seeds.at(2)))) << shown.left(300).toStdString();
    EXPECT_FALSE(shown.contains(test::seedLongestLine(seeds.at(0))));
}

TEST(MainWindow, FilterNarrowsTheReportListCaseInsensitively)
{
    WindowHarness h;
    ASSERT_TRUE(h.window->openSampleCase());
    // A word that appears in exactly one title, found from the seeds rather than assumed.
    const QStringList titles = test::seedTitles();
    QString word;
    QString itsTitle;
    for (const QString& title : titles) {
        for (const QString& candidate : title.split(u' ', Qt::SkipEmptyParts)) {
            const auto hits = std::count_if(titles.cbegin(), titles.cend(), [&](const QString& t) {
                return t.contains(candidate, Qt::CaseInsensitive);
            });
            if (word.isEmpty() && candidate.size() >= 4 && hits == 1) {
                word = candidate;
                itsTitle = title;
            }
        }
    }
    ASSERT_FALSE(word.isEmpty());
    auto* filter = h.find<QLineEdit>("reportFilterLineEdit");
    EXPECT_EQ(filter->placeholderText(), QStringLiteral("Filter reports (Ctrl+F)"));

    const QString reading = h.inFirstPane<QLabel>("reportTitleLabel")->text();
    QTest::keyClicks(filter, word.toUpper());

    EXPECT_EQ(test::columnTexts(*h.reportList()->model()), QStringList{itsTitle});
    EXPECT_EQ(h.reportList()->currentIndex().data().toString(), itsTitle) << "the one report left is picked";

    filter->clear();
    EXPECT_EQ(h.reportList()->model()->rowCount(), 5);

    QTest::keyClicks(filter, QStringLiteral("no report says this"));
    EXPECT_EQ(h.reportList()->model()->rowCount(), 0);
    // Filtering the list never takes away what is being read.
    EXPECT_EQ(h.inFirstPane<QLabel>("reportTitleLabel")->text(), reading);

    // Down goes on from the filter into what it left, on its current row.
    filter->clear();
    QTest::keyClicks(filter, word);
    filter->setFocus();
    QTest::keyClick(filter, Qt::Key_Down);
    EXPECT_EQ(QApplication::focusWidget(), h.reportList());
    EXPECT_EQ(h.reportList()->currentIndex().data().toString(), itsTitle);
}

TEST(MainWindow, ClickingTheTitleHeaderSortsByTitle)
{
    WindowHarness h;
    ASSERT_TRUE(h.window->openSampleCase());
    QHeaderView* header = h.reportList()->horizontalHeader();
    const QPoint titleHeader(header->sectionViewportPosition(0) + header->sectionSize(0) / 2, header->height() / 2);

    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, titleHeader);

    QStringList sorted = test::seedTitles();
    std::sort(sorted.begin(), sorted.end(),
              [](const QString& a, const QString& b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    EXPECT_EQ(test::columnTexts(*h.reportList()->model()), sorted);
    // The report being read stays the one being read, wherever its row went.
    EXPECT_EQ(h.inFirstPane<QLabel>("reportTitleLabel")->text(), test::seedTitles().constFirst());
}

TEST(MainWindow, KeepsReadingTheSameReportWhenReportsAreAdded)
{
    WindowHarness h;
    h.prompts.newCasePaths << h.dir.filePath(QStringLiteral("Growing.corrob"));
    ASSERT_TRUE(h.window->newCase());
    const QStringList seeds = test::seedFiles();
    corrob::test::importInto(h.window->document(), {seeds.at(0), seeds.at(1)});
    ASSERT_EQ(h.reportList()->model()->rowCount(), 2);
    h.doubleClickRow(1);

    corrob::test::importInto(h.window->document(), seeds.mid(2));

    EXPECT_EQ(h.reportList()->model()->rowCount(), 5);
    EXPECT_EQ(h.statusText(), QStringLiteral("5 reports · 0 claims · Growing.corrob"));
    EXPECT_EQ(h.inFirstPane<QLabel>("reportTitleLabel")->text(), test::seedTitles().at(1));
    EXPECT_EQ(h.reportList()->currentIndex().data().toString(), test::seedTitles().at(1));
}

TEST(MainWindow, CtrlFPutsTheCursorInTheFilter)
{
    WindowHarness h;
    ASSERT_TRUE(h.window->openSampleCase());
    h.window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(h.window.get()));
    h.reportList()->setFocus();

    QTest::keyClick(h.window.get(), Qt::Key_F, Qt::ControlModifier);

    EXPECT_EQ(QApplication::focusWidget(), h.find<QLineEdit>("reportFilterLineEdit"));
}

TEST(MainWindow, ReportsAFileThatIsNotACaseAndStaysOnTheWelcomePage)
{
    WindowHarness h;
    const QString notes = h.dir.filePath(QStringLiteral("notes.corrob"));
    {
        QFile file(notes);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("My notes from the interview, not a case.\n");
    }
    const QByteArray before = fileBytes(notes);
    h.prompts.casesToOpen << notes;

    h.click("openCaseButton");

    ASSERT_EQ(h.prompts.errors.size(), 1u);
    EXPECT_EQ(h.prompts.errors[0].title, QStringLiteral("Cannot open the case"));
    EXPECT_TRUE(h.prompts.errors[0].text.contains(notes)) << h.prompts.errors[0].text.toStdString();
    EXPECT_TRUE(h.prompts.errors[0].text.contains(QStringLiteral("Not a Corroborate case")));
    EXPECT_TRUE(h.welcomePage()->isVisible());
    EXPECT_EQ(h.window->windowTitle(), QStringLiteral("Corroborate"));
    EXPECT_EQ(fileBytes(notes), before);
    EXPECT_TRUE(h.recentMenuPaths().isEmpty());

    // Still usable: the next case opens.
    h.click("openSampleCaseButton");
    EXPECT_EQ(h.reportList()->model()->rowCount(), 5);
}

TEST(MainWindow, KeepsTheOpenCaseWhenACaseFromANewerVersionFailsToOpen)
{
    WindowHarness h;
    const QString newer = h.newCaseFile(QStringLiteral("From the future.corrob"));
    ASSERT_EQ(test::rawExec(newer, QStringLiteral("PRAGMA user_version = 999")), QString());
    ASSERT_TRUE(h.window->openSampleCase());

    EXPECT_FALSE(h.window->openCase(newer));

    ASSERT_EQ(h.prompts.errors.size(), 1u);
    EXPECT_TRUE(h.prompts.errors[0].text.contains(QStringLiteral("newer version of Corroborate")));
    EXPECT_TRUE(h.prompts.errors[0].text.contains(newer));
    EXPECT_EQ(h.window->windowTitle(), casefile::sampleCaseTitle() + QStringLiteral(" — Corroborate"));
    EXPECT_EQ(h.reportList()->model()->rowCount(), 5);
}

TEST(MainWindow, OpenRecentListsCasesMostRecentFirst)
{
    WindowHarness h;
    const QString first = h.dir.filePath(QStringLiteral("Kharkiv shelling.corrob"));
    const QString second = h.newCaseFile(QStringLiteral("Bucha.corrob"));
    EXPECT_TRUE(h.find<QMenu>("openRecentMenu")->actions().constFirst()->text().contains(QStringLiteral("No Recent")));
    EXPECT_FALSE(h.find<QAction>("clearRecentAction")->isEnabled());

    h.prompts.newCasePaths << first;
    h.find<QAction>("newCaseAction")->trigger();
    h.prompts.casesToOpen << second;
    h.find<QAction>("openCaseAction")->trigger();

    ASSERT_TRUE(h.prompts.errors.empty());
    EXPECT_EQ(h.recentMenuPaths(), (QStringList{second, first}));
    EXPECT_TRUE(h.find<QAction>("clearRecentAction")->isEnabled());

    // Picking the older one from the menu opens it and moves it to the top.
    h.find<QMenu>("openRecentMenu")->actions().at(1)->trigger();
    EXPECT_EQ(h.window->windowTitle(), QStringLiteral("Kharkiv shelling — Corroborate"));
    EXPECT_EQ(h.recentMenuPaths(), (QStringList{first, second}));

    // The list outlives the window.
    h.reopen();
    EXPECT_EQ(h.recentMenuPaths(), (QStringList{first, second}));

    h.find<QAction>("clearRecentAction")->trigger();
    EXPECT_TRUE(h.recentMenuPaths().isEmpty());
}

TEST(MainWindow, NewCaseOpensAnEmptyCaseThatSaysHowToAddReports)
{
    WindowHarness h;
    const QString path = h.dir.filePath(QStringLiteral("Mariupol theatre.corrob"));
    h.prompts.newCasePaths << path;

    h.click("newCaseButton");

    ASSERT_TRUE(h.prompts.errors.empty());
    EXPECT_TRUE(QFile::exists(path));
    EXPECT_EQ(h.window->windowTitle(), QStringLiteral("Mariupol theatre — Corroborate"));
    EXPECT_EQ(h.statusText(), QStringLiteral("0 reports · 0 claims · Mariupol theatre.corrob"));
    EXPECT_EQ(h.reportList()->model()->rowCount(), 0);
    EXPECT_TRUE(h.find<QWidget>("emptyCasePage")->isVisible());
    EXPECT_TRUE(h.find<QPushButton>("importFilesButton")->isEnabled());
    EXPECT_TRUE(h.find<QPushButton>("pasteAsNewReportButton")->isEnabled());
}

TEST(MainWindow, NewCaseNeverReplacesAnExistingFile)
{
    WindowHarness h;
    const QString existing = h.dir.filePath(QStringLiteral("evidence.corrob"));
    {
        QFile file(existing);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("precious");
    }
    h.prompts.newCasePaths << existing;

    EXPECT_FALSE(h.window->newCase());

    ASSERT_EQ(h.prompts.errors.size(), 1u);
    EXPECT_TRUE(h.prompts.errors[0].text.contains(existing));
    EXPECT_TRUE(h.prompts.errors[0].text.contains(QStringLiteral("already exists")));
    EXPECT_EQ(fileBytes(existing), QByteArray("precious"));
    EXPECT_TRUE(h.welcomePage()->isVisible());
}

TEST(MainWindow, CloseCaseReturnsToTheWelcomePage)
{
    WindowHarness h;
    ASSERT_TRUE(h.window->openSampleCase());

    h.find<QAction>("closeCaseAction")->trigger();

    EXPECT_TRUE(h.welcomePage()->isVisible());
    EXPECT_EQ(h.window->windowTitle(), QStringLiteral("Corroborate"));
    EXPECT_EQ(h.statusText(), QString());
    EXPECT_FALSE(h.find<QAction>("closeCaseAction")->isEnabled());
    EXPECT_FALSE(h.window->document().isOpen());
}

TEST(MainWindow, MenuShortcutsAreTheUsualOnes)
{
    WindowHarness h;
    EXPECT_EQ(h.find<QAction>("newCaseAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
    EXPECT_EQ(h.find<QAction>("openCaseAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_O));
    EXPECT_EQ(h.find<QAction>("closeCaseAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_W));
    EXPECT_EQ(h.find<QAction>("quitAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
}

TEST(MainWindow, AboutNamesTheVersion)
{
    WindowHarness h;
    const QString version = QCoreApplication::applicationVersion();
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    h.find<QAction>("aboutAction")->trigger();
    QCoreApplication::setApplicationVersion(version);
    ASSERT_EQ(h.prompts.abouts.size(), 1u);
    EXPECT_EQ(h.prompts.abouts[0].title, QStringLiteral("About Corroborate"));
    EXPECT_TRUE(h.prompts.abouts[0].text.contains(QStringLiteral("Corroborate 9.8.7")));
}

TEST(MainWindow, RemembersItsSizeBetweenRuns)
{
    WindowHarness h;
    h.window->resize(900, 640);
    h.reopen();
    EXPECT_EQ(h.window->size(), QSize(900, 640));
}

TEST(MainWindow, RecordsTheConfiguredActorInTheAuditLog)
{
    WindowHarness h;
    h.settings.setValue(QStringLiteral("audit/actor"), QStringLiteral("Investigator Jane"));
    h.reopen();
    const QString path = h.dir.filePath(QStringLiteral("Audited.corrob"));
    h.prompts.newCasePaths << path;

    ASSERT_TRUE(h.window->newCase());
    h.window->closeCase();

    EXPECT_EQ(test::rawQuery(path, QStringLiteral("SELECT actor FROM audit_log ORDER BY seq LIMIT 1")),
              QStringLiteral("Investigator Jane"));
}

TEST(MainWindow, ReopensACaseWithThePanesAsTheyWereLeft)
{
    WindowHarness h;
    h.window->resize(1500, 940);
    ASSERT_TRUE(h.window->openSampleCase());
    ui::ReportPaneArea& area = h.window->paneArea();
    ASSERT_TRUE(area.addPane());
    const auto reports = h.window->document().reportSummaries(); // a copy: the window is replaced below
    ASSERT_GE(reports.size(), 5U);
    area.openReport(reports[4].id); // the new, third pane is current
    area.panes().at(0)->showReport(reports[2].id);
    QApplication::processEvents();
    // Read on in the first pane: its first shown line is well into the text.
    ui::ReportPane* first = area.panes().at(0);
    first->scrollToTextPosition(first->offsetMap().fullLength() / 2);
    const qsizetype top = first->topTextPosition();
    ASSERT_GT(top, 0);

    h.reopen();
    ASSERT_TRUE(h.window->openSampleCase());
    QApplication::processEvents(); // the restored panes scroll once laid out
    ui::ReportPaneArea& again = h.window->paneArea();
    ASSERT_EQ(again.panes().size(), 3);
    EXPECT_EQ(again.panes().at(0)->report(), reports[2].id);
    EXPECT_EQ(again.panes().at(2)->report(), reports[4].id);
    EXPECT_EQ(again.currentPane(), again.panes().at(2));
    EXPECT_EQ(again.panes().at(0)->topTextPosition(), top);
}

TEST(MainWindow, OpensAnotherCaseOnItsFirstReportsNotOnTheLastCasesPanes)
{
    WindowHarness h;
    ASSERT_TRUE(h.window->openSampleCase());
    ASSERT_TRUE(h.window->paneArea().addPane());
    h.window->paneArea().openReport(h.window->document().reportSummaries().back().id);
    const QString other = h.newCaseFile(QStringLiteral("Other.corrob"));
    ASSERT_TRUE(h.window->openCase(other));

    // An empty case: two empty panes, not three with the sample's reports.
    EXPECT_EQ(h.window->paneArea().panes().size(), 3) << "the pane count is the window's, not the case's";
    for (ui::ReportPane* pane : h.window->paneArea().panes()) {
        EXPECT_FALSE(pane->report().isValid());
    }
}

TEST(MainWindow, DarkThemeKeepsEveryClaimHighlightReadableAndIsRememberedAfterARestart)
{
    struct BackToSystem // the palette is the application's: leave it as the other tests expect it
    {
        ~BackToSystem() { ui::applyTheme(ui::Theme::System); }
    } backToSystem;
    WindowHarness h;
    ASSERT_TRUE(h.window->openSampleCase());
    h.find<QAction>("themeDarkAction")->trigger();
    ASSERT_TRUE(ui::isDark(QApplication::palette()));
    QApplication::processEvents(); // widgets take the application's new palette from a posted event

    int highlights = 0;
    for (ui::ReportPane* pane : h.window->paneArea().panes()) {
        const QPalette palette = pane->textView()->palette();
        ASSERT_TRUE(ui::isDark(palette)) << "the panes follow the theme";
        for (const auto& selection : pane->textView()->extraSelections()) {
            if (!selection.format.hasProperty(ui::ReportPane::kClaimIdProperty)) {
                continue;
            }
            ++highlights;
            const QColor shown = ui::composite(selection.format.background().color(), palette.color(QPalette::Base));
            EXPECT_GE(ui::contrastRatio(shown, palette.color(QPalette::Text)), ui::kReadableContrast)
                << selection.cursor.selectedText().toStdString();
        }
    }
    EXPECT_GE(highlights, 6) << "the sample's claims are highlighted in both panes";

    h.reopen();
    EXPECT_TRUE(h.find<QAction>("themeDarkAction")->isChecked());
    EXPECT_TRUE(ui::isDark(QApplication::palette()));
    h.find<QAction>("themeSystemAction")->trigger();
    EXPECT_FALSE(ui::isDark(QApplication::palette()));
}

TEST(MainWindow, AltAndADigitPutsTheKeyboardInADockEvenOneBehindAnotherTab)
{
    WindowHarness h;
    ASSERT_TRUE(h.window->openSampleCase());
    h.window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(h.window.get()));
    auto focusIsIn = [&h](const char* dockName) {
        QWidget* focus = QApplication::focusWidget();
        auto* dock = h.find<QDockWidget>(dockName);
        return focus && dock->isAncestorOf(focus) && focus->isVisible();
    };

    QTest::keyClick(h.window.get(), Qt::Key_2, Qt::AltModifier);
    EXPECT_TRUE(focusIsIn("claimsDock"));
    QTest::keyClick(h.window.get(), Qt::Key_6, Qt::AltModifier); // Tags shares its place with Case and Sources
    EXPECT_TRUE(focusIsIn("tagsDock"));
    EXPECT_TRUE(h.find<QWidget>("tagsTreeWidget")->isVisible()) << "its tab was raised";
    QTest::keyClick(h.window.get(), Qt::Key_1, Qt::AltModifier);
    EXPECT_TRUE(focusIsIn("caseDock"));
    EXPECT_EQ(h.find<QAction>("goToCaseDockAction")->shortcut(), QKeySequence(Qt::ALT | Qt::Key_1));
}
