// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The suggestion index on small texts of our own: what it proposes, what it leaves out, and how it keeps up with
// reports added and removed.
#include "core/suggest/SuggestionIndex.h"

#include <algorithm>

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::suggest;

namespace {

ReportInput report(qint64 id, const QString& text, std::vector<ClaimSpan> claims = {})
{
    ReportInput r;
    r.id = ReportId(id);
    r.text = text;
    r.claims = std::move(claims);
    return r;
}

ClaimSpan claimOn(const QString& text, const QString& quote, qint64 id)
{
    const qsizetype at = text.indexOf(quote);
    EXPECT_GE(at, 0) << quote.toStdString();
    return ClaimSpan{ClaimId(id), at, at + quote.size()};
}

const QString kClaimText =
    QStringLiteral("The ministry said that 40 civilians were killed in the shelling of Izium on Monday.\n"
                   "Rescue teams searched the rubble.\n");

int find(const std::vector<Candidate>& found, const QString& words)
{
    for (std::size_t i = 0; i < found.size(); ++i) {
        if (found[i].text.contains(words)) {
            return int(i);
        }
    }
    return -1;
}

} // namespace

TEST(SuggestionIndex, ProposesTheSameFigureAsACorroborationAndSaysWhy)
{
    SuggestionIndex index;
    const QString other = QStringLiteral("Officials confirmed that 40 civilians were killed when shells hit Izium.\n"
                                         "The weather was mild for the season in the region.\n");
    index.addReport(report(1, kClaimText, {claimOn(kClaimText, QStringLiteral("40 civilians were killed"), 1)}));
    index.addReport(report(2, other));
    const auto found = index.forClaim(ClaimId(1), 5, {});
    ASSERT_FALSE(found.empty());
    EXPECT_EQ(found.front().report, ReportId(2));
    EXPECT_TRUE(found.front().text.startsWith(QStringLiteral("Officials confirmed")));
    EXPECT_EQ(found.front().relation, model::LinkType::Corroborates);
    EXPECT_TRUE(found.front().reasons.contains(QStringLiteral("same figure: 40 civilians")))
        << found.front().reasons.join(u'|').toStdString();
    EXPECT_EQ(found.front().start, other.indexOf(QStringLiteral("Officials")));
    EXPECT_EQ(found.front().end, other.indexOf(QStringLiteral("Izium.")) + 6);
    for (const Candidate& c : found) {
        EXPECT_NE(c.report, ReportId(1)) << "never the claim's own report";
    }
}

TEST(SuggestionIndex, AnIdenticalQuoteRepeatsAndADenialContradicts)
{
    SuggestionIndex index;
    const QString a = QStringLiteral(
        "\"We will hold every commander responsible for these crimes against civilians,\" the prosecutor said.\n");
    const QString b =
        QStringLiteral("The prosecutor told reporters: \"We will hold every commander responsible for these crimes "
                       "against civilians.\"\n"
                       "The defence ministry denied that its commanders ordered crimes against civilians.\n");
    index.addReport(report(1, a, {ClaimSpan{ClaimId(1), 0, a.size() - 1}}));
    index.addReport(report(2, b));
    const auto found = index.forClaim(ClaimId(1), 5, {});
    const int quote = find(found, QStringLiteral("The prosecutor told reporters"));
    ASSERT_GE(quote, 0);
    EXPECT_EQ(found[std::size_t(quote)].relation, model::LinkType::Repeats);
    EXPECT_TRUE(found[std::size_t(quote)].reasons.join(u'|').contains(
        QStringLiteral("identical quote: 'We will hold every commander responsible")));
    const int denial = find(found, QStringLiteral("denied"));
    ASSERT_GE(denial, 0);
    EXPECT_EQ(found[std::size_t(denial)].relation, model::LinkType::Contradicts);
    EXPECT_TRUE(found[std::size_t(denial)].reasons.contains(QStringLiteral("denial cue: 'denied'")));
}

