// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A machine without fonts draws every glyph as a box and Qt says nothing; these tests say it.
#include "ui/document/CaseDocument.h"
#include "ui/panes/ReportPane.h"

#include <QApplication>
#include <QFontMetrics>
#include <QGlyphRun>
#include <QLabel>
#include <QTextEdit>
#include <QTextLayout>

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

TEST(Fonts, AnEmojiInAnArticleIsDrawnBySomeFontNotAsABox)
{
    // The Common Dreams seed's "🎙 PODCAST | ..." line: the reading font has no emoji, so a fallback font must
    // (fonts-noto-color-emoji, which scripts/install-deps installs and the package recommends).
    corrob::ui::CaseDocument document({QStringLiteral("test")});
    corrob::ui::ReportPane pane(document);
    auto* text = pane.findChild<QTextEdit*>(QStringLiteral("reportTextView"));
    ASSERT_NE(text, nullptr);
    for (const QString& emoji : {QStringLiteral("\U0001F399"), QStringLiteral("\U0001F600")}) {
        QTextLayout layout(emoji, text->font());
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        const QList<QGlyphRun> runs = layout.glyphRuns();
        ASSERT_FALSE(runs.isEmpty());
        bool drawn = false;
        for (const QGlyphRun& run : runs) {
            for (const quint32 glyph : run.glyphIndexes()) {
                drawn = drawn || glyph != 0; // glyph 0 is a font's "missing" box
            }
        }
        EXPECT_TRUE(drawn) << "no font draws U+" << std::hex << emoji.toUcs4().front();
    }
}
