// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/EditCommand.h"
#include "core/case/CaseReader.h"
#include "core/case/ImportService.h"
#include "core/case/edits/LinkEdits.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/commands/ClaimCommands.h"
#include "ui/commands/ReportCommands.h"
#include "ui/document/CaseDocument.h"
#include "ui/document/SampleCaseLocation.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace corrob;
using corrob::ui::CaseDocument;

namespace {

struct CommandHarness
{
    QTemporaryDir dir;
    CaseDocument document{{QStringLiteral("test")}};

    CommandHarness() { EXPECT_TRUE(document.openSample(test::sampleCaseIn(dir)).ok()); }
    QUndoStack& stack() const { return *document.undoStack(); }
    // What the file holds, read on a connection of its own.
    casefile::CaseReader reader() const
    {
        if (!beside) {
            beside = test::openBeside(document);
        }
        return casefile::CaseReader(*beside);
    }
    mutable std::unique_ptr<casefile::Case> beside;
    ReportId report(int i) const { return document.reportSummaries().at(std::size_t(i)).id; }
};

} // namespace

TEST(EditCommand, AddClaimRedoUndoRedoRestoresTheSameClaim)
{
    CommandHarness h;
    QSignalSpy claimsChanged(&h.document, &CaseDocument::claimsChanged);
    casefile::ClaimDraft draft;
    draft.report = h.report(2);
    draft.quote = QStringLiteral("Some of these attacks may be war crimes");
    auto command = std::make_unique<ui::AddClaimCommand>(h.document, draft);
    ui::AddClaimCommand* added = command.get();

    ASSERT_TRUE(h.document.execute(std::move(command)).ok());
    const ClaimId id = added->claimId();
    ASSERT_TRUE(id.isValid());
    EXPECT_EQ(h.stack().count(), 1);
    EXPECT_EQ(h.stack().undoText(), QStringLiteral("Mark claim “Some of these attacks may be war crimes”"));
    EXPECT_EQ(claimsChanged.count(), 1);
    const model::Claim stored = h.reader().claim(id).value();
    EXPECT_NE(h.document.cache().claim(id), nullptr);

    h.stack().undo();
    EXPECT_FALSE(h.reader().claim(id).ok());
    EXPECT_EQ(h.document.cache().claim(id), nullptr);
    EXPECT_EQ(claimsChanged.count(), 2);

    h.stack().redo();
    auto again = h.reader().claim(id);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value().anchor, stored.anchor);
    EXPECT_EQ(h.document.cache().claims().size(), 7u);
    EXPECT_EQ(claimsChanged.count(), 3);
}

TEST(EditCommand, LinkClaimsRedoUndoRedoAndTheAnalysisFollows)
{
    CommandHarness h;
    const model::Claim airstrikes =
        *std::find_if(h.document.cache().claims().cbegin(), h.document.cache().claims().cend(),
                      [](const model::Claim& c) { return c.statement.contains(u"Borodyanka"); });
    const model::Claim bodies = *std::find_if(h.document.cache().claims().cbegin(), h.document.cache().claims().cend(),
                                              [](const model::Claim& c) { return c.statement.contains(u"1,235"); });
    QSignalSpy linksChanged(&h.document, &CaseDocument::linksChanged);
    const int before = h.document.analysis().result().find(airstrikes.id)->independentSources;

    auto command =
        std::make_unique<ui::LinkClaimsCommand>(h.document, bodies.id, airstrikes.id, model::LinkType::Corroborates);
    ui::LinkClaimsCommand* link = command.get();
    ASSERT_TRUE(h.document.execute(std::move(command)).ok());
    const LinkId id = link->linkId();
    EXPECT_EQ(h.reader().links().value().size(), 4u);
    EXPECT_EQ(h.document.analysis().result().find(airstrikes.id)->independentSources, before + 1);

    h.stack().undo();
    EXPECT_EQ(h.reader().links().value().size(), 3u);
    EXPECT_EQ(h.document.analysis().result().find(airstrikes.id)->independentSources, before);

    h.stack().redo();
    const auto links = h.reader().linksOf(bodies.id).value();
    EXPECT_TRUE(std::any_of(links.cbegin(), links.cend(), [&](const model::Link& l) { return l.id == id; }));
    EXPECT_EQ(linksChanged.count(), 3);
}

TEST(EditCommand, ARefusedEditNeverReachesTheStack)
{
    CommandHarness h;
    casefile::ClaimDraft draft;
    draft.report = h.report(0);
    draft.quote = QStringLiteral("words that are in no seed article");
    auto refused = h.document.execute(std::make_unique<ui::AddClaimCommand>(h.document, draft));
    EXPECT_FALSE(refused.ok());
    EXPECT_EQ(h.stack().count(), 0);
    EXPECT_EQ(h.document.cache().claims().size(), 6u);
}

