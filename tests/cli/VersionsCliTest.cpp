// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// corroborate-cli end to end for report versions: an edited copy of seed 001 under its own file name becomes a new
// version, its claims move and are re-anchored, the one that cannot be placed is listed by claims --orphaned.
#include "tests/support/CliRun.h"
#include "tests/support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace corrob;

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

const QString kPavlyuk = s("Kyiv regional governor Oleksandr Pavlyuk said that at least 1,235 civilian bodies have "
                           "been found in the region.");
const QString kDenial =
    s("Russia has claimed that it hits only targets with military values, denying allegations of war crimes.");
const QString kUnits =
    s("It also says researchers found evidence documenting specific units of the Russian army that were involved.");

// The second seed article's text.
QString secondSeedText()
{
    QFile seed(test::seedFiles().at(1));
    return seed.open(QIODevice::ReadOnly) ? QString::fromUtf8(seed.readAll()) : QString();
}

// A newer capture of the second seed holding text, under v2/ with the seed's file name; its path, or an empty string
// when it could not be written.
QString writeSecondCapture(const QTemporaryDir& dir, const QString& text)
{
    QFile edited(dir.filePath(s("v2/") + QFileInfo(test::seedFiles().at(1)).fileName()));
    if (!QDir(dir.path()).mkpath(s("v2")) || !edited.open(QIODevice::WriteOnly) ||
        edited.write(text.toUtf8()) != text.toUtf8().size()) {
        return {};
    }
    return edited.fileName();
}

} // namespace

TEST(VersionsCli, EditedCopyIsImportedAsAVersionAndItsOrphanIsListed)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(s("v.corrob"));
    ASSERT_EQ(test::runCli({s("new"), path}).exitCode, 0);
    ASSERT_EQ(test::runCli(QStringList{s("import"), path} + test::seedFiles()).exitCode, 0);
    for (const QString& quote : {kPavlyuk, kDenial, kUnits}) {
        const test::CliRun r =
            test::runCli({s("claim"), s("add"), path, s("--report"), s("2"), s("--quote"), quote, s("--json")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }

    QString text = secondSeedText();
    ASSERT_FALSE(text.isEmpty());
    text.replace(kDenial, QString(kDenial).replace(s("has claimed"), s("has insisted")));
    text.remove(kUnits + u'\n');
    text.prepend(s("Update: this article has been updated with comments from the regional administration.\n"));
    const QString edited = writeSecondCapture(dir, text);
    ASSERT_FALSE(edited.isEmpty());

    const test::CliRun imported = test::runCli({s("import"), path, edited, s("--json")});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const QJsonArray list = imported.json().object().value(s("imported")).toArray();
    ASSERT_EQ(list.size(), 1);
    const QJsonObject report = list.at(0).toObject();
    EXPECT_EQ(report.value(s("previous_version")).toInteger(), 2);
    EXPECT_TRUE(report.value(s("near_duplicate_of")).isNull());
    const QJsonObject reanchored = report.value(s("reanchored")).toObject();
    EXPECT_EQ(reanchored.value(s("position")).toInt(-1), 0);
    EXPECT_EQ(reanchored.value(s("quote")).toInt(), 1);
    EXPECT_EQ(reanchored.value(s("fuzzy")).toInt(), 1);
    EXPECT_EQ(reanchored.value(s("orphaned")).toInt(), 1);
    const qint64 newReport = report.value(s("report")).toInteger();

    const test::CliRun orphans = test::runCli({s("claims"), path, s("--orphaned"), s("--json")});
    ASSERT_EQ(orphans.exitCode, 0) << orphans.err.toStdString();
    const QJsonArray orphaned = orphans.json().array();
    ASSERT_EQ(orphaned.size(), 1);
    EXPECT_EQ(orphaned.at(0).toObject().value(s("quote")).toString(), kUnits);
    EXPECT_EQ(orphaned.at(0).toObject().value(s("report")).toInteger(), newReport);
    EXPECT_TRUE(orphaned.at(0).toObject().value(s("orphaned")).toBool());

    const QJsonArray all = test::runCli({s("claims"), path, s("--json")}).json().array();
    ASSERT_EQ(all.size(), 3) << "nothing dropped";
    for (const QJsonValue& c : all) {
        EXPECT_EQ(c.toObject().value(s("report")).toInteger(), newReport);
        EXPECT_TRUE(c.toObject().contains(s("orphaned")));
    }

    const QJsonArray reports = test::runCli({s("reports"), path, s("--json")}).json().array();
    ASSERT_EQ(reports.size(), 6);
    EXPECT_TRUE(reports.at(1).toObject().value(s("previous_version")).isNull());
    EXPECT_EQ(reports.at(5).toObject().value(s("previous_version")).toInteger(), 2);

    const test::CliRun verified = test::runCli({s("verify"), path, s("--json")});
    EXPECT_EQ(verified.exitCode, 0) << verified.out.toStdString() << verified.err.toStdString();

    // An export for other tools cannot place the orphan: it says so, on stderr and in its JSON, and writes the rest.
    const QString annotations = dir.filePath(s("v.jsonld"));
    const test::CliRun exported =
        test::runCli({s("export"), path, s("--format"), s("w3c"), s("--out"), annotations, s("--json")});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_EQ(exported.json().object().value(s("claims")).toInt(), 2);
    EXPECT_EQ(exported.json().object().value(s("orphaned_claims")).toInt(), 1);
    EXPECT_TRUE(exported.err.contains(s("warning: 1 orphaned claim(s) left out"))) << exported.err.toStdString();

    // The same edited file again is identical to the new version: skipped, nothing moves.
    const test::CliRun again = test::runCli({s("import"), path, edited, s("--json")});
    EXPECT_EQ(again.json().object().value(s("skipped")).toArray().size(), 1);
}

TEST(VersionsCli, TheTextOutputSaysHowManyClaimsMovedInWords)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(s("v.corrob"));
    ASSERT_EQ(test::runCli({s("new"), path}).exitCode, 0);
    ASSERT_EQ(test::runCli(QStringList{s("import"), path} + test::seedFiles()).exitCode, 0);
    ASSERT_EQ(test::runCli({s("claim"), s("add"), path, s("--report"), s("2"), s("--quote"), kPavlyuk}).exitCode, 0);

    const QString text = secondSeedText();
    ASSERT_FALSE(text.isEmpty());
    const QString edited = writeSecondCapture(
        dir, s("Update: this article has been updated with comments from the regional administration.\n") + text);
    ASSERT_FALSE(edited.isEmpty());

    const test::CliRun imported = test::runCli({s("import"), path, edited});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(s("(new version of report 2; 1 claim moved: 0 in place, 1 by quote, ")))
        << imported.out.toStdString();
}
