// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The real dialogs behind Prompts that do not block: the progress dialog of a long task, and the summary dialog
// (built directly; QtPrompts::showSummary runs it modally).
#include "ui/dialogs/QtPrompts.h"
#include "ui/dialogs/SummaryDialog.h"

#include <QLabel>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QTest>
#include <QWidget>

#include <gtest/gtest.h>

#include <chrono>

using namespace corrob;

TEST(QtPrompts, ProgressDialogSaysWhatIsImportedAndStaysUpSayingItStopsAfterCancel)
{
    QWidget window;
    window.resize(800, 600);
    window.show();
    ui::QtPrompts prompts(std::chrono::milliseconds(0)); // shown at the first step, not after a real delay
    int cancels = 0;
    std::unique_ptr<ui::TaskProgress> progress =
        prompts.showProgress(&window, QStringLiteral("Importing"), [&cancels] { ++cancels; });
    auto* dialog = window.findChild<QProgressDialog*>(QStringLiteral("taskProgressDialog"));
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(dialog->isModal()); // the window stays usable

    progress->setProgress(0, 120, QStringLiteral("Importing 1 of 120: a.txt"));
    progress->setProgress(2, 120, QStringLiteral("Importing 3 of 120: name.txt"));
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->labelText(), QStringLiteral("Importing 3 of 120: name.txt"));
    EXPECT_EQ(dialog->maximum(), 120);
    EXPECT_EQ(dialog->value(), 2);

    auto* cancel = dialog->findChild<QPushButton*>();
    ASSERT_NE(cancel, nullptr);
    QTest::mouseClick(cancel, Qt::LeftButton);
    EXPECT_EQ(cancels, 1);
    progress->setCancelling(QStringLiteral("Cancelling: finishing the current file…"));
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->labelText(), QStringLiteral("Cancelling: finishing the current file…"));
    EXPECT_FALSE(cancel->isEnabled());
    dialog->grab().save(QStringLiteral("/tmp/corrob-progress-dialog.png"));

    QTest::keyClick(dialog, Qt::Key_Escape);
    EXPECT_EQ(cancels, 2); // Escape is Cancel too

    progress.reset();
    EXPECT_EQ(window.findChild<QProgressDialog*>(), nullptr); // closed with the task
}

TEST(SummaryDialog, ShowsTheMessageAndEveryDetailAtOnce)
{
    const QStringList details = {QStringLiteral("empty.txt — the file has no text"),
                                 QStringLiteral("scan.pdf — unsupported format (.pdf)")};
    ui::SummaryDialog dialog(QStringLiteral("Import"),
                             QStringLiteral("Imported 4 reports. 2 files could not be imported:"), details);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));

    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Import"));
    EXPECT_EQ(dialog.findChild<QLabel*>(QStringLiteral("summaryMessageLabel"))->text(),
              QStringLiteral("Imported 4 reports. 2 files could not be imported:"));
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("summaryDetailsListWidget"));
    ASSERT_NE(list, nullptr);
    EXPECT_TRUE(list->isVisible());
    ASSERT_EQ(list->count(), 2);
    EXPECT_EQ(list->item(1)->text(), details[1]);
    dialog.grab().save(QStringLiteral("/tmp/corrob-summary-dialog.png"));
}

TEST(SummaryDialog, OneDetailIsAShortListAndManyDetailsShowADozenAtOnce)
{
    ui::SummaryDialog one(QStringLiteral("Case Upgraded"), QStringLiteral("The case as it was is kept beside it:"),
                          {QStringLiteral("/home/someone/Cases/Bucha (before schema 7, 2026-12-05 095159).corrob")});
    one.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&one));
    auto* list = one.findChild<QListWidget*>(QStringLiteral("summaryDetailsListWidget"));
    ASSERT_NE(list, nullptr);
    const int line = list->fontMetrics().height();
    // Room for the detail wrapped on two lines, not a tall empty box under it.
    EXPECT_GE(list->height(), 2 * line);
    EXPECT_LE(list->height(), 5 * line);

    QStringList many;
    for (int i = 1; i <= 40; ++i) {
        many << QStringLiteral("story-%1.txt — the file has no text").arg(i);
    }
    ui::SummaryDialog dozens(QStringLiteral("Import"), QStringLiteral("40 files could not be imported:"), many);
    dozens.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dozens));
    auto* longList = dozens.findChild<QListWidget*>(QStringLiteral("summaryDetailsListWidget"));
    ASSERT_NE(longList, nullptr);
    EXPECT_GE(longList->height(), 12 * line); // a dozen at once; the rest scroll
}

TEST(SummaryDialog, DetailsThatWrapOntoTwoLinesAreShownWholeNotCutInHalf)
{
    // An import's lines name the file and the title: two lines each at the dialog's width.
    const QStringList details = {
        QStringLiteral("Imported: 01-odesa-oda-statement.txt — “Drone attack on Izmail port: statement of the Odesa "
                       "Regional Military Administration”"),
        QStringLiteral("Imported: 02-kyiv-daily.txt — “Two killed, 14 injured in Russian drone strike on Izmail port "
                       "after a night of attacks on the Danube”"),
        QStringLiteral("Imported: 03-black-sea-wire.txt — “Izmail port hit again: two dead, 14 wounded, grain "
                       "warehouse burned, says the regional administration”"),
    };
    ui::SummaryDialog dialog(QStringLiteral("Import"), QStringLiteral("Imported 3 reports."), details);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("summaryDetailsListWidget"));
    ASSERT_NE(list, nullptr);
    ASSERT_GT(list->visualItemRect(list->item(0)).height(), list->fontMetrics().height() * 3 / 2) << "the detail wraps";
    for (int row = 0; row < list->count(); ++row) {
        EXPECT_LE(list->visualItemRect(list->item(row)).bottom(), list->viewport()->height()) << row;
    }
}
