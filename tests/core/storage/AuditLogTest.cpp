// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/AuditLog.h"
#include "core/storage/CaseFile.h"
#include "tests/support/RawSqlite.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::storage;
using corrob::test::rawExec;
using corrob::test::rawQuery;

namespace {

// A case with three audit entries, closed again so tests can tamper with it behind the program's back.
QString caseWithThreeEntries(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("audit.corrob"));
    auto db = CaseFile::create(path);
    AuditLog log(db.value());
    for (int i = 1; i <= 3; ++i) {
        auto e = log.append(QStringLiteral("lara"), QStringLiteral("test.action"), {{QStringLiteral("n"), i}});
        EXPECT_TRUE(e.ok());
    }
    return path;
}

std::vector<AuditProblem> problemsOf(const QString& path)
{
    auto db = CaseFile::open(path);
    EXPECT_TRUE(db.ok());
    auto problems = AuditLog(db.value()).verifyChain();
    EXPECT_TRUE(problems.ok());
    return problems.value();
}

} // namespace

TEST(AuditLog, ChainsEveryEntryToThePreviousOne)
{
    QTemporaryDir dir;
    auto db = CaseFile::create(dir.filePath(QStringLiteral("a.corrob")));
    AuditLog log(db.value());
    auto first = log.append(QStringLiteral("lara"), QStringLiteral("case.created"),
                            {{QStringLiteral("title"), QStringLiteral("T")}});
    auto second =
        log.append(QStringLiteral("lara"), QStringLiteral("report.imported"), {{QStringLiteral("report"), 1}});
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_EQ(first->seq, 1);
    EXPECT_EQ(first->prevHash, AuditLog::genesisHash());
    EXPECT_EQ(second->seq, 2);
    EXPECT_EQ(second->prevHash, first->hash);
    EXPECT_EQ(second->actor, QStringLiteral("lara"));
    EXPECT_EQ(second->payload, QStringLiteral("{\"report\":1}"));
    EXPECT_EQ(AuditLog::computeHash(second.value()), second->hash);
    EXPECT_TRUE(log.verifyChain().value().empty());
}

TEST(AuditLog, HashIsTheDocumentedSha256OfTheFieldsJoinedByUnitSeparators)
{
    // The expected value was computed outside the program from docs/schema.md's definition:
    //   python3 -c 'import hashlib; print(hashlib.sha256("\x1f".join(["12", "2026-03-01T10:00:00.000Z",
    //     "Lara M\u00fcller", "report.imported", "{\"report\":1,\"title\":\"\u041a\u0438\u0457\u0432\"}",
    //     "0" * 64]).encode()).hexdigest())'
    // (and again with printf | sha256sum). Multi-digit seq, non-ASCII actor and payload: UTF-8, not Latin-1.
    AuditEntry e;
    e.seq = 12;
    e.at = QStringLiteral("2026-03-01T10:00:00.000Z");
    e.actor = QStringLiteral("Lara M\u00fcller");
    e.action = QStringLiteral("report.imported");
    e.payload = QStringLiteral("{\"report\":1,\"title\":\"\u041a\u0438\u0457\u0432\"}");
    e.prevHash = QString(64, u'0'); // the documented genesis
    EXPECT_EQ(AuditLog::computeHash(e),
              QStringLiteral("54e7df75cc3d2782c3f3c1c4606f311e08d25d60bafe1d1791e5366cfc23f45e"));
}

TEST(AuditLog, DetectsAnEntryChangedBehindTheProgramsBack)
{
    QTemporaryDir dir;
    const QString path = caseWithThreeEntries(dir);
    ASSERT_TRUE(problemsOf(path).empty());
    ASSERT_EQ(rawExec(path, QStringLiteral("UPDATE audit_log SET payload = '{\"n\":20}' WHERE seq = 2")), QString());
    const auto problems = problemsOf(path);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems.front().seq, 2);
    EXPECT_TRUE(problems.front().detail.contains(QStringLiteral("entry 2")));
}

TEST(AuditLog, DetectsARemovedEntry)
{
    QTemporaryDir dir;
    const QString path = caseWithThreeEntries(dir);
    ASSERT_EQ(rawExec(path, QStringLiteral("DELETE FROM audit_log WHERE seq = 2")), QString());
    const auto problems = problemsOf(path);
    ASSERT_FALSE(problems.empty());
    EXPECT_EQ(problems.front().seq, 3);
}

TEST(AuditLog, DetectsAnEntryRewrittenWithARecomputedOwnHash)
{
    // A forger who recomputes the changed entry's own hash still breaks the link to the next entry.
    QTemporaryDir dir;
    const QString path = caseWithThreeEntries(dir);
    AuditEntry forged;
    {
        auto db = CaseFile::open(path);
        auto read = AuditLog(db.value()).forEach([&](const AuditEntry& e) {
            if (e.seq == 2) {
                forged = e;
            }
            return true;
        });
        ASSERT_TRUE(read.ok());
    }
    forged.actor = QStringLiteral("someone else");
    forged.hash = AuditLog::computeHash(forged);
    ASSERT_EQ(rawExec(path, QStringLiteral("UPDATE audit_log SET actor = 'someone else', hash = '%1' WHERE seq = 2")
                                .arg(forged.hash)),
              QString());
    const auto problems = problemsOf(path);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems.front().seq, 3);
}
