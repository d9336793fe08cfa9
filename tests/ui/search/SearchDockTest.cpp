// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Search dock driven from the keyboard on the sample case: Ctrl+Shift+F, results as you type, arrows, Enter
// opening the report with every hit highlighted, F3 / Shift+F3, and marking a hit as a claim in one step.
#include "ui/search/SearchDock.h"
#include "core/case/Case.h"
#include "core/case/ImportService.h"
#include "tests/support/TestWindow.h"
#include "ui/MainWindow.h"
#include "ui/document/CaseDocument.h"
#include "ui/document/WorkbenchSelection.h"
#include "ui/panes/ReportPane.h"
#include "ui/panes/ReportPaneArea.h"
#include "ui/widgets/ReadingTextView.h"

#include "tests/support/QtWait.h"
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStatusBar>
#include <QTest>
#include <QTextCursor>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace corrob;

namespace {

QString selected(ui::ReportPane* pane)
{
    return pane->textView()->textCursor().selectedText();
}

// The first push button under parent whose text has the words.
QPushButton* buttonSaying(const QWidget* parent, const QString& words)
{
    for (auto* b : parent->findChildren<QPushButton*>()) {
        if (b->text().contains(words)) {
            return b;
        }
    }
    return nullptr;
}

// The sample window's Search dock, opened with its key as a user does.
struct SearchHarness
{
    test::SampleWindow w;
    QLineEdit* query = nullptr;
    QTreeWidget* results = nullptr;

