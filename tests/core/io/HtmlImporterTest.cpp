// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/HtmlImporter.h"
#include "core/io/MarkdownImporter.h"
#include "core/io/PlainTextImporter.h"
#include "core/io/html/HtmlDocument.h"
#include "tests/support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <QRegularExpression>

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

using namespace corrob;
using io::HtmlImporter;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Result<model::NewReport> importHtml(const QByteArray& html, const QString& name = QStringLiteral("page.html"))
{
    return HtmlImporter().read({html, name, name});
}

// Lower-case words with their counts (each CJK character is a word).
QHash<QString, int> words(const QString& text)
{
    QHash<QString, int> bag;
    QString current;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            current += c.toLower();
        } else if (!current.isEmpty()) {
            ++bag[current];
            current.clear();
        }
    }
    if (!current.isEmpty()) {
        ++bag[current];
    }
    return bag;
}

double wordF1(const QString& got, const QString& expected)
{
    const auto a = words(got);
    const auto b = words(expected);
    qint64 common = 0;
    qint64 na = 0;
    qint64 nb = 0;
    for (auto it = a.begin(); it != a.end(); ++it) {
        na += it.value();
        common += qMin(it.value(), b.value(it.key()));
    }
    for (const int n : b) {
        nb += n;
    }
    if (na == 0 || nb == 0 || common == 0) {
        return 0;
    }
    const double p = double(common) / double(na);
    const double r = double(common) / double(nb);
    return 2 * p * r / (p + r);
}

QString readabilityPage(const QString& name)
{
    const QString datasets = test::datasetsDir();
    return datasets.isEmpty() ? QString() : datasets + u"/readability/pages/" + name;
}

} // namespace

// ---- Real pages (Mozilla Readability's test pages; skipped without ../shared/datasets) ---------------------------

class ReadabilityPage : public ::testing::TestWithParam<const char*>
{
};

TEST_P(ReadabilityPage, ExtractsTheArticleAndItsMetadata)
{
    const QString dir = readabilityPage(QString::fromLatin1(GetParam()));
    if (dir.isEmpty() || !QFile::exists(dir + u"/source.html")) {
        GTEST_SKIP() << "the Readability pages are not in ../shared/datasets/readability (a fresh clone)";
    }
    auto report = importHtml(readAll(dir + u"/source.html"), QStringLiteral("source.html"));
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    const QJsonObject expected = QJsonDocument::fromJson(readAll(dir + u"/expected-metadata.json")).object();
    auto expectedDoc = io::html::HtmlDocument::parse(readAll(dir + u"/expected.html"), dir);
    ASSERT_TRUE(expectedDoc.ok());
    const QString expectedText = io::html::textContent(expectedDoc->root());

    // Readability's title as the page gives it; the report's leaves out a trailing " | " or " - " and the author's or
    // site's name ("… whale strandings | Eleanor Ainge Roy", "… - Breitbart").
    QString title = expected.value(u"title").toString().simplified();
    for (const QString& name :
         {expected.value(u"byline").toString().simplified(), expected.value(u"siteName").toString().simplified()}) {
        for (const QString& separator : {QStringLiteral(" | "), QStringLiteral(" - ")}) {
            if (!name.isEmpty() && title.endsWith(separator + name, Qt::CaseInsensitive)) {
                title.chop(name.size() + separator.size());
            }
        }
    }
    EXPECT_EQ(report->metadata.title, title);
    EXPECT_GE(wordF1(report->workingText, expectedText), 0.95) << "article text differs from Readability's";
    // Readability's byline as the page prints it; the report's author is the name, without a leading "By".
    static const QRegularExpression by(QStringLiteral("^[Bb][Yy]\\s+"));
    const QString byline = expected.value(u"byline").toString().simplified().remove(by);
    if (!byline.isEmpty()) {
        EXPECT_EQ(report->metadata.author, byline);
    }
    const QString published = expected.value(u"publishedTime").toString();
    if (!published.isEmpty()) {
        EXPECT_EQ(report->metadata.published.iso.left(10), published.left(10));
    }
    const QString lang = expected.value(u"lang").toString();
    if (!lang.isEmpty()) {
        EXPECT_EQ(report->metadata.language, lang);
    }
    EXPECT_EQ(report->provenance.mediaType, QStringLiteral("text/html"));
    EXPECT_FALSE(report->workingText.contains(u"<script")) << "markup must not leak into the working text";
}

