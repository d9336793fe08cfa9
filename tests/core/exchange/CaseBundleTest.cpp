// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/CaseBundle.h"
#include "core/case/Case.h"
#include "core/case/IntegrityCheck.h"
#include "core/common/Hash.h"
#include "core/exchange/ZipArchive.h"
#include "core/storage/Database.h"
#include "tests/core/exchange/ExchangeTestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <unistd.h>

#include <archive.h>
#include <archive_entry.h>

#include <gtest/gtest.h>

namespace corrob::exchange {

namespace {

struct RawEntry
{
    QString name;
    QByteArray bytes;
    QString symlinkTo; // non-empty: a symbolic link entry
};

// A zip written with libarchive as an attacker would: any name, links, whatever the manifest says.
void writeRawZip(const QString& path, const std::vector<RawEntry>& entries)
{
    struct archive* a = archive_write_new();
    archive_write_set_format_zip(a);
    ASSERT_EQ(archive_write_open_filename(a, QFile::encodeName(path).constData()), ARCHIVE_OK);
    for (const RawEntry& e : entries) {
        struct archive_entry* entry = archive_entry_new();
        archive_entry_set_pathname(entry, e.name.toUtf8().constData());
        if (e.symlinkTo.isEmpty()) {
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_size(entry, e.bytes.size());
        } else {
            archive_entry_set_filetype(entry, AE_IFLNK);
            archive_entry_set_symlink(entry, e.symlinkTo.toUtf8().constData());
            archive_entry_set_size(entry, 0);
        }
        archive_entry_set_perm(entry, 0644);
        ASSERT_EQ(archive_write_header(a, entry), ARCHIVE_OK);
        if (!e.bytes.isEmpty()) {
            archive_write_data(a, e.bytes.constData(), size_t(e.bytes.size()));
        }
        archive_entry_free(entry);
    }
    archive_write_close(a);
    archive_write_free(a);
}

QString manifestLine(const QString& name, const QByteArray& bytes)
{
    return sha256Hex(QByteArrayView(bytes)) + QStringLiteral("  ") + name + u'\n';
}

// Every file under a folder, relative to it (hidden ones too).
QStringList filesUnder(const QString& dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        out << QDir(dir).relativeFilePath(it.next());
    }
    out.sort();
    return out;
}

class CaseBundleTest : public ::testing::Test
{
protected:
    // outer/ holds the bundle; outer/target/ is where the case is to go. Nothing may appear in outer/ but the
    // bundle, nor in target/ but the case.
    void SetUp() override
    {
        ASSERT_TRUE(QDir(m_outer.path()).mkdir(QStringLiteral("target")));
        m_bundle = m_outer.filePath(QStringLiteral("bundle.zip"));
        m_case = m_outer.filePath(QStringLiteral("target/case.corrob"));
    }

    void expectNothingWritten() { EXPECT_EQ(filesUnder(m_outer.path()), QStringList{QStringLiteral("bundle.zip")}); }

    QTemporaryDir m_outer;
    QString m_bundle;
    QString m_case;
};

} // namespace

TEST_F(CaseBundleTest, RoundTripGivesTheSameCaseAndEveryOriginalWithItsHash)
{
    test::ExchangeCase source;
    auto exported = exportCaseBundle(source.get(), m_bundle);
    ASSERT_TRUE(exported.ok()) << exported.error().toString().toStdString();
    EXPECT_EQ(exported->originals, 6);

    auto imported = importCaseBundle(m_bundle, m_case);
    ASSERT_TRUE(imported.ok()) << imported.error().toString().toStdString();
    EXPECT_EQ(imported->originals, 6);
    EXPECT_EQ(filesUnder(m_outer.filePath(QStringLiteral("target"))), QStringList{QStringLiteral("case.corrob")});

    auto opened = casefile::Case::open(m_case, {QStringLiteral("tester")});
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ(test::describeClaims(*opened.value()), test::describeClaims(source.get()));
    auto verified = casefile::verifyCase(*opened.value());
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->ok());
    EXPECT_EQ(verified->reportsChecked, 6);

    // The manifest is what sha256sum writes: the originals' hashes are the ones the case recorded.
    std::vector<QString> names;
    QHash<QString, QByteArray> contents;
    auto entries = readZip(m_bundle, qint64(1) << 30, [](const ZipEntry&) -> Result<QIODevice*> { return nullptr; });
    ASSERT_TRUE(entries.ok());
    QStringList entryNames;
    for (const ZipEntry& e : entries.value()) {
        entryNames << e.name;
    }
    EXPECT_TRUE(entryNames.contains(QStringLiteral("case.corrob")));
    EXPECT_TRUE(entryNames.contains(QStringLiteral("MANIFEST.sha256")));
    EXPECT_TRUE(entryNames.contains(QStringLiteral("originals/6-field-notes.txt")))
        << entryNames.join(u' ').toStdString();
    for (const auto& r : source.get().reports().value()) {
        bool found = false;
        for (const ZipEntry& e : entries.value()) {
            found = found || (e.name.startsWith(QStringLiteral("originals/")) && e.sha256 == r.sha256);
        }
        EXPECT_TRUE(found) << r.metadata.title.toStdString();
    }
}

