// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/IncrementalAnalysis.h"
#include "core/analysis/CorroborationAnalysis.h"
#include "tests/core/analysis/AnalysisTestSupport.h"

#include <gtest/gtest.h>

#include <QSet>

#include <random>

using namespace corrob;
using namespace corrob::analysis;
using namespace corrob::test;

namespace {

QStringList originNames(const QList<Origin>& origins)
{
    return names(origins);
}

// Every field of both results, claim by claim and conflict by conflict, so a failure names what differs.
void expectSameAnalysis(const AnalysisResult& actual, const AnalysisResult& expected, const QString& step)
{
    SCOPED_TRACE(step.toStdString());
    ASSERT_EQ(actual.claims.size(), expected.claims.size());
    EXPECT_EQ(actual.issues, expected.issues);
    EXPECT_EQ(actual.index, expected.index);
    for (qsizetype i = 0; i < expected.claims.size(); ++i) {
        const ClaimAnalysis& a = actual.claims.at(i);
        const ClaimAnalysis& e = expected.claims.at(i);
        SCOPED_TRACE("claim " + std::to_string(e.claim.value));
        ASSERT_EQ(a.claim, e.claim);
        EXPECT_TRUE(a.origin == e.origin);
        EXPECT_EQ(a.origin.name, e.origin.name);
        EXPECT_EQ(a.independentSources, e.independentSources);
        EXPECT_EQ(originNames(a.origins), originNames(e.origins));
        EXPECT_EQ(a.reports, e.reports);
        EXPECT_EQ(values(a.component), values(e.component));
        EXPECT_EQ(values(a.sameStatement), values(e.sameStatement));
        EXPECT_EQ(values(a.corroborators), values(e.corroborators));
        EXPECT_EQ(values(a.corroborates), values(e.corroborates));
        EXPECT_EQ(values(a.contradictedBy), values(e.contradictedBy));
        EXPECT_EQ(originNames(a.contradictingOrigins), originNames(e.contradictingOrigins));
        EXPECT_EQ(a.contradictingSources, e.contradictingSources);
        EXPECT_DOUBLE_EQ(a.contradictingWeight, e.contradictingWeight);
        EXPECT_TRUE(a.links == e.links);
        EXPECT_EQ(a.suggestedCredibility, e.suggestedCredibility);
        EXPECT_EQ(a.reason(), e.reason());
    }
    ASSERT_EQ(actual.conflicts.size(), expected.conflicts.size());
    for (qsizetype i = 0; i < expected.conflicts.size(); ++i) {
        const Conflict& a = actual.conflicts.at(i);
        const Conflict& e = expected.conflicts.at(i);
        EXPECT_EQ(a.a, e.a);
        EXPECT_EQ(a.b, e.b);
        EXPECT_EQ(a.kind, e.kind);
        EXPECT_EQ(a.detail, e.detail);
        EXPECT_EQ(a.link, e.link);
    }
}

// A case of stories: claims of a story link among themselves, a few links join stories. Sources have
// affiliations and grades; texts state figures that agree or not; reports have dates.
class RandomCase
{
public:
    explicit RandomCase(unsigned seed) : m_rng(seed)
    {
        for (int s = 1; s <= 30; ++s) {
            const char* grades[] = {"", "A", "B", "C", "D", "E", "F"};
            m_input.sources.append(SourceInput{SourceId(s), QStringLiteral("Source %1").arg(s),
                                               SourceId(s > 20 ? uniform(10) + 1 : 0),
                                               QString::fromLatin1(grades[uniform(7)])});
        }
        for (int c = 0; c < 300; ++c) {
            addClaim();
        }
        for (int l = 0; l < 260; ++l) {
            addLink();
        }
    }

    const AnalysisInput& input() const { return m_input; }

