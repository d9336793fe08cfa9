// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/AnalysisRunner.h"

#include "core/analysis/CorroborationAnalysis.h"
#include "core/analysis/IncrementalAnalysis.h"

#include <QHash>
#include <QThread>

#include <utility>

namespace corrob::ui {

QList<ClaimId> claimsWhoseAnalysisChanged(const analysis::AnalysisResult& before, const analysis::AnalysisResult& after)
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
    for (const analysis::ClaimAnalysis& now : after.claims) {
        const analysis::ClaimAnalysis* was = before.find(now.claim);
        if (!was || was->independentSources != now.independentSources ||
            was->suggestedCredibility != now.suggestedCredibility || !(was->origin == now.origin) ||
            was->contradictingSources != now.contradictingSources || was->reason != now.reason ||
            !same(was->origins, now.origins) || !same(was->contradictingOrigins, now.contradictingOrigins)) {
            changed.append(now.claim);
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

analysis::AnalysisResult AnalysisRunner::analyseRun(const Run& job)
{
    if (!job.incremental || job.previousInput.claims.isEmpty()) {
        return analysis::analyzeCorroboration(job.input);
    }
    return analysis::reanalyzeCorroboration(job.previousInput, job.previous, job.input);
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
    analysis::AnalysisResult next = analyseRun(Run{input, m_resultInput, m_result, m_incremental});
    QList<ClaimId> changed = claimsWhoseAnalysisChanged(m_result, next);
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
        output->result = AnalysisRunner::analyseRun(run);
        output->changed = claimsWhoseAnalysisChanged(run.previous, output->result);
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
        m_result = std::move(output->result);
        m_resultInput = std::move(output->input);
        m_applied(output->changed);
    }
    m_dropped = false;
}

} // namespace corrob::ui