TEST_F(CaseBundleTest, ACopyOfACaseThatACrashLeftInATemporaryFolderIsRemovedByTheNextBundle)
{
    // A process that has ended: its pid is no process's now (pids are handed out in turn, not at once again).
    QProcess finished;
    finished.start(QStringLiteral("true"), {});
    ASSERT_TRUE(finished.waitForStarted());
    const qint64 dead = finished.processId();
    ASSERT_TRUE(finished.waitForFinished());
    ASSERT_GT(dead, 0);
    test::ExchangeCase source;
    // The temporary folder of this test alone (TMPDIR), holding what a kill -9 during an export and during an import
    // left: a copy of the case each. And a folder of a process still running (this one's parent), which stays.
    QTemporaryDir tmp;
    ASSERT_TRUE(tmp.isValid());
    const bool tmpWasSet = qEnvironmentVariableIsSet("TMPDIR");
    const QByteArray savedTmp = qgetenv("TMPDIR");
    qputenv("TMPDIR", tmp.path().toUtf8());
    const QString exportLeft = QStringLiteral("corrob-bundle-%1-AbCdEf").arg(dead);
    const QString running = QStringLiteral("corrob-bundle-%1-GhIjKl").arg(qint64(::getppid()));
    const QString importLeft = QStringLiteral("target/.corrob-bundle-%1-MnOpQr").arg(dead);
    for (const QString& left : {tmp.filePath(exportLeft), tmp.filePath(running), m_outer.filePath(importLeft)}) {
        ASSERT_TRUE(QDir().mkpath(left));
        QFile copy(left + QStringLiteral("/case.corrob"));
        ASSERT_TRUE(copy.open(QIODevice::WriteOnly));
        copy.write("evidence");
    }

    auto exported = exportCaseBundle(source.get(), m_bundle);
    auto imported = exported.ok() ? importCaseBundle(m_bundle, m_case) : Result<BundleSummary>(exported.error());
    if (tmpWasSet) {
        qputenv("TMPDIR", savedTmp);
    } else {
        qunsetenv("TMPDIR");
    }
    ASSERT_TRUE(exported.ok()) << exported.error().toString().toStdString();
    ASSERT_TRUE(imported.ok()) << imported.error().toString().toStdString();
    EXPECT_FALSE(QFileInfo::exists(tmp.filePath(exportLeft))) << "the crashed export's copy is gone";
    EXPECT_FALSE(QFileInfo::exists(m_outer.filePath(importLeft))) << "the crashed import's copy is gone";
    EXPECT_TRUE(QFileInfo::exists(tmp.filePath(running))) << "a running process's folder stays";
    EXPECT_EQ(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{running})
        << "this export's own folder is removed too";
    EXPECT_EQ(filesUnder(m_outer.filePath(QStringLiteral("target"))), QStringList{QStringLiteral("case.corrob")});
}

TEST_F(CaseBundleTest, ACaseThatDoesNotVerifyIsNotBundledForAnImportToRefuse)
{
    // A stored original no longer matching its hash: the bundle was written (exit 0), and importing it refused the
    // whole case. The export now says so and writes nothing.
    test::ExchangeCase source;
    ASSERT_TRUE(
        source.get()
            .database()
            .exec(QStringLiteral("UPDATE report_originals SET bytes = CAST('changed' AS BLOB) WHERE report_id = "
                                 "(SELECT min(report_id) FROM report_originals)"))
            .ok());
    auto exported = exportCaseBundle(source.get(), m_bundle);
    ASSERT_FALSE(exported.ok());
    EXPECT_EQ(exported.error().code, ErrorCode::Integrity);
    EXPECT_TRUE(exported.error().message.contains(QStringLiteral("does not verify")))
        << exported.error().message.toStdString();
    EXPECT_FALSE(QFileInfo::exists(m_bundle));
}

TEST_F(CaseBundleTest, RefusesAnExistingCaseFile)
{
    test::ExchangeCase source;
    ASSERT_TRUE(exportCaseBundle(source.get(), m_bundle).ok());
    test::ExchangeCase other;
    ASSERT_TRUE(QFile::copy(other.get().path(), m_case));
    auto imported = importCaseBundle(m_bundle, m_case);
    ASSERT_FALSE(imported.ok());
    EXPECT_EQ(imported.error().code, ErrorCode::AlreadyExists);
}

