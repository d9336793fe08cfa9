// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to corrob_analysis: the worker behind analyzeCorroboration (CorroborationAnalysis.h), one analysis of one
// input, split by what it works out: the structure of the case (Analyzer.cpp: indexes, origins, statements, evidence,
// contradictions, grades), the reasons (AnalysisReasons.cpp) and the figure conflicts (FigureConflicts.cpp).

#include "core/analysis/AnalysisSupport.h"
#include "core/analysis/AnalysisTypes.h"
#include "core/analysis/CredibilityRule.h"
#include "core/text/FigureParser.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <atomic>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace corrob::analysis::detail {

// From how many claims (compared for figures, or in the input) an analysis compares figures on a second thread and
// leaves freeing what it worked with to a pooled one: fewer take less than starting a thread.
inline constexpr size_t kLargeAnalysis = 2000;

// The first few links of one kind a statement's reason names, and how many there are; no allocation.
struct FirstLinks
{
    static constexpr int kShown = ReasonParts::kShown;
    int count = 0;
    std::array<int, kShown> first{}; // indices into Analyzer::m_links

    void add(int link)
    {
        if (count < kShown) {
            first[size_t(count)] = link;
        }
        ++count;
    }
    [[nodiscard]] int shown() const { return std::min(count, kShown); }
};

// For tests: called with a claim's dense index before its figures are parsed, on whichever thread parses them. A test
// makes it throw, to see that a failure on either thread fails the analysis and leaves neither thread waiting.
using FigureParseHook = void (*)(int claim);
void setFigureParseHookForTests(FigureParseHook hook);

// One statement: the claims joined by `repeats` links, transitively. Everything the analysis says about a claim
// but its own origin is said about its statement, and shared by its claims.
struct StatementData
{
    QList<ClaimId> members;       // the statement's claims, input order
    QList<ClaimId> evidence;      // members, then the claims directly corroborating one of them
    QList<ClaimId> corroborators; // claims outside the statement with a `corroborates` link into it
    QList<ClaimId> backs;         // claims outside the statement that one of its claims corroborates
    QList<Origin> origins;        // distinct origins of the evidence
    QList<ReportId> reports;      // distinct reports of the evidence
    int originKeysBegin = 0;      // the same origins, as indices into Analyzer::m_origins: m_originKeys[begin, end)
    int originKeysEnd = 0;
    int namedOrigins = 0; // the evidence's origins that are named sources: what counts as independent
    double weight = 0;    // the origins weighed by reliability: this statement's strength as a contradictor
    QList<ClaimId> contradictedBy;
    QList<Origin> contradictingOrigins;
    int contradictingSources = 0;
    double contradictingWeight = 0;
    QList<FollowedLink> links;
    int linksBegin = 0; // the links touching the statement: Analyzer::m_statementLinks.items[begin, end)
    int linksEnd = 0;
    // By what the link is to the statement, for the reasons.
    FirstLinks repeatLinks;
    FirstLinks corroboratingLinks;
    FirstLinks contradictingLinks;
    FirstLinks backingLinks;
    Credibility credibility;
};

class Analyzer
{
    struct Link
    {
        int from;
        int to;
        LinkType type;
        LinkId id;
    };

public:
    explicit Analyzer(const AnalysisInput& input) : m_input(input) {}

    AnalysisResult run();

private:
    const ClaimInput& claim(int c) const { return m_input.claims.at(m_claimInput[size_t(c)]); }

    void indexClaims();

    // A dense slot for a source id; ids the input does not describe get a slot named "source N".
    int sourceSlot(SourceId id);

    void indexSources();

    int reportSlot(ReportId id);

    void resolveOrigins();

    // Resolves both ends of every link to dense claim indices once; unusable links are named in the issues.
    void resolveLinks();

    // Statements: the classes of the `repeats` links, in either direction, transitively (union-find).
    void buildStatements();

    // Per statement: the claims directly corroborating it, what it backs, and the origins, reports and weight of
    // its evidence (members, then corroborators). Each claim and link is visited a bounded number of times.
    void collectEvidence();

    // What contradicts a statement: the other ends of the `contradicts` links touching it, never what contradicts
    // a claim that merely corroborates it. X is the larger of their distinct origins and the independent sources
    // of the best-backed of them; W the same, weighed by reliability.
    void collectContradictions();

    // "Russian Ministry of Defence (E)": an origin's name with its grade, when it has one.
    QString gradedName(const Origin& origin) const;

    void grade();

    // The parts of the reasons of statement `self` (st): its sentence and the first few links of each kind it
    // followed (its repeats, what corroborates and what contradicts it, what it backs), with the claims and origins
    // they name. O(1) however large the statement.
    std::shared_ptr<const ReasonParts> reasonParts(const StatementData& st, int self) const;

