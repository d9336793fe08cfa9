// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The reading workbench driven as a user would: real widgets, offscreen, dialogs answered by FakePrompts, the
// case checked through CaseReader.
#include "core/case/Case.h"
#include "core/case/CaseReader.h"
#include "core/common/Hash.h"
#include "tests/support/FakePrompts.h"
#include "tests/support/RawSqlite.h"
#include "tests/support/TestWindow.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/ClaimActions.h"
#include "ui/MainWindow.h"
#include "ui/commands/ClaimCommands.h"
#include "ui/document/CaseDocument.h"
#include "ui/models/ClaimListModel.h"
#include "ui/models/ReportListModel.h"
#include "ui/panes/NotesPane.h"
#include "ui/panes/ReportPane.h"
#include "ui/panes/ReportPaneArea.h"
#include "ui/widgets/LinkCurveOverlay.h"
#include "ui/widgets/ReadingTextView.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QDrag>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

using namespace corrob;
using corrob::test::FakePrompts;
using corrob::ui::ReportPane;

namespace {

struct Workbench : test::SampleWindow
{
    QTableView* claimTable() const { return window->findChild<QTableView*>(QStringLiteral("claimTableView")); }

    // Selects the first occurrence of text in a pane, as a mouse drag over it would.
    void select(int paneIndex, const QString& text) const
    {
        const QTextCursor found = view(paneIndex)->document()->find(text);
        ASSERT_FALSE(found.isNull()) << text.toStdString();
        view(paneIndex)->setTextCursor(found);
        view(paneIndex)->setFocus(Qt::MouseFocusReason);
    }

    // The extra selections of a pane that mark claims, by claim id.
    static QList<QTextEdit::ExtraSelection> claimSelections(const ReportPane* pane, bool linkedOnly = false)
    {
        QList<QTextEdit::ExtraSelection> result;
        for (const auto& selection : pane->textView()->extraSelections()) {
            if (selection.format.hasProperty(ReportPane::kClaimIdProperty) &&
                (!linkedOnly || selection.format.boolProperty(ReportPane::kLinkedProperty))) {
                result.append(selection);
            }
        }
        return result;
    }

    void keys(const QKeySequence& sequence) const
    {
        QTest::keySequence(QApplication::focusWidget() ? QApplication::focusWidget() : window.get(), sequence);
        settle();
    }
};

} // namespace

TEST(Workbench, OpensTheSampleOnTwoSeedArticlesSideBySideWithClaimsAndLinkCurves)
{
    Workbench w;
    ASSERT_EQ(w.window->paneArea().panes().size(), 2);
    EXPECT_EQ(w.pane(0)->report(), w.document().reportSummaries().at(0).id);
    EXPECT_EQ(w.pane(1)->report(), w.document().reportSummaries().at(1).id);
    EXPECT_TRUE(w.pane(0)->isVisible());
    EXPECT_TRUE(w.pane(1)->isVisible());
    EXPECT_GT(w.pane(1)->x(), w.pane(0)->x() + w.pane(0)->width() / 2);
    EXPECT_EQ(Workbench::claimSelections(w.pane(0)).size(), 3);
    EXPECT_EQ(Workbench::claimSelections(w.pane(1)).size(), 3);
    EXPECT_EQ(w.view(0)->marginMarks().size(), 3);
    // Each highlight covers its claim's quote.
    for (const auto& selection : Workbench::claimSelections(w.pane(1))) {
        const ClaimId id{selection.format.property(ReportPane::kClaimIdProperty).toLongLong()};
        EXPECT_EQ(selection.cursor.selectedText(), w.document().cache().claim(id)->anchor.quote);
    }
    // Three links join the two panes. The panes open on the first linked pair, so at least one curve has both ends
    // in view, and every curve runs from the left pane to the right one.
    const auto curves = w.window->paneArea().overlay()->curves();
    ASSERT_FALSE(curves.isEmpty());
    const QRect left =
        w.view(0)->viewport()->rect().translated(w.view(0)->viewport()->mapTo(&w.window->paneArea(), QPoint(0, 0)));
    const QRect right =
        w.view(1)->viewport()->rect().translated(w.view(1)->viewport()->mapTo(&w.window->paneArea(), QPoint(0, 0)));
    EXPECT_TRUE(std::any_of(curves.cbegin(), curves.cend(),
                            [&](const auto& curve) { return left.contains(curve.from) && right.contains(curve.to); }));
    for (const auto& curve : curves) {
        EXPECT_LT(curve.from.x(), curve.to.x());
    }
}

