// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/AnalysisRunner.h"

#include "core/analysis/CorroborationAnalysis.h"
#include "core/analysis/IncrementalAnalysis.h"

#include <QHash>
#include <QSet>
#include <QThread>
#include <QThreadPool>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <cerrno>
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
            was->contradictingSources != now.contradictingSources || !was->hasSameReasonAs(now) ||
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

AnalysisRunner::AnalysisRunner(Applied applied, Current current, QObject* parent)
    : QObject(parent), m_applied(std::move(applied)), m_current(std::move(current))
{
}

AnalysisRunner::~AnalysisRunner()
{
    if (m_thread) {
        m_thread->wait();
    }
}

AnalysisRunner::Output AnalysisRunner::analyseRun(Run job)
{
    Output out;
    out.generation = job.generation;
    out.edits = job.edits.size();
    if (job.read) {
        out.read = true;
        auto read = job.read();
        if (!read) {
            out.readFailed = true;
            return out;
        }
        job.input = std::move(read->input);
        out.auditHead = read->auditHead;
    }
    if (!job.fromEdits) {
        // The input may share its storage with the window's, which changes it in place after the next edit: the
        // copy kept with the result is made here, on the worker, not there on the UI thread.
        job.input.claims.detach();
        job.input.links.detach();
        job.input.sources.detach();
        // A whole analysis is an open's or a reread's: the memory it freed is given back, since the next large
        // analysis (an edit's, of a part) is seconds or minutes away.
        out.analysed.result = analysis::analyzeCorroboration(job.input, analysis::AfterAnalysis::ReleaseFreedMemory);
        out.changed = claimsWhoseAnalysisChanged(job.previous, out.analysed.result);
        out.analysed.input = std::move(job.input);
    } else {
        analysis::AnalysisInput after = job.input;
        analysis::applyInputEdits(after, job.edits);
        if (!job.incremental || job.input.claims.isEmpty()) {
            out.analysed.result = analysis::analyzeCorroboration(after);
            out.changed = claimsWhoseAnalysisChanged(job.previous, out.analysed.result);
        } else {
            analysis::ReanalysisStats stats;
            out.analysed.result = analysis::reanalyzeCorroboration(job.input, job.previous, after, &stats);
            // Only the claims the region's run analysed can differ: every other analysis was copied from previous.
            out.changed = claimsWhoseAnalysisChanged(job.previous, out.analysed.result,
                                                     stats.full ? nullptr : &stats.recomputedClaims);
        }
        out.analysed.input = std::move(after);
    }
    if (!job.changedBefore.isEmpty()) {
        // Analysed on from an analysis not applied yet: what changed since the one applied is both runs' changes.
        const QSet<ClaimId> known(job.changedBefore.cbegin(), job.changedBefore.cend());
        for (ClaimId id : std::as_const(out.changed)) {
            if (!known.contains(id)) {
                job.changedBefore.append(id);
            }
        }
        out.changed = std::move(job.changedBefore);
    }
    return out;
}

QList<ClaimId> AnalysisRunner::analyse(analysis::AnalysisInput input, qsizetype claimsAndLinks)
{
    supersede(); // what runs or waits is of an input this one replaces
    if (claimsAndLinks >= m_backgroundFrom) {
        // A case's first analysis takes about 150 ms at 50,000 claims and 100,000 links: it does not hold the window.
        m_whole = std::move(input);
        if (!m_thread) {
            launchNext();
        }
        return {};
    }
    Output out = analyseRun(Run{std::move(input), m_result, {}, false, m_incremental, m_generation});
    m_result = std::move(out.analysed.result);
    m_resultInput = std::move(out.analysed.input);
    return out.changed;
}

void AnalysisRunner::analyseRead(Reader read, Confirm confirm)
{
    supersede();
    m_read = std::move(read);
    m_confirm = std::move(confirm);
    if (!m_thread) {
        launchNext();
    }
}

QList<ClaimId> AnalysisRunner::analyseEdited(QList<analysis::InputEdit> edits, qsizetype claimsAndLinks)
{
    if (claimsAndLinks < m_backgroundFrom) {
        // A small case: from the window's input as it is now (it holds the edits), here, before the change is
        // announced.
        supersede();
        analysis::AnalysisInput now = m_current();
        analysis::AnalysisResult next;
        QList<ClaimId> changed;
        if (m_incremental && !m_resultInput.claims.isEmpty()) {
            analysis::ReanalysisStats stats;
            next = analysis::reanalyzeCorroboration(m_resultInput, m_result, now, &stats);
            changed = claimsWhoseAnalysisChanged(m_result, next, stats.full ? nullptr : &stats.recomputedClaims);
        } else {
            next = analysis::analyzeCorroboration(now);
            changed = claimsWhoseAnalysisChanged(m_result, next);
        }
        m_result = std::move(next);
        m_resultInput = std::move(now);
        return changed;
    }
    m_edits.append(std::move(edits));
    if (!m_thread) {
        launchNext();
    }
    return {};
}

