// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A machine without fonts draws every glyph as a box and Qt says nothing; these tests say it.
#include "ui/document/CaseDocument.h"
#include "ui/panes/ReportPane.h"

#include <QApplication>
#include <QFontMetrics>
#include <QLabel>
#include <QTextEdit>

#include <gtest/gtest.h>

TEST(Fonts, TheApplicationFontHasLatinLetters)
{
    const QFontMetrics metrics(QApplication::font());
    for (const QChar c : QStringLiteral("AZaz09")) {
        EXPECT_TRUE(metrics.inFont(c)) << "no glyph for " << c.toLatin1();
    }
    EXPECT_GT(metrics.horizontalAdvance(QStringLiteral("Corroborate")), 0);
}

TEST(Fonts, TheReadingViewAndTitleHaveTheLettersOfTheSampleArticles)
{
    corrob::ui::CaseDocument document({QStringLiteral("test")});
    corrob::ui::ReportPane pane(document);
    auto* text = pane.findChild<QTextEdit*>(QStringLiteral("reportTextView"));
    auto* title = pane.findChild<QLabel*>(QStringLiteral("reportTitleLabel"));
    ASSERT_NE(text, nullptr);
    ASSERT_NE(title, nullptr);
    // Letters the seed articles use: Latin, accented (Agnès), typographic quotes and dashes.
    for (const QFont& font : {text->font(), title->font()}) {
        const QFontMetrics metrics(font);
        for (const QChar c : QStringLiteral("Aaè“”’–")) {
            EXPECT_TRUE(metrics.inFont(c)) << "no glyph for U+" << std::hex << int(c.unicode());
        }
    }
    // The reading text is set larger than the interface text.
    EXPECT_GT(QFontInfo(text->font()).pointSizeF(), QFontInfo(QApplication::font()).pointSizeF());
}