TEST(Workbench, MarksSelectedTextAsAClaimAndUndoRedoRoundTrips)
{
    Workbench w;
    const QString words = QStringLiteral("Amnesty investigators interviewed 45 people");
    w.select(0, words);
    w.keys(QKeySequence(Qt::CTRL | Qt::Key_M));

    ASSERT_EQ(w.reader().claims().value().size(), 7u);
    const ClaimId id = w.document().selection().currentClaim();
    ASSERT_TRUE(id.isValid());
    EXPECT_EQ(w.reader().claim(id).value().anchor.quote, words);
    EXPECT_EQ(w.claimTable()->model()->rowCount(), 7);
    EXPECT_TRUE(w.find<QDockWidget>("inspectorDock")->isVisible());
    EXPECT_EQ(w.find<QPlainTextEdit>("claimStatementLineEdit")->toPlainText(), words);
    EXPECT_EQ(Workbench::claimSelections(w.pane(0)).size(), 4);
    auto headerLine = [&w] {
        return w.pane(0)->findChild<QLabel*>(QStringLiteral("reportMetaLabel"))->text();
    };
    EXPECT_TRUE(headerLine().endsWith(QStringLiteral("4\u00a0claims"))) << headerLine().toStdString(); // never split
    EXPECT_TRUE(w.prompts.errors.empty());

    w.keys(QKeySequence::Undo);
    EXPECT_EQ(w.reader().claims().value().size(), 6u);
    EXPECT_FALSE(w.reader().claim(id).ok());
    EXPECT_EQ(w.claimTable()->model()->rowCount(), 6);
    EXPECT_EQ(Workbench::claimSelections(w.pane(0)).size(), 3);
    EXPECT_TRUE(headerLine().endsWith(QStringLiteral("3\u00a0claims"))) << headerLine().toStdString();
    // The undone claim's neighbour in the Claims table was not picked: no claim is current, none scrolled to.
    EXPECT_FALSE(w.document().selection().currentClaim().isValid())
        << "current: claim " << w.document().selection().currentClaim().value;

    w.keys(QKeySequence::Redo);
    ASSERT_TRUE(w.reader().claim(id).ok());
    EXPECT_EQ(w.reader().claim(id).value().anchor.quote, words);
    EXPECT_EQ(w.claimTable()->model()->rowCount(), 7);

    w.keys(QKeySequence::Undo);
    w.keys(QKeySequence::Redo);
    EXPECT_EQ(w.reader().claims().value().size(), 7u);
    EXPECT_EQ(w.find<QWidget>("undoHistoryView")->findChild<QWidget*>() != nullptr, true);
    EXPECT_EQ(w.document().undoStack()->count(), 1);
}

TEST(Workbench, MarkingWithoutASelectionSaysWhatToDo)
{
    Workbench w;
    w.view(0)->setFocus();
    w.keys(QKeySequence(Qt::CTRL | Qt::Key_M));
    ASSERT_EQ(w.prompts.errors.size(), 1u);
    EXPECT_TRUE(w.prompts.errors.front().text.contains(QStringLiteral("Select the words")));
    EXPECT_EQ(w.reader().claims().value().size(), 6u);
}

TEST(Workbench, AnchorsClaimsInTheFullTextWhetherFurnitureIsHiddenOrShown)
{
    Workbench w;
    // A report whose page furniture (a navigation line and a newsletter prompt) is excluded from reading.
    const QString furniture1 = QStringLiteral("Skip to main content\nHome | World | Europe\n");
    const QString body1 =
        QStringLiteral("Kharkiv under fire\n\nShelling killed at least nine people on Monday, officials said.\n");
    const QString furniture2 = QStringLiteral("Sign up for our newsletter.\n");
    const QString body2 = QStringLiteral("Residents sheltered in metro stations overnight.\n");
    const QString text = furniture1 + body1 + furniture2 + body2;
    const QString path = w.dir.filePath(QStringLiteral("furniture.corrob"));
    {
        auto created = casefile::Case::create(path, QStringLiteral("Furniture"), {QStringLiteral("test")});
        ASSERT_TRUE(created.ok());
        model::NewReport report;
        report.original = text.toUtf8();
        report.sha256 = sha256Hex(QByteArrayView(report.original));
        report.workingText = text;
        report.metadata.title = QStringLiteral("Kharkiv under fire");
        report.provenance.importMethod = QStringLiteral("paste");
        report.provenance.capturedAt = utcNowIso();
        report.provenance.mediaType = QStringLiteral("text/plain");
        report.provenance.encoding = QStringLiteral("UTF-8");
        const qsizetype second = furniture1.size() + body1.size();
        report.excludedRanges = {{0, furniture1.size(), QStringLiteral("navigation")},
                                 {second, second + furniture2.size(), QStringLiteral("newsletter prompt")}};
        auto added = created.value()->addReport(report);
        ASSERT_TRUE(added.ok()) << added.error().toString().toStdString();
    }
    ASSERT_TRUE(w.window->openCase(path));
    const ReportId report = w.document().reportSummaries().at(0).id;
    ASSERT_EQ(w.pane(0)->report(), report);
    EXPECT_EQ(w.view(0)->toPlainText(), body1 + body2);

    const QString words = QStringLiteral("Residents sheltered in metro stations");
    w.select(0, words);
    w.keys(QKeySequence(Qt::CTRL | Qt::Key_M));
    const ClaimId id = w.document().selection().currentClaim();
    ASSERT_TRUE(id.isValid());
    const model::Claim claim = w.reader().claim(id).value();
    EXPECT_EQ(claim.anchor.start, text.indexOf(words)); // an offset of the FULL text, past both hidden ranges
    EXPECT_EQ(claim.anchor.quote, words);

    w.find<QAction>("showFurnitureAction")->trigger();
    EXPECT_TRUE(w.pane(0)->showsFurniture());
    EXPECT_EQ(w.view(0)->toPlainText(), text);
    bool greyed = false;
    bool found = false;
    for (const auto& selection : w.view(0)->extraSelections()) {
        if (selection.format.property(ReportPane::kClaimIdProperty).toLongLong() == id.value) {
            EXPECT_EQ(selection.cursor.selectedText(), words);
            found = true;
        } else if (selection.cursor.selectedText().startsWith(QStringLiteral("Sign up"))) {
            greyed = true;
        }
    }
    EXPECT_TRUE(found);
    EXPECT_TRUE(greyed) << "shown furniture is greyed";
    // Marking while furniture shows anchors the same way.
    w.select(0, QStringLiteral("Home | World"));
    w.keys(QKeySequence(Qt::CTRL | Qt::Key_M));
    EXPECT_EQ(w.reader().claim(w.document().selection().currentClaim()).value().anchor.start,
              text.indexOf(QStringLiteral("Home")));
}

