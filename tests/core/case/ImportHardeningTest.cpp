// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input at import: encodings, control characters, unreadable, vanished, empty and binary files, folders with
// hidden files and link loops, progress within a big file.
#include "core/case/Case.h"
#include "core/case/ImportService.h"
#include "core/case/IntegrityCheck.h"
#include "tests/support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace corrob;
using namespace corrob::casefile;

using corrob::test::writeFile;

namespace {

std::unique_ptr<Case> newCase(const QTemporaryDir& dir)
{
    auto c = Case::create(dir.filePath(QStringLiteral("hard.corrob")), QString(), {QStringLiteral("tester")});
    EXPECT_TRUE(c.ok());
    return std::move(c).value();
}

QByteArray utf16(const QString& text, bool bigEndian)
{
    QByteArray out(bigEndian ? "\xFE\xFF" : "\xFF\xFE", 2);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const char hi = char(u >> 8);
        const char lo = char(u & 0xFF);
        out.append(bigEndian ? hi : lo).append(bigEndian ? lo : hi);
    }
    return out;
}

const QString kArticle =
    QStringLiteral(u"Kharkiv shelled again\n\nAgnès Callamard said the attacks were war crimes.\n");

QStringList failedFiles(const ImportOutcome& outcome)
{
    QStringList out;
    for (const auto& f : outcome.failed) {
        out << f.file;
    }
    return out;
}

} // namespace

TEST(ImportHardening, ReadsEveryByteOrderMarkAndKeepsTheOriginalBytes)
{
    QTemporaryDir dir;
    auto c = newCase(dir);
    const QByteArray utf8Bom = QByteArray("\xEF\xBB\xBF") + kArticle.toUtf8();
    const QByteArray le = utf16(kArticle, false);
    QByteArray be = utf16(kArticle, true);
    be.append(utf16(QStringLiteral(" (BE)"), true).mid(2));
    for (const auto& [name, bytes, encoding] :
         {std::tuple{QStringLiteral("utf8bom.txt"), utf8Bom, QStringLiteral("UTF-8 (BOM)")},
          std::tuple{QStringLiteral("le.txt"), le, QStringLiteral("UTF-16LE (BOM)")},
          std::tuple{QStringLiteral("be.txt"), be, QStringLiteral("UTF-16BE (BOM)")}}) {
        const ImportOutcome outcome = ImportService(*c).importBytes(bytes, name, {});
        ASSERT_EQ(outcome.imported.size(), 1u) << name.toStdString();
        const ReportId id = outcome.imported.front().report.id;
        EXPECT_TRUE(c->reportText(id, Case::TextView::All)->startsWith(kArticle)) << name.toStdString();
        EXPECT_FALSE(c->reportText(id, Case::TextView::All)->startsWith(QChar(0xFEFF)));
        EXPECT_EQ(c->original(id).value(), bytes) << "the evidentiary copy keeps its BOM";
        EXPECT_EQ(outcome.imported.front().report.metadata.title, QStringLiteral("Kharkiv shelled again"));
        Q_UNUSED(encoding);
    }
}

TEST(ImportHardening, StoresTheWindows1252FallbackWarningOnTheReport)
{
    QTemporaryDir dir;
    auto c = newCase(dir);
    const ImportOutcome outcome = ImportService(*c).importBytes(
        QByteArray("Caf\xE9 owners flee Kharkiv\n\nThey said \x93we left\x94.\n"), QStringLiteral("latin.txt"), {});
    ASSERT_EQ(outcome.imported.size(), 1u);
    const auto summary = c->report(outcome.imported.front().report.id).value();
    ASSERT_EQ(summary.warnings.size(), 1);
    EXPECT_TRUE(summary.warnings.first().contains(QStringLiteral("Windows-1252")));
    EXPECT_EQ(summary.metadata.title, QStringLiteral(u"Café owners flee Kharkiv"));
}

