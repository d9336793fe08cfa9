// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/PdfImporter.h"
#include "tests/support/TestPaths.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace corrob;
using io::PdfImporter;

namespace {

// Fixtures made by tests/data/pdf/make-fixtures.py.
QByteArray fixture(const char* name)
{
    QFile f(test::dataDir() + u"/pdf/" + QString::fromLatin1(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name;
    return f.readAll();
}

Result<model::NewReport> importPdf(const char* name)
{
    return PdfImporter().read({fixture(name), QString::fromLatin1(name), QString::fromLatin1(name)});
}

} // namespace

TEST(PdfImporter, ReadsEveryPageAndMarksPageStartsAsExcludedRanges)
{
    auto report = importPdf("two-pages.pdf");
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    const QString& text = report->workingText;
    ASSERT_EQ(report->excludedRanges.size(), 2);
    for (int page = 0; page < 2; ++page) {
        const model::TextRange& r = report->excludedRanges[page];
        EXPECT_EQ(r.reason, QStringLiteral("page marker"));
        EXPECT_TRUE(text.mid(r.start, r.length()).startsWith(PdfImporter::pageMarker(page + 1)));
    }
    const qsizetype page2 = report->excludedRanges[1].start;
    EXPECT_TRUE(text.left(page2).contains(QStringLiteral("At least 12 people were killed, officials said.")));
    EXPECT_TRUE(text.mid(page2).contains(QStringLiteral("Second page: the governor called it a war crime.")));

    const QString reading = model::textWithout(text, report->excludedRanges);
    EXPECT_FALSE(reading.contains(QStringLiteral("— page")));
    EXPECT_TRUE(reading.startsWith(QStringLiteral("Strikes hit the city")));
    EXPECT_TRUE(reading.contains(QStringLiteral("Rescue work continued.\n\nSecond page:")));

    EXPECT_EQ(report->metadata.title, QStringLiteral("Strikes hit the city (report)"));
    EXPECT_EQ(report->metadata.author, QStringLiteral("Jane Roe"));
    EXPECT_EQ(report->provenance.mediaType, QStringLiteral("application/pdf"));
    EXPECT_EQ(report->original, fixture("two-pages.pdf"));
}

TEST(PdfImporter, TakesTheTitleFromTheFirstLineWithoutDocumentInformation)
{
    auto report = importPdf("no-info.pdf");
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    EXPECT_EQ(report->metadata.title, QStringLiteral("First line is the title"));
    EXPECT_TRUE(report->metadata.author.isEmpty());
}

TEST(PdfImporter, FailsClearlyForATruncatedFile)
{
    auto report = importPdf("truncated.pdf");
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().code, ErrorCode::Unsupported);
    EXPECT_TRUE(report.error().message.contains(QStringLiteral("truncated")));
    EXPECT_EQ(report.error().context, QStringLiteral("truncated.pdf"));
}

TEST(PdfImporter, FailsClearlyForAPasswordProtectedFile)
{
    auto report = importPdf("encrypted.pdf");
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().message.contains(QStringLiteral("encrypted with a password")));
    EXPECT_EQ(report.error().context, QStringLiteral("encrypted.pdf"));
}

TEST(PdfImporter, FailsClearlyForAPdfWithoutText)
{
    auto report = importPdf("image-only.pdf");
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().message.contains(QStringLiteral("no text layer")));
}

TEST(PdfImporter, FailsClearlyForCorruptBytesWithoutCrashing)
{
    const PdfImporter importer;
    QByteArray garbage = fixture("two-pages.pdf");
    for (qsizetype i = 40; i < garbage.size() - 40; i += 7) {
        garbage[i] = char(garbage[i] ^ 0x5A); // damage everything between header and trailer
    }
    auto damaged = importer.read({garbage, QStringLiteral("damaged.pdf"), QStringLiteral("damaged.pdf")});
    if (damaged.ok()) {
        EXPECT_FALSE(damaged->workingText.isEmpty());
    } else {
        EXPECT_FALSE(damaged.error().message.isEmpty());
    }
    auto notPdf = importer.read({"plain words", QStringLiteral("x.pdf"), QStringLiteral("x.pdf")});
    ASSERT_FALSE(notPdf.ok());
    EXPECT_TRUE(notPdf.error().message.contains(QStringLiteral("not a PDF")));
    auto headerOnly = importer.read({"%PDF-1.7\n", QStringLiteral("h.pdf"), QStringLiteral("h.pdf")});
    ASSERT_FALSE(headerOnly.ok());
}

TEST(PdfImporter, AcceptsByExtensionOrByContent)
{
    const PdfImporter importer;
    EXPECT_TRUE(importer.accepts({"x", QStringLiteral("a.PDF"), {}}));
    EXPECT_TRUE(importer.accepts({"%PDF-1.4\n", QStringLiteral("download"), {}}));
    EXPECT_FALSE(importer.accepts({"%PDF-1.4\n", QStringLiteral("notes.txt"), {}}));
    EXPECT_FALSE(importer.accepts({"<html>", QStringLiteral("download"), {}}));
}

TEST(PdfImporter, JoinsPrintedLinesIntoParagraphsAndTakesTheHeadlineAsTitle)
{
    auto report = importPdf("wrapped-article.pdf");
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    const QString reading = model::textWithout(report->workingText, report->excludedRanges);
    EXPECT_TRUE(reading.contains(QStringLiteral(
        "Three river towns spent the weekend counting the damage after the water fell back, and the regional council "
        "said on Monday that at least 40 houses would have to be rebuilt. The council's own investigation of the "
        "failed embankment is due by the end of the month, officials said.\n")))
        << reading.toStdString();
    EXPECT_TRUE(reading.contains(QStringLiteral("Residents described a night of sirens and rising water. Many of them "
                                                "left with only what they could carry, and some returned to find "
                                                "their ground floors under a metre of mud.")));
    EXPECT_TRUE(
        reading.contains(QStringLiteral("\nRiver towns count the damage after the spring flood\nMarch 14, 2024\n")));
    // The headline, not the photo caption above it; the dateline gives the date.
    EXPECT_EQ(report->metadata.title, QStringLiteral("River towns count the damage after the spring flood"));
    EXPECT_EQ(report->metadata.published.iso, QStringLiteral("2024-03-14"));
    EXPECT_EQ(report->metadata.language, QStringLiteral("en"));
    EXPECT_EQ(report->original, fixture("wrapped-article.pdf"));
}
