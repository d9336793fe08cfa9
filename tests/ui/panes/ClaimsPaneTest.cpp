// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Claims dock's table as an investigator sizes it: the statement gets the room, every column stays resizable.
#include "ui/panes/ClaimsPane.h"
#include "tests/ui/UiTestSupport.h"

#include "resources/Translations.h"
#include "ui/document/CaseDocument.h"
#include "ui/document/SampleCaseLocation.h"
#include "ui/document/WorkbenchSelection.h"
#include "ui/models/ClaimListModel.h"
#include "ui/widgets/ElidingComboBox.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

#include <gtest/gtest.h>

using namespace corrob;
using corrob::ui::ClaimListModel;

namespace {

struct ClaimsPaneHarness
{
    QTemporaryDir dir;
    ui::CaseDocument document{{QStringLiteral("test")}};
    ui::ClaimsPane pane{document};

    ClaimsPaneHarness()
    {
        EXPECT_TRUE(document.openSample(test::sampleCaseIn(dir)).ok());
        pane.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&pane));
    }
    void resizeTo(int width)
    {
        pane.resize(width, 320);
        QApplication::processEvents();
    }
    QHeaderView* header() const { return pane.view()->horizontalHeader(); }
    int width(int column) const { return header()->sectionSize(column); }
    int viewport() const { return pane.view()->viewport()->width(); }
};

// The tooltip a user sees on resting the pointer over the box ("" when none shows).
QString toolTipOver(QWidget* box)
{
    // QToolTip::hideText() lets the last tip linger a moment; hide it now, so that a tip seen is this box's.
    for (QWidget* top : QApplication::topLevelWidgets()) {
        if (top->inherits("QTipLabel")) {
            top->hide();
        }
    }
    const QPoint middle = box->rect().center();
    QHelpEvent help(QEvent::ToolTip, middle, box->mapToGlobal(middle));
    QApplication::sendEvent(box, &help);
    return QToolTip::isVisible() ? QToolTip::text() : QString();
}

} // namespace

TEST(ClaimsPane, TheStatementGetsMostOfTheWidthOfANarrowDockAndTheOthersAFewWords)
{
    ClaimsPaneHarness h;
    const int character = h.pane.view()->fontMetrics().averageCharWidth();
    for (int paneWidth : {560, 760, 1200}) {
        h.resizeTo(paneWidth);
        SCOPED_TRACE(paneWidth);
        // Wider than Source, Report and Tags together, which still show a few words each.
        int words = 0;
        for (int column : {ClaimListModel::SourceColumn, ClaimListModel::ReportColumn, ClaimListModel::TagsColumn}) {
            EXPECT_GE(h.width(column), character * 6);
            words += h.width(column);
        }
        EXPECT_GT(h.width(ClaimListModel::StatementColumn), words);
        EXPECT_GE(h.width(ClaimListModel::StatementColumn), h.viewport() * 45 / 100);
        EXPECT_LE(h.width(ClaimListModel::GradeColumn), character * 10);
        EXPECT_LE(h.width(ClaimListModel::IndependentColumn), character * 10);
        // The columns fill the table: no horizontal scrolling, no empty band on the right.
        int total = 0;
        for (int column = 0; column < ClaimListModel::ColumnCount; ++column) {
            total += h.width(column);
        }
        EXPECT_EQ(total, h.viewport());
    }
    // Wider docks give the statement the extra room.
    h.resizeTo(760);
    const int statement = h.width(ClaimListModel::StatementColumn);
    h.resizeTo(1200);
    EXPECT_GT(h.width(ClaimListModel::StatementColumn), statement + 300);
}

TEST(ClaimsPane, AWideDockShowsEverySourceAndTagWhole)
{
    ClaimsPaneHarness h;
    QTableView* view = h.pane.view();
    for (int paneWidth : {1000, 1200}) {
        h.resizeTo(paneWidth);
        SCOPED_TRACE(paneWidth);
        for (int column : {ClaimListModel::SourceColumn, ClaimListModel::TagsColumn}) {
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                const QModelIndex index = view->model()->index(row, column);
                SCOPED_TRACE(index.data().toString().toStdString());
                EXPECT_GE(h.width(column), view->sizeHintForIndex(index).width()) << "cut";
            }
        }
        EXPECT_GE(h.width(ClaimListModel::StatementColumn), h.viewport() * 45 / 100);
    }
}

