// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/edits/ClaimEdits.h"
#include "core/case/CaseReader.h"
#include "core/case/IntegrityCheck.h"
#include "core/case/edits/LinkEdits.h"
#include "core/case/edits/NoteEdits.h"
#include "core/storage/AuditLog.h"
#include "tests/core/case/edits/EditTestSupport.h"
#include "tests/support/TestPaths.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::casefile;
using test::SeededCase;

namespace {

QString workingText(Case& c, ReportId report)
{
    auto text = c.reportText(report, Case::TextView::All);
    EXPECT_TRUE(text.ok());
    return text.value();
}

ClaimDraft quoteDraft(ReportId report, const QString& quote, int occurrence = 1)
{
    ClaimDraft d;
    d.report = report;
    d.quote = quote;
    d.occurrence = occurrence;
    return d;
}

ClaimDraft spanDraft(ReportId report, qsizetype start, qsizetype end)
{
    ClaimDraft d;
    d.report = report;
    d.start = start;
    d.end = end;
    return d;
}

} // namespace

TEST(AddClaim, AnchorsAQuoteWithItsUtf16SpanPrefixAndSuffix)
{
    SeededCase c;
    const QString quote = QStringLiteral("at least 1,235 civilian bodies");
    const QString text = workingText(c.get(), test::kSeed001);
    AddClaim add(quoteDraft(test::kSeed001, quote));
    ASSERT_TRUE(add.apply(c.get()).ok());
    const model::Claim claim = add.claim();
    const qsizetype at = text.indexOf(quote);
    EXPECT_EQ(claim.anchor.start, at);
    EXPECT_EQ(claim.anchor.end, at + quote.size());
    EXPECT_EQ(claim.anchor.quote, quote);
    EXPECT_EQ(claim.anchor.prefix, text.mid(at - 32, 32));
    EXPECT_TRUE(claim.anchor.prefix.endsWith(QStringLiteral("Pavlyuk said that ")));
    EXPECT_EQ(claim.anchor.suffix, text.mid(at + quote.size(), 32));
    EXPECT_EQ(claim.statement, quote) << "the statement defaults to the quote";
    EXPECT_EQ(claim.createdBy, QStringLiteral("tester"));

    auto stored = CaseReader(c.get()).claimsOf(test::kSeed001);
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 1u);
    EXPECT_EQ(stored->front(), claim);
}

TEST(AddClaim, CountsOffsetsInUtf16CodeUnitsAfterAnEmoji)
{
    SeededCase c;
    const QString text = workingText(c.get(), test::kSeed003);
    ASSERT_TRUE(text.contains(QString::fromUtf8("\xF0\x9F\x8E\x99"))) << "seed 003 has the microphone emoji";
    AddClaim add(quoteDraft(test::kSeed003, QStringLiteral("Eliot Higgins")));
    ASSERT_TRUE(add.apply(c.get()).ok());
    EXPECT_EQ(add.claim().anchor.start, text.indexOf(QStringLiteral("Eliot Higgins")));
    EXPECT_EQ(text.mid(add.claim().anchor.start, add.claim().anchor.length()), QStringLiteral("Eliot Higgins"));
}

TEST(AddClaim, PicksTheNthOccurrenceOfAQuote)
{
    SeededCase c;
    const QString text = workingText(c.get(), test::kSeed000);
    const QString quote = QStringLiteral("war crimes");
    const qsizetype first = text.indexOf(quote);
    const qsizetype second = text.indexOf(quote, first + 1);
    const qsizetype third = text.indexOf(quote, second + 1);
    ASSERT_GT(third, second);
    AddClaim add(quoteDraft(test::kSeed000, quote, 3));
    ASSERT_TRUE(add.apply(c.get()).ok());
    EXPECT_EQ(add.claim().anchor.start, third);
}

