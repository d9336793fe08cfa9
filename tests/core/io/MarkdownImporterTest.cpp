// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Markdown reads as Markdown: the working text is what a reader of the rendered page sees.
#include "core/io/MarkdownImporter.h"
#include "core/model/TextRange.h"
#include "tests/support/TestPaths.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace corrob;
using io::MarkdownImporter;

namespace {

Result<model::NewReport> importMarkdown(const QByteArray& bytes, const QString& name = QStringLiteral("notes.md"))
{
    return MarkdownImporter().read({bytes, name, name});
}

QString rendered(const char* markdown)
{
    return MarkdownImporter::render(QString::fromUtf8(markdown)).text;
}

QByteArray dataFile(const QString& name)
{
    QFile f(test::dataDir() + u"/text/" + name);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
    return f.readAll();
}

} // namespace

TEST(MarkdownImporter, ShowsHeadingsAndParagraphsWithoutMarkup)
{
    auto report = importMarkdown(dataFile(QStringLiteral("article.md")));
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    const QString& text = report->workingText;
    EXPECT_TRUE(text.startsWith(QStringLiteral("Night ferry crossing ends four hours late\n\n"))) << text.toStdString();
    EXPECT_FALSE(text.contains(u'#'));
    EXPECT_FALSE(text.contains(u'*'));
    EXPECT_FALSE(text.contains(QStringLiteral("](")));
    EXPECT_FALSE(text.contains(QStringLiteral("<!--")));
    EXPECT_FALSE(text.contains(QStringLiteral("editor's note")));
    // Soft-wrapped lines of a paragraph are one line; emphasis and link syntax are gone, their text stays.
    EXPECT_TRUE(text.contains(QStringLiteral(
        "The night ferry from the island reached the harbour four hours late on Tuesday, and the passengers were told "
        "nothing until the boat was already at sea, according to two of them.\n\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("the company said in a statement on its website that the delay")));
    EXPECT_TRUE(text.contains(QStringLiteral("What the passengers said\n\n")));
    EXPECT_EQ(report->metadata.title, QStringLiteral("Night ferry crossing ends four hours late"));
    EXPECT_EQ(report->metadata.author, QStringLiteral("Marta Kowal"));
    EXPECT_EQ(report->provenance.mediaType, QStringLiteral("text/markdown"));
    EXPECT_EQ(report->original, dataFile(QStringLiteral("article.md")));
}

TEST(MarkdownImporter, PutsListItemsOnLinesOfTheirOwn)
{
    const QString text = rendered("The crew listed:\n\n- a *broken* pump,\n- no radio\n  on board,\n- late parts.\n\n"
                                  "1. first\n2. second\n   - nested\n3. third\n\nAfter.");
    EXPECT_EQ(text, QStringLiteral("The crew listed:\n\n• a broken pump,\n• no radio on board,\n• late parts.\n\n"
                                   "1. first\n2. second\n  • nested\n3. third\n\nAfter."));
}

TEST(MarkdownImporter, KeepsCodeAndDecodesEntitiesAndDropsHtmlAndImages)
{
    EXPECT_EQ(rendered("Run `make test` now.\n\n```\nline one\n  line two\n```\n\nDone."),
              QStringLiteral("Run make test now.\n\nline one\n  line two\n\nDone."));
    EXPECT_EQ(rendered("Fish &amp; chips &#8212; &copy; ![a photo](x.jpg) <b>bold</b> <!-- hidden -->"),
              QStringLiteral("Fish & chips — © bold"));
    EXPECT_EQ(rendered("Line one  \nline two"), QStringLiteral("Line one\nline two"));
    EXPECT_EQ(rendered("<!--\na comment block\n-->\n\nText."), QStringLiteral("Text."));
    EXPECT_EQ(rendered("| a | b |\n|---|---|\n| 1 | 2 |\n"), QStringLiteral("a\tb\n1\t2"));
    EXPECT_EQ(rendered("> quoted\n> text\n\nafter"), QStringLiteral("quoted text\n\nafter"));
}

TEST(MarkdownImporter, TakesTheTitleFromFrontMatterElseTheFirstHeading)
{
    auto front = importMarkdown("---\ntitle: \"Ferry report, final\"\nauthor: x\n---\n\n# A heading\n\nBody text.\n");
    ASSERT_TRUE(front.ok());
    EXPECT_EQ(front->metadata.title, QStringLiteral("Ferry report, final"));
    EXPECT_EQ(front->workingText, QStringLiteral("A heading\n\nBody text."));

    auto heading = importMarkdown("Some words before.\n\n## The *real* title\n\nBody.\n");
    ASSERT_TRUE(heading.ok());
    EXPECT_EQ(heading->metadata.title, QStringLiteral("The real title"));

    auto setext = importMarkdown("Setext title\n============\n\nBody.\n");
    ASSERT_TRUE(setext.ok());
    EXPECT_EQ(setext->metadata.title, QStringLiteral("Setext title"));
    EXPECT_EQ(setext->workingText, QStringLiteral("Setext title\n\nBody."));

    auto none = importMarkdown("Just a paragraph of text that says what happened.\n");
    ASSERT_TRUE(none.ok());
    EXPECT_EQ(none->metadata.title, QStringLiteral("Just a paragraph of text that says what happened."));
}

TEST(MarkdownImporter, AcceptsMarkdownNamesOnly)
{
    const MarkdownImporter importer;
    EXPECT_TRUE(importer.accepts({"x", QStringLiteral("a.md"), {}}));
    EXPECT_TRUE(importer.accepts({"x", QStringLiteral("NOTES.Markdown"), {}}));
    EXPECT_FALSE(importer.accepts({"# x", QStringLiteral("a.txt"), {}}));
    EXPECT_FALSE(importer.accepts({"# x", QStringLiteral("README"), {}}));
}

TEST(MarkdownImporter, FailsClearlyWithoutTextAndStaysBoundedOnHostileInput)
{
    auto empty = importMarkdown("<!-- only a comment -->\n\n---\n");
    ASSERT_FALSE(empty.ok());
    EXPECT_TRUE(empty.error().message.contains(QStringLiteral("no text")));
    EXPECT_EQ(empty.error().context, QStringLiteral("notes.md"));

    auto binary = importMarkdown(QByteArray("\x00\x01\x02\x03", 4));
    EXPECT_FALSE(binary.ok());

    // Deep nesting of quotes, lists and brackets, and emphasis that never closes: read without a crash, the words
    // kept.
    QByteArray deep =
        QByteArray(20000, '>') + " deep\n\n" + QByteArray(5000, '[') + "x" + QByteArray(5000, ']') + "\n\n";
    for (int i = 0; i < 2000; ++i) {
        deep += QByteArray(size_t(i % 200) * 2, ' ') + "- item\n";
    }
    for (int i = 0; i < 20000; ++i) {
        deep += "- ";
    }
    deep += "nested\n\n";
    deep += QByteArray(100000, '*') + "end\n";
    auto hostile = importMarkdown(deep);
    ASSERT_TRUE(hostile.ok()) << hostile.error().toString().toStdString();
    EXPECT_TRUE(hostile->workingText.contains(QStringLiteral("deep")));
    EXPECT_TRUE(hostile->workingText.contains(QStringLiteral("item")));
    EXPECT_EQ(hostile->original, deep);
}

TEST(MarkdownImporter, ReadsTheDatasetReadmesAsMarkdown)
{
    const QString root = test::datasetsDir();
    if (root.isEmpty()) {
        GTEST_SKIP() << "../shared/datasets is absent: no real Markdown files to read";
    }
    const QStringList files = {root + QStringLiteral("/README.md"), root + QStringLiteral("/reuters21578/README.md")};
    for (const QString& path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            GTEST_SKIP() << "cannot read " << path.toStdString();
        }
        const QByteArray bytes = f.readAll();
        auto report = importMarkdown(bytes, QStringLiteral("README.md"));
        ASSERT_TRUE(report.ok()) << path.toStdString();
        EXPECT_FALSE(report->workingText.contains(QStringLiteral("\n# "))) << path.toStdString();
        EXPECT_FALSE(report->workingText.startsWith(u'#')) << path.toStdString();
        EXPECT_FALSE(report->metadata.title.startsWith(u'#'));
        EXPECT_FALSE(report->metadata.title.isEmpty());
    }
}
