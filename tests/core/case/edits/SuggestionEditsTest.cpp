// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/edits/SuggestionEdits.h"
#include "core/case/edits/ReportEdits.h"

#include "core/case/CaseReader.h"
#include "core/storage/Database.h"
#include "core/storage/SourceRepository.h"
#include "core/storage/SuggestionRepository.h"
#include "tests/core/case/edits/EditTestSupport.h"

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::casefile;
using test::SeededCase;

namespace {

// Fox (seed 001) quotes Callamard on "willful killings of civilians"; the CBC report (seed 000) has the 22 cases.
struct Suggested
{
    SeededCase c;
    ClaimId killings = test::addClaim(c.get(), test::kSeed000,
                                      QStringLiteral("documented 22 cases of unlawful killings by Russian forces"));
    QString quote = QStringLiteral("Amnesty International says it has documented war crimes by Russian forces around "
                                   "Ukraine's capital city.");
    SuggestedPassage passage()
    {
        const QString text = c->reportText(test::kSeed001, Case::TextView::All).value();
        const qsizetype at = text.indexOf(quote);
        EXPECT_GE(at, 0);
        return SuggestedPassage{test::kSeed001, at, at + quote.size()};
    }
    std::vector<storage::DismissedSuggestion> dismissed()
    {
        return storage::SuggestionRepository(c->database()).ofClaim(killings).value();
    }
};

} // namespace

TEST(AcceptSuggestion, MarksThePassageAndLinksItAsOneAuditedStepThatRoundTrips)
{
    Suggested s;
    AcceptSuggestion accept(s.killings, s.passage(), model::LinkType::Corroborates);
    test::expectRoundTrip(s.c.get(), accept);
    EXPECT_TRUE(accept.addedClaim());
    auto claim = CaseReader(s.c.get()).claim(accept.passageClaim());
    ASSERT_TRUE(claim.ok());
    EXPECT_EQ(claim->anchor.quote, s.quote);
    EXPECT_EQ(claim->statement, s.quote);
    EXPECT_EQ(accept.link().from, accept.passageClaim());
    EXPECT_EQ(accept.link().to, s.killings);
    EXPECT_EQ(s.c->database()
                  .queryInt(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'suggestion.accepted'"))
                  .value(),
              2); // apply and redo; the undo is "suggestion.unaccepted"
}

TEST(AcceptSuggestion, AttributesTheNewClaimToTheKnownSourceItsWordsAreAttributedTo)
{
    // "Amnesty International says ...": a source of the case, so the claim is its word, not the outlet's (which
    // would count as one more independent source).
    Suggested s;
    (void)test::addClaim(s.c.get(), test::kSeed000, QStringLiteral("documented 22 cases"),
                         QStringLiteral("Amnesty International"));
    const auto amnesty = storage::SourceRepository(s.c->database()).findByName(QStringLiteral("Amnesty International"));
    ASSERT_TRUE(amnesty.ok() && amnesty.value());
    AcceptSuggestion accept(s.killings, s.passage(), model::LinkType::Corroborates);
    test::expectRoundTrip(s.c.get(), accept);
    auto claim = CaseReader(s.c.get()).claim(accept.passageClaim());
    ASSERT_TRUE(claim.ok());
    EXPECT_EQ(claim->source, *amnesty.value());

    // A speaker the case does not know is left for the investigator: no source is made by accepting.
    Suggested unknown;
    const qint64 sources = unknown.c->database().queryInt(QStringLiteral("SELECT count(*) FROM sources")).value();
    AcceptSuggestion other(unknown.killings, unknown.passage(), model::LinkType::Corroborates);
    ASSERT_TRUE(other.apply(unknown.c.get()).ok());
    auto unattributed = CaseReader(unknown.c.get()).claim(other.passageClaim());
    ASSERT_TRUE(unattributed.ok());
    EXPECT_FALSE(unattributed->source.isValid());
    EXPECT_EQ(unknown.c->database().queryInt(QStringLiteral("SELECT count(*) FROM sources")).value(), sources);
}

TEST(AcceptSuggestion, OfAnExistingClaimOnlyLinksAndUndoKeepsTheClaim)
{
    Suggested s;
    const ClaimId existing = test::addClaim(s.c.get(), test::kSeed001, s.quote);
    AcceptSuggestion accept(s.killings, s.passage(), model::LinkType::Elaborates);
    test::expectRoundTrip(s.c.get(), accept);
    EXPECT_FALSE(accept.addedClaim());
    EXPECT_EQ(accept.passageClaim(), existing);
    ASSERT_TRUE(accept.revert(s.c.get()).ok());
    EXPECT_TRUE(CaseReader(s.c.get()).claim(existing).ok());
}

TEST(AcceptSuggestion, RefusesAMissingClaimASpanOutsideTheTextAndTheClaimItself)
{
    Suggested s;
    AcceptSuggestion missing(ClaimId(99), s.passage(), model::LinkType::Corroborates);
    EXPECT_EQ(test::expectRefused(s.c.get(), missing).code, ErrorCode::NotFound);
    AcceptSuggestion outside(s.killings, SuggestedPassage{test::kSeed001, 5, 5000000}, model::LinkType::Corroborates);
    EXPECT_EQ(test::expectRefused(s.c.get(), outside).code, ErrorCode::InvalidArgument);
    auto self = CaseReader(s.c.get()).claim(s.killings).value();
    AcceptSuggestion itself(s.killings, SuggestedPassage{self.report, self.anchor.start, self.anchor.end},
                            model::LinkType::Corroborates);
    EXPECT_EQ(test::expectRefused(s.c.get(), itself).code, ErrorCode::InvalidArgument);
    // Words overlapping the claim's own (more or fewer of them) would be one more source for itself.
    AcceptSuggestion overlapping(s.killings, SuggestedPassage{self.report, self.anchor.start + 3, self.anchor.end + 20},
                                 model::LinkType::Corroborates);
    const Error refused = test::expectRefused(s.c.get(), overlapping);
    EXPECT_EQ(refused.code, ErrorCode::InvalidArgument);
    EXPECT_TRUE(refused.message.contains(QStringLiteral("overlaps"))) << refused.message.toStdString();
}

TEST(DismissSuggestion, RemembersThePassageWithItsHashAndRoundTripsWithTheSameId)
{
    Suggested s;
    DismissSuggestion dismiss(s.killings, s.passage());
    test::expectRoundTrip(s.c.get(), dismiss);
    auto rows = s.dismissed();
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows.front().id, dismiss.dismissalId());
    EXPECT_EQ(rows.front().report, test::kSeed001);
    EXPECT_EQ(rows.front().passageSha256.size(), 64);
    EXPECT_EQ(rows.front().dismissedBy, QStringLiteral("tester"));
    ASSERT_TRUE(dismiss.revert(s.c.get()).ok());
    EXPECT_TRUE(s.dismissed().empty());
    ASSERT_TRUE(dismiss.apply(s.c.get()).ok());
    ASSERT_EQ(s.dismissed().size(), 1u);
    EXPECT_EQ(s.dismissed().front().id, rows.front().id);
}

