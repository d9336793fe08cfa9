// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/NameVariants.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::text;

TEST(NameVariants, TheShippedTableReadsWithoutError)
{
    QFile file(QStringLiteral(":/names/name-variants.tsv"));
    (void)NameVariants::bundled(); // registers the resource
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const Result<NameVariants> table =
        NameVariants::parse(QString::fromUtf8(file.readAll()), QStringLiteral("shipped"));
    ASSERT_TRUE(table.ok()) << table.error().toString().toStdString();
    EXPECT_GT(table.value().names().size(), 50U);
}

TEST(NameVariants, EnglishUkrainianAndRussianSpellingsAreOneName)
{
    const NameVariants& table = NameVariants::bundled();
    for (const char* spelling : {"Kyiv", "Kiev", "Київ", "Киев", "KIEV"}) {
        const NameGroup* name = table.find(QString::fromUtf8(spelling));
        ASSERT_NE(name, nullptr) << spelling;
        EXPECT_EQ(name->canonical, QStringLiteral("Kyiv")) << spelling;
        EXPECT_EQ(name->kind, NameKind::Place);
    }
    EXPECT_EQ(table.find(QStringLiteral("Kharkov"))->canonical, QStringLiteral("Kharkiv"));
    EXPECT_EQ(table.find(QStringLiteral("Odessa"))->canonical, QStringLiteral("Odesa"));
    EXPECT_EQ(table.find(QStringLiteral("Nikolaev"))->canonical, QStringLiteral("Mykolaiv"));
    EXPECT_EQ(table.find(QString::fromUtf8("Зеленський"))->canonical, QStringLiteral("Volodymyr Zelensky"));
    EXPECT_EQ(table.find(QStringLiteral("Zelenskyy"))->kind, NameKind::Person);
}

TEST(NameVariants, IgnoresDiacriticsSpacesAndTheKindOfApostrophe)
{
    const NameVariants& table = NameVariants::bundled();
    EXPECT_EQ(table.find(QStringLiteral("Agnes  Callamard"))->canonical, QString::fromUtf8("Agnès Callamard"));
    EXPECT_EQ(table.find(QString::fromUtf8("Слов’янськ"))->canonical, QStringLiteral("Sloviansk"));
    EXPECT_EQ(table.find(QStringLiteral("Lwow"))->canonical, QStringLiteral("Lviv"));
}

TEST(NameVariants, AnUnknownNameIsItsOnlySpelling)
{
    EXPECT_EQ(NameVariants::bundled().find(QStringLiteral("Springfield")), nullptr);
    EXPECT_EQ(NameVariants::bundled().spellingsOf(QStringLiteral("Springfield")),
              QStringList{QStringLiteral("Springfield")});
    const QStringList kyiv = NameVariants::bundled().spellingsOf(QStringLiteral("kiev"));
    EXPECT_EQ(kyiv.first(), QStringLiteral("Kyiv"));
    EXPECT_TRUE(kyiv.contains(QString::fromUtf8("Київ")));
}

TEST(NameVariants, BadLinesAreRefusedWithTheirPlace)
{
    const Result<NameVariants> unknownKind =
        NameVariants::parse(QStringLiteral("# comment\ncity\tKyiv\tKiev\n"), QStringLiteral("mine.tsv"));
    ASSERT_FALSE(unknownKind.ok());
    EXPECT_EQ(unknownKind.error().context, QStringLiteral("mine.tsv, line 2"));
    EXPECT_TRUE(unknownKind.error().message.contains(QStringLiteral("city")));

    const Result<NameVariants> alone = NameVariants::parse(QStringLiteral("place\tKyiv\n"), QStringLiteral("t"));
    ASSERT_FALSE(alone.ok());
    EXPECT_EQ(alone.error().context, QStringLiteral("t, line 1"));

    const Result<NameVariants> twice =
        NameVariants::parse(QStringLiteral("place\tKyiv\tKiev\nplace\tKievan Rus\tkiev\n"), QStringLiteral("t"));
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().context, QStringLiteral("t, line 2"));
    EXPECT_TRUE(twice.error().message.contains(QStringLiteral("Kyiv")));
}

TEST(NameVariants, AUsersTableExtendsTheNamesItShares)
{
    NameVariants table = NameVariants::bundled();
    const Result<NameVariants> mine = NameVariants::parse(
        QString::fromUtf8("place\tKyiv\tKijów\nplace\tHorenka\tGorenka\tГоренка\n"), QStringLiteral("mine.tsv"));
    ASSERT_TRUE(mine.ok());
    const std::size_t before = table.names().size();
    table.add(mine.value());
    EXPECT_EQ(table.names().size(), before + 1);
    EXPECT_EQ(table.find(QString::fromUtf8("Kijów"))->canonical, QStringLiteral("Kyiv"));
    EXPECT_EQ(table.find(QStringLiteral("Gorenka"))->canonical, QStringLiteral("Horenka"));
    EXPECT_EQ(NameVariants::bundled().find(QStringLiteral("Gorenka")), nullptr);
}
