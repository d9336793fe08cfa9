// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/suggest/SuggestionService.h"

#include "core/case/Case.h"
#include "core/case/CaseSuggestions.h"
#include "ui/document/CaseDocument.h"

#include <QPointer>
#include <QSet>
#include <QThread>

namespace corrob::ui {

// Lives on a worker thread: a read-only connection to the case and the suggestions over it, made again when the
// document opens another case (or the same one again). Every call runs there, posted by the service.
class SuggestionWorker : public QObject
{
public:
    casefile::CaseSuggestions* at(const QString& path, int caseGeneration)
    {
        if (path.isEmpty()) {
            reset();
            return nullptr;
        }
        if (!m_case || m_generation != caseGeneration || m_case->path() != path) {
            reset();
            auto opened = casefile::Case::open(path, {}, casefile::Case::Access::ReadOnly);
            if (!opened) {
                m_error = opened.error().toString();
                return nullptr;
            }
            m_case = std::move(opened.value());
            m_suggestions = std::make_unique<casefile::CaseSuggestions>(*m_case);
            m_generation = caseGeneration;
        }
        return m_suggestions.get();
    }
    void reset()
    {
        m_suggestions.reset();
        m_case.reset();
    }
    // Reads reports again, or drops the index (it is built again at the next query) when all.
    void refresh(const QList<ReportId>& reports, bool all, int caseGeneration)
    {
        if (!m_suggestions || m_generation != caseGeneration) {
            return; // made afresh at the next query
        }
        if (all) {
            m_suggestions = std::make_unique<casefile::CaseSuggestions>(*m_case);
            return;
        }
        if (!m_suggestions->isBuilt()) {
            return;
        }
        for (const ReportId report : reports) {
            if (!m_suggestions->refreshReport(report)) {
                m_suggestions = std::make_unique<casefile::CaseSuggestions>(*m_case);
                return;
            }
        }
    }
    [[nodiscard]] const QString& error() const { return m_error; }

private:
    std::unique_ptr<casefile::Case> m_case;
    std::unique_ptr<casefile::CaseSuggestions> m_suggestions;
    int m_generation = -1;
    QString m_error;
};

SuggestionService::SuggestionService(CaseDocument& document, QObject* parent)
    : QObject(parent), m_document(document), m_latestClaim(std::make_shared<std::atomic<int>>(0)),
      m_latestQueue(std::make_shared<std::atomic<int>>(0))
{
    auto start = [this](QThread*& thread, SuggestionWorker*& worker, const char* name) {
        thread = new QThread(this);
        thread->setObjectName(QString::fromLatin1(name));
        worker = new SuggestionWorker;
        worker->moveToThread(thread);
        connect(thread, &QThread::finished, worker, &QObject::deleteLater);
        thread->start(QThread::LowPriority);
    };
    start(m_claimThread, m_claimWorker, "suggestionWorker");
    start(m_queueThread, m_queueWorker, "reviewQueueWorker");
    connect(&document, &CaseDocument::caseOpened, this, &SuggestionService::onCaseOpened);
    connect(&document, &CaseDocument::caseClosed, this, [this] {
        ++m_caseGeneration;
        m_claimReports.clear();
        cancelQueue();
    });
    connect(&document, &CaseDocument::reportsChanged, this, [this] { refresh({}, true); });
    connect(&document, &CaseDocument::cacheReloaded, this, [this] { refresh({}, true); });
    connect(&document, &CaseDocument::claimRowsChanged, this, &SuggestionService::onClaimRowsChanged);
    if (document.isOpen()) {
        onCaseOpened();
    }
}

SuggestionService::~SuggestionService()
{
    m_latestClaim->store(-1);
    m_latestQueue->store(-1);
    for (QThread* thread : {m_claimThread, m_queueThread}) {
        thread->quit();
        thread->wait();
    }
}

void SuggestionService::onCaseOpened()
{
    ++m_caseGeneration;
    m_claimReports.clear();
    for (const model::Claim& claim : m_document.cache().claims()) {
        m_claimReports.insert(claim.id, claim.report);
    }
}

void SuggestionService::onClaimRowsChanged(const QList<ClaimId>& claims)
{
    QList<ReportId> reports;
    QSet<ReportId> listed; // all 50,000 claims after a large case's analysis: no scan of the list per claim
    for (const ClaimId id : claims) {
        ReportId report = m_claimReports.value(id);
        if (const model::Claim* claim = m_document.cache().claim(id)) {
            if (report.isValid() && report != claim->report && !listed.contains(report)) {
                listed.insert(report);
                reports.append(report);
            }
            report = claim->report;
            m_claimReports.insert(id, report);
        } else {
            m_claimReports.remove(id);
        }
        if (report.isValid() && !listed.contains(report)) {
            listed.insert(report);
            reports.append(report);
        }
    }
    if (!reports.isEmpty()) {
        refresh(reports, false);
    }
}

void SuggestionService::refresh(const QList<ReportId>& reports, bool all)
{
    const int generation = m_caseGeneration;
    for (SuggestionWorker* worker : {m_claimWorker, m_queueWorker}) {
        QMetaObject::invokeMethod(worker,
                                  [worker, reports, all, generation] { worker->refresh(reports, all, generation); });
    }
}

void SuggestionService::requestCandidates(ClaimId claim, int top)
{
    const int generation = ++m_claimGeneration;
    m_latestClaim->store(generation);
    const QString path = m_document.isOpen() ? m_document.path() : QString();
    if (!claim.isValid() || path.isEmpty()) {
        Q_EMIT candidatesReady(claim, {}, {});
        return;
    }
    QPointer<SuggestionService> self(this);
    SuggestionWorker* worker = m_claimWorker;
    auto latest = m_latestClaim;
    const int caseGeneration = m_caseGeneration;
    QMetaObject::invokeMethod(worker, [self, worker, latest, generation, claim, top, path, caseGeneration] {
        if (latest->load() != generation) {
            return; // a newer request is on its way
        }
        std::vector<suggest::Candidate> candidates;
        QString error;
        if (casefile::CaseSuggestions* suggestions = worker->at(path, caseGeneration)) {
            auto found = suggestions->forClaim(claim, top);
            if (found) {
                candidates = std::move(found.value());
            } else {
                error = found.error().toString();
            }
        } else {
            error = worker->error();
        }
        if (latest->load() != generation || !self) {
            return;
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, latest, generation, claim, candidates = std::move(candidates), error] {
                if (self && latest->load() == generation) {
                    Q_EMIT self->candidatesReady(claim, candidates, error);
                }
            },
            Qt::QueuedConnection);
    });
}

