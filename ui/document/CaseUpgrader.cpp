// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/CaseUpgrader.h"

#include "core/case/CaseUpgrade.h"
#include "ui/dialogs/Prompts.h"

#include <QEventLoop>
#include <QThread>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <atomic>
#include <limits>
#include <memory>
#include <optional>

namespace corrob::ui {
namespace {

// What the worker reports, read by the UI thread's timer; the outcome is read once the worker finished.
struct Shared
{
    std::atomic<int> phase{int(casefile::UpgradeProgress::Phase::Backup)};
    std::atomic<int> step{0};
    std::atomic<int> steps{0};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<bool> cancel{false}; // the user pressed Cancel: the worker stops at its next progress
    std::optional<Result<QString>> outcome;
    QStringList removed; // older copies the upgrade deleted
};

int clamped(qint64 n)
{
    return static_cast<int>(std::clamp<qint64>(n, 0, std::numeric_limits<int>::max()));
}

} // namespace

CaseUpgrader::CaseUpgrader(Prompts& prompts, QWidget* window) : QObject(window), m_prompts(prompts), m_window(window)
{
}

Result<QString> CaseUpgrader::run(const QString& path)
{
    auto shared = std::make_shared<Shared>();
    std::unique_ptr<QThread> worker(QThread::create([shared, path] {
        auto kept = casefile::upgradeCase(path, [&s = *shared](const casefile::UpgradeProgress& p) {
            s.phase = int(p.phase);
            s.step = p.step;
            s.steps = p.steps;
            s.done = p.done;
            s.total = p.total;
            return !s.cancel.load();
        });
        if (kept) {
            shared->removed = kept->removed;
            shared->outcome.emplace(kept->path);
        } else {
            shared->outcome.emplace(kept.error());
        }
    }));
    worker->setObjectName(QStringLiteral("caseUpgradeWorker"));

    // Cancel stops the worker at its next progress: the copy being made is removed, or the migrations (one
    // transaction) roll back when the running one ends; either way the case is exactly as it was.
    std::unique_ptr<TaskProgress> progress;
    progress = m_prompts.showProgress(m_window, tr("Upgrade Case"), [&progress, &shared] {
        if (!shared->cancel.exchange(true) && progress) {
            progress->setCancelling(tr("Cancelling the upgrade; the case stays as it was…"));
        }
    });
    auto show = [&progress, &shared] {
        if (shared->cancel) {
            return; // the progress says it is cancelling
        }
        if (shared->phase == int(casefile::UpgradeProgress::Phase::Backup)) {
            progress->setProgress(clamped(shared->done), clamped(shared->total),
                                  tr("Keeping a copy of the case as it was…"));
        } else {
            progress->setProgress(clamped(shared->done), clamped(shared->total),
                                  tr("Upgrading the case for this version of Corroborate (step %1 of %2)…")
                                      .arg(shared->step.load())
                                      .arg(shared->steps.load()));
        }
    };
    show();
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(50);
    connect(&poll, &QTimer::timeout, &loop, show);
    connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    worker->start();
    poll.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    worker->wait();
    show();
    if (shared->cancel && shared->outcome && !shared->outcome->ok()) {
        // Said in the window's words: the worker's error names the same outcome in core's.
        return Error{ErrorCode::Io, tr("The upgrade was cancelled: the case was not changed and is not open."), path};
    }
    if (shared->outcome && shared->outcome->ok() && !shared->outcome->value().isEmpty()) {
        Q_EMIT upgraded(shared->outcome->value(), shared->removed);
    }
    return shared->outcome.value_or(Error{ErrorCode::Database, tr("the case upgrade stopped unexpectedly"), path});
}

} // namespace corrob::ui