    SearchHarness()
    {
        QTest::keyClick(w.window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        query = w.find<QLineEdit>("searchQuery");
        results = w.find<QTreeWidget>("searchResults");
    }
    // Types a query in place of the one there.
    void type(const QString& text)
    {
        query->clear();
        QTest::keyClicks(query, text);
    }
    // Types a query and waits for the worker's first results.
    void search(const QString& text)
    {
        type(text);
        QTRY_VERIFY_WITH_TIMEOUT(results->topLevelItemCount() > 0, 10000);
    }
};

} // namespace

TEST(SearchDock, TheKeyboardFindsOpensAndStepsThroughHits)
{
    SearchHarness s;
    test::SampleWindow& w = s.w;
    QLineEdit* query = s.query;
    QTreeWidget* results = s.results;
    ASSERT_TRUE(query && results);
    QTRY_VERIFY(query->hasFocus());

    // Results come from the worker thread, grouped by report; Kharkov finds the sample's Kharkiv.
    ASSERT_NO_FATAL_FAILURE(s.search(QStringLiteral("Kharkov")));
    QTreeWidgetItem* group = results->topLevelItem(0);
    ASSERT_GT(group->childCount(), 0);
    EXPECT_EQ(results->currentItem(), group);
    QTest::keyClick(query, Qt::Key_Down);
    EXPECT_EQ(results->currentItem(), group->child(0));
    EXPECT_TRUE(query->hasFocus()) << "the arrows move through results without leaving the query";

    QTest::keyClick(query, Qt::Key_Return);
    ui::ReportPane* pane = w.window->paneArea().currentPane();
    QTRY_VERIFY_WITH_TIMEOUT(pane->searchHits().size() >= 2, 10000);
    const auto hits = pane->searchHits();
    // The first hit is selected and every hit is highlighted.
    EXPECT_TRUE((QStringList{QStringLiteral("Kharkiv"), QStringLiteral("Kharkov")}.contains(selected(pane))))
        << selected(pane).toStdString();
    int marked = 0;
    for (const auto& sel : pane->textView()->extraSelections()) {
        marked += sel.format.property(ui::ReportPane::kSearchHitProperty).toBool() ? 1 : 0;
    }
    EXPECT_EQ(marked, hits.size());
    // The status bar counts this report's hits from the one opened, as F3 will go on.
    EXPECT_EQ(w.window->statusBar()->currentMessage(), QStringLiteral("Hit 1 of %1").arg(hits.size()));

    auto displayed = [&](qsizetype full) {
        return int(pane->offsetMap().toDisplay(full));
    };
    QTest::keyClick(w.window.get(), Qt::Key_F3);
    EXPECT_EQ(pane->textView()->textCursor().selectionStart(), displayed(hits.at(1).first));
    EXPECT_EQ(w.window->statusBar()->currentMessage(), QStringLiteral("Hit 2 of %1").arg(hits.size()));
    QTest::keyClick(w.window.get(), Qt::Key_F3, Qt::ShiftModifier);
    EXPECT_EQ(pane->textView()->textCursor().selectionStart(), displayed(hits.at(0).first));
    EXPECT_EQ(w.window->statusBar()->currentMessage(), QStringLiteral("Hit 1 of %1").arg(hits.size()));
    QTest::keyClick(w.window.get(), Qt::Key_F3, Qt::ShiftModifier); // wraps to the last
    EXPECT_EQ(pane->textView()->textCursor().selectionStart(), displayed(hits.back().first));
    EXPECT_EQ(w.window->statusBar()->currentMessage(),
              QStringLiteral("Hit %1 of %1, from the end again").arg(hits.size()));
    QTest::keyClick(w.window.get(), Qt::Key_F3); // and back to the first
    EXPECT_EQ(w.window->statusBar()->currentMessage(),
              QStringLiteral("Hit 1 of %1, from the top again").arg(hits.size()));
    QTest::keyClick(w.window.get(), Qt::Key_F3, Qt::ShiftModifier);
    // Each hit stepped to, backwards or forwards, is shown with a line above it and two below (unless the text ends
    // there), never on the view's first or last line.
    QScrollBar* bar = pane->textView()->verticalScrollBar();
    const int line = pane->textView()->fontMetrics().lineSpacing();
    for (const bool forward : {false, true}) {
        for (qsizetype i = 0; i < 2 * hits.size(); ++i) {
            QTest::keyClick(w.window.get(), Qt::Key_F3, forward ? Qt::NoModifier : Qt::ShiftModifier);
            const QRect rect = pane->textView()->cursorRect(pane->textView()->textCursor());
            const int bottom = pane->textView()->viewport()->rect().bottom();
            EXPECT_TRUE(rect.top() >= line || bar->value() == bar->minimum()) << rect.top();
            EXPECT_TRUE(rect.bottom() + 2 * line <= bottom || bar->value() == bar->maximum()) << rect.bottom();
        }
    }

    // Another query: the hits are no longer highlighted, and no count of them is left in the status bar.
    ASSERT_FALSE(w.window->statusBar()->currentMessage().isEmpty());
    ASSERT_NO_FATAL_FAILURE(s.search(QStringLiteral("Bucha")));
    QTRY_VERIFY(pane->searchHits().isEmpty());
    EXPECT_EQ(w.window->statusBar()->currentMessage(), QString());
}

TEST(SearchDock, AHitBecomesAClaimInOneStep)
{
    SearchHarness s;
    const size_t before = s.w.reader().claims().value().size();
    ASSERT_NO_FATAL_FAILURE(s.search(QStringLiteral("\"cluster bombs\"")));
    QTest::keyClick(s.query, Qt::Key_Down);
    QPushButton* mark = buttonSaying(s.results->parentWidget(), QStringLiteral("Claim"));
    ASSERT_NE(mark, nullptr);
    mark->click();
    QTRY_COMPARE_WITH_TIMEOUT(s.w.reader().claims().value().size(), before + 1, 10000);
    // The claim is the sentence that holds the hit (a claim is a statement), not the two words found.
    const ClaimId made = s.w.window->document().selection().currentClaim();
    ASSERT_TRUE(made.isValid());
    const QString quote = s.w.window->document().cache().claim(made)->anchor.quote;
    EXPECT_TRUE(quote.contains(QStringLiteral("cluster bombs"), Qt::CaseInsensitive)) << quote.toStdString();
    EXPECT_GT(quote.size(), QStringLiteral("cluster bombs").size() + 20) << quote.toStdString();
    EXPECT_FALSE(quote.back().isSpace());
    // Marked again, the sentence is not claimed twice: the claim it is already is selected, and the window says so.
    s.w.window->document().selection().setCurrentClaim({});
    mark->click();
    QTRY_VERIFY_WITH_TIMEOUT(s.w.window->statusBar()->currentMessage().contains(QStringLiteral("claim already")),
                             10000);
    EXPECT_EQ(s.w.reader().claims().value().size(), before + 1);
    EXPECT_EQ(s.w.window->document().selection().currentClaim(), made);
}

TEST(SearchDock, MarkAsClaimAfterF3MarksTheSentenceOfTheHitSteppedTo)
{
    SearchHarness s;
    ASSERT_NO_FATAL_FAILURE(s.search(QStringLiteral("Kharkov")));
    QTest::keyClick(s.query, Qt::Key_Down);
    QTest::keyClick(s.query, Qt::Key_Return);
    ui::ReportPane* pane = s.w.window->paneArea().currentPane();
    QTRY_VERIFY_WITH_TIMEOUT(pane->searchHits().size() >= 2, 10000);
    const auto hits = pane->searchHits();
    // Step to a hit in another sentence than the first hit's.
    int steps = 0;
    std::pair<qsizetype, qsizetype> target{-1, -1};
    for (qsizetype i = 1; i < hits.size(); ++i) {
        ++steps;
        if (hits[i].first - hits[0].second > 200) { // far enough to be another sentence
            target = hits[i];
            break;
        }
    }
    ASSERT_GE(target.first, 0) << "the sample's report has Kharkiv in two places";
    for (int i = 0; i < steps; ++i) {
        QTest::keyClick(s.w.window.get(), Qt::Key_F3);
    }
    ASSERT_EQ(pane->searchHitPosition().first, steps + 1);
    buttonSaying(s.results->parentWidget(), QStringLiteral("Claim"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(s.w.window->document().selection().currentClaim().isValid(), 10000);
    const model::Claim* made = s.w.window->document().cache().claim(s.w.window->document().selection().currentClaim());
    ASSERT_NE(made, nullptr);
    EXPECT_LE(made->anchor.start, target.first);
    EXPECT_GE(made->anchor.end, target.second) << made->anchor.quote.toStdString();
    EXPECT_GT(made->anchor.start, hits[0].first) << "not the first hit's sentence";
}

TEST(SearchDock, EnterAndMarkAsClaimGoToTheHitTheResultShowsNotTheReportsFirst)
{
    // Al Jazeera's "cluster" is first in its subtitle; the passage with both words comes later, and its snippet shows
    // it. Enter opened the subtitle's hit and Mark as Claim marked the subtitle (a tester's find).
    SearchHarness s;
    ASSERT_NO_FATAL_FAILURE(s.search(QStringLiteral("weaponry cluster")));
    QTreeWidgetItem* group = s.results->topLevelItem(0);
    ASSERT_GT(group->childCount(), 0);
    QTest::keyClick(s.query, Qt::Key_Down);
    EXPECT_TRUE(s.results->currentItem()->text(0).contains(QStringLiteral("weaponry")))
        << s.results->currentItem()->text(0).toStdString();
    QTest::keyClick(s.query, Qt::Key_Return);
    ui::ReportPane* pane = s.w.window->paneArea().currentPane();
    QTRY_VERIFY_WITH_TIMEOUT(pane->searchHits().size() >= 3, 10000);
    EXPECT_GT(pane->searchHitPosition().first, 1) << "not the subtitle's hit";
    const QTextCursor at = pane->textView()->textCursor();
    const QString around = pane->textView()->document()->toPlainText().mid(at.selectionStart() - 80, 160);
    EXPECT_TRUE(around.contains(QStringLiteral("weaponry"))) << around.toStdString();

    // Alt+K presses Mark as Claim (Alt+C, its mnemonic before, is the Claim menu's, and the button only took the
    // focus: a tester's find; Alt+M is the Entities dock's "Mentioned with it").
    QApplication::setActiveWindow(s.w.window.get());
    QTest::keyClick(s.w.window.get(), Qt::Key_K, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(s.w.window->document().selection().currentClaim().isValid(), 10000);
    const model::Claim* made = s.w.window->document().cache().claim(s.w.window->document().selection().currentClaim());
    ASSERT_NE(made, nullptr);
    EXPECT_TRUE(made->anchor.quote.contains(QStringLiteral("weaponry"))) << made->anchor.quote.toStdString();
}

TEST(SearchDock, AResultOfAReportOpenInAnotherPaneIsReadThereNotOpenedTwice)
{
    SearchHarness s;
    const auto panes = s.w.window->paneArea().panes();
    ASSERT_GE(panes.size(), 2U);
    const ReportId left = panes[0]->report();
    const ReportId right = panes[1]->report();
    ASSERT_TRUE(left.isValid() && right.isValid() && left != right);
    s.w.window->paneArea().setCurrentPane(panes[1]);
    // A query whose first result is the left pane's report: its title's first words.
    const QString title = s.w.window->document().reportSummary(left)->metadata.title;
    ASSERT_NO_FATAL_FAILURE(s.search(u'"' + title.section(u' ', 0, 3) + u'"'));
    QTreeWidgetItem* group = nullptr;
    for (int g = 0; g < s.results->topLevelItemCount() && !group; ++g) {
        if (s.results->topLevelItem(g)->data(0, Qt::UserRole).toLongLong() == left.value) {
            group = s.results->topLevelItem(g);
        }
    }
    ASSERT_NE(group, nullptr);
    s.results->setCurrentItem(group);
    QTest::keyClick(s.query, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!panes[0]->searchHits().isEmpty(), 10000);
    EXPECT_EQ(s.w.window->paneArea().currentPane(), panes[0]);
    EXPECT_EQ(panes[1]->report(), right) << "the other pane keeps its report";
}

TEST(SearchDock, HitsInHiddenPageFurnitureAreNeitherHighlightedNorSteppedToAndTheWindowSaysSo)
{
    SearchHarness s;
    // The sample's only "newsletter" is in a report's page furniture ("Sign up for our newsletter"), hidden.
    ASSERT_NO_FATAL_FAILURE(s.search(QStringLiteral("newsletter")));
    QTreeWidgetItem* group = s.results->topLevelItem(0);
    ASSERT_GT(group->childCount(), 0);
    // The result says so before it is opened.
    EXPECT_TRUE(group->child(0)->text(0).startsWith(QStringLiteral("text, only in page furniture:")))
        << group->child(0)->text(0).toStdString();
    s.results->setCurrentItem(group->child(0));
    QTest::keyClick(s.query, Qt::Key_Return);
    ui::ReportPane* pane = s.w.window->paneArea().currentPane();
    QTRY_VERIFY_WITH_TIMEOUT(!pane->searchHits().isEmpty(), 10000);
    EXPECT_EQ(pane->hiddenSearchHits(), pane->searchHits().size());
    auto highlighted = [pane] {
        int n = 0;
        for (const auto& sel : pane->textView()->extraSelections()) {
            n += sel.format.property(ui::ReportPane::kSearchHitProperty).toBool() ? 1 : 0;
        }
        return n;
    };
    EXPECT_EQ(highlighted(), 0);
    EXPECT_FALSE(pane->moveToSearchHit(true)) << "F3 has no hit shown to go to";
    EXPECT_TRUE(s.w.window->statusBar()->currentMessage().contains(QStringLiteral("Show Page Furniture")))
        << s.w.window->statusBar()->currentMessage().toStdString();
    // Shown, the furniture's hits are highlighted and stepped to.
    s.w.find<QAction>("showFurnitureAction")->setChecked(true);
    EXPECT_EQ(pane->hiddenSearchHits(), 0);
    EXPECT_EQ(highlighted(), pane->searchHits().size());
    EXPECT_TRUE(pane->moveToSearchHit(true));
    EXPECT_EQ(selected(pane).toLower(), QStringLiteral("newsletter"));
    // Another query: the hits of this one are no longer highlighted.
    s.type(QStringLiteral("Bucha"));
    QTRY_VERIFY_WITH_TIMEOUT(pane->searchHits().isEmpty(), 10000);
    EXPECT_EQ(highlighted(), 0);
}

TEST(SearchDock, AReportFoundInItsPageFurnitureAndItsTextIsShownByTheTextTheReaderSees)
{
    SearchHarness s;
    // The CBC seed's "WATCH | Building a war crimes case in Bucha" promo is page furniture, and the window of
    // the report holding the most hits of "Bucha": the index's snippet comes from it.
    ASSERT_NO_FATAL_FAILURE(s.search(QStringLiteral("Bucha")));
    auto opened = casefile::Case::open(s.w.window->document().path(), {QStringLiteral("tester")},
                                       casefile::Case::Access::ReadOnly);
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    int texts = 0;
    int withFurniture = 0;
    for (int g = 0; g < s.results->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = s.results->topLevelItem(g);
        for (int r = 0; r < group->childCount(); ++r) {
            QTreeWidgetItem* item = group->child(r);
            if (!item->text(0).startsWith(QStringLiteral("text"))) {
                continue;
            }
            ++texts;
            SCOPED_TRACE(item->text(0).toStdString());
            EXPECT_FALSE(item->text(0).startsWith(QStringLiteral("text, only in page furniture")));
            const ReportId report(item->data(0, Qt::UserRole).toLongLong());
            const qint64 start = item->data(0, Qt::UserRole + 1).toLongLong();
            const qint64 end = item->data(0, Qt::UserRole + 2).toLongLong();
            const QString text = opened.value()->reportText(report, casefile::Case::TextView::All).value();
            EXPECT_EQ(text.mid(start, end - start).toLower(), QStringLiteral("bucha"));
            const auto furniture = opened.value()->excludedRanges(report).value();
            withFurniture += furniture.isEmpty() ? 0 : 1;
            for (const model::TextRange& range : furniture) {
                EXPECT_FALSE(range.start <= start && start < range.end) << "listed by a hit the reader cannot see";
            }
            // The snippet is the reader's text, with its hit marked.
            EXPECT_FALSE(item->text(0).contains(QStringLiteral("WATCH")));
            EXPECT_FALSE(item->text(0).contains(QStringLiteral("Warning: This story")));
            EXPECT_TRUE(item->data(0, ui::SearchDock::MarkedTextRole).toString().contains(QStringLiteral("<b>")));
        }
    }
    EXPECT_EQ(texts, 2);
    EXPECT_GE(withFurniture, 1);
}

TEST(SearchDock, EachReportsTextSaysHowManyHitsTheReaderFindsInIt)
{
    // "5 results, 4 reports", a passage each, did not say that one report holds four hits (a tester's find). Each
    // text row counts its report's hits, those in hidden page furniture apart, as the pane finds them on opening.
    SearchHarness s;
    ASSERT_NO_FATAL_FAILURE(s.search(QStringLiteral("Bucha")));
    static const QRegularExpression counted(QStringLiteral("^text, (\\d+) hits?(?: \\+ (\\d+) in page furniture)?: "));
    std::vector<QTreeWidgetItem*> texts;
    for (int g = 0; g < s.results->topLevelItemCount(); ++g) {
        for (int c = 0; c < s.results->topLevelItem(g)->childCount(); ++c) {
            if (s.results->topLevelItem(g)->child(c)->text(0).startsWith(QStringLiteral("text"))) {
                texts.push_back(s.results->topLevelItem(g)->child(c));
            }
        }
    }
    ASSERT_EQ(texts.size(), 2u);
    int several = 0;
    int withFurniture = 0;
    for (QTreeWidgetItem* item : texts) {
        SCOPED_TRACE(item->text(0).toStdString());
        const QRegularExpressionMatch m = counted.match(item->text(0));
        ASSERT_TRUE(m.hasMatch());
        const int shown = m.captured(1).toInt();
        const int hidden = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
        several += shown > 1 ? 1 : 0;
        withFurniture += hidden > 0 ? 1 : 0;

        const ReportId report(item->data(0, Qt::UserRole).toLongLong());
        s.results->setCurrentItem(item);
        s.query->setFocus();
        QTest::keyClick(s.query, Qt::Key_Return);
        ui::ReportPane* pane = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((pane = s.w.window->paneArea().currentPane()) && pane->report() == report &&
                                     !pane->searchHits().isEmpty(),
                                 10000);
        EXPECT_EQ(pane->searchHits().size(), shown + hidden);
        EXPECT_EQ(pane->hiddenSearchHits(), hidden);
    }
    EXPECT_GE(several, 1);
    EXPECT_GE(withFurniture, 1); // the CBC seed's "WATCH | … in Bucha" promo
}

TEST(SearchDock, AClaimFoundIsSelectedInItsReportAndOnlyTextHitsAreMarked)
{
    SearchHarness s;
    ASSERT_NO_FATAL_FAILURE(s.search(QStringLiteral("Borodyanka in:claims")));
    QTreeWidgetItem* group = s.results->topLevelItem(0);
    ASSERT_GT(group->childCount(), 0);
    QTreeWidgetItem* claimRow = group->child(0);
    ASSERT_TRUE(claimRow->text(0).startsWith(QStringLiteral("claim"))) << claimRow->text(0).toStdString();
    s.results->setCurrentItem(claimRow);
    QPushButton* mark = buttonSaying(s.results->parentWidget(), QStringLiteral("Claim"));
    ASSERT_NE(mark, nullptr);
    EXPECT_FALSE(mark->isEnabled()) << "a claim found is a claim already";
    s.w.window->document().selection().setCurrentClaim({});
    QTest::keyClick(s.query, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(s.w.window->document().selection().currentClaim().isValid(), 10000);
    const ClaimId claim = s.w.window->document().selection().currentClaim();
    EXPECT_TRUE(s.w.window->document().cache().claim(claim)->statement.contains(QStringLiteral("Borodyanka")));
    EXPECT_TRUE(s.w.window->paneArea().currentPane()->showsClaim(claim));
    // A text hit can be marked.
    s.type(QStringLiteral("Borodyanka in:reports"));
    QTRY_VERIFY_WITH_TIMEOUT(s.results->topLevelItemCount() > 0 && s.results->topLevelItem(0)->childCount() > 0 &&
                                 s.results->topLevelItem(0)->child(0)->text(0).startsWith(QStringLiteral("text")),
                             10000);
    s.results->setCurrentItem(s.results->topLevelItem(0)->child(0));
    EXPECT_TRUE(mark->isEnabled());
}

TEST(SearchDock, AResultLongerThanTheDockIsWidePutsItsSnippetOnSeveralLines)
{
    SearchHarness s;
    QTreeWidget* results = s.results;
    ASSERT_TRUE(s.query && results);
    ASSERT_NO_FATAL_FAILURE(s.search(QStringLiteral("Bucha")));
    QApplication::processEvents();
    // The snippet says where the word was found: cut to one line with "…", the hit itself was often cut off.
    const int lineHeight = results->fontMetrics().lineSpacing();
    int longOnes = 0;
    for (int g = 0; g < results->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = results->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem* item = group->child(i);
            const QRect rect = results->visualItemRect(item);
            if (results->fontMetrics().horizontalAdvance(item->text(0)) <= rect.width()) {
                continue;
            }
            ++longOnes;
            SCOPED_TRACE(item->text(0).toStdString());
            EXPECT_GE(rect.height(), 2 * lineHeight);
        }
    }
    EXPECT_GT(longOnes, 0) << "the dock is narrower than the sample's snippets";
}

TEST(SearchDock, BatchSearchCountsReportsOnATermsRowAndHitsOnEachReportsRow)
{
    SearchHarness s;
    QPushButton* batch = buttonSaying(s.w.window.get(), QStringLiteral("Batch"));
    ASSERT_NE(batch, nullptr);
    batch->click();
    auto* dialog = s.w.window->findChild<QDialog*>(QStringLiteral("batchSearchDialog"));
    ASSERT_NE(dialog, nullptr);
    dialog->findChild<QPlainTextEdit*>(QStringLiteral("batchTerms"))->setPlainText(QStringLiteral("Bucha\nKyiv\n((("));
    QPushButton* search = buttonSaying(dialog, QStringLiteral("Search"));
    ASSERT_NE(search, nullptr);
    search->click();
    auto* table = dialog->findChild<QTreeWidget*>(QStringLiteral("batchResults"));
    QTRY_VERIFY_WITH_TIMEOUT(table->topLevelItemCount() == 3, 10000);
    // A line of signs alone is found nowhere, and its row says why rather than showing a bare 0.
    QTreeWidgetItem* signs = table->topLevelItem(2);
    EXPECT_EQ(signs->childCount(), 0);
    EXPECT_TRUE(signs->text(1).contains(QStringLiteral("no word"))) << signs->text(1).toStdString();
    for (int t = 0; t < 2; ++t) {
        QTreeWidgetItem* term = table->topLevelItem(t);
        SCOPED_TRACE(term->text(0).toStdString());
        ASSERT_GT(term->childCount(), 0);
        EXPECT_EQ(term->text(1), QString::number(term->childCount())) << "the term's row counts its reports";
        // "4 + 3 in page furniture": the hits a reader sees, and those in hidden furniture apart.
        const auto count = [](const QString& text) {
            const QStringList parts = text.split(QStringLiteral(" + "));
            return parts.value(0).toLongLong() + parts.value(1).section(u' ', 0, 0).toLongLong();
        };
        qint64 hits = 0;
        for (int r = 0; r < term->childCount(); ++r) {
            // A report's row has no count of reports (its id there read as one), only its hits.
            EXPECT_TRUE(term->child(r)->text(1).isEmpty()) << term->child(r)->text(1).toStdString();
            hits += count(term->child(r)->text(2));
        }
        EXPECT_EQ(count(term->text(2)), hits);
    }
    // The CBC seed's "WATCH | ... Bucha" promo is page furniture: its Bucha is counted apart.
    EXPECT_TRUE(table->topLevelItem(0)->text(2).contains(QStringLiteral("in page furniture")))
        << table->topLevelItem(0)->text(2).toStdString();
    dialog->close();
}

TEST(SearchDock, BatchSearchRunsFromTheKeyboardAndEnterOnAReportOpensItWithTheTermsHits)
{
    SearchHarness s;
    s.w.window->resize(1500, 940);
    buttonSaying(s.w.window.get(), QStringLiteral("Batch"))->click();
    auto* dialog = s.w.window->findChild<QDialog*>(QStringLiteral("batchSearchDialog"));
    ASSERT_NE(dialog, nullptr);
    auto* terms = dialog->findChild<QPlainTextEdit*>(QStringLiteral("batchTerms"));
    terms->setFocus();
    QTest::keyClicks(terms, QStringLiteral("cluster munitions"));
    // Its shortcuts work in the active window, as when it opens on a desktop; offscreen, nothing activates it.
    QApplication::setActiveWindow(dialog);
    QTest::keyClick(terms, Qt::Key_Return, Qt::ControlModifier); // Ctrl+Enter searches
    auto* table = dialog->findChild<QTreeWidget*>(QStringLiteral("batchResults"));
    QTRY_VERIFY_WITH_TIMEOUT(table->topLevelItemCount() == 1, 10000);
    EXPECT_EQ(terms->toPlainText(), QStringLiteral("cluster munitions")) << "no line break typed";
    QTreeWidgetItem* term = table->topLevelItem(0);
    ASSERT_GT(term->childCount(), 0);
    // The term and the reports' titles have the width; the counts only what they need.
    EXPECT_GT(table->columnWidth(0), 2 * (table->columnWidth(1) + table->columnWidth(2)));
    // Enter on a report opens it with the term's hits; the results stay.
    table->setFocus();
    table->setCurrentItem(term->child(0));
    QTest::keyClick(table, Qt::Key_Return);
    ui::ReportPane* pane = s.w.window->paneArea().currentPane();
    QTRY_VERIFY_WITH_TIMEOUT(!pane->searchHits().isEmpty(), 10000);
    EXPECT_EQ(pane->searchHits().size(), term->child(0)->text(2).toLongLong());
    ASSERT_EQ(table->topLevelItemCount(), 1);
    ASSERT_NE(table->currentItem(), nullptr);
    EXPECT_NE(table->currentItem()->parent(), nullptr) << "not searched again: the report's row is still current";
    dialog->close();
}

TEST(SearchDock, AQueryThatFindsNothingSaysWhatToTryInstead)
{
    SearchHarness s;
    auto* status = s.w.find<QLabel>("searchStatus");
    ASSERT_NO_FATAL_FAILURE(s.search(QStringLiteral("Bucha")));
    s.type(QStringLiteral("zzyzx"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Nothing found")), 10000);
    EXPECT_TRUE(status->text().contains(QStringLiteral("*"))) << status->text().toStdString();
    EXPECT_EQ(s.results->topLevelItemCount(), 0);
    // A filter written with a value it does not take is named, with the values it does.
    s.type(QStringLiteral("Kharkiv in:bogus"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("in:bogus")), 10000);
    EXPECT_TRUE(status->text().contains(QStringLiteral("not a filter"))) << status->text().toStdString();
    EXPECT_TRUE(status->text().contains(QStringLiteral("claims, reports, notes or sources")));
    // A filter naming nothing of the case (a misspelt outlet) is named: the words were not the trouble.
    s.type(QStringLiteral("Kharkiv outlet:Reuterz"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("outlet:Reuterz names nothing")), 10000);
    EXPECT_TRUE(status->text().startsWith(QStringLiteral("Nothing found"))) << status->text().toStdString();
    EXPECT_EQ(s.results->topLevelItemCount(), 0);
    // A NEAR with nothing it can join was searched as a word: said so, with how to write it.
    s.type(QStringLiteral("(Bucha OR) NEAR/5 Irpin"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("NEAR/5: searched as a word")), 10000);
    EXPECT_TRUE(status->text().contains(QStringLiteral("(Kyiv OR Kharkiv) NEAR/5 shelling")))
        << status->text().toStdString();
}

TEST(SearchDock, AQueryOfOnlyExclusionsSaysToAddAWordToLookFor)
{
    SearchHarness s;
    auto* status = s.w.find<QLabel>("searchStatus");
    ASSERT_NO_FATAL_FAILURE(s.search(QStringLiteral("Bucha")));
    s.type(QStringLiteral("-Bucha"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Add a word to look for")), 10000);
    EXPECT_EQ(s.results->topLevelItemCount(), 0);
}

TEST(SearchDock, AQueryPastItsCapSaysOnlyItsFirstWordsWereSearched)
{
    SearchHarness s;
    auto* status = s.w.find<QLabel>("searchStatus");
    ASSERT_NO_FATAL_FAILURE(s.search(QStringLiteral("Bucha")));
    QStringList words{QStringLiteral("Bucha")};
    for (int i = 0; i < 70; ++i) {
        words << QStringLiteral("OR w%1").arg(i);
    }
    s.query->setText(words.join(u' ')); // pasted, not typed: seventy words
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Only the first 64 words were searched")), 10000);
    EXPECT_GT(s.results->topLevelItemCount(), 0); // Bucha, among the first words, is still found
    s.type(QStringLiteral("Bucha"));
    QTRY_VERIFY_WITH_TIMEOUT(!status->text().contains(QStringLiteral("Only the first")), 10000);
}

TEST(SearchDock, WithNoCaseOpenSearchIsOffAndTheDockSaysToOpenOne)
{
    SearchHarness s;
    auto* status = s.w.find<QLabel>("searchStatus");
    auto* searchAction = s.w.find<QAction>("searchCaseAction");
    ASSERT_NO_FATAL_FAILURE(s.search(QStringLiteral("Bucha")));
    EXPECT_TRUE(searchAction->isEnabled());
    // Closed: the results go, the dock says why nothing can be found, and Ctrl+Shift+F and F3 are off.
    s.w.window->closeCase();
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Open a case")), 10000);
    EXPECT_EQ(s.results->topLevelItemCount(), 0);
    EXPECT_FALSE(searchAction->isEnabled());
    EXPECT_FALSE(s.w.find<QAction>("nextSearchHitAction")->isEnabled());
    s.type(QStringLiteral("Kyiv"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Open a case")), 10000);
}

TEST(SearchDock, MarkAsClaimIsOfferedOnlyWithAResultToMark)
{
    SearchHarness s;
    QPushButton* mark = buttonSaying(s.results->parentWidget(), QStringLiteral("Claim"));
    ASSERT_NE(mark, nullptr);
    EXPECT_FALSE(mark->isEnabled()) << "nothing searched yet";
    ASSERT_NO_FATAL_FAILURE(s.search(QStringLiteral("Bucha")));
    EXPECT_TRUE(mark->isEnabled());
    s.type(QStringLiteral("zzyzx"));
    QTRY_VERIFY_WITH_TIMEOUT(s.results->topLevelItemCount() == 0, 10000);
    EXPECT_FALSE(mark->isEnabled()) << "no result left to mark";
}

TEST(SearchDock, TheGermanSpellingButschaFindsTheReportsThatSayBucha)
{
    SearchHarness s;
    ASSERT_NO_FATAL_FAILURE(s.search(QStringLiteral("Butscha")));
    // Every hit is the sample's "Bucha", and each says that spelling matched.
    int hits = 0;
    for (int g = 0; g < s.results->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = s.results->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            ++hits;
            SCOPED_TRACE(group->child(i)->text(0).toStdString());
            EXPECT_TRUE(group->child(i)->text(0).contains(QStringLiteral("Bucha")));
            EXPECT_EQ(group->child(i)->toolTip(0), QString::fromUtf8("Matched \u201cBucha\u201d"));
            // The row shows the hit in bold, and only the hit.
            const QString marked = group->child(i)->data(0, ui::SearchDock::MarkedTextRole).toString();
            EXPECT_TRUE(marked.contains(QStringLiteral("<b>Bucha</b>"))) << marked.toStdString();
            // The spelling found is named in the row itself, not only in its tooltip (a tester's find).
            EXPECT_TRUE(marked.endsWith(QString::fromUtf8("<i>(as \u201cBucha\u201d)</i>"))) << marked.toStdString();
            EXPECT_EQ(marked.count(QStringLiteral("<b>")), group->child(i)->text(0).count(QStringLiteral("Bucha")))
                << marked.toStdString();
        }
    }
    EXPECT_GT(hits, 0);
}

TEST(SearchDock, AQueryWithMoreResultsThanItShowsSaysThereAreMore)
{
    // "200 results, 200 reports" read as all there were, in a case where the word is in two thousand reports (a
    // tester's find). A case of exactly 200 reports with the word, then 205.
    test::TestWindow w;
    const QString path = w.dir.filePath(QStringLiteral("many.corrob"));
    const auto importReports = [&path](int from, int to) {
        auto opened = casefile::Case::open(path, {QStringLiteral("test")});
        ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
        casefile::ImportService import(*opened.value());
        for (int i = from; i < to; ++i) {
            const QByteArray text = "Report " + QByteArray::number(i) + "\n\nThe lantern of pier " +
                                    QByteArray::number(i * 7919) + " was lit at dusk, the keeper said.\n";
            ASSERT_EQ(import.importBytes(text, QStringLiteral("r%1.txt").arg(i), {}).imported.size(), 1U);
        }
    };
    ASSERT_TRUE(casefile::Case::create(path, QStringLiteral("Many"), {QStringLiteral("test")}).ok());
    ASSERT_NO_FATAL_FAILURE(importReports(0, 200));
    ASSERT_TRUE(w.window->openCase(path));
    QTest::keyClick(w.window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    auto* query = w.find<QLineEdit>("searchQuery");
    auto* results = w.find<QTreeWidget>("searchResults");
    auto* status = w.find<QLabel>("searchStatus");
    ASSERT_TRUE(query && results && status);
    QTest::keyClicks(query, QStringLiteral("lantern"));
    QTRY_VERIFY_WITH_TIMEOUT(results->topLevelItemCount() > 0, 10000);
    EXPECT_EQ(results->topLevelItemCount(), 200);
    EXPECT_EQ(status->text(), QStringLiteral("200 results, 200 reports")) << "exactly as many as shown: all of them";

    ASSERT_NO_FATAL_FAILURE(importReports(200, 205));
    ASSERT_TRUE(w.window->openCase(path));
    QTest::keyClick(w.window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    query->clear();
    QTest::keyClicks(query, QStringLiteral("lantern"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("there are more")), 10000);
    EXPECT_EQ(results->topLevelItemCount(), 200);
    EXPECT_TRUE(status->text().startsWith(QStringLiteral("The best 200 results"))) << status->text().toStdString();

    // Narrowed below the cap, the count is the whole count again.
    query->clear();
    QTest::keyClicks(query, QStringLiteral("lantern \"pier 7919\""));
    QTRY_VERIFY_WITH_TIMEOUT(results->topLevelItemCount() == 1, 10000);
    EXPECT_EQ(status->text(), QStringLiteral("1 result, 1 report"));
}

TEST(SearchDock, ASnippetThatRunsIntoTheNextParagraphShowsWhereTheLineBreaks)
{
    // Folded onto one line, a title and the paragraph after it, or two paragraphs, read as one sentence (a tester's
    // find: "Governor speaks Oleksandr Pavlyuk said").
    SearchHarness s;
    ASSERT_NO_FATAL_FAILURE(s.search(QStringLiteral("\"eight cities\"")));
    QStringList labels;
    for (int g = 0; g < s.results->topLevelItemCount(); ++g) {
        for (int c = 0; c < s.results->topLevelItem(g)->childCount(); ++c) {
            labels << s.results->topLevelItem(g)->child(c)->text(0);
        }
    }
    const QString joined = labels.join(u'\n');
    EXPECT_TRUE(joined.contains(QStringLiteral("including Bucha. \u00b6 Images from the"))) << joined.toStdString();
    EXPECT_FALSE(joined.contains(QStringLiteral("Bucha. Images"))) << joined.toStdString();
}