TEST(AddClaim, RedoRestoresTheSameClaimSourceAndTagsAndUndoRemovesThem)
{
    SeededCase c;
    ClaimDraft d = quoteDraft(test::kSeed001, QStringLiteral("at least 1,235 civilian bodies"));
    d.sourceName = QStringLiteral("Oleksandr Pavlyuk");
    d.kind = model::ClaimKind::Figure;
    d.credibility = 2;
    d.tagPaths = {QStringLiteral("Casualties/Civilian"), QStringLiteral("Kyiv region")};
    AddClaim add(d);
    test::expectRoundTrip(c.get(), add);
    CaseReader reader(c.get());
    auto claim = reader.claim(add.claim().id);
    ASSERT_TRUE(claim.ok());
    EXPECT_EQ(claim->kind, model::ClaimKind::Figure);
    EXPECT_EQ(claim->credibility, 2);
    ASSERT_EQ(claim->tags.size(), 2);
    auto source = reader.source(claim->source);
    ASSERT_TRUE(source.ok());
    EXPECT_EQ(source->name, QStringLiteral("Oleksandr Pavlyuk"));
    auto tags = reader.tags();
    ASSERT_TRUE(tags.ok());
    EXPECT_EQ(CaseReader::tagPath(tags.value(), claim->tags.front()), QStringLiteral("Casualties/Civilian"));

    ASSERT_TRUE(add.revert(c.get()).ok());
    EXPECT_FALSE(reader.sourceNamed(QStringLiteral("Oleksandr Pavlyuk")).value().has_value())
        << "a source created for the claim goes when the claim is undone";
    EXPECT_TRUE(reader.tags().value().empty());
}

TEST(AddClaim, FindsTheSourceByNameCaseAndDiacriticsInsensitively)
{
    SeededCase c;
    const ClaimId first =
        test::addClaim(c.get(), test::kSeed000, QStringLiteral("Agnès Callamard"), QStringLiteral("Agnès Callamard"));
    const qint64 sources = CaseReader(c.get()).sources().value().size();
    ClaimDraft d = quoteDraft(test::kSeed002, QStringLiteral("Agnès Callamard"));
    d.sourceName = QStringLiteral("agnes CALLAMARD");
    AddClaim add(d);
    ASSERT_TRUE(add.apply(c.get()).ok());
    EXPECT_EQ(add.claim().source, CaseReader(c.get()).claim(first).value().source);
    EXPECT_EQ(static_cast<qint64>(CaseReader(c.get()).sources().value().size()), sources);
}

TEST(AddClaim, RefusesBadInputNamingWhatAndWhereAndChangesNothing)
{
    SeededCase c;
    const QString text = workingText(c.get(), test::kSeed001);
    struct Case_
    {
        const char* what;
        ClaimDraft draft;
        QString expectInMessage;
        QString expectContext;
    };
    ClaimDraft badCredibility = quoteDraft(test::kSeed001, QStringLiteral("at least 1,235 civilian bodies"));
    badCredibility.credibility = 7;
    const QString emoji = workingText(c.get(), test::kSeed003);
    const qsizetype surrogate = emoji.indexOf(QString::fromUtf8("\xF0\x9F\x8E\x99"));
    const std::vector<Case_> cases = {
        {"quote not in the report", quoteDraft(test::kSeed001, QStringLiteral("at least 9,999 civilian bodies")),
         QStringLiteral("not in the report"), QStringLiteral("report 2")},
        {"occurrence beyond the last", quoteDraft(test::kSeed001, QStringLiteral("at least 1,235"), 2),
         QStringLiteral("occurs 1 time"), QStringLiteral("report 2")},
        {"occurrence zero", quoteDraft(test::kSeed001, QStringLiteral("Kyiv"), 0), QStringLiteral("occurrence"),
         QStringLiteral("report 2")},
        {"empty quote", quoteDraft(test::kSeed001, QString()), QStringLiteral("empty"), QStringLiteral("report 2")},
        {"span past the end", spanDraft(test::kSeed001, 10, text.size() + 1), QStringLiteral("inside the text"),
         QStringLiteral("report 2")},
        {"inverted span", spanDraft(test::kSeed001, 20, 10), QStringLiteral("20"), QStringLiteral("report 2")},
        {"empty span", spanDraft(test::kSeed001, 10, 10), QStringLiteral("non-empty"), QStringLiteral("report 2")},
        {"negative start", spanDraft(test::kSeed001, -1, 10), QStringLiteral("-1"), QStringLiteral("report 2")},
        {"span cutting an emoji in half", spanDraft(test::kSeed003, surrogate + 1, surrogate + 5),
         QStringLiteral("in half"), QStringLiteral("report 4")},
        {"credibility 7", badCredibility, QStringLiteral("1 to 6"), QStringLiteral("report 2")},
        {"unknown report", quoteDraft(ReportId(99), QStringLiteral("Kyiv")), QStringLiteral("no such report"),
         QStringLiteral("report 99")},
    };
    for (const Case_& bad : cases) {
        AddClaim add(bad.draft);
        const Error e = test::expectRefused(c.get(), add);
        EXPECT_TRUE(e.message.contains(bad.expectInMessage)) << bad.what << ": " << e.message.toStdString();
        EXPECT_EQ(e.context, bad.expectContext) << bad.what;
    }
}

