// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// corroborate-cli report delete and report purge end to end: the real executable on the seed articles, exit
// statuses, JSON, what every other command then sees, and verify after each.
#include "tests/support/CliRun.h"
#include "tests/support/RawSqlite.h"
#include "tests/support/TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
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

// The five seeds; report 1 is 000 (Callamard), 2 is 001 (Pavlyuk's figure).
class ReportDeleteCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.filePath(QStringLiteral("x.corrob"));
        ASSERT_EQ(test::runCli({s("new"), path}).exitCode, 0);
        ASSERT_EQ(test::runCli(QStringList{s("import"), path} + test::seedFiles()).exitCode, 0);
    }

    QList<qint64> reportIds()
    {
        const CliRun r = test::runCli({s("reports"), path, s("--json")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        QList<qint64> ids;
        for (const QJsonValue& v : r.json().array()) {
            ids << v.toObject().value(s("id")).toInteger();
        }
        return ids;
    }

    qint64 addClaim(const QString& report, const QString& quote)
    {
        const CliRun r =
            test::runCli({s("claim"), s("add"), path, s("--report"), report, s("--quote"), quote, s("--json")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return r.json().object().value(s("id")).toInteger();
    }

    QTemporaryDir dir;
    QString path;
};

} // namespace

TEST_F(ReportDeleteCli, DeletesAReportWithItsClaimsAndLinksAndEveryListForgetsIt)
{
    const qint64 a = addClaim(s("1"), s("Agnès Callamard"));
    const qint64 b = addClaim(s("2"), s("at least 1,235 civilian bodies"));
    ASSERT_EQ(test::runCli({s("link"), path, QString::number(a), QString::number(b), s("--type"), s("corroborates")})
                  .exitCode,
              0);

    const CliRun del = test::runCli({s("report"), s("delete"), path, s("1"), s("--json")});
    ASSERT_EQ(del.exitCode, 0) << del.err.toStdString();
    const QJsonObject out = del.json().object();
    EXPECT_EQ(out.value(s("deleted")).toInteger(), 1);
    EXPECT_EQ(out.value(s("claims")).toArray(), QJsonArray{a});
    EXPECT_EQ(out.value(s("links")).toArray().size(), 1);
    EXPECT_TRUE(out.value(s("sources")).isArray());
    EXPECT_TRUE(out.value(s("moved_to")).isNull());

    EXPECT_EQ(reportIds(), (QList<qint64>{2, 3, 4, 5}));
    const CliRun claims = test::runCli({s("claims"), path, s("--json")});
    ASSERT_EQ(claims.json().array().size(), 1);
    EXPECT_EQ(claims.json().array().at(0).toObject().value(s("id")).toInteger(), b);
    EXPECT_TRUE(test::runCli({s("links"), path, s("--json")}).json().array().isEmpty());
    const CliRun text = test::runCli({s("text"), path, s("1")});
    EXPECT_EQ(text.exitCode, 1);
    EXPECT_TRUE(text.err.contains(s("deleted"))) << text.err.toStdString();
    EXPECT_EQ(test::runCli({s("analyze"), path, s("--json")}).exitCode, 0);

    const CliRun verify = test::runCli({s("verify"), path, s("--json")});
    EXPECT_EQ(verify.exitCode, 0) << verify.out.toStdString() << verify.err.toStdString();
    EXPECT_EQ(test::rawQuery(path, s("SELECT count(*) FROM report_originals")), s("5")) << "kept until purged";
    EXPECT_EQ(test::rawQuery(path, s("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1")), s("report.deleted"));

    const CliRun plain = test::runCli({s("report"), s("delete"), path, s("2")});
    EXPECT_EQ(plain.exitCode, 0);
    EXPECT_TRUE(plain.out.startsWith(s("deleted report 2: "))) << plain.out.toStdString();
    EXPECT_TRUE(plain.out.contains(s("claims deleted: 1"))) << plain.out.toStdString();
}

TEST_F(ReportDeleteCli, AnUnknownOrDeletedReportIsAClearErrorAndBadUsageExitsTwo)
{
    const CliRun unknown = test::runCli({s("report"), s("delete"), path, s("99")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_EQ(unknown.err.trimmed(), s("error: no such report (report 99)"));
    ASSERT_EQ(test::runCli({s("report"), s("delete"), path, s("3")}).exitCode, 0);
    const CliRun again = test::runCli({s("report"), s("delete"), path, s("3")});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_EQ(again.err.trimmed(), s("error: the report was deleted (report 3)"));
    EXPECT_EQ(test::runCli({s("report"), s("delete"), path, s("x")}).exitCode, 2);
    EXPECT_EQ(test::runCli({s("report"), s("delete"), path}).exitCode, 2);
    EXPECT_EQ(test::runCli({s("report"), s("delete"), dir.filePath(s("none.corrob")), s("1")}).exitCode, 3);
}

TEST_F(ReportDeleteCli, PurgeRemovesDeletedOriginalsForGoodAndVerifyStillPasses)
{
    const CliRun live = test::runCli({s("report"), s("purge"), path, s("2")});
    EXPECT_EQ(live.exitCode, 1) << "a report that is not deleted is not purged";
    EXPECT_TRUE(live.err.contains(s("(report 2)"))) << live.err.toStdString();
    const CliRun nothing = test::runCli({s("report"), s("purge"), path});
    EXPECT_EQ(nothing.exitCode, 0);
    EXPECT_EQ(nothing.out.trimmed(), s("no deleted report to purge"));

    ASSERT_EQ(test::runCli({s("report"), s("delete"), path, s("2")}).exitCode, 0);
    ASSERT_EQ(test::runCli({s("report"), s("delete"), path, s("4")}).exitCode, 0);
    const CliRun one = test::runCli({s("report"), s("purge"), path, s("4"), s("--json")});
    ASSERT_EQ(one.exitCode, 0) << one.err.toStdString();
    const QJsonArray purged = one.json().object().value(s("purged")).toArray();
    ASSERT_EQ(purged.size(), 1);
    EXPECT_EQ(purged.at(0).toObject().value(s("report")).toInteger(), 4);
    EXPECT_EQ(purged.at(0).toObject().value(s("sha256")).toString().size(), 64);
    EXPECT_EQ(test::rawQuery(path, s("SELECT count(*) FROM report_originals")), s("4"));

    const CliRun rest = test::runCli({s("report"), s("purge"), path});
    EXPECT_EQ(rest.exitCode, 0);
    EXPECT_EQ(rest.out.trimmed().count(u'\n'), 0) << rest.out.toStdString();
    EXPECT_TRUE(rest.out.startsWith(s("purged report 2: "))) << rest.out.toStdString();
    EXPECT_EQ(test::rawQuery(path, s("SELECT count(*) FROM report_originals")), s("3"));
    EXPECT_EQ(test::rawQuery(path, s("SELECT count(*) FROM audit_log WHERE action = 'report.purged'")), s("2"));
    EXPECT_EQ(reportIds(), (QList<qint64>{1, 3, 5}));

    const CliRun verify = test::runCli({s("verify"), path});
    EXPECT_EQ(verify.exitCode, 0) << verify.out.toStdString() << verify.err.toStdString();
    // A deleted file imported again is a new report, not a duplicate of the purged one.
    const CliRun reimport = test::runCli({s("import"), path, test::seedFiles().at(3), s("--json")});
    EXPECT_EQ(reimport.json().object().value(s("imported")).toArray().size(), 1) << reimport.out.toStdString();
    EXPECT_EQ(test::runCli({s("verify"), path}).exitCode, 0);
}