TEST(Workbench, LinksTheCurrentClaimToAClaimPickedWithCtrlL)
{
    Workbench w;
    const ClaimId airstrikes = w.claimWith(QStringLiteral("Borodyanka"));
    const ClaimId bodies = w.claimWith(QStringLiteral("1,235"));
    w.clickClaimRow(airstrikes);
    ASSERT_EQ(w.document().selection().currentClaim(), airstrikes);
    w.prompts.linkChoices.push_back(ui::LinkChoice{bodies, model::LinkType::Corroborates});

    w.keys(QKeySequence(Qt::CTRL | Qt::Key_L));

    // Offered: the claims of the other reports only.
    EXPECT_EQ(w.prompts.offeredCandidates.size(), 3);
    const auto links = w.reader().linksOf(airstrikes).value();
    ASSERT_EQ(links.size(), 1u);
    EXPECT_EQ(links[0].to, bodies);
    EXPECT_EQ(links[0].type, model::LinkType::Corroborates);
    const LinkId id = links[0].id;

    w.keys(QKeySequence::Undo);
    EXPECT_TRUE(w.reader().linksOf(airstrikes).value().empty());
    w.keys(QKeySequence::Redo);
    ASSERT_EQ(w.reader().linksOf(airstrikes).value().size(), 1u);
    EXPECT_EQ(w.reader().linksOf(airstrikes).value()[0].id, id);
    w.keys(QKeySequence::Undo);
    w.keys(QKeySequence::Redo);
    EXPECT_EQ(w.reader().links().value().size(), 4u);
}

