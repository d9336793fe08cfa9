// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The "Link to…" dialog as an investigator uses it: reading whole candidates and searching them.
#include "ui/dialogs/LinkClaimDialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QTest>

#include <gtest/gtest.h>

using namespace corrob;

namespace {

QList<ui::LinkCandidate> candidates()
{
    return {
        {ClaimId(1), QStringLiteral("“All those responsible, up the chain of command, must be brought to justice” — "
                                    "Agnès Callamard (#2 · Fox News)")},
        {ClaimId(2), QStringLiteral("“At least 1,235 civilian bodies found in the Kyiv region” — Oleksandr Pavlyuk "
                                    "(#2 · Fox News)")},
        {ClaimId(3), QStringLiteral("“Russia hits only military targets and denies war crimes” — Russian Ministry of "
                                    "Defence (#3 · Al Jazeera)")},
    };
}

QList<int> shownClaims(const QListWidget& list)
{
    QList<int> shown;
    for (int row = 0; row < list.count(); ++row) {
        if (!list.item(row)->isHidden()) {
            shown << list.item(row)->data(Qt::UserRole).toInt();
        }
    }
    return shown;
}

} // namespace

TEST(LinkClaimDialog, ShowsWholeCandidatesWithoutHorizontalScrollingAndTheirFullTextInTooltips)
{
    ui::LinkClaimDialog dialog(QStringLiteral("“22 unlawful killings”"), candidates());
    dialog.resize(420, 360); // narrower than any label
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QApplication::processEvents();
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("linkCandidateListWidget"));
    ASSERT_NE(list, nullptr);
    EXPECT_FALSE(list->horizontalScrollBar()->isVisible());
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem* item = list->item(row);
        EXPECT_EQ(item->toolTip(), item->text());
        // Wrapped onto more lines, inside the list's width: the source and report at the end stay in view.
        const QRect rect = list->visualItemRect(item);
        EXPECT_LE(rect.right(), list->viewport()->rect().right());
        EXPECT_GT(rect.height(), list->fontMetrics().height() * 3 / 2) << item->text().toStdString();
    }
}

TEST(LinkClaimDialog, NamesTheClaimItLinksFromAsWrittenWithoutHtmlEntities)
{
    // A statement that quotes someone, with an ampersand and an angle bracket: shown as written, not as HTML.
    const QString from = QStringLiteral("“\"The Russian military & its <allies> killed civilians\" — Amnesty” "
                                        "(#1 · Amnesty International)");
    ui::LinkClaimDialog dialog(from, candidates());
    auto* label = dialog.findChild<QLabel*>(QStringLiteral("linkFromLabel"));
    ASSERT_NE(label, nullptr);
    EXPECT_EQ(label->text(), QStringLiteral("Link %1 to:").arg(from));
    EXPECT_FALSE(label->text().contains(QStringLiteral("&quot;")));
    EXPECT_FALSE(label->text().contains(QStringLiteral("&amp;")));
    // Shown as the plain text it is: a label left to guess would take "<allies>"-like text for markup.
    EXPECT_EQ(label->textFormat(), Qt::PlainText);
}

TEST(LinkClaimDialog, SearchIgnoresCaseAndAccentsAndNeedsEveryWord)
{
    ui::LinkClaimDialog dialog(QStringLiteral("“22 unlawful killings”"), candidates());
    auto* filter = dialog.findChild<QLineEdit*>(QStringLiteral("linkFilterLineEdit"));
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("linkCandidateListWidget"));
    ASSERT_TRUE(filter && list);
    filter->setText(QStringLiteral("agnes"));
    EXPECT_EQ(shownClaims(*list), QList<int>{1});
    ASSERT_TRUE(dialog.choice().has_value());
    EXPECT_EQ(dialog.choice()->claim, ClaimId(1));
    filter->setText(QStringLiteral("FOX  news"));
    EXPECT_EQ(shownClaims(*list), (QList<int>{1, 2}));
    filter->setText(QStringLiteral("fox jazeera"));
    EXPECT_TRUE(shownClaims(*list).isEmpty());
    EXPECT_FALSE(dialog.choice().has_value());
}
