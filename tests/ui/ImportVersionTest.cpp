// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A changed capture of a report already in the case (decisions/0009), imported through the window: the summary says
// it is a new version and names each claim whose quote changed or that could not be placed, and the Case list marks
// the earlier version as superseded.
#include "core/case/edits/ClaimEdits.h"
#include "tests/support/FakePrompts.h"
#include "tests/support/QtWait.h"
#include "tests/ui/ImportHarness.h"
#include "ui/commands/ClaimCommands.h"
#include "ui/document/CaseDocument.h"
#include "ui/document/ImportController.h"
#include "ui/models/ClaimListModel.h"
#include "ui/models/ReportListModel.h"
#include "ui/panes/ReportPane.h"
#include "ui/panes/ReportPaneArea.h"

#include <QAction>
#include <QComboBox>
#include <QFont>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>
#include <optional>

using namespace corrob;
using corrob::test::ImportHarness;

namespace {

const QString kFiguresSentence = QStringLiteral("At least 606 people were counted dead by the regional council.");
const QString kBridgeSentence = QStringLiteral("The mayor said the northern bridge was destroyed before dawn.");
const QString kWaterSentence = QStringLiteral("Residents queued for water near the market square all afternoon.");

// An article long enough that a changed figure and a cut sentence leave it a near-duplicate of itself.
QByteArray article(bool changed)
{
    QString text = QStringLiteral("Izium after the shelling\n\n");
    for (int i = 1; i <= 30; ++i) {
        text += QStringLiteral("Witness number %1 described convoy %2 moving past checkpoint %3 before the curfew. ")
                    .arg(i)
                    .arg(i * 7)
                    .arg(i * 13);
        if (i == 10) {
            text += changed ? QString(kFiguresSentence).replace(QStringLiteral("606"), QStringLiteral("612"))
                            : kFiguresSentence;
            text += u' ';
        }
        if (i == 20 && !changed) {
            text += kBridgeSentence + u' ';
        }
        if (i == 25) {
            text += kWaterSentence + u' ';
        }
    }
    return text.toUtf8();
}

// Imports the first capture, marks a claim on each of the quotes, then imports the changed capture; the summaries
// shown before the second import are cleared. Returns the claims, or nothing if a step failed.
struct TwoVersions
{
    ReportId first;
    std::vector<ClaimId> claims;
};

std::optional<TwoVersions> importTwoVersions(ImportHarness& h, QSignalSpy& finished, const QStringList& quotes)
{
    ui::CaseDocument& document = h.window->document();
    h.prompts.filesToImport.push_back({h.writeFile(QStringLiteral("first/izium.txt"), article(false))});
    h.find<QAction>("importFilesAction")->trigger();
    if (!h.waitForImport(finished) || document.reportSummaries().size() != 1) {
        return std::nullopt;
    }
    TwoVersions v;
    v.first = document.reportSummaries().front().id;
    for (const QString& quote : quotes) {
        casefile::ClaimDraft draft;
        draft.report = v.first;
        draft.quote = quote;
        if (!document.execute(std::make_unique<ui::AddClaimCommand>(document, draft)).ok()) {
            return std::nullopt;
        }
        v.claims.push_back(document.cache().claims().back().id);
    }
    h.prompts.summaries.clear();
    h.prompts.filesToImport.push_back({h.writeFile(QStringLiteral("second/izium.txt"), article(true))});
    h.find<QAction>("importFilesAction")->trigger();
    if (!h.waitForImport(finished, 2)) {
        return std::nullopt;
    }
    return v;
}

// A new case in the window, and the import's end signal watched: what every test here starts from.
class ImportVersion : public ::testing::Test
{
protected:
    ImportVersion() { h.newCase(); }

    // Imports the two captures with a claim marked on each of `quotes` (importTwoVersions); fails the test when a
    // step failed.
    void importBoth(const QStringList& quotes)
    {
        const auto imported = importTwoVersions(h, finished, quotes);
        ASSERT_TRUE(imported);
        first = imported->first;
        claims = imported->claims;
    }

