// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Suggestions on the sample case made from the five seed articles (resources/sample): what the investigator is
// shown for its claims, and what accepting and dismissing change.
#include "core/case/CaseSuggestions.h"

#include "core/case/Case.h"
#include "core/case/CaseReader.h"
#include "core/case/SampleCase.h"
#include "core/case/edits/ClaimEdits.h"
#include "core/case/edits/SuggestionEdits.h"
#include "core/common/Hash.h"
#include "core/model/Vocabulary.h"
#include "core/storage/CaseSchema.h"
#include "core/storage/Database.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace corrob::casefile {
namespace {

using suggest::Candidate;

// The sample case: claims 1-3 in the CBC report (1), 4-6 in the Fox report (2); claim 6 (1,235 bodies)
// corroborates and claim 5 (Russia's denial) contradicts claim 1 (22 unlawful killings).
constexpr ClaimId kKillings{1};
constexpr ClaimId kDenial{5};
constexpr ReportId kCbc{1};
constexpr ReportId kFox{2};
constexpr ReportId kCommonDreams{3};
constexpr ReportId kAlJazeera{5};

class SampleSuggestions : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_path = m_dir.filePath(QStringLiteral("sample.corrob"));
        auto made = ensureSampleCase(m_path, test::seedsDir(), m_options);
        ASSERT_TRUE(made.ok()) << made.error().toString().toStdString();
        reopen();
    }

    void reopen()
    {
        m_case.reset();
        auto opened = Case::open(m_path, m_options);
        ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
        m_case = std::move(opened).value();
    }

    std::vector<Candidate> forClaim(ClaimId claim, int top)
    {
        CaseSuggestions suggestions(*m_case);
        auto found = suggestions.forClaim(claim, top);
        EXPECT_TRUE(found.ok()) << found.error().toString().toStdString();
        return found ? found.value() : std::vector<Candidate>{};
    }

    ClaimId mark(ReportId report, const QString& quote)
    {
        ClaimDraft draft;
        draft.report = report;
        draft.quote = quote;
        AddClaim add(draft);
        auto applied = add.apply(*m_case);
        EXPECT_TRUE(applied.ok()) << applied.error().toString().toStdString();
        return add.claim().id;
    }

    QTemporaryDir m_dir;
    QString m_path;
    CaseOptions m_options{QStringLiteral("tester")};
    std::unique_ptr<Case> m_case;
};

// The index of the first candidate whose text contains words, or -1.
int rankOf(const std::vector<Candidate>& found, const QString& words)
{
    for (std::size_t i = 0; i < found.size(); ++i) {
        if (found[i].text.contains(words)) {
            return int(i);
        }
    }
    return -1;
}

std::string listed(const std::vector<Candidate>& found)
{
    std::string out;
    for (const Candidate& c : found) {
        out += QStringLiteral("%1 %2 report %3: %4 [%5]\n")
                   .arg(c.score, 0, 'f', 2)
                   .arg(model::linkTypeName(c.relation))
                   .arg(c.report.value)
                   .arg(c.text.left(100), c.reasons.join(QStringLiteral("; ")))
                   .toStdString();
    }
    return out;
}

