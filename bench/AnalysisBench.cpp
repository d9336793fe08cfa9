// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_analysis: times analyzeCorroboration() on synthetic cases and, in the same run, a plain linear pass over
// the same claims and links (index the claims, build an adjacency list), so the ratio says how far the analysis
// is from the cost of merely reading its input. Build in Release:
//   cmake --preset release && cmake --build build-release --target bench_analysis
//   ./build-release/bench/bench_analysis [--runs N] [--case FILE.corrob]
// With --case, the analysis of that case's own input (read as the window's worker reads it) is timed too.
#include "core/analysis/CorroborationAnalysis.h"
#include "core/case/Case.h"
#include "core/case/CaseAnalysis.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <random>
#include <vector>

using namespace corrob;
using namespace corrob::analysis;

namespace {

struct Shape
{
    int claims;
    int sources;
    int links;
    bool oneStory = false; // every corroborating link inside one story: a single giant component
    bool texts = true;     // claims carry statements with figures to parse
    const char* label = "";
};

// Claims are grouped into stories (components of corroborating/repeating links): mostly small, a few of a
// thousand or more claims. Sources speak for organisations (20 % affiliated, a few chains and one cycle).
AnalysisInput makeCase(const Shape& shape, quint64 seed)
{
    std::mt19937_64 rng(seed);
    auto uniform = [&](int n) {
        return int(std::uniform_int_distribution<int>(0, n - 1)(rng));
    };
    AnalysisInput in;
    in.sources.reserve(shape.sources);
    const int organisations = std::max(1, shape.sources / 10);
    for (int s = 1; s <= shape.sources; ++s) {
        SourceInput src{SourceId(s), QStringLiteral("Source %1").arg(s), SourceId()};
        if (s > organisations && uniform(5) == 0) {
            src.affiliation = SourceId(1 + uniform(organisations));
        } else if (s > 1 && s <= organisations && uniform(20) == 0) {
            src.affiliation = SourceId(1 + uniform(s - 1)); // chains among organisations
        }
        in.sources.append(src);
    }
    if (shape.sources >= 3) {
        in.sources[0].affiliation = SourceId(3); // 1 -> 3 -> 2 -> 1: an affiliation cycle
        in.sources[2].affiliation = SourceId(2);
        in.sources[1].affiliation = SourceId(1);
    }

    const int reports = std::max(1, shape.claims / 5);
    in.claims.reserve(shape.claims);
    for (int c = 1; c <= shape.claims; ++c) {
        ClaimInput claim;
        claim.id = ClaimId(c);
        claim.report = ReportId(1 + uniform(reports));
        const int who = uniform(20);
        claim.source = who < 17 ? SourceId(1 + uniform(shape.sources)) : SourceId();
        claim.outlet = who < 19 ? SourceId(1 + uniform(shape.sources)) : SourceId();
        claim.reportPublished = QStringLiteral("2022-%1-%2")
                                    .arg(1 + uniform(12), 2, 10, QChar(u'0'))
                                    .arg(1 + uniform(28), 2, 10, QChar(u'0'));
        claim.text =
            uniform(5) == 0
                ? QStringLiteral("the agency said more than %1 refugees had fled").arg(1000 + uniform(9000) * 100)
                : QStringLiteral("Russian forces shelled the district, witnesses said");
        in.claims.append(claim);
    }

    // Stories: consecutive claim ranges; sizes mostly 1..40, one in fifty of up to 2,000.
    std::vector<std::pair<int, int>> stories; // [first, last] claim numbers
    for (int first = 1; first <= shape.claims;) {
        const int size = shape.oneStory ? shape.claims : uniform(50) == 0 ? 200 + uniform(1800) : 1 + uniform(40);
        const int last = std::min(shape.claims, first + size - 1);
        stories.emplace_back(first, last);
        first = last + 1;
    }
    std::vector<int> storyOf(size_t(shape.claims));
    for (size_t k = 0; k < stories.size(); ++k) {
        for (int c = stories[k].first; c <= stories[k].second; ++c) {
            storyOf[size_t(c - 1)] = int(k);
        }
    }
    in.links.reserve(shape.links);
    for (int l = 0; l < shape.links; ++l) {
        const int kind = uniform(100);
        // A story is picked with the weight of its size, so large stories get their share of links and
        // become large components.
        const auto& story = stories[size_t(storyOf[size_t(uniform(shape.claims))])];
        const int span = story.second - story.first + 1;
        const int a = story.first + uniform(span);
        const int b = story.first + uniform(span);
        LinkType type = LinkType::Corroborates;
        int from = a;
        int to = b;
        if (kind < 40) {
            type = LinkType::Corroborates;
        } else if (kind < 65) {
            type = LinkType::Repeats;
            from = std::max(a, b); // later repeats earlier; equal ends make a self-link the analysis skips
            to = std::min(a, b);
        } else if (kind < 80) {
            type = LinkType::Contradicts;
            to = 1 + uniform(shape.claims); // contradictions run across stories
        } else if (kind < 90) {
            type = LinkType::Updates;
        } else {
            type = LinkType::Elaborates;
        }
        in.links.append(LinkInput{ClaimId(from), ClaimId(to), type});
    }
    return in;
}

// What any consumer of the same input must at least do: index the claims and build an adjacency list.
quint64 linearBaseline(const AnalysisInput& in)
{
    QHash<ClaimId, int> index;
    index.reserve(in.claims.size());
    for (qsizetype i = 0; i < in.claims.size(); ++i) {
        index.insert(in.claims.at(i).id, int(i));
    }
    std::vector<int> degree(size_t(in.claims.size()) + 1, 0);
    std::vector<std::pair<int, int>> edges;
    edges.reserve(size_t(in.links.size()));
    for (const LinkInput& link : in.links) {
        const int a = index.value(link.from, -1);
        const int b = index.value(link.to, -1);
        if (a >= 0 && b >= 0) {
            edges.emplace_back(a, b);
            ++degree[size_t(a) + 1];
            ++degree[size_t(b) + 1];
        }
    }
    for (size_t k = 1; k < degree.size(); ++k) {
        degree[k] += degree[k - 1];
    }
    std::vector<int> adjacency(edges.size() * 2);
    std::vector<int> fill(degree.begin(), degree.end() - 1);
    for (const auto& [a, b] : edges) {
        adjacency[size_t(fill[size_t(a)]++)] = b;
        adjacency[size_t(fill[size_t(b)]++)] = a;
    }
    quint64 checksum = 0;
    for (int v : adjacency) {
        checksum = checksum * 31 + quint64(v);
    }
    return checksum;
}

struct Timing
{
    double wallMs;
    double cpuMs; // CPU time of the process: less disturbed than wall time when other jobs share the machine
};

double cpuNowMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

template <typename F> Timing median(int runs, F&& work)
{
    std::vector<double> wall;
    std::vector<double> cpu;
    for (int r = 0; r < runs; ++r) {
        const double cpuStart = cpuNowMs();
        const auto start = std::chrono::steady_clock::now();
        work();
        const auto end = std::chrono::steady_clock::now();
        cpu.push_back(cpuNowMs() - cpuStart);
        wall.push_back(std::chrono::duration<double, std::milli>(end - start).count());
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int runs = 7;
    const QStringList args = QCoreApplication::arguments();
    const qsizetype runsAt = args.indexOf(QStringLiteral("--runs"));
    if (runsAt >= 0 && runsAt + 1 < args.size()) {
        runs = std::max(1, args.at(runsAt + 1).toInt());
    }

    std::printf("bench_analysis: median of %d runs (wall and process CPU time); baseline = index the claims and build "
                "an adjacency "
                "list of the links\n",
                runs);
    std::printf("%-22s %7s %7s %7s | %9s %9s %7s | %9s %9s %7s | %7s %10s %7s %9s\n", "case", "claims", "sources",
                "links", "wall ms", "base ms", "ratio", "cpu ms", "base cpu", "ratio", "ns/item", "components",
                "largest", "conflicts");
    const Shape shapes[] = {
        {5000, 500, 10000, false, true, "small"},
        {50000, 5000, 100000, false, true, "target"},
        {100000, 10000, 200000, false, true, "double"},
        {50000, 5000, 100000, true, true, "target, one component"},
        {50000, 5000, 100000, false, false, "target, no claim texts"},
        {5000, 500, 10000, false, true, "small, again"},
    };
    volatile quint64 sink = 0;
    const auto report = [&](const char* label, const AnalysisInput& input, const Timing& analysis,
                            const AnalysisResult& last) {
        const Timing baseline = median(runs, [&] { sink = sink + linearBaseline(input); });
        qsizetype components = 0;
        qsizetype largest = 0;
        for (const ClaimAnalysis& a : last.claims) {
            if (a.component.first() == a.claim) {
                ++components;
                largest = std::max(largest, a.component.size());
            }
        }
        const double perItem = analysis.cpuMs * 1e6 / double(input.claims.size() + input.links.size());
        std::printf("%-22s %7lld %7lld %7lld | %9.1f %9.1f %6.1fx | %9.1f %9.1f %6.1fx | %7.0f %10lld %7lld %9lld\n",
                    label, qlonglong(input.claims.size()), qlonglong(input.sources.size()),
                    qlonglong(input.links.size()), analysis.wallMs, baseline.wallMs, analysis.wallMs / baseline.wallMs,
                    analysis.cpuMs, baseline.cpuMs, analysis.cpuMs / baseline.cpuMs, perItem, qlonglong(components),
                    qlonglong(largest), qlonglong(last.conflicts.size()));
        std::printf("RESULT\tanalysis %s\t%.1f ms\t%.1f ms\t%.1f\n", label, analysis.wallMs, baseline.wallMs,
                    analysis.wallMs / baseline.wallMs);
    };
    if (const qsizetype at = args.indexOf(QStringLiteral("--case")); at >= 0 && at + 1 < args.size()) {
        auto opened = casefile::Case::open(args.at(at + 1), {}, casefile::Case::Access::ReadOnly);
        if (!opened) {
            std::fprintf(stderr, "error: %s\n", qPrintable(opened.error().toString()));
            return 1;
        }
        AnalysisInput input;
        const Timing read = median(runs, [&] {
            auto snapshot = casefile::readAnalysisInput(*opened.value());
            if (!snapshot) {
                std::fprintf(stderr, "error: %s\n", qPrintable(snapshot.error().toString()));
                std::exit(1);
            }
            input = std::move(snapshot->input);
        });
        std::printf("the case's own input, read in %.1f ms (CPU %.1f ms):\n", read.wallMs, read.cpuMs);
        AnalysisResult last;
        const Timing analysis = median(runs, [&] { last = analyzeCorroboration(input); });
        report("the case", input, analysis, last);
        return 0;
    }
    for (const Shape& shape : shapes) {
        const AnalysisInput input = makeCase(shape, 20260421);
        AnalysisResult last;
        const Timing analysis = median(runs, [&] { last = analyzeCorroboration(input); });
        report(shape.label, input, analysis, last);
    }
    return 0;
}
