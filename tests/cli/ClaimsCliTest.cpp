// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// corroborate-cli end to end for claims, links, sources, tags and notes: the real executable on the seed articles,
// the contract's JSON keys (product.md section 3) and exit statuses.
#include "tests/support/CliRun.h"
#include "tests/support/TestPaths.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace corrob;

namespace {

using test::CliRun;

CliRun cli(const QStringList& args)
{
    return test::runCli(args);
}

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// The five seeds in a new case: report 1 is 000 (Callamard), 2 is 001 (Pavlyuk's figure), 3 is 002.
class ClaimsCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.filePath(QStringLiteral("x.corrob"));
        ASSERT_EQ(cli({s("new"), path}).exitCode, 0);
        ASSERT_EQ(cli(QStringList{s("import"), path} + test::seedFiles()).exitCode, 0);
    }

    CliRun run(QStringList args)
    {
        args.insert(args.size() > 1 && (args.at(0) == u"claim" || args.at(0) == u"source" || args.at(0) == u"tag" ||
                                        args.at(0) == u"note")
                        ? 2
                        : 1,
                    path);
        return cli(args);
    }

    QJsonArray list(const QString& command)
    {
        const CliRun r = run({command, s("--json")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return r.json().array();
    }

    qint64 addClaim(const QStringList& extra)
    {
        const CliRun r = run(QStringList{s("claim"), s("add")} + extra + QStringList{s("--json")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return r.json().object().value(s("id")).toInteger();
    }

    qint64 auditEntries()
    {
        return run({s("verify"), s("--json")}).json().object().value(s("audit_entries")).toInteger();
    }

    QTemporaryDir dir;
    QString path;
};

void expectKeys(const QJsonObject& o, std::initializer_list<const char*> keys)
{
    for (const char* key : keys) {
        EXPECT_TRUE(o.contains(QString::fromLatin1(key))) << "missing key " << key;
    }
}

} // namespace

TEST_F(ClaimsCli, ClaimAddAnchorsAQuoteAtTheOffsetsOfTheWorkingTextAndClaimsListsIt)
{
    const QString quote = s("at least 1,235 civilian bodies");
    const CliRun added =
        run({s("claim"), s("add"), s("--report"), s("2"), s("--quote"), quote, s("--source"), s("Oleksandr Pavlyuk"),
             s("--kind"), s("figure"), s("--tag"), s("Casualties/Civilian"), s("--credibility"), s("2"), s("--json")});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    const QJsonObject claim = added.json().object();
    expectKeys(claim, {"id", "report", "start", "end", "source"});
    const QString text = run({s("text"), s("2"), s("--all")}).out;
    EXPECT_EQ(claim.value(s("start")).toInteger(), text.indexOf(quote));
    EXPECT_EQ(claim.value(s("end")).toInteger(), text.indexOf(quote) + quote.size());
    EXPECT_EQ(claim.value(s("report")).toInteger(), 2);
    EXPECT_EQ(claim.value(s("source")).toString(), s("Oleksandr Pavlyuk"));

    const QJsonArray claims = list(s("claims"));
    ASSERT_EQ(claims.size(), 1);
    const QJsonObject listed = claims.at(0).toObject();
    expectKeys(listed, {"id", "report", "start", "end", "quote", "statement", "source", "kind", "tags", "credibility"});
    EXPECT_EQ(listed.value(s("quote")).toString(), quote);
    EXPECT_EQ(listed.value(s("statement")).toString(), quote);
    EXPECT_EQ(listed.value(s("kind")).toString(), s("figure"));
    EXPECT_EQ(listed.value(s("credibility")).toInt(), 2);
    EXPECT_EQ(listed.value(s("tags")).toArray(), QJsonArray{s("Casualties/Civilian")});
    EXPECT_EQ(run({s("verify")}).exitCode, 0);
}

TEST_F(ClaimsCli, ClaimAddFindsTheSourceIgnoringCaseAndAccents)
{
    addClaim({s("--report"), s("1"), s("--quote"), s("Agnès Callamard"), s("--source"), s("Agnès Callamard")});
    const CliRun second = run({s("claim"), s("add"), s("--report"), s("3"), s("--quote"), s("Agnès Callamard"),
                               s("--source"), s("AGNES callamard"), s("--json")});
    ASSERT_EQ(second.exitCode, 0);
    EXPECT_EQ(second.json().object().value(s("source")).toString(), s("Agnès Callamard"));
    const QJsonArray sources = list(s("sources"));
    int callamards = 0;
    for (const QJsonValue& v : sources) {
        if (v.toObject().value(s("name")).toString() == s("Agnès Callamard")) {
            ++callamards;
            EXPECT_EQ(v.toObject().value(s("claims")).toInt(), 2);
        }
    }
    EXPECT_EQ(callamards, 1);
}

TEST_F(ClaimsCli, ClaimAddPicksTheNthOccurrence)
{
    const QString text = run({s("text"), s("1"), s("--all")}).out;
    const qsizetype first = text.indexOf(s("war crimes"));
    const qsizetype second = text.indexOf(s("war crimes"), first + 1);
    const CliRun r = run({s("claim"), s("add"), s("--report"), s("1"), s("--quote"), s("war crimes"), s("--occurrence"),
                          s("2"), s("--json")});
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.json().object().value(s("start")).toInteger(), second);
}

TEST_F(ClaimsCli, ClaimAddFindsAQuoteTypedDecomposed)
{
    // "Agnès" as macOS and some editors paste it: e + U+0300. The working text is NFC.
    const QString decomposed = s("Agnès Callamard").normalized(QString::NormalizationForm_D);
    ASSERT_NE(decomposed, s("Agnès Callamard"));
    const CliRun r = run({s("claim"), s("add"), s("--report"), s("1"), s("--quote"), decomposed, s("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString text = run({s("text"), s("1"), s("--all")}).out;
    EXPECT_EQ(r.json().object().value(s("start")).toInteger(), text.indexOf(s("Agnès Callamard")));
    EXPECT_EQ(r.json().object().value(s("end")).toInteger(), text.indexOf(s("Agnès Callamard")) + 15);
}

TEST_F(ClaimsCli, ClaimAddFindsAQuoteCopiedFromAPdfWithItsLigatures)
{
    // The working text spells "fi"; a quote copied out of the PDF has the ligature U+FB01.
    const QString text = run({s("text"), s("1"), s("--all")}).out;
    const QRegularExpressionMatch word = QRegularExpression(s("\\w*fi\\w* \\w+")).match(text);
    ASSERT_TRUE(word.hasMatch());
    QString copied = word.captured(0);
    copied.replace(s("fi"), s("\uFB01"));
    const CliRun r = run({s("claim"), s("add"), s("--report"), s("1"), s("--quote"), copied, s("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json().object().value(s("start")).toInteger(), word.capturedStart(0));
    EXPECT_EQ(r.json().object().value(s("end")).toInteger(), word.capturedEnd(0));
}

TEST_F(ClaimsCli, BadClaimInputFailsWithTheContractsExitStatusAndChangesNothing)
{
    const qint64 audit = auditEntries();
    const CliRun missing = run({s("claim"), s("add"), s("--report"), s("2"), s("--quote"), s("at least 9,999 bodies")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.startsWith(s("error: ")) && missing.err.trimmed().endsWith(s("(report 2)")))
        << missing.err.toStdString();
    EXPECT_EQ(missing.err.count(u'\n'), 1) << "one line";
    EXPECT_EQ(
        run({s("claim"), s("add"), s("--report"), s("2"), s("--quote"), s("at least 1,235"), s("--occurrence"), s("2")})
            .exitCode,
        1);
    EXPECT_EQ(run({s("claim"), s("add"), s("--report"), s("99"), s("--quote"), s("Kyiv")}).exitCode, 1);
    // An occurrence below 1 is bad usage, whatever the report holds (exit 2, as --credibility 7).
    EXPECT_EQ(
        run({s("claim"), s("add"), s("--report"), s("2"), s("--quote"), s("Kyiv"), s("--occurrence"), s("0")}).exitCode,
        2);
    EXPECT_EQ(run({s("claim"), s("add"), s("--report"), s("2"), s("--quote"), s("Kyiv"), s("--occurrence"), s("-1")})
                  .exitCode,
              2);
    const CliRun kind =
        run({s("claim"), s("add"), s("--report"), s("2"), s("--quote"), s("Kyiv"), s("--kind"), s("rumour")});
    EXPECT_EQ(kind.exitCode, 2);
    EXPECT_TRUE(kind.err.contains(s("'rumour'")) && kind.err.contains(s("figure, allegation")))
        << kind.err.toStdString();
    EXPECT_EQ(run({s("claim"), s("add"), s("--report"), s("2"), s("--quote"), s("Kyiv"), s("--credibility"), s("7")})
                  .exitCode,
              2);
    EXPECT_EQ(run({s("claim"), s("add"), s("--quote"), s("Kyiv")}).exitCode, 2) << "--report is required";
    EXPECT_EQ(run({s("claim"), s("frobnicate")}).exitCode, 2);
    EXPECT_EQ(
        cli({s("claim"), s("add"), dir.filePath(s("none.corrob")), s("--report"), s("2"), s("--quote"), s("Kyiv")})
            .exitCode,
        3);
    EXPECT_EQ(run({s("claim"), s("edit"), s("99"), s("--statement"), s("x")}).exitCode, 1);
    EXPECT_TRUE(list(s("claims")).isEmpty());
    EXPECT_EQ(auditEntries(), audit) << "refused input leaves no audit entry";
}

TEST_F(ClaimsCli, ClaimEditAndDeleteChangeWhatClaimsAndLinksShow)
{
    const qint64 a = addClaim({s("--report"), s("1"), s("--quote"), s("Agnès Callamard")});
    const qint64 b = addClaim({s("--report"), s("3"), s("--quote"), s("Agnès Callamard")});
    ASSERT_EQ(run({s("link"), QString::number(a), QString::number(b), s("--type"), s("repeats")}).exitCode, 0);
    const CliRun edited = run({s("claim"), s("edit"), QString::number(a), s("--statement"), s("Callamard speaks"),
                               s("--kind"), s("quote"), s("--source"), s("Agnès Callamard"), s("--credibility"), s("3"),
                               s("--tag"), s("People"), s("--json")});
    ASSERT_EQ(edited.exitCode, 0) << edited.err.toStdString();
    const QJsonObject claim = edited.json().object();
    EXPECT_EQ(claim.value(s("statement")).toString(), s("Callamard speaks"));
    EXPECT_EQ(claim.value(s("kind")).toString(), s("quote"));
    EXPECT_EQ(claim.value(s("source")).toString(), s("Agnès Callamard"));
    EXPECT_EQ(claim.value(s("credibility")).toInt(), 3);
    EXPECT_EQ(claim.value(s("tags")).toArray(), QJsonArray{s("People")});

    ASSERT_EQ(run({s("claim"), s("delete"), QString::number(a)}).exitCode, 0);
    EXPECT_EQ(list(s("claims")).size(), 1);
    EXPECT_TRUE(list(s("links")).isEmpty()) << "a deleted claim's links go with it";
    EXPECT_EQ(run({s("claim"), s("delete"), QString::number(a)}).exitCode, 1);
    EXPECT_EQ(run({s("verify")}).exitCode, 0);
}

TEST_F(ClaimsCli, LinkConnectsTwoClaimsAndRefusesSelfDuplicateUnknownTypeAndMissingClaims)
{
    const qint64 a = addClaim({s("--report"), s("1"), s("--quote"), s("Agnès Callamard")});
    const qint64 b = addClaim({s("--report"), s("3"), s("--quote"), s("Agnès Callamard")});
    const CliRun linked = run({s("link"), QString::number(a), QString::number(b), s("--type"), s("corroborates"),
                               s("--note"), s("same press conference"), s("--confidence"), s("0.8"), s("--json")});
    ASSERT_EQ(linked.exitCode, 0) << linked.err.toStdString();
    const QJsonObject link = linked.json().object();
    expectKeys(link, {"id", "from", "to", "type", "note", "confidence"});
    EXPECT_EQ(link.value(s("from")).toInteger(), a);
    EXPECT_EQ(link.value(s("type")).toString(), s("corroborates"));

    EXPECT_EQ(run({s("link"), QString::number(a), QString::number(b), s("--type"), s("corroborates")}).exitCode, 1)
        << "duplicate";
    EXPECT_EQ(run({s("link"), QString::number(a), QString::number(a), s("--type"), s("repeats")}).exitCode, 1);
    EXPECT_EQ(run({s("link"), QString::number(a), s("99"), s("--type"), s("repeats")}).exitCode, 1);
    EXPECT_EQ(run({s("link"), QString::number(a), QString::number(b), s("--type"), s("supports")}).exitCode, 2);
    EXPECT_EQ(run({s("link"), QString::number(a), QString::number(b)}).exitCode, 2) << "--type is required";
    EXPECT_EQ(
        run({s("link"), QString::number(a), QString::number(b), s("--type"), s("updates"), s("--confidence"), s("2")})
            .exitCode,
        2);

    const QJsonArray links = list(s("links"));
    ASSERT_EQ(links.size(), 1);
    EXPECT_EQ(links.at(0).toObject().value(s("note")).toString(), s("same press conference"));
    const QString id = QString::number(links.at(0).toObject().value(s("id")).toInteger());
    EXPECT_EQ(cli({s("link"), s("remove"), path, id}).exitCode, 0);
    EXPECT_TRUE(list(s("links")).isEmpty());
    EXPECT_EQ(run({s("unlink"), id}).exitCode, 1) << "already removed";
}

TEST_F(ClaimsCli, SourceSetCreatesThenUpdatesAndMergeMovesClaims)
{
    const CliRun created =
        run({s("source"), s("set"), s("Agnès Callamard"), s("--kind"), s("person"), s("--affiliation"),
             s("Amnesty International"), s("--alias"), s("Callamard"), s("--reliability"), s("B"), s("--json")});
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    EXPECT_TRUE(created.json().object().value(s("created")).toBool());
    const qint64 id = created.json().object().value(s("id")).toInteger();

    const CliRun updated = run({s("source"), s("set"), s("callamard"), s("--reliability"), s("C"), s("--rationale"),
                                s("second-hand"), s("--json")});
    ASSERT_EQ(updated.exitCode, 0) << updated.err.toStdString();
    const QJsonObject source = updated.json().object();
    EXPECT_FALSE(source.value(s("created")).toBool());
    EXPECT_EQ(source.value(s("id")).toInteger(), id) << "found by its alias";
    EXPECT_EQ(source.value(s("reliability")).toString(), s("C"));
    EXPECT_EQ(source.value(s("affiliation")).toString(), s("Amnesty International"));
    EXPECT_EQ(source.value(s("kind")).toString(), s("person"));

    EXPECT_EQ(run({s("source"), s("set"), s("Agnès Callamard"), s("--reliability"), s("G")}).exitCode, 2);
    EXPECT_EQ(run({s("source"), s("set"), s("Agnès Callamard"), s("--kind"), s("alien")}).exitCode, 2);

    // Two spellings became two sources; merging them moves the claims to the one kept.
    addClaim({s("--report"), s("1"), s("--quote"), s("Agnès Callamard"), s("--source"), s("A. Callamard")});
    ASSERT_EQ(run({s("source"), s("merge"), s("Agnès Callamard"), s("A. Callamard")}).exitCode, 0);
    const QJsonObject claim = list(s("claims")).at(0).toObject();
    EXPECT_EQ(claim.value(s("source")).toString(), s("Agnès Callamard"));
    EXPECT_EQ(run({s("source"), s("merge"), s("Agnès Callamard"), s("Nobody")}).exitCode, 1);
    EXPECT_EQ(run({s("verify")}).exitCode, 0);
}

TEST_F(ClaimsCli, TagCommandsEditTheCodebookThatClaimsUse)
{
    ASSERT_EQ(run({s("tag"), s("add"), s("Violence"), s("--colour"), s("#eb5757")}).exitCode, 0);
    ASSERT_EQ(run({s("tag"), s("add"), s("Violence/Shelling")}).exitCode, 0);
    ASSERT_EQ(run({s("tag"), s("add"), s("Weapons")}).exitCode, 0);
    EXPECT_EQ(run({s("tag"), s("add"), s("violence")}).exitCode, 1) << "a sibling has that name";
    EXPECT_EQ(run({s("tag"), s("add"), s("Nowhere/Thing")}).exitCode, 1) << "no such parent";
    addClaim({s("--report"), s("1"), s("--quote"), s("up to 40 people"), s("--tag"), s("Violence/Shelling")});

    ASSERT_EQ(run({s("tag"), s("move"), s("Violence/Shelling"), s("Weapons")}).exitCode, 0);
    EXPECT_EQ(run({s("tag"), s("move"), s("Weapons"), s("Weapons/Shelling")}).exitCode, 1) << "a cycle";
    ASSERT_EQ(run({s("tag"), s("rename"), s("Weapons/Shelling"), s("Artillery")}).exitCode, 0);
    EXPECT_EQ(list(s("claims")).at(0).toObject().value(s("tags")).toArray(), QJsonArray{s("Weapons/Artillery")});

    const QJsonArray tags = list(s("tags"));
    ASSERT_EQ(tags.size(), 3);
    expectKeys(tags.at(0).toObject(), {"id", "name", "path", "parent", "colour", "description", "claims"});
    EXPECT_EQ(tags.at(0).toObject().value(s("colour")).toString(), s("#eb5757"));

    ASSERT_EQ(run({s("tag"), s("merge"), s("Violence"), s("Weapons")}).exitCode, 0);
    EXPECT_EQ(list(s("claims")).at(0).toObject().value(s("tags")).toArray(), QJsonArray{s("Violence/Artillery")});
    ASSERT_EQ(run({s("tag"), s("delete"), s("Violence")}).exitCode, 0);
    EXPECT_TRUE(list(s("tags")).isEmpty());
    EXPECT_TRUE(list(s("claims")).at(0).toObject().value(s("tags")).toArray().isEmpty());
}

TEST_F(ClaimsCli, NotesAttachToClaimsAndTheCase)
{
    const qint64 claim = addClaim({s("--report"), s("2"), s("--quote"), s("at least 1,235 civilian bodies")});
    const CliRun added = run({s("note"), s("add"), s("--on"), s("claim"), QString::number(claim), s("--text"),
                              s("from the **regional governor**"), s("--json")});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    ASSERT_EQ(run({s("note"), s("add"), s("--on"), s("case"), s("--text"), s("# Open questions")}).exitCode, 0);
    EXPECT_EQ(run({s("note"), s("add"), s("--on"), s("claim"), s("99"), s("--text"), s("x")}).exitCode, 1);
    EXPECT_EQ(run({s("note"), s("add"), s("--on"), s("tweet"), s("1"), s("--text"), s("x")}).exitCode, 2);
    EXPECT_EQ(run({s("note"), s("add"), s("--on"), s("claim"), s("--text"), s("x")}).exitCode, 2) << "which claim?";

    const QJsonArray notes = list(s("notes"));
    ASSERT_EQ(notes.size(), 2);
    const QJsonObject first = notes.at(0).toObject();
    expectKeys(first, {"id", "target", "target_id", "body", "author", "created_at"});
    EXPECT_EQ(first.value(s("target")).toString(), s("claim"));
    EXPECT_EQ(first.value(s("body")).toString(), s("from the **regional governor**"));
    const CliRun onClaim = run({s("notes"), QString::number(claim), s("--on"), s("claim"), s("--json")});
    EXPECT_EQ(onClaim.json().array().size(), 1);

    const QString id = QString::number(first.value(s("id")).toInteger());
    ASSERT_EQ(run({s("note"), s("edit"), id, s("--text"), s("checked")}).exitCode, 0);
    EXPECT_EQ(list(s("notes")).at(0).toObject().value(s("body")).toString(), s("checked"));
    ASSERT_EQ(run({s("note"), s("delete"), id}).exitCode, 0);
    EXPECT_EQ(list(s("notes")).size(), 1);
}

TEST_F(ClaimsCli, HelpListsTheNewCommands)
{
    const CliRun help = cli({s("--help")});
    for (const char* command :
         {"claim", "claims", "link", "unlink", "links", "source", "sources", "tag", "tags", "note", "notes"}) {
        EXPECT_TRUE(help.out.contains(QString::fromLatin1(command))) << command;
    }
    EXPECT_EQ(cli({s("claim"), s("add"), s("--help")}).exitCode, 0);
    EXPECT_TRUE(cli({s("claim"), s("add"), s("--help")}).out.contains(s("--occurrence")));
}

TEST_F(ClaimsCli, LinkEditChangesOnlyWhatIsGivenAndSaysWhatIsWrong)
{
    const qint64 a = addClaim({s("--report"), s("1"), s("--quote"), s("Agnès Callamard")});
    const qint64 b = addClaim({s("--report"), s("3"), s("--quote"), s("Agnès Callamard")});
    const CliRun linked = run({s("link"), QString::number(a), QString::number(b), s("--type"), s("corroborates"),
                               s("--note"), s("same press conference"), s("--json")});
    ASSERT_EQ(linked.exitCode, 0) << linked.err.toStdString();
    const QString id = QString::number(linked.json().object().value(s("id")).toInteger());
    const qint64 audit = auditEntries();

    const CliRun edited =
        cli({s("link"), s("edit"), path, id, s("--type"), s("repeats"), s("--confidence"), s("0.6"), s("--json")});
    ASSERT_EQ(edited.exitCode, 0) << edited.err.toStdString();
    const QJsonObject link = edited.json().object();
    expectKeys(link, {"id", "from", "to", "type", "note", "confidence"});
    EXPECT_EQ(link.value(s("type")).toString(), s("repeats"));
    EXPECT_DOUBLE_EQ(link.value(s("confidence")).toDouble(), 0.6);
    EXPECT_EQ(link.value(s("note")).toString(), s("same press conference"));
    EXPECT_EQ(auditEntries(), audit + 1);

    const CliRun cleared = cli({s("link"), s("edit"), path, id, s("--note"), QString(), s("--confidence"), s("none")});
    ASSERT_EQ(cleared.exitCode, 0) << cleared.err.toStdString();
    EXPECT_TRUE(cleared.out.contains(s("claim %1 repeats claim %2").arg(a).arg(b))) << cleared.out.toStdString();
    const QJsonObject listed = list(s("links")).at(0).toObject();
    EXPECT_TRUE(listed.value(s("note")).isNull() || listed.value(s("note")).toString().isEmpty());
    EXPECT_TRUE(listed.value(s("confidence")).isNull());

    const CliRun badType = cli({s("link"), s("edit"), path, id, s("--type"), s("supports")});
    EXPECT_EQ(badType.exitCode, 2);
    EXPECT_TRUE(badType.err.contains(s("--type"))) << badType.err.toStdString();
    const CliRun badConfidence = cli({s("link"), s("edit"), path, id, s("--confidence"), s("1.5")});
    EXPECT_EQ(badConfidence.exitCode, 2);
    EXPECT_TRUE(badConfidence.err.contains(s("'1.5'"))) << badConfidence.err.toStdString();
    EXPECT_EQ(cli({s("link"), s("edit"), path, id}).exitCode, 2) << "nothing to change";
    EXPECT_EQ(cli({s("link"), s("edit"), path, s("x7"), s("--note"), s("n")}).exitCode, 2);
    const CliRun missing = cli({s("link"), s("edit"), path, s("99"), s("--note"), s("n")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(s("link 99"))) << missing.err.toStdString();
    EXPECT_EQ(cli({s("link"), s("edit"), dir.filePath(s("none.corrob")), id, s("--note"), s("n")}).exitCode, 3);
    EXPECT_EQ(auditEntries(), audit + 2);
    EXPECT_EQ(run({s("verify")}).exitCode, 0);
}

TEST_F(ClaimsCli, ReportSetCorrectsTheMetadataAndMakesANewOutletAMediaSource)
{
    const qint64 audit = auditEntries();
    const CliRun set = cli({s("report"), s("set"), path, s("2"), s("--outlet"), s("Kyiv Independent"), s("--author"),
                            s("Staff"), s("--published"), s("2022-08-04"), s("--language"), s("en"), s("--url"),
                            s("https://example.org/a"), s("--title"), s("Bodies in Kyiv region"), s("--json")});
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    const QJsonObject report = set.json().object();
    expectKeys(report, {"id", "title", "outlet", "author", "published", "language", "url", "sha256"});
    EXPECT_EQ(report.value(s("outlet")).toString(), s("Kyiv Independent"));
    EXPECT_EQ(report.value(s("published")).toString(), s("2022-08-04"));
    EXPECT_EQ(report.value(s("title")).toString(), s("Bodies in Kyiv region"));
    EXPECT_EQ(auditEntries(), audit + 1);
    bool found = false;
    for (const QJsonValue& source : list(s("sources"))) {
        if (source.toObject().value(s("name")).toString() == s("Kyiv Independent")) {
            found = true;
            EXPECT_EQ(source.toObject().value(s("kind")).toString(), s("media"));
        }
    }
    EXPECT_TRUE(found);
    const QJsonObject listed = list(s("reports")).at(1).toObject();
    EXPECT_EQ(listed.value(s("author")).toString(), s("Staff"));

    const CliRun plain = cli({s("report"), s("set"), path, s("2"), s("--author"), QString()});
    ASSERT_EQ(plain.exitCode, 0) << plain.err.toStdString();
    EXPECT_TRUE(plain.out.startsWith(s("report 2: Bodies in Kyiv region"))) << plain.out.toStdString();

    const CliRun badDate = cli({s("report"), s("set"), path, s("2"), s("--published"), s("August")});
    EXPECT_EQ(badDate.exitCode, 2);
    EXPECT_TRUE(badDate.err.contains(s("'August' is not a date"))) << badDate.err.toStdString();
    EXPECT_TRUE(badDate.err.contains(s("report set --published"))) << badDate.err.toStdString();
    EXPECT_EQ(cli({s("report"), s("set"), path, s("2"), s("--language"), s("English")}).exitCode, 2);
    EXPECT_EQ(cli({s("report"), s("set"), path, s("2"), s("--url"), s("example.org/a")}).exitCode, 2);
    // An address that runs or embeds something is no place of publication: exports hand it to other programs.
    for (const QString& hostile : {s("javascript:alert(1)"), s("data:text/html,<b>x</b>"), s("file:///etc/passwd")}) {
        const CliRun refused = cli({s("report"), s("set"), path, s("2"), s("--url"), hostile});
        EXPECT_EQ(refused.exitCode, 2) << hostile.toStdString();
        EXPECT_TRUE(refused.err.contains(hostile)) << refused.err.toStdString();
    }
    EXPECT_EQ(cli({s("report"), s("set"), path, s("99"), s("--title"), s("x")}).exitCode, 1);
    EXPECT_EQ(cli({s("report"), s("set"), path, s("2")}).exitCode, 2) << "nothing to change";
    EXPECT_EQ(cli({s("report"), s("set"), path, s("two"), s("--title"), s("x")}).exitCode, 2);
    EXPECT_EQ(cli({s("report"), s("frob"), path, s("2")}).exitCode, 2);
    EXPECT_EQ(cli({s("report"), s("set"), dir.filePath(s("none.corrob")), s("2"), s("--title"), s("x")}).exitCode, 3);
    EXPECT_EQ(auditEntries(), audit + 2);
    EXPECT_EQ(run({s("verify")}).exitCode, 0);
}

TEST_F(ClaimsCli, AReportOrClaimThatIsNotThereIsAnErrorNotAnEmptyAnswer)
{
    // A mistyped id said nothing: an empty list, empty export files, "no range 1".
    const CliRun listed = run({s("claims"), s("--report"), s("99"), s("--json")});
    EXPECT_EQ(listed.exitCode, 1);
    EXPECT_TRUE(listed.err.contains(s("no such report"))) << listed.err.toStdString();
    EXPECT_TRUE(listed.out.isEmpty());
    const CliRun shown = run({s("include"), s("99"), s("1")});
    EXPECT_EQ(shown.exitCode, 1);
    EXPECT_TRUE(shown.err.contains(s("no such report"))) << shown.err.toStdString();
    const QString out = QFileInfo(path).absolutePath() + s("/e");
    const CliRun exported = cli({s("export"), path, s("--format"), s("csv"), s("--out"), out, s("--claim"), s("999")});
    EXPECT_EQ(exported.exitCode, 1);
    EXPECT_TRUE(exported.err.contains(s("no such claim"))) << exported.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out + s("-claims.csv")));
}