TEST_F(SampleSuggestions, TheUnlawfulKillingsClaimFindsTheKillingPassagesOfOtherReportsNearTheTop)
{
    const auto found = forClaim(kKillings, 5);
    ASSERT_EQ(found.size(), 5u) << listed(found);
    // Al Jazeera recalls Amnesty's May report of "wilful killings of civilians" by Russian forces near Kyiv; Fox
    // quotes Callamard on "willful killings of civilians" and reports the executions in Bucha.
    EXPECT_GE(rankOf(found, QStringLiteral("wilful killings of civilians")), 0) << listed(found);
    EXPECT_LT(rankOf(found, QStringLiteral("wilful killings of civilians")), 3) << listed(found);
    EXPECT_GE(rankOf(found, QStringLiteral("willful killings of civilians")), 0) << listed(found);
    EXPECT_GE(rankOf(found, QStringLiteral("executions in Bucha")), 0) << listed(found);
    const Candidate& alJazeera = found[std::size_t(rankOf(found, QStringLiteral("wilful killings of civilians")))];
    EXPECT_EQ(alJazeera.report, kAlJazeera);
    EXPECT_EQ(alJazeera.relation, model::LinkType::Corroborates);
    EXPECT_TRUE(alJazeera.reasons.contains(QStringLiteral("shares Kyiv, Amnesty International")))
        << alJazeera.reasons.join(u'|').toStdString();
    EXPECT_TRUE(alJazeera.reasons.contains(QStringLiteral("shared wording: 'by Russian forces'")))
        << alJazeera.reasons.join(u'|').toStdString();
    // The span is the sentence, in UTF-16 units of the report's working text.
    auto text = m_case->reportText(alJazeera.report, Case::TextView::All);
    ASSERT_TRUE(text.ok());
    EXPECT_EQ(text->mid(alJazeera.start, alJazeera.end - alJazeera.start), alJazeera.text);
    for (const Candidate& c : found) {
        EXPECT_NE(c.report, kCbc) << "a claim's own report is never suggested";
        EXPECT_FALSE(c.text.contains(QStringLiteral("1,235 civilian bodies"))) << "already linked";
        EXPECT_FALSE(c.text.contains(QStringLiteral("denying allegations"))) << "already linked";
        EXPECT_GE(c.score, 0.0);
        EXPECT_LE(c.score, 1.0);
    }
    for (std::size_t i = 1; i < found.size(); ++i) {
        EXPECT_GE(found[i - 1].score, found[i].score);
    }
}

TEST_F(SampleSuggestions, TheRefugeeFigureProposesTheOtherRefugeeFigureAsAnUpdate)
{
    const ClaimId refugees = mark(kFox, QStringLiteral("there were more than 5.7 million refugees from the conflict"));
    const auto found = forClaim(refugees, 3);
    ASSERT_FALSE(found.empty());
    const Candidate& first = found.front();
    EXPECT_EQ(first.report, kAlJazeera) << listed(found);
    EXPECT_TRUE(first.text.startsWith(QStringLiteral("More than six million refugees have fled Ukraine")))
        << listed(found);
    EXPECT_EQ(first.relation, model::LinkType::Updates) << listed(found);
    EXPECT_TRUE(first.reasons.contains(QStringLiteral("different figure: More than six million refugees (by May 11) "
                                                      "vs more than 5.7 million refugees (as of Thursday)")))
        << listed(found);
}

TEST_F(SampleSuggestions, RussiasDenialComesOutAsAContradictionOfTheAccusations)
{
    // "Russia has claimed that it hits only targets with military values, denying allegations of war crimes"
    const auto found = forClaim(kDenial, 5);
    ASSERT_GE(found.size(), 3u);
    for (std::size_t i = 0; i < 3; ++i) {
        EXPECT_EQ(found[i].relation, model::LinkType::Contradicts) << listed(found);
        EXPECT_TRUE(found[i].reasons.contains(QStringLiteral("the claim denies ('denying'), the passage does not")))
            << listed(found);
        EXPECT_TRUE(found[i].text.contains(QStringLiteral("war crimes"), Qt::CaseInsensitive)) << listed(found);
    }
    // Common Dreams: "Amnesty Says Russia's 'Indiscriminate Attacks' in Ukraine May Be War Crimes".
    EXPECT_GE(rankOf(found, QStringLiteral("May Be War Crimes")), 0) << listed(found);
    // Another denial of Russia's is no contradiction of this one.
    const int other = rankOf(found, QStringLiteral("Russia consistently denies carrying out illegal attacks"));
    if (other >= 0) {
        EXPECT_NE(found[std::size_t(other)].relation, model::LinkType::Contradicts) << listed(found);
    }
}

TEST_F(SampleSuggestions, AnAccusationFindsRussiasDenialAsAContradiction)
{
    const ClaimId accusation =
        mark(kCommonDreams, QStringLiteral("has been marked by indiscriminate attacks on civilian areas and strikes "
                                           "on protected objects such as hospitals"));
    // The denial shares only "Russia" and "attacks" with the accusation, and a dozen Amnesty passages share more: it
    // ranks 12th on the seeds since mentions of Russia stopped folding into the ministry's source (it was in the top
    // 10 before). What is pinned is that it is found among the first 15 and guessed as a contradiction.
    const auto found = forClaim(accusation, 15);
    const int denial = rankOf(found, QStringLiteral("Russia consistently denies carrying out illegal attacks"));
    ASSERT_GE(denial, 0) << listed(found);
    EXPECT_EQ(found[std::size_t(denial)].relation, model::LinkType::Contradicts);
    EXPECT_TRUE(found[std::size_t(denial)].reasons.contains(QStringLiteral("denial cue: 'denies'")));
}

