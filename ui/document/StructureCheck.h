// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class QThread;

namespace corrob::ui {

// Checks the structure of the case the window opened (casefile::Case::checkStructure: SQLite's quick_check, which
// reads the whole file) on a worker thread with a read-only connection of its own, a moment after it opened, so a
// large case opens as fast as before. corroborate-cli checks before every change; the window wrote into a damaged
// file without a word. Lives on the UI thread; one check at a time, a newer one voiding the older.
class StructureCheck : public QObject
{
    Q_OBJECT
public:
    explicit StructureCheck(QObject* parent = nullptr);
    ~StructureCheck() override;

    // Checks the case at path after delayMs (voiding any check not reported yet).
    void start(const QString& path, int delayMs = kDelayMs);
    // Voids the check under way: it reports nothing.
    void cancel();
    // Voids it and waits until the worker has closed its connection (the case closes: its last connection must be
    // the window's, so that closing it checkpoints the log into the file).
    void stop();

    static constexpr int kDelayMs = 1500;

Q_SIGNALS:
    // The case at path is damaged: what the check found, as the CLI says it.
    void damaged(const QString& path, const QString& message);

private:
    void run();
    void finish(quint64 generation, const QString& message);

    QTimer m_timer;
    QString m_path;
    quint64 m_generation = 0;
    std::unique_ptr<QThread> m_thread;
};

} // namespace corrob::ui
