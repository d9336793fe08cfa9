// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// corroborate-cli export (w3c, qdpx, bundle), import-annotations and import-bundle end to end: the real executable
// on the seed articles plus a report with emoji.
#include "tests/support/CliRun.h"
#include "tests/support/TestFiles.h"
#include "tests/support/TestPaths.h"

#include <QFileInfo>
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

class ExchangeCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        emojiFile = dir.filePath(s("field-notes.txt"));
        test::writeFile(emojiFile,
                        s("Field notes \U0001F1FA\U0001F1E6 from Kharkiv\n\nResidents \U0001F622 said the mayor "
                          "counted 12 people killed \U0001F56F and 40 wounded.\n")
                            .toUtf8());
        path = makeCase(s("a.corrob"));
        run({s("claim"), s("add"), path, s("--report"), s("6"), s("--quote"), s("12 people killed"), s("--tag"),
             s("Casualties"), s("--tag"), s("Violence/Shelling"), s("--source"), s("the mayor")});
        run({s("claim"), s("add"), path, s("--report"), s("6"), s("--quote"), s("40 wounded"), s("--tag"),
             s("Casualties")});
        run({s("claim"), s("add"), path, s("--report"), s("1"), s("--quote"), s("Amnesty International")});
        run({s("link"), path, s("2"), s("1"), s("--type"), s("elaborates")});
    }

    QString makeCase(const QString& name)
    {
        const QString p = dir.filePath(name);
        run({s("new"), p});
        run(QStringList{s("import"), p} + test::seedFiles() << emojiFile);
        return p;
    }

    CliRun run(const QStringList& args, int expectedExit = 0)
    {
        const CliRun r = test::runCli(args);
        EXPECT_EQ(r.exitCode, expectedExit) << args.join(u' ').toStdString() << "\n" << r.err.toStdString();
        return r;
    }

    QStringList claimsOf(const QString& casePath)
    {
        QStringList out;
        for (const QJsonValue& v : run({s("claims"), casePath, s("--json")}).json().array()) {
            const QJsonObject c = v.toObject();
            QStringList tags;
            for (const QJsonValue& t : c.value(s("tags")).toArray()) {
                tags << t.toString();
            }
            out << QStringLiteral("%1 %2-%3 %4 [%5] %6")
                       .arg(c.value(s("report")).toInteger())
                       .arg(c.value(s("start")).toInteger())
                       .arg(c.value(s("end")).toInteger())
                       .arg(c.value(s("quote")).toString(), tags.join(u','), c.value(s("source")).toString());
        }
        out.sort();
        return out;
    }

    QTemporaryDir dir;
    QString emojiFile;
    QString path;
};

} // namespace

TEST_F(ExchangeCli, W3cExportImportsIntoAFreshCaseWithEveryClaimInPlace)
{
    const QString out = dir.filePath(s("a.jsonld"));
    const CliRun exported = run({s("export"), path, s("--format"), s("w3c"), s("--out"), out, s("--json")});
    EXPECT_EQ(exported.json().object().value(s("claims")).toInt(), 3);

    const QString fresh = makeCase(s("b.corrob"));
    const CliRun imported = run({s("import-annotations"), fresh, out, s("--json")});
    const QJsonObject result = imported.json().object();
    EXPECT_EQ(result.value(s("placed")).toArray().size(), 3);
    EXPECT_EQ(result.value(s("unplaced")).toArray().size(), 0);
    EXPECT_EQ(result.value(s("links")).toInt(), 1);
    EXPECT_EQ(claimsOf(fresh), claimsOf(path));

    // Again: nothing new, each listed with its reason, exit status 1.
    const CliRun again = run({s("import-annotations"), fresh, out, s("--json")}, 1);
    const QJsonArray unplaced = again.json().object().value(s("unplaced")).toArray();
    ASSERT_EQ(unplaced.size(), 3);
    EXPECT_FALSE(unplaced.at(0).toObject().value(s("quote")).toString().isEmpty());
    EXPECT_TRUE(unplaced.at(0).toObject().value(s("reason")).toString().contains(s("already")));
}

TEST_F(ExchangeCli, ExportFiltersByTagAndRefusesBadUsage)
{
    const QString out = dir.filePath(s("shelling.jsonld"));
    const CliRun exported =
        run({s("export"), path, s("--format"), s("w3c"), s("--out"), out, s("--tag"), s("Violence"), s("--json")});
    EXPECT_EQ(exported.json().object().value(s("claims")).toInt(), 1); // Violence/Shelling is below Violence
    run({s("export"), path, s("--format"), s("docx"), s("--out"), out}, 2);
    run({s("export"), path, s("--format"), s("w3c")}, 2);
    run({s("export"), path, s("--format"), s("bundle"), s("--out"), out, s("--tag"), s("Violence")}, 2);
    run({s("export"), path, s("--format"), s("w3c"), s("--out"), out, s("--tag"), s("No such tag")},
        2); // an unknown tag is bad usage, as for every format
}

TEST_F(ExchangeCli, QdpxExportWritesAZip)
{
    const QString out = dir.filePath(s("a.qdpx"));
    run({s("export"), path, s("--format"), s("qdpx"), s("--out"), out});
    QFile f(out);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.read(4) == QByteArrayLiteral("PK\x03\x04"));
}

TEST_F(ExchangeCli, BundleRoundTripVerifiesAndRefusesAnExistingTarget)
{
    const QString bundle = dir.filePath(s("a.zip"));
    const CliRun exported = run({s("export"), path, s("--format"), s("bundle"), s("--out"), bundle, s("--json")});
    EXPECT_EQ(exported.json().object().value(s("originals")).toInt(), 6);
    const QString copy = dir.filePath(s("copy.corrob"));
    const CliRun imported = run({s("import-bundle"), bundle, s("--out"), copy, s("--json")});
    EXPECT_EQ(imported.json().object().value(s("originals")).toInt(), 6);
    EXPECT_EQ(claimsOf(copy), claimsOf(path));
    run({s("verify"), copy});

    const CliRun again = run({s("import-bundle"), bundle, s("--out"), copy}, 1);
    EXPECT_TRUE(again.err.startsWith(s("error: "))) << again.err.toStdString();
    run({s("import-bundle"), bundle}, 2);
}
