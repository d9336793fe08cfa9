// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/StructureCheck.h"

#include "core/case/Case.h"

#include <QThread>

namespace corrob::ui {

StructureCheck::StructureCheck(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &StructureCheck::run);
}

StructureCheck::~StructureCheck()
{
    cancel();
    if (m_thread) {
        m_thread->wait(); // its connection closes before the window goes
    }
}

void StructureCheck::start(const QString& path, int delayMs)
{
    cancel();
    m_path = path;
    m_timer.start(delayMs);
}

void StructureCheck::cancel()
{
    m_timer.stop();
    ++m_generation;
}

void StructureCheck::stop()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
    }
}

void StructureCheck::run()
{
    if (m_thread) {
        if (!m_thread->isFinished()) {
            m_timer.start(kDelayMs); // the previous one still reads: look again later
            return;
        }
        m_thread->wait();
    }
    const quint64 generation = m_generation;
    const QString path = m_path;
    // The destructor waits for the worker, so this outlives it; a result posted to a deleted object is dropped.
    m_thread.reset(QThread::create([this, generation, path] {
        QString message;
        auto opened = casefile::Case::open(path, {}, casefile::Case::Access::ReadOnly);
        if (opened) {
            if (const Status sound = opened.value()->checkStructure(); !sound) {
                message = sound.error().message;
            }
        } // a case that no longer opens says so at the window's next read
        QMetaObject::invokeMethod(
            this, [this, generation, message] { finish(generation, message); }, Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("structureCheckWorker"));
    m_thread->start(QThread::LowPriority);
}

void StructureCheck::finish(quint64 generation, const QString& message)
{
    if (generation != m_generation || message.isEmpty()) {
        return;
    }
    Q_EMIT damaged(m_path, message);
}

} // namespace corrob::ui
