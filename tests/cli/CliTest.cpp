// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// corroborate-cli end to end: the real executable, real case files, the seed articles.
#include "tests/support/CliRun.h"
#include "tests/support/RawSqlite.h"
#include "tests/support/TestPaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace corrob;

namespace {

using test::CliRun;

CliRun cli(const QStringList& args)
{
    return test::runCli(args);
}

QString sha256Of(const QString& path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
}

// A new case holding the five seeds.
QString seededCase(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("x.corrob"));
    EXPECT_EQ(cli({QStringLiteral("new"), path}).exitCode, 0);
    EXPECT_EQ(cli(QStringList{QStringLiteral("import"), path} + test::seedFiles()).exitCode, 0);
    return path;
}

} // namespace

TEST(Cli, ImportsTheSeedsWithTheirSha256AndVerifies)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.corrob"));
    const CliRun created = cli({QStringLiteral("new"), path, QStringLiteral("--title"), QStringLiteral("Bucha")});
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();

    const QStringList seeds = test::seedFiles();
    const CliRun imported =
        cli(QStringList{QStringLiteral("import"), path} + seeds + QStringList{QStringLiteral("--json")});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const QJsonObject result = imported.json().object();
    const QJsonArray reports = result.value(QStringLiteral("imported")).toArray();
    ASSERT_EQ(reports.size(), 5);
    EXPECT_TRUE(result.value(QStringLiteral("skipped")).toArray().isEmpty());
    EXPECT_TRUE(result.value(QStringLiteral("failed")).toArray().isEmpty());
    for (int i = 0; i < reports.size(); ++i) {
        const QJsonObject r = reports.at(i).toObject();
        for (const char* key :
             {"file", "report", "title", "outlet", "published", "language", "sha256", "excluded_ranges"}) {
            EXPECT_TRUE(r.contains(QString::fromLatin1(key))) << "missing key " << key;
        }
        EXPECT_EQ(r.value(QStringLiteral("file")).toString(), seeds.at(i));
        EXPECT_EQ(r.value(QStringLiteral("sha256")).toString(), sha256Of(seeds.at(i)));
    }

    const CliRun verified = cli({QStringLiteral("verify"), path});
    EXPECT_EQ(verified.exitCode, 0) << verified.err.toStdString();
    EXPECT_TRUE(verified.out.contains(QStringLiteral("5 originals"))) << verified.out.toStdString();
}

TEST(Cli, VerifyFailsAndNamesTheReportWhoseOriginalChanged)
{
    QTemporaryDir dir;
    const QString path = seededCase(dir);
    ASSERT_EQ(test::rawExec(path, QStringLiteral("UPDATE report_originals SET bytes = "
                                                 "CAST(substr(bytes, 1, 10) || 'X' || substr(bytes, 12) AS BLOB) "
                                                 "WHERE report_id = 4")),
              QString());
    const CliRun verified = cli({QStringLiteral("verify"), path});
    EXPECT_EQ(verified.exitCode, 1);
    EXPECT_TRUE(verified.err.startsWith(QStringLiteral("error: "))) << verified.err.toStdString();
    EXPECT_TRUE(verified.err.contains(QStringLiteral("report 4"))) << verified.err.toStdString();
    EXPECT_FALSE(verified.err.contains(QStringLiteral("report 1 "))) << verified.err.toStdString();

    const CliRun json = cli({QStringLiteral("verify"), path, QStringLiteral("--json")});
    EXPECT_EQ(json.exitCode, 1);
    const QJsonObject o = json.json().object();
    EXPECT_FALSE(o.value(QStringLiteral("ok")).toBool(true));
    ASSERT_EQ(o.value(QStringLiteral("problems")).toArray().size(), 1);
    EXPECT_EQ(o.value(QStringLiteral("problems")).toArray().at(0).toObject().value(QStringLiteral("report")).toInt(),
              4);
}