TEST(SuggestionIndex, ACountInAnotherPlaceIsNoUpdateNorCorroborationAndSaysWhichPlace)
{
    // A tester's find: "606 civilians killed in the Kharkiv region" proposed as corroborating "1,235 bodies in the
    // Kyiv region", with no reason given. A different count of the same place updates; of another place, with no
    // name shared, it only elaborates, says so, and ranks below.
    SuggestionIndex index;
    const QString samePlace = QStringLiteral("Rescuers said on Tuesday that 52 civilians were killed in the shelling "
                                             "of Izium.\nThe weather was mild for the season.\n");
    const QString otherPlace = QStringLiteral("Rescuers said on Tuesday that 52 civilians were killed in the shelling "
                                              "of Kramatorsk.\nThe weather was mild for the season.\n");
    const QString noPlace = QStringLiteral("Rescuers said on Tuesday that 52 civilians were killed in the shelling "
                                           "of the town.\nThe weather was mild for the season.\n");
    index.addReport(report(1, kClaimText, {claimOn(kClaimText, QStringLiteral("40 civilians were killed"), 1)}));
    index.addReport(report(2, samePlace));
    index.addReport(report(3, otherPlace));
    index.addReport(report(4, noPlace));
    const auto found = index.forClaim(ClaimId(1), 5, {});
    ASSERT_GE(found.size(), 3u);
    const auto inReport = [&found](qint64 id) {
        return std::find_if(found.begin(), found.end(), [id](const Candidate& c) { return c.report == ReportId(id); });
    };
    const auto update = inReport(2);
    const auto elsewhere = inReport(3);
    ASSERT_NE(update, found.end());
    ASSERT_NE(elsewhere, found.end());
    EXPECT_EQ(update->relation, model::LinkType::Updates) << update->reasons.join(u'|').toStdString();
    EXPECT_EQ(elsewhere->relation, model::LinkType::Elaborates) << elsewhere->reasons.join(u'|').toStdString();
    EXPECT_TRUE(elsewhere->reasons.contains(QStringLiteral("different place: Kramatorsk vs Izium")))
        << elsewhere->reasons.join(u'|').toStdString();
    EXPECT_LT(update - found.begin(), elsewhere - found.begin());
    EXPECT_GT(update->score, elsewhere->score);
    // The same words naming no place rank above those naming another place.
    const auto unplaced = inReport(4);
    ASSERT_NE(unplaced, found.end());
    EXPECT_GT(unplaced->score, elsewhere->score);
}

TEST(SuggestionIndex, APassageFoundByItsWordsAloneSaysWhichWordsItShares)
{
    // Found by the words' score alone, a suggestion gave no reason at all: it names the words shared (not a number's
    // digits).
    SuggestionIndex index;
    const QString claimText =
        QStringLiteral("Investigators documented 22 unlawful killings near the river crossing.\n");
    const QString other = QStringLiteral("The documented killings, 1,248 of them, were unlawful, a panel found.\n");
    index.addReport(report(1, claimText, {claimOn(claimText, claimText.trimmed(), 1)}));
    index.addReport(report(2, other));
    const auto found = index.forClaim(ClaimId(1), 5, {});
    ASSERT_FALSE(found.empty());
    const QString reasons = found.front().reasons.join(u'|');
    EXPECT_TRUE(reasons.contains(QStringLiteral("shared words: documented, killings, unlawful")))
        << reasons.toStdString();
    EXPECT_FALSE(reasons.contains(QStringLiteral("1,"))) << reasons.toStdString();
}

TEST(SuggestionIndex, APassageWithNothingInCommonButAFewWordsIsNotGuessedToCorroborate)
{
    // A tester's find: "At least 10 civilians were killed in the morning attack…" proposed as corroborating "At least
    // 1,235 civilian bodies…" for the words "at least". Accepted with one key, a wrong "corroborates" adds a source
    // to the count; the guess is "elaborates", which adds none.
    SuggestionIndex index;
    const QString claimText =
        QStringLiteral("At least 1,235 civilian bodies were found in the region, the governor said.\n");
    const QString other = QStringLiteral("At least 10 tourists were stranded at the airport by the storm on Sunday.\n");
    index.addReport(report(1, claimText, {claimOn(claimText, claimText.trimmed(), 1)}));
    index.addReport(report(2, other));
    const auto found = index.forClaim(ClaimId(1), 5, {});
    ASSERT_FALSE(found.empty());
    EXPECT_EQ(found.front().report, ReportId(2));
    EXPECT_EQ(found.front().relation, model::LinkType::Elaborates) << found.front().reasons.join(u'|').toStdString();
}

