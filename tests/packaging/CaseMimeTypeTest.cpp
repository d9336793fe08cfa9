// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The case file's MIME type (packaging/org.corroborate.Corroborate.mime.xml) as a desktop reads it once installed:
// the file managers of GNOME (GIO) and KDE (Qt) must name a case by its extension and by its content, and the
// desktop entry must claim that type, or a double-click does not open the case in Corroborate.
#include "tests/support/CliRun.h"
#include "tests/support/RawSqlite.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace corrob;

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

const char* const kCaseType = "application/vnd.corroborate.case+sqlite3";
const char* const kSqliteType = "application/vnd.sqlite3";

QString packagingFile(const char* name)
{
    return s(CORROB_SOURCE_DIR "/packaging/") + s(name);
}

class CaseMimeType : public ::testing::Test
{
protected:
    // A data folder as the Debian package leaves /usr/share: the system's MIME packages and the case type, compiled
    // into one cache by update-mime-database (the package's trigger). It is the only one searched: Qt 6.4 lets
    // the last folder whose magic matches win, so the case type in a folder of its own would lose to SQLite's.
    static void SetUpTestSuite()
    {
        s_data = std::make_unique<QTemporaryDir>();
        s_home = std::make_unique<QTemporaryDir>();
        const QString packages = s_data->filePath(s("mime/packages"));
        ASSERT_TRUE(QDir().mkpath(packages));
        const QDir system(s("/usr/share/mime/packages"));
        ASSERT_TRUE(system.exists(s("freedesktop.org.xml"))) << "no shared MIME database (Debian: shared-mime-info)";
        for (const QString& name : system.entryList({s("*.xml")}, QDir::Files)) {
            ASSERT_TRUE(QFile::copy(system.filePath(name), packages + u'/' + name)) << name.toStdString();
        }
        ASSERT_TRUE(QFile::copy(packagingFile("org.corroborate.Corroborate.mime.xml"),
                                packages + s("/org.corroborate.Corroborate.xml")));
        const QString update = QStandardPaths::findExecutable(s("update-mime-database"));
        ASSERT_FALSE(update.isEmpty()) << "update-mime-database not found (Debian: shared-mime-info)";
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(s("PKGSYSTEM_ENABLE_FSYNC"), s("0")); // a throwaway folder: no need to wait for the disk
        p.setProcessEnvironment(env);
        p.start(update, {s_data->filePath(s("mime"))});
        ASSERT_TRUE(p.waitForFinished(120000));
        ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
        // update-mime-database says nothing about a package it cannot parse: the type's own file proves it read it.
        ASSERT_TRUE(QFile::exists(s_data->filePath(s("mime/application/vnd.corroborate.case+sqlite3.xml"))));
        qputenv("XDG_DATA_DIRS", s_data->path().toUtf8());
        qputenv("XDG_DATA_HOME", s_home->path().toUtf8());
    }

    static void TearDownTestSuite()
    {
        s_data.reset();
        s_home.reset();
    }

    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    // What GNOME's file manager calls the file.
    static QString gioType(const QString& path)
    {
        const QString gio = QStandardPaths::findExecutable(s("gio"));
        if (gio.isEmpty()) {
            return s("(gio not found; Debian: libglib2.0-bin)");
        }
        QProcess p;
        p.start(gio, {s("info"), s("--attributes=standard::content-type"), path});
        if (!p.waitForFinished(60000)) {
            return s("(gio did not finish)");
        }
        static const QRegularExpression line(s("standard::content-type: (\\S+)"));
        const auto m = line.match(QString::fromUtf8(p.readAllStandardOutput()));
        return m.hasMatch() ? m.captured(1) : QString::fromUtf8(p.readAllStandardError());
    }

    // What KDE's file manager (and any Qt program) calls the file.
    static QString qtType(const QString& path) { return QMimeDatabase().mimeTypeForFile(path).name(); }

    QString newCase(const char* name)
    {
        const QString path = m_dir.filePath(s(name));
        const test::CliRun run = test::runCli({s("new"), path});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return path;
    }

    QString otherSqliteDatabase(const char* name)
    {
        const QString path = m_dir.filePath(s(name));
        EXPECT_EQ(test::rawExec(path, s("CREATE TABLE places (name TEXT)")), QString());
        return path;
    }

    QTemporaryDir m_dir;
    static inline std::unique_ptr<QTemporaryDir> s_data;
    static inline std::unique_ptr<QTemporaryDir> s_home;
};

TEST_F(CaseMimeType, ACaseIsKnownByItsExtension)
{
    const QString path = newCase("Ukraine.corrob");
    EXPECT_EQ(gioType(path), s(kCaseType));
    EXPECT_EQ(qtType(path), s(kCaseType));
}

TEST_F(CaseMimeType, ACaseRenamedWithoutItsExtensionIsKnownByItsContent)
{
    const QString original = newCase("Ukraine.corrob");
    const QString renamed = m_dir.filePath(s("evidence"));
    ASSERT_TRUE(QFile::rename(original, renamed));
    EXPECT_EQ(gioType(renamed), s(kCaseType));
    EXPECT_EQ(qtType(renamed), s(kCaseType));
}

TEST_F(CaseMimeType, AnotherSqliteDatabaseIsNotACase)
{
    for (const char* name : {"places.sqlite", "places"}) {
        const QString path = otherSqliteDatabase(name);
        EXPECT_EQ(gioType(path), s(kSqliteType)) << name;
        EXPECT_EQ(qtType(path), s(kSqliteType)) << name;
    }
}

TEST_F(CaseMimeType, ACaseIsAnSqliteDatabaseWithTheApplicationIcon)
{
    const QMimeType type = QMimeDatabase().mimeTypeForName(s(kCaseType));
    ASSERT_TRUE(type.isValid());
    EXPECT_TRUE(type.inherits(s(kSqliteType))); // programs that open any SQLite file still offer to
    EXPECT_EQ(type.comment(), s("Corroborate case"));
    EXPECT_EQ(type.iconName(), s("org.corroborate.Corroborate"));
    EXPECT_EQ(type.suffixes(), QStringList{s("corrob")});
}

TEST(DesktopEntry, OpensTheFileItIsGivenAndClaimsTheCaseType)
{
    QFile file(packagingFile("org.corroborate.Corroborate.desktop"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    EXPECT_TRUE(lines.contains(s("Exec=corroborate %f")));
    EXPECT_TRUE(lines.contains(s("MimeType=%1;").arg(s(kCaseType))));
    EXPECT_TRUE(lines.contains(s("Icon=org.corroborate.Corroborate")));
}

} // namespace
