// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/WorkbenchCache.h"

#include "core/analysis/CorroborationAnalysis.h"
#include "core/case/CaseAnalysis.h"
#include "core/case/CaseReader.h"
#include "core/case/ReadSnapshot.h"
#include "core/case/edits/ClaimEdits.h"
#include "core/case/edits/LinkEdits.h"
#include "core/case/edits/ReportEdits.h"
#include "tests/core/case/edits/EditTestSupport.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace corrob;
using namespace corrob::casefile;
using test::SeededCase;

namespace {

ClaimChanges statementAndSource(const QString& statement, std::optional<QString> source = std::nullopt)
{
    ClaimChanges changes;
    changes.statement = statement;
    changes.sourceName = std::move(source);
    return changes;
}

// The analysis input the cache keeps in step with its edits is the one a fresh read of the case builds, entry by
// entry and in the same order (the analysis' output order and its ties follow it).
void expectSameAnalysisInput(const analysis::AnalysisInput& kept, const analysis::AnalysisInput& fresh)
{
    ASSERT_EQ(kept.claims.size(), fresh.claims.size());
    for (qsizetype i = 0; i < fresh.claims.size(); ++i) {
        const analysis::ClaimInput& a = kept.claims.at(i);
        const analysis::ClaimInput& e = fresh.claims.at(i);
        EXPECT_EQ(a.id, e.id) << "claim input " << i;
        EXPECT_EQ(a.report, e.report) << "claim " << e.id.value;
        EXPECT_EQ(a.source, e.source) << "claim " << e.id.value;
        EXPECT_EQ(a.outlet, e.outlet) << "claim " << e.id.value;
        EXPECT_EQ(a.text, e.text) << "claim " << e.id.value;
        EXPECT_EQ(a.reportPublished, e.reportPublished) << "claim " << e.id.value;
    }
    ASSERT_EQ(kept.links.size(), fresh.links.size());
    for (qsizetype i = 0; i < fresh.links.size(); ++i) {
        const analysis::LinkInput& a = kept.links.at(i);
        const analysis::LinkInput& e = fresh.links.at(i);
        EXPECT_EQ(a.id, e.id) << "link input " << i;
        EXPECT_EQ(a.from, e.from) << "link " << e.id.value;
        EXPECT_EQ(a.to, e.to) << "link " << e.id.value;
        EXPECT_EQ(a.type, e.type) << "link " << e.id.value;
    }
    ASSERT_EQ(kept.sources.size(), fresh.sources.size());
    for (qsizetype i = 0; i < fresh.sources.size(); ++i) {
        EXPECT_EQ(kept.sources.at(i).id, fresh.sources.at(i).id);
        EXPECT_EQ(kept.sources.at(i).name, fresh.sources.at(i).name);
        EXPECT_EQ(kept.sources.at(i).affiliation, fresh.sources.at(i).affiliation);
        EXPECT_EQ(kept.sources.at(i).reliability, fresh.sources.at(i).reliability);
    }
}

// The cache holds what CaseReader reads afresh: every list, every index, every count, and the analysis input.
void expectCacheMatchesTheCase(const WorkbenchCache& cache, Case& c)
{
    WorkbenchCache fresh;
    ASSERT_TRUE(fresh.reload(c, c.reports().value()).ok());
    expectSameAnalysisInput(cache.analysisInput(), fresh.analysisInput());
    CaseReader reader(c);
    EXPECT_EQ(cache.claims(), reader.claims().value());
    EXPECT_EQ(cache.links(), reader.links().value());
    EXPECT_EQ(cache.sources(), reader.sources().value());
    EXPECT_EQ(cache.tags(), reader.tags().value());
    for (std::size_t i = 0; i < cache.claims().size(); ++i) {
        const model::Claim& claim = cache.claims()[i];
        ASSERT_NE(cache.claim(claim.id), nullptr);
        EXPECT_EQ(*cache.claim(claim.id), claim);
        EXPECT_EQ(cache.claimPosition(claim.id), int(i));
        EXPECT_EQ(cache.linksOf(claim.id), reader.linksOf(claim.id).value()) << "claim " << claim.id.value;
    }
    for (const model::Link& link : cache.links()) {
        ASSERT_NE(cache.link(link.id), nullptr);
        EXPECT_EQ(*cache.link(link.id), link);
    }
    for (const model::ReportSummary& report : c.reports().value()) {
        EXPECT_EQ(cache.claimCount(report.id), int(reader.claimsOf(report.id).value().size()));
        EXPECT_EQ(cache.claimsOf(report.id), reader.claimsOf(report.id).value());
    }
    for (const model::Source& source : cache.sources()) {
        EXPECT_EQ(*cache.source(source.id), source);
    }
    for (const model::Tag& tag : cache.tags()) {
        EXPECT_EQ(*cache.tag(tag.id), tag);
        EXPECT_EQ(cache.tagPath(tag.id), CaseReader::tagPath(reader.tags().value(), tag.id));
    }
}

// Three claims on the seeds, two of them linked: what the incremental tests change.
struct LinkedCase
{
    SeededCase c;
    ClaimId amnesty;
    ClaimId commonDreams;
    ClaimId pavlyuk;
    LinkId link;
    WorkbenchCache cache;

