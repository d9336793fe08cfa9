// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/AnalysisRunner.h"

#include "core/analysis/CorroborationAnalysis.h"
#include "core/analysis/IncrementalAnalysis.h"

#include <QHash>
#include <QThread>
#include <QThreadPool>

#include <memory>

#include <utility>

namespace corrob::ui {

QList<ClaimId> claimsWhoseAnalysisChanged(const analysis::AnalysisResult& before, const analysis::AnalysisResult& after,
                                          const QList<ClaimId>* candidates)
{
    QHash<std::pair<const void*, const void*>, bool> sameLists;
    auto same = [&sameLists](const auto& a, const auto& b) {
        const std::pair<const void*, const void*> key(a.constData(), b.constData());
        const auto known = sameLists.constFind(key);
        if (known != sameLists.cend()) {
            return *known;
        }
        const bool equal = a == b;
        sameLists.insert(key, equal);
        return equal;
    };
    QList<ClaimId> changed;
    auto compare = [&](const analysis::ClaimAnalysis& now) {
        const analysis::ClaimAnalysis* was = before.find(now.claim);
        if (!was || was->independentSources != now.independentSources ||
            was->suggestedCredibility != now.suggestedCredibility || !(was->origin == now.origin) ||
            was->contradictingSources != now.contradictingSources || was->reason != now.reason ||
            !same(was->origins, now.origins) || !same(was->contradictingOrigins, now.contradictingOrigins)) {
            changed.append(now.claim);
        }
    };
    if (candidates) {
        for (ClaimId id : *candidates) {
            if (const analysis::ClaimAnalysis* now = after.find(id)) {
                compare(*now);
            }
        }
    } else {
        for (const analysis::ClaimAnalysis& now : after.claims) {
            compare(now);
        }
    }
    return changed;
}

AnalysisRunner::AnalysisRunner(Applied applied, QObject* parent) : QObject(parent), m_applied(std::move(applied))
{
}

AnalysisRunner::~AnalysisRunner()
{
    if (m_thread) {
        m_thread->wait();
    }
}

analysis::AnalysisResult AnalysisRunner::analyseRun(const Run& job, QList<ClaimId>& changed)
{
    if (!job.incremental || job.previousInput.claims.isEmpty()) {
        analysis::AnalysisResult result = analysis::analyzeCorroboration(job.input);
        changed = claimsWhoseAnalysisChanged(job.previous, result);
        return result;
    }
    analysis::ReanalysisStats stats;
    analysis::AnalysisResult result =
        analysis::reanalyzeCorroboration(job.previousInput, job.previous, job.input, &stats);
    // Only the claims the region's run analysed can differ: every other analysis was copied from the previous one.
    changed = claimsWhoseAnalysisChanged(job.previous, result, stats.full ? nullptr : &stats.recomputedClaims);
    return result;
}

QList<ClaimId> AnalysisRunner::analyse(analysis::AnalysisInput input, qsizetype claimsAndLinks)
{
    if (claimsAndLinks >= m_backgroundFrom) {
        // A case's first analysis takes about 150 ms at 50,000 claims and 100,000 links, one after an edit a few
        // ms plus finding what changed: neither holds the window.
        start(Run{std::move(input), m_resultInput, m_result, m_incremental});
        return {};
    }
    cancel();
    QList<ClaimId> changed;
    analysis::AnalysisResult next = analyseRun(Run{input, m_resultInput, m_result, m_incremental}, changed);
    m_result = std::move(next);
    m_resultInput = std::move(input);
    return changed;
}

void AnalysisRunner::clear()
{
    m_result = {};
    m_resultInput = {};
    cancel();
}

void AnalysisRunner::start(Run run)
{
    if (m_thread) {
        // The run under way describes a case that no longer exists: let it end, then analyse the newest input.
        m_queued = std::move(run);
        m_dropped = true;
        return;
    }
    launch(std::move(run));
}

void AnalysisRunner::cancel()
{
    m_queued.reset();
    m_dropped = m_thread != nullptr;
}

void AnalysisRunner::launch(Run run)
{
    m_dropped = false;
    auto output = std::make_shared<Output>();
    m_output = output;
    m_thread.reset(QThread::create([run = std::move(run), output] {
        output->result = AnalysisRunner::analyseRun(run, output->changed);
        output->input = run.input;
    }));
    m_thread->setObjectName(QStringLiteral("analysisWorker"));
    connect(m_thread.get(), &QThread::finished, this, &AnalysisRunner::onFinished, Qt::QueuedConnection);
    m_thread->start(QThread::LowPriority);
}

void AnalysisRunner::onFinished()
{
    m_thread->wait(); // returns at once: the thread has finished
    m_thread.reset();
    const std::shared_ptr<Output> output = std::move(m_output);
    if (m_queued) {
        Run next = std::move(*m_queued);
        m_queued.reset();
        launch(std::move(next));
        return;
    }
    if (!m_dropped) {
        retire(std::exchange(m_result, std::move(output->result)),
               std::exchange(m_resultInput, std::move(output->input)));
        m_applied(output->changed);
    }
    m_dropped = false;
}

void AnalysisRunner::retire(analysis::AnalysisResult result, analysis::AnalysisInput input)
{
    // Most of a large case's analysis is shared with the one replacing it; what is not (the list of 50,000 claims'
    // analyses and every list of the claims analysed again) is thousands of small blocks, about 20 ms to free on the
    // UI thread. A pooled thread frees them instead; the implicitly shared parts are released there safely.
    auto retired = std::make_shared<std::pair<analysis::AnalysisResult, analysis::AnalysisInput>>(std::move(result),
                                                                                                  std::move(input));
    QThreadPool::globalInstance()->start([retired = std::move(retired)]() mutable { retired.reset(); });
}

} // namespace corrob::ui
