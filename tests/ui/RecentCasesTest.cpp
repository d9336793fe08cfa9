// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/RecentCases.h"
#include "tests/ui/UiTestSupport.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using corrob::ui::RecentCases;

namespace {

struct RecentHarness
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    RecentCases recent{settings};

    // An (empty) file standing in for a case: RecentCases only cares that it exists.
    QString touch(const QString& name) const
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        return path;
    }
};

} // namespace

TEST(RecentCases, ListsMostRecentFirstWithoutDuplicates)
{
    RecentHarness h;
    const QString a = h.touch(QStringLiteral("a.corrob"));
    const QString b = h.touch(QStringLiteral("b.corrob"));
    h.recent.add(a);
    h.recent.add(b);
    h.recent.add(a);
    EXPECT_EQ(h.recent.paths(), (QStringList{a, b}));
    // Another RecentCases over the same settings (the next run) sees the same list.
    EXPECT_EQ(RecentCases(h.settings).paths(), (QStringList{a, b}));
}

TEST(RecentCases, KeepsOnlyTheTenMostRecent)
{
    RecentHarness h;
    QStringList added;
    for (int i = 0; i < 12; ++i) {
        added.prepend(h.touch(QStringLiteral("case %1.corrob").arg(i)));
        h.recent.add(added.constFirst());
    }
    EXPECT_EQ(h.recent.paths(), added.mid(0, RecentCases::kMaxCases));
}

TEST(RecentCases, DropsCasesWhoseFileIsGone)
{
    RecentHarness h;
    const QString kept = h.touch(QStringLiteral("kept.corrob"));
    const QString deleted = h.touch(QStringLiteral("deleted.corrob"));
    h.recent.add(kept);
    h.recent.add(deleted);
    ASSERT_TRUE(QFile::remove(deleted));
    EXPECT_EQ(h.recent.paths(), QStringList{kept});
    // Pruned for good: the file coming back does not bring it back to the list.
    h.touch(QStringLiteral("deleted.corrob"));
    EXPECT_EQ(h.recent.paths(), QStringList{kept});
}

TEST(RecentCases, ClearForgetsEveryCase)
{
    RecentHarness h;
    h.recent.add(h.touch(QStringLiteral("a.corrob")));
    h.recent.clear();
    EXPECT_TRUE(h.recent.paths().isEmpty());
}

TEST(RecentCases, StoresAbsolutePaths)
{
    RecentHarness h;
    const QString path = h.touch(QStringLiteral("a.corrob"));
    h.recent.add(h.dir.filePath(QStringLiteral("./a.corrob")));
    EXPECT_EQ(h.recent.paths(), QStringList{path});
}
