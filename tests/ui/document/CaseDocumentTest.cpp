// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/CaseDocument.h"
#include "core/analysis/CorroborationAnalysis.h"
#include "core/case/CaseAnalysis.h"
#include "core/case/CaseReader.h"
#include "core/case/EntityIndex.h"
#include "core/case/SampleCase.h"
#include "core/case/edits/ClaimEdits.h"
#include "resources/Resources.h"
#include "tests/support/RawSqlite.h"
#include "tests/support/TestPaths.h"
#include "tests/support/TestWindow.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/commands/ClaimCommands.h"
#include "ui/document/SampleCaseLocation.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <iterator>
#include <random>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

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

namespace {

// Processes events until the document's analysis has nothing under way or queued (at most 30 s).
bool waitForTheAnalysis(const CaseDocument& document)
{
    QDeadlineTimer deadline(30000);
    while (document.analysis().isBusy() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return !document.analysis().isBusy();
}

// The document's analysis is the whole analysis of the case as the file holds it: every claim's figures, lists and
// reason, and every conflict in order.
void expectAnalysisOfTheCase(const CaseDocument& document)
{
    const auto beside = corrob::test::openBeside(document);
    const corrob::analysis::AnalysisResult fresh = corrob::casefile::analyzeCase(*beside).value();
    const corrob::analysis::AnalysisResult& shown = document.analysis().result();
    ASSERT_EQ(shown.claims.size(), fresh.claims.size());
    for (const corrob::analysis::ClaimAnalysis& expected : fresh.claims) {
        const corrob::analysis::ClaimAnalysis* got = shown.find(expected.claim);
        ASSERT_NE(got, nullptr) << "claim " << expected.claim.value;
        EXPECT_EQ(got->independentSources, expected.independentSources) << "claim " << expected.claim.value;
        EXPECT_EQ(got->origins, expected.origins) << "claim " << expected.claim.value;
        EXPECT_EQ(got->component, expected.component) << "claim " << expected.claim.value;
        EXPECT_EQ(got->contradictedBy, expected.contradictedBy) << "claim " << expected.claim.value;
        EXPECT_EQ(got->suggestedCredibility, expected.suggestedCredibility) << "claim " << expected.claim.value;
        EXPECT_EQ(got->reason(), expected.reason()) << "claim " << expected.claim.value;
    }
    ASSERT_EQ(shown.conflicts.size(), fresh.conflicts.size());
    for (qsizetype i = 0; i < fresh.conflicts.size(); ++i) {
        EXPECT_EQ(shown.conflicts[i].a, fresh.conflicts[i].a);
        EXPECT_EQ(shown.conflicts[i].b, fresh.conflicts[i].b);
        EXPECT_EQ(shown.conflicts[i].detail, fresh.conflicts[i].detail);
    }
}

} // namespace

TEST(CaseDocument, InALargeCaseTheWorkerFollowsBurstsOfRandomEditsToTheWholeAnalysisOfTheCase)
{
    using namespace corrob;
    QTemporaryDir dir;
    CaseDocument document({QStringLiteral("test")});
    document.analysis().setBackgroundFrom(1); // every case counts as large: the analysis runs on the worker
    ASSERT_TRUE(document.openSample(test::sampleCaseIn(dir)).ok());
    ASSERT_TRUE(waitForTheAnalysis(document));
    expectAnalysisOfTheCase(document);
    std::mt19937 rng(20261205);
    auto pick = [&rng](auto size) {
        return std::uniform_int_distribution<qsizetype>(0, qsizetype(size) - 1)(rng);
    };
    static const model::LinkType types[] = {model::LinkType::Corroborates, model::LinkType::Contradicts,
                                            model::LinkType::Repeats, model::LinkType::Updates};
    // Bursts of edits, undos and redos, each burst made while the worker is still analysing the one before: the
    // edits wait for the run under way and are analysed from its result. After each burst the analysis shown is
    // the whole analysis of the case.
    for (int burst = 0; burst < 12; ++burst) {
        for (int step = 0; step < 6; ++step) {
            const auto& claims = document.cache().claims();
            const int what = int(pick(7));
            if (what == 0 || claims.size() < 4) {
                const model::ReportSummary& report = document.reportSummaries().at(std::size_t(pick(5)));
                const qsizetype length = document.reportText(report.id, casefile::Case::TextView::All)->size();
                casefile::ClaimDraft draft;
                draft.report = report.id;
                draft.start = pick(length - 40);
                draft.end = *draft.start + 20 + pick(20);
                draft.sourceName = QStringLiteral("Witness %1").arg(pick(4));
                (void)document.execute(std::make_unique<ui::AddClaimCommand>(document, draft));
            } else if (what == 1) {
                casefile::ClaimChanges changes;
                changes.statement = QStringLiteral("at least %1 people were killed").arg(pick(1000));
                (void)document.execute(std::make_unique<ui::EditClaimCommand>(
                    document, claims[std::size_t(pick(claims.size()))].id, changes));
            } else if (what == 2) {
                (void)document.execute(
                    std::make_unique<ui::DeleteClaimCommand>(document, claims[std::size_t(pick(claims.size()))].id));
            } else if (what == 3 && !document.cache().links().empty()) {
                const auto& links = document.cache().links();
                (void)document.execute(
                    std::make_unique<ui::UnlinkClaimsCommand>(document, links[std::size_t(pick(links.size()))].id));
            } else if (what == 4 && document.undoStack()->canUndo()) {
                document.undoStack()->undo();
            } else if (what == 5 && document.undoStack()->canRedo()) {
                document.undoStack()->redo();
            } else {
                const ClaimId from = claims[std::size_t(pick(claims.size()))].id;
                const ClaimId to = claims[std::size_t(pick(claims.size()))].id;
                if (from != to) {
                    (void)document.execute(
                        std::make_unique<ui::LinkClaimsCommand>(document, from, to, types[pick(std::size(types))]));
                }
            }
        }
        ASSERT_TRUE(waitForTheAnalysis(document)) << "burst " << burst;
        SCOPED_TRACE(testing::Message() << "burst " << burst);
        expectAnalysisOfTheCase(document);
    }
}

namespace {

// The sample case written to dir, closed: what the open tests below open in a document that counts every case as
// large (the analysis runs on the worker, which reads the case on a connection of its own).
QString closedSampleCase(const QTemporaryDir& dir)
{
    const corrob::ui::SampleCaseLocation location = corrob::test::sampleCaseIn(dir);
    EXPECT_TRUE(
        corrob::casefile::ensureSampleCase(location.casePath, location.articlesDir, {QStringLiteral("test")}).ok());
    return location.casePath;
}

// A claim marked by another program (a connection of its own) in the case at path.
corrob::ClaimId markClaimElsewhere(const QString& path)
{
    using namespace corrob;
    auto other = casefile::Case::open(path, {QStringLiteral("elsewhere")});
    EXPECT_TRUE(other.ok());
    casefile::ClaimDraft draft;
    draft.report = other.value()->reports().value().at(1).id;
    draft.start = 0;
    draft.end = 30;
    draft.sourceName = QStringLiteral("Another program");
    casefile::AddClaim add(draft);
    EXPECT_TRUE(add.apply(*other.value()).ok());
    return add.claim().id;
}

// A claim marked in the window, in the sample's third report.
std::unique_ptr<corrob::ui::AddClaimCommand> markClaim(CaseDocument& document)
{
    corrob::casefile::ClaimDraft draft;
    draft.report = document.reportSummaries().at(2).id;
    draft.quote = QStringLiteral("Some of these attacks may be war crimes");
    draft.sourceName = QStringLiteral("A new witness");
    return std::make_unique<corrob::ui::AddClaimCommand>(document, draft);
}

} // namespace

TEST(CaseDocument, ALargeCasesAnalysisAsItOpensIsOfTheCaseTheWindowShowsThoughAChangeLandsBetweenTheirReads)
{
    QTemporaryDir dir;
    const QString path = closedSampleCase(dir);
    CaseDocument document({QStringLiteral("test")});
    document.analysis().setBackgroundFrom(1);
    // The worker reads only once the window has read the case and another program has marked a claim since.
    QSemaphore windowRead;
    document.setAnalysisReadHook([&windowRead](bool read) {
        if (!read) {
            (void)windowRead.tryAcquire(1, 30000);
        }
    });
    corrob::ClaimId elsewhere;
    QObject::connect(&document, &CaseDocument::caseOpened, &document, [&] {
        elsewhere = markClaimElsewhere(path);
        windowRead.release();
    });

    ASSERT_TRUE(document.open(path).ok());
    ASSERT_TRUE(waitForTheAnalysis(document));

    ASSERT_TRUE(elsewhere.isValid());
    EXPECT_EQ(document.cache().claim(elsewhere), nullptr) << "the window shows the case as it read it";
    EXPECT_EQ(document.analysis().result().find(elsewhere), nullptr) << "so does its analysis";
    const corrob::analysis::AnalysisResult shown =
        corrob::analysis::analyzeCorroboration(document.cache().analysisInput());
    ASSERT_EQ(document.analysis().result().claims.size(), shown.claims.size());
    for (const corrob::analysis::ClaimAnalysis& expected : shown.claims) {
        const corrob::analysis::ClaimAnalysis* got = document.analysis().result().find(expected.claim);
        ASSERT_NE(got, nullptr);
        EXPECT_EQ(got->independentSources, expected.independentSources);
        EXPECT_EQ(got->origins, expected.origins);
    }
    EXPECT_EQ(document.analysis().result().conflicts.size(), shown.conflicts.size());
    // The version it noted is the one it read: the claim committed after its read is caught up with.
    EXPECT_TRUE(document.catchUpWithOtherWriters());
    EXPECT_NE(document.cache().claim(elsewhere), nullptr);
}

TEST(CaseDocument, CatchesUpWithAChangeAnotherProgramCommittedAndOnlyThen)
{
    QTemporaryDir dir;
    const QString path = closedSampleCase(dir);
    CaseDocument document({QStringLiteral("test")});
    ASSERT_TRUE(document.open(path).ok());
    EXPECT_FALSE(document.catchUpWithOtherWriters()) << "nothing changed elsewhere";
    // The window's own edits are no other program's.
    ASSERT_TRUE(document.execute(markClaim(document)).ok());
    EXPECT_FALSE(document.catchUpWithOtherWriters());
    QSignalSpy claims(&document, &CaseDocument::claimsChanged);
    QSignalSpy sources(&document, &CaseDocument::sourcesChanged);
    const corrob::ClaimId elsewhere = markClaimElsewhere(path);
    EXPECT_EQ(document.cache().claim(elsewhere), nullptr);
    EXPECT_TRUE(document.catchUpWithOtherWriters());
    ASSERT_NE(document.cache().claim(elsewhere), nullptr) << "corroborate-cli's claim shown";
    EXPECT_EQ(claims.count(), 1);
    EXPECT_EQ(sources.count(), 1) << "its new source too";
    EXPECT_FALSE(document.catchUpWithOtherWriters());

    // The window's own entity scan writes on a connection of its own, and changes nothing the case holds: no reread
    // of the whole case (every 2.5 s, a large case's would be felt), no "changed by another program".
    {
        auto worker = corrob::casefile::Case::open(path, {QStringLiteral("test")});
        ASSERT_TRUE(worker.ok());
        auto scanned = corrob::casefile::EntityIndex(*worker.value()).scanPending();
        ASSERT_TRUE(scanned.ok());
        ASSERT_GT(scanned.value(), 0) << "the scan wrote the mentions of every report";
    }
    EXPECT_FALSE(document.catchUpWithOtherWriters());
    EXPECT_EQ(claims.count(), 1);
    markClaimElsewhere(path); // and a change after it is still caught
    EXPECT_TRUE(document.catchUpWithOtherWriters());

    // Another program's change, then an edit in the window before the window looked: the window's own audit entry
    // does not hide the other's.
    const corrob::ClaimId meanwhile = markClaimElsewhere(path);
    ASSERT_TRUE(document.execute(markClaim(document)).ok());
    EXPECT_TRUE(document.catchUpWithOtherWriters());
    EXPECT_NE(document.cache().claim(meanwhile), nullptr);

    // The window's own scan writing (no audit entry) and then an edit in the window: nothing to catch up with, no
    // "changed by another program".
    corrob::test::rawExec(path, QStringLiteral("UPDATE entity_scans SET extractor = extractor + 1"));
    ASSERT_TRUE(document.execute(markClaim(document)).ok());
    EXPECT_FALSE(document.catchUpWithOtherWriters());
}

#ifdef Q_OS_LINUX
TEST(CaseDocument, ALargeCasesAnalysisWorkerGivesWayToTheWindowsThreadWhenBothWantACore)
{
    QTemporaryDir dir;
    const QString path = closedSampleCase(dir);
    CaseDocument document({QStringLiteral("test")});
    document.analysis().setBackgroundFrom(1);
    const int windowNice = getpriority(PRIO_PROCESS, static_cast<id_t>(gettid()));
    // The nice value of the thread the worker reads on (Linux schedules threads, not processes, by it).
    std::atomic<int> workerNice{-100};
    document.setAnalysisReadHook([&workerNice](bool read) {
        if (!read) {
            errno = 0;
            workerNice = getpriority(PRIO_PROCESS, static_cast<id_t>(gettid()));
        }
    });
    ASSERT_TRUE(document.open(path).ok());
    ASSERT_TRUE(waitForTheAnalysis(document));
    // Ten below the window, as far as nice values go (a suite run under `nice -n 19` has nowhere lower to go).
    EXPECT_EQ(workerNice.load(), std::min(windowNice + 10, 19)) << "the worker runs at a lower priority";
    EXPECT_EQ(getpriority(PRIO_PROCESS, static_cast<id_t>(gettid())), windowNice) << "the window's is unchanged";
    EXPECT_FALSE(document.analysis().result().claims.isEmpty()) << "and the analysis is applied";
}
#endif

TEST(CaseDocument, AnEditMadeWhileALargeCasesFirstAnalysisRunsIsAnalysedToo)
{
    QTemporaryDir dir;
    const QString path = closedSampleCase(dir);
    CaseDocument document({QStringLiteral("test")});
    document.analysis().setBackgroundFrom(1);
    // The worker has read the case and waits, its analysis not begun, until the window made an edit.
    QSemaphore workerRead;
    QSemaphore edited;
    document.setAnalysisReadHook([&](bool read) {
        if (read) {
            workerRead.release();
            (void)edited.tryAcquire(1, 30000);
        }
    });
    ASSERT_TRUE(document.open(path).ok());
    ASSERT_TRUE(workerRead.tryAcquire(1, 30000));
    auto add = markClaim(document);
    corrob::ui::AddClaimCommand* added = add.get();
    ASSERT_TRUE(document.execute(std::move(add)).ok());
    EXPECT_TRUE(document.analysis().isBusy());
    edited.release();

    ASSERT_TRUE(waitForTheAnalysis(document));
    ASSERT_NE(document.analysis().result().find(added->claimId()), nullptr) << "the edit is analysed";
    expectAnalysisOfTheCase(document);
}

TEST(CaseDocument, AnEditMadeBeforeALargeCasesWorkerReadsTheCaseIsAnalysedOnce)
{
    QTemporaryDir dir;
    const QString path = closedSampleCase(dir);
    CaseDocument document({QStringLiteral("test")});
    document.analysis().setBackgroundFrom(1);
    // The worker reads the case only after the window deleted a claim: its read lacks the claim, which the window's
    // own read had, and the window replays the deletion: the read is not the window's, and is not used (replayed on
    // it, the deletion would take the claim after the deleted one out too).
    QSemaphore edited;
    document.setAnalysisReadHook([&](bool read) {
        if (!read) {
            (void)edited.tryAcquire(1, 30000);
        }
    });
    ASSERT_TRUE(document.open(path).ok());
    const corrob::ClaimId deleted = document.cache().claims().front().id;
    ASSERT_TRUE(document.execute(std::make_unique<corrob::ui::DeleteClaimCommand>(document, deleted)).ok());
    edited.release();

    ASSERT_TRUE(waitForTheAnalysis(document));
    EXPECT_EQ(document.analysis().result().find(deleted), nullptr);
    EXPECT_EQ(document.analysis().result().claims.size(), qsizetype(document.cache().claims().size()));
    expectAnalysisOfTheCase(document);
}

TEST(CaseDocument, ADamagedCaseFileFoundAfterItOpensIsReadOnlyFromThen)
{
    // corroborate-cli refuses to write into a damaged case; the window opened one without a word and saved the
    // user's work into it. A check on a worker finds the damage a moment after the case opens.
    QTemporaryDir dir;
    const corrob::ui::SampleCaseLocation sample{dir.filePath(QStringLiteral("damaged.corrob")),
                                                corrob::resources::sampleArticlesDir()};
    ASSERT_TRUE(corrob::casefile::ensureSampleCase(sample.casePath, sample.articlesDir, {}).ok());
    // The header of a page of the near-duplicate bands (data the window does not read as it opens) flipped.
    const qint64 page = corrob::test::rawQuery(sample.casePath,
                                               QStringLiteral("SELECT pageno FROM dbstat WHERE name = "
                                                              "'report_signature_bands' AND pagetype = 'leaf' LIMIT 1"))
                            .toLongLong();
    ASSERT_GT(page, 0);
    {
        QFile file(sample.casePath);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        const qint64 at = (page - 1) * 4096; // the page header: its type and cell count
        ASSERT_TRUE(file.seek(at));
        QByteArray bytes = file.read(16);
        for (char& b : bytes) {
            b = char(~b);
        }
        ASSERT_TRUE(file.seek(at));
        ASSERT_EQ(file.write(bytes), 16);
    }
    const QString claimsBefore = corrob::test::rawQuery(sample.casePath, QStringLiteral("SELECT count(*) FROM claims"));
    CaseDocument document({QStringLiteral("test")});
    QSignalSpy damaged(&document, &CaseDocument::caseDamaged);
    ASSERT_TRUE(document.open(sample.casePath).ok());
    EXPECT_FALSE(document.isReadOnly()) << "it opens as fast as before: the check comes after";
    ASSERT_TRUE(damaged.wait(20000));
    EXPECT_TRUE(damaged.at(0).at(0).toString().contains(QStringLiteral("damaged")))
        << damaged.at(0).at(0).toString().toStdString();
    EXPECT_TRUE(document.isReadOnly());
    corrob::casefile::ClaimDraft draft;
    draft.report = document.reportSummaries().front().id;
    draft.quote = document.reportText(draft.report, corrob::casefile::Case::TextView::All).value().left(20);
    const corrob::Status marked = document.execute(std::make_unique<corrob::ui::AddClaimCommand>(document, draft));
    ASSERT_FALSE(marked.ok());
    EXPECT_EQ(corrob::test::rawQuery(sample.casePath, QStringLiteral("SELECT count(*) FROM claims")), claimsBefore)
        << "nothing written";
}

TEST(CaseDocument, AnUndoRefusedForAnotherProgramsChangeSaysSoInSentencesAndThatTheStepLeavesTheHistory)
{
    // A tester's find: the refusal read "its statement changed since this step…" (a lower-case clause, no full stop),
    // and the step then vanished from the History without a word.
    corrob::test::SampleWindow w;
    CaseDocument& document = w.document();
    ASSERT_FALSE(document.cache().claims().empty());
    const corrob::ClaimId claim = document.cache().claims().front().id;
    corrob::casefile::ClaimChanges mine;
    mine.statement = QStringLiteral("Edited in the window");
    ASSERT_TRUE(document.execute(std::make_unique<corrob::ui::EditClaimCommand>(document, claim, mine)).ok());
    ASSERT_EQ(document.undoStack()->count(), 1);
    {
        auto elsewhere = corrob::casefile::Case::open(document.path(), {QStringLiteral("cli")});
        ASSERT_TRUE(elsewhere.ok()) << elsewhere.error().toString().toStdString();
        corrob::casefile::ClaimChanges theirs;
        theirs.statement = QStringLiteral("Edited by corroborate-cli");
        corrob::casefile::EditClaim edit(claim, theirs);
        ASSERT_TRUE(edit.apply(*elsewhere.value()).ok());
    }
    document.undoStack()->undo();
    ASSERT_EQ(w.prompts.errors.size(), 1u);
    const QString text = w.prompts.errors.front().text;
    EXPECT_TRUE(text.at(0).isUpper()) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("nothing was done."))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("taken off the History"))) << text.toStdString();
    EXPECT_EQ(document.undoStack()->count(), 0) << "the refused step left the History, as the message says";
    EXPECT_EQ(w.reader().claim(claim).value().statement, QStringLiteral("Edited by corroborate-cli"));
}
