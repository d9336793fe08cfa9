// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The start page as a newcomer first sees it, at two common window sizes, and the reset of the sample case it offers
// (also File > Reset Sample Case…), driven through the real window and its confirmation box.
#include "core/case/Case.h"
#include "core/case/CaseLock.h"
#include "core/case/CaseReader.h"
#include "core/case/SampleCase.h"
#include "resources/Resources.h"
#include "tests/support/RawSqlite.h"
#include "tests/support/TestWindow.h"
#include "ui/MainWindow.h"
#include "ui/document/CaseDocument.h"
#include "ui/document/SampleCaseLocation.h"
#include "ui/widgets/ReadingTextView.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>

#include <gtest/gtest.h>

#include <tuple>

using namespace corrob;

namespace {

// Presses a button of the open confirmation box and lets the box go (it deletes itself when closed).
void answer(const test::SampleWindow& w, const char* button)
{
    auto* box = w.find<QMessageBox>("resetSampleCaseMessageBox");
    ASSERT_NE(box, nullptr);
    ASSERT_TRUE(box->isVisible());
    QTest::mouseClick(box->findChild<QPushButton*>(QString::fromLatin1(button)), Qt::LeftButton);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    test::SampleWindow::settle();
}

QString caseFileIn(const test::SampleWindow& w)
{
    return w.dir.filePath(QStringLiteral("Sample case.corrob"));
}

// Every label on the page shows its whole text: a wrapped label is as tall as its text needs at its width, any
// other is as tall and as wide as its text.
void expectEveryLabelFits(QWidget* page, const QSize& size)
{
    int checked = 0;
    for (QLabel* label : page->findChildren<QLabel*>()) {
        if (!label->isVisibleTo(page) || label->text().isEmpty()) {
            continue;
        }
        ++checked;
        const QString what = label->objectName() + u" at " + QString::number(size.width()) + u'x' +
                             QString::number(size.height()) + u": " + label->text().left(40);
        if (label->wordWrap()) {
            EXPECT_LE(label->heightForWidth(label->width()), label->height()) << what.toStdString();
        } else {
            EXPECT_LE(label->sizeHint().height(), label->height()) << what.toStdString();
            EXPECT_LE(label->sizeHint().width(), label->width()) << what.toStdString();
        }
        // Inside the page's visible area, not cut off by it (the page scrolls when too small, then not this).
        const QRect onPage(label->mapTo(page, QPoint(0, 0)), label->size());
        EXPECT_TRUE(page->rect().contains(onPage)) << what.toStdString();
    }
    EXPECT_GE(checked, 5) << "the heading, the introduction, the sections and the help line";
}

class WelcomePageSizes : public ::testing::TestWithParam<std::tuple<QSize, bool>>
{
};

TEST_P(WelcomePageSizes, ShowsEveryLineOfItsIntroduction)
{
    test::SampleWindow w; // opens the sample case: it then exists, and so does the reset button
    // The first run has no recent cases (the list then takes no room); later runs have some.
    const bool firstRun = std::get<1>(GetParam());
    w.settings.setValue(QStringLiteral("recentCases/paths"),
                        firstRun ? QStringList()
                                 : QStringList{caseFileIn(w), w.dir.filePath(QStringLiteral("Another case.corrob"))});
    // As a desktop does: the window is shown at one size, then given another (restored, maximised, resized).
    w.reopen(QSize(900, 600));
    const QSize size = std::get<0>(GetParam());
    w.window->resize(size);
    test::SampleWindow::settle();
    ASSERT_EQ(w.window->size(), size);
    auto* page = w.find<QWidget>("welcomePage");
    ASSERT_TRUE(page->isVisible());
    test::SampleWindow::settle();

    auto* intro = w.find<QLabel>("welcomeIntroLabel");
    EXPECT_TRUE(intro->text().contains(QStringLiteral("independent sources")));
    const int lineHeight = intro->fontMetrics().lineSpacing();
    EXPECT_GE(intro->height(), 3 * lineHeight) << "the introduction wraps onto several whole lines, not two clipped";
    expectEveryLabelFits(page, size);
    for (const char* name :
         {"openSampleCaseButton", "newCaseButton", "openCaseButton", "resetSampleCaseButton", "welcomeManualButton"}) {
        auto* button = w.find<QPushButton>(name);
        EXPECT_TRUE(button->isVisible()) << name;
        EXPECT_GE(button->width(), button->sizeHint().width()) << name;
    }
    EXPECT_EQ(w.find<QListWidget>("recentCasesListWidget")->isVisible(), !firstRun);
}

INSTANTIATE_TEST_SUITE_P(CommonScreens, WelcomePageSizes,
                         ::testing::Combine(::testing::Values(QSize(1600, 1000), QSize(1280, 800)), ::testing::Bool()));

TEST(WelcomePage, ScrollsInAWindowTooSmallForItInsteadOfSqueezingTheText)
{
    test::SampleWindow w;
    w.reopen(QSize(560, 360));
    test::SampleWindow::settle();
    auto* scroll = w.find<QScrollArea>("welcomeScrollArea");
    EXPECT_TRUE(scroll->verticalScrollBar()->isVisible());
    EXPECT_FALSE(scroll->horizontalScrollBar()->isVisible()) << "the text wraps to the width instead";
    for (QLabel* label : w.find<QWidget>("welcomePage")->findChildren<QLabel*>()) {
        if (label->isVisibleTo(scroll) && label->wordWrap()) {
            EXPECT_LE(label->heightForWidth(label->width()), label->height()) << label->objectName().toStdString();
        }
    }
    auto* intro = w.find<QLabel>("welcomeIntroLabel");
    EXPECT_LE(intro->width(), 560);
}

TEST(WelcomePage, OffersTheResetOnlyOnceTheSampleCaseExists)
{
    test::SampleWindow w;
    w.window->closeCase(); // closed first: an open case's files are never touched
    for (const char* companion : {"", "-wal", "-shm"}) {
        QFile::remove(caseFileIn(w) + QString::fromLatin1(companion)); // as if never opened
    }
    w.reopen();
    EXPECT_FALSE(QFileInfo::exists(caseFileIn(w)));
    EXPECT_FALSE(w.find<QPushButton>("resetSampleCaseButton")->isVisible());
    QTest::mouseClick(w.find<QPushButton>("openSampleCaseButton"), Qt::LeftButton);
    ASSERT_TRUE(w.document().isOpen());
    w.window->closeCase();
    EXPECT_TRUE(w.find<QPushButton>("resetSampleCaseButton")->isVisible());
}

// The reset asks first; Cancel keeps everything as it was.
TEST(ResetSampleCase, AsksFirstAndCancelChangesNothing)
{
    test::SampleWindow w;
    const auto claimsBefore = w.document().cache().claims().size();
    w.find<QAction>("resetSampleCaseAction")->trigger();
    auto* box = w.find<QMessageBox>("resetSampleCaseMessageBox");
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->isVisible());
    EXPECT_TRUE(box->informativeText().contains(QStringLiteral("backup")));
    answer(w, "cancelButton");
    EXPECT_TRUE(w.document().isOpen());
    EXPECT_EQ(w.document().cache().claims().size(), claimsBefore);
    EXPECT_EQ(QDir(w.dir.path()).entryList({QStringLiteral("*backup*")}).size(), 0);
}