TEST_F(SampleSuggestions, ADismissedSuggestionIsNeverProposedAgainEvenAfterReopeningAndComesBackOnUndo)
{
    const auto before = forClaim(kKillings, 5);
    ASSERT_FALSE(before.empty());
    const Candidate first = before.front();
    DismissSuggestion dismiss(kKillings, SuggestedPassage{first.report, first.start, first.end});
    ASSERT_TRUE(dismiss.apply(*m_case).ok());
    EXPECT_LT(rankOf(forClaim(kKillings, 50), first.text), 0);
    reopen();
    EXPECT_LT(rankOf(forClaim(kKillings, 50), first.text), 0) << "the dismissal is kept in the case";
    // Other claims still get it.
    DismissSuggestion again(kKillings, SuggestedPassage{first.report, first.start, first.end});
    EXPECT_EQ(again.apply(*m_case).error().code, ErrorCode::AlreadyExists);

    DismissSuggestion undoable(kKillings, SuggestedPassage{before[1].report, before[1].start, before[1].end});
    ASSERT_TRUE(undoable.apply(*m_case).ok());
    EXPECT_LT(rankOf(forClaim(kKillings, 50), before[1].text), 0);
    ASSERT_TRUE(undoable.revert(*m_case).ok());
    EXPECT_GE(rankOf(forClaim(kKillings, 50), before[1].text), 0) << "undo brings the suggestion back";
    ASSERT_TRUE(undoable.apply(*m_case).ok());
    EXPECT_LT(rankOf(forClaim(kKillings, 50), before[1].text), 0) << "redo dismisses it again";
}

TEST_F(SampleSuggestions, AcceptingASentenceMarksItAndLinksItInOneStepThatUndoes)
{
    const auto before = forClaim(kKillings, 5);
    const int at = rankOf(before, QStringLiteral("wilful killings of civilians"));
    ASSERT_GE(at, 0);
    const Candidate c = before[std::size_t(at)];
    ASSERT_FALSE(c.claim);
    CaseReader reader(*m_case);
    const auto claimsBefore = reader.claims()->size();
    AcceptSuggestion accept(kKillings, SuggestedPassage{c.report, c.start, c.end}, c.relation);
    ASSERT_TRUE(accept.apply(*m_case).ok());
    EXPECT_TRUE(accept.addedClaim());
    auto added = reader.claim(accept.passageClaim());
    ASSERT_TRUE(added.ok());
    EXPECT_EQ(added->report, kAlJazeera);
    EXPECT_EQ(added->anchor.quote, c.text);
    EXPECT_EQ(accept.link().from, accept.passageClaim());
    EXPECT_EQ(accept.link().to, kKillings);
    EXPECT_EQ(accept.link().type, model::LinkType::Corroborates);
    EXPECT_EQ(reader.claims()->size(), claimsBefore + 1);
    EXPECT_LT(rankOf(forClaim(kKillings, 50), c.text), 0) << "a linked passage is not suggested again";

    ASSERT_TRUE(accept.revert(*m_case).ok());
    EXPECT_EQ(reader.claims()->size(), claimsBefore) << "one undo removes the claim and the link";
    EXPECT_FALSE(reader.claim(accept.passageClaim()).ok());
    EXPECT_GE(rankOf(forClaim(kKillings, 50), c.text), 0);

    const ClaimId passageClaim = accept.passageClaim();
    const LinkId link = accept.link().id;
    ASSERT_TRUE(accept.apply(*m_case).ok());
    EXPECT_EQ(accept.passageClaim(), passageClaim) << "redo restores the same ids";
    EXPECT_EQ(accept.link().id, link);
    EXPECT_TRUE(reader.claim(passageClaim).ok());
    auto links = reader.linksOf(kKillings);
    ASSERT_TRUE(links.ok());
    EXPECT_TRUE(std::any_of(links->begin(), links->end(), [&](const model::Link& l) { return l.id == link; }));
}