INSTANTIATE_TEST_SUITE_P(HtmlImporter, ReadabilityPage,
                         ::testing::Values("guardian-1", "cnet", "lemonde-1", "seattletimes-1", "lazy-image-2",
                                           "wordpress", "breitbart", "pixnet"),
                         [](const ::testing::TestParamInfo<const char*>& page) {
                             std::string name = page.param;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

// ---- Hostile and broken input ------------------------------------------------------------------------------------

TEST(HtmlImporter, DropsScriptsAndRemoteImagesAndKeepsTheText)
{
    const QByteArray html =
        "<!DOCTYPE html><html lang=\"en\"><head><title>Shelling of the railway station - Example News</title>"
        "<script src=\"http://127.0.0.1:9/tracker.js\"></script>"
        "<script>fetch('http://127.0.0.1:9/beacon'); document.write('INJECTED');</script></head><body>"
        "<article><p>Officials said at least 40 people were killed when the station was hit on Friday morning.</p>"
        "<img src=\"http://127.0.0.1:9/photo.jpg\" alt=\"REMOTE-IMAGE\">"
        "<p>Witnesses described two loud explosions, and rescue teams worked through the night.</p>"
        "<script>alert('SCRIPTED')</script><noscript>NOSCRIPT</noscript>"
        "<iframe src=\"http://127.0.0.1:9/frame\">IFRAME</iframe></article></body></html>";
    auto report = importHtml(html);
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    const QString& text = report->workingText;
    EXPECT_TRUE(text.contains(QStringLiteral("at least 40 people were killed")));
    EXPECT_TRUE(text.contains(QStringLiteral("rescue teams worked through the night")));
    for (const char* absent :
         {"INJECTED", "SCRIPTED", "fetch", "127.0.0.1", "REMOTE-IMAGE", "photo.jpg", "NOSCRIPT", "IFRAME", "tracker"}) {
        EXPECT_FALSE(text.contains(QString::fromLatin1(absent))) << absent;
    }
    // Paragraphs stay paragraphs.
    EXPECT_TRUE(text.contains(QStringLiteral("morning.\n\nWitnesses")));
    EXPECT_EQ(report->metadata.title, QStringLiteral("Shelling of the railway station"));
    EXPECT_EQ(report->original, html) << "the evidentiary copy keeps the scripts";
    // The importer has no network code at all (nothing links QtNetwork); a fetch would also need an event loop,
    // and this test runs none. The addresses above point at the discard port of this machine.
}

TEST(HtmlImporter, KeepsHeadingsAndListItemsOnTheirOwnLines)
{
    auto report = importHtml("<html><body><div class=\"article-body\"><h2>What happened</h2>"
                             "<p>The first paragraph of the report is long enough to count as article text here.</p>"
                             "<ul><li>first item</li><li>second item</li></ul>"
                             "<p>The second paragraph, also long enough, closes the report with a comma, or two.</p>"
                             "</div></body></html>");
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->workingText.contains(QStringLiteral("What happened\n\nThe first paragraph")));
    EXPECT_TRUE(report->workingText.contains(QStringLiteral("first item\nsecond item")));
}

TEST(HtmlImporter, ASoftHyphenIsNoPartOfTheWorkingText)
{
    auto report = importHtml("<html><body><div class=\"article-body\">"
                             "<p>Shelling in Khar&shy;kiv went on for days, the regional gover&shy;nor said today.</p>"
                             "<p>The second paragraph, also long enough, closes the report with a comma, or two.</p>"
                             "</div></body></html>");
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(
        report->workingText.contains(QStringLiteral("Shelling in Kharkiv went on for days, the regional governor")))
        << report->workingText.toStdString();
    EXPECT_FALSE(report->workingText.contains(QChar(0x00AD)));
}

TEST(HtmlImporter, ImportsHtmlNestedOneHundredThousandLevelsDeep)
{
    constexpr int kDepth = 100000;
    QByteArray html = "<!DOCTYPE html><html><head><title>Deep</title></head><body>";
    html.reserve(html.size() + kDepth * 11 + 100);
    for (int i = 0; i < kDepth; ++i) {
        html += "<div>";
    }
    html += "<p>The text at the very bottom of a very deep page.</p>";
    for (int i = 0; i < kDepth; ++i) {
        html += "</div>";
    }
    html += "</body></html>";
    // (How long this takes is measured by bench_html_import, not asserted here.)
    auto report = importHtml(html);
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    EXPECT_TRUE(report->workingText.contains(QStringLiteral("The text at the very bottom of a very deep page.")));
    EXPECT_FALSE(report->provenance.warnings.isEmpty()) << "the flattening is reported";
}

TEST(HtmlImporter, ImportsUnclosedFormattingElementsNestedDeeply)
{
    QByteArray html = "<html><body><p>Start of the text.";
    for (int i = 0; i < 100000; ++i) {
        html += "<b><i><span>";
    }
    html += "End of the text.</p></body></html>";
    auto report = importHtml(html);
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    EXPECT_TRUE(report->workingText.contains(QStringLiteral("End of the text.")));
}

TEST(HtmlImporter, FailsClearlyWhenMisnestingWouldMakeParsingExplode)
{
    // Each </div> closes a <b> that stays "active"; every later <b> reopens all of them (quadratic in HTML5).
    QByteArray html = "<html><body>";
    for (int i = 0; i < 3000; ++i) {
        html += "<div><b id=" + QByteArray::number(i) + ">x</div>";
    }
    auto report = importHtml(html);
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().message.contains(QStringLiteral("memory")));
    EXPECT_EQ(report.error().context, QStringLiteral("page.html"));
}

