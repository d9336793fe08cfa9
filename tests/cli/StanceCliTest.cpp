// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// corroborate-cli stance end to end on small FNC-1 CSV files: the columns and rows it writes, in input order, and a
// clear error (what, where, exit status) for each bad input, with nothing written.
#include "tests/support/CliRun.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace corrob;
using test::CliRun;

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

class StanceCli : public ::testing::Test
{
protected:
    QString write(const char* name, const QByteArray& bytes)
    {
        const QString path = dir.filePath(s(name));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    CliRun stance(const QString& pairs, const QString& bodies)
    {
        return test::runCli({s("stance"), s("--pairs"), pairs, s("--bodies"), bodies, s("--out"), out});
    }

    QByteArray output() const
    {
        QFile file(out);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir dir;
    QString out = dir.filePath(s("out.csv"));
    QByteArray bodiesCsv =
        "Body ID,articleBody\n"
        "12,\"Springfield mayor Tom Brennan resigned on Monday after a bribery investigation, \"\"with "
        "immediate effect\"\", he said.\n\nBrennan confirmed the resignation in a statement.\"\n"
        "30,\"A rare white tiger cub was born at the city zoo, keepers said.\nThe cub is doing well.\"\n";
};

} // namespace

TEST_F(StanceCli, WritesHeadlineBodyIdAndStanceForEachPairInInputOrder)
{
    const QString pairs =
        write("pairs.csv", "Headline,Body ID,Stance\n"
                           "\"Mayor Tom Brennan resigns, after bribery investigation\",12,agree\n"
                           "White tiger cub born at the zoo,30,\n"
                           "\"Mayor Tom Brennan resigns, after bribery investigation\",30,unrelated\n");
    const CliRun r = stance(pairs, write("bodies.csv", bodiesCsv));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(s("judged 3 pairs"))) << r.out.toStdString();
    const QStringList rows = QString::fromUtf8(output()).split(s("\r\n"));
    ASSERT_EQ(rows.size(), 5) << output().toStdString(); // header, three rows, and the empty rest after the last CRLF
    EXPECT_EQ(rows[0], s("Headline,Body ID,Stance"));
    EXPECT_TRUE(rows[1].startsWith(s("\"Mayor Tom Brennan resigns, after bribery investigation\",12,")));
    EXPECT_TRUE(rows[2].startsWith(s("White tiger cub born at the zoo,30,")));
    EXPECT_EQ(rows[3], s("\"Mayor Tom Brennan resigns, after bribery investigation\",30,unrelated"));
    EXPECT_TRUE(rows[4].isEmpty());
    const QStringList labels = {s("agree"), s("disagree"), s("discuss"), s("unrelated")};
    for (int i = 1; i <= 2; ++i) {
        // Each of these headlines is about its body; which related stance it gets is the model's business.
        const QString stance = rows[i].section(u',', -1);
        EXPECT_TRUE(labels.contains(stance)) << rows[i].toStdString();
        EXPECT_NE(stance, s("unrelated")) << rows[i].toStdString();
    }
}

TEST_F(StanceCli, FailsClearlyOnEachBadInputAndWritesNothing)
{
    const QString goodBodies = write("bodies.csv", bodiesCsv);
    const QString goodPairs = write("pairs.csv", "Headline,Body ID\nMayor resigns,12\n");
    const struct
    {
        QString pairs;
        QString bodies;
        int exit;
        QString error;
    } cases[] = {
        {dir.filePath(s("none.csv")), goodBodies, 1,
         s("error: the pairs file does not exist (%1)").arg(dir.filePath(s("none.csv")))},
        {write("p1.csv", "Headline,Body ID\nMayor resigns,12\nTiger,31\n"), goodBodies, 1,
         s("error: Body ID '31' is not in the bodies file %1 (%2, line 3)").arg(goodBodies, dir.filePath(s("p1.csv")))},
        {write("p2.csv", "Title,Body ID\nMayor resigns,12\n"), goodBodies, 1,
         s("error: The column 'Headline' is missing (the header has: Title, Body ID) (%1)")
             .arg(dir.filePath(s("p2.csv")))},
        {goodPairs, write("b1.csv", "Body ID,articleBody\n12,\"never closed\n\n"), 1,
         s("error: A quoted field is never closed (%1, line 2)").arg(dir.filePath(s("b1.csv")))},
        {write("p3.csv", "Headline,Body ID\nSaid \"no\",12\n"), goodBodies, 1,
         s("error: A double quote inside a field that does not start with one (quote the whole field and double the "
           "inner quotes) (%1, line 2)")
             .arg(dir.filePath(s("p3.csv")))},
    };
    for (const auto& c : cases) {
        const CliRun r = stance(c.pairs, c.bodies);
        EXPECT_EQ(r.exitCode, c.exit) << c.error.toStdString();
        EXPECT_EQ(r.err.trimmed(), c.error);
        EXPECT_FALSE(QFile::exists(out)) << c.error.toStdString();
    }
    const CliRun usage = test::runCli({s("stance"), s("--pairs"), goodPairs, s("--out"), out});
    EXPECT_EQ(usage.exitCode, 2);
    EXPECT_EQ(usage.err.trimmed(), s("error: --bodies BODIES.csv is required; see --help (corroborate-cli stance)"));
    const CliRun weights = test::runCli({s("stance"), s("--pairs"), goodPairs, s("--bodies"), goodBodies, s("--out"),
                                         out, s("--weights"), write("w.tsv", "stance-weights\t1\nbias\t1\n")});
    EXPECT_EQ(weights.exitCode, 1);
    EXPECT_TRUE(weights.err.contains(s("w.tsv, line 2)"))) << weights.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
    // Never written over a case.
    const QString caseFile = dir.filePath(s("c.corrob"));
    ASSERT_EQ(test::runCli({s("new"), caseFile}).exitCode, 0);
    QFile before(caseFile);
    ASSERT_TRUE(before.open(QIODevice::ReadOnly));
    const QByteArray caseBytes = before.readAll();
    before.close();
    const CliRun overCase =
        test::runCli({s("stance"), s("--pairs"), goodPairs, s("--bodies"), goodBodies, s("--out"), caseFile});
    EXPECT_EQ(overCase.exitCode, 2);
    EXPECT_TRUE(overCase.err.contains(s("refused: that file is a database"))) << overCase.err.toStdString();
    ASSERT_TRUE(before.open(QIODevice::ReadOnly));
    EXPECT_EQ(before.readAll(), caseBytes);
}
