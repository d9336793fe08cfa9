// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export… as an investigator uses it on the sample case: Ctrl+E, a preview of the report that follows the
// choice of claims, and an export written where the file dialog said.
#include "ui/dialogs/ExportDialog.h"

#include "tests/support/QtWait.h"
#include "tests/support/TestWindow.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace corrob;

namespace {

// Opens File > Export… with its shortcut and waits for the first preview.
ui::ExportDialog* openExport(test::SampleWindow& w)
{
    QTest::keyClick(w.window.get(), Qt::Key_E, Qt::ControlModifier);
    auto* dialog = w.window->findChild<ui::ExportDialog*>(QStringLiteral("exportDialog"));
    EXPECT_NE(dialog, nullptr) << "Ctrl+E opens the export dialog";
    if (dialog) {
        EXPECT_TRUE(dialog->isVisible());
        QSignalSpy preview(dialog, &ui::ExportDialog::previewUpdated);
        EXPECT_TRUE(preview.wait(30000));
    }
    return dialog;
}

QString previewText(ui::ExportDialog& dialog)
{
    return dialog.findChild<QTextBrowser*>(QStringLiteral("exportPreviewBrowser"))->toPlainText();
}

TEST(ExportDialog, CtrlEOpensItFromATextFieldToo)
{
    // The window opens with the focus in the Case list's filter, where a line edit took Ctrl+E for itself (the end of
    // the line on Linux) and File > Export did nothing (a tester's find).
    test::SampleWindow w;
    auto* filter = w.window->findChild<QLineEdit*>(QStringLiteral("reportFilterLineEdit"));
    ASSERT_NE(filter, nullptr);
    QApplication::setActiveWindow(w.window.get());
    filter->setFocus();
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClick(filter, Qt::Key_E, Qt::ControlModifier);
    auto* dialog = w.window->findChild<ui::ExportDialog*>(QStringLiteral("exportDialog"));
    ASSERT_NE(dialog, nullptr) << "Ctrl+E in a text field opens the export dialog";
    EXPECT_TRUE(dialog->isVisible());
    dialog->reject();
    // End still ends the line.
    filter->setText(QStringLiteral("Amnesty"));
    filter->setCursorPosition(0);
    QTest::keyClick(filter, Qt::Key_End);
    EXPECT_EQ(filter->cursorPosition(), 7);
}

TEST(ExportDialog, PreviewsTheReportAndFollowsTheChoiceOfClaims)
{
    test::SampleWindow w;
    ui::ExportDialog* dialog = openExport(w);
    ASSERT_TRUE(dialog);
    const QString all = previewText(*dialog);
    EXPECT_TRUE(all.contains(QStringLiteral("Sample case: Amnesty International"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("Claims by credibility")));
    EXPECT_TRUE(all.contains(QStringLiteral("documented 22 cases of unlawful killings by Russian forces")));
    EXPECT_TRUE(all.contains(QStringLiteral("Appendix: reports and integrity")));

    // Claims tagged Casualties: the killings claim (tagged Unlawful killings) goes out of the preview.
    auto* tags = dialog->findChild<QComboBox*>(QStringLiteral("exportTagComboBox"));
    ASSERT_TRUE(tags);
    const int casualties = tags->findText(QStringLiteral("Casualties"));
    ASSERT_GE(casualties, 0);
    QSignalSpy preview(dialog, &ui::ExportDialog::previewUpdated);
    tags->setCurrentIndex(casualties == 0 ? 1 : 0);
    tags->setCurrentIndex(casualties);
    EXPECT_TRUE(dialog->findChild<QRadioButton*>(QStringLiteral("exportTagRadioButton"))->isChecked());
    ASSERT_TRUE(preview.wait(30000));
    while (!preview.isEmpty() && dialog->isBusy()) { // a preview for the first index may still be running
        ASSERT_TRUE(preview.wait(30000));
    }
    EXPECT_EQ(dialog->selection().tag, QStringLiteral("Casualties"));
    const QString tagged = previewText(*dialog);
    EXPECT_FALSE(tagged.contains(QStringLiteral("documented 22 cases of unlawful killings by Russian forces")));
    EXPECT_TRUE(tagged.contains(QStringLiteral("at least 1,235 civilian bodies have been found in the region")));

    // Ticking a claim selects just that one.
    auto* list = dialog->findChild<QListWidget*>(QStringLiteral("exportClaimList"));
    ASSERT_TRUE(list);
    ASSERT_EQ(list->count(), 6);
    list->item(0)->setCheckState(list->item(0)->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    for (int row = 0; row < list->count(); ++row) {
        list->item(row)->setCheckState(row == 0 ? Qt::Checked : Qt::Unchecked);
    }
    EXPECT_TRUE(dialog->findChild<QRadioButton*>(QStringLiteral("exportChosenRadioButton"))->isChecked());
    EXPECT_EQ(dialog->selection().claims.size(), 1);
    EXPECT_TRUE(dialog->findChild<QPushButton*>(QStringLiteral("exportButton"))->isEnabled());
    list->item(0)->setCheckState(Qt::Unchecked);
    EXPECT_FALSE(dialog->findChild<QPushButton*>(QStringLiteral("exportButton"))->isEnabled())
        << "nothing ticked, nothing to export";

    // Graded 3 or better.
    dialog->findChild<QSpinBox*>(QStringLiteral("exportGradeSpinBox"))->setValue(3);
    EXPECT_EQ(dialog->selection().minCredibility, 3);
    EXPECT_TRUE(dialog->selection().claims.isEmpty());
}

TEST(ExportDialog, SaysThePreviewIsTheReportsWhenTheFormatIsNotAReport)
{
    // CSV showed the HTML report under "Preview of the report:", as if that were the file (a tester's find).
    test::SampleWindow w;
    ui::ExportDialog* dialog = openExport(w);
    ASSERT_TRUE(dialog);
    auto* label = dialog->findChild<QLabel*>(QStringLiteral("exportPreviewLabel"));
    auto* format = dialog->findChild<QComboBox*>(QStringLiteral("exportFormatComboBox"));
    ASSERT_TRUE(label && format);
    EXPECT_EQ(label->text(), QStringLiteral("Preview of the report:"));
    format->setCurrentIndex(format->findData(QStringLiteral("csv")));
    EXPECT_FALSE(label->text().startsWith(QStringLiteral("Preview of the report"))) << label->text().toStdString();
    EXPECT_TRUE(label->text().contains(QStringLiteral("CSV"))) << label->text().toStdString();
    format->setCurrentIndex(format->findData(QStringLiteral("claimreview")));
    EXPECT_TRUE(label->text().contains(QStringLiteral("other programs"))) << label->text().toStdString();
    format->setCurrentIndex(format->findData(QStringLiteral("pdf")));
    EXPECT_EQ(label->text(), QStringLiteral("Preview of the report:"));
}

TEST(ExportDialog, TheClaimListWrapsItsLabelsInsteadOfScrollingSideways)
{
    test::SampleWindow w;
    ui::ExportDialog* dialog = openExport(w);
    ASSERT_TRUE(dialog);
    auto* list = dialog->findChild<QListWidget*>(QStringLiteral("exportClaimList"));
    ASSERT_TRUE(list);
    QApplication::processEvents();
    EXPECT_FALSE(list->horizontalScrollBar()->isVisible());
    EXPECT_EQ(list->horizontalScrollBar()->maximum(), 0);
    // Each claim's whole label is there to read: a label wider than the list takes several lines.
    const int lineHeight = list->fontMetrics().lineSpacing();
    int wrapped = 0;
    for (int i = 0; i < list->count(); ++i) {
        const QRect rect = list->visualItemRect(list->item(i));
        SCOPED_TRACE(list->item(i)->text().toStdString());
        EXPECT_LE(rect.right(), list->viewport()->width());
        if (list->fontMetrics().horizontalAdvance(list->item(i)->text()) > rect.width()) {
            ++wrapped;
            EXPECT_GE(rect.height(), 2 * lineHeight);
        }
    }
    EXPECT_GT(wrapped, 0) << "the sample's claim labels should be wider than the list";
}

TEST(ExportDialog, WritesThePdfWhereTheUserSaidAndCloses)
{
    test::SampleWindow w;
    ui::ExportDialog* dialog = openExport(w);
    ASSERT_TRUE(dialog);
    auto* format = dialog->findChild<QComboBox*>(QStringLiteral("exportFormatComboBox"));
    format->setCurrentIndex(format->findData(QStringLiteral("pdf")));
    const QString out = w.dir.filePath(QStringLiteral("report.pdf"));
    w.prompts.exportPaths << out;
    QSignalSpy finished(dialog, &ui::ExportDialog::exportFinished);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("exportButton")), Qt::LeftButton);
    ASSERT_TRUE(finished.wait(60000));
    ASSERT_EQ(finished.takeFirst().at(0).toBool(), true) << w.prompts.errors.size();
    EXPECT_TRUE(w.prompts.proposedExportPaths.value(0).endsWith(QStringLiteral(".pdf")));
    QFile pdf(out);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5) == "%PDF-");
    test::SampleWindow::settle();
    EXPECT_TRUE(w.window->statusBar()->currentMessage().contains(out));
    EXPECT_EQ(w.window->findChild<ui::ExportDialog*>(QStringLiteral("exportDialog")), nullptr)
        << "the dialog closed and went away";
}