TEST(HtmlImporter, ImportsWhatIsReadableOfTruncatedAndMalformedHtml)
{
    const QByteArray full = "<!DOCTYPE html><html><head><title>Report on the camps</title></head><body><article>"
                            "<p>The first paragraph, complete and readable, describes the camps in detail.</p>"
                            "<p>The second paragraph is cut off in the mid";
    auto truncated = importHtml(full);
    ASSERT_TRUE(truncated.ok()) << truncated.error().toString().toStdString();
    EXPECT_TRUE(truncated->workingText.contains(QStringLiteral("describes the camps in detail.")));
    EXPECT_TRUE(truncated->workingText.contains(QStringLiteral("cut off in the mid")));
    EXPECT_EQ(truncated->metadata.title, QStringLiteral("Report on the camps"));

    auto malformed = importHtml("<html><body><p>Unclosed <b>bold <i>and italic</b> text</i> continues here"
                                "<table><td>a cell<tr><p>in a row</table><p>Last words of the page."
                                "<div attr=\"unterminated>an unterminated attribute swallows the rest</div>");
    ASSERT_TRUE(malformed.ok()) << malformed.error().toString().toStdString();
    EXPECT_TRUE(malformed->workingText.contains(QStringLiteral("continues here")));
    EXPECT_TRUE(malformed->workingText.contains(QStringLiteral("Last words of the page.")));
}

TEST(HtmlImporter, FailsClearlyForAPageWithoutText)
{
    auto report = importHtml("<html><head><script>var a = 1;</script></head><body><nav><a href=/>Home</a></nav>"
                             "<img src=x.png></body></html>");
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().code, ErrorCode::Unsupported);
    EXPECT_TRUE(report.error().message.contains(QStringLiteral("no readable text")));
    EXPECT_EQ(report.error().context, QStringLiteral("page.html"));
}