TEST(Cli, ListsReportsAndPrintsTheirText)
{
    QTemporaryDir dir;
    const QString path = seededCase(dir);
    const CliRun listed = cli({QStringLiteral("reports"), path, QStringLiteral("--json")});
    ASSERT_EQ(listed.exitCode, 0);
    const QJsonArray reports = listed.json().array();
    ASSERT_EQ(reports.size(), 5);
    const QJsonObject second = reports.at(1).toObject();
    for (const char* key : {"id", "title", "outlet", "author", "published", "language", "sha256", "chars"}) {
        EXPECT_TRUE(second.contains(QString::fromLatin1(key))) << "missing key " << key;
    }
    EXPECT_EQ(second.value(QStringLiteral("sha256")).toString(), sha256Of(test::seedFiles().at(1)));

    const CliRun text = cli({QStringLiteral("text"), path, QString::number(second.value(QStringLiteral("id")).toInt()),
                             QStringLiteral("--all")});
    ASSERT_EQ(text.exitCode, 0);
    // --all: the whole working text, exactly (as long as "chars" says).
    const int chars = second.value(QStringLiteral("chars")).toInt();
    EXPECT_EQ(text.out.size(), chars);
    EXPECT_TRUE(text.out.contains(QStringLiteral("Oleksandr Pavlyuk")));
}

TEST(Cli, TextPrintsExactlyTheWorkingTextAddingNoFinalNewline)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.corrob"));
    ASSERT_EQ(cli({QStringLiteral("new"), path}).exitCode, 0);
    const QString file = dir.filePath(QStringLiteral("pasted.txt"));
    const QByteArray body = "Shelling hit the market, the mayor said.\n\nTwelve people were killed.";
    QFile out(file);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(body);
    out.close();
    ASSERT_EQ(cli({QStringLiteral("import"), path, file}).exitCode, 0);
    const CliRun listed = cli({QStringLiteral("reports"), path, QStringLiteral("--json")});
    ASSERT_EQ(listed.json().array().size(), 1);
    const int chars = listed.json().array().at(0).toObject().value(QStringLiteral("chars")).toInt();
    for (const QStringList& view : {QStringList{QStringLiteral("--all")}, QStringList{}}) {
        const CliRun text = cli(QStringList{QStringLiteral("text"), path, QStringLiteral("1")} + view);
        ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
        EXPECT_FALSE(text.out.endsWith(u'\n')) << view.join(u' ').toStdString();
        EXPECT_EQ(text.out.size(), chars) << view.join(u' ').toStdString();
        EXPECT_TRUE(text.out.endsWith(QStringLiteral("were killed."))) << text.out.toStdString();
    }
}

TEST(Cli, ImportReportsEachFailedFileAndStillImportsTheRest)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.corrob"));
    ASSERT_EQ(cli({QStringLiteral("new"), path}).exitCode, 0);
    const QString missing = dir.filePath(QStringLiteral("gone.txt"));
    const CliRun run =
        cli({QStringLiteral("import"), path, missing, test::seedFiles().at(0), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 1);
    const QJsonObject o = run.json().object();
    EXPECT_EQ(o.value(QStringLiteral("imported")).toArray().size(), 1);
    const QJsonArray failed = o.value(QStringLiteral("failed")).toArray();
    ASSERT_EQ(failed.size(), 1);
    EXPECT_EQ(failed.at(0).toObject().value(QStringLiteral("file")).toString(), missing);
    EXPECT_TRUE(run.err.contains(QStringLiteral("error: ")) && run.err.contains(missing)) << run.err.toStdString();

    const CliRun again = cli({QStringLiteral("import"), path, test::seedFiles().at(0), QStringLiteral("--json")});
    EXPECT_EQ(again.exitCode, 0);
    const QJsonArray skipped = again.json().object().value(QStringLiteral("skipped")).toArray();
    ASSERT_EQ(skipped.size(), 1);
    EXPECT_EQ(skipped.at(0).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("duplicate"));
    EXPECT_EQ(cli({QStringLiteral("verify"), path}).exitCode, 0);
}

