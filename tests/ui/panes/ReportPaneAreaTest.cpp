// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The report panes side by side: the reader keeps their place when the panes change width, and the curves between
// them answer the mouse all along their length.
#include "ui/panes/ReportPaneArea.h"
#include "core/model/Vocabulary.h"
#include "tests/support/TestWindow.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/document/CaseDocument.h"
#include "ui/panes/ReportPane.h"
#include "ui/widgets/LinkCurveOverlay.h"
#include "ui/widgets/ReadingTextView.h"

#include <QApplication>
#include <QHelpEvent>
#include <QScrollBar>
#include <QTest>
#include <QTextCursor>
#include <QToolTip>
#include <QWheelEvent>

#include <gtest/gtest.h>

using namespace corrob;
using Curve = ui::LinkCurveOverlay::Curve;

namespace {

// Where a reader is in a pane: the first character of the line at the top edge, and how far that line's top is
// from the edge (0 or less: part of it may be scrolled away).
struct Place
{
    int position = 0;
    int lineTop = 0;
};

Place placeIn(const ui::ReadingTextView& view)
{
    const QTextCursor top = view.cursorForPosition(QPoint(view.columnLeft(), 0));
    return {top.position(), view.cursorRect(top).top()};
}

// How far the line holding position is from the top edge of view now.
int lineTopOf(const ui::ReadingTextView& view, int position)
{
    QTextCursor cursor(view.document());
    cursor.setPosition(position);
    return view.cursorRect(cursor).top();
}

struct AreaWindow : test::SampleWindow
{
    [[nodiscard]] ui::ReportPaneArea& area() const { return window->paneArea(); }
    [[nodiscard]] ui::LinkCurveOverlay& overlay() const { return *area().overlay(); }

    // Scrolls pane i with its scroll bar to a fraction of the way down and returns where the reader is then.
    [[nodiscard]] Place scrollTo(int i, double fraction) const
    {
        QScrollBar* bar = view(i)->verticalScrollBar();
        bar->setValue(int(bar->maximum() * fraction));
        settle();
        return placeIn(*view(i));
    }

    // Clicks at a point of the pane area as the window system would: the click goes to whatever widget is there.
    void clickInArea(const QPoint& point) const
    {
        QTest::mouseClick(window->windowHandle(), Qt::LeftButton, {}, area().mapTo(window.get(), point));
        settle();
    }
};

} // namespace

