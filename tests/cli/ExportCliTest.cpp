// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// corroborate-cli export end to end: a case built from the seed articles, exported in every format this command
// writes, with the selection options and the errors a user meets.
#include "tests/support/CliRun.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

using corrob::test::CliRun;
using corrob::test::runCli;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class ExportCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_case = m_dir.filePath(s("case.corrob"));
        ASSERT_EQ(runCli({s("new"), m_case, s("--title"), s("Kyiv region <b>2022</b>")}).exitCode, 0);
        ASSERT_EQ(runCli(QStringList{s("import"), m_case} + corrob::test::seedFiles()).exitCode, 0);
        // Report 1 is CBC's article on Amnesty's findings; report 2 is Fox News' one.
        claim({s("--report"), s("1"), s("--quote"), s("documented 22 cases of unlawful killings by Russian forces"),
               s("--source"), s("Amnesty International"), s("--statement"), s("Killings <script>alert(1)</script>"),
               s("--tag"), s("Violence/Killings")});
        claim({s("--report"), s("2"), s("--quote"),
               s("Russia has claimed that it hits only targets with military values"), s("--source"),
               s("Russian Ministry of Defence"), s("--tag"), s("Denial")});
        ASSERT_EQ(runCli({s("claim"), s("edit"), m_case, s("1"), s("--credibility"), s("2")}).exitCode, 0);
        ASSERT_EQ(runCli({s("claim"), s("edit"), m_case, s("2"), s("--credibility"), s("5")}).exitCode, 0);
        ASSERT_EQ(runCli({s("link"), m_case, s("2"), s("1"), s("--type"), s("contradicts"), s("--note"),
                          s("denies, \"flatly\"\nand at length")})
                      .exitCode,
                  0);
        ASSERT_EQ(runCli({s("note"), s("add"), m_case, s("1"), s("--on"), s("claim"), s("--text"),
                          s("<img src=\"https://tracker.example/p.png\"> seen twice")})
                      .exitCode,
                  0);
    }

    void claim(const QStringList& args)
    {
        const CliRun run = runCli(QStringList{s("claim"), s("add"), m_case} + args);
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    }

    CliRun exportAs(const QString& format, const QString& out, const QStringList& more = {})
    {
        return runCli(QStringList{s("export"), m_case, s("--format"), format, s("--out"), out, s("--json")} + more);
    }

    QTemporaryDir m_dir;
    QString m_case;
};

TEST_F(ExportCli, WritesTheHtmlReportAndSaysWhatItWrote)
{
    const QString out = m_dir.filePath(s("report.html"));
    const CliRun run = exportAs(s("html"), out);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = run.json().object();
    EXPECT_EQ(json.value(s("format")).toString(), s("html"));
    EXPECT_EQ(json.value(s("files")).toArray(), QJsonArray{out});
    EXPECT_EQ(json.value(s("claims")).toInt(), 2);
    const QString html = QString::fromUtf8(readAll(out));
    EXPECT_TRUE(html.contains(s("<h1><a id=\"top\" name=\"top\"></a>Kyiv region &lt;b&gt;2022&lt;/b&gt;</h1>")));
    EXPECT_TRUE(html.contains(s("Killings &lt;script&gt;alert(1)&lt;/script&gt;")));
    // English plurals, not "2 claim(s)".
    EXPECT_TRUE(html.contains(s("(2 claims of 2)"))) << html.left(2000).toStdString();
    EXPECT_TRUE(html.contains(s(">1 link</a>"))) << html.left(2000).toStdString();
    EXPECT_TRUE(html.contains(s("&lt;img src=&quot;https://tracker.example/p.png&quot;&gt; seen twice")));
    EXPECT_FALSE(html.contains(s("<script")));
    EXPECT_FALSE(html.contains(s("<img")));
}