TEST(HtmlImporter, FollowsTheDeclaredCharsetAndFallsBackToWindows1252)
{
    auto latin1 = importHtml("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                             "</head><body><p>Caf\xe9 cr\xe8me \x93quoted\x94</p></body></html>");
    ASSERT_TRUE(latin1.ok());
    EXPECT_EQ(latin1->workingText, QStringLiteral("Caf\u00e9 cr\u00e8me \u201cquoted\u201d"));
    EXPECT_EQ(latin1->provenance.encoding, QStringLiteral("Windows-1252"));
    EXPECT_TRUE(latin1->provenance.warnings.isEmpty());

    auto undeclared = importHtml("<html><body><p>Caf\xe9</p></body></html>");
    ASSERT_TRUE(undeclared.ok());
    EXPECT_EQ(undeclared->workingText, QStringLiteral("Caf\u00e9"));
    EXPECT_FALSE(undeclared->provenance.warnings.isEmpty()) << "the fallback is reported";

    auto koi8 =
        importHtml("<html><head><meta charset=\"koi8-r\"></head><body><p>\xf0\xd2\xc9\xd7\xc5\xd4</p></body></html>");
    ASSERT_TRUE(koi8.ok());
    EXPECT_EQ(koi8->workingText, QStringLiteral("\u041f\u0440\u0438\u0432\u0435\u0442"));

    auto bom = importHtml(
        "\xef\xbb\xbf<html><head><meta charset=\"iso-8859-1\"></head><body><p>\xe2\x80\x94</p></body></html>");
    ASSERT_TRUE(bom.ok());
    EXPECT_EQ(bom->workingText, QStringLiteral("\u2014")) << "a BOM wins over the declaration";
}

TEST(HtmlImporter, ReadsMetadataFromMetaTagsJsonLdAndMarkup)
{
    auto report = importHtml(
        "<html lang=\"uk\"><head><title>Ignored title | Site</title>"
        "<meta property=\"og:title\" content=\"Og title\"><meta property=\"og:site_name\" content=\"Kyiv Independent\">"
        "<meta property=\"og:url\" content=\"https://example.org/og\"><link rel=\"canonical\" "
        "href=\"https://example.org/c\">"
        "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\","
        "\"name\":\"Site\"},{\"@type\":\"NewsArticle\",\"headline\":\"Ld headline\",\"author\":[{\"@type\":\"Person\","
        "\"name\":\"Olena Roshchina\"},{\"name\":\"Ivan Petrenko\"}],\"datePublished\":\"2022-04-03T09:15:00+03:00\"}]}"
        "</script></head><body><article><p>The body text of the article is long enough to be the article.</p>"
        "</article></body></html>");
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->metadata.title, QStringLiteral("Ld headline"));
    EXPECT_EQ(report->metadata.author, QStringLiteral("Olena Roshchina, Ivan Petrenko"));
    EXPECT_EQ(report->metadata.outlet, QStringLiteral("Kyiv Independent"));
    EXPECT_EQ(report->metadata.url, QStringLiteral("https://example.org/c"));
    EXPECT_EQ(report->metadata.language, QStringLiteral("uk"));
    EXPECT_EQ(report->metadata.published.iso, QStringLiteral("2022-04-03T06:15:00Z"));

    auto fallback = importHtml("<html><head><title>Short</title></head><body><h1>The real headline of the page</h1>"
                               "<p class=\"byline\">By Jane Roe</p><p>Text, long enough to count as the article.</p>"
                               "<time datetime=\"2021-11-01\">1 Nov</time></body></html>");
    ASSERT_TRUE(fallback.ok());
    EXPECT_EQ(fallback->metadata.title, QStringLiteral("The real headline of the page"));
    EXPECT_EQ(fallback->metadata.author, QStringLiteral("Jane Roe")) << "a byline's \"By\" is not the author's name";
    EXPECT_EQ(fallback->metadata.published.iso, QStringLiteral("2021-11-01"));
    EXPECT_FALSE(fallback->workingText.contains(QStringLiteral("By Jane Roe"))) << "the byline is metadata";
}

TEST(HtmlImporter, AnAuthorWrittenAsABylineIsTheNameAlone)
{
    // A tester's find: a page's meta author "By Erin Cunningham" was the report's author as written.
    const auto authorOf = [](const QByteArray& head, const QByteArray& body = {}) {
        auto report =
            importHtml("<html><head><title>A headline long enough for a page</title>" + head + "</head><body>" + body +
                       "<p>Text, long enough to count as the article.</p></body></html>");
        EXPECT_TRUE(report.ok());
        return report ? report->metadata.author : QString();
    };
    EXPECT_EQ(authorOf("<meta name=\"author\" content=\"By Erin Cunningham\">"), QStringLiteral("Erin Cunningham"));
    EXPECT_EQ(authorOf("<meta name=\"author\" content=\"by: Ana  Sandoiu\">"), QStringLiteral("Ana Sandoiu"));
    EXPECT_EQ(authorOf({}, "<div class=\"byline\">BY Joshua Sokol</div>"), QStringLiteral("Joshua Sokol"));
    EXPECT_EQ(authorOf("<meta name=\"author\" content=\"Byron Smith\">"), QStringLiteral("Byron Smith"));
    EXPECT_EQ(authorOf("<meta name=\"author\" content=\"By\">"), QStringLiteral("By"));
}