TEST(ImportHardening, RemovesControlCharactersNormalisesNewlinesAndComposes)
{
    QTemporaryDir dir;
    auto c = newCase(dir);
    QByteArray bytes = QStringLiteral(u"Agne\u0300s Callamard speaks\r\n\r\nShe said\u0007 it was").toUtf8();
    bytes.append('\0').append(" a war crime.\r");
    const ImportOutcome outcome = ImportService(*c).importBytes(bytes, QStringLiteral("ctrl.txt"), {});
    ASSERT_EQ(outcome.imported.size(), 1u);
    EXPECT_EQ(c->reportText(outcome.imported.front().report.id, Case::TextView::All).value(),
              QStringLiteral(u"Agnès Callamard speaks\n\nShe said it was a war crime.\n"));
}

TEST(ImportHardening, EachBadFileFailsByNameAndTheOthersImport)
{
    QTemporaryDir dir;
    auto c = newCase(dir);
    const QString good = dir.filePath(QStringLiteral("in/good.txt"));
    const QString empty = dir.filePath(QStringLiteral("in/empty.txt"));
    const QString binary = dir.filePath(QStringLiteral("in/photo.jpg.txt"));
    const QString vanished = dir.filePath(QStringLiteral("in/vanished.txt"));
    writeFile(good, kArticle.toUtf8());
    writeFile(empty, QByteArray());
    QByteArray jpeg("\xFF\xD8\xFF\xE0", 4);
    for (int i = 0; i < 4096; ++i) {
        jpeg.append(char(i * 7 % 256));
    }
    writeFile(binary, jpeg);
    const ImportOutcome outcome = ImportService(*c).importPaths({good, empty, binary, vanished}, {});
    ASSERT_EQ(outcome.imported.size(), 1u);
    EXPECT_EQ(outcome.imported.front().file, good);
    EXPECT_EQ(failedFiles(outcome), (QStringList{vanished, empty, binary}));
    for (const auto& f : outcome.failed) {
        EXPECT_FALSE(f.error.isEmpty()) << f.file.toStdString();
    }
    auto check = verifyCase(*c);
    ASSERT_TRUE(check.ok());
    EXPECT_TRUE(check->ok());
}

TEST(ImportHardening, AnUnreadableFileFailsByName)
{
    QTemporaryDir dir;
    auto c = newCase(dir);
    const QString locked = dir.filePath(QStringLiteral("locked.txt"));
    writeFile(locked, kArticle.toUtf8());
    ASSERT_TRUE(QFile::setPermissions(locked, QFileDevice::Permissions()));
    if (::access(QFile::encodeName(locked).constData(), R_OK) == 0) {
        QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner);
        GTEST_SKIP() << "running as a user who can read a mode-000 file (root): the refusal cannot be tested here";
    }
    const ImportOutcome outcome = ImportService(*c).importPaths({locked}, {});
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner);
    ASSERT_EQ(outcome.failed.size(), 1u);
    EXPECT_EQ(outcome.failed.front().file, locked);
    EXPECT_TRUE(outcome.failed.front().error.contains(QStringLiteral("cannot read")))
        << outcome.failed.front().error.toStdString();
    EXPECT_TRUE(outcome.imported.empty());
}

TEST(ImportHardening, WalksFoldersSkippingHiddenFilesAndSurvivingLinkLoops)
{
    QTemporaryDir dir;
    auto c = newCase(dir);
    const QString root = dir.filePath(QStringLiteral("articles"));
    writeFile(root + QStringLiteral("/a.txt"), kArticle.toUtf8());
    writeFile(root + QStringLiteral("/nested/deeper/b.md"),
              QByteArray("# Bucha investigation\n\nInvestigators collected evidence in Bucha.\n"));
    writeFile(root + QStringLiteral("/.DS_Store"), QByteArray("\0\0\0\1Bud1", 8));
    writeFile(root + QStringLiteral("/.git/config"), QByteArray("[core]\n"));
    writeFile(root + QStringLiteral("/nested/Thumbs.db"), QByteArray("thumbs"));
    writeFile(root + QStringLiteral("/.hidden/secret.txt"), QByteArray("hidden text\n"));
    // A loop (nested/loop -> the root folder) and a second way to reach a.txt.
    ASSERT_TRUE(QFile::link(root, root + QStringLiteral("/nested/loop")));
    ASSERT_TRUE(QFile::link(root + QStringLiteral("/a.txt"), root + QStringLiteral("/nested/a-link.txt")));

    const ImportOutcome outcome = ImportService(*c).importPaths({root}, {});
    EXPECT_TRUE(outcome.failed.empty()) << outcome.failed.front().error.toStdString();
    ASSERT_EQ(outcome.imported.size(), 2u);
    EXPECT_TRUE(outcome.imported.at(0).file.endsWith(QStringLiteral("a.txt")) ||
                outcome.imported.at(1).file.endsWith(QStringLiteral("a.txt")));
    bool markdown = false;
    for (const auto& f : outcome.imported) {
        markdown |= f.report.metadata.title == QStringLiteral("Bucha investigation");
    }
    EXPECT_TRUE(markdown) << "the Markdown heading is the title";
    EXPECT_TRUE(outcome.skipped.empty());
}