TEST(EditCommand, EditAndDeleteClaimRoundTrip)
{
    CommandHarness h;
    const ClaimId claim = h.document.cache().claims().front().id;
    const int links = int(h.document.cache().linksOf(claim).size());
    casefile::ClaimChanges changes;
    changes.credibility = 4;
    changes.statement = QStringLiteral("Edited statement");
    ASSERT_TRUE(h.document.execute(std::make_unique<ui::EditClaimCommand>(h.document, claim, changes)).ok());
    EXPECT_EQ(h.reader().claim(claim).value().credibility, 4);
    ASSERT_TRUE(h.document.execute(std::make_unique<ui::DeleteClaimCommand>(h.document, claim)).ok());
    EXPECT_FALSE(h.reader().claim(claim).ok());

    h.stack().undo(); // the delete
    EXPECT_EQ(h.reader().claim(claim).value().statement, QStringLiteral("Edited statement"));
    EXPECT_EQ(int(h.document.cache().linksOf(claim).size()), links);
    h.stack().undo(); // the edit
    EXPECT_NE(h.reader().claim(claim).value().statement, QStringLiteral("Edited statement"));
    h.stack().redo();
    h.stack().redo();
    EXPECT_FALSE(h.reader().claim(claim).ok());
}

TEST(EditCommand, AFailedUndoIsReportedAndTheCommandDropped)
{
    CommandHarness h;
    casefile::ClaimDraft draft;
    draft.report = h.report(2);
    draft.quote = QStringLiteral("Some of these attacks may be war crimes");
    auto command = std::make_unique<ui::AddClaimCommand>(h.document, draft);
    ui::AddClaimCommand* added = command.get();
    ASSERT_TRUE(h.document.execute(std::move(command)).ok());
    // Someone else (another command, the CLI) deleted the claim: undoing the add can no longer succeed.
    casefile::DeleteClaim elsewhere(added->claimId());
    ASSERT_TRUE(elsewhere.apply(*test::openBeside(h.document)).ok());
    QSignalSpy failed(&h.document, &CaseDocument::editFailed);

    h.stack().undo();

    ASSERT_EQ(failed.count(), 1);
    EXPECT_TRUE(failed.at(0).at(0).toString().startsWith(QStringLiteral("Undo")));
    EXPECT_EQ(h.stack().count(), 0); // obsolete commands are dropped
}

TEST(EditCommand, AnUndoThatWouldDeleteAnotherProgramsLinkIsRefusedAndSaysWhy)
{
    // The window marks a claim, corroborate-cli links it to another claim: Undo deleted the claim with the link,
    // silently, and Redo brought the claim back without it.
    CommandHarness h;
    casefile::ClaimDraft draft;
    draft.report = h.report(2);
    draft.quote = QStringLiteral("Some of these attacks may be war crimes");
    auto command = std::make_unique<ui::AddClaimCommand>(h.document, draft);
    ui::AddClaimCommand* added = command.get();
    ASSERT_TRUE(h.document.execute(std::move(command)).ok());
    const ClaimId mine = added->claimId();
    casefile::ClaimDraft otherDraft;
    otherDraft.report = h.report(1);
    otherDraft.quote = QStringLiteral("Kyiv");
    auto cli = test::openBeside(h.document);
    casefile::AddClaim other(otherDraft);
    ASSERT_TRUE(other.apply(*cli).ok());
    casefile::AddLink link(mine, other.claim().id, model::LinkType::Corroborates);
    ASSERT_TRUE(link.apply(*cli).ok());
    QSignalSpy failed(&h.document, &CaseDocument::editFailed);

    h.stack().undo();

    ASSERT_EQ(failed.count(), 1);
    EXPECT_TRUE(failed.at(0).at(0).toString().startsWith(QStringLiteral("Undo")));
    const QString why = failed.at(0).at(1).toString();
    EXPECT_TRUE(why.contains(QStringLiteral("link %1").arg(link.link().id.value), Qt::CaseInsensitive))
        << why.toStdString();
    EXPECT_TRUE(h.reader().claim(mine).ok()) << "the claim stays";
    EXPECT_EQ(h.reader().linksOf(mine).value().size(), 1u) << "and the other program's link with it";
}

TEST(EditCommand, UndoingAnImportIsRefusedWhenAnotherProgramMarkedAClaimOnItsReport)
{
    // The undo of an import deleted the claim corroborate-cli had marked on the imported report meanwhile.
    CommandHarness h;
    auto cli = test::openBeside(h.document);
    const casefile::ImportOutcome imported = casefile::ImportService(*cli).importBytes(
        QByteArrayLiteral("Bridge closed\n\nThe river bridge was closed on Monday after an inspection, officials "
                          "said."),
        QStringLiteral("bridge.txt"), {});
    ASSERT_EQ(imported.imported.size(), 1u);
    const ReportId report = imported.imported.front().report.id;
    h.document.undoStack()->push(new ui::ImportReportsCommand(h.document, {report}));
    casefile::ClaimDraft draft;
    draft.report = report;
    draft.quote = QStringLiteral("The river bridge was closed");
    casefile::AddClaim theirs(draft);
    ASSERT_TRUE(theirs.apply(*cli).ok());
    QSignalSpy failed(&h.document, &CaseDocument::editFailed);

    h.stack().undo();

    ASSERT_EQ(failed.count(), 1);
    EXPECT_TRUE(failed.at(0).at(1).toString().contains(QStringLiteral("made since")))
        << failed.at(0).at(1).toString().toStdString();
    EXPECT_TRUE(h.reader().claim(theirs.claim().id).ok()) << "the other program's claim stays";
    EXPECT_TRUE(cli->report(report).ok()) << "and so does the report";
}