TEST(ClaimsPane, EveryColumnStaysResizableAndTheStatementTakesWhatTheOthersLeave)
{
    ClaimsPaneHarness h;
    h.resizeTo(900);
    for (int column = 0; column < ClaimListModel::ColumnCount; ++column) {
        EXPECT_EQ(h.header()->sectionResizeMode(column), QHeaderView::Interactive) << column;
    }
    h.header()->resizeSection(ClaimListModel::SourceColumn, 240); // as a drag of the header's divider does
    h.resizeTo(1000);
    EXPECT_EQ(h.width(ClaimListModel::SourceColumn), 240);
    int others = 0;
    for (int column = 1; column < ClaimListModel::ColumnCount; ++column) {
        others += h.width(column);
    }
    EXPECT_EQ(h.width(ClaimListModel::StatementColumn), h.viewport() - others);
}

TEST(ClaimsPane, TheWordsFilterKeepsRoomForItsHintBesideTheFourBoxesInANarrowDock)
{
    ClaimsPaneHarness h;
    // The Claims dock of a 1280-pixel-wide window is about 500 pixels wide.
    h.resizeTo(500);
    auto* filter = h.pane.findChild<QLineEdit*>(QStringLiteral("claimFilterLineEdit"));
    ASSERT_NE(filter, nullptr);
    EXPECT_GE(filter->width(), filter->fontMetrics().horizontalAdvance(filter->placeholderText()));
    // The boxes still fit: nothing pushed past the pane's right edge.
    auto* status = h.pane.findChild<QComboBox*>(QStringLiteral("claimStatusFilterComboBox"));
    ASSERT_NE(status, nullptr);
    EXPECT_LE(status->geometry().right(), h.pane.width());
}

TEST(ClaimsPane, InADockNarrowerThanItsFiltersTheBoxesGoUnderTheWordsFilter)
{
    ClaimsPaneHarness h;
    auto* filter = h.pane.findChild<QLineEdit*>(QStringLiteral("claimFilterLineEdit"));
    const QList<QComboBox*> boxes = h.pane.findChildren<QComboBox*>();
    ASSERT_TRUE(filter);
    ASSERT_EQ(boxes.size(), 4);
    // The Claims dock of a 1024-pixel-wide window is about 370 pixels wide: the dock may be that narrow, and the
    // Analysis dock beside it keeps its share.
    EXPECT_LE(h.pane.minimumSizeHint().width(), 370);
    h.resizeTo(370);
    for (QComboBox* box : boxes) {
        SCOPED_TRACE(box->objectName().toStdString());
        EXPECT_GT(box->y(), filter->geometry().bottom()) << "under the words filter";
        EXPECT_GE(box->width(), box->minimumSizeHint().width());
        EXPECT_LE(box->geometry().right(), h.pane.width());
    }
    EXPECT_GE(filter->width(), filter->fontMetrics().horizontalAdvance(filter->placeholderText()));
    // A wide dock has them all in one row again.
    h.resizeTo(900);
    for (QComboBox* box : boxes) {
        EXPECT_LT(box->y(), filter->geometry().bottom()) << box->objectName().toStdString();
    }
}

TEST(ClaimsPane, FilterBoxesTooNarrowForTheirTextShortenItWithAnEllipsisAndSayItWholeInTheirTooltip)
{
    const resources::Translations german(QLocale(QLocale::German, QLocale::Germany));
    ClaimsPaneHarness h;
    int shortened = 0;
    for (int paneWidth : {370, 500}) { // the Claims dock of a 1024- and of a 1280-pixel-wide window
        h.resizeTo(paneWidth);
        for (auto* box : h.pane.findChildren<ui::ElidingComboBox*>()) {
            SCOPED_TRACE(box->currentText().toStdString());
            const QString shown = box->shownText();
            EXPECT_LT(box->fontMetrics().horizontalAdvance(shown), box->width());
            if (shown != box->currentText()) {
                ++shortened;
                EXPECT_TRUE(shown.endsWith(QChar(0x2026))) << shown.toStdString() << ": cut, not shortened";
                EXPECT_EQ(toolTipOver(box), box->currentText());
            } else {
                EXPECT_TRUE(toolTipOver(box).isEmpty());
            }
        }
    }
    EXPECT_GT(shortened, 0) << "'Alle Berichte' should not fit a box of a 370-pixel dock";
}