void AnalysisRunner::clear()
{
    supersede();
    // A large case's analysis is freed off the UI thread, as a replaced one is (retire): 50 ms of frees at 50,000
    // claims that closing the case, or opening another, no longer waits for.
    retire(Analysed{std::exchange(m_resultInput, {}), std::exchange(m_result, {})});
}

void AnalysisRunner::supersede()
{
    ++m_generation;
    m_whole.reset();
    m_read = {};
    m_confirm = {};
    m_edits.clear();
    if (m_ahead) {
        retire(std::move(*m_ahead));
        m_ahead.reset();
    }
    m_aheadChanged.clear();
}

void AnalysisRunner::launchNext()
{
    Q_ASSERT(!m_thread);
    if (m_read) {
        Run run{{}, m_result, {}, false, m_incremental, m_generation};
        run.read = std::exchange(m_read, {});
        launch(std::move(run));
        return;
    }
    if (m_whole) {
        launch(Run{std::exchange(m_whole, std::nullopt).value(), m_result, {}, false, m_incremental, m_generation});
        return;
    }
    if (m_edits.isEmpty()) {
        return;
    }
    const Analysed* from = m_ahead ? &*m_ahead : nullptr;
    const analysis::AnalysisInput& base = from ? from->input : m_resultInput;
    if (base.claims.isEmpty() && base.links.isEmpty() && base.sources.isEmpty()) {
        // Nothing analysed to replay the edits on (they came before any analysis): the window's input, whole.
        m_edits.clear();
        launch(Run{m_current(), m_result, {}, false, m_incremental, m_generation});
        return;
    }
    Run run{base, from ? from->result : m_result, m_edits, true, m_incremental, m_generation};
    run.changedBefore = from ? m_aheadChanged : QList<ClaimId>();
    launch(std::move(run));
}

namespace {

// The worker gives way to the window's thread when both want a core: opening a large case, the window reads and
// builds its lists while the worker reads and analyses on two threads, and with two cores the window took a third
// longer to respond. QThread::LowPriority does nothing under Linux's default scheduler (its priorities are all
// 0), the thread's nice value does; the thread the analysis starts to compare figures inherits it.
void giveWayToTheWindow()
{
#ifdef Q_OS_LINUX
    // Ten below the window's (a tenth of its share of a core they compete for), relative, so that a window started
    // under `nice` keeps the lead; 19 is as low as it goes. A failure costs nothing but the order.
    const auto self = static_cast<id_t>(gettid());
    errno = 0;
    const int window = getpriority(PRIO_PROCESS, self); // the worker starts with the nice value of its creator
    if (errno == 0) {
        (void)setpriority(PRIO_PROCESS, self, std::min(window + 10, 19));
    }
#endif
}

} // namespace

void AnalysisRunner::launch(Run run)
{
    auto output = std::make_shared<Output>();
    m_output = output;
    m_thread.reset(QThread::create([run = std::move(run), output]() mutable {
        giveWayToTheWindow();
        *output = analyseRun(std::move(run));
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
    if (output->generation != m_generation) {
        retire(std::move(output->analysed)); // superseded: by a whole input, or cleared
        launchNext();
        return;
    }
    if (output->read) {
        const Confirm confirm = std::exchange(m_confirm, {});
        if (output->readFailed || !confirm || !confirm(output->auditHead)) {
            // The worker read another state of the case than the window shows (a change landed between the two
            // reads), or could not read it: the window's input, edits included, is analysed whole instead.
            retire(std::move(output->analysed));
            m_edits.clear();
            m_whole = m_current();
            launchNext();
            return;
        }
    }
    m_edits.remove(0, output->edits);
    if (m_ahead) {
        retire(std::move(*m_ahead));
    }
    m_ahead = std::move(output->analysed);
    m_aheadChanged = std::move(output->changed);
    if (!m_edits.isEmpty() || m_whole) {
        // The window's input has changed since this run began: analyse on from its result before applying one.
        launchNext();
        return;
    }
    retire(Analysed{std::exchange(m_resultInput, std::move(m_ahead->input)),
                    std::exchange(m_result, std::move(m_ahead->result))});
    m_ahead.reset();
    m_applied(std::exchange(m_aheadChanged, {}));
}

void AnalysisRunner::retire(Analysed analysed)
{
    // Most of a large case's analysis is shared with the one replacing it; what is not (the list of 50,000 claims'
    // analyses and every list of the claims analysed again) is thousands of small blocks, about 20 ms to free on the
    // UI thread. A pooled thread frees them instead; the implicitly shared parts are released there safely.
    auto retired = std::make_shared<Analysed>(std::move(analysed));
    QThreadPool::globalInstance()->start([retired = std::move(retired)]() mutable { retired.reset(); });
}

} // namespace corrob::ui