TEST(Cli, ExitsWithTwoOnBadUsageAndThreeWhenTheCaseCannotBeOpened)
{
    QTemporaryDir dir;
    EXPECT_EQ(cli({}).exitCode, 2);
    const CliRun unknown = cli({QStringLiteral("frobnicate")});
    EXPECT_EQ(unknown.exitCode, 2);
    // The contract's one line, "error: <what> (<where>)", for every error.
    EXPECT_EQ(unknown.err.trimmed(),
              QStringLiteral("error: unknown command 'frobnicate'; see corroborate-cli --help (corroborate-cli)"));
    EXPECT_EQ(cli({QStringLiteral("import")}).exitCode, 2);
    EXPECT_EQ(
        cli({QStringLiteral("reports"), dir.filePath(QStringLiteral("a.corrob")), QStringLiteral("--bogus")}).exitCode,
        2);
    const QString path = seededCase(dir);
    const CliRun badDate = cli({QStringLiteral("import"), path, test::seedFiles().at(0), QStringLiteral("--published"),
                                QStringLiteral("last Friday")});
    EXPECT_EQ(badDate.exitCode, 2);
    EXPECT_TRUE(badDate.err.contains(QStringLiteral("last Friday")));
    EXPECT_EQ(cli({QStringLiteral("text"), path, QStringLiteral("first")}).exitCode, 2);
    // One URL for several files would chain them as versions of each other: refused.
    const CliRun batchUrl = cli({QStringLiteral("import"), path, test::seedFiles().at(0), test::seedFiles().at(1),
                                 QStringLiteral("--url"), QStringLiteral("https://example.org/a")});
    EXPECT_EQ(batchUrl.exitCode, 2);
    EXPECT_TRUE(batchUrl.err.contains(QStringLiteral("--url"))) << batchUrl.err.toStdString();
    // A URL is checked as `report set --url` checks it: nothing is imported with "javascript:" as its address.
    const CliRun script = cli({QStringLiteral("import"), path, test::seedFiles().at(0), QStringLiteral("--url"),
                               QStringLiteral("javascript:alert(1)")});
    EXPECT_EQ(script.exitCode, 2);
    EXPECT_TRUE(script.err.contains(QStringLiteral("javascript:alert(1)"))) << script.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("text"), path, QStringLiteral("99")}).exitCode, 1);

    const QString notCase = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(notCase);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("just some notes\n").repeated(100));
    f.close();
    const CliRun refused = cli({QStringLiteral("reports"), notCase});
    EXPECT_EQ(refused.exitCode, 3);
    EXPECT_EQ(refused.err.trimmed(),
              QStringLiteral("error: not a Corroborate case (the file is not a database) (%1)").arg(notCase));
    EXPECT_EQ(cli({QStringLiteral("verify"), dir.filePath(QStringLiteral("missing.corrob"))}).exitCode, 3);
    EXPECT_EQ(cli({QStringLiteral("new"), path}).exitCode, 3) << "new must never overwrite a case";
    EXPECT_EQ(cli({QStringLiteral("reports"), path, QStringLiteral("--json")}).json().array().size(), 5);
}

TEST(Cli, RefusesACaseWrittenByANewerVersionWithExitThree)
{
    QTemporaryDir dir;
    const QString path = seededCase(dir);
    ASSERT_EQ(test::rawExec(path, QStringLiteral("PRAGMA user_version = 42")), QString());
    const CliRun run = cli({QStringLiteral("reports"), path});
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_TRUE(run.err.contains(QStringLiteral("newer version"))) << run.err.toStdString();
}

TEST(Cli, PrintsHelpAndVersion)
{
    const CliRun help = cli({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    for (const char* command : {"new", "import", "reports", "text", "verify"}) {
        EXPECT_TRUE(help.out.contains(QString::fromLatin1(command))) << command;
    }
    const CliRun version = cli({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.contains(QStringLiteral(CORROB_VERSION)));
    const CliRun importHelp = cli({QStringLiteral("import"), QStringLiteral("--help")});
    EXPECT_EQ(importHelp.exitCode, 0);
    EXPECT_TRUE(importHelp.out.contains(QStringLiteral("--outlet")));
}

TEST(Cli, ACommandThatWritesRefusesADamagedCaseAndWritesNothing)
{
    QTemporaryDir dir;
    const QString path = seededCase(dir);
    {
        // Damage one of the case's early pages (a table's b-tree page), as a bad sector or a cut copy does.
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.seek(8192));
        ASSERT_EQ(file.write(QByteArray(4000, '\xde')), 4000);
    }
    const QString before = sha256Of(path);
    for (const QStringList& args :
         {QStringList{QStringLiteral("claim"), QStringLiteral("add"), path, QStringLiteral("--report"),
                      QStringLiteral("1"), QStringLiteral("--quote"), QStringLiteral("Amnesty")},
          QStringList{QStringLiteral("import"), path, test::seedFiles().front()}}) {
        const CliRun r = cli(args);
        SCOPED_TRACE(args.join(u' ').toStdString());
        EXPECT_EQ(r.exitCode, 3) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("damaged"))) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("nothing was written"))) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(path)) << r.err.toStdString();
        EXPECT_EQ(sha256Of(path), before);
        EXPECT_LE(QFileInfo(path + QStringLiteral("-wal")).size(), 0) << "nothing waits in the write-ahead log";
    }
}