    LinkedCase()
    {
        amnesty = test::addClaim(c.get(), test::kSeed000, QStringLiteral("Agnès Callamard"));
        commonDreams = test::addClaim(c.get(), test::kSeed002, QStringLiteral("Agnès Callamard"));
        pavlyuk = test::addClaim(c.get(), test::kSeed001, QStringLiteral("at least 1,235 civilian bodies"));
        AddLink add(commonDreams, amnesty, model::LinkType::Repeats);
        EXPECT_TRUE(add.apply(c.get()).ok());
        link = add.link().id;
        EXPECT_TRUE(cache.reload(c.get(), c->reports().value()).ok());
    }
};

} // namespace

TEST(WorkbenchCache, ReloadReadsTheCasesClaimsLinksSourcesAndTags)
{
    LinkedCase f;
    ASSERT_EQ(f.cache.claims().size(), 3u);
    ASSERT_EQ(f.cache.links().size(), 1u);
    expectCacheMatchesTheCase(f.cache, f.c.get());
    EXPECT_EQ(f.cache.claimPosition(ClaimId(999)), -1);
    EXPECT_EQ(f.cache.claim(ClaimId(999)), nullptr);
    EXPECT_EQ(f.cache.link(LinkId(999)), nullptr);
    EXPECT_TRUE(f.cache.linksOf(f.pavlyuk).empty());
}

TEST(WorkbenchCache, ReloadOffersTheAnalysisInputOnceTheListsAreRead)
{
    LinkedCase f;
    WorkbenchCache cache;
    int calls = 0;
    qsizetype claimsSeen = 0;
    ASSERT_TRUE(cache
                    .reload(f.c.get(), f.c->reports().value(),
                            [&] {
                                ++calls;
                                claimsSeen = cache.analysisInput().claims.size();
                            })
                    .ok());
    EXPECT_EQ(calls, 1);
    EXPECT_EQ(claimsSeen, 3);
}

TEST(WorkbenchCache, ItsAnalysisInputGivesTheAnalysisOfTheCase)
{
    LinkedCase f;
    const analysis::AnalysisResult fromCache = analysis::analyzeCorroboration(f.cache.analysisInput());
    const analysis::AnalysisResult fromCase = analyzeCase(f.c.get()).value();
    ASSERT_EQ(fromCache.claims.size(), fromCase.claims.size());
    for (const analysis::ClaimAnalysis& expected : fromCase.claims) {
        const analysis::ClaimAnalysis* cached = fromCache.find(expected.claim);
        ASSERT_NE(cached, nullptr);
        EXPECT_EQ(cached->independentSources, expected.independentSources);
        EXPECT_EQ(cached->origins, expected.origins);
    }
}