TEST(ClaimsPane, TheChosenStatusShowsWholeWhereTheDockHasRoomForIt)
{
    // At the usual dock width the status box showed "Quote cha\u2026" (a tester's find): a filter hiding claims
    // should say which it is. Where the dock is too narrow for it, it still shortens and nothing leaves the pane.
    ClaimsPaneHarness h;
    auto* status = h.pane.findChild<ui::ElidingComboBox*>(QStringLiteral("claimStatusFilterComboBox"));
    ASSERT_NE(status, nullptr);
    const int quoteChanged = status->findText(QStringLiteral("Quote changed"));
    ASSERT_GE(quoteChanged, 0);
    h.resizeTo(500);
    status->setCurrentIndex(quoteChanged);
    QCoreApplication::processEvents();
    EXPECT_EQ(status->shownText(), QStringLiteral("Quote changed"));
    for (auto* box : h.pane.findChildren<QComboBox*>()) {
        EXPECT_LE(box->geometry().right(), h.pane.width()) << box->objectName().toStdString();
    }
    h.resizeTo(300);
    QCoreApplication::processEvents();
    for (auto* box : h.pane.findChildren<QComboBox*>()) {
        EXPECT_LE(box->geometry().right(), h.pane.width()) << box->objectName().toStdString();
    }
    // Wide again, whole again.
    h.resizeTo(520);
    QCoreApplication::processEvents();
    EXPECT_EQ(status->shownText(), QStringLiteral("Quote changed"));
}

TEST(ClaimsPane, AShortenedFilterBoxsTooltipSaysItsTextOfNowAfterTheCaseIsClosed)
{
    ClaimsPaneHarness h;
    h.resizeTo(370);
    auto* reports = h.pane.findChild<ui::ElidingComboBox*>(QStringLiteral("claimReportFilterComboBox"));
    ASSERT_NE(reports, nullptr);
    // The longest report title, which a 370-pixel dock's box has to shorten.
    int longest = 1;
    for (int i = 1; i < reports->count(); ++i) {
        if (reports->itemText(i).size() > reports->itemText(longest).size()) {
            longest = i;
        }
    }
    reports->setCurrentIndex(longest);
    const QString title = reports->currentText();
    ASSERT_NE(reports->shownText(), title) << "not shortened at this width";
    EXPECT_EQ(toolTipOver(reports), title);
    // Closing the case refills the box (with its signals blocked): no report title of the closed case remains.
    h.document.close();
    QApplication::processEvents();
    const QString tip = toolTipOver(reports);
    EXPECT_FALSE(tip.contains(title)) << tip.toStdString();
    EXPECT_TRUE(tip.isEmpty() || tip == reports->currentText()) << tip.toStdString();
}

TEST(ClaimsPane, WidthsRememberedInAnotherLanguageNeverCutAHeader)
{
    ClaimsPaneHarness h;
    // Widths saved in English ("Grade" and "Indep." narrower than German "Einstufung" and "Unabh."), or dragged
    // narrow then.
    QSettings settings(h.dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    QVariantList saved;
    for (int column = 0; column < ClaimListModel::ColumnCount; ++column) {
        saved.append(h.header()->fontMetrics().horizontalAdvance(
                         h.pane.view()->model()->headerData(column, Qt::Horizontal).toString()) +
                     4);
    }
    settings.setValue(QStringLiteral("claims/columnWidths"), saved);
    const resources::Translations german(QLocale(QLocale::German, QLocale::Germany));
    ui::ClaimsPane pane(h.document);
    pane.resize(900, 320);
    pane.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&pane));
    pane.rememberColumnsIn(settings);
    QApplication::processEvents();
    QHeaderView* header = pane.view()->horizontalHeader();
    for (int column = 0; column < ClaimListModel::ColumnCount; ++column) {
        const QString title = pane.view()->model()->headerData(column, Qt::Horizontal).toString();
        SCOPED_TRACE(title.toStdString());
        EXPECT_GE(header->sectionSize(column), header->fontMetrics().horizontalAdvance(title) + 8) << "cut";
    }
}