    ImportHarness h;
    ui::CaseDocument& document = h.window->document();
    QSignalSpy finished{&h.importer(), &ui::ImportController::importFinished};
    ReportId first;              // the first capture
    std::vector<ClaimId> claims; // one on each quote, in order
};

} // namespace

TEST_F(ImportVersion, TheSummarySaysItIsANewVersionAndNamesTheClaimsToCheckAndTheListMarksTheEarlierOne)
{
    ASSERT_NO_FATAL_FAILURE(importBoth({kFiguresSentence, kBridgeSentence, kWaterSentence}));

    ASSERT_EQ(document.reportSummaries().size(), 2u);
    const ReportId second = document.reportSummaries().back().id;
    ASSERT_EQ(document.reportSummaries().back().previousVersion, first);
    ASSERT_EQ(h.prompts.summaries.size(), 1u);
    const test::FakePrompts::Message& summary = h.prompts.summaries[0];
    EXPECT_EQ(
        summary.text,
        QStringLiteral("Imported 1 report. It is a new version of a report already in the case; the claims marked "
                       "on that report moved to it. 1 claim now quotes words that changed: check its statement. "
                       "1 claim could not be placed in the new text: it is listed as orphaned in the Claims "
                       "table."));
    ASSERT_EQ(summary.details.size(), 3) << summary.details.join(u'\n').toStdString();
    EXPECT_EQ(summary.details[0], QStringLiteral("Imported: izium.txt — “Izium after the shelling”, a new version of "
                                                 "“Izium after the shelling”: 3 claims moved to it."));
    EXPECT_EQ(summary.details[1],
              QStringLiteral("    Claim %1 now quotes “%2” (it quoted “%3”).")
                  .arg(QString::number(claims[0].value),
                       QString(kFiguresSentence).replace(QStringLiteral("606"), QStringLiteral("612")),
                       kFiguresSentence));
    EXPECT_EQ(summary.details[2], QStringLiteral("    Claim %1 could not be placed: “%2” is not in the new version.")
                                      .arg(QString::number(claims[1].value), kBridgeSentence));

    // The Case list: the earlier capture stays, told apart (italic, its tooltip naming the version that holds the
    // claims now); the new one says what it replaced.
    QAbstractItemModel* list = h.reportList()->model();
    ASSERT_EQ(list->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        const QModelIndex title = list->index(row, 0);
        const bool isFirst = list->data(title, ui::ReportListModel::ReportIdRole).toLongLong() == first.value;
        EXPECT_EQ(qvariant_cast<QFont>(list->data(title, Qt::FontRole)).italic(), isFirst);
        EXPECT_EQ(list->data(title).toString(), isFirst ? QStringLiteral("(earlier) Izium after the shelling")
                                                        : QStringLiteral("Izium after the shelling"));
        const QString tip = list->data(title, Qt::ToolTipRole).toString();
        EXPECT_EQ(tip.contains(QStringLiteral("Superseded by a newer version, “Izium after the shelling”")), isFirst)
            << tip.toStdString();
        EXPECT_EQ(tip.contains(QStringLiteral("A new version of “Izium after the shelling”")), !isFirst)
            << tip.toStdString();
    }
    EXPECT_EQ(document.newerVersionOf(first), second);
    EXPECT_FALSE(document.newerVersionOf(second).isValid());
    // Read in a pane, each says which it is.
    ui::ReportPane* pane = h.window->paneArea().currentPane();
    auto* meta = pane->findChild<QLabel*>(QStringLiteral("reportMetaLabel"));
    ASSERT_NE(meta, nullptr);
    pane->showReport(first);
    EXPECT_TRUE(meta->text().contains(QStringLiteral("earlier version: its claims moved to the newer one")))
        << meta->text().toStdString();
    pane->showReport(second);
    EXPECT_TRUE(meta->text().endsWith(QStringLiteral("new version"))) << meta->text().toStdString();

    // Undoing the import makes the first capture the current version again.
    document.undoStack()->undo();
    ASSERT_EQ(list->rowCount(), 1);
    EXPECT_FALSE(qvariant_cast<QFont>(list->data(list->index(0, 0), Qt::FontRole)).italic());
    EXPECT_FALSE(document.newerVersionOf(first).isValid());
}