TEST(HtmlImporter, ATitleEndingInItsAuthorsOrOutletsNameIsTheTitleAlone)
{
    // A tester's find: "'What is the sea telling us?': Māori tribes fearful over whale strandings | Eleanor Ainge
    // Roy" (the page's og:title) was the report's title.
    const auto titleOf = [](const QByteArray& head) {
        auto report = importHtml("<html><head>" + head +
                                 "</head><body><p>Text, long enough to count as the article.</p></body></html>");
        EXPECT_TRUE(report.ok());
        return report ? report->metadata.title : QString();
    };
    EXPECT_EQ(titleOf("<meta property=\"og:title\" content=\"Whales strand again | Eleanor Ainge Roy\">"
                      "<meta name=\"author\" content=\"Eleanor Ainge Roy\">"),
              QStringLiteral("Whales strand again"));
    EXPECT_EQ(titleOf("<meta property=\"og:title\" content=\"Whales strand again - the Guardian\">"
                      "<meta property=\"og:site_name\" content=\"The Guardian\">"),
              QStringLiteral("Whales strand again"));
    // A name that is not the author's or the outlet's stays, and so does a title that is only the name.
    EXPECT_EQ(titleOf("<meta property=\"og:title\" content=\"Talks resume | Kyiv\">"
                      "<meta name=\"author\" content=\"Eleanor Ainge Roy\">"),
              QStringLiteral("Talks resume | Kyiv"));
    EXPECT_EQ(titleOf("<meta property=\"og:title\" content=\"Eleanor Ainge Roy\">"
                      "<meta name=\"author\" content=\"Eleanor Ainge Roy\">"),
              QStringLiteral("Eleanor Ainge Roy"));
}

TEST(HtmlImporter, AcceptsByExtensionOrByContent)
{
    const HtmlImporter importer;
    EXPECT_TRUE(importer.accepts({"x", QStringLiteral("a.HTML"), {}}));
    EXPECT_TRUE(importer.accepts({"x", QStringLiteral("a.htm"), {}}));
    EXPECT_TRUE(importer.accepts({"\xef\xbb\xbf  <!DOCTYPE html><p>", QStringLiteral("saved"), {}}));
    EXPECT_TRUE(importer.accepts({"\n<html lang=en>", QStringLiteral("page.php"), {}}));
    EXPECT_FALSE(importer.accepts({"<html>", QStringLiteral("notes.txt"), {}})) << "a .txt stays text";
    EXPECT_FALSE(importer.accepts({"Plain words", QStringLiteral("saved"), {}}));
}

TEST(HtmlImporter, ImportsATenMegabytePage)
{
    QByteArray html = "<!DOCTYPE html><html><head><title>Long report</title></head><body><div class=\"content\">";
    const QByteArray paragraph = "<p>Paragraph with <a href=\"/x\">a link</a>, some <b>bold</b> words, commas, "
                                 "and enough text to be scored as the article body of a long report.</p>\n";
    while (html.size() < 10 * 1024 * 1024) {
        html += paragraph;
    }
    html += "</div></body></html>";
    // (How long this takes is measured by bench_html_import, not asserted here.)
    auto report = importHtml(html);
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    EXPECT_GT(report->workingText.size(), 5 * 1000 * 1000);
}

TEST(HtmlImporter, NewImportsFoldTheLigaturesOfTextCopiedFromAPdfSoTheTextReadsAsTyped)
{
    // Text copied out of a PDF keeps its ligatures (U+FB01 fi, U+FB03 ffi); the working text of every importer
    // spells the letters, so search, quotes and suggestions see "finance", "official".
    const QString copied = QStringLiteral("The \uFB01nance ministry's o\uFB03cial said the \uFB02ights resumed.");
    const QString typed = QStringLiteral("The finance ministry's official said the flights resumed.");
    const QByteArray html =
        QStringLiteral("<html><head><title>Flights</title></head><body><article><p>%1</p></article></body></html>")
            .arg(copied)
            .toUtf8();
    auto fromHtml = HtmlImporter().read({html, QStringLiteral("a.html"), QStringLiteral("a.html")});
    ASSERT_TRUE(fromHtml.ok());
    EXPECT_TRUE(fromHtml->workingText.contains(typed)) << fromHtml->workingText.toStdString();
    EXPECT_EQ(fromHtml->original, html) << "the original keeps its bytes";

    auto fromText = io::PlainTextImporter().read({copied.toUtf8(), QStringLiteral("a.txt"), QStringLiteral("a.txt")});
    ASSERT_TRUE(fromText.ok());
    EXPECT_TRUE(fromText->workingText.contains(typed)) << fromText->workingText.toStdString();

    auto fromMarkdown = io::MarkdownImporter().read({copied.toUtf8(), QStringLiteral("a.md"), QStringLiteral("a.md")});
    ASSERT_TRUE(fromMarkdown.ok());
    EXPECT_TRUE(fromMarkdown->workingText.contains(typed)) << fromMarkdown->workingText.toStdString();
}