TEST_F(ExportCli, TheHtmlReportListsEveryLinkWithItsConfidenceAndNoteAndTheNotesOnCaseReportsSourcesAndLinks)
{
    ASSERT_EQ(runCli({s("link"), s("edit"), m_case, s("1"), s("--confidence"), s("0.8")}).exitCode, 0);
    const struct
    {
        const char* on;
        const char* id;
        const char* text;
    } notes[] = {{"case", nullptr, "Case <note> & plan"},
                 {"report", "1", "Report note: check the date"},
                 {"source", "1", "Source note: spoke to them"},
                 {"link", "1", "Link note: same figure, 22"}};
    for (const auto& n : notes) {
        QStringList args{s("note"), s("add"), m_case};
        if (n.id) {
            args << s(n.id);
        }
        args << s("--on") << s(n.on) << s("--text") << s(n.text);
        ASSERT_EQ(runCli(args).exitCode, 0) << n.on;
    }
    const QString out = m_dir.filePath(s("report.html"));
    ASSERT_EQ(exportAs(s("html"), out).exitCode, 0);
    const QString html = QString::fromUtf8(readAll(out));
    EXPECT_TRUE(html.contains(s("<a id=\"links\" name=\"links\"></a>Links</h2>")));
    // The link: both claims, its type, the confidence, its own note (escaped, lines kept) and the note on it.
    EXPECT_TRUE(html.contains(s("<td><a href=\"#claim-2\">claim 2</a></td><td>contradicts</td>"
                                "<td><a href=\"#claim-1\">claim 1</a></td><td>80%</td>")))
        << html.toStdString();
    EXPECT_TRUE(html.contains(s("denies, &quot;flatly&quot;<br>and at length")));
    EXPECT_TRUE(html.contains(s("Link note: same figure, 22")));
    EXPECT_TRUE(html.contains(s("Case &lt;note&gt; &amp; plan")));
    EXPECT_TRUE(html.contains(s("Report note: check the date")));
    EXPECT_TRUE(html.contains(s("Source note: spoke to them")));
}