TEST_F(SampleSuggestions, AcceptingAnExistingClaimOnlyLinksIt)
{
    // Claim 6 (Fox: 1,235 civilian bodies) is a claim already: accepting it for claim 2 (Borodyanka) only links.
    CaseReader reader(*m_case);
    auto bodies = reader.claim(ClaimId(6));
    ASSERT_TRUE(bodies.ok());
    const auto claimsBefore = reader.claims()->size();
    AcceptSuggestion accept(ClaimId(2), SuggestedPassage{bodies->report, bodies->anchor.start, bodies->anchor.end},
                            model::LinkType::Elaborates);
    ASSERT_TRUE(accept.apply(*m_case).ok());
    EXPECT_FALSE(accept.addedClaim());
    EXPECT_EQ(accept.passageClaim(), ClaimId(6));
    EXPECT_EQ(reader.claims()->size(), claimsBefore);
    EXPECT_EQ(accept.link().type, model::LinkType::Elaborates);
    ASSERT_TRUE(accept.revert(*m_case).ok());
    EXPECT_TRUE(reader.claim(ClaimId(6)).ok()) << "undo keeps the claim that was there before";
    auto links = reader.linksOf(ClaimId(2));
    ASSERT_TRUE(links.ok());
    EXPECT_TRUE(links->empty());
}

TEST_F(SampleSuggestions, AcceptRefusesASpanOutsideTheTextAndALinkThatExists)
{
    AcceptSuggestion outside(kKillings, SuggestedPassage{kAlJazeera, 10, 1000000}, model::LinkType::Corroborates);
    EXPECT_EQ(outside.apply(*m_case).error().code, ErrorCode::InvalidArgument);
    auto bodies = CaseReader(*m_case).claim(ClaimId(6));
    ASSERT_TRUE(bodies.ok());
    AcceptSuggestion existing(kKillings, SuggestedPassage{bodies->report, bodies->anchor.start, bodies->anchor.end},
                              model::LinkType::Corroborates);
    EXPECT_FALSE(existing.apply(*m_case).ok()) << "claim 6 corroborates claim 1 already";
    AcceptSuggestion missing(ClaimId(999), SuggestedPassage{kAlJazeera, 0, 10}, model::LinkType::Corroborates);
    EXPECT_EQ(missing.apply(*m_case).error().code, ErrorCode::NotFound);
}

TEST_F(SampleSuggestions, AClaimMarkedInAnotherReportIsProposedAsThatClaimOnceTheReportIsRefreshed)
{
    CaseSuggestions suggestions(*m_case);
    auto before = suggestions.forClaim(kKillings, 5);
    ASSERT_TRUE(before.ok());
    const int at = rankOf(before.value(), QStringLiteral("wilful killings of civilians"));
    ASSERT_GE(at, 0);
    const Candidate c = before->at(std::size_t(at));
    ClaimDraft draft;
    draft.report = c.report;
    draft.start = c.start;
    draft.end = c.end;
    AddClaim add(draft);
    ASSERT_TRUE(add.apply(*m_case).ok());
    ASSERT_TRUE(suggestions.refreshReport(c.report).ok());
    auto after = suggestions.forClaim(kKillings, 5);
    ASSERT_TRUE(after.ok());
    const int now = rankOf(after.value(), QStringLiteral("wilful killings of civilians"));
    ASSERT_GE(now, 0);
    ASSERT_TRUE(after->at(std::size_t(now)).claim.has_value());
    EXPECT_EQ(*after->at(std::size_t(now)).claim, add.claim().id);
}