TEST(EditClaim, ChangesStatementKindSourceCredibilityAndTagsAndRoundTrips)
{
    SeededCase c;
    const ClaimId id = test::addClaim(c.get(), test::kSeed001, QStringLiteral("at least 1,235 civilian bodies"));
    ClaimChanges changes;
    changes.statement = QStringLiteral("1,235+ civilian bodies found in Kyiv region");
    changes.kind = model::ClaimKind::Figure;
    changes.sourceName = QStringLiteral("Oleksandr Pavlyuk");
    changes.credibility = 3;
    changes.addTags = {QStringLiteral("Casualties")};
    EditClaim edit(id, changes);
    test::expectRoundTrip(c.get(), edit);
    const model::Claim after = CaseReader(c.get()).claim(id).value();
    EXPECT_EQ(after.statement, QStringLiteral("1,235+ civilian bodies found in Kyiv region"));
    EXPECT_EQ(after.kind, model::ClaimKind::Figure);
    EXPECT_EQ(after.credibility, 3);
    EXPECT_EQ(after.tags.size(), 1);
    EXPECT_EQ(after.anchor.quote, QStringLiteral("at least 1,235 civilian bodies")) << "the anchor never moves";

    // Removing the grade, the source and the tag is an edit too.
    ClaimChanges clear;
    clear.credibility = 0;
    clear.sourceName = QString();
    clear.removeTags = {QStringLiteral("casualties")};
    EditClaim cleared(id, clear);
    test::expectRoundTrip(c.get(), cleared);
    const model::Claim bare = CaseReader(c.get()).claim(id).value();
    EXPECT_EQ(bare.credibility, 0);
    EXPECT_FALSE(bare.source.isValid());
    EXPECT_TRUE(bare.tags.isEmpty());
}

TEST(EditClaim, UndoAndRedoTakeBackOnlyWhatTheEditChangedNotWhatAnotherProgramChangedSince)
{
    // The window tags a claim; corroborate-cli, on its own connection, rewrites the statement and the grade; the
    // window's undo takes the tag away and leaves the CLI's changes, and redo puts the tag back the same way.
    SeededCase c;
    const ClaimId id = test::addClaim(c.get(), test::kSeed001, QStringLiteral("at least 1,235 civilian bodies"));
    ClaimChanges tag;
    tag.addTags = {QStringLiteral("Checked")};
    EditClaim tagging(id, tag);
    ASSERT_TRUE(tagging.apply(c.get()).ok());
    auto cli = Case::open(c.path(), {QStringLiteral("cli")});
    ASSERT_TRUE(cli.ok()) << cli.error().toString().toStdString();
    ClaimChanges elsewhere;
    elsewhere.statement = QStringLiteral("CLI statement");
    elsewhere.credibility = 5;
    elsewhere.addTags = {QStringLiteral("From the CLI")};
    ASSERT_TRUE(EditClaim(id, elsewhere).apply(*cli.value()).ok());

    ASSERT_TRUE(tagging.revert(c.get()).ok());
    model::Claim now = CaseReader(c.get()).claim(id).value();
    EXPECT_EQ(now.statement, QStringLiteral("CLI statement"));
    EXPECT_EQ(now.credibility, 5);
    ASSERT_EQ(now.tags.size(), 1) << "the window's tag gone, the CLI's kept";
    EXPECT_EQ(CaseReader::tagPath(CaseReader(c.get()).tags().value(), now.tags.front()),
              QStringLiteral("From the CLI"));

    ASSERT_TRUE(tagging.apply(c.get()).ok()); // redo
    now = CaseReader(c.get()).claim(id).value();
    EXPECT_EQ(now.statement, QStringLiteral("CLI statement"));
    EXPECT_EQ(now.credibility, 5);
    EXPECT_EQ(now.tags.size(), 2);
}

