// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/HtmlReport.h"

#include "core/case/edits/LinkEdits.h"
#include "tests/core/export/ExportTestSupport.h"

#include <QRegularExpression>

#include <algorithm>

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::exporting;

namespace {

QString sampleHtml(const Selection& selection = {})
{
    auto sample = test::makeExportCase();
    if (!sample) {
        return {};
    }
    auto read = collectReport(*sample->target, selection);
    if (!read) {
        ADD_FAILURE() << read.error().toString().toStdString();
        return {};
    }
    return HtmlReport::render(read.value());
}

TEST(HtmlReport, HasTheIssuesSectionsInOrder)
{
    const QString html = sampleHtml();
    ASSERT_FALSE(html.isEmpty());
    const QStringList inOrder = {
        QStringLiteral("<h1><a id=\"top\" name=\"top\"></a>"),     // title
        QStringLiteral("Author: Ana Investigator"),                // date and author
        QStringLiteral("<a id=\"summary\" name=\"summary\"></a>"), // summary table
        QStringLiteral("Claims by credibility"),
        QStringLiteral("Sources by reliability"),
        QStringLiteral("<a id=\"claims\" name=\"claims\"></a>"), // every claim
        QStringLiteral("documented 22 cases of unlawful killings by Russian forces"),
        QStringLiteral("<a id=\"conflicts\" name=\"conflicts\"></a>"),
        QStringLiteral("<a id=\"sources\" name=\"sources\"></a>"),
        QStringLiteral("<a id=\"appendix\" name=\"appendix\"></a>"),
        QStringLiteral("SHA-256"),
    };
    qsizetype at = 0;
    for (const QString& part : inOrder) {
        const qsizetype found = html.indexOf(part, at);
        EXPECT_GE(found, at) << part.toStdString() << " missing or out of order";
        at = std::max(at, found);
    }
    // A claim's entry: quote, report, grades, independent sources with origins, corroborated and contradicted by.
    const qsizetype claim1 = html.indexOf(QStringLiteral("id=\"claim-1\""));
    ASSERT_GE(claim1, 0);
    const QString entry = html.mid(claim1, html.indexOf(QStringLiteral("</div>"), claim1) - claim1);
    for (const QString& part : {QStringLiteral("<b>A2</b>"), QStringLiteral("Amnesty International; Oleksandr Pavlyuk"),
                                QStringLiteral("href=\"#claim-6\""), QStringLiteral("href=\"#claim-5\""),
                                QStringLiteral("Russian Ministry of Defence"), QStringLiteral("Unlawful killings"),
                                QStringLiteral("href=\"#report-1\"")}) {
        EXPECT_TRUE(entry.contains(part)) << part.toStdString();
    }
    // Every internal link has its target.
    const QRegularExpression href(QStringLiteral("href=\"#([^\"]+)\""));
    for (const QRegularExpressionMatch& m : href.globalMatch(html)) {
        EXPECT_TRUE(html.contains(QStringLiteral("<a id=\"%1\" name=\"%1\"></a>").arg(m.captured(1))))
            << m.captured(1).toStdString();
    }
    // The appendix carries every original's hash and the audit head.
    EXPECT_EQ(html.count(QRegularExpression(QStringLiteral("<td class=\"hash\">[0-9a-f]{64}</td>"))), 5);
    EXPECT_TRUE(
        html.contains(QRegularExpression(QStringLiteral("head hash <span class=\"hash\">[0-9a-f]{64}</span>"))));
}

TEST(HtmlReport, ShowsHostileStatementsAndNotesAsText)
{
    const QString html = sampleHtml();
    ASSERT_FALSE(html.isEmpty());
    EXPECT_FALSE(html.contains(QStringLiteral("<script")));
    EXPECT_FALSE(html.contains(QStringLiteral("<img")));
    EXPECT_FALSE(html.contains(QStringLiteral("href=\"javascript")));
    EXPECT_FALSE(html.contains(QStringLiteral("<b>twice</b>")));
    EXPECT_TRUE(html.contains(QStringLiteral("Killings &lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; &amp; "
                                             "&quot;more&quot;")));
    EXPECT_TRUE(html.contains(QStringLiteral("Checked &lt;b&gt;twice&lt;/b&gt;; see &lt;img src=&quot;https://"
                                             "tracker.example/x.png&quot;&gt;")));
    EXPECT_EQ(HtmlReport::escape(QStringLiteral("a<b>&\"'")), QStringLiteral("a&lt;b&gt;&amp;&quot;&#39;"));
}

TEST(HtmlReport, ADirectionalOverrideInCaseTextEndsWithTheTextItCameWith)
{
    // "Statement \u202Egnp.exe" reads "exe.png" reversed, as in the article; left open it would also turn the report's
    // own words after it around (the closing quotation mark, the next label). Closed at the value's end.
    EXPECT_EQ(HtmlReport::escape(QStringLiteral("Statement \u202Egnp.exe")),
              QStringLiteral("Statement \u202Egnp.exe\u202C"));
    EXPECT_EQ(HtmlReport::escape(QStringLiteral("\u2067\u202Bx")), QStringLiteral("\u2067\u202Bx\u2069\u202C"));
    // Balanced or stray controls are left as they are.
    EXPECT_EQ(HtmlReport::escape(QStringLiteral("a\u202Eb\u202Cc\u202C")), QStringLiteral("a\u202Eb\u202Cc\u202C"));
    EXPECT_EQ(HtmlReport::escape(QStringLiteral("\u2067x\u2069 \u200Fy")), QStringLiteral("\u2067x\u2069 \u200Fy"));
}

TEST(HtmlReport, IsOneSelfContainedFileThatPrints)
{
    const QString html = sampleHtml();
    ASSERT_FALSE(html.isEmpty());
    // Nothing is fetched: no src, no stylesheet link, no url() in CSS, no @import, and a policy forbidding any.
    // (Text is escaped, so every '<' starts real markup; the hostile note's "src=" is text.)
    EXPECT_FALSE(html.contains(QRegularExpression(QStringLiteral("<[^>]*\\ssrc\\s*="))));
    EXPECT_FALSE(html.contains(QStringLiteral("<link")));
    EXPECT_FALSE(html.contains(QStringLiteral("url(")));
    EXPECT_FALSE(html.contains(QStringLiteral("@import")));
    EXPECT_FALSE(html.contains(QRegularExpression(QStringLiteral("href=\"(?!#)"))));
    EXPECT_TRUE(html.contains(QStringLiteral("Content-Security-Policy\" content=\"default-src 'none'")));
    EXPECT_TRUE(html.contains(QStringLiteral("@media print")));
    EXPECT_TRUE(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    EXPECT_TRUE(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
}

TEST(HtmlReport, LinksOnlyToClaimsThatAreInTheReport)
{
    Selection one;
    one.claims = {ClaimId(1)};
    const QString html = sampleHtml(one);
    ASSERT_FALSE(html.isEmpty());
    EXPECT_FALSE(html.contains(QStringLiteral("href=\"#claim-6\"")));
    EXPECT_TRUE(html.contains(QStringLiteral("claim 6 (Oleksandr Pavlyuk)")));
    EXPECT_FALSE(html.contains(QStringLiteral("id=\"claim-2\"")));
}

TEST(HtmlReport, ARepeatIsTheSameStatementNotACorroboration)
{
    // A claim that only repeats another adds no witness: the report must not say it corroborates (the analysis
    // counts both as one origin).
    auto sample = test::makeExportCase();
    ASSERT_TRUE(sample);
    casefile::AddLink repeats(ClaimId(2), ClaimId(4), model::LinkType::Repeats);
    ASSERT_TRUE(repeats.apply(*sample->target).ok());
    auto read = collectReport(*sample->target, {});
    ASSERT_TRUE(read.ok());
    const ClaimEntry* two = read->findClaim(ClaimId(2));
    ASSERT_TRUE(two);
    const auto has4 = [](const QList<RelatedClaim>& list) {
        return std::any_of(list.begin(), list.end(), [](const RelatedClaim& r) { return r.id == ClaimId(4); });
    };
    EXPECT_TRUE(has4(two->sameStatement));
    EXPECT_FALSE(has4(two->corroborators));
    const QString html = HtmlReport::render(read.value());
    const qsizetype at = html.indexOf(QStringLiteral("id=\"claim-2\""));
    ASSERT_GE(at, 0);
    const QString section = html.mid(at, html.indexOf(QStringLiteral("</div>"), at) - at);
    const QRegularExpression sameRow(QStringLiteral("Same statement in</th><td>[^\n]*href=\"#claim-4\""));
    EXPECT_TRUE(section.contains(sameRow)) << section.toStdString();
    const QRegularExpression corroboratedRow(QStringLiteral("Corroborated by</th><td>[^\n]*href=\"#claim-4\""));
    EXPECT_FALSE(section.contains(corroboratedRow)) << section.toStdString();
}

TEST(HtmlReport, ACorroboratorIsQuotedByWhatItSaysAndItsReportNamedAsAWork)
{
    // "Corroborated by claim 2 (Amnesty International), “Amnesty International says it has documented…”": the report's
    // title in quotation marks read as the corroborating words (a tester's find). The claim's statement is quoted;
    // its outlet and report title follow, the title as a cited work.
    auto sample = test::makeExportCase();
    ASSERT_TRUE(sample);
    auto read = collectReport(*sample->target, {});
    ASSERT_TRUE(read.ok());
    const QString html = HtmlReport::render(read.value());
    const auto esc = [](const QString& text) {
        return text.toHtmlEscaped().replace(u'\'', QStringLiteral("&#39;"));
    };
    int checked = 0;
    for (const ClaimEntry& e : read->claims) {
        for (const RelatedClaim& r : e.corroborators) {
            const ClaimEntry* other = read->findClaim(r.id);
            ASSERT_TRUE(other);
            const qsizetype at = html.indexOf(QStringLiteral("id=\"claim-%1\"").arg(e.claim.id.value));
            ASSERT_GE(at, 0);
            const QString section = html.mid(at, html.indexOf(QStringLiteral("</div>"), at) - at);
            const qsizetype row = section.indexOf(QStringLiteral("Corroborated by</th><td>"));
            ASSERT_GE(row, 0);
            const QString cell = section.mid(row, section.indexOf(QStringLiteral("</td>"), row) - row);
            SCOPED_TRACE(cell.toStdString());
            EXPECT_TRUE(cell.contains(QStringLiteral("\u201c%1\u201d").arg(esc(other->claim.statement))));
            ASSERT_FALSE(other->reportTitle.isEmpty());
            EXPECT_TRUE(cell.contains(QStringLiteral("<cite>%1</cite>").arg(esc(other->reportTitle))));
            EXPECT_FALSE(cell.contains(QStringLiteral("\u201c%1\u201d").arg(esc(other->reportTitle))));
            ++checked;
        }
    }
    EXPECT_GT(checked, 0) << "the sample case has corroborations";

    // A corroborator left out of the export is named, not quoted: its words are not the export's to publish.
    for (const ClaimEntry& e : read->claims) {
        if (e.corroborators.isEmpty()) {
            continue;
        }
        const RelatedClaim& other = e.corroborators.front();
        const ClaimEntry* left = read->findClaim(other.id);
        ASSERT_TRUE(left);
        Selection only;
        only.claims = {e.claim.id};
        auto narrowed = collectReport(*sample->target, only);
        ASSERT_TRUE(narrowed.ok());
        const QString out = HtmlReport::render(narrowed.value());
        EXPECT_TRUE(out.contains(QStringLiteral("claim %1").arg(other.id.value))) << "still named";
        EXPECT_FALSE(out.contains(esc(left->claim.statement))) << left->claim.statement.toStdString();
        break;
    }
}

TEST(HtmlReport, UpdatesAndElaborationsAreListedUnderBothTheirClaims)
{
    auto sample = test::makeExportCase();
    ASSERT_TRUE(sample);
    casefile::AddLink updates(ClaimId(3), ClaimId(5), model::LinkType::Updates);
    ASSERT_TRUE(updates.apply(*sample->target).ok());
    casefile::AddLink elaborates(ClaimId(2), ClaimId(3), model::LinkType::Elaborates);
    ASSERT_TRUE(elaborates.apply(*sample->target).ok());
    auto read = collectReport(*sample->target, {});
    ASSERT_TRUE(read.ok());
    const QString html = HtmlReport::render(read.value());
    const auto section = [&html](int claim) {
        const qsizetype at = html.indexOf(QStringLiteral("id=\"claim-%1\"").arg(claim));
        return at < 0 ? QString() : html.mid(at, html.indexOf(QStringLiteral("</div>"), at) - at);
    };
    EXPECT_TRUE(section(3).contains(QStringLiteral("updates <a href=\"#claim-5\">claim 5</a>")))
        << section(3).toStdString();
    EXPECT_TRUE(section(5).contains(QStringLiteral("updated by <a href=\"#claim-3\">claim 3</a>")));
    EXPECT_TRUE(section(2).contains(QStringLiteral("elaborates <a href=\"#claim-3\">claim 3</a>")));
    EXPECT_TRUE(section(3).contains(QStringLiteral("elaborated by <a href=\"#claim-2\">claim 2</a>")));
    EXPECT_FALSE(section(4).contains(QStringLiteral("Other links")));
}

} // namespace