TEST(Workbench, DroppingAClaimOnAClaimInTheOtherPaneAsksTheTypeAndLinksThem)
{
    Workbench w;
    const ClaimId airstrikes = w.claimWith(QStringLiteral("Borodyanka"));
    const ClaimId denial = w.claimWith(QStringLiteral("denies"));
    w.pane(1)->revealClaim(denial);
    const QRect target = *w.pane(1)->claimRect(denial);
    const QPoint at(w.view(1)->columnLeft() + 20, target.top() + 4);
    ASSERT_EQ(w.pane(1)->claimAt(w.view(1)->cursorForPosition(at).position()), denial);
    w.prompts.linkTypes.push_back(model::LinkType::Contradicts);

    QMimeData mime;
    mime.setData(QStringLiteral("application/x-corroborate-claim"), QByteArray::number(airstrikes.value));
    QDragEnterEvent enter(at, Qt::LinkAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(w.view(1)->viewport(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::LinkAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(w.view(1)->viewport(), &drop);

    ASSERT_EQ(w.prompts.linkTypeQuestions.size(), 1);
    const auto links = w.reader().linksOf(airstrikes).value();
    ASSERT_EQ(links.size(), 1u);
    EXPECT_EQ(links[0].from, airstrikes);
    EXPECT_EQ(links[0].to, denial);
    EXPECT_EQ(links[0].type, model::LinkType::Contradicts);
    w.keys(QKeySequence::Undo);
    EXPECT_TRUE(w.reader().linksOf(airstrikes).value().empty());
}

TEST(Workbench, DraggingTheCurrentClaimCarriesItToLinkButDraggingOverAnotherClaimSelectsText)
{
    Workbench w;
    const ClaimId airstrikes = w.claimWith(QStringLiteral("Borodyanka"));
    w.document().selection().setCurrentClaim(airstrikes);
    w.pane(0)->revealClaim(airstrikes);
    Workbench::settle();
    QTextCursor inside = w.view(0)->document()->find(QStringLiteral("airstrikes on Borodyanka"));
    ASSERT_FALSE(inside.isNull());
    inside.setPosition(inside.selectionStart() + 3);
    const QPoint on = w.view(0)->cursorRect(inside).center();
    ASSERT_EQ(w.pane(0)->claimAt(w.view(0)->cursorForPosition(on).position()), airstrikes);
    const QPoint away = on + QPoint(QApplication::startDragDistance() + 30, 0);

    // The platform's drag may run its own event loop until the drop: look at the drag as it starts, then cancel it.
    QByteArray carried;
    QTimer::singleShot(0, w.pane(0), [&] {
        if (auto* drag = w.pane(0)->findChild<QDrag*>()) {
            carried = drag->mimeData()->data(QStringLiteral("application/x-corroborate-claim"));
        }
        QDrag::cancel();
    });
    QTest::mousePress(w.view(0)->viewport(), Qt::LeftButton, {}, on);
    QMouseEvent move(QEvent::MouseMove, QPointF(away), w.view(0)->viewport()->mapToGlobal(QPointF(away)), Qt::NoButton,
                     Qt::LeftButton, {});
    QApplication::sendEvent(w.view(0)->viewport(), &move);
    if (carried.isEmpty()) { // a drag that returned at once (no event loop): its QDrag is still there
        if (auto* drag = w.pane(0)->findChild<QDrag*>()) {
            carried = drag->mimeData()->data(QStringLiteral("application/x-corroborate-claim"));
        }
    }
    QTest::mouseRelease(w.view(0)->viewport(), Qt::LeftButton, {}, away);
    Workbench::settle();
    EXPECT_EQ(carried, QByteArray::number(airstrikes.value));
    EXPECT_FALSE(w.view(0)->textCursor().hasSelection()) << "the drag did not also select text";

    // The same gesture starting on a claim that is not current selects text instead.
    w.document().selection().setCurrentClaim(ClaimId());
    Workbench::settle();
    const int dragsBefore = int(w.pane(0)->findChildren<QDrag*>().size());
    QTest::mousePress(w.view(0)->viewport(), Qt::LeftButton, {}, on);
    QApplication::sendEvent(w.view(0)->viewport(), &move);
    QTest::mouseRelease(w.view(0)->viewport(), Qt::LeftButton, {}, away);
    EXPECT_EQ(int(w.pane(0)->findChildren<QDrag*>().size()), dragsBefore) << "no drag started";
    EXPECT_TRUE(w.view(0)->textCursor().hasSelection());
}

TEST(Workbench, DraggingAReportFromTheCaseListOntoAPaneShowsItThere)
{
    Workbench w;
    QTableView* list = w.find<QTableView>("reportListView");
    const QModelIndex row = list->model()->index(4, 0);
    const ReportId report{row.data(ui::ReportListModel::ReportIdRole).toLongLong()};
    ASSERT_TRUE(report.isValid());
    ASSERT_NE(w.pane(1)->report(), report);
    // What the list hands the drag, as QAbstractItemView::startDrag asks the model for it.
    std::unique_ptr<QMimeData> mime(list->model()->mimeData({row}));
    ASSERT_NE(mime, nullptr);
    ASSERT_TRUE(list->model()->flags(row) & Qt::ItemIsDragEnabled);

    const QPoint at = w.view(1)->viewport()->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(w.view(1)->viewport(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(w.view(1)->viewport(), &drop);

    EXPECT_EQ(w.pane(1)->report(), report);
    EXPECT_EQ(w.window->paneArea().currentPane(), w.pane(1)) << "the pane dropped on becomes current";
    EXPECT_NE(w.pane(0)->report(), report);

    // A report id the open case does not have is refused, and the pane keeps its report.
    QMimeData stranger;
    stranger.setData(QStringLiteral("application/x-corroborate-report"), QByteArrayLiteral("9999"));
    QDragEnterEvent enterStranger(at, Qt::CopyAction, &stranger, Qt::LeftButton, {});
    QApplication::sendEvent(w.view(0)->viewport(), &enterStranger);
    EXPECT_FALSE(enterStranger.isAccepted());
    QDropEvent dropStranger(QPointF(at), Qt::CopyAction, &stranger, Qt::LeftButton, {});
    const ReportId before = w.pane(0)->report();
    QApplication::sendEvent(w.view(0)->viewport(), &dropStranger);
    EXPECT_EQ(w.pane(0)->report(), before);
}

TEST(Workbench, ClickingALinkCurveSelectsItsLinkForTheInspector)
{
    Workbench w;
    const auto curves = w.window->paneArea().overlay()->curves();
    ASSERT_FALSE(curves.isEmpty()) << "the sample opens with linked claims side by side";
    // A curve whose left end no other curve shares (two links of one claim start at the same point).
    const auto alone = std::find_if(curves.cbegin(), curves.cend(), [&curves](const auto& c) {
        return std::count_if(curves.cbegin(), curves.cend(),
                             [&c](const auto& o) { return (o.from - c.from).manhattanLength() < 10; }) == 1;
    });
    ASSERT_NE(alone, curves.cend());
    const auto& curve = *alone;
    ASSERT_TRUE(w.document().cache().link(LinkId(curve.key)));
    // Its left end lies in the first pane's right margin, beside the text. Clicked as the window system would: the
    // click goes to whatever widget is there (the curves' layer takes it).
    QWidget* viewport = w.view(0)->viewport();
    const QPoint onCurve = viewport->mapFrom(&w.window->paneArea(), curve.from + QPoint(2, 0));
    ASSERT_TRUE(viewport->rect().contains(onCurve));
    QTest::mouseClick(w.window->windowHandle(), Qt::LeftButton, {}, viewport->mapTo(w.window.get(), onCurve));
    EXPECT_EQ(w.document().selection().currentLink(), LinkId(curve.key));
    EXPECT_TRUE(w.find<QWidget>("linkInspector")->isVisible()) << "the Inspector shows the link";
    Workbench::settle();
    const auto redrawn = w.window->paneArea().overlay()->curves();
    EXPECT_EQ(std::count_if(redrawn.cbegin(), redrawn.cend(), [](const auto& c) { return c.selected; }), 1);
    EXPECT_TRUE(std::any_of(redrawn.cbegin(), redrawn.cend(), [&curve](const auto& c) {
        return c.selected && c.key == curve.key;
    })) << "the selected link's curve stands out from the others";

    // A click in the text away from any curve is an ordinary click.
    w.document().selection().setCurrentLink(LinkId());
    const QPoint inText(w.view(0)->columnLeft() + 5, 5);
    QTest::mouseClick(w.window->windowHandle(), Qt::LeftButton, {}, viewport->mapTo(w.window.get(), inText));
    EXPECT_FALSE(w.document().selection().currentLink().isValid());
}

TEST(Workbench, SelectingAClaimHighlightsAndScrollsToItsLinkedClaimInTheOtherPane)
{
    Workbench w;
    w.window->resize(1100, 700); // short panes: the linked claims are out of view
    Workbench::settle();
    QScrollBar* bar = w.view(1)->verticalScrollBar();
    ASSERT_GT(bar->maximum(), 0);
    bar->setValue(bar->maximum());
    const ClaimId bodies = w.claimWith(QStringLiteral("1,235"));
    ASSERT_LT(w.pane(1)->claimRect(bodies)->top(), 0) << "the linked claim starts out of view";

    w.clickClaimRow(w.claimWith(QStringLiteral("22 unlawful killings")));
    Workbench::settle();

    // Both claims linked to it in the other pane stand out, and the first is scrolled into view.
    const auto linked = Workbench::claimSelections(w.pane(1), true);
    EXPECT_EQ(linked.size(), 2);
    for (const auto& selection : linked) {
        EXPECT_EQ(selection.format.underlineStyle(), QTextCharFormat::SingleUnderline);
    }
    EXPECT_LT(bar->value(), bar->maximum());
    const QRect rect = w.view(1)->cursorRect(linked.front().cursor);
    EXPECT_TRUE(w.view(1)->viewport()->rect().intersects(rect));
    // A curve of the current claim is drawn emphasised.
    const auto curves = w.window->paneArea().overlay()->curves();
    EXPECT_TRUE(std::any_of(curves.cbegin(), curves.cend(), [](const auto& c) { return c.emphasised; }));
}

TEST(Workbench, RevealingAClaimShowsAllOfItWithNoHalfLineAtTheTop)
{
    Workbench w;
    w.window->resize(1000, 640); // narrow, short panes: a claim wraps over several lines
    Workbench::settle();
    for (const model::Claim& claim : w.document().cache().claimsOf(w.pane(0)->report())) {
        QScrollBar* bar = w.view(0)->verticalScrollBar();
        bar->setValue(bar->maximum());
        w.pane(0)->revealClaim(claim.id);
        const QRect rect = *w.pane(0)->claimRect(claim.id);
        const int line = w.view(0)->fontMetrics().lineSpacing();
        EXPECT_GE(rect.top(), 0) << claim.statement.toStdString();
        EXPECT_LE(rect.bottom() + line, w.view(0)->viewport()->height()) << claim.statement.toStdString();
        const QTextCursor top = w.view(0)->cursorForPosition(QPoint(w.view(0)->columnLeft(), 1));
        EXPECT_GE(w.view(0)->cursorRect(top).top(), 0) << "the first line shown is whole";
    }
}

TEST(Workbench, ClickingAClaimInTheTextMakesItCurrent)
{
    Workbench w;
    const ClaimId bodies = w.claimWith(QStringLiteral("1,235"));
    w.pane(1)->revealClaim(bodies);
    const QRect rect = *w.pane(1)->claimRect(bodies);
    const QTextCursor start = [&] {
        QTextCursor c(w.view(1)->document());
        c.setPosition(int(w.pane(1)->offsetMap().toDisplay(w.document().cache().claim(bodies)->anchor.start)) + 2);
        return c;
    }();
    QTest::mouseClick(w.view(1)->viewport(), Qt::LeftButton, {}, w.view(1)->cursorRect(start).center());
    EXPECT_EQ(w.document().selection().currentClaim(), bodies) << rect.top();
    EXPECT_EQ(w.claimTable()->currentIndex().data(ui::ClaimListModel::ClaimIdRole).toLongLong(), bodies.value);
}

TEST(Workbench, FiltersTheClaimsTable)
{
    Workbench w;
    auto* filter = w.find<QLineEdit>("claimFilterLineEdit");
    QTest::keyClicks(filter, QStringLiteral("callamard"));
    EXPECT_EQ(w.claimTable()->model()->rowCount(), 2);
    filter->clear();
    auto* reports = w.find<QComboBox>("claimReportFilterComboBox");
    reports->setCurrentIndex(reports->findText(w.document().reportTitle(w.document().reportSummaries().at(0).id)));
    EXPECT_EQ(w.claimTable()->model()->rowCount(), 3);
    reports->setCurrentIndex(0);
    EXPECT_EQ(w.claimTable()->model()->rowCount(), 6);
}

TEST(Workbench, TheClaimsTableKeepsItsSelectionAndScrollPositionAcrossEdits)
{
    Workbench w;
    // Enough claims that the table scrolls: short spans along the first report.
    const ReportId report = w.document().reportSummaries().at(0).id;
    const auto beside = test::openBeside(w.document());
    for (int i = 0; i < 80; ++i) {
        casefile::ClaimDraft draft;
        draft.report = report;
        draft.start = 300 + i * 12;
        draft.end = *draft.start + 10;
        casefile::AddClaim add(draft);
        ASSERT_TRUE(add.apply(*beside).ok());
    }
    ASSERT_TRUE(w.document().reloadReports().ok());
    Workbench::settle();
    QTableView* table = w.claimTable();
    QScrollBar* scroll = table->verticalScrollBar();
    ASSERT_GT(scroll->maximum(), 10);
    const ClaimId bodies = w.claimWith(QStringLiteral("1,235"));
    w.clickClaimRow(bodies);
    ASSERT_EQ(w.document().selection().currentClaim(), bodies);
    // The user scrolls away from the selected row, then edits: marks a claim, changes one, links two.
    scroll->setValue(scroll->value() > scroll->maximum() / 2 ? 1 : scroll->maximum() - 1);
    const int scrolled = scroll->value();
    auto selectedClaim = [table] {
        const QModelIndexList rows = table->selectionModel()->selectedRows();
        return rows.size() == 1 ? ClaimId(rows.first().data(ui::ClaimListModel::ClaimIdRole).toLongLong()) : ClaimId();
    };
    casefile::ClaimDraft draft;
    draft.report = report;
    draft.start = 200;
    draft.end = 220;
    ASSERT_TRUE(w.document().execute(std::make_unique<ui::AddClaimCommand>(w.document(), draft)).ok());
    casefile::ClaimChanges changes;
    changes.statement = QStringLiteral("At least 1,235 bodies found");
    ASSERT_TRUE(w.document().execute(std::make_unique<ui::EditClaimCommand>(w.document(), bodies, changes)).ok());
    const ClaimId other = w.document().cache().claims().back().id;
    ASSERT_TRUE(w.document()
                    .execute(std::make_unique<ui::LinkClaimsCommand>(w.document(), bodies, other,
                                                                     model::LinkType::Corroborates))
                    .ok());
    w.document().undoStack()->undo();
    Workbench::settle();
    EXPECT_EQ(selectedClaim(), bodies);
    EXPECT_EQ(w.document().selection().currentClaim(), bodies);
    EXPECT_EQ(scroll->value(), scrolled);
}

TEST(Workbench, TheClaimsTableMarksAnOrphanedClaimAndFiltersByStatus)
{
    Workbench w;
    const ClaimId killings = w.claimWith(QStringLiteral("22 unlawful killings"));
    const QString path = w.document().path();
    w.window->closeCase();
    // As the re-anchoring of a new report version leaves a claim it could not place.
    test::rawExec(path, QStringLiteral("UPDATE claims SET orphaned = 1 WHERE id = %1").arg(killings.value));
    ASSERT_TRUE(w.window->openCase(path));
    Workbench::settle();
    auto* status = w.find<QComboBox>("claimStatusFilterComboBox");
    status->setCurrentIndex(status->findText(QStringLiteral("Orphaned")));
    QTableView* table = w.claimTable();
    ASSERT_EQ(table->model()->rowCount(), 1);
    const QModelIndex orphan = table->model()->index(0, ui::ClaimListModel::StatementColumn);
    EXPECT_EQ(orphan.data(ui::ClaimListModel::ClaimIdRole).toLongLong(), killings.value);
    EXPECT_TRUE(orphan.data(Qt::FontRole).value<QFont>().italic());
    EXPECT_TRUE(orphan.data(Qt::ToolTipRole).toString().contains(QStringLiteral("could not be placed")));
    status->setCurrentIndex(status->findText(QStringLiteral("Placed")));
    EXPECT_EQ(table->model()->rowCount(), 5);
    status->setCurrentIndex(0);
    EXPECT_EQ(table->model()->rowCount(), 6);
}

TEST(Workbench, F8AndShiftF8MoveBetweenClaimsOfTheCurrentPane)
{
    Workbench w;
    w.view(0)->setFocus();
    w.keys(QKeySequence(Qt::Key_F8));
    const ClaimId first = w.document().selection().currentClaim();
    ASSERT_TRUE(first.isValid());
    EXPECT_EQ(w.document().cache().claim(first)->report, w.pane(0)->report());
    w.keys(QKeySequence(Qt::Key_F8));
    const ClaimId second = w.document().selection().currentClaim();
    EXPECT_NE(second, first);
    EXPECT_GT(w.document().cache().claim(second)->anchor.start, w.document().cache().claim(first)->anchor.start);
    w.keys(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    EXPECT_EQ(w.document().selection().currentClaim(), first);
}

TEST(Workbench, CtrlFFindsInTheFocusedPane)
{
    Workbench w;
    w.view(1)->setFocus();
    w.keys(QKeySequence::Find);
    auto* find = w.pane(1)->findChild<QLineEdit*>(QStringLiteral("findInReportLineEdit"));
    ASSERT_NE(find, nullptr);
    EXPECT_TRUE(find->isVisible());
    EXPECT_EQ(QApplication::focusWidget(), find);
    QTest::keyClicks(find, QStringLiteral("Pavlyuk"));
    QTest::keyClick(find, Qt::Key_Return);
    EXPECT_EQ(w.view(1)->textCursor().selectedText(), QStringLiteral("Pavlyuk"));
    QTest::keyClick(find, Qt::Key_Escape);
    EXPECT_FALSE(find->isVisible());
}

TEST(Workbench, AddsAndClosesPanesBetweenTwoAndFour)
{
    Workbench w;
    auto* add = w.find<QAction>("addPaneAction");
    auto* close = w.find<QAction>("closePaneAction");
    EXPECT_FALSE(close->isEnabled());
    add->trigger();
    add->trigger();
    EXPECT_EQ(w.window->paneArea().panes().size(), 4);
    EXPECT_FALSE(add->isEnabled());
    EXPECT_EQ(w.window->paneArea().currentPane(), w.pane(3));
    // The Case list opens reports in the current pane (Enter or a double-click).
    auto* list = w.window->findChild<QTableView*>(QStringLiteral("reportListView"));
    list->selectRow(4);
    QTest::keyClick(list, Qt::Key_Return);
    EXPECT_EQ(w.pane(3)->report(), w.document().reportSummaries().at(4).id);
    close->trigger();
    close->trigger();
    close->trigger();
    EXPECT_EQ(w.window->paneArea().panes().size(), 2);
}

TEST(Workbench, InspectorChangesAreUndoable)
{
    Workbench w;
    const ClaimId bodies = w.claimWith(QStringLiteral("1,235"));
    w.clickClaimRow(bodies);
    auto* grade = w.find<QComboBox>("claimCredibilityComboBox");
    ASSERT_TRUE(grade->isVisible());
    grade->setCurrentIndex(grade->findData(2));
    Q_EMIT grade->activated(grade->currentIndex());
    EXPECT_EQ(w.reader().claim(bodies).value().credibility, 2);
    auto* source = w.find<QComboBox>("claimSourceComboBox");
    source->setFocus();
    source->lineEdit()->selectAll();
    QTest::keyClicks(source->lineEdit(), QStringLiteral("Kyiv regional administration"));
    QTest::keyClick(source->lineEdit(), Qt::Key_Return);
    Workbench::settle();
    EXPECT_EQ(w.reader().source(w.reader().claim(bodies).value().source).value().name,
              QStringLiteral("Kyiv regional administration"));
    w.document().undoStack()->undo();
    EXPECT_EQ(w.reader().source(w.reader().claim(bodies).value().source).value().name,
              QStringLiteral("Oleksandr Pavlyuk"));
    w.document().undoStack()->undo();
    EXPECT_EQ(w.reader().claim(bodies).value().credibility, 0);
    EXPECT_EQ(grade->currentData().toInt(), 0);
}

TEST(Workbench, RemembersTheDockLayoutBetweenRuns)
{
    Workbench w;
    auto* analysis = w.find<QDockWidget>("analysisDock");
    ASSERT_TRUE(analysis->isVisible());
    analysis->close();
    w.reopen();
    ASSERT_TRUE(w.window->openSampleCase());
    EXPECT_FALSE(w.find<QDockWidget>("analysisDock")->isVisible());
    EXPECT_TRUE(w.find<QDockWidget>("claimsDock")->isVisible());
    // And whether page furniture is shown.
    EXPECT_FALSE(w.find<QAction>("showFurnitureAction")->isChecked());
    w.find<QAction>("showFurnitureAction")->trigger();
    w.reopen();
    EXPECT_TRUE(w.find<QAction>("showFurnitureAction")->isChecked());
    ASSERT_TRUE(w.window->openSampleCase());
    EXPECT_TRUE(w.pane(0)->showsFurniture());
}

TEST(Workbench, TheAnalysisDockShowsIndependentSourcesAndConflicts)
{
    Workbench w;
    w.clickClaimRow(w.claimWith(QStringLiteral("22 unlawful killings")));
    const QString shown = w.find<QTextEdit>("claimAnalysisTextBrowser")->toPlainText();
    EXPECT_TRUE(shown.contains(QStringLiteral("2 independent sources"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("Oleksandr Pavlyuk")));
    EXPECT_TRUE(shown.contains(QStringLiteral("Contradicted by")));
    const QAbstractItemModel* conflicts = w.find<QListView>("conflictListView")->model();
    ASSERT_EQ(conflicts->rowCount(), 1);
    EXPECT_TRUE(conflicts->index(0, 0).data().toString().contains(QStringLiteral("22 unlawful killings")));
}

TEST(Workbench, PickingAClaimOfAReportNoPaneShowsOpensItInTheCurrentPane)
{
    Workbench w;
    casefile::ClaimDraft draft;
    draft.report = w.document().reportSummaries().at(3).id;
    draft.quote = QStringLiteral("cluster munitions");
    ASSERT_TRUE(w.document().execute(std::make_unique<ui::AddClaimCommand>(w.document(), draft)).ok());
    const ClaimId claim = w.document().cache().claims().back().report == draft.report
                              ? w.document().cache().claims().back().id
                              : w.claimWith(QStringLiteral("cluster"));
    ASSERT_TRUE(claim.isValid());
    w.pane(1)->textView()->setFocus();
    w.keys(QKeySequence(Qt::Key_F6)); // wraps to the first pane
    EXPECT_EQ(w.window->paneArea().currentPane(), w.pane(0));
    w.keys(QKeySequence(Qt::Key_F6));
    EXPECT_EQ(w.window->paneArea().currentPane(), w.pane(1));
    EXPECT_EQ(QApplication::focusWidget(), w.view(1));

    w.clickClaimRow(claim);

    EXPECT_EQ(w.pane(1)->report(), draft.report);
    EXPECT_TRUE(w.pane(1)->showsClaim(claim));
    EXPECT_EQ(w.pane(0)->report(), w.document().reportSummaries().at(0).id);
}

TEST(Workbench, HoveringAClaimShowsItsStatementSourceAndGrade)
{
    Workbench w;
    const ClaimId denial = w.claimWith(QStringLiteral("denies"));
    w.pane(1)->revealClaim(denial);
    QTextCursor inside(w.view(1)->document());
    inside.setPosition(int(w.pane(1)->offsetMap().toDisplay(w.document().cache().claim(denial)->anchor.start)) + 3);
    const QPoint at = w.view(1)->cursorRect(inside).center();
    QHelpEvent help(QEvent::ToolTip, at, w.view(1)->viewport()->mapToGlobal(at));
    QApplication::sendEvent(w.view(1)->viewport(), &help);
    const QString tip = QToolTip::text();
    EXPECT_TRUE(tip.contains(QStringLiteral("Russia hits only military targets"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Russian Ministry of Defence")));
    EXPECT_TRUE(tip.contains(QStringLiteral("5 — improbable")));
    EXPECT_TRUE(tip.contains(QStringLiteral("denial")));
    QToolTip::hideText();
}

TEST(Workbench, InspectorShowsTheSelectedLinkAndRemovesItUndoably)
{
    Workbench w;
    const ClaimId killings = w.claimWith(QStringLiteral("22 unlawful killings"));
    w.clickClaimRow(killings);
    auto* links = w.find<QListWidget>("claimLinksListWidget");
    ASSERT_EQ(links->count(), 2);
    int contradicts = -1;
    for (int row = 0; row < links->count(); ++row) {
        if (links->item(row)->text().startsWith(QStringLiteral("contradicts"))) {
            contradicts = row;
        }
    }
    ASSERT_GE(contradicts, 0);
    QTest::mouseClick(links->viewport(), Qt::LeftButton, {}, links->visualItemRect(links->item(contradicts)).center());
    ASSERT_TRUE(w.document().selection().currentLink().isValid());
    EXPECT_TRUE(w.find<QLabel>("linkTitleLabel")->text().contains(QStringLiteral("contradicts")));
    const model::Link* shown = w.document().cache().link(w.document().selection().currentLink());
    ASSERT_NE(shown, nullptr);
    const QString ends = w.find<QLabel>("linkFromLabel")->text() + w.find<QLabel>("linkToLabel")->text();
    EXPECT_TRUE(ends.contains(w.document()
                                  .cache()
                                  .claim(shown->from == killings ? shown->to : shown->from)
                                  ->anchor.quote.simplified()
                                  .left(20)
                                  .toHtmlEscaped()))
        << ends.toStdString();
    EXPECT_EQ(w.find<QDoubleSpinBox>("linkConfidenceSpinBox")->text(), QStringLiteral("not given"));

    QTest::mouseClick(w.find<QPushButton>("removeLinkPushButton"), Qt::LeftButton);
    EXPECT_EQ(w.reader().linksOf(killings).value().size(), 1u);
    EXPECT_EQ(links->count(), 1);
    EXPECT_TRUE(w.find<QWidget>("claimInspector")->isVisible()) << "the claim again, once its link is gone";
    w.document().undoStack()->undo();
    EXPECT_EQ(w.reader().linksOf(killings).value().size(), 2u);
    EXPECT_EQ(links->count(), 2);
}

TEST(Workbench, NotesAddedInTheInspectorAppearInTheNotesDock)
{
    Workbench w;
    const ClaimId bodies = w.claimWith(QStringLiteral("1,235"));
    w.clickClaimRow(bodies);
    auto* note = w.find<QLineEdit>("claimNoteLineEdit");
    QTest::keyClicks(note, QStringLiteral("Check against the OHCHR count"));
    QTest::keyClick(note, Qt::Key_Return);
    EXPECT_TRUE(w.find<QLabel>("claimNotesLabel")->text().contains(QStringLiteral("OHCHR")));
    auto* notes = w.find<QTreeWidget>("notesTreeWidget");
    ASSERT_EQ(notes->topLevelItemCount(), 1);
    EXPECT_EQ(notes->topLevelItem(0)->text(0), QStringLiteral("Check against the OHCHR count"));
    w.document().undoStack()->undo();
    EXPECT_EQ(notes->topLevelItemCount(), 0);
}

TEST(Workbench, TheEmptyNotesDockSaysWhereNotesComeFrom)
{
    Workbench w;
    QTest::keyClick(w.window.get(), Qt::Key_7, Qt::AltModifier); // the Notes dock, in front
    auto* notes = w.find<ui::NotesPane>("notesTreeWidget");
    test::SampleWindow::settle();
    ASSERT_TRUE(notes->isVisible());
    ASSERT_EQ(notes->topLevelItemCount(), 0);
    EXPECT_TRUE(notes->placeholderText().contains(QStringLiteral("Inspector")));
    // The hint is drawn: the empty list is not a blank box.
    const QImage shown = notes->viewport()->grab().toImage();
    const QRgb base = notes->palette().color(QPalette::Base).rgb();
    int written = 0;
    for (int y = 0; y < shown.height(); ++y) {
        for (int x = 0; x < shown.width(); ++x) {
            written += shown.pixel(x, y) != base ? 1 : 0;
        }
    }
    EXPECT_GT(written, 50);
}