TEST(EditClaim, AnUndoThatWouldOverwriteAFieldAnotherProgramChangedSinceIsRefused)
{
    // The window rewrites the statement, corroborate-cli rewrites it again; the window's undo put its "before" back
    // over the CLI's statement, and its audit entry named the window's statement as the one replaced.
    SeededCase c;
    const ClaimId id = test::addClaim(c.get(), test::kSeed001, QStringLiteral("at least 1,235 civilian bodies"));
    const QString original = CaseReader(c.get()).claim(id).value().statement;
    ClaimChanges mine;
    mine.statement = QStringLiteral("GUI EDIT");
    EditClaim edit(id, mine);
    ASSERT_TRUE(edit.apply(c.get()).ok());
    auto cli = Case::open(c.path(), {QStringLiteral("cli")});
    ASSERT_TRUE(cli.ok());
    ClaimChanges theirs;
    theirs.statement = QStringLiteral("CLI LATER EDIT");
    ASSERT_TRUE(EditClaim(id, theirs).apply(*cli.value()).ok());

    const qint64 audit = test::auditCount(c.get());
    const Status undo = edit.revert(c.get());
    ASSERT_FALSE(undo.ok());
    EXPECT_EQ(undo.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(undo.error().message.contains(QStringLiteral("statement"))) << undo.error().message.toStdString();
    EXPECT_EQ(CaseReader(c.get()).claim(id).value().statement, QStringLiteral("CLI LATER EDIT"));
    EXPECT_EQ(test::auditCount(c.get()), audit) << "nothing written";
    EXPECT_NE(original, QStringLiteral("CLI LATER EDIT"));
}

TEST(AddClaim, UndoIsRefusedWhenAnotherProgramLinkedOrEditedTheClaimSince)
{
    // Undoing the marking of a claim deleted it with the link corroborate-cli had made to it, and redo did not
    // bring the link back.
    SeededCase c;
    const ClaimId other = test::addClaim(c.get(), test::kSeed002, QStringLiteral("Kyiv"));
    ClaimDraft draft;
    draft.report = test::kSeed001;
    draft.quote = QStringLiteral("at least 1,235 civilian bodies");
    AddClaim add(draft);
    ASSERT_TRUE(add.apply(c.get()).ok());
    const ClaimId mine = add.claim().id;
    auto cli = Case::open(c.path(), {QStringLiteral("cli")});
    ASSERT_TRUE(cli.ok());
    AddLink link(mine, other, model::LinkType::Corroborates);
    ASSERT_TRUE(link.apply(*cli.value()).ok());

    const Status undo = add.revert(c.get());
    ASSERT_FALSE(undo.ok());
    EXPECT_EQ(undo.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(undo.error().message.contains(QStringLiteral("link"))) << undo.error().message.toStdString();
    EXPECT_TRUE(CaseReader(c.get()).claim(mine).ok()) << "the claim stays";
    EXPECT_EQ(CaseReader(c.get()).linksOf(mine).value().size(), 1u) << "and so does the other program's link";

    // The link gone again (the other program undid it): the undo goes through.
    ASSERT_TRUE(link.revert(*cli.value()).ok());
    ASSERT_TRUE(add.revert(c.get()).ok());
    EXPECT_FALSE(CaseReader(c.get()).claim(mine).ok());

    // A claim whose statement another program changed after it was marked is not deleted by the undo either.
    AddClaim again(draft);
    ASSERT_TRUE(again.apply(c.get()).ok());
    ClaimChanges theirs;
    theirs.statement = QStringLiteral("Written in the CLI");
    ASSERT_TRUE(EditClaim(again.claim().id, theirs).apply(*cli.value()).ok());
    const Status second = again.revert(c.get());
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(second.error().message.contains(QStringLiteral("claim %1").arg(again.claim().id.value)))
        << second.error().message.toStdString();
}

TEST(AddClaim, UndoIsRefusedWhenAnotherProgramAttributedAClaimToTheSourceItCreated)
{
    // Undoing the marking removed the source it had created, and the claim corroborate-cli had attributed to that
    // source since was left with none (ON DELETE SET NULL), without a word.
    SeededCase c;
    ClaimDraft draft;
    draft.report = test::kSeed001;
    draft.quote = QStringLiteral("at least 1,235 civilian bodies");
    draft.sourceName = QStringLiteral("Jane Newsource");
    AddClaim add(draft);
    ASSERT_TRUE(add.apply(c.get()).ok());
    auto cli = Case::open(c.path(), {QStringLiteral("cli")});
    ASSERT_TRUE(cli.ok());
    ClaimDraft theirs;
    theirs.report = test::kSeed002;
    theirs.quote = QStringLiteral("Kyiv");
    theirs.sourceName = QStringLiteral("Jane Newsource");
    AddClaim other(theirs);
    ASSERT_TRUE(other.apply(*cli.value()).ok());

    const Status undo = add.revert(c.get());
    ASSERT_FALSE(undo.ok());
    EXPECT_EQ(undo.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(undo.error().message.contains(QStringLiteral("Jane Newsource"))) << undo.error().message.toStdString();
    const model::Claim kept = CaseReader(c.get()).claim(other.claim().id).value();
    ASSERT_TRUE(kept.source.isValid()) << "the other program's claim keeps its source";
    EXPECT_EQ(CaseReader(c.get()).source(kept.source).value().name, QStringLiteral("Jane Newsource"));
}

TEST(EditClaim, CreatesANewSourceOfTheGivenKindAndRemovesItOnUndo)
{
    SeededCase c;
    const ClaimId id = test::addClaim(c.get(), test::kSeed001, QStringLiteral("at least 1,235 civilian bodies"));
    ClaimChanges changes;
    changes.sourceName = QStringLiteral("Donatella Rovera");
    changes.newSourceKind = model::SourceKind::Person;
    EditClaim edit(id, changes);
    test::expectRoundTrip(c.get(), edit);
    const model::Claim after = CaseReader(c.get()).claim(id).value();
    const model::Source source = CaseReader(c.get()).source(after.source).value();
    EXPECT_EQ(source.name, QStringLiteral("Donatella Rovera"));
    EXPECT_EQ(source.kind, model::SourceKind::Person);
    ASSERT_TRUE(edit.revert(c.get()).ok());
    EXPECT_FALSE(CaseReader(c.get()).source(after.source).ok()) << "undo removes the source it created";
}

TEST(EditClaim, RefusesACredibilityOutsideOneToSixAndAnUnknownClaim)
{
    SeededCase c;
    const ClaimId id = test::addClaim(c.get(), test::kSeed001, QStringLiteral("at least 1,235 civilian bodies"));
    for (const int bad : {7, -1}) {
        ClaimChanges changes;
        changes.credibility = bad;
        EditClaim edit(id, changes);
        const Error e = test::expectRefused(c.get(), edit);
        EXPECT_TRUE(e.message.contains(QStringLiteral("1 to 6"))) << e.message.toStdString();
        EXPECT_EQ(e.context, QStringLiteral("claim %1 in report 2").arg(id.value));
    }
    ClaimChanges changes;
    changes.statement = QStringLiteral("x");
    EditClaim missing(ClaimId(999), changes);
    EXPECT_EQ(test::expectRefused(c.get(), missing).context, QStringLiteral("claim 999"));
    EditClaim nothing(id, ClaimChanges{});
    EXPECT_TRUE(test::expectRefused(c.get(), nothing).message.contains(QStringLiteral("nothing to change")));
}

TEST(DeleteClaim, UndoBringsBackItsLinksTagsAndNotesWithTheSameIds)
{
    SeededCase c;
    ClaimDraft d = quoteDraft(test::kSeed000, QStringLiteral("Agnès Callamard"));
    d.tagPaths = {QStringLiteral("People")};
    AddClaim add(d);
    ASSERT_TRUE(add.apply(c.get()).ok());
    const ClaimId callamard = add.claim().id;
    const ClaimId other = test::addClaim(c.get(), test::kSeed002, QStringLiteral("Agnès Callamard"));
    const ClaimId third = test::addClaim(c.get(), test::kSeed001, QStringLiteral("at least 1,235 civilian bodies"));
    AddLink to(callamard, other, model::LinkType::Repeats, QStringLiteral("same press conference"));
    AddLink from(third, callamard, model::LinkType::Corroborates);
    ASSERT_TRUE(to.apply(c.get()).ok());
    ASSERT_TRUE(from.apply(c.get()).ok());
    AddNote onClaim(model::NoteTarget::Claim, callamard.value, QStringLiteral("check the *video*"));
    AddNote onLink(model::NoteTarget::Link, to.link().id.value, QStringLiteral("same day"));
    ASSERT_TRUE(onClaim.apply(c.get()).ok());
    ASSERT_TRUE(onLink.apply(c.get()).ok());

    DeleteClaim del(callamard);
    test::expectRoundTrip(c.get(), del);
    CaseReader reader(c.get());
    EXPECT_FALSE(reader.claim(callamard).ok());
    EXPECT_TRUE(reader.links().value().empty()) << "the claim's links go with it";
    EXPECT_TRUE(reader.notes().value().empty()) << "and the notes on it and on its links";

    ASSERT_TRUE(del.revert(c.get()).ok());
    auto links = reader.linksOf(callamard);
    ASSERT_TRUE(links.ok());
    ASSERT_EQ(links->size(), 2u);
    EXPECT_EQ(links->at(0), to.link());
    EXPECT_EQ(links->at(1), from.link());
    EXPECT_EQ(reader.claim(callamard).value().tags.size(), 1);
    EXPECT_EQ(reader.notes().value().size(), 2u);
}

TEST(Edit, RefusesToApplyTwiceOrToRevertWhatIsNotApplied)
{
    SeededCase c;
    AddClaim add(quoteDraft(test::kSeed001, QStringLiteral("at least 1,235 civilian bodies")));
    EXPECT_FALSE(add.revert(c.get()).ok());
    ASSERT_TRUE(add.apply(c.get()).ok());
    const qint64 audit = test::auditCount(c.get());
    EXPECT_FALSE(add.apply(c.get()).ok());
    EXPECT_EQ(test::auditCount(c.get()), audit);
    EXPECT_EQ(CaseReader(c.get()).claims().value().size(), 1u);
}

TEST(Edit, RecordsOneAuditEntryPerStepWithUndoMarked)
{
    SeededCase c;
    AddClaim add(quoteDraft(test::kSeed001, QStringLiteral("at least 1,235 civilian bodies")));
    ASSERT_TRUE(add.apply(c.get()).ok());
    ASSERT_TRUE(add.revert(c.get()).ok());
    QStringList actions;
    QStringList payloads;
    ASSERT_TRUE(c->auditLog()
                    .forEach([&](const storage::AuditEntry& e) {
                        actions << e.action;
                        payloads << e.payload;
                        return true;
                    })
                    .ok());
    ASSERT_GE(actions.size(), 2);
    EXPECT_EQ(actions.at(actions.size() - 2), QStringLiteral("claim.added"));
    EXPECT_EQ(actions.last(), QStringLiteral("claim.removed"));
    EXPECT_TRUE(payloads.last().contains(QStringLiteral("\"undo\":true")));
    EXPECT_TRUE(payloads.at(payloads.size() - 2).contains(QStringLiteral("at least 1,235 civilian bodies")));
}

TEST(AddClaim, WorksOnACaseOfTheReleasedSchemaVersionOne)
{
    // Claims need no schema change: a case written by the first release takes them as it is.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.corrob"));
    ASSERT_TRUE(QFile::copy(test::dataDir() + QStringLiteral("/case-v1.corrob"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto opened = Case::open(path, {QStringLiteral("tester")});
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    ClaimDraft d = quoteDraft(test::kSeed001, QStringLiteral("at least 1,235 civilian bodies"));
    d.sourceName = QStringLiteral("Oleksandr Pavlyuk");
    AddClaim add(d);
    test::expectRoundTrip(*opened.value(), add);
    auto verified = verifyCase(*opened.value());
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->ok());
}
