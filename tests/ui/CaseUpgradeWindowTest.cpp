// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 10: opening an old case upgrades it on a worker while the window keeps running, with progress; a failed
// upgrade changes nothing.
#include "core/case/CaseUpgrade.h"
#include "core/storage/FaultVfs.h"
#include "tests/support/RawSqlite.h"
#include "tests/support/TestPaths.h"
#include "tests/support/TestWindow.h"
#include "ui/document/CaseDocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include <gtest/gtest.h>

using namespace corrob;

namespace {

QString copyFixture(const test::SampleWindow& w, const QString& name)
{
    const QString path = w.dir.filePath(QStringLiteral("old ") + name);
    EXPECT_TRUE(QFile::copy(test::dataDir() + u'/' + name, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST(CaseUpgradeWindow, AnOldCaseIsUpgradedOffTheUiThreadWithProgressThenOpens)
{
    for (const QString& fixture : {QStringLiteral("case-v3.corrob"), QStringLiteral("case-v4.corrob")}) {
        test::SampleWindow w;
        const QString path = copyFixture(w, fixture);
        ASSERT_TRUE(casefile::needsUpgrade(path));

        // A timer that fires whenever the UI thread's event loop runs: an upgrade run on the UI thread would
        // leave it silent until the case is open.
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(0);
        QObject::connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
        ticker.start();
        ASSERT_TRUE(w.window->openCase(path)) << fixture.toStdString();
        ticker.stop();
        EXPECT_GT(ticks, 0) << "the window's event loop ran during the upgrade";

        EXPECT_EQ(w.prompts.progress->title, QStringLiteral("Upgrade Case"));
        ASSERT_FALSE(w.prompts.progress->texts.isEmpty());
        EXPECT_TRUE(w.prompts.progress->texts.back().contains(QStringLiteral("Upgrading the case")))
            << w.prompts.progress->texts.back().toStdString();
        EXPECT_FALSE(w.prompts.progress->open) << "the progress closes once the case is upgraded";

        EXPECT_EQ(w.document().path(), path);
        EXPECT_FALSE(w.document().reportSummaries().empty());
        EXPECT_EQ(test::rawQuery(path, QStringLiteral("PRAGMA user_version")),
                  test::rawQuery(test::dataDir() + QStringLiteral("/case-v10.corrob"),
                                 QStringLiteral("PRAGMA user_version")));
        // The case as it was is kept beside it, and the window says where.
        const QString kept = w.document().upgradeBackupPath();
        ASSERT_FALSE(kept.isEmpty());
        EXPECT_EQ(bytesOf(kept).isEmpty(), false);
        ASSERT_FALSE(w.prompts.summaries.empty());
        EXPECT_EQ(w.prompts.summaries.back().details, QStringList{QDir::toNativeSeparators(kept)});
        EXPECT_TRUE(w.prompts.errors.empty());
    }
}

TEST(CaseUpgradeWindow, WhenNoCopyCanBeKeptTheCaseIsNotUpgradedAndTheOpenCaseStays)
{
    test::SampleWindow w;
    const QString sample = w.document().path();
    const QString path = copyFixture(w, QStringLiteral("case-v4.corrob"));
    const QByteArray before = bytesOf(path);
    // The disk is full: the copy of the case as it was cannot be written, so the case must not be upgraded.
    storage::FaultVfs vfs;
    vfs.failWritesAfter(0);
    EXPECT_FALSE(w.window->openCase(path));
    ASSERT_FALSE(w.prompts.errors.empty());
    EXPECT_TRUE(w.prompts.errors.back().text.contains(QStringLiteral("the case was not changed")))
        << w.prompts.errors.back().text.toStdString();
    EXPECT_GT(vfs.failedWrites(), 0);
    vfs.clear();
    EXPECT_EQ(bytesOf(path), before) << "the case is exactly as it was";
    EXPECT_TRUE(casefile::needsUpgrade(path));
    EXPECT_EQ(w.document().path(), sample) << "the case open before is still open";

    // With room on the disk again it opens, upgraded.
    ASSERT_TRUE(w.window->openCase(path));
    EXPECT_FALSE(casefile::needsUpgrade(path));
}

TEST(CaseUpgradeWindow, TheMessageNamesTheOlderCopiesTheUpgradeDeleted)
{
    test::SampleWindow w;
    const QString path = copyFixture(w, QStringLiteral("case-v4.corrob"));
    // Three copies kept before earlier upgrades of this case (the names the upgrade gives them), the oldest first:
    // with the new one there are four, one more than are kept.
    const QString stem = QFileInfo(path).completeBaseName();
    QStringList older;
    for (const char* when : {"2020-01-01 000000", "2021-01-01 000000", "2022-01-01 000000"}) {
        older << w.dir.filePath(QStringLiteral("%1 (before schema 4, %2).corrob").arg(stem, QLatin1String(when)));
        QFile f(older.back());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("an older copy");
    }
    ASSERT_TRUE(w.window->openCase(path));

    const QString kept = w.document().upgradeBackupPath();
    ASSERT_FALSE(kept.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(older.front())) << "the oldest copy is deleted";
    ASSERT_FALSE(w.prompts.summaries.empty());
    const auto& summary = w.prompts.summaries.back();
    EXPECT_EQ(summary.details, (QStringList{QDir::toNativeSeparators(kept), QDir::toNativeSeparators(older.front())}))
        << "the kept copy, then the deleted one";
    EXPECT_TRUE(summary.text.contains(QStringLiteral("1 older copy"))) << summary.text.toStdString();
    EXPECT_TRUE(summary.text.contains(QStringLiteral("deleted"))) << summary.text.toStdString();

    // An upgrade that deleted nothing says nothing of deleted copies.
    test::SampleWindow other;
    ASSERT_TRUE(other.window->openCase(copyFixture(other, QStringLiteral("case-v3.corrob"))));
    ASSERT_FALSE(other.prompts.summaries.empty());
    EXPECT_EQ(other.prompts.summaries.back().details.size(), 1);
    EXPECT_FALSE(other.prompts.summaries.back().text.contains(QStringLiteral("deleted")));
}

TEST(CaseUpgradeWindow, CancelStopsTheUpgradeAndTheCaseStaysExactlyAsItWas)
{
    test::SampleWindow w;
    const QString sample = w.document().path();
    const QString path = copyFixture(w, QStringLiteral("case-v4.corrob"));
    const QByteArray before = bytesOf(path);
    // The user presses Cancel as soon as the progress shows.
    w.prompts.progress->onProgress = [](test::FakePrompts::Progress& progress, int) {
        if (progress.cancel) {
            progress.cancel();
        }
    };
    EXPECT_FALSE(w.window->openCase(path));
    EXPECT_FALSE(w.prompts.progress->cancelling.isEmpty()) << "the progress says it is cancelling";
    EXPECT_FALSE(w.prompts.progress->open);
    ASSERT_FALSE(w.prompts.errors.empty());
    const QString said = w.prompts.errors.back().text;
    EXPECT_TRUE(said.contains(QStringLiteral("cancelled")) && said.contains(QStringLiteral("not changed")))
        << said.toStdString();
    EXPECT_EQ(bytesOf(path), before) << "the case is exactly as it was";
    EXPECT_TRUE(casefile::needsUpgrade(path));
    EXPECT_EQ(w.document().path(), sample) << "the case open before is still open";
    // No copy of the case as it was is left beside it.
    const QString name = QFileInfo(path).fileName();
    for (const QString& file : QDir(w.dir.path()).entryList(QDir::Files)) {
        EXPECT_TRUE(!file.startsWith(QStringLiteral("old ")) || file == name || file == name + QStringLiteral("-wal") ||
                    file == name + QStringLiteral("-shm"))
            << file.toStdString();
    }

    // Opened again without cancelling, it is upgraded.
    w.prompts.progress->onProgress = nullptr;
    ASSERT_TRUE(w.window->openCase(path));
    EXPECT_FALSE(casefile::needsUpgrade(path));
}