TEST(ExportDialog, ClaimReviewAsksWherePublishedAndGivesEachReviewThatUrl)
{
    test::SampleWindow w;
    ui::ExportDialog* dialog = openExport(w);
    ASSERT_TRUE(dialog);
    auto* format = dialog->findChild<QComboBox*>(QStringLiteral("exportFormatComboBox"));
    auto* url = dialog->findChild<QLineEdit*>(QStringLiteral("exportReviewUrlEdit"));
    auto* exportButton = dialog->findChild<QPushButton*>(QStringLiteral("exportButton"));
    ASSERT_TRUE(url);
    EXPECT_FALSE(url->isVisible()) << "the investigation report (HTML) has no review URL";

    format->setCurrentIndex(format->findData(QStringLiteral("claimreview")));
    EXPECT_TRUE(url->isVisible());
    QTest::keyClicks(url, QStringLiteral("example.org/inv"));
    EXPECT_FALSE(exportButton->isEnabled()) << "an address without its scheme is not a URL a review can have";
    EXPECT_TRUE(
        dialog->findChild<QLabel*>(QStringLiteral("exportStatusLabel"))->text().contains(QStringLiteral("https")));
    url->clear();
    EXPECT_TRUE(exportButton->isEnabled()) << "the URL is optional";
    EXPECT_TRUE(dialog->findChild<QLabel*>(QStringLiteral("exportStatusLabel"))->text().isEmpty());
    QTest::keyClicks(url, QStringLiteral("https://example.org/investigation.html"));
    EXPECT_TRUE(exportButton->isEnabled());

    const QString out = w.dir.filePath(QStringLiteral("reviews.json"));
    w.prompts.exportPaths << out;
    QSignalSpy finished(dialog, &ui::ExportDialog::exportFinished);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    ASSERT_TRUE(finished.wait(60000));
    ASSERT_EQ(finished.takeFirst().at(0).toBool(), true) << w.prompts.errors.size();
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonArray graph = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("@graph")).toArray();
    ASSERT_FALSE(graph.isEmpty());
    for (const QJsonValue& review : graph) {
        const QString reviewUrl = review.toObject().value(QStringLiteral("url")).toString();
        EXPECT_TRUE(reviewUrl.startsWith(QStringLiteral("https://example.org/investigation.html#claim-")))
            << reviewUrl.toStdString();
    }
}

TEST(ExportDialog, WritesNothingWhenTheFileDialogIsCancelled)
{
    test::SampleWindow w;
    ui::ExportDialog* dialog = openExport(w);
    ASSERT_TRUE(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("exportButton")), Qt::LeftButton);
    EXPECT_EQ(w.prompts.proposedExportPaths.size(), 1);
    EXPECT_FALSE(dialog->isBusy());
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(w.prompts.errors.empty());
}

} // namespace