TEST(DismissSuggestion, RefusesTheClaimsOwnReportASpanOutsideTheTextAndATwiceDismissedPassage)
{
    Suggested s;
    DismissSuggestion own(s.killings, SuggestedPassage{test::kSeed000, 0, 10});
    EXPECT_EQ(test::expectRefused(s.c.get(), own).code, ErrorCode::InvalidArgument);
    DismissSuggestion outside(s.killings, SuggestedPassage{test::kSeed001, 10, 4});
    EXPECT_EQ(test::expectRefused(s.c.get(), outside).code, ErrorCode::InvalidArgument);
    DismissSuggestion missing(s.killings, SuggestedPassage{ReportId(77), 0, 4});
    EXPECT_EQ(test::expectRefused(s.c.get(), missing).code, ErrorCode::NotFound);
    DismissSuggestion once(s.killings, s.passage());
    ASSERT_TRUE(once.apply(s.c.get()).ok());
    DismissSuggestion twice(s.killings, s.passage());
    EXPECT_EQ(test::expectRefused(s.c.get(), twice).code, ErrorCode::AlreadyExists);
}

TEST(DismissSuggestion, DeletingTheClaimTakesItsDismissalsAndUndoBringsThemBack)
{
    Suggested s;
    DismissSuggestion dismiss(s.killings, s.passage());
    ASSERT_TRUE(dismiss.apply(s.c.get()).ok());
    DeleteClaim del(s.killings);
    ASSERT_TRUE(del.apply(s.c.get()).ok());
    EXPECT_TRUE(s.dismissed().empty());
    ASSERT_TRUE(del.revert(s.c.get()).ok());
    ASSERT_EQ(s.dismissed().size(), 1u);
    EXPECT_EQ(s.dismissed().front().id, dismiss.dismissalId());
}

TEST(DismissSuggestion, DeletingTheClaimsReportTakesItsDismissalsAndUndoBringsThemBack)
{
    Suggested s;
    DismissSuggestion dismiss(s.killings, s.passage());
    ASSERT_TRUE(dismiss.apply(s.c.get()).ok());
    DeleteReports del({test::kSeed000});
    test::expectRoundTrip(s.c.get(), del); // the snapshot holds the dismissed suggestions
    EXPECT_TRUE(s.dismissed().empty());
    ASSERT_TRUE(del.revert(s.c.get()).ok());
    ASSERT_EQ(s.dismissed().size(), 1u);
    EXPECT_EQ(s.dismissed().front().id, dismiss.dismissalId());
}
