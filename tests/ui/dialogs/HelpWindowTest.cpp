// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Help, inside the application and offline: F1 opens the manual, its links lead to the other pages in the same
// window (clicked as a user clicks them), and the licence is there in full.
#include "ui/dialogs/HelpWindow.h"
#include "tests/support/TestWindow.h"
#include "ui/MainWindow.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace corrob;

namespace {

// Where in the browser's document the first link to href starts, or -1.
int linkPosition(const QTextBrowser& browser, const QString& href)
{
    for (QTextBlock block = browser.document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().isAnchor() && fragment.charFormat().anchorHref() == href) {
                return fragment.position();
            }
        }
    }
    return -1;
}

// Scrolls the link into view and clicks its middle with the mouse.
void clickLink(QTextBrowser& browser, const QString& href)
{
    const int position = linkPosition(browser, href);
    ASSERT_GE(position, 0) << "no link to " << href.toStdString();
    QTextCursor cursor(browser.document());
    cursor.setPosition(position + 1);
    browser.setTextCursor(cursor);
    browser.ensureCursorVisible();
    const QRect rect = browser.cursorRect(cursor);
    QTest::mouseClick(browser.viewport(), Qt::LeftButton, {}, rect.center());
    test::SampleWindow::settle();
}

TEST(HelpWindow, F1OpensTheManualAndItsLinkLeadsToTheGradesPage)
{
    test::SampleWindow w;
    QTest::keyClick(w.window.get(), Qt::Key_F1);
    test::SampleWindow::settle();
    ui::HelpWindow* help = w.window->findChild<ui::HelpWindow*>(QStringLiteral("helpWindow"));
    ASSERT_NE(help, nullptr) << "F1 opens the help window";
    EXPECT_TRUE(help->isVisible());
    QTextBrowser* browser = help->browser();
    EXPECT_EQ(browser->source(), ui::HelpWindow::pageUrl(ui::HelpWindow::Page::Manual));
    const QString manual = browser->toPlainText();
    EXPECT_TRUE(manual.contains(QStringLiteral("independent sources")));
    EXPECT_TRUE(manual.contains(QStringLiteral("Ctrl+M"))) << "the keys";
    // This round's features are in it, with their keys.
    for (const char* words : {"Searching the case", "Ctrl+Shift+F", "Entities", "Suggestions", "Exporting and exchange",
                              "New versions of a report", "(Kyiv OR Kharkiv) NEAR/5 shelling"}) {
        EXPECT_TRUE(manual.contains(QString::fromUtf8(words))) << words;
    }
    // It fits on the screen it opens on.
    ASSERT_NE(help->screen(), nullptr);
    EXPECT_LE(help->height(), help->screen()->availableSize().height());

    clickLink(*browser, QStringLiteral("grades.html"));
    EXPECT_EQ(browser->source().fileName(), QStringLiteral("grades.html"));
    const QString grades = browser->toPlainText();
    for (const char* words : {"usually reliable", "probably true", "reliability cannot be judged",
                              "truth cannot be judged", "independent sources"}) {
        EXPECT_TRUE(grades.contains(QString::fromLatin1(words))) << words;
    }
    EXPECT_TRUE(help->isVisible()) << "the link stays in the window";

    auto* back = help->findChild<QPushButton*>(QStringLiteral("helpBackButton"));
    ASSERT_TRUE(back->isEnabled());
    QTest::mouseClick(back, Qt::LeftButton);
    EXPECT_EQ(browser->source().fileName(), QStringLiteral("manual.html"));
}

TEST(HelpWindow, TheLinkWithinAPageScrollsToItsSection)
{
    test::SampleWindow w;
    w.find<QAction>("manualAction")->trigger();
    QTextBrowser* browser = w.window->findChild<ui::HelpWindow*>(QStringLiteral("helpWindow"))->browser();
    browser->verticalScrollBar()->setValue(0);
    clickLink(*browser, QStringLiteral("#keys"));
    EXPECT_GT(browser->verticalScrollBar()->value(), 0) << "the Keys section is further down";
}

TEST(HelpWindow, WhatIsAB2AndTheLicenceAreInTheHelpMenu)
{
    test::SampleWindow w;
    w.find<QAction>("gradesHelpAction")->trigger();
    QTextBrowser* browser = w.window->findChild<ui::HelpWindow*>(QStringLiteral("helpWindow"))->browser();
    EXPECT_TRUE(browser->toPlainText().contains(QStringLiteral("What is a B2?")));

    w.find<QAction>("licenceAction")->trigger();
    const QString licence = browser->toPlainText();
    EXPECT_TRUE(licence.contains(QStringLiteral("GPL-3.0-or-later")));
    EXPECT_TRUE(licence.contains(QStringLiteral("GNU GENERAL PUBLIC LICENSE")));
    EXPECT_TRUE(licence.contains(QStringLiteral("END OF TERMS AND CONDITIONS"))) << "the whole text";
    EXPECT_TRUE(licence.contains(QStringLiteral("<https://www.gnu.org/licenses/>"))) << "escaped, not eaten as HTML";
}

TEST(HelpWindow, TheStartPageLeadsToTheManual)
{
    test::SampleWindow w;
    w.window->closeCase();
    QTest::mouseClick(w.find<QPushButton>("welcomeManualButton"), Qt::LeftButton);
    auto* help = w.window->findChild<ui::HelpWindow*>(QStringLiteral("helpWindow"));
    ASSERT_NE(help, nullptr);
    EXPECT_EQ(help->browser()->source().fileName(), QStringLiteral("manual.html"));
}

} // namespace