    // One random edit: a claim added, removed or changed, a link added, removed or retyped.
    QString edit()
    {
        switch (uniform(7)) {
        case 0:
            addClaim();
            return QStringLiteral("add a claim");
        case 1:
            if (m_input.claims.size() > 10) {
                const ClaimId gone = m_input.claims.takeAt(uniform(int(m_input.claims.size()))).id;
                m_input.links.removeIf([gone](const LinkInput& l) { return l.from == gone || l.to == gone; });
                return QStringLiteral("remove claim %1").arg(gone.value);
            }
            return QStringLiteral("nothing");
        case 2: {
            ClaimInput& c = m_input.claims[uniform(int(m_input.claims.size()))];
            c.text = text();
            return QStringLiteral("change the text of claim %1").arg(c.id.value);
        }
        case 3: {
            ClaimInput& c = m_input.claims[uniform(int(m_input.claims.size()))];
            c.source = uniform(3) == 0 ? SourceId() : SourceId(uniform(32) + 1); // 31, 32: sources not described
            return QStringLiteral("change the source of claim %1").arg(c.id.value);
        }
        case 4:
            addLink();
            return QStringLiteral("add a link");
        case 5:
            if (!m_input.links.isEmpty()) {
                const LinkId gone = m_input.links.takeAt(uniform(int(m_input.links.size()))).id;
                return QStringLiteral("remove link %1").arg(gone.value);
            }
            return QStringLiteral("nothing");
        default:
            if (!m_input.links.isEmpty()) {
                LinkInput& l = m_input.links[uniform(int(m_input.links.size()))];
                l.type = LinkType(uniform(5));
                return QStringLiteral("retype link %1").arg(l.id.value);
            }
            return QStringLiteral("nothing");
        }
    }

private:
    int uniform(int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(m_rng)); }

    QString text()
    {
        static const char* units[] = {"people", "civilians", "refugees"};
        if (uniform(3) == 0) {
            return QStringLiteral("Officials spoke about the convoy.");
        }
        return QStringLiteral("At least %1 %2 were reported.")
            .arg(10 * (uniform(4) + 1))
            .arg(QLatin1String(units[uniform(3)]));
    }

    void addClaim()
    {
        const int report = uniform(40) + 1;
        const QString dates[] = {QString(), QStringLiteral("2022-03-04"), QStringLiteral("2022-04"),
                                 QStringLiteral("2022-03-20")};
        ClaimInput c{ClaimId(++m_lastClaim),
                     ReportId(report),
                     uniform(3) == 0 ? SourceId() : SourceId(uniform(30) + 1),
                     uniform(2) == 0 ? SourceId() : SourceId(report % 30 + 1),
                     text(),
                     dates[report % 4]};
        // Claims are kept in an order other than by id, as the workbench's (by report) is.
        m_input.claims.insert(uniform(int(m_input.claims.size()) + 1), c);
    }

    void addLink()
    {
        const qsizetype n = m_input.claims.size();
        const int from = uniform(int(n));
        // Most links stay near (a story of neighbours in the list), a few go anywhere.
        const int to = uniform(12) == 0 ? uniform(int(n)) : int(std::min<qsizetype>(n - 1, from + uniform(6)));
        if (from == to) {
            return;
        }
        // Links by increasing id, as the case lists them.
        m_input.links.append(LinkInput{m_input.claims.at(from).id, m_input.claims.at(to).id, LinkType(uniform(5)),
                                       LinkId(++m_lastLink)});
    }

    std::mt19937 m_rng;
    AnalysisInput m_input;
    qint64 m_lastClaim = 0;
    qint64 m_lastLink = 0;
};

// What reanalyseOneChange found: the incremental analysis, what it did, and how many claims the input has.
struct Reanalysed
{
    AnalysisResult next;
    ReanalysisStats stats;
    qsizetype claims = 0;
};

