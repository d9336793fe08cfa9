// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The file dialogs name and draw files from their names only (decisions/0013), and New Case proposes a name.
#include "ui/dialogs/FileDialogs.h"
#include "tests/support/TestFiles.h"
#include "ui/dialogs/QtPrompts.h"
#include "ui/widgets/NameOnlyFileIconProvider.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace corrob;

TEST(FileDialogs, AreQtDialogsWhoseViewsTypeFilesByNameOnly)
{
    auto dialog = ui::filedialogs::make(nullptr, QStringLiteral("Import Files"), QDir::tempPath());
    EXPECT_TRUE(dialog->testOption(QFileDialog::DontUseNativeDialog));
    EXPECT_NE(dynamic_cast<const ui::NameOnlyFileIconProvider*>(dialog->iconProvider()), nullptr);
}

TEST(FileDialogs, TheProviderNamesATypeFromTheNameEvenWhenTheContentSaysOtherwise)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // Content that a sniffer would call a PDF and an SQLite database, under names that say nothing of the kind.
    const QString noSuffix = dir.filePath(QStringLiteral("evidence"));
    test::writeFile(noSuffix, "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");
    const QString wal = dir.filePath(QStringLiteral("case.corrob-wal"));
    test::writeFile(wal, QByteArray("SQLite format 3\0", 16));
    const QString kase = dir.filePath(QStringLiteral("case.corrob"));
    test::writeFile(kase, QByteArray("SQLite format 3\0", 16));
    const QString html = dir.filePath(QStringLiteral("page.html"));
    test::writeFile(html, "plain words");

    const ui::NameOnlyFileIconProvider provider;
    EXPECT_EQ(provider.type(QFileInfo(noSuffix)), QStringLiteral("File"));
    EXPECT_EQ(provider.type(QFileInfo(wal)), QStringLiteral("CORROB-WAL file"));
    EXPECT_EQ(provider.type(QFileInfo(kase)), QStringLiteral("Corroborate case"));
    EXPECT_TRUE(provider.type(QFileInfo(html)).contains(u"HTML", Qt::CaseInsensitive))
        << provider.type(QFileInfo(html)).toStdString();
    EXPECT_EQ(provider.type(QFileInfo(dir.path())), QStringLiteral("Folder"));
    EXPECT_FALSE(provider.icon(QFileInfo(kase)).isNull());
}

TEST(FileDialogs, NewCaseProposesAnUnusedNameNotTheFolders)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    EXPECT_EQ(ui::QtPrompts::unusedCaseName(dir.path()), QStringLiteral("Untitled case.corrob"));
    test::writeFile(dir.filePath(QStringLiteral("Untitled case.corrob")), "x");
    test::writeFile(dir.filePath(QStringLiteral("Untitled case 2.corrob")), "x");
    EXPECT_EQ(ui::QtPrompts::unusedCaseName(dir.path()), QStringLiteral("Untitled case 3.corrob"));
}

TEST(FileDialogs, StartInTheNearestFolderThatExistsNeverTheWorkingFolder)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("Documents/Cases"));
    EXPECT_EQ(ui::filedialogs::existingFolderOrHome(missing), QDir(dir.path()).absolutePath());
    EXPECT_EQ(ui::filedialogs::existingFolderOrHome(QString()), QDir::homePath());
    auto dialog = ui::filedialogs::make(nullptr, QStringLiteral("New Case"), missing);
    EXPECT_EQ(dialog->directory().absolutePath(), QDir(dir.path()).absolutePath());
}
