// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A folder import takes report formats only: a folder of saved articles also holds metadata, notes and images.
#include "core/case/Case.h"
#include "core/case/ImportService.h"
#include "tests/support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::casefile;

using corrob::test::writeFile;

namespace {

std::unique_ptr<Case> newCase(const QTemporaryDir& dir)
{
    auto c = Case::create(dir.filePath(QStringLiteral("folder.corrob")), QString(), {QStringLiteral("tester")});
    EXPECT_TRUE(c.ok());
    return std::move(c).value();
}

QStringList names(const QStringList& paths)
{
    QStringList out;
    for (const QString& path : paths) {
        out << QFileInfo(path).fileName();
    }
    out.sort();
    return out;
}

// Laid out like /work/shared/datasets/readability/pages: each page a folder with the article and its expectations.
struct PagesFolder
{
    QTemporaryDir dir;
    QString root = dir.filePath(QStringLiteral("pages"));

    PagesFolder()
    {
        writeFile(root + QStringLiteral("/001/source.html"),
                  QByteArray("<html><head><title>Kharkiv shelled</title></head><body><h1>Kharkiv shelled</h1>"
                             "<p>Residents described the attack on the market.</p></body></html>"));
        writeFile(root + QStringLiteral("/001/expected-metadata.json"),
                  QByteArray("{\"title\": \"Kharkiv shelled\", \"byline\": null}\n"));
        writeFile(root + QStringLiteral("/002/article.md"),
                  QByteArray("# Bucha investigation\n\nInvestigators collected evidence in Bucha.\n"));
        writeFile(root + QStringLiteral("/002/notes.txt"),
                  QByteArray("Call the editor\n\nAsk about the photographs.\n"));
        writeFile(root + QStringLiteral("/002/expected-metadata.json"), QByteArray("{\"title\": \"Bucha\"}\n"));
        writeFile(root + QStringLiteral("/002/photo.JPG"), QByteArray("\xFF\xD8\xFF\xE0 not really a photo"));
    }
};

} // namespace

TEST(FolderImport, TakesReportFormatsOnlyAndSkipsTheRestWithTheReason)
{
    PagesFolder pages;
    auto c = newCase(pages.dir);
    const ImportOutcome outcome = ImportService(*c).importPaths({pages.root}, {});

    QStringList imported;
    for (const ImportedFile& f : outcome.imported) {
        imported << f.file;
    }
    EXPECT_EQ(names(imported),
              (QStringList{QStringLiteral("article.md"), QStringLiteral("notes.txt"), QStringLiteral("source.html")}));
    EXPECT_TRUE(outcome.failed.empty()) << outcome.failed.front().error.toStdString();

    QStringList skipped;
    for (const SkippedFile& f : outcome.skipped) {
        skipped << f.file;
        EXPECT_FALSE(f.report.isValid()) << "skipped for its format, not as a duplicate of a report";
        const QString suffix = QFileInfo(f.file).suffix();
        EXPECT_EQ(f.reason, QStringLiteral("not a report format (.%1)").arg(suffix));
    }
    EXPECT_EQ(names(skipped), (QStringList{QStringLiteral("expected-metadata.json"),
                                           QStringLiteral("expected-metadata.json"), QStringLiteral("photo.JPG")}));
}

TEST(FolderImport, ImportsAFileNamedExplicitlyWhateverItsExtension)
{
    PagesFolder pages;
    auto c = newCase(pages.dir);
    const QString json = pages.root + QStringLiteral("/001/expected-metadata.json");
    const ImportOutcome outcome = ImportService(*c).importPaths({json}, {});
    ASSERT_EQ(outcome.imported.size(), 1u)
        << (outcome.failed.empty() ? "" : outcome.failed.front().error.toStdString());
    EXPECT_TRUE(outcome.skipped.empty());
}

TEST(FolderImport, KnowsTheReportFormatsByName)
{
    for (const char* name : {"a.txt", "a.TXT", "a.text", "a.md", "a.markdown", "a.html", "a.htm", "a.xhtml", "a.pdf",
                             "saved-without-extension"}) {
        EXPECT_TRUE(ImportService::isReportFormat(QString::fromLatin1(name))) << name;
    }
    for (const char* name : {"a.json", "a.csv", "a.jpg", "a.docx", "a.bin", "a.corrob"}) {
        EXPECT_FALSE(ImportService::isReportFormat(QString::fromLatin1(name))) << name;
    }
}
