// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/ImportService.h"
#include "core/case/Case.h"
#include "core/case/IntegrityCheck.h"
#include "core/common/Hash.h"
#include "core/io/PlainTextImporter.h"
#include "tests/support/RawSqlite.h"
#include "tests/support/TestFiles.h"
#include "tests/support/TestPaths.h"

#include <QCryptographicHash>
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
    auto c = Case::create(dir.filePath(QStringLiteral("import.corrob")), QStringLiteral("Import"),
                          {QStringLiteral("tester")});
    EXPECT_TRUE(c.ok());
    return std::move(c).value();
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The headline of each seed, as a reader picks it (past "Skip to main content", a dateline, "top of page").
const QStringList kSeedHeadlines = {
    QStringLiteral("Amnesty International says it has found evidence of war crimes committed by Russian forces in "
                   "Ukraine"),
    QStringLiteral("Amnesty International says it has documented war crimes by Russian forces around Ukraine's "
                   "capital city."),
    QStringLiteral("Amnesty Says Russia's 'Indiscriminate Attacks' in Ukraine May Be War Crimes"),
    QStringLiteral("Investigators gather evidence of possible Russian war crimes in Ukraine"),
    QStringLiteral("Ukraine War: Amnesty Accuses Russia of War Crimes in Kharkiv"),
};

} // namespace