// An edited sample comes back fresh, with the claims it was made with and none of the investigator's, and the edited
// copy is kept as a timestamped backup that still holds the added claim.
TEST(ResetSampleCase, MakesAFreshSampleAndKeepsTheEditedOneAsABackup)
{
    test::SampleWindow w;
    const auto original = w.document().cache().claims().size();
    const QString fresh = caseFileIn(w);

    // Edit it: mark one more claim through the window.
    ui::ReadingTextView* view = w.view(0);
    ASSERT_NE(view, nullptr);
    const QTextCursor found = view->document()->find(QStringLiteral("Amnesty investigators interviewed 45 people"));
    ASSERT_FALSE(found.isNull());
    view->setTextCursor(found);
    view->setFocus(Qt::MouseFocusReason);
    w.find<QAction>("markClaimAction")->trigger();
    test::SampleWindow::settle();
    ASSERT_EQ(w.document().cache().claims().size(), original + 1);

    // From the start page, as a newcomer would.
    w.window->closeCase();
    QTest::mouseClick(w.find<QPushButton>("resetSampleCaseButton"), Qt::LeftButton);
    answer(w, "confirmButton");

    ASSERT_TRUE(w.document().isOpen()) << "the fresh sample case opens";
    EXPECT_EQ(QFileInfo(w.document().path()), QFileInfo(fresh));
    EXPECT_EQ(w.document().cache().claims().size(), original) << "no claims beyond the originals";
    EXPECT_TRUE(w.prompts.errors.empty());

    const QStringList backups = QDir(w.dir.path()).entryList({QStringLiteral("Sample case (backup *).corrob")});
    ASSERT_EQ(backups.size(), 1) << QDir(w.dir.path()).entryList().join(u", ").toStdString();
    const QString backup = w.dir.filePath(backups.front());
    EXPECT_TRUE(backups.front().contains(QDate::currentDate().toString(u"yyyy-MM-dd")));
    EXPECT_EQ(test::rawQuery(backup, QStringLiteral("SELECT count(*) FROM claims")), QString::number(original + 1))
        << "the edited case is kept whole";
    EXPECT_TRUE(w.window->statusBar()->currentMessage().contains(backups.front()));

    // Resetting again keeps both backups apart, even within the same second.
    w.find<QAction>("resetSampleCaseAction")->trigger();
    answer(w, "confirmButton");
    EXPECT_EQ(QDir(w.dir.path()).entryList({QStringLiteral("Sample case (backup *).corrob")}).size(), 2);
    EXPECT_TRUE(w.document().isOpen());
}

