// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CaseBackup.h"

#include "core/case/Case.h"
#include "ui/dialogs/Prompts.h"
#include "ui/document/CaseDocument.h"

#include <QAction>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QWidget>

#include <atomic>

namespace corrob::ui {

CaseBackup::CaseBackup(CaseDocument& document, Prompts& prompts, QWidget* window)
    : QObject(window), m_document(document), m_prompts(prompts), m_window(window),
      m_action(new QAction(tr("Back &Up…"), window))
{
    m_action->setObjectName(QStringLiteral("backUpCaseAction"));
    m_action->setStatusTip(tr("Write a checked copy of the case to another file; the case stays open"));
    connect(m_action, &QAction::triggered, this, &CaseBackup::run);
    connect(&m_document, &CaseDocument::caseOpened, this, &CaseBackup::announceUpgrade);
}

void CaseBackup::run()
{
    if (!m_document.isOpen()) {
        return;
    }
    const QFileInfo current(m_document.path());
    const QString proposed =
        current.dir().filePath(tr("%1 (backup %2).corrob")
                                   .arg(current.completeBaseName(),
                                        QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HHmmss"))));
    const QString target = m_prompts.chooseBackupPath(m_window, proposed);
    if (target.isEmpty()) {
        return;
    }
    const bool exists = QFileInfo::exists(target);
    if (exists &&
        !m_prompts.confirmDestructive(
            m_window, tr("Replace File"),
            tr("“%1” already exists. Replace it with the backup?").arg(QFileInfo(target).fileName()), tr("Replace"))) {
        return;
    }
    // The copy runs here, on the UI thread's own connection, a step at a time; events are processed between steps
    // so the progress shows and Cancel works.
    std::atomic<bool> cancelled = false;
    auto progress = m_prompts.showProgress(m_window, tr("Back Up Case"), [&cancelled] { cancelled = true; });
    const QString name = QFileInfo(target).fileName();
    auto made = m_document.backup(target, exists, [&](qint64 done, qint64 total) {
        progress->setProgress(static_cast<int>(qMin<qint64>(done, INT_MAX)),
                              static_cast<int>(qMin<qint64>(total, INT_MAX)), tr("Backing up to %1").arg(name));
        QCoreApplication::processEvents();
        if (cancelled) {
            progress->setCancelling(tr("Cancelling the backup…"));
        }
        return !cancelled;
    });
    progress.reset();
    if (!made) {
        if (!cancelled) {
            m_prompts.showError(m_window, tr("Back Up Case"),
                                tr("The backup could not be written: %1").arg(made.error().toString()));
        }
        return;
    }
    Q_EMIT backedUp(tr("The case was backed up to %1").arg(QDir::toNativeSeparators(target)));
}

void CaseBackup::announceUpgrade()
{
    const QString kept = m_document.upgradeBackupPath();
    if (kept.isEmpty()) {
        return;
    }
    const QStringList removed = kept == m_upgradeKept ? m_upgradeRemoved : QStringList();
    m_upgradeKept.clear();
    m_upgradeRemoved.clear();
    if (removed.isEmpty()) {
        m_prompts.showSummary(m_window, tr("Case Upgraded"),
                              tr("This case was upgraded to work with this version of Corroborate. The case as it was "
                                 "is kept beside it, for older versions:"),
                              {QDir::toNativeSeparators(kept)});
        return;
    }
    QStringList details{QDir::toNativeSeparators(kept)};
    for (const QString& path : removed) {
        details << QDir::toNativeSeparators(path);
    }
    m_prompts.showSummary(
        m_window, tr("Case Upgraded"),
        tr("This case was upgraded to work with this version of Corroborate. The case as it was is kept beside it, "
           "for older versions (the first file below). Only the newest %1 copies made before upgrades are kept, so "
           "%n older copy(ies) of this case (listed after it) were deleted.",
           nullptr, int(removed.size()))
            .arg(casefile::Case::kKeptUpgradeBackups),
        details);
}

void CaseBackup::noteUpgrade(const QString& kept, const QStringList& removed)
{
    m_upgradeKept = kept;
    m_upgradeRemoved = removed;
}

} // namespace corrob::ui
