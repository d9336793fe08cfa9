// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/CaseDocument.h"
#include "core/case/CaseAnalysis.h"
#include "core/case/CaseReader.h"
#include "resources/Resources.h"
#include "tests/support/RawSqlite.h"
#include "tests/support/TestPaths.h"
#include "tests/support/TestWindow.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/commands/ClaimCommands.h"
#include "ui/document/SampleCaseLocation.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

using corrob::ErrorCode;
using corrob::ui::CaseDocument;

namespace {

QStringList titlesOf(const CaseDocument& document)
{
    QStringList titles;
    for (const auto& report : document.reportSummaries()) {
        titles << report.metadata.title;
    }
    return titles;
}

} // namespace

TEST(CaseDocument, OpensTheSampleCaseCreatingItOnlyOnce)
{
    QTemporaryDir dir;
    const corrob::ui::SampleCaseLocation sample{dir.filePath(QStringLiteral("sample/Sample case.corrob")),
                                                corrob::resources::sampleArticlesDir()};
    CaseDocument document({QStringLiteral("test")});
    QSignalSpy opened(&document, &CaseDocument::caseOpened);

    ASSERT_TRUE(document.openSample(sample).ok());
    EXPECT_EQ(titlesOf(document), corrob::test::seedTitles());
    document.close();
    // The second time the file exists and is opened as it is, not imported again.
    ASSERT_TRUE(document.openSample(sample).ok());
    EXPECT_EQ(document.reportSummaries().size(), 5u);
    EXPECT_EQ(opened.count(), 2);
    EXPECT_EQ(document.path(), sample.casePath);
}

TEST(CaseDocument, KeepsTheOpenCaseWhenAnotherFailsToOpen)
{
    QTemporaryDir dir;
    CaseDocument document({QStringLiteral("test")});
    const QString good = dir.filePath(QStringLiteral("good.corrob"));
    ASSERT_TRUE(document.create(good, QStringLiteral("Good case")).ok());
    QSignalSpy closed(&document, &CaseDocument::caseClosed);
    QSignalSpy opened(&document, &CaseDocument::caseOpened);

    const auto missing = document.open(dir.filePath(QStringLiteral("missing.corrob")));

    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_EQ(missing.error().context, dir.filePath(QStringLiteral("missing.corrob")));
    EXPECT_TRUE(document.isOpen());
    EXPECT_EQ(document.title(), QStringLiteral("Good case"));
    EXPECT_EQ(closed.count(), 0);
    EXPECT_EQ(opened.count(), 0);
}

TEST(CaseDocument, ClosesThePreviousCaseBeforeAnnouncingTheNext)
{
    QTemporaryDir dir;
    CaseDocument document({QStringLiteral("test")});
    ASSERT_TRUE(document.create(dir.filePath(QStringLiteral("a.corrob")), QStringLiteral("A")).ok());
    QStringList events;
    QObject::connect(&document, &CaseDocument::caseClosed,
                     [&] { events << QStringLiteral("closed ") + document.title(); });
    QObject::connect(&document, &CaseDocument::caseOpened,
                     [&] { events << QStringLiteral("opened ") + document.title(); });

    ASSERT_TRUE(document.create(dir.filePath(QStringLiteral("b.corrob")), QStringLiteral("B")).ok());

    EXPECT_EQ(events, (QStringList{QStringLiteral("closed "), QStringLiteral("opened B")}));
}

