// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/AnalysisTypes.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace corrob::ui {

// The claims whose analysis differs between before and after (new claims included; claims gone are not). Members
// of one corroborating set share their lists, so each pair of old and new lists is compared once: O(claims), not
// O(set size²). With candidates, only those claims are compared (the others are known to be the same: an
// incremental analysis copied them), in their order: O(candidates). Pure; safe on any thread.
QList<ClaimId> claimsWhoseAnalysisChanged(const analysis::AnalysisResult& before, const analysis::AnalysisResult& after,
                                          const QList<ClaimId>* candidates = nullptr);

// Keeps a case's corroboration analysis current and decides where it runs: inline, before the change is announced,
// when the case is small (claims + links below backgroundFrom()); on a worker thread, one run at a time, in a
// large one. The input is plain data (copied, its implicitly shared strings are safe to read from another
// thread), so the worker touches nothing of the case. A new input while a run is under way is queued (replacing a
// queued one) and the running run's result dropped: only the newest input's result is applied, on the runner's
// thread (queued), and the claims whose analysis differs from the one it replaces (worked out on the worker too)
// are passed to `applied`. clear() drops the result and whatever is running or queued. The destructor waits for a
// running run. Lives on the UI thread (docs/decisions/0012-incremental-workbench-cache.md).
class AnalysisRunner : public QObject
{
public:
    // Called after a worker's result was applied, with the claims whose analysis changed.
    using Applied = std::function<void(const QList<ClaimId>& changed)>;

    explicit AnalysisRunner(Applied applied, QObject* parent = nullptr);
    ~AnalysisRunner() override;

    // Analyses input, the case's claimsAndLinks claims and links: here, returning the claims whose analysis differs
    // from the previous one, or (a large case) on the worker, returning nothing yet.
    QList<ClaimId> analyse(analysis::AnalysisInput input, qsizetype claimsAndLinks);
    // Forgets the analysis (an empty result) and drops whatever is running or queued.
    void clear();
    // The newest analysis applied: until a worker's result arrives, the previous one.
    [[nodiscard]] const analysis::AnalysisResult& result() const { return m_result; }
    // A run is under way or queued: a result is still to come (unless cleared).
    [[nodiscard]] bool isBusy() const { return m_thread != nullptr; }
    // From how many claims + links the analysis runs on the worker; measured by bench_workbench (decision 0012).
    [[nodiscard]] int backgroundFrom() const { return m_backgroundFrom; }
    void setBackgroundFrom(int claimsAndLinks) { m_backgroundFrom = claimsAndLinks; }
    // Whether a new input is analysed from the previous result, only around what changed
    // (analysis::reanalyzeCorroboration), rather than whole; on unless bench_workbench measures the difference.
    [[nodiscard]] bool isIncremental() const { return m_incremental; }
    void setIncremental(bool incremental) { m_incremental = incremental; }

private:
    struct Run
    {
        analysis::AnalysisInput input;
        analysis::AnalysisInput previousInput; // what previous is the analysis of
        analysis::AnalysisResult previous;
        bool incremental = true;
    };
    struct Output
    {
        analysis::AnalysisInput input;
        analysis::AnalysisResult result;
        QList<ClaimId> changed;
    };
    // previous's analysis advanced to run.input: whole, or around what changed.
    // changed: the claims whose analysis differs from job.previous'.
    static analysis::AnalysisResult analyseRun(const Run& job, QList<ClaimId>& changed);
    void start(Run run);
    void cancel();
    void launch(Run run);
    void onFinished();
    // Frees an analysis and its input that were replaced off the UI thread.
    static void retire(analysis::AnalysisResult result, analysis::AnalysisInput input);

    Applied m_applied;
    analysis::AnalysisResult m_result;
    analysis::AnalysisInput m_resultInput; // what m_result is the analysis of
    int m_backgroundFrom = 20000;
    bool m_incremental = true;
    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<Output> m_output; // written by the worker, read here once it finished
    std::optional<Run> m_queued;
    bool m_dropped = false; // the running run was superseded or cancelled
};

} // namespace corrob::ui