TEST_F(SampleSuggestions, TheReviewQueueListsEveryClaimWithLikelyUnlinkedPassagesAndCanBeCancelled)
{
    CaseSuggestions suggestions(*m_case);
    int calls = 0;
    auto queue = suggestions.reviewQueue(3, [&](int done, int total) {
        ++calls;
        EXPECT_LE(done, total);
        return true;
    });
    ASSERT_TRUE(queue.ok());
    EXPECT_FALSE(queue->cancelled);
    EXPECT_EQ(calls, 6); // the sample's six claims
    ASSERT_FALSE(queue->items.empty());
    for (const auto& item : queue->items) {
        ASSERT_FALSE(item.candidates.empty());
        EXPECT_LE(item.candidates.size(), 3u);
        for (const Candidate& c : item.candidates) {
            EXPECT_GE(c.score, suggest::SuggestionIndex::kQueueThreshold);
        }
    }
    const bool hasKillings = std::any_of(queue->items.begin(), queue->items.end(),
                                         [](const suggest::ReviewItem& i) { return i.claim == kKillings; });
    EXPECT_TRUE(hasKillings);

    auto cancelled = suggestions.reviewQueue(3, [](int done, int) { return done < 2; });
    ASSERT_TRUE(cancelled.ok());
    EXPECT_TRUE(cancelled->cancelled);
    EXPECT_LE(cancelled->items.size(), 2u);

    CaseSuggestions fresh(*m_case);
    auto stopped = fresh.build([](int, int) { return false; });
    ASSERT_TRUE(stopped.ok());
    EXPECT_FALSE(stopped.value());
    EXPECT_FALSE(fresh.isBuilt());
}

TEST_F(SampleSuggestions, AClaimThatDoesNotExistIsNotFound)
{
    CaseSuggestions suggestions(*m_case);
    auto found = suggestions.forClaim(ClaimId(4242), 5);
    ASSERT_FALSE(found.ok());
    EXPECT_EQ(found.error().code, ErrorCode::NotFound);
}

TEST_F(SampleSuggestions, AnEarlierVersionOfAReportIsNotProposedBesideTheNewOne)
{
    auto before = forClaim(kKillings, 12);
    const int at = rankOf(before, QStringLiteral("wilful killings of civilians"));
    ASSERT_GE(at, 0) << listed(before);
    const ReportId earlier = before.at(std::size_t(at)).report;
    // The same article captured again with a line added at its end: a new version (decisions/0009), from the same
    // file name, whose text is a near-duplicate.
    auto summary = m_case->report(earlier);
    ASSERT_TRUE(summary.ok());
    auto text = m_case->reportText(earlier, Case::TextView::All);
    ASSERT_TRUE(text.ok());
    model::NewReport again;
    again.workingText = text.value() + QStringLiteral("\n\nThis article was updated to correct a caption.");
    again.original = again.workingText.toUtf8();
    again.sha256 = sha256Hex(QByteArrayView(again.original));
    again.metadata = summary->metadata;
    again.provenance.fileName = QStringLiteral("article.txt");
    again.provenance.importMethod = QStringLiteral("file");
    again.provenance.capturedAt = QStringLiteral("2026-01-02T00:00:00Z");
    again.provenance.mediaType = QStringLiteral("text/plain");
    again.provenance.encoding = QStringLiteral("UTF-8");
    ASSERT_TRUE(
        m_case->database()
            .exec(QStringLiteral("UPDATE reports SET file_name = 'article.txt' WHERE id = %1").arg(earlier.value))
            .ok());
    auto newer = m_case->addReport(again);
    ASSERT_TRUE(newer.ok()) << newer.error().toString().toStdString();
    ASSERT_EQ(m_case->report(newer.value())->previousVersion, earlier);

    // The passage is proposed once, from the new version; never from the earlier one, which is kept as evidence.
    auto after = forClaim(kKillings, 12);
    const int now = rankOf(after, QStringLiteral("wilful killings of civilians"));
    ASSERT_GE(now, 0) << listed(after);
    EXPECT_EQ(after.at(std::size_t(now)).report, newer.value());
    for (const Candidate& c : after) {
        EXPECT_NE(c.report, earlier) << listed(after);
    }
    // Refreshing the earlier report (a claim marked on it, say) does not bring it back.
    CaseSuggestions suggestions(*m_case);
    ASSERT_TRUE(suggestions.forClaim(kKillings, 12).ok());
    ASSERT_TRUE(suggestions.refreshReport(earlier).ok());
    auto refreshed = suggestions.forClaim(kKillings, 12);
    ASSERT_TRUE(refreshed.ok());
    for (const Candidate& c : refreshed.value()) {
        EXPECT_NE(c.report, earlier) << listed(refreshed.value());
    }
}

} // namespace
} // namespace corrob::casefile

