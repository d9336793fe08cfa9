// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// corroborate-cli suggest, suggest accept and suggest dismiss end to end on the seed articles: the contract's JSON
// keys, exit statuses, and what the next listing shows.
#include "tests/support/CliRun.h"
#include "tests/support/TestPaths.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace corrob;
using test::CliRun;

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

class SuggestCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.filePath(QStringLiteral("x.corrob"));
        ASSERT_EQ(test::runCli({s("new"), path}).exitCode, 0);
        ASSERT_EQ(test::runCli(QStringList{s("import"), path} + test::seedFiles()).exitCode, 0);
        // Report 1 is the CBC article; claim 1 is Amnesty's count of unlawful killings.
        const CliRun add = test::runCli({s("claim"), s("add"), path, s("--report"), s("1"), s("--quote"),
                                         s("documented 22 cases of unlawful killings by Russian forces")});
        ASSERT_EQ(add.exitCode, 0) << add.err.toStdString();
    }

    QJsonArray candidates(const QStringList& extra = {})
    {
        const CliRun r = test::runCli(QStringList{s("suggest"), path, s("--claim"), s("1"), s("--json")} + extra);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QJsonArray all = r.json().array();
        EXPECT_EQ(all.size(), 1);
        EXPECT_EQ(all.at(0).toObject().value(s("claim")).toInteger(), 1);
        return all.at(0).toObject().value(s("candidates")).toArray();
    }

    static QStringList span(const QJsonObject& c)
    {
        return {s("--report"), QString::number(c.value(s("report")).toInteger()),
                s("--start"),  QString::number(c.value(s("start")).toInteger()),
                s("--end"),    QString::number(c.value(s("end")).toInteger())};
    }

    QTemporaryDir dir;
    QString path;
};