TEST(ResetSampleCase, RefusesWhileAnotherWindowHasTheSampleOpenAndMovesNothing)
{
    test::SampleWindow w;
    const QString sample = caseFileIn(w);
    w.window->closeCase();
    auto other = casefile::CaseLock::acquire(sample); // another window has opened it since
    ASSERT_TRUE(other.ok());

    w.find<QAction>("resetSampleCaseAction")->trigger();
    answer(w, "confirmButton");

    ASSERT_EQ(w.prompts.errors.size(), 1U);
    EXPECT_TRUE(w.prompts.errors.front().text.contains(u"open in another window"))
        << w.prompts.errors.front().text.toStdString();
    EXPECT_TRUE(QFileInfo::exists(sample));
    EXPECT_TRUE(QDir(w.dir.path()).entryList({QStringLiteral("Sample case (backup *).corrob")}).isEmpty());
}

TEST(ResetSampleCase, MovesTheWriteAheadLogWithTheCaseAndRefusesNothingWhenThereIsNone)
{
    QTemporaryDir dir;
    const ui::SampleCaseLocation location{dir.filePath(QStringLiteral("Sample case.corrob")),
                                          resources::sampleArticlesDir()};
    auto none = ui::moveSampleCaseAside(location, QDateTime::currentDateTime());
    ASSERT_TRUE(none);
    EXPECT_TRUE(none.value().isEmpty()) << "no sample case yet: nothing to move";

    for (const QString& name : {location.casePath, QString(location.casePath + u"-wal")}) {
        QFile file(name);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("x");
    }
    const QDateTime when(QDate(2026, 12, 4), QTime(18, 30, 5));
    auto moved = ui::moveSampleCaseAside(location, when);
    ASSERT_TRUE(moved) << moved.error().toString().toStdString();
    EXPECT_EQ(QFileInfo(moved.value()).fileName(), QStringLiteral("Sample case (backup 2026-12-04 183005).corrob"));
    EXPECT_TRUE(QFileInfo::exists(moved.value() + u"-wal"));
    EXPECT_FALSE(QFileInfo::exists(location.casePath));
    EXPECT_FALSE(QFileInfo::exists(location.casePath + u"-wal"));
}

} // namespace

TEST(WelcomePage, ARecentCaseOpensOnASingleClickAndADoubleClickOpensItOnce)
{
    test::SampleWindow w;
    const QString path = w.document().path();
    w.window->closeCase();
    auto* recent = w.find<QListWidget>("recentCasesListWidget");
    ASSERT_TRUE(recent->isVisible());
    ASSERT_GT(recent->count(), 0);
    EXPECT_EQ(recent->viewport()->cursor().shape(), Qt::PointingHandCursor) << "it looks clickable";
    const QRect row = recent->visualItemRect(recent->item(0));
    QTest::mouseClick(recent->viewport(), Qt::LeftButton, {}, row.center());
    test::SampleWindow::settle();
    ASSERT_TRUE(w.document().isOpen());
    EXPECT_EQ(QFileInfo(w.document().path()), QFileInfo(path));
    // Clicked twice in a row (a double click): one opening, no error about the case being open already.
    w.window->closeCase();
    QTest::mouseClick(recent->viewport(), Qt::LeftButton, {}, row.center());
    QTest::mouseClick(recent->viewport(), Qt::LeftButton, {}, row.center());
    test::SampleWindow::settle();
    EXPECT_TRUE(w.document().isOpen());
    EXPECT_TRUE(w.prompts.errors.empty());
}