// The random case of seed, changed once by change, analysed again from its analysis before the change; checked
// field by field against the full analysis of the changed input (step names the change in a failure).
template <typename Change> Reanalysed reanalyseOneChange(unsigned seed, const QString& step, Change change)
{
    RandomCase randomCase(seed);
    const AnalysisInput before = randomCase.input();
    const AnalysisResult analysis = analyzeCorroboration(before);
    AnalysisInput after = before;
    change(after);
    Reanalysed r;
    r.next = reanalyzeCorroboration(before, analysis, after, &r.stats);
    r.claims = after.claims.size();
    expectSameAnalysis(r.next, analyzeCorroboration(after), step);
    return r;
}

TEST(IncrementalAnalysisTest, RandomEditSequencesAnalyseAsAFullAnalysisWould)
{
    int shortcuts = 0;
    for (unsigned seed : {1u, 2u, 3u, 4u, 5u, 6u}) {
        RandomCase randomCase(seed);
        AnalysisInput before = randomCase.input();
        AnalysisResult analysis = analyzeCorroboration(before);
        for (int step = 0; step < 60; ++step) {
            const QString what = randomCase.edit();
            const AnalysisInput& after = randomCase.input();
            ReanalysisStats stats;
            AnalysisResult next = reanalyzeCorroboration(before, analysis, after, &stats);
            expectSameAnalysis(next, analyzeCorroboration(after),
                               QStringLiteral("seed %1, step %2: %3").arg(seed).arg(step).arg(what));
            if (::testing::Test::HasFatalFailure()) {
                return;
            }
            shortcuts += stats.full ? 0 : 1;
            // A claim it did not analyse again kept its analysis: the workbench compares only the recomputed ones
            // to find the rows to update.
            if (!stats.full) {
                const QSet<ClaimId> recomputed(stats.recomputedClaims.cbegin(), stats.recomputedClaims.cend());
                for (const ClaimAnalysis& now : next.claims) {
                    if (recomputed.contains(now.claim)) {
                        continue;
                    }
                    const ClaimAnalysis* was = analysis.find(now.claim);
                    ASSERT_NE(was, nullptr) << "a new claim was not analysed: " << what.toStdString();
                    EXPECT_EQ(was->reason(), now.reason()) << what.toStdString();
                    EXPECT_EQ(was->suggestedCredibility, now.suggestedCredibility) << what.toStdString();
                    EXPECT_EQ(originNames(was->origins), originNames(now.origins)) << what.toStdString();
                }
            }
            // The next step starts from this incremental result, so errors would accumulate.
            before = after;
            analysis = std::move(next);
        }
    }
    // Most steps took the shortcut: the comparison above tested it, not the full analysis against itself.
    EXPECT_GT(shortcuts, 6 * 60 / 2);
}

TEST(IncrementalAnalysisTest, AnEditFarFromMostClaimsAnalysesOnlyItsRegion)
{
    const Reanalysed r = reanalyseOneChange(7, QStringLiteral("one text changed"), [](AnalysisInput& after) {
        after.claims[0].text = QStringLiteral("At least 999 refugees were reported.");
    });
    EXPECT_FALSE(r.stats.full);
    EXPECT_LT(r.stats.analysed, r.claims / 2);
    EXPECT_LE(r.stats.recomputed, r.stats.analysed);
}

TEST(IncrementalAnalysisTest, ChangedSourcesAnalyseEverything)
{
    const Reanalysed r = reanalyseOneChange(8, QStringLiteral("sources changed"), [](AnalysisInput& after) {
        after.sources[3].name = QStringLiteral("Renamed");
        after.sources[25].affiliation = SourceId(4);
    });
    EXPECT_TRUE(r.stats.full);
}

TEST(IncrementalAnalysisTest, ALinkToAClaimNotInTheInputIsNamedAsTheFullAnalysisNamesIt)
{
    const Reanalysed r = reanalyseOneChange(9, QStringLiteral("a dangling link"), [](AnalysisInput& after) {
        after.links.append(LinkInput{after.claims.at(0).id, ClaimId(99999), LinkType::Corroborates, LinkId(99999)});
    });
    EXPECT_EQ(r.next.issues.size(), 1);
}

} // namespace