TEST(ReportPaneArea, KeepsTheLineAtTheTopWhenThePanesAreResizedAddedOrClosed)
{
    AreaWindow w;
    const Place left = w.scrollTo(0, 0.55);
    const Place right = w.scrollTo(1, 0.35);
    ASSERT_GT(left.position, 0);
    ASSERT_GT(right.position, 0);
    const int leftBar = w.view(0)->verticalScrollBar()->value();
    auto expectInPlace = [&](const char* after) {
        EXPECT_EQ(lineTopOf(*w.view(0), left.position), left.lineTop) << after;
        EXPECT_EQ(lineTopOf(*w.view(1), right.position), right.lineTop) << after;
        EXPECT_EQ(w.pane(0)->topTextPosition(), w.pane(0)->offsetMap().toFull(left.position)) << after;
    };

    // A narrower window: the text re-wraps into more lines, so the same scroll bar value would show other text.
    w.window->resize(1150, 940);
    test::SampleWindow::settle();
    ASSERT_NE(w.view(0)->verticalScrollBar()->value(), leftBar) << "the text re-wrapped above the reader's line";
    expectInPlace("a narrower window");
    w.window->resize(1500, 940);
    test::SampleWindow::settle();
    expectInPlace("the window as wide as before");

    QTest::keySequence(w.window.get(), QKeySequence(Qt::CTRL | Qt::Key_T));
    test::SampleWindow::settle();
    ASSERT_EQ(w.area().panes().size(), 3);
    expectInPlace("a third pane (Ctrl+T)");
    QTest::keySequence(w.window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    test::SampleWindow::settle();
    ASSERT_EQ(w.area().panes().size(), 2);
    expectInPlace("the third pane closed");

    // Scrolling is the reader's: the new place is the one kept from then on.
    const Place later = w.scrollTo(0, 0.2);
    w.window->resize(1200, 900);
    test::SampleWindow::settle();
    EXPECT_EQ(lineTopOf(*w.view(0), later.position), later.lineTop);
}

TEST(ReportPaneArea, KeepsThePlaceSetForAPaneBeforeItIsLaidOutAgain)
{
    AreaWindow w;
    // As a restored session or a change of page furniture does: a text offset put at the top, then a re-wrap.
    const qsizetype middle = w.pane(0)->offsetMap().fullLength() / 2;
    w.pane(0)->scrollToTextPosition(middle);
    const int display = int(w.pane(0)->offsetMap().toDisplay(middle));
    EXPECT_EQ(lineTopOf(*w.view(0), display), 0);
    w.window->resize(1100, 800);
    test::SampleWindow::settle();
    EXPECT_EQ(lineTopOf(*w.view(0), display), 0);
    EXPECT_EQ(w.pane(0)->topTextPosition(), middle);
}

TEST(ReportPaneArea, AClickAnywhereAlongALinkCurveSelectsItsLink)
{
    AreaWindow w;
    const QRect leftPort(w.view(0)->viewport()->mapTo(&w.area(), QPoint(0, 0)), w.view(0)->viewport()->size());
    const QRect rightPort(w.view(1)->viewport()->mapTo(&w.area(), QPoint(0, 0)), w.view(1)->viewport()->size());
    const auto curves = w.overlay().curves();
    // A curve with both ends in view, whose middle no other curve passes near.
    const auto alone = std::find_if(curves.cbegin(), curves.cend(), [&](const Curve& c) {
        const QPoint middle = ui::LinkCurveOverlay::pathOf(c).pointAtPercent(0.5).toPoint();
        return leftPort.contains(c.from) && rightPort.contains(c.to) &&
               std::none_of(curves.cbegin(), curves.cend(), [&](const Curve& o) {
                   return o.key != c.key &&
                          (ui::LinkCurveOverlay::pathOf(o).pointAtPercent(0.5).toPoint() - middle).manhattanLength() <
                              20;
               });
    });
    ASSERT_NE(alone, curves.cend()) << "the sample opens on linked claims side by side";
    const Curve curve = *alone;
    const model::Link* link = w.document().cache().link(LinkId(curve.key));
    ASSERT_NE(link, nullptr);
    const QPainterPath path = ui::LinkCurveOverlay::pathOf(curve);

    // Between the panes, over the scroll bar and the splitter handle, the mouse reaches the curve: the pointer is a
    // hand and the tooltip names the link.
    const QPoint middle = path.pointAtPercent(0.5).toPoint();
    EXPECT_EQ(w.area().childAt(middle), &w.overlay());
    EXPECT_EQ(w.overlay().cursor().shape(), Qt::PointingHandCursor);
    QHelpEvent help(QEvent::ToolTip, middle, w.area().mapToGlobal(middle));
    QApplication::sendEvent(&w.overlay(), &help);
    EXPECT_TRUE(QToolTip::text().contains(model::linkTypeName(link->type))) << QToolTip::text().toStdString();
    QToolTip::hideText();

    for (const qreal along : {0.5, 0.3, 0.7}) {
        w.document().selection().setCurrentLink(LinkId());
        // A few pixels off the line still hits it.
        w.clickInArea(path.pointAtPercent(along).toPoint() + QPoint(0, 3));
        EXPECT_EQ(w.document().selection().currentLink(), LinkId(curve.key))
            << "clicked " << along << " of the way along";
    }
    EXPECT_TRUE(w.find<QWidget>("linkInspector")->isVisible()) << "the Inspector shows the link";
    const auto redrawn = w.overlay().curves();
    EXPECT_TRUE(std::any_of(redrawn.cbegin(), redrawn.cend(),
                            [&curve](const Curve& c) { return c.selected && c.key == curve.key; }));

    // Off the curves, the mouse reaches the text: a click there is an ordinary click.
    const QPoint inText(leftPort.left() + w.view(0)->columnLeft() + 5, leftPort.top() + 5);
    EXPECT_NE(w.area().childAt(inText), &w.overlay());
    w.document().selection().setCurrentLink(LinkId());
    w.clickInArea(inText);
    EXPECT_FALSE(w.document().selection().currentLink().isValid());
}

TEST(ReportPaneArea, TheWheelOverACurveScrollsThePaneBeneathIt)
{
    AreaWindow w;
    const auto curves = w.overlay().curves();
    ASSERT_FALSE(curves.isEmpty());
    // Near its left end the curve lies over the left pane's right margin.
    const QPoint onCurve = ui::LinkCurveOverlay::pathOf(curves.first()).pointAtPercent(0.05).toPoint();
    ASSERT_EQ(w.area().childAt(onCurve), &w.overlay());
    QScrollBar* bar = w.view(0)->verticalScrollBar();
    bar->setValue(bar->maximum() / 2);
    const int before = bar->value();
    QWheelEvent wheel(QPointF(onCurve), QPointF(w.area().mapToGlobal(onCurve)), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&w.overlay(), &wheel);
    EXPECT_GT(bar->value(), before);
}