TEST(SuggestionIndex, LeavesOutExcludedRangesLinkedClaimsAndDismissedPassages)
{
    SuggestionIndex index;
    const QString other = QStringLiteral("Subscribe to read how 40 civilians were killed in Izium shelling.\n"
                                         "Officials confirmed that 40 civilians were killed when shells hit Izium.\n"
                                         "Local doctors said 40 civilians were killed in Izium by the shelling.\n");
    ReportInput r2 =
        report(2, other, {claimOn(other, QStringLiteral("Local doctors said 40 civilians were killed"), 7)});
    r2.excluded.append(model::TextRange{0, other.indexOf(u'\n'), QStringLiteral("newsletter prompt")});
    index.addReport(report(1, kClaimText, {claimOn(kClaimText, QStringLiteral("40 civilians were killed"), 1)}));
    index.addReport(r2);
    auto found = index.forClaim(ClaimId(1), 10, {});
    EXPECT_LT(find(found, QStringLiteral("Subscribe")), 0) << "page furniture is never proposed";
    const int asClaim = find(found, QStringLiteral("Local doctors said 40 civilians were killed"));
    ASSERT_GE(asClaim, 0);
    ASSERT_TRUE(found[std::size_t(asClaim)].claim.has_value())
        << "a sentence holding a claim is proposed as that claim";
    EXPECT_EQ(*found[std::size_t(asClaim)].claim, ClaimId(7));
    const int sentence = find(found, QStringLiteral("Officials confirmed"));
    ASSERT_GE(sentence, 0);

    Exclusions exclusions;
    exclusions.claims.insert(ClaimId(7));
    const Candidate dismissed = found[std::size_t(sentence)];
    exclusions.spans.push_back({dismissed.report, 0, 0, dismissed.passageHash, false}); // moved offsets, same text
    found = index.forClaim(ClaimId(1), 10, exclusions);
    EXPECT_LT(find(found, QStringLiteral("Local doctors")), 0) << "a linked claim is not proposed";
    EXPECT_LT(find(found, QStringLiteral("Officials confirmed")), 0) << "a dismissed passage is not proposed";
}

TEST(SuggestionIndex, KeepsUpWithReportsAddedReplacedAndRemoved)
{
    SuggestionIndex index;
    const QString other = QStringLiteral("Officials confirmed that 40 civilians were killed when shells hit Izium.\n");
    index.addReport(report(1, kClaimText, {claimOn(kClaimText, QStringLiteral("40 civilians were killed"), 1)}));
    EXPECT_TRUE(index.forClaim(ClaimId(1), 5, {}).empty());
    index.addReport(report(2, other));
    EXPECT_EQ(index.reportCount(), 2);
    ASSERT_EQ(index.forClaim(ClaimId(1), 5, {}).size(), 1u);
    index.addReport(report(2, other, {ClaimSpan{ClaimId(9), 0, 20}}));
    auto found = index.forClaim(ClaimId(1), 5, {});
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found.front().claim.value_or(ClaimId()), ClaimId(9)) << "the report's new claim replaced its sentence";
    index.removeReport(ReportId(2));
    EXPECT_FALSE(index.contains(ReportId(2)));
    EXPECT_TRUE(index.forClaim(ClaimId(1), 5, {}).empty());
    EXPECT_TRUE(index.forClaim(ClaimId(42), 5, {}).empty()) << "a claim the index has not seen has no candidates";
}

TEST(SuggestionIndex, BuildingReportsProgressAndCanBeCancelled)
{
    std::vector<ReportInput> reports;
    for (int i = 1; i <= 5; ++i) {
        reports.push_back(
            report(i, QStringLiteral("Report number %1 tells of shelling in Izium and Kharkiv.\n").arg(i)));
    }
    SuggestionIndex index;
    std::vector<int> seen;
    EXPECT_TRUE(index.build(reports, [&](int done, int total) {
        EXPECT_EQ(total, 5);
        seen.push_back(done);
        return true;
    }));
    EXPECT_EQ(seen, (std::vector<int>{1, 2, 3, 4, 5}));
    EXPECT_EQ(index.passageCount(), 5);
    EXPECT_FALSE(index.build(reports, [](int done, int) { return done < 2; }));
    EXPECT_EQ(index.passageCount(), 0) << "a cancelled build leaves an empty index";
    EXPECT_EQ(index.forText(QStringLiteral("shelling in Izium"), ReportId(), 3, {}).size(), 0u);
}