    void fillClaims(AnalysisResult& result) const;

    // Starts comparing the figures of claims linked as corroborating or updating on a second thread (listFigureWork,
    // then workOnFigures), or returns no thread when few claims are compared or there is one core. The thread that
    // runs the rest of the analysis joins in (workOnFigures) once that is done. Until the second thread is joined,
    // nothing else touches m_figures or m_figureWork.
    std::jthread compareFiguresAside();

    QString dated(const QString& what, int c) const;

    // The figures compared (m_figureWork): the corroborating and updating links, the first between each pair of
    // claims, in link order, and their claims, each once.
    void listFigureWork();
    // Parses the listed claims' figures, then compares the listed links' figures, a chunk at a time, on as many
    // threads as call it (m_figureWork.workers); each chunk's figure conflicts in link order. Reads only the input.
    // The lister (the thread that listed the work) waits for the others to leave, then frees m_figures.
    void workOnFigures(bool lister);
    // Until every thread working on the figures has left workOnFigures: the figure conflicts are all found.
    void waitForFigures() const;
    // Adds link l's figure conflict, if its claims' figures (parsed) disagree.
    void compareFigures(size_t l, std::vector<std::pair<size_t, Conflict>>& into) const;

    // Contradictions and figure conflicts in link order (the figure conflicts found on the second thread, if it ran).
    void findConflicts(AnalysisResult& result, bool figuresAside);

    const AnalysisInput& m_input;
    QStringList m_issues;

    std::vector<Link> m_links; // usable links, input order, dense claim indices

    QHash<ClaimId, int> m_claimIndex;
    std::vector<qsizetype> m_claimInput; // dense claim index -> position in input.claims

    QHash<SourceId, int> m_sourceIndex;
    std::vector<SourceId> m_sourceIds;
    std::vector<QString> m_sourceNames;
    std::vector<QString> m_sourceGrades; // source slot -> reliability "A".."F", empty when not graded
    std::vector<int> m_affiliation;      // source slot -> affiliation slot or -1

    QHash<ReportId, int> m_reportIndex;
    std::vector<ReportId> m_reportIds;
    std::vector<int> m_reportOf; // dense claim index -> report slot

    QList<Origin> m_origins;            // by origin key
    std::vector<double> m_originWeight; // by origin key: contradictionWeight of its source's grade
    std::vector<int> m_origin;          // dense claim index -> origin key

    std::vector<int> m_statement; // dense claim index -> statement
    std::vector<StatementData> m_statements;
    Buckets m_members;             // the claims of each statement, dense indices
    Buckets m_statementLinks;      // the links touching each statement, indices into m_links
    std::vector<int> m_originKeys; // each statement's evidence origins, statement after statement

    std::vector<std::optional<QList<text::Figure>>> m_figures; // by dense claim index, parsed by workOnFigures
    // The figures a large analysis parses and compares on two threads (workOnFigures).
    struct FigureWork
    {
        std::vector<size_t> links; // indices into m_links
        std::vector<int> claims;   // dense claim indices
        int workers = 1;
        std::atomic<bool> listed{false};
        std::atomic<size_t> nextParse{0};                                // the next chunk of claims to parse
        std::atomic<size_t> parsed{0};                                   // chunks of claims parsed
        std::atomic<size_t> nextCompare{0};                              // the next chunk of links to compare
        std::atomic<int> leaving{0};                                     // threads done
        std::vector<std::vector<std::pair<size_t, Conflict>>> conflicts; // figure conflicts by chunk of links

        // Runs work, keeping what it throws (the first failure) for rethrowFailure: a thread working on the figures
        // never ends by an exception, so the other never waits for it in vain.
        template <typename Work> void attempt(Work&& work)
        {
            try {
                work();
            } catch (...) {
                const std::lock_guard lock(errorMutex);
                if (!error) {
                    error = std::current_exception();
                }
                hasFailed.store(true, std::memory_order_release);
            }
        }
        [[nodiscard]] bool failed() const { return hasFailed.load(std::memory_order_acquire); }
        void rethrowFailure()
        {
            if (failed()) {
                std::rethrow_exception(error);
            }
        }
        // A thread is done with the figures (or will not work on them).
        void leave()
        {
            leaving.fetch_add(1, std::memory_order_acq_rel);
            leaving.notify_all();
        }

    private:
        std::atomic<bool> hasFailed{false};
        std::mutex errorMutex;
        std::exception_ptr error;
    };
    FigureWork m_figureWork;
};

} // namespace corrob::analysis::detail
