// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The reading view on its own, with a text long enough that Qt lays it out in steps.
#include "ui/widgets/ReadingTextView.h"
#include "tests/support/TestPaths.h"

#include <QApplication>
#include <QFile>
#include <QScrollBar>
#include <QTest>
#include <QTextCursor>

#include <gtest/gtest.h>

using namespace corrob;

namespace {

// The five seed articles, ten times over: about 150 KB of real paragraphs.
QString longText()
{
    QString text;
    for (int round = 0; round < 10; ++round) {
        for (const QString& path : test::seedFiles()) {
            QFile file(path);
            EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
            text += QString::fromUtf8(file.readAll()) + u'\n';
        }
    }
    return text;
}

void settle()
{
    for (int pass = 0; pass < 3; ++pass) {
        QApplication::processEvents();
    }
}

int lineTopOf(const ui::ReadingTextView& view, int position)
{
    QTextCursor cursor(view.document());
    cursor.setPosition(position);
    return view.cursorRect(cursor).top();
}

} // namespace

TEST(ReadingTextView, KeepsTheLineAtTheTopOfALongTextWhenItReWraps)
{
    ui::ReadingTextView view;
    view.resize(900, 600);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.setReadingText(longText());
    settle();
    for (const double fraction : {0.8, 0.3, 0.97}) {
        QScrollBar* bar = view.verticalScrollBar();
        bar->setValue(int(bar->maximum() * fraction));
        settle();
        const QTextCursor top = view.cursorForPosition(QPoint(view.columnLeft(), 0));
        const int lineTop = view.cursorRect(top).top();
        EXPECT_EQ(view.topPosition(), top.position());
        for (const int width : {420, 1300, 900}) {
            view.resize(width, 600);
            settle();
            EXPECT_EQ(lineTopOf(view, top.position()), lineTop) << fraction << " of the way down, " << width << " wide";
            EXPECT_EQ(view.topPosition(), top.position());
        }
    }
}

TEST(ReadingTextView, ScrollsToAPlaceInANewTextBeforeItIsAllLaidOut)
{
    ui::ReadingTextView view;
    view.resize(700, 500);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const QString text = longText();
    view.setReadingText(text);
    // At once, as a pane does when it shows a report where the reader left it.
    const int place = int(text.size() * 0.9);
    view.scrollToPosition(place);
    settle();
    EXPECT_EQ(lineTopOf(view, place), 0);
    EXPECT_EQ(view.topPosition(), place);
}