TEST(ClaimsPane, EveryHeaderIsWholeInGermanAndTheStatementKeepsAFewWords)
{
    const resources::Translations german(QLocale(QLocale::German, QLocale::Germany));
    ClaimsPaneHarness h;
    const QFontMetrics metrics = h.header()->fontMetrics();
    for (int paneWidth : {370, 500, 900}) {
        h.resizeTo(paneWidth);
        SCOPED_TRACE(paneWidth);
        int total = 0;
        for (int column = 0; column < ClaimListModel::ColumnCount; ++column) {
            const QString title = h.pane.view()->model()->headerData(column, Qt::Horizontal).toString();
            SCOPED_TRACE(title.toStdString());
            EXPECT_GE(h.width(column), metrics.horizontalAdvance(title) + 8) << "cut (\"Schla\")";
            total += h.width(column);
        }
        // About twenty characters of the statement, never the dozen pixels of "Unla…".
        EXPECT_GE(h.width(ClaimListModel::StatementColumn), h.pane.leastStatementWidth());
        EXPECT_GE(h.pane.leastStatementWidth(), h.pane.view()->fontMetrics().averageCharWidth() * 20);
        // The table scrolls sideways only when the other columns have given way to their headers.
        EXPECT_EQ(h.pane.view()->horizontalScrollBar()->isVisible(), total > h.viewport());
    }
}

TEST(ClaimsPane, ClickingAPartlyShownRowPicksThatRowAndKeepsItPicked)
{
    ClaimsPaneHarness h;
    QTableView* view = h.pane.view();
    // A dock so low that the third row shows only its top.
    const int rowHeight = view->rowHeight(0);
    const int chrome = h.pane.height() - view->viewport()->height();
    h.pane.resize(900, chrome + 2 * rowHeight + rowHeight / 3);
    QApplication::processEvents();
    const QRect third = view->visualRect(view->model()->index(2, 0));
    ASSERT_GT(third.bottom(), view->viewport()->height()) << "the third row is only partly shown";
    const QPoint at(third.center().x(), third.top() + 3);
    const qint64 clicked = view->model()->index(2, 0).data(ClaimListModel::ClaimIdRole).toLongLong();
    // A click as a hand makes it: pressed, moved a pixel, released.
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, at);
    QMouseEvent move(QEvent::MouseMove, QPointF(at + QPoint(1, 0)), view->viewport()->mapToGlobal(QPointF(at)),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &move);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, at + QPoint(1, 0));
    QApplication::processEvents();
    EXPECT_EQ(h.document.selection().currentClaim().value, clicked);
    EXPECT_EQ(view->currentIndex().data(ClaimListModel::ClaimIdRole).toLongLong(), clicked)
        << "the table highlights the claim it picked";
}

TEST(ClaimsPane, FiltersThatHideEveryClaimSaySoInsteadOfLeavingABlankTable)
{
    // A blank table looks like a case without claims; the sample has six, none orphaned.
    ClaimsPaneHarness h;
    h.resizeTo(700);
    auto* note = h.pane.view()->findChild<QLabel*>(QStringLiteral("filteredOutNote"));
    ASSERT_NE(note, nullptr);
    EXPECT_FALSE(note->isVisible());
    auto* status = h.pane.findChild<QComboBox*>(QStringLiteral("claimStatusFilterComboBox"));
    status->setCurrentIndex(status->findText(QStringLiteral("Orphaned")));
    ASSERT_EQ(h.pane.view()->model()->rowCount(), 0);
    EXPECT_TRUE(note->isVisible());
    EXPECT_EQ(note->text(), QStringLiteral("No claims match these filters."));
    EXPECT_GT(note->width(), 0);
    EXPECT_LE(note->geometry().right(), h.viewport());
    status->setCurrentIndex(0);
    EXPECT_GT(h.pane.view()->model()->rowCount(), 0);
    EXPECT_FALSE(note->isVisible());

    auto* filter = h.pane.findChild<QLineEdit*>(QStringLiteral("claimFilterLineEdit"));
    QTest::keyClicks(filter, QStringLiteral("zzqx"));
    EXPECT_TRUE(note->isVisible());
    filter->clear();
    EXPECT_FALSE(note->isVisible());

    // A case without claims is not "filtered out": the table is simply empty.
    h.document.close();
    EXPECT_EQ(h.pane.view()->model()->rowCount(), 0);
    EXPECT_FALSE(note->isVisible());
}