TEST(WorkbenchCache, AddingAClaimPutsExactlyItsRowInPlace)
{
    LinkedCase f;
    const model::Claim untouched = *f.cache.claim(f.pavlyuk);
    // Changed behind the cache's back and not named: the update must not reread it.
    ASSERT_TRUE(EditClaim(f.pavlyuk, statementAndSource(QStringLiteral("Changed elsewhere"))).apply(f.c.get()).ok());
    const ClaimId added = test::addClaim(f.c.get(), test::kSeed000, QStringLiteral("Borodyanka"));

    auto updated = f.cache.update(f.c.get(), {added});
    ASSERT_TRUE(updated.ok());
    EXPECT_EQ(updated->claims, QList<ClaimId>{added});
    EXPECT_FALSE(updated->sourcesChanged);
    EXPECT_FALSE(updated->tagsChanged);
    ASSERT_EQ(f.cache.claims().size(), 4u);
    ASSERT_NE(f.cache.claim(added), nullptr);
    EXPECT_EQ(f.cache.claimCount(test::kSeed000), 2);
    EXPECT_EQ(*f.cache.claim(f.pavlyuk), untouched) << "only the named claim is reread";

    // Once the other claim is named too, the cache is the case again, in the case's order.
    ASSERT_TRUE(f.cache.update(f.c.get(), {f.pavlyuk}).ok());
    expectCacheMatchesTheCase(f.cache, f.c.get());
}

TEST(WorkbenchCache, EditingAClaimReplacesItsRowAndRereadsSourcesOnlyWhenAsked)
{
    LinkedCase f;
    EditClaim edit(f.amnesty,
                   statementAndSource(QStringLiteral("Callamard said so"), QStringLiteral("Agnès Callamard")));
    ASSERT_TRUE(edit.apply(f.c.get()).ok());
    const std::vector<model::Source> before = f.cache.sources();

    auto claimOnly = f.cache.update(f.c.get(), {f.amnesty, f.amnesty, ClaimId()});
    ASSERT_TRUE(claimOnly.ok());
    EXPECT_EQ(claimOnly->claims, QList<ClaimId>{f.amnesty}) << "each valid claim once";
    EXPECT_EQ(f.cache.claim(f.amnesty)->statement, QStringLiteral("Callamard said so"));
    EXPECT_EQ(f.cache.claimPosition(f.amnesty), 0);
    EXPECT_EQ(f.cache.sources(), before) << "sources are reread only when asked";
    EXPECT_FALSE(claimOnly->sourcesChanged);

    auto withSources = f.cache.update(f.c.get(), {f.amnesty}, WorkbenchCache::Reread::Sources);
    ASSERT_TRUE(withSources.ok());
    EXPECT_TRUE(withSources->sourcesChanged) << "the edit created a source";
    expectCacheMatchesTheCase(f.cache, f.c.get());

    auto again =
        f.cache.update(f.c.get(), {f.amnesty},
                       WorkbenchCache::Rereads(WorkbenchCache::Reread::Sources) | WorkbenchCache::Reread::Tags);
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again->sourcesChanged) << "read back unchanged";
    EXPECT_FALSE(again->tagsChanged);
}

TEST(WorkbenchCache, DeletingAClaimTakesItsRowAndItsLinksOut)
{
    LinkedCase f;
    ASSERT_TRUE(DeleteClaim(f.amnesty).apply(f.c.get()).ok());

    auto updated = f.cache.update(f.c.get(), {f.amnesty});
    ASSERT_TRUE(updated.ok());
    EXPECT_EQ(f.cache.claim(f.amnesty), nullptr);
    EXPECT_EQ(f.cache.claimPosition(f.amnesty), -1);
    EXPECT_EQ(f.cache.link(f.link), nullptr);
    EXPECT_TRUE(f.cache.linksOf(f.amnesty).empty());
    EXPECT_TRUE(f.cache.linksOf(f.commonDreams).empty()) << "the other end loses the link too";
    EXPECT_EQ(f.cache.claimCount(test::kSeed000), 0);
    expectCacheMatchesTheCase(f.cache, f.c.get());
}