void SuggestionService::requestQueue(int perClaim)
{
    const int generation = ++m_queueGeneration;
    m_latestQueue->store(generation);
    const QString path = m_document.isOpen() ? m_document.path() : QString();
    if (path.isEmpty()) {
        m_queueRunning = false;
        Q_EMIT queueReady({}, {});
        return;
    }
    m_queueRunning = true;
    QPointer<SuggestionService> self(this);
    SuggestionWorker* worker = m_queueWorker;
    auto latest = m_latestQueue;
    const int caseGeneration = m_caseGeneration;
    QMetaObject::invokeMethod(worker, [self, worker, latest, generation, perClaim, path, caseGeneration] {
        if (latest->load() != generation) {
            return;
        }
        suggest::ReviewQueue queue;
        QString error;
        int shown = -1; // the last percentage posted: progress goes back at most a hundred times
        auto progress = [&](int done, int total) {
            const int percent = total > 0 ? done * 100 / total : 100;
            if (percent != shown && self) {
                shown = percent;
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, latest, generation, done, total] {
                        if (self && latest->load() == generation) {
                            Q_EMIT self->queueProgress(done, total);
                        }
                    },
                    Qt::QueuedConnection);
            }
            return latest->load() == generation;
        };
        if (casefile::CaseSuggestions* suggestions = worker->at(path, caseGeneration)) {
            auto built = suggestions->isBuilt() ? Result<bool>(true) : suggestions->build(progress);
            if (!built) {
                error = built.error().toString();
            } else if (!built.value()) {
                queue.cancelled = true;
            } else {
                auto found = suggestions->reviewQueue(perClaim, progress);
                if (found) {
                    queue = std::move(found.value());
                } else {
                    error = found.error().toString();
                }
            }
        } else {
            error = worker->error();
        }
        if (latest->load() != generation && latest->load() != -2) {
            return; // a newer queue replaces this one
        }
        if (!self) {
            return;
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, queue = std::move(queue), error] {
                if (self && self->m_queueGeneration == generation) {
                    self->m_queueRunning = false;
                    Q_EMIT self->queueReady(queue, error);
                }
            },
            Qt::QueuedConnection);
    });
}

void SuggestionService::cancelQueue()
{
    if (!m_queueRunning) {
        return;
    }
    // The worker stops at its next progress call and answers with what it has, marked cancelled.
    m_latestQueue->store(-2);
}

} // namespace corrob::ui