TEST_F(ExportCli, WritesAPdfWithTextAndPageNumbers)
{
    const QString out = m_dir.filePath(s("report.pdf"));
    const CliRun run = exportAs(s("pdf"), out);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    ASSERT_TRUE(readAll(out).startsWith("%PDF-"));
    if (QStandardPaths::findExecutable(s("pdftotext")).isEmpty()) {
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    }
    QProcess p;
    p.start(s("pdftotext"), {out, s("-")});
    ASSERT_TRUE(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    EXPECT_TRUE(text.contains(s("Page 1 of ")));
    EXPECT_TRUE(text.contains(s("Killings <script>alert(1)</script>")));
    EXPECT_TRUE(text.contains(s("documented 22 cases of unlawful killings by Russian forces")));
}

TEST_F(ExportCli, WritesTwoCsvFilesBesideTheGivenPath)
{
    const CliRun run = exportAs(s("csv"), m_dir.filePath(s("out.csv")));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString claims = m_dir.filePath(s("out-claims.csv"));
    const QString links = m_dir.filePath(s("out-links.csv"));
    EXPECT_EQ(run.json().object().value(s("files")).toArray(), (QJsonArray{claims, links}));
    const QByteArray c = readAll(claims);
    EXPECT_TRUE(c.startsWith("id,report,report_title,"));
    EXPECT_EQ(c.count("\r\n"), 3) << "a header and two claims, none with a line break inside";
    EXPECT_TRUE(c.contains(",Killings <script>alert(1)</script>,"));
    const QByteArray l = readAll(links);
    EXPECT_TRUE(l.contains(",contradicts,\"denies, \"\"flatly\"\"\nand at length\","));
    EXPECT_TRUE(l.endsWith("\r\n"));
    EXPECT_FALSE(QFileInfo::exists(m_dir.filePath(s("out.csv"))));
}

TEST_F(ExportCli, WritesClaimReviewsOfTheGradedClaims)
{
    const QString out = m_dir.filePath(s("reviews.jsonld"));
    const CliRun run = exportAs(s("claimreview"), out, {s("--min-credibility"), s("3")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject doc = QJsonDocument::fromJson(readAll(out)).object();
    const QJsonArray graph = doc.value(s("@graph")).toArray();
    ASSERT_EQ(graph.size(), 1) << "grade 5 is worse than 3";
    EXPECT_EQ(graph[0][s("claimReviewed")].toString(), s("Killings <script>alert(1)</script>"));
    EXPECT_EQ(graph[0][s("reviewRating")][s("ratingValue")].toInt(), 4);
}

TEST_F(ExportCli, ClaimReviewsPointAtTheirClaimInTheReportPublishedAtReviewUrl)
{
    const QString out = m_dir.filePath(s("reviews.jsonld"));
    const CliRun run = exportAs(s("claimreview"), out, {s("--review-url"), s("https://news.example/kharkiv.html")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray graph = QJsonDocument::fromJson(readAll(out)).object().value(s("@graph")).toArray();
    ASSERT_FALSE(graph.isEmpty());
    for (const QJsonValue review : graph) {
        // The HTML report gives each claim the id claim-N, which the review's identifier names too.
        EXPECT_EQ(review[s("url")].toString(),
                  s("https://news.example/kharkiv.html#") + review[s("identifier")].toString());
    }
    // Without it the reviews have no url; a URL that is no page address, or another format, is bad usage.
    ASSERT_EQ(exportAs(s("claimreview"), out).exitCode, 0);
    EXPECT_FALSE(QJsonDocument::fromJson(readAll(out))[s("@graph")][0].toObject().contains(s("url")));
    for (const QStringList& bad : {QStringList{s("claimreview"), s("news.example/kharkiv.html")},
                                   QStringList{s("claimreview"), s("file:///tmp/kharkiv.html")},
                                   QStringList{s("html"), s("https://news.example/kharkiv.html")}}) {
        const CliRun refused = exportAs(bad[0], m_dir.filePath(s("refused")), {s("--review-url"), bad[1]});
        EXPECT_EQ(refused.exitCode, 2) << bad.join(u' ').toStdString();
        EXPECT_TRUE(refused.err.startsWith(s("error: --review-url"))) << refused.err.toStdString();
        EXPECT_TRUE(refused.err.endsWith(s(" (corroborate-cli export)\n"))) << refused.err.toStdString();
    }
}

TEST_F(ExportCli, SelectsClaimsByTagAndById)
{
    const QString out = m_dir.filePath(s("t.html"));
    const CliRun tagged = exportAs(s("html"), out, {s("--tag"), s("violence")});
    ASSERT_EQ(tagged.exitCode, 0) << tagged.err.toStdString();
    EXPECT_EQ(tagged.json().object().value(s("claims")).toInt(), 1) << "Violence/Killings is below Violence";
    const QString html = QString::fromUtf8(readAll(out));
    EXPECT_TRUE(html.contains(s("id=\"claim-1\"")));
    EXPECT_FALSE(html.contains(s("id=\"claim-2\"")));

    const CliRun byId = exportAs(s("html"), out, {s("--claim"), s("2")});
    ASSERT_EQ(byId.exitCode, 0);
    EXPECT_EQ(byId.json().object().value(s("claims")).toInt(), 1);
    EXPECT_TRUE(QString::fromUtf8(readAll(out)).contains(s("id=\"claim-2\"")));
}

TEST_F(ExportCli, RefusesBadUsageAndWritesNothing)
{
    const QString out = m_dir.filePath(s("nothing.html"));
    const struct
    {
        QStringList args;
        const char* error;
    } cases[] = {
        {{s("export"), m_case, s("--out"), out},
         "error: --format is required (html|pdf|csv|claimreview|w3c|qdpx|bundle)"},
        {{s("export"), m_case, s("--format"), s("docx"), s("--out"), out},
         "error: unknown format 'docx'; use html, pdf, csv, claimreview"},
        {{s("export"), m_case, s("--format"), s("html")}, "error: --out PATH is required"},
        {{s("export"), m_case, s("--format"), s("html"), s("--out"), out, s("--min-credibility"), s("7")},
         "error: --min-credibility '7' is not a grade 1-6"},
        {{s("export"), m_case, s("--format"), s("html"), s("--out"), out, s("--claim"), s("x")},
         "error: --claim must be an id such as 3 (got 'x')"},
        {{s("export"), m_case, s("--format"), s("html"), s("--out"), out, s("--tag"), s("Nope")},
         "error: tag 'Nope' is not in the case's codebook"},
        {{s("export"), m_case, s("--format"), s("csv"), s("--out"), out, s("--tag"), s("Nope")},
         "error: tag 'Nope' is not in the case's codebook"},
        {{s("export"), m_case, s("--format"), s("w3c"), s("--out"), out, s("--tag"), s("Nope")},
         "error: tag 'Nope' is not in the case's codebook"},
        {{s("export"), m_case, s("--format"), s("qdpx"), s("--out"), out, s("--tag"), s("Nope")},
         "error: tag 'Nope' is not in the case's codebook"},
        {{s("export"), m_case, s("--format"), s("w3c"), s("--out"), out, s("--claim"), s("2")},
         "error: the w3c format chooses claims by tag and grade only"},
        {{s("export"), m_case, s("--format"), s("bundle"), s("--out"), out, s("--tag"), s("Nope")},
         "error: a bundle holds the whole case"},
    };
    for (const auto& c : cases) {
        const CliRun run = runCli(c.args);
        EXPECT_EQ(run.exitCode, 2) << c.args.join(u' ').toStdString();
        EXPECT_TRUE(run.err.startsWith(QString::fromUtf8(c.error))) << run.err.toStdString();
        // The contract's one line, located as every usage error is.
        EXPECT_TRUE(run.err.endsWith(s(" (corroborate-cli export)\n"))) << run.err.toStdString();
        EXPECT_EQ(run.err.count(u'\n'), 1) << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty());
        EXPECT_FALSE(QFileInfo::exists(out));
    }
}

TEST_F(ExportCli, NeverWritesOverTheCaseOrAnyOtherCase)
{
    const QByteArray before = readAll(m_case);
    const QString other = m_dir.filePath(s("other.corrob"));
    ASSERT_EQ(runCli({s("new"), other}).exitCode, 0);
    const QByteArray otherBefore = readAll(other);
    const QString link = m_dir.filePath(s("link-to-case.html"));
    ASSERT_TRUE(QFile::link(m_case, link));
    const QString otherStem = m_dir.filePath(s("another"));
    ASSERT_TRUE(QFile::copy(other, otherStem + s("-links.csv"))); // csv would write another-links.csv
    for (const QString& format : {s("html"), s("pdf"), s("claimreview"), s("w3c"), s("qdpx"), s("bundle")}) {
        for (const QString& out : QStringList{m_case, link, other, m_case + s("-wal")}) {
            const CliRun run = exportAs(format, out);
            EXPECT_EQ(run.exitCode, 2) << format.toStdString() << " " << out.toStdString();
            EXPECT_TRUE(run.err.contains(s("error: refused: that "))) << run.err.toStdString();
        }
    }
    const QString pipe = m_dir.filePath(s("pipe"));
    ASSERT_EQ(mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    const CliRun toPipe = exportAs(s("html"), pipe);
    EXPECT_EQ(toPipe.exitCode, 2);
    EXPECT_TRUE(toPipe.err.contains(s("error: refused: that is not a regular file"))) << toPipe.err.toStdString();
    EXPECT_FALSE(QFileInfo(pipe).isFile()); // still the pipe
    const CliRun csv = exportAs(s("csv"), otherStem);
    EXPECT_EQ(csv.exitCode, 2);
    EXPECT_FALSE(QFileInfo::exists(otherStem + s("-claims.csv"))); // nothing written, not even the first file
    EXPECT_EQ(readAll(m_case), before);
    EXPECT_EQ(readAll(other), otherBefore);
    EXPECT_EQ(runCli({s("verify"), m_case}).exitCode, 0);
    // An ordinary file is still written over, as a file dialog that asked first would.
    const QString page = m_dir.filePath(s("page.html"));
    ASSERT_EQ(exportAs(s("html"), page).exitCode, 0);
    EXPECT_EQ(exportAs(s("html"), page).exitCode, 0);
}

TEST_F(ExportCli, AZipExportWritesOverItsOldFileAndNeverThroughALinkAtItsPartName)
{
    for (const QString& format : {s("qdpx"), s("bundle")}) {
        const QString out = m_dir.filePath(s("again.") + format);
        ASSERT_EQ(exportAs(format, out).exitCode, 0) << format.toStdString();
        const CliRun again = exportAs(format, out); // QFile::rename refused the existing name
        EXPECT_EQ(again.exitCode, 0) << format.toStdString() << ": " << again.err.toStdString();
        EXPECT_FALSE(QFileInfo::exists(out + s(".part")));
    }
    // A link to the case left where the zip is written before it takes its name: taken away, not written through.
    const QByteArray before = readAll(m_case);
    const QString out = m_dir.filePath(s("linked.qdpx"));
    ASSERT_TRUE(QFile::link(m_case, out + s(".part")));
    ASSERT_EQ(exportAs(s("qdpx"), out).exitCode, 0);
    EXPECT_EQ(readAll(m_case), before);
    EXPECT_EQ(runCli({s("verify"), m_case}).exitCode, 0);
    EXPECT_TRUE(QFileInfo(out).isFile() && !QFileInfo(out).isSymLink());
}

TEST_F(ExportCli, SaysWhereItCouldNotWrite)
{
    const QString out = m_dir.filePath(s("no-such-folder/report.html"));
    const CliRun run = exportAs(s("html"), out);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.startsWith(s("error: cannot write the export"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.trimmed().endsWith(out + u')')) << run.err.toStdString();
}

} // namespace
