// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/dialogs/Prompts.h"

#include <QCoreApplication>

#include <chrono>

namespace corrob::ui {

// Prompts as Qt dialogs: FileDialogs (which never read the files they list) for case files ("Corroborate cases
// (*.corrob)") and files to import, QInputDialog for a title, QMessageBox for messages, SummaryDialog for outcomes with
// details, and a QProgressDialog that is not modal for progress.
class QtPrompts final : public Prompts
{
    Q_DECLARE_TR_FUNCTIONS(QtPrompts)

public:
    // progressDelay: how long a task runs before its progress dialog shows (QProgressDialog::minimumDuration), so
    // that short tasks finish without a dialog flashing up. Tests pass 0 to see the dialog at once.
    explicit QtPrompts(std::chrono::milliseconds progressDelay = kProgressDelay) : m_progressDelay(progressDelay) {}
    static constexpr std::chrono::milliseconds kProgressDelay{400};

    QString chooseCaseToOpen(QWidget* parent, const QString& folder) override;
    QString chooseNewCasePath(QWidget* parent, const QString& folder) override;
    QStringList chooseFilesToImport(QWidget* parent, const QString& folder) override;
    QString chooseFolderToImport(QWidget* parent, const QString& folder) override;
    QString chooseExportPath(QWidget* parent, const QString& formatLabel, const QString& proposedPath,
                             const QString& suffix) override;
    QString chooseAnnotationsToImport(QWidget* parent, const QString& folder) override;
    QString chooseExchangeExportPath(QWidget* parent, const QString& caption, const QString& folder,
                                     const QString& filter, const QString& suffix,
                                     const QString& proposedName) override;
    std::optional<QString> askReportTitle(QWidget* parent, const QString& suggested) override;
    std::unique_ptr<TaskProgress> showProgress(QWidget* parent, const QString& title,
                                               std::function<void()> cancel) override;
    void showError(QWidget* parent, const QString& title, const QString& message) override;
    void showSummary(QWidget* parent, const QString& title, const QString& message,
                     const QStringList& details) override;
    void showAbout(QWidget* parent, const QString& title, const QString& text) override;
    std::optional<QColor> chooseColour(QWidget* parent, const QString& title, const QColor& initial) override;
    bool askOpenReadOnly(QWidget* parent, const QString& path, const QString& holder) override;

    // The name New Case proposes in folder: "Untitled case.corrob", or "Untitled case 2.corrob"… when taken.
    static QString unusedCaseName(const QString& folder);
    std::optional<LinkChoice> chooseLink(QWidget* parent, const QString& from,
                                         const QList<LinkCandidate>& candidates) override;
    std::optional<model::LinkType> chooseLinkType(QWidget* parent, const QPoint& globalPos,
                                                  const QString& question) override;
    bool confirmDestructive(QWidget* parent, const QString& title, const QString& message,
                            const QString& acceptText) override;
    QString chooseBackupPath(QWidget* parent, const QString& proposedPath) override;

private:
    std::chrono::milliseconds m_progressDelay;
};

} // namespace corrob::ui
