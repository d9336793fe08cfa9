// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13: File > Back Up… writes a checked copy of the open case, with progress, and never replaces a file silently.
#include "core/case/Case.h"
#include "core/case/IntegrityCheck.h"
#include "tests/support/TestWindow.h"
#include "ui/document/CaseDocument.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QStatusBar>

#include <gtest/gtest.h>

using namespace corrob;

namespace {

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST(BackupMenu, FileBackUpWritesACopyThatOpensAndVerifiesAndAsksBeforeReplacing)
{
    test::SampleWindow w;
    auto* fileMenu = w.find<QMenu>("fileMenu");
    auto* backUp = w.find<QAction>("backUpCaseAction");
    ASSERT_TRUE(fileMenu && backUp);
    EXPECT_TRUE(fileMenu->actions().contains(backUp)) << "Back Up… is in the File menu";
    EXPECT_TRUE(backUp->isEnabled());

    // Cancelled at the file dialog: nothing happens.
    backUp->trigger();
    ASSERT_EQ(w.prompts.proposedBackups.size(), 1);
    const QFileInfo proposed(w.prompts.proposedBackups.front());
    EXPECT_EQ(proposed.absolutePath(), QFileInfo(w.document().path()).absolutePath()) << "proposed beside the case";
    EXPECT_TRUE(proposed.fileName().contains(QStringLiteral("(backup "))) << proposed.fileName().toStdString();

    const QString target = w.dir.filePath(QStringLiteral("sample backup.corrob"));
    w.prompts.backupPaths << target;
    backUp->trigger();
    ASSERT_TRUE(QFileInfo::exists(target));
    EXPECT_EQ(w.prompts.progress->title, QStringLiteral("Back Up Case"));
    EXPECT_FALSE(w.prompts.progress->texts.isEmpty());
    EXPECT_FALSE(w.prompts.progress->open) << "the progress closes when the copy is done";
    EXPECT_TRUE(w.window->statusBar()->currentMessage().contains(QStringLiteral("sample backup.corrob")))
        << w.window->statusBar()->currentMessage().toStdString();
    EXPECT_TRUE(w.prompts.errors.empty());
    {
        auto copy = casefile::Case::open(target, {QStringLiteral("tester")}, casefile::Case::Access::ReadOnly);
        ASSERT_TRUE(copy.ok()) << copy.error().toString().toStdString();
        EXPECT_EQ(copy.value()->reports()->size(), w.document().reportSummaries().size());
        auto check = casefile::verifyCase(*copy.value());
        ASSERT_TRUE(check.ok());
        EXPECT_TRUE(check->ok());
    }

    // The same name again: asked first; "Cancel" leaves the older backup as it was.
    const QByteArray older = bytesOf(target);
    w.prompts.backupPaths << target;
    w.prompts.confirmations = {false};
    backUp->trigger();
    ASSERT_EQ(w.prompts.confirmQuestions.size(), 1u);
    EXPECT_TRUE(w.prompts.confirmQuestions.front().text.contains(QStringLiteral("Replace")))
        << w.prompts.confirmQuestions.front().text.toStdString();
    EXPECT_EQ(bytesOf(target), older);
    // "Replace": replaced by a new, whole copy.
    w.prompts.backupPaths << target;
    w.prompts.confirmations = {true};
    backUp->trigger();
    EXPECT_TRUE(w.prompts.errors.empty());
    auto copy = casefile::Case::open(target, {QStringLiteral("tester")}, casefile::Case::Access::ReadOnly);
    ASSERT_TRUE(copy.ok());
}