bool listsText(const QJsonArray& list, const QString& text)
{
    for (const QJsonValue& v : list) {
        if (v.toObject().value(s("text")).toString() == text) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST_F(SuggestCli, ListsCandidatesWithTheContractsKeysBestFirst)
{
    const QJsonArray found = candidates({s("--top"), s("4")});
    ASSERT_EQ(found.size(), 4);
    double previous = 2;
    for (const QJsonValue& v : found) {
        const QJsonObject c = v.toObject();
        for (const char* key : {"report", "start", "end", "text", "claim", "score", "relation", "reasons"}) {
            EXPECT_TRUE(c.contains(s(key))) << key;
        }
        EXPECT_NE(c.value(s("report")).toInteger(), 1) << "never the claim's own report";
        EXPECT_TRUE(c.value(s("claim")).isNull());
        EXPECT_LE(c.value(s("score")).toDouble(), previous);
        previous = c.value(s("score")).toDouble();
        EXPECT_TRUE(c.value(s("reasons")).isArray());
        EXPECT_FALSE(c.value(s("relation")).toString().isEmpty());
    }
    // Fox: "...eight cities near Kyiv, including Bucha" shares the places and Amnesty.
    EXPECT_TRUE(listsText(found, s("The organization reported that it had collected evidence and testimony in eight "
                                   "cities near Kyiv, including Bucha.")));
    const CliRun table = test::runCli({s("suggest"), path, s("--top"), s("2")});
    EXPECT_EQ(table.exitCode, 0);
    EXPECT_TRUE(table.out.startsWith(s("claim 1\n"))) << table.out.toStdString();
    EXPECT_TRUE(table.out.contains(s("shares "))) << table.out.toStdString();
}

TEST_F(SuggestCli, DismissIsRememberedAndAcceptMarksAndLinks)
{
    const QJsonArray before = candidates();
    ASSERT_GE(before.size(), 2);
    const QJsonObject first = before.at(0).toObject();
    const CliRun dismiss = test::runCli(QStringList{s("suggest"), s("dismiss"), path, s("--claim"), s("1")} +
                                        span(first) + QStringList{s("--json")});
    ASSERT_EQ(dismiss.exitCode, 0) << dismiss.err.toStdString();
    EXPECT_GT(dismiss.json().object().value(s("dismissed")).toInteger(), 0);
    EXPECT_FALSE(listsText(candidates({s("--top"), s("50")}), first.value(s("text")).toString()));
    const CliRun twice =
        test::runCli(QStringList{s("suggest"), s("dismiss"), path, s("--claim"), s("1")} + span(first));
    EXPECT_EQ(twice.exitCode, 1);
    EXPECT_TRUE(twice.err.startsWith(s("error: this suggestion is already dismissed"))) << twice.err.toStdString();

    const QJsonObject second = before.at(1).toObject();
    const CliRun accept = test::runCli(QStringList{s("suggest"), s("accept"), path, s("--claim"), s("1")} +
                                       span(second) + QStringList{s("--type"), s("corroborates"), s("--json")});
    ASSERT_EQ(accept.exitCode, 0) << accept.err.toStdString();
    const QJsonObject accepted = accept.json().object();
    EXPECT_TRUE(accepted.value(s("claim_added")).toBool());
    const qint64 passageClaim = accepted.value(s("passage_claim")).toInteger();
    EXPECT_EQ(passageClaim, 2);
    const CliRun links = test::runCli({s("links"), path, s("--json")});
    ASSERT_EQ(links.json().array().size(), 1);
    const QJsonObject link = links.json().array().at(0).toObject();
    EXPECT_EQ(link.value(s("type")).toString(), s("corroborates"));
    EXPECT_FALSE(listsText(candidates({s("--top"), s("50")}), second.value(s("text")).toString()))
        << "a linked passage is not suggested again";
}

TEST_F(SuggestCli, BadIdsAndRangesGetClearErrorsWithTheContractsExitStatus)
{
    const CliRun noClaim = test::runCli({s("suggest"), path, s("--claim"), s("99"), s("--json")});
    EXPECT_EQ(noClaim.exitCode, 1);
    EXPECT_TRUE(noClaim.err.startsWith(s("error: no such claim"))) << noClaim.err.toStdString();
    const CliRun badTop = test::runCli({s("suggest"), path, s("--top"), s("0")});
    EXPECT_EQ(badTop.exitCode, 2);
    EXPECT_TRUE(badTop.err.contains(s("--top"))) << badTop.err.toStdString();
    const CliRun missing = test::runCli({s("suggest"), s("accept"), path, s("--claim"), s("1"), s("--report"), s("2")});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains(s("--start is required"))) << missing.err.toStdString();
    const CliRun inverted = test::runCli({s("suggest"), s("dismiss"), path, s("--claim"), s("1"), s("--report"), s("2"),
                                          s("--start"), s("9"), s("--end"), s("3")});
    EXPECT_EQ(inverted.exitCode, 2);
    const CliRun outside = test::runCli({s("suggest"), s("accept"), path, s("--claim"), s("1"), s("--report"), s("2"),
                                         s("--start"), s("9"), s("--end"), s("900000")});
    EXPECT_EQ(outside.exitCode, 1);
    EXPECT_TRUE(outside.err.contains(s("outside the report's text"))) << outside.err.toStdString();
    const CliRun badType = test::runCli({s("suggest"), s("accept"), path, s("--claim"), s("1"), s("--report"), s("2"),
                                         s("--start"), s("0"), s("--end"), s("5"), s("--type"), s("likes")});
    EXPECT_EQ(badType.exitCode, 2);
    const CliRun noReport = test::runCli({s("suggest"), s("dismiss"), path, s("--claim"), s("1"), s("--report"),
                                          s("77"), s("--start"), s("0"), s("--end"), s("5")});
    EXPECT_EQ(noReport.exitCode, 1);
    const CliRun links = test::runCli({s("links"), path, s("--json")});
    EXPECT_TRUE(links.json().array().isEmpty()) << "nothing was written";
}