TEST(ImportService, ImportsTheSeedArticlesKeepingTheirBytesAndHashes)
{
    QTemporaryDir dir;
    auto c = newCase(dir);
    const QStringList seeds = test::seedFiles();
    ASSERT_EQ(seeds.size(), 5);
    const ImportOutcome outcome = ImportService(*c).importPaths(seeds, {});
    ASSERT_TRUE(outcome.failed.empty()) << outcome.failed.front().error.toStdString();
    ASSERT_EQ(outcome.imported.size(), 5u);
    for (size_t i = 0; i < outcome.imported.size(); ++i) {
        const auto& imported = outcome.imported[i];
        const QByteArray bytes = readAll(seeds[int(i)]);
        EXPECT_EQ(imported.report.sha256,
                  QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        EXPECT_EQ(c->original(imported.report.id).value(), bytes) << "the evidentiary copy must be byte-identical";
        EXPECT_EQ(imported.report.metadata.title, kSeedHeadlines.at(int(i)));
        const QString text = c->reportText(imported.report.id, Case::TextView::All).value();
        EXPECT_TRUE(text.contains(QStringLiteral("Amnesty"))) << seeds[int(i)].toStdString();
        EXPECT_EQ(imported.report.chars, text.size());
    }
    EXPECT_EQ(c->reports().value().size(), 5u);
}

TEST(ImportService, SkipsAnIdenticalOriginalAsADuplicateOfTheFirst)
{
    QTemporaryDir dir;
    auto c = newCase(dir);
    const QString seed = test::seedFiles().first();
    const ImportOutcome first = ImportService(*c).importPaths({seed}, {});
    ASSERT_EQ(first.imported.size(), 1u);
    const QString copy = dir.filePath(QStringLiteral("copy of seed.txt"));
    ASSERT_TRUE(QFile::copy(seed, copy));
    const ImportOutcome second = ImportService(*c).importPaths({copy}, {});
    EXPECT_TRUE(second.imported.empty());
    ASSERT_EQ(second.skipped.size(), 1u);
    EXPECT_EQ(second.skipped.front().reason, QStringLiteral("duplicate"));
    EXPECT_EQ(second.skipped.front().report, first.imported.front().report.id);
    EXPECT_EQ(c->reports().value().size(), 1u);
}

TEST(ImportService, ABadFileFailsAloneAndTheOthersStillImport)
{
    QTemporaryDir dir;
    auto c = newCase(dir);
    const QString empty = dir.filePath(QStringLiteral("in/empty.txt"));
    const QString binary = dir.filePath(QStringLiteral("in/image.txt"));
    const QString pdf = dir.filePath(QStringLiteral("in/report.pdf"));
    const QString good = dir.filePath(QStringLiteral("in/nested/good.txt"));
    writeFile(empty, QByteArray());
    writeFile(binary, QByteArray(2048, '\0').prepend("\x89PNG\r\n"));
    writeFile(pdf, QByteArray("%PDF-1.7\n"));
    writeFile(good, QByteArray("Headline\n\nBody of the article.\n"));
    const QString missing = dir.filePath(QStringLiteral("vanished.txt"));

    const ImportOutcome outcome = ImportService(*c).importPaths({dir.filePath(QStringLiteral("in")), missing}, {});
    ASSERT_EQ(outcome.imported.size(), 1u);
    EXPECT_EQ(outcome.imported.front().file, good);
    EXPECT_EQ(outcome.imported.front().report.metadata.title, QStringLiteral("Headline"));
    ASSERT_EQ(outcome.failed.size(), 4u);
    QStringList failedFiles;
    for (const auto& f : outcome.failed) {
        failedFiles << f.file;
        EXPECT_FALSE(f.error.isEmpty());
    }
    EXPECT_TRUE(failedFiles.contains(empty));
    EXPECT_TRUE(failedFiles.contains(binary));
    EXPECT_TRUE(failedFiles.contains(pdf));
    EXPECT_TRUE(failedFiles.contains(missing));
    auto check = verifyCase(*c);
    ASSERT_TRUE(check.ok());
    EXPECT_TRUE(check->ok());
}

TEST(ImportService, ReadsInvalidUtf8AsWindows1252AndKeepsTheWarning)
{
    QTemporaryDir dir;
    auto c = newCase(dir);
    const QString path = dir.filePath(QStringLiteral("latin.txt"));
    writeFile(path, QByteArray("Caf\xE9 society\r\n\r\nPrices rose 5\x80 today.\r\n"));
    const ImportOutcome outcome = ImportService(*c).importPaths({path}, {});
    ASSERT_EQ(outcome.imported.size(), 1u);
    EXPECT_EQ(outcome.imported.front().warnings.size(), 1);
    const QString text = c->reportText(outcome.imported.front().report.id, Case::TextView::All).value();
    EXPECT_EQ(text, QStringLiteral("Caf\u00e9 society\n\nPrices rose 5\u20ac today.\n"));
}

// Issue 13: a text file with a few NUL bytes (a bad copy) is imported without them, with a warning, not refused.
TEST(ImportService, ImportsATextFileWithAFewNulBytesWithoutThem)
{
    QTemporaryDir dir;
    auto c = newCase(dir);
    const QString path = dir.filePath(QStringLiteral("bad-copy.txt"));
    static const char kBytes[] = "Shelling\n\nAmnesty\0\0 said\0 war crimes.\n";
    writeFile(path, QByteArray(kBytes, sizeof(kBytes) - 1));
    const ImportOutcome outcome = ImportService(*c).importPaths({path}, {});
    ASSERT_TRUE(outcome.failed.empty()) << outcome.failed.front().error.toStdString();
    ASSERT_EQ(outcome.imported.size(), 1u);
    ASSERT_EQ(outcome.imported.front().warnings.size(), 1);
    EXPECT_TRUE(outcome.imported.front().warnings.first().contains(QStringLiteral("NUL")));
    const QString text = c->reportText(outcome.imported.front().report.id, Case::TextView::All).value();
    EXPECT_EQ(text, QStringLiteral("Shelling\n\nAmnesty said war crimes.\n"));
    // The evidentiary copy keeps the bytes as collected, NULs included.
    EXPECT_EQ(c->original(outcome.imported.front().report.id).value(), QByteArray(kBytes, sizeof(kBytes) - 1));
}

// Issue 13: the original's SHA-256 is checked in every build (it was a Q_ASSERT): a mismatch is an Integrity error and
// nothing is stored.
TEST(ImportService, RefusesAReportWhoseRecordedHashIsNotItsOriginals)
{
    QTemporaryDir dir;
    auto c = newCase(dir);
    model::NewReport report;
    report.original = QByteArray("Amnesty said the attacks were war crimes.");
    report.sha256 = sha256Hex(QByteArrayView(QByteArray("something else")));
    report.workingText = QString::fromUtf8(report.original);
    report.metadata.title = QStringLiteral("Tampered");
    report.provenance.fileName = QStringLiteral("tampered.txt");
    report.provenance.importMethod = QStringLiteral("file");
    report.provenance.capturedAt = utcNowIso();
    report.provenance.mediaType = QStringLiteral("text/plain");
    report.provenance.encoding = QStringLiteral("UTF-8");
    auto stored = c->addReport(report);
    ASSERT_FALSE(stored.ok());
    EXPECT_EQ(stored.error().code, ErrorCode::Integrity);
    EXPECT_TRUE(stored.error().message.contains(QStringLiteral("SHA-256"))) << stored.error().message.toStdString();
    EXPECT_EQ(stored.error().context, QStringLiteral("tampered.txt"));
    EXPECT_TRUE(c->reports().value().empty());
    report.sha256 = sha256Hex(QByteArrayView(report.original));
    auto fixed = c->addReport(report);
    EXPECT_TRUE(fixed.ok()) << fixed.error().toString().toStdString();
}

TEST(ImportService, InvestigatorStatedMetadataWinsAndBecomesAnOutletSource)
{
    QTemporaryDir dir;
    auto c = newCase(dir);
    ImportOptions options;
    options.outlet = QStringLiteral("Al Jazeera");
    options.url = QStringLiteral("https://www.aljazeera.com/news/2022/6/13/");
    options.published = model::PartialDate::fromIso(QStringLiteral("2022-06-13"));
    const ImportOutcome outcome = ImportService(*c).importPaths({test::seedFiles().last()}, options);
    ASSERT_EQ(outcome.imported.size(), 1u);
    const auto report = c->report(outcome.imported.front().report.id).value();
    EXPECT_EQ(report.metadata.outlet, QStringLiteral("Al Jazeera"));
    EXPECT_EQ(report.metadata.url, options.url);
    EXPECT_EQ(report.metadata.published.iso, QStringLiteral("2022-06-13"));
}

TEST(PlainTextImporter, TakesTheFirstNonEmptyLineAsTitleAndCutsLongOnes)
{
    EXPECT_EQ(io::PlainTextImporter::titleFromText(QStringLiteral("\n\n   Top  story \nbody")),
              QStringLiteral("Top story"));
    const QString longLine = QStringLiteral("word ").repeated(100);
    const QString title = io::PlainTextImporter::titleFromText(longLine);
    EXPECT_LE(title.size(), 301);
    EXPECT_TRUE(title.endsWith(QChar(0x2026)));
}

TEST(ImportService, ChoosesHtmlAndPdfImportersByExtensionAndContentAndRecordsTheMediaType)
{
    QTemporaryDir dir;
    auto c = newCase(dir);
    const QByteArray page = "<!DOCTYPE html><html><head><title>Shelling of the railway station - Example</title></head>"
                            "<body><article><p>Officials said at least 40 people were killed at the station.</p>"
                            "</article></body></html>";
    writeFile(dir.filePath(QStringLiteral("in/page.html")), page);
    writeFile(dir.filePath(QStringLiteral("in/saved-without-extension")), QByteArray(page).replace("40", "41"));
    writeFile(dir.filePath(QStringLiteral("in/report.pdf")), readAll(test::dataDir() + u"/pdf/two-pages.pdf"));
    writeFile(dir.filePath(QStringLiteral("in/download")), readAll(test::dataDir() + u"/pdf/no-info.pdf"));
    writeFile(dir.filePath(QStringLiteral("in/notes.txt")), page + "\n"); // a .txt is text, whatever it holds

    const ImportOutcome outcome = ImportService(*c).importPaths({dir.filePath(QStringLiteral("in"))}, {});
    ASSERT_TRUE(outcome.failed.empty()) << outcome.failed.front().error.toStdString();
    ASSERT_EQ(outcome.imported.size(), 5u);
    QHash<QString, QString> mediaTypes;
    for (const auto& imported : outcome.imported) {
        mediaTypes.insert(
            QFileInfo(imported.file).fileName(),
            test::rawQuery(
                dir.filePath(QStringLiteral("import.corrob")),
                QStringLiteral("SELECT media_type FROM reports WHERE id = %1").arg(imported.report.id.value)));
    }
    EXPECT_EQ(mediaTypes.value(QStringLiteral("page.html")), QStringLiteral("text/html"));
    EXPECT_EQ(mediaTypes.value(QStringLiteral("saved-without-extension")), QStringLiteral("text/html"));
    EXPECT_EQ(mediaTypes.value(QStringLiteral("report.pdf")), QStringLiteral("application/pdf"));
    EXPECT_EQ(mediaTypes.value(QStringLiteral("download")), QStringLiteral("application/pdf"));
    EXPECT_EQ(mediaTypes.value(QStringLiteral("notes.txt")), QStringLiteral("text/plain"));

    for (const auto& imported : outcome.imported) {
        if (imported.file.endsWith(u"page.html")) {
            EXPECT_EQ(imported.report.metadata.title, QStringLiteral("Shelling of the railway station"));
            const QString text = c->reportText(imported.report.id, Case::TextView::All).value();
            EXPECT_FALSE(text.contains(u'<'));
        }
        if (imported.file.endsWith(u"report.pdf")) {
            EXPECT_EQ(imported.excludedRanges.size(), 2) << "one page marker per page";
            EXPECT_EQ(c->excludedRanges(imported.report.id).value(), imported.excludedRanges);
        }
    }
    auto check = verifyCase(*c);
    ASSERT_TRUE(check.ok());
    EXPECT_TRUE(check->ok());
}

TEST(ImportService, AFolderNamedByARelativePathThroughItsParentIsWalked)
{
    // "corroborate-cli import case.corrob ../reports": every file under it is imported, none taken for hidden.
    QTemporaryDir dir;
    auto c = newCase(dir);
    writeFile(dir.filePath(QStringLiteral("reports/one.txt")), QByteArray("First headline\n\nA body.\n"));
    writeFile(dir.filePath(QStringLiteral("reports/two.txt")), QByteArray("Second headline\n\nAnother body.\n"));
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("work")));
    const QString before = QDir::currentPath();
    ASSERT_TRUE(QDir::setCurrent(dir.filePath(QStringLiteral("work"))));
    const ImportOutcome outcome = ImportService(*c).importPaths({QStringLiteral("../reports")}, {});
    QDir::setCurrent(before);
    EXPECT_TRUE(outcome.failed.empty()) << outcome.failed.front().error.toStdString();
    EXPECT_EQ(outcome.imported.size(), 2u);
}
