// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/PdfReport.h"

#include "core/export/HtmlReport.h"
#include "render/PdfLinks.h"
#include "tests/core/export/ExportTestSupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>

#include <gtest/gtest.h>

using namespace corrob;

namespace {

// The text of pages first..last (1-based) as pdftotext reads it, or a null string when pdftotext is missing.
QString pdfText(const QString& pdf, int first = 0, int last = 0)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        return {};
    }
    QStringList args;
    if (first > 0) {
        args << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l") << QString::number(last);
    }
    args << pdf << QStringLiteral("-");
    QProcess p;
    p.start(QStringLiteral("pdftotext"), args);
    p.waitForFinished(60000);
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

struct SamplePdf
{
    QTemporaryDir dir;
    QString path;
    QByteArray bytes;
};

std::unique_ptr<SamplePdf> samplePdf()
{
    auto sample = test::makeExportCase();
    if (!sample) {
        return nullptr;
    }
    auto content = exporting::collectReport(*sample->target, {});
    if (!content) {
        ADD_FAILURE() << content.error().toString().toStdString();
        return nullptr;
    }
    auto out = std::make_unique<SamplePdf>();
    out->path = out->dir.filePath(QStringLiteral("report.pdf"));
    int pagesSeen = 0;
    const Status written =
        render::writePdf(exporting::HtmlReport::render(content.value()), out->path,
                         {QStringLiteral("Sample report"), QStringLiteral("Ana")}, [&](int page, int pages) {
                             EXPECT_EQ(page, pagesSeen + 1);
                             EXPECT_LE(page, pages);
                             pagesSeen = page;
                             return true;
                         });
    if (!written) {
        ADD_FAILURE() << written.error().toString().toStdString();
        return nullptr;
    }
    QFile file(out->path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    out->bytes = file.readAll();
    return out;
}

TEST(PdfReport, HasRealTextOnNumberedPages)
{
    auto pdf = samplePdf();
    ASSERT_TRUE(pdf);
    ASSERT_TRUE(pdf->bytes.startsWith("%PDF-"));
    const QString text = pdfText(pdf->path);
    if (text.isNull()) {
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    }
    // pdftotext ends every page with a form feed.
    const qsizetype pages = text.count(u'\f');
    ASSERT_GE(pages, 3) << "the sample's report runs over several A4 pages";
    for (qsizetype page = 1; page <= pages; ++page) {
        EXPECT_TRUE(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages))) << page;
    }
    // Searchable, copyable text, in the report's order; the hostile statement is text here too.
    const QStringList inOrder = {QStringLiteral("Sample case: Amnesty International"),
                                 QStringLiteral("Summary"),
                                 QStringLiteral("documented 22 cases of unlawful killings by Russian forces"),
                                 QStringLiteral("Conflicts"),
                                 QStringLiteral("Sources"),
                                 QStringLiteral("Appendix: reports and integrity")};
    qsizetype at = 0;
    for (const QString& part : inOrder) {
        const qsizetype found = text.indexOf(part, at);
        EXPECT_GE(found, at) << part.toStdString();
        at = std::max(at, found);
    }
    EXPECT_TRUE(text.contains(QStringLiteral("<script>alert(\"pwned\")</script>")));
    EXPECT_TRUE(text.contains(QRegularExpression(QStringLiteral("[0-9a-f]{64}"))));
}

TEST(PdfReport, QuotesInRightToLeftScriptsAreDrawnAsText)
{
    auto sample = test::makeExportCase();
    ASSERT_TRUE(sample);
    auto content = exporting::collectReport(*sample->target, {});
    ASSERT_TRUE(content.ok());
    ASSERT_GE(content->claims.size(), 2u);
    // Quotes from Hebrew and Arabic reports. The fonts at hand have no slanted face for these scripts: a quote set in
    // italics came out as empty boxes, with no text to find or copy.
    const QString hebrew = QStringLiteral("\u05E9\u05DC\u05D5\u05DD"); // shalom
    const QString arabic = QStringLiteral("\u0627\u0644\u0642\u0635\u0641");
    content->claims[0].claim.anchor.quote = hebrew;
    content->claims[1].claim.anchor.quote = arabic;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rtl.pdf"));
    ASSERT_TRUE(render::writePdf(exporting::HtmlReport::render(content.value()), path,
                                 {QStringLiteral("RTL"), QStringLiteral("Ana")}, [](int, int) { return true; })
                    .ok());
    const QString text = pdfText(path);
    if (text.isNull()) {
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    }
    // Arabic is written in its shaped (presentation) forms: compare compatibility-normalised, without spaces.
    QString folded = text.normalized(QString::NormalizationForm_KC);
    folded.remove(QRegularExpression(QStringLiteral("\\s|[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}]")));
    for (const QString& quote : {hebrew, arabic}) {
        QString reversed = quote;
        std::reverse(reversed.begin(), reversed.end());
        EXPECT_GE(folded.count(quote) + folded.count(reversed), 1) << quote.toStdString();
    }
}

TEST(PdfReport, InternalLinksGoToThePageOfTheirTarget)
{
    auto pdf = samplePdf();
    ASSERT_TRUE(pdf);
    const QString raw = QString::fromLatin1(pdf->bytes);
    // The page objects, in order.
    const QRegularExpressionMatch kids = QRegularExpression(QStringLiteral("/Kids\\s*\\[([^\\]]*)\\]")).match(raw);
    ASSERT_TRUE(kids.hasMatch());
    QStringList pages;
    for (const auto& m : QRegularExpression(QStringLiteral("(\\d+)\\s+0\\s+R")).globalMatch(kids.captured(1))) {
        pages << m.captured(1);
    }
    const QRegularExpression link(
        QStringLiteral("/NM \\(claim-(\\d+)\\)\\s*/Dest \\[(\\d+) 0 R /XYZ null ([0-9.]+) null\\]"));
    int checked = 0;
    for (const auto& m : link.globalMatch(raw)) {
        const int page = int(pages.indexOf(m.captured(2))) + 1;
        ASSERT_GE(page, 1) << "the link names a page object of the document";
        const double y = m.captured(3).toDouble();
        EXPECT_GT(y, 0);
        EXPECT_LE(y, 842.0); // A4 is 842 points high
        const QString text = pdfText(pdf->path, page, page);
        if (text.isNull()) {
            GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
        }
        EXPECT_TRUE(text.contains(QStringLiteral("Claim %1:").arg(m.captured(1))))
            << "claim " << m.captured(1).toStdString() << " is not on page " << page;
        ++checked;
    }
    EXPECT_GE(checked, 3) << "corroborated-by and contradicted-by links between claims";
    EXPECT_FALSE(raw.contains(QStringLiteral("/Dest [")) && !raw.contains(QStringLiteral("/Prev ")))
        << "the links are an incremental update";
}

TEST(PdfReport, LeavesAPdfWithoutInternalLinksAlone)
{
    const QByteArray notAPdf("%PDF-1.4\nnothing to see\n");
    EXPECT_EQ(render::resolveInternalLinks(notAPdf, {{QStringLiteral("x"), {0, 100}}}), notAPdf);
    auto plain = render::renderPdf(QStringLiteral("<p>No links, <a href=\"#nowhere\">one dangling</a></p>"), {});
    ASSERT_TRUE(plain.ok());
    EXPECT_FALSE(plain.value().contains("/Dest ["));
    EXPECT_FALSE(plain.value().contains("/Prev "));
}

} // namespace