TEST_F(CaseBundleTest, RefusesAZipSlipEntryAndWritesNothingOutsideTheTarget)
{
    const QByteArray evil = QByteArrayLiteral("#!/bin/sh\necho owned\n");
    for (const QString& name : {QStringLiteral("../evil.sh"), QStringLiteral("originals/../../evil.sh"),
                                QStringLiteral("/tmp/evil.sh"), QStringLiteral("originals/..\\..\\evil.sh")}) {
        writeRawZip(m_bundle,
                    {{QStringLiteral("MANIFEST.sha256"), manifestLine(name, evil).toUtf8(), {}}, {name, evil, {}}});
        auto imported = importCaseBundle(m_bundle, m_case);
        ASSERT_FALSE(imported.ok()) << name.toStdString();
        EXPECT_EQ(imported.error().code, ErrorCode::Integrity);
        EXPECT_TRUE(imported.error().message.contains(QStringLiteral("outside the target folder")))
            << imported.error().toString().toStdString();
        EXPECT_TRUE(imported.error().context.endsWith(name)) << imported.error().context.toStdString();
        expectNothingWritten();
        EXPECT_FALSE(QFileInfo::exists(QStringLiteral("/tmp/evil.sh")));
    }
}

TEST_F(CaseBundleTest, RefusesASymbolicLinkEntry)
{
    writeRawZip(m_bundle, {{QStringLiteral("originals/passwd"), {}, QStringLiteral("/etc/passwd")}});
    auto imported = importCaseBundle(m_bundle, m_case);
    ASSERT_FALSE(imported.ok());
    EXPECT_TRUE(imported.error().message.contains(QStringLiteral("is a link")))
        << imported.error().toString().toStdString();
    expectNothingWritten();
}

TEST_F(CaseBundleTest, RefusesAnOversizedEntry)
{
    const QByteArray big(2 * 1024 * 1024, '\0'); // two megabytes of zeros: compresses to almost nothing
    writeRawZip(m_bundle, {{QStringLiteral("originals/1-big.txt"), big, {}}});
    BundleLimits limits;
    limits.maxEntryBytes = 1024 * 1024;
    auto imported = importCaseBundle(m_bundle, m_case, limits);
    ASSERT_FALSE(imported.ok());
    EXPECT_TRUE(imported.error().message.contains(QStringLiteral("over the limit")) ||
                imported.error().message.contains(QStringLiteral("more than the limit")))
        << imported.error().toString().toStdString();
    expectNothingWritten();
}

TEST_F(CaseBundleTest, RefusesAnEntryWhoseHashDoesNotMatchTheManifestAndLeavesNoCase)
{
    test::ExchangeCase source;
    const QString good = m_outer.filePath(QStringLiteral("good.zip"));
    ASSERT_TRUE(exportCaseBundle(source.get(), good).ok());
    // Rebuild it with one original changed by a byte, the manifest untouched.
    std::vector<RawEntry> entries;
    std::vector<std::unique_ptr<QBuffer>> buffers;
    std::vector<QString> names;
    ASSERT_TRUE(readZip(good, qint64(1) << 30, [&](const ZipEntry& e) -> Result<QIODevice*> {
                    buffers.push_back(std::make_unique<QBuffer>());
                    buffers.back()->open(QIODevice::WriteOnly);
                    names.push_back(e.name);
                    return buffers.back().get();
                }).ok());
    for (size_t i = 0; i < names.size(); ++i) {
        QByteArray bytes = buffers[i]->data();
        if (names[i] == u"originals/6-field-notes.txt") {
            bytes[0] = 'X';
        }
        entries.push_back({names[i], bytes, {}});
    }
    QFile::remove(good);
    writeRawZip(m_bundle, entries);
    auto imported = importCaseBundle(m_bundle, m_case);
    ASSERT_FALSE(imported.ok());
    EXPECT_TRUE(imported.error().message.contains(QStringLiteral("does not match the manifest")))
        << imported.error().toString().toStdString();
    EXPECT_TRUE(imported.error().context.endsWith(QStringLiteral("originals/6-field-notes.txt")));
    expectNothingWritten();
}

TEST(ZipEntryNames, OnlyPlainRelativePathsAreSafe)
{
    for (const QString& ok :
         {QStringLiteral("case.corrob"), QStringLiteral("originals/1-a b.txt"), QStringLiteral("a/b/")}) {
        EXPECT_TRUE(isSafeEntryName(ok)) << ok.toStdString();
    }
    for (const QString& bad : {QString(), QStringLiteral("/etc/passwd"), QStringLiteral("../x"),
                               QStringLiteral("a/../../x"), QStringLiteral("a/./b"), QStringLiteral("C:/x"),
                               QStringLiteral("a\\..\\x"), QStringLiteral("a//b"), QStringLiteral("a\nb")}) {
        EXPECT_FALSE(isSafeEntryName(bad)) << bad.toStdString();
    }
}

} // namespace corrob::exchange