TEST(CaseDocument, ImportAddsReportsAndSaysSo)
{
    QTemporaryDir dir;
    CaseDocument document({QStringLiteral("test")});
    ASSERT_TRUE(document.create(dir.filePath(QStringLiteral("case.corrob")), QString()).ok());
    QSignalSpy changed(&document, &CaseDocument::reportsChanged);

    const auto outcome = corrob::test::importInto(document, {corrob::test::seedsDir()});

    EXPECT_EQ(outcome.imported.size(), 5u);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(titlesOf(document), corrob::test::seedTitles());
    const auto& third = document.reportSummaries().at(2);
    ASSERT_NE(document.reportSummary(third.id), nullptr);
    EXPECT_EQ(document.reportSummary(third.id)->metadata.title, third.metadata.title);
    auto text = document.reportText(third.id, corrob::casefile::Case::TextView::All);
    ASSERT_TRUE(text.ok());
    EXPECT_TRUE(text.value().simplified().contains(corrob::test::seedLongestLine(corrob::test::seedFiles().at(2))));

    // Importing the same files again adds nothing, and nothing changed.
    const auto again = corrob::test::importInto(document, {corrob::test::seedsDir()});
    EXPECT_EQ(again.skipped.size(), 5u);
    EXPECT_EQ(changed.count(), 1);
}

TEST(CaseDocument, ClearsTheUndoHistoryWhenTheCaseCloses)
{
    QTemporaryDir dir;
    CaseDocument document({QStringLiteral("test")});
    ASSERT_TRUE(document.create(dir.filePath(QStringLiteral("case.corrob")), QString()).ok());
    document.undoStack()->push(new QUndoCommand(QStringLiteral("a change")));
    ASSERT_TRUE(document.undoStack()->canUndo());

    document.close();

    EXPECT_FALSE(document.undoStack()->canUndo());
    EXPECT_TRUE(document.reportSummaries().empty());
    EXPECT_EQ(document.path(), QString());
}

namespace {

// What the document's cache should hold: the case as CaseReader and analyzeCase read it afresh.
void expectCacheMatchesTheCase(CaseDocument& document)
{
    const auto beside = corrob::test::openBeside(document);
    corrob::casefile::CaseReader reader(*beside);
    EXPECT_EQ(document.cache().claims(), reader.claims().value());
    EXPECT_EQ(document.cache().links(), reader.links().value());
    EXPECT_EQ(document.cache().sources(), reader.sources().value());
    EXPECT_EQ(document.cache().tags(), reader.tags().value());
    for (const corrob::model::Claim& claim : document.cache().claims()) {
        EXPECT_EQ(document.cache().claim(claim.id)->id, claim.id);
        EXPECT_EQ(document.cache().linksOf(claim.id), reader.linksOf(claim.id).value()) << "claim " << claim.id.value;
    }
    for (const corrob::model::Link& link : document.cache().links()) {
        EXPECT_EQ(*document.cache().link(link.id), link);
    }
    for (const corrob::model::ReportSummary& report : document.reportSummaries()) {
        EXPECT_EQ(document.cache().claimCount(report.id), int(reader.claimsOf(report.id).value().size()));
    }
    const corrob::analysis::AnalysisResult fresh = corrob::casefile::analyzeCase(*beside).value();
    ASSERT_EQ(document.analysis().result().claims.size(), fresh.claims.size());
    for (const corrob::analysis::ClaimAnalysis& expected : fresh.claims) {
        const corrob::analysis::ClaimAnalysis* cached = document.analysis().result().find(expected.claim);
        ASSERT_NE(cached, nullptr);
        EXPECT_EQ(cached->independentSources, expected.independentSources);
        EXPECT_EQ(cached->origins, expected.origins);
        EXPECT_EQ(cached->contradictedBy, expected.contradictedBy);
    }
    EXPECT_EQ(document.analysis().result().conflicts.size(), fresh.conflicts.size());
}

} // namespace

