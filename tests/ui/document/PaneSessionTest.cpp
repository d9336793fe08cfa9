// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/PaneSession.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace corrob;
using ui::PaneSession;
using ui::PaneSessionStore;

namespace {

struct StoreHarness
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    PaneSessionStore store{settings};

    QString caseFile(const QString& name) const
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        return path;
    }
};

PaneSession threePanes()
{
    PaneSession session;
    session.panes = {{ReportId(3), 1200, 400}, {ReportId(1), 0, 420}, {ReportId(), 0, 380}};
    session.current = 1;
    return session;
}

} // namespace

TEST(PaneSessionStore, GivesBackWhatWasSavedForTheSameCase)
{
    StoreHarness h;
    const QString path = h.caseFile(QStringLiteral("a.corrob"));
    h.store.save(path, threePanes());
    h.settings.sync();

    PaneSessionStore reread(h.settings);
    const auto session = reread.load(path);
    ASSERT_TRUE(session.has_value());
    ASSERT_EQ(session->panes.size(), 3);
    EXPECT_EQ(session->panes[0].report, ReportId(3));
    EXPECT_EQ(session->panes[0].topPosition, 1200);
    EXPECT_EQ(session->panes[1].width, 420);
    EXPECT_FALSE(session->panes[2].report.isValid());
    EXPECT_EQ(session->current, 1);
}

TEST(PaneSessionStore, KeepsEachCasesSessionApartAndKnowsACaseByItsFileNotTheSpelling)
{
    StoreHarness h;
    const QString a = h.caseFile(QStringLiteral("a.corrob"));
    const QString b = h.caseFile(QStringLiteral("b.corrob"));
    h.store.save(a, threePanes());

    EXPECT_FALSE(h.store.load(b).has_value());
    // The same file reached through another spelling of its path.
    const QString sameFile = h.dir.path() + QStringLiteral("/./a.corrob");
    EXPECT_TRUE(h.store.load(sameFile).has_value());
}

TEST(PaneSessionStore, IgnoresAnEditedOrDamagedEntryInsteadOfTrustingIt)
{
    StoreHarness h;
    const QString path = h.caseFile(QStringLiteral("a.corrob"));
    h.store.save(path, threePanes());
    h.settings.beginGroup(QStringLiteral("paneSessions"));
    const QString key = h.settings.childKeys().constFirst();
    QVariantMap stored = h.settings.value(key).toMap();
    h.settings.endGroup();
    auto storeWith = [&](const QString& field, const QVariant& value) {
        QVariantMap changed = stored;
        changed[field] = value;
        h.settings.setValue(QStringLiteral("paneSessions/") + key, changed);
    };

    storeWith(QStringLiteral("panes"), QStringLiteral("three panes please"));
    EXPECT_FALSE(h.store.load(path).has_value());
    storeWith(QStringLiteral("panes"), QVariantList{QVariant(QVariantList{2, -5, 300})});
    EXPECT_FALSE(h.store.load(path).has_value()) << "a negative scroll position";
    storeWith(QStringLiteral("panes"), QVariantList(100, QVariant(QVariantList{1, 0, 300})));
    EXPECT_FALSE(h.store.load(path).has_value()) << "more panes than any window has";
    storeWith(QStringLiteral("path"), QStringLiteral("/elsewhere/a.corrob"));
    EXPECT_FALSE(h.store.load(path).has_value()) << "an entry for another file";

    storeWith(QStringLiteral("current"), 7); // the rest as saved: a current pane out of range falls back to the first
    ASSERT_TRUE(h.store.load(path).has_value());
    EXPECT_EQ(h.store.load(path)->current, 0);
}

TEST(PaneSessionStore, ForgetsTheCasesClosedLongestAgoBeyondItsLimit)
{
    StoreHarness h;
    QStringList paths;
    for (int i = 0; i < PaneSessionStore::kMaxCases + 3; ++i) {
        paths << h.caseFile(QStringLiteral("case%1.corrob").arg(i));
        h.store.save(paths.back(), threePanes());
    }
    h.settings.beginGroup(QStringLiteral("paneSessions"));
    EXPECT_EQ(h.settings.childKeys().size(), PaneSessionStore::kMaxCases);
    h.settings.endGroup();
    EXPECT_TRUE(h.store.load(paths.back()).has_value());
}