TEST(WorkbenchCache, LinkingAndUnlinkingUpdateBothEndsLinks)
{
    LinkedCase f;
    AddLink add(f.pavlyuk, f.amnesty, model::LinkType::Contradicts);
    ASSERT_TRUE(add.apply(f.c.get()).ok());
    ASSERT_TRUE(f.cache.update(f.c.get(), {f.pavlyuk, f.amnesty}).ok());
    EXPECT_EQ(f.cache.linksOf(f.amnesty).size(), 2u);
    EXPECT_EQ(f.cache.linksOf(f.pavlyuk).size(), 1u);
    expectCacheMatchesTheCase(f.cache, f.c.get());

    ASSERT_TRUE(RemoveLink(f.link).apply(f.c.get()).ok());
    ASSERT_TRUE(f.cache.update(f.c.get(), {f.commonDreams, f.amnesty}).ok());
    EXPECT_EQ(f.cache.link(f.link), nullptr);
    EXPECT_EQ(f.cache.linksOf(f.amnesty).size(), 1u);
    expectCacheMatchesTheCase(f.cache, f.c.get());
}

TEST(WorkbenchCache, ClearEmptiesEverything)
{
    LinkedCase f;
    f.cache.clear();
    EXPECT_TRUE(f.cache.claims().empty());
    EXPECT_TRUE(f.cache.links().empty());
    EXPECT_TRUE(f.cache.sources().empty());
    EXPECT_TRUE(f.cache.tags().empty());
    EXPECT_EQ(f.cache.claim(f.amnesty), nullptr);
    EXPECT_EQ(f.cache.claimCount(test::kSeed000), 0);
    EXPECT_TRUE(f.cache.analysisInput().claims.isEmpty());
}

TEST(WorkbenchCache, ItsInputEditsReplayedOnACopyOfTheInputBeforeGiveTheInputAfter)
{
    LinkedCase f;
    const analysis::AnalysisInput before = f.cache.analysisInput();
    EXPECT_TRUE(f.cache.takeInputEdits().isEmpty()) << "a reload starts afresh";
    // A claim with a new source (the sources change too), a link, a claim edited, a claim deleted with its link.
    const ClaimId added = test::addClaim(f.c.get(), test::kSeed000, QStringLiteral("Borodyanka"));
    ASSERT_TRUE(EditClaim(added, statementAndSource(QStringLiteral("Borodyanka"), QStringLiteral("A new witness")))
                    .apply(f.c.get())
                    .ok());
    ASSERT_TRUE(f.cache.update(f.c.get(), {added}, WorkbenchCache::Reread::Sources).ok());
    AddLink add(added, f.pavlyuk, model::LinkType::Corroborates);
    ASSERT_TRUE(add.apply(f.c.get()).ok());
    ASSERT_TRUE(f.cache.update(f.c.get(), {added, f.pavlyuk}).ok());
    ASSERT_TRUE(
        EditClaim(f.pavlyuk, statementAndSource(QStringLiteral("at least 1,300 bodies"))).apply(f.c.get()).ok());
    ASSERT_TRUE(f.cache.update(f.c.get(), {f.pavlyuk}).ok());
    ASSERT_TRUE(DeleteClaim(f.amnesty).apply(f.c.get()).ok());
    ASSERT_TRUE(f.cache.update(f.c.get(), {f.amnesty}).ok());

    analysis::AnalysisInput replayed = before;
    const QList<analysis::InputEdit> edits = f.cache.takeInputEdits();
    EXPECT_GE(edits.size(), 6);
    analysis::applyInputEdits(replayed, edits);
    expectSameAnalysisInput(replayed, f.cache.analysisInput());
    expectCacheMatchesTheCase(f.cache, f.c.get());
    EXPECT_TRUE(f.cache.takeInputEdits().isEmpty()) << "taken once";
}