TEST(Cli, ACaseInAFolderItCannotWriteIsReadAsItIsAndAChangeIsRefused)
{
    // Evidence on write-protected media: a folder the user cannot write. Root writes anywhere, so as root the
    // commands run as the unprivileged "nobody" user, for whom the folder is read-only.
    QTemporaryDir dir;
    const QString path = seededCase(dir);
    ASSERT_TRUE(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                      QFile::ReadOther | QFile::ExeOther));
    ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    const bool root = ::geteuid() == 0;
    if (!root) {
        ASSERT_TRUE(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    }
    const auto run = [root](const QStringList& args) {
        QProcess p;
        if (root) {
            p.setProgram(QStringLiteral("setpriv"));
            p.setArguments(QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                       QStringLiteral("--clear-groups"), test::cliPath()} +
                           args);
        } else {
            p.setProgram(test::cliPath());
            p.setArguments(args);
        }
        p.start();
        p.waitForFinished(60000);
        return CliRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                      QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    };
    if (root && run({QStringLiteral("--version")}).exitCode != 0) {
        GTEST_SKIP() << "cannot run corroborate-cli as another user here (setpriv, or a build folder only root reads)";
    }
    const QStringList before = QDir(dir.path()).entryList(QDir::Files);

    const CliRun reports = run({QStringLiteral("reports"), path, QStringLiteral("--json")});
    EXPECT_EQ(reports.exitCode, 0) << reports.err.toStdString();
    EXPECT_EQ(reports.json().array().size(), 5);
    const CliRun found = run({QStringLiteral("search"), path, QStringLiteral("Bucha"), QStringLiteral("--json")});
    EXPECT_EQ(found.exitCode, 0) << found.err.toStdString();
    EXPECT_FALSE(found.json().array().isEmpty());
    EXPECT_EQ(run({QStringLiteral("verify"), path}).exitCode, 0);

    const CliRun add = run({QStringLiteral("claim"), QStringLiteral("add"), path, QStringLiteral("--report"),
                            QStringLiteral("1"), QStringLiteral("--quote"), QStringLiteral("Amnesty")});
    EXPECT_EQ(add.exitCode, 3);
    EXPECT_TRUE(add.err.contains(QStringLiteral("cannot be written"))) << add.err.toStdString();
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), before) << "no -wal or -shm file left behind";
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner); // to be removed
}

TEST(Cli, NewAndBackupIntoAMissingFolderSaySoRatherThanThatTheDatabaseCannotBeOpened)
{
    // SQLite's "unable to open database file" said nothing of the folder.
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/x.corrob"));
    const CliRun made = cli({QStringLiteral("new"), missing});
    EXPECT_NE(made.exitCode, 0);
    EXPECT_TRUE(made.err.contains(QStringLiteral("does not exist"))) << made.err.toStdString();
    EXPECT_FALSE(made.err.contains(QStringLiteral("unable to open"))) << made.err.toStdString();
    const QString path = seededCase(dir);
    const CliRun backup = cli({QStringLiteral("backup"), path, QStringLiteral("--out"), missing});
    EXPECT_NE(backup.exitCode, 0);
    EXPECT_TRUE(backup.err.contains(QStringLiteral("does not exist"))) << backup.err.toStdString();
}
