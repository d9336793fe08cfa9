// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"
#include "core/suggest/Suggestion.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

class QThread;

namespace corrob::ui {

class CaseDocument;
class SuggestionWorker;

// The Suggestions dock's link to the engine (casefile::CaseSuggestions), off the UI thread. Two worker threads, each
// with its own read-only Case on the document's path and its own index: one answers "the candidates of this claim"
// (a newer request voids older answers), the other computes the review queue with progress and cancel, so a long
// queue never delays the current claim's suggestions. The index follows the case: the reports of claims that change
// are read again (CaseSuggestions::refreshReport), and everything when the case's reports change or another case
// opens. Answers come back on the UI thread as signals; nothing here waits on a worker but the destructor.
class SuggestionService : public QObject
{
    Q_OBJECT
public:
    explicit SuggestionService(CaseDocument& document, QObject* parent = nullptr);
    ~SuggestionService() override;

    // Asks for claim's best `top` candidates; candidatesReady answers (unless a newer request came first).
    void requestCandidates(ClaimId claim, int top = 12);
    // Starts computing the review queue (cancelling one under way); queueProgress, then queueReady.
    void requestQueue(int perClaim = 3);
    void cancelQueue();
    [[nodiscard]] bool isQueueRunning() const { return m_queueRunning; }

Q_SIGNALS:
    void candidatesReady(corrob::ClaimId claim, const std::vector<corrob::suggest::Candidate>& candidates,
                         const QString& error);
    void queueProgress(int done, int total);
    void queueReady(const corrob::suggest::ReviewQueue& queue, const QString& error);

private:
    void onCaseOpened();
    void onClaimRowsChanged(const QList<ClaimId>& claims);
    // Posts "read these reports again" (all, when empty) to both workers.
    void refresh(const QList<ReportId>& reports, bool all);

    CaseDocument& m_document;
    QThread* m_claimThread = nullptr;
    QThread* m_queueThread = nullptr;
    SuggestionWorker* m_claimWorker = nullptr;
    SuggestionWorker* m_queueWorker = nullptr;
    std::shared_ptr<std::atomic<int>> m_latestClaim; // the generation of the newest claim request
    std::shared_ptr<std::atomic<int>> m_latestQueue; // the generation of the newest queue; -1: cancel
    int m_claimGeneration = 0;
    int m_queueGeneration = 0;
    int m_caseGeneration = 0;
    bool m_queueRunning = false;
    QHash<ClaimId, ReportId> m_claimReports; // where each claim is, to know a removed claim's report
};

} // namespace corrob::ui