TEST(ImportHardening, AFolderLinkToAFileOutsideItIsSkippedWithItsReasonAndTakenWhenNamed)
{
    QTemporaryDir dir;
    auto c = newCase(dir);
    const QString root = dir.filePath(QStringLiteral("articles"));
    writeFile(root + QStringLiteral("/a.txt"), kArticle.toUtf8());
    const QString outside = dir.filePath(QStringLiteral("private/passwords.txt"));
    writeFile(outside, QByteArray("root:x:0:0:root:/root:/bin/bash\n"));
    ASSERT_TRUE(QFile::link(outside, root + QStringLiteral("/p.txt")));

    const ImportOutcome outcome = ImportService(*c).importPaths({root}, {});
    ASSERT_EQ(outcome.imported.size(), 1u);
    EXPECT_TRUE(outcome.imported.front().file.endsWith(QStringLiteral("a.txt")));
    ASSERT_EQ(outcome.skipped.size(), 1u);
    EXPECT_TRUE(outcome.skipped.front().file.endsWith(QStringLiteral("p.txt")));
    EXPECT_TRUE(outcome.skipped.front().reason.contains(QStringLiteral("outside the folder")))
        << outcome.skipped.front().reason.toStdString();
    // Named on its own, the link is the user's choice.
    EXPECT_EQ(ImportService(*c).importPaths({root + QStringLiteral("/p.txt")}, {}).imported.size(), 1u);
}

TEST(ImportHardening, ReportsByteProgressWithinABigFileAndCanCancel)
{
    QTemporaryDir dir;
    auto c = newCase(dir);
    const QString big = dir.filePath(QStringLiteral("big.txt"));
    QByteArray bytes = QByteArray("A long report\n\n");
    const QByteArray paragraph("Residents of Kharkiv described the shelling of their homes in detail.\n\n");
    while (bytes.size() < 3 * ImportService::kReadChunk + 12345) {
        bytes.append(paragraph);
    }
    writeFile(big, bytes);

    ImportService service(*c);
    std::vector<qint64> seen;
    service.setByteProgress([&](qint64 done, qint64 total, const QString& file) {
        EXPECT_EQ(total, bytes.size());
        EXPECT_EQ(file, big);
        seen.push_back(done);
        return true;
    });
    const ImportOutcome outcome = service.importPaths({big}, {});
    ASSERT_EQ(outcome.imported.size(), 1u);
    ASSERT_GE(seen.size(), 4u);
    EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
    EXPECT_EQ(seen.back(), bytes.size());
    EXPECT_EQ(c->original(outcome.imported.front().report.id).value(), bytes);

    ImportService cancelling(*c);
    cancelling.setByteProgress([](qint64 done, qint64, const QString&) { return done < ImportService::kReadChunk; });
    QByteArray other = bytes;
    other.append("One more line.\n");
    writeFile(big, other);
    const ImportOutcome cancelled = cancelling.importPaths({big}, {});
    EXPECT_TRUE(cancelled.cancelled);
    EXPECT_TRUE(cancelled.imported.empty());
    EXPECT_EQ(c->reports()->size(), 1u);
}