namespace corrob::casefile {
namespace {

TEST(SuggestionSchema, ACaseOfVersion5IsUpgradedAndItsDismissalsGetAPassageHashColumn)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("case-v5.corrob"));
    ASSERT_TRUE(QFile::copy(test::dataDir() + QStringLiteral("/case-v5.corrob"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto opened = Case::open(path, {QStringLiteral("tester")});
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    EXPECT_EQ(opened.value()->database().queryInt(QStringLiteral("PRAGMA user_version")).value(),
              storage::caseSchemaVersion());
    EXPECT_EQ(opened.value()
                  ->database()
                  .queryInt(QStringLiteral("SELECT count(*) FROM pragma_table_info('dismissed_suggestions') "
                                           "WHERE name = 'passage_sha256'"))
                  .value(),
              1);
    // A claim marked in the upgraded case can have a suggestion dismissed, and it stays dismissed.
    ClaimDraft draft;
    draft.report = ReportId(1);
    draft.quote = QStringLiteral("documented 22 cases of unlawful killings by Russian forces");
    AddClaim add(draft);
    ASSERT_TRUE(add.apply(*opened.value()).ok());
    CaseSuggestions suggestions(*opened.value());
    auto found = suggestions.forClaim(add.claim().id, 1);
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found->size(), 1u);
    const suggest::Candidate first = found->front();
    DismissSuggestion dismiss(add.claim().id, SuggestedPassage{first.report, first.start, first.end});
    ASSERT_TRUE(dismiss.apply(*opened.value()).ok());
    auto again = suggestions.forClaim(add.claim().id, 1);
    ASSERT_TRUE(again.ok());
    ASSERT_EQ(again->size(), 1u);
    EXPECT_NE(again->front().text, first.text);
}

// Opens a copy of the fixture (made with a claim 1 in report 1, report 2's passage 105-219 dismissed for it and
// report 5 deleted): the dismissal holds and the deleted report is not suggested.
void expectTheFixturesDismissalHolds(const QString& fixture, Case::Access access)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(fixture);
    ASSERT_TRUE(QFile::copy(test::dataDir() + u'/' + fixture, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto opened = Case::open(path, {QStringLiteral("tester")}, access);
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    CaseSuggestions suggestions(*opened.value());
    auto found = suggestions.forClaim(ClaimId(1), 20);
    ASSERT_TRUE(found.ok());
    ASSERT_FALSE(found->empty());
    for (const suggest::Candidate& c : found.value()) {
        EXPECT_FALSE(c.report == ReportId(2) && c.start == 105) << "dismissed in the fixture";
        EXPECT_NE(c.report, ReportId(5)) << "report 5 is deleted in the fixture";
    }
}

TEST(SuggestionSchema, TheVersion6FixtureOpensAndItsDismissalHolds)
{
    expectTheFixturesDismissalHolds(QStringLiteral("case-v6.corrob"), Case::Access::ReadWrite); // upgraded
}

TEST(SuggestionSchema, TheVersion7FixtureOpensAndItsDismissalHolds)
{
    expectTheFixturesDismissalHolds(QStringLiteral("case-v7.corrob"), Case::Access::ReadWrite); // upgraded
}

TEST(SuggestionSchema, TheVersion8FixtureOpensAndItsDismissalHolds)
{
    expectTheFixturesDismissalHolds(QStringLiteral("case-v8.corrob"), Case::Access::ReadWrite); // upgraded
}

TEST(SuggestionSchema, TheVersion9FixtureOpensAndItsDismissalHolds)
{
    expectTheFixturesDismissalHolds(QStringLiteral("case-v9.corrob"), Case::Access::ReadWrite); // upgraded
}

TEST(SuggestionSchema, TheVersion10FixtureOpensReadOnlyAndItsDismissalHolds)
{
    expectTheFixturesDismissalHolds(QStringLiteral("case-v10.corrob"), Case::Access::ReadOnly);
}

} // namespace
} // namespace corrob::casefile