TEST_F(ImportVersion, TheInspectorSaysWhatAClaimQuotedBeforeItsWordsChangedUntilItIsMarkedChecked)
{
    // The summary named the claim whose words changed; once it was closed, nothing on the claim said so.
    ASSERT_NO_FATAL_FAILURE(importBoth({kFiguresSentence, kWaterSentence}));
    ASSERT_EQ(document.reportSummaries().back().previousVersion, first);

    auto* was = h.find<QLabel>("claimQuoteChangedLabel");
    auto* checked = h.find<QPushButton>("claimQuoteCheckedButton");
    document.selection().setCurrentClaim(claims[0]);
    ASSERT_FALSE(was->parentWidget()->isHidden()) << "the figure changed from 606 to 612";
    EXPECT_TRUE(was->text().startsWith(u'“' + kFiguresSentence + u'”')) << was->text().toStdString();
    document.selection().setCurrentClaim(claims[1]);
    EXPECT_TRUE(was->parentWidget()->isHidden()) << "found by its very words";

    // Checked, it is no longer shown, and the statement is as it was; undone, it is shown again.
    document.selection().setCurrentClaim(claims[0]);
    const QString statement = document.cache().claim(claims[0])->statement;
    QTest::mouseClick(checked, Qt::LeftButton);
    EXPECT_TRUE(was->parentWidget()->isHidden());
    EXPECT_EQ(document.cache().claim(claims[0])->statement, statement);
    EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("Mark changed quote as checked"));
    document.undoStack()->undo();
    EXPECT_FALSE(was->parentWidget()->isHidden());
}

TEST_F(ImportVersion, TheClaimsTableListsTheClaimsWhoseQuoteChangedUntilEachIsChecked)
{
    // The Inspector shows one claim at a time; after a new version of a long report, the investigator needs the list.
    ASSERT_NO_FATAL_FAILURE(importBoth({kFiguresSentence, kBridgeSentence, kWaterSentence}));

    auto* status = h.find<QComboBox>("claimStatusFilterComboBox");
    auto* table = h.find<QTableView>("claimTableView");
    const auto shown = [table] {
        std::vector<qint64> ids;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            ids.push_back(table->model()->index(row, 0).data(ui::ClaimListModel::ClaimIdRole).toLongLong());
        }
        return ids;
    };
    ASSERT_EQ(shown().size(), 3u);
    const int quoteChanged = status->findText(QStringLiteral("Quote changed"));
    ASSERT_GE(quoteChanged, 0);
    status->setCurrentIndex(quoteChanged);
    EXPECT_EQ(shown(), std::vector<qint64>{claims[0].value}) << "not the orphan, not the claim found by its words";

    // Checked, it leaves the list; undone, it is back; the other statuses are as they were.
    document.selection().setCurrentClaim(claims[0]);
    QTest::mouseClick(h.find<QPushButton>("claimQuoteCheckedButton"), Qt::LeftButton);
    QTRY_VERIFY(shown().empty()); // the log is read again once the edit's signals have all come
    document.undoStack()->undo();
    QTRY_COMPARE(shown(), std::vector<qint64>{claims[0].value});
    status->setCurrentIndex(status->findText(QStringLiteral("Orphaned")));
    EXPECT_EQ(shown(), std::vector<qint64>{claims[1].value});

    // Another case opened with the status still chosen: its claims are numbered from 1 too, and none of its quotes
    // changed; the listing must not name them after the last case's.
    status->setCurrentIndex(quoteChanged);
    ASSERT_EQ(shown(), std::vector<qint64>{claims[0].value});
    ASSERT_TRUE(h.window->openSampleCase());
    ASSERT_GE(document.cache().claims().size(), 3u);
    EXPECT_EQ(status->currentIndex(), quoteChanged);
    EXPECT_TRUE(shown().empty()) << "read as the case opens, not a moment later";
    QTest::qWait(10);
    EXPECT_TRUE(shown().empty());
}
