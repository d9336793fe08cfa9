// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/CorroborationAnalysis.h"

#include "core/analysis/Analyzer.h"
#include "core/common/Memory.h"

#include <QThreadPool>

#include <memory>

namespace corrob::analysis {

using detail::Analyzer;
using detail::kLargeAnalysis;

AnalysisResult analyzeCorroboration(const AnalysisInput& input, AfterAnalysis after)
{
    if (input.claims.size() < qsizetype(kLargeAnalysis)) {
        return Analyzer(input).run();
    }
    // What a large analysis worked with (the figures of every claim compared, statements, indexes) is tens of
    // thousands of small blocks: a pooled thread frees them while the result goes to whoever waits for it. The
    // analyzer's reference to input is not used again.
    auto analyzer = std::make_shared<Analyzer>(input);
    AnalysisResult result = analyzer->run();
    // Then, if asked, the allocator gives back what it keeps free (20 MB at 50,000 claims).
    QThreadPool::globalInstance()->start([analyzer = std::move(analyzer), after]() mutable {
        analyzer.reset();
        if (after == AfterAnalysis::ReleaseFreedMemory) {
            releaseFreedMemory();
        }
    });
    return result;
}

} // namespace corrob::analysis