TEST(CaseDocument, KeepsItsCacheEqualToTheCaseThroughEditsUndoAndRedoWithoutRereadingIt)
{
    QTemporaryDir dir;
    CaseDocument document({QStringLiteral("test")});
    ASSERT_TRUE(document.openSample(corrob::test::sampleCaseIn(dir)).ok());
    QSignalSpy reloaded(&document, &CaseDocument::cacheReloaded);
    QSignalSpy rows(&document, &CaseDocument::claimRowsChanged);
    using namespace corrob;
    // Mark a claim with a new source and tag, link it to a linked claim, delete that claim (its links go with it),
    // then undo and redo everything.
    casefile::ClaimDraft draft;
    draft.report = document.reportSummaries().at(2).id;
    draft.quote = QStringLiteral("Some of these attacks may be war crimes");
    draft.sourceName = QStringLiteral("A new witness");
    draft.tagPaths = {QStringLiteral("New/Tag")};
    auto add = std::make_unique<ui::AddClaimCommand>(document, draft);
    ui::AddClaimCommand* added = add.get();
    ASSERT_TRUE(document.execute(std::move(add)).ok());
    expectCacheMatchesTheCase(document);
    ClaimId linked;
    for (const model::Claim& claim : document.cache().claims()) {
        if (document.cache().linksOf(claim.id).size() >= 2) {
            linked = claim.id;
        }
    }
    ASSERT_TRUE(linked.isValid());
    ASSERT_TRUE(document
                    .execute(std::make_unique<ui::LinkClaimsCommand>(document, added->claimId(), linked,
                                                                     model::LinkType::Contradicts))
                    .ok());
    expectCacheMatchesTheCase(document);
    ASSERT_TRUE(document.execute(std::make_unique<ui::DeleteClaimCommand>(document, linked)).ok());
    EXPECT_EQ(document.cache().claim(linked), nullptr);
    EXPECT_TRUE(document.cache().linksOf(linked).empty());
    expectCacheMatchesTheCase(document);
    const LinkId first = document.cache().links().front().id;
    ASSERT_TRUE(document.execute(std::make_unique<ui::UnlinkClaimsCommand>(document, first)).ok());
    expectCacheMatchesTheCase(document);
    for (int step = 0; step < 4; ++step) {
        document.undoStack()->undo();
        expectCacheMatchesTheCase(document);
    }
    for (int step = 0; step < 4; ++step) {
        document.undoStack()->redo();
        expectCacheMatchesTheCase(document);
    }
    EXPECT_EQ(reloaded.count(), 0);
    EXPECT_GE(rows.count(), 12);
}

TEST(CaseDocument, AFailedRereadAfterAChangeIsAReloadFailureNotAFailedEdit)
{
    QTemporaryDir dir;
    CaseDocument document({QStringLiteral("test")});
    const QString path = dir.filePath(QStringLiteral("Sample case.corrob"));
    ASSERT_TRUE(document.openSample({path, corrob::resources::sampleArticlesDir()}).ok());
    QSignalSpy reloadFailed(&document, &CaseDocument::reloadFailed);
    QSignalSpy editFailed(&document, &CaseDocument::editFailed);
    // Another program breaks the file under the open case: its tags can no longer be read.
    corrob::test::rawExec(path, QStringLiteral("ALTER TABLE tags RENAME TO tags_gone"));

    ASSERT_TRUE(document.reloadReports().ok()); // the reports read, the cache does not

    ASSERT_EQ(reloadFailed.count(), 1);
    EXPECT_EQ(reloadFailed.at(0).at(0).toString(), QStringLiteral("Reload the case"));
    EXPECT_TRUE(reloadFailed.at(0).at(1).toString().contains(QStringLiteral("tags"))) << "says what could not be read";
    EXPECT_EQ(editFailed.count(), 0) << "nothing was undone or redone";
}

TEST(CaseDocument, TheWindowShowsAFailedRereadAsAnError)
{
    corrob::test::SampleWindow w;
    ASSERT_EQ(corrob::test::rawExec(w.document().path(), QStringLiteral("ALTER TABLE tags RENAME TO tags_gone")),
              QString());

    ASSERT_TRUE(w.document().reloadReports().ok());

    ASSERT_EQ(w.prompts.errors.size(), 1u);
    EXPECT_EQ(w.prompts.errors.front().title, QStringLiteral("Reload the case"));
}
