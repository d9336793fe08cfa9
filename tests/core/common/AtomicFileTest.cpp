// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>
#include <sys/resource.h>

using namespace corrob;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Files larger than limit cannot be written by this process while it lives (EFBIG, as a full disk gives ENOSPC).
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t limit)
    {
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN); // else the process is killed at the limit
        getrlimit(RLIMIT_FSIZE, &m_old);
        rlimit lowered = m_old;
        lowered.rlim_cur = limit;
        m_ok = setrlimit(RLIMIT_FSIZE, &lowered) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;
    [[nodiscard]] bool ok() const { return m_ok; }

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = nullptr;
    bool m_ok = false;
};

TEST(AtomicFile, WritesTheWholeFileOverAnOldOne)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.html"));
    ASSERT_TRUE(writeFileAtomically(path, QByteArray("old"), QStringLiteral("cannot write")).ok());
    const QByteArray bytes(100000, 'x');
    ASSERT_TRUE(writeFileAtomically(path, bytes, QStringLiteral("cannot write")).ok());
    EXPECT_EQ(readAll(path), bytes);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("report.html")}); // no leftovers
}

// A disk that fills up as the file is written: an error that says so and where, and the old file as it was (QSaveFile
// alone committed the truncated file and said nothing: its commit ignores a failed flush).
TEST(AtomicFile, AFullDiskIsAnErrorAndLeavesTheOldFileAsItWas)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("claims.csv"));
    ASSERT_TRUE(writeFileAtomically(path, QByteArray("the old export\n"), QStringLiteral("cannot write")).ok());
    Status written;
    {
        FileSizeLimit limit(4096);
        ASSERT_TRUE(limit.ok());
        written = writeFileAtomically(path, QByteArray(8 * 1024, 'x'), QStringLiteral("cannot write the export"));
    }
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().code, ErrorCode::Io);
    EXPECT_TRUE(written.error().message.startsWith(QStringLiteral("cannot write the export: ")))
        << written.error().message.toStdString();
    EXPECT_GT(written.error().message.size(), QStringLiteral("cannot write the export: ").size()); // and why
    EXPECT_EQ(written.error().context, path);
    EXPECT_EQ(readAll(path), QByteArray("the old export\n"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("claims.csv")});
}

} // namespace
