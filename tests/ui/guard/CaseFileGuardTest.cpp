// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The process keeps its hands off its open case's files (decisions/0013): a GUI process that has shown every file
// dialog on the case's folder still holds its SQLite locks, so a second process reading the case cannot delete the
// write-ahead log under it, and a claim marked afterwards survives a kill -9.
#include "core/case/Case.h"
#include "core/case/CaseReader.h"
#include "core/case/ImportService.h"
#include "core/case/IntegrityCheck.h"
#include "tests/support/CliRun.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace corrob::test {
namespace {

// Reads one line the child printed, waiting for it (up to timeoutMs); empty when none came.
QString readLine(QProcess& child, int timeoutMs = 60000)
{
    while (!child.canReadLine()) {
        if (!child.waitForReadyRead(timeoutMs)) {
            return {};
        }
    }
    return QString::fromUtf8(child.readLine()).trimmed();
}

class CaseFileGuardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_casePath = m_dir.filePath(QStringLiteral("guarded.corrob"));
        auto created = casefile::Case::create(m_casePath, QStringLiteral("Guarded"), {QStringLiteral("test")});
        ASSERT_TRUE(created.ok()) << created.error().toString().toStdString();
        casefile::ImportService import(*created.value());
        const auto outcome = import.importBytes("Troops withdrew from the town on Friday, officials said.\n",
                                                QStringLiteral("withdrawal.txt"), {});
        ASSERT_EQ(outcome.imported.size(), 1U);
        // Files a user keeps beside a case: the dialogs list them with the case's own.
        QFile notes(m_dir.filePath(QStringLiteral("notes.txt")));
        ASSERT_TRUE(notes.open(QIODevice::WriteOnly));
        notes.write("notes\n");
    }

    QTemporaryDir m_dir;
    QString m_casePath;
};

TEST_F(CaseFileGuardTest, AClaimMarkedAfterTheDialogsAndAnotherReaderSurvivesAKill)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QStringLiteral(CORROB_CASE_GUARD_CHILD), {m_casePath});
    ASSERT_TRUE(child.waitForStarted());
    const QString shown = readLine(child);
    ASSERT_TRUE(shown.startsWith(u"dialogs "))
        << "child said: " << shown.toStdString() << " / " << child.readAllStandardError().toStdString();
    EXPECT_GE(shown.section(u' ', 1).toInt(), 4);

    // A second process reads the case and closes it, as `corroborate-cli reports` does.
    const CliRun reports = runCli({QStringLiteral("reports"), m_casePath, QStringLiteral("--json")});
    ASSERT_EQ(reports.exitCode, 0) << reports.err.toStdString();
    ASSERT_EQ(reports.json().array().size(), 1);

    child.write("edit\n");
    const QString edited = readLine(child);
    ASSERT_TRUE(edited.startsWith(u"edited "))
        << "child said: " << edited.toStdString() << " / " << child.readAllStandardError().toStdString();
    const ClaimId claim(edited.section(u' ', 1).toLongLong());
    ASSERT_TRUE(claim.isValid());

    child.kill(); // SIGKILL: no clean close, no checkpoint
    ASSERT_TRUE(child.waitForFinished());

    auto reopened = casefile::Case::open(m_casePath, {QStringLiteral("test")});
    ASSERT_TRUE(reopened.ok()) << reopened.error().toString().toStdString();
    casefile::CaseReader reader(*reopened.value());
    auto claims = reader.claims();
    ASSERT_TRUE(claims.ok());
    ASSERT_EQ(claims->size(), 1U) << "the claim marked in the killed process was lost";
    EXPECT_EQ(claims->front().id, claim);
    auto integrity = casefile::verifyCase(*reopened.value());
    ASSERT_TRUE(integrity.ok());
    EXPECT_TRUE(integrity->problems.empty());
}

} // namespace
} // namespace corrob::test
