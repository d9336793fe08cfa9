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
// O(set size²). Pure; safe on any thread.
QList<ClaimId> claimsWhoseAnalysisChanged(const analysis::AnalysisResult& before,
                                          const analysis::AnalysisResult& after);

// Runs the corroboration analysis on a worker thread, one run at a time. The input is plain data (copied, its
// implicitly shared strings are safe to read from another thread), so the worker touches nothing of the case.
// start() while a run is under way queues the new input (replacing a queued one) and drops the running run's
// result: only the newest input's result is delivered, to `done`, on the runner's thread (queued), with the
// claims whose analysis differs from `previous` (worked out on the worker too). cancel() drops whatever is
// running or queued. The destructor waits for a running run. Lives on the UI thread.
class AnalysisRunner : public QObject
{
public:
    using Done = std::function<void(analysis::AnalysisResult, const QList<ClaimId>& changed)>;

    explicit AnalysisRunner(Done done, QObject* parent = nullptr);
    ~AnalysisRunner() override;

    // previous: the analysis the result will replace (copied: its lists are implicitly shared).
    void start(analysis::AnalysisInput input, analysis::AnalysisResult previous);
    void cancel();
    // A run is under way or queued: a result is still to come (unless cancelled).
    [[nodiscard]] bool isBusy() const { return m_thread != nullptr; }

private:
    struct Run
    {
        analysis::AnalysisInput input;
        analysis::AnalysisResult previous;
    };
    struct Output
    {
        analysis::AnalysisResult result;
        QList<ClaimId> changed;
    };
    void launch(Run run);
    void onFinished();

    Done m_done;
    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<Output> m_output; // written by the worker, read here once it finished
    std::optional<Run> m_queued;
    bool m_dropped = false; // the running run was superseded or cancelled
};

} // namespace corrob::ui