// A large case's worker reads an input of its own as the case opens; the window's is then built only when first asked
// for, perhaps after edits: it is the case's as it is then, and the edits replayed on the worker's give the same.
TEST(WorkbenchCache, ItsAnalysisInputFirstAskedForAfterEditsIsTheCasesAndTheEditsReplayedOnAWorkersReadAgree)
{
    LinkedCase f;
    auto read = readAnalysisInput(f.c.get());
    ASSERT_TRUE(read.ok());
    const ClaimId added = test::addClaim(f.c.get(), test::kSeed000, QStringLiteral("Borodyanka"));
    ASSERT_TRUE(f.cache.update(f.c.get(), {added}, WorkbenchCache::Reread::Sources).ok());
    AddLink add(added, f.pavlyuk, model::LinkType::Corroborates);
    ASSERT_TRUE(add.apply(f.c.get()).ok());
    ASSERT_TRUE(f.cache.update(f.c.get(), {added, f.pavlyuk}).ok());
    ASSERT_TRUE(DeleteClaim(f.amnesty).apply(f.c.get()).ok());
    ASSERT_TRUE(f.cache.update(f.c.get(), {f.amnesty}).ok());

    analysis::AnalysisInput replayed = read->input;
    analysis::applyInputEdits(replayed, f.cache.takeInputEdits());
    expectSameAnalysisInput(replayed, f.cache.analysisInput());
    expectCacheMatchesTheCase(f.cache, f.c.get());
    // Asked for once, it is kept in step by the edits after.
    ASSERT_TRUE(
        EditClaim(f.pavlyuk, statementAndSource(QStringLiteral("at least 1,300 bodies"))).apply(f.c.get()).ok());
    ASSERT_TRUE(f.cache.update(f.c.get(), {f.pavlyuk}).ok());
    expectCacheMatchesTheCase(f.cache, f.c.get());
}

TEST(WorkbenchCache, ItsAnalysisInputIsTheOneAWorkerReadsOfTheSameCaseWithTheSameAuditHead)
{
    LinkedCase f;
    // A claim whose statement is empty reads its quote, as the cache builds it.
    ASSERT_TRUE(EditClaim(f.pavlyuk, statementAndSource(QString())).apply(f.c.get()).ok());
    ASSERT_TRUE(f.cache.update(f.c.get(), {f.pavlyuk}).ok());
    // The worker reads narrower rows than the window (no anchor texts, notes or titles): links of every type, a
    // report dated to the month, one without a date and one with a new outlet read as the window's do.
    for (const auto type : {model::LinkType::Corroborates, model::LinkType::Contradicts, model::LinkType::Updates,
                            model::LinkType::Elaborates}) {
        ASSERT_TRUE(AddLink(f.pavlyuk, type == model::LinkType::Contradicts ? f.commonDreams : f.amnesty, type)
                        .apply(f.c.get())
                        .ok());
    }
    ReportMetadataChanges month;
    month.published = QStringLiteral("2022-04");
    month.outlet = QStringLiteral("A New Outlet");
    ASSERT_TRUE(EditReportMetadata(test::kSeed000, month).apply(f.c.get()).ok());
    auto undated = [&f] {
        const auto reports = f.c->reports().value();
        return std::count_if(reports.begin(), reports.end(),
                             [](const model::ReportSummary& r) { return !r.metadata.published.isKnown(); });
    };
    if (undated() == 0) {
        ReportMetadataChanges clear;
        clear.published = QString();
        ASSERT_TRUE(EditReportMetadata(test::kSeed001, clear).apply(f.c.get()).ok());
    }
    ASSERT_GT(undated(), 0);
    ASSERT_TRUE(f.cache.reload(f.c.get(), f.c->reports().value()).ok());
    ASSERT_EQ(f.cache.analysisInput().links.size(), 5);
    auto read = readAnalysisInput(f.c.get());
    ASSERT_TRUE(read.ok()) << read.error().toString().toStdString();
    expectSameAnalysisInput(read->input, f.cache.analysisInput());
    EXPECT_EQ(claimAndLinkCount(f.c.get()).value(), 8);

    // Every change appends to the audit log: a read after one sees another head.
    const qint64 head = auditHead(f.c.get()).value();
    EXPECT_EQ(read->auditHead, head);
    ASSERT_TRUE(RemoveLink(f.link).apply(f.c.get()).ok());
    EXPECT_GT(auditHead(f.c.get()).value(), head);
    EXPECT_GT(readAnalysisInput(f.c.get())->auditHead, head);
}
