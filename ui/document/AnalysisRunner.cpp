// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/AnalysisRunner.h"

#include "core/analysis/CorroborationAnalysis.h"

#include <QThread>

namespace corrob::ui {

AnalysisRunner::AnalysisRunner(Done done, QObject* parent) : QObject(parent), m_done(std::move(done))
{
}

AnalysisRunner::~AnalysisRunner()
{
    if (m_thread) {
        m_thread->wait();
    }
}

void AnalysisRunner::start(analysis::AnalysisInput input)
{
    if (m_thread) {
        // The run under way describes a case that no longer exists: let it end, then analyse the newest input.
        m_queued = std::move(input);
        m_dropped = true;
        return;
    }
    launch(std::move(input));
}

void AnalysisRunner::cancel()
{
    m_queued.reset();
    m_dropped = m_thread != nullptr;
}

void AnalysisRunner::launch(analysis::AnalysisInput input)
{
    m_dropped = false;
    auto result = std::make_shared<analysis::AnalysisResult>();
    m_result = result;
    m_thread.reset(
        QThread::create([input = std::move(input), result] { *result = analysis::analyzeCorroboration(input); }));
    m_thread->setObjectName(QStringLiteral("analysisWorker"));
    connect(m_thread.get(), &QThread::finished, this, &AnalysisRunner::onFinished, Qt::QueuedConnection);
    m_thread->start(QThread::LowPriority);
}

void AnalysisRunner::onFinished()
{
    m_thread->wait(); // returns at once: the thread has finished
    m_thread.reset();
    const std::shared_ptr<analysis::AnalysisResult> result = std::move(m_result);
    if (m_queued) {
        analysis::AnalysisInput next = std::move(*m_queued);
        m_queued.reset();
        launch(std::move(next));
        return;
    }
    if (!m_dropped) {
        m_done(std::move(*result));
    }
    m_dropped = false;
}

} // namespace corrob::ui
