// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/AnalysisTypes.h"
#include "core/case/CaseAnalysis.h"
#include "core/common/Result.h"

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
// large one. The input is plain data, so the worker touches nothing of the case (its implicitly shared strings are
// safe to read from another thread). The worker keeps an input of its own, never sharing storage with the window's
// (WorkbenchCache::analysisInput): after an edit it is handed the edits (analyseEdited), replays them on a copy of
// the input of the newest analysis and analyses around what changed, so the UI thread copies nothing of a large
// case. Edits made while a run is under way wait for it and are analysed from its result; only an analysis of the
// window's newest input is applied (result(), on the runner's thread, queued), and the claims whose analysis
// differs from the one it replaces (worked out on the worker too) are passed to `applied`. A whole input (opening,
// a reread) supersedes what is running or waiting. clear() drops the result and whatever is running or waiting.
// The destructor waits for a running run. Lives on the UI thread (docs/decisions/0012-incremental-workbench-cache.md).
class AnalysisRunner : public QObject
{
public:
    // Called after a worker's result was applied, with the claims whose analysis changed.
    using Applied = std::function<void(const QList<ClaimId>& changed)>;
    // The window's input now (WorkbenchCache::analysisInput): analysed whole when the edits cannot be replayed.
    using Current = std::function<analysis::AnalysisInput()>;

    explicit AnalysisRunner(Applied applied, Current current, QObject* parent = nullptr);
    ~AnalysisRunner() override;

    // Analyses input whole, the case's claimsAndLinks claims and links: here, returning the claims whose analysis
    // differs from the previous one, or (a large case) on the worker, returning nothing yet.
    QList<ClaimId> analyse(analysis::AnalysisInput input, qsizetype claimsAndLinks);
    // A large case as it opens: the worker reads the input itself (read, on a connection of its own, in one snapshot)
    // and analyses it whole, while this thread reads the case for the window. Once that analysis is done, confirm
    // (here) is asked whether the snapshot read (its audit head) is the one the window shows: if so it is applied,
    // with the edits made meanwhile replayed on it first; if not, or if the read failed, the window's input
    // (current()) is analysed whole instead. Supersedes what is running or waiting, as analyse() does.
    using Reader = std::function<Result<casefile::SnapshotInput>()>;
    using Confirm = std::function<bool(qint64 auditHead)>;
    void analyseRead(Reader read, Confirm confirm);
    // The window's input was changed by edits (WorkbenchCache::takeInputEdits, in order) and has claimsAndLinks
    // claims and links now: analysed here from current() around what changed, returning the claims whose analysis
    // differs, or (a large case) on the worker from the newest analysis and the edits, returning nothing yet.
    QList<ClaimId> analyseEdited(QList<analysis::InputEdit> edits, qsizetype claimsAndLinks);
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
    // An analysis and the input it is of.
    struct Analysed
    {
        analysis::AnalysisInput input;
        analysis::AnalysisResult result;
    };
    struct Run
    {
        // Whole: the input analysed whole. From edits: what `previous` is the analysis of, to which edits apply.
        analysis::AnalysisInput input;
        analysis::AnalysisResult previous; // what `changed` is worked out against
        QList<analysis::InputEdit> edits;
        bool fromEdits = false;
        bool incremental = true;
        quint64 generation = 0;
        Reader read{};                  // when set, input is read by it on the worker
        QList<ClaimId> changedBefore{}; // from edits on an analysis not applied yet: what changed up to it
    };
    struct Output
    {
        Analysed analysed;
        QList<ClaimId> changed;
        qsizetype edits = 0; // how many of m_edits the run replayed
        quint64 generation = 0;
        bool read = false; // the run read its input
        bool readFailed = false;
        qint64 auditHead = 0; // of the snapshot read
    };
    // Runs job on this thread: its analysis, and the claims whose analysis differs from job.previous'.
    static Output analyseRun(Run job);
    // Drops what runs (its output, when it comes) and whatever waits: the input, edits and analysis not applied.
    void supersede();
    void launchNext();
    void launch(Run run);
    void onFinished();
    // Frees an analysis and its input that were replaced off the UI thread.
    static void retire(Analysed analysed);

    Applied m_applied;
    Current m_current;
    analysis::AnalysisResult m_result;
    analysis::AnalysisInput m_resultInput; // what m_result is the analysis of
    // The newest analysis worked out but not applied, since edits followed it, and the claims whose analysis
    // differs between m_result and it.
    std::optional<Analysed> m_ahead;
    QList<ClaimId> m_aheadChanged;
    // A whole input waiting for the worker; the edits after it, or after the newest analysis (m_ahead, else
    // m_result), waiting to be replayed.
    std::optional<analysis::AnalysisInput> m_whole;
    Reader m_read;     // instead of m_whole: the input read on the worker
    Confirm m_confirm; // for the input m_read reads, or the running run read

    QList<analysis::InputEdit> m_edits;
    int m_backgroundFrom = 20000;
    bool m_incremental = true;
    quint64 m_generation = 0; // a run of an older generation was superseded: its output is dropped
    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<Output> m_output; // written by the worker, read here once it finished
};

} // namespace corrob::ui
