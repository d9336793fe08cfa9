// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QObject>
#include <QString>
#include <QStringList>

class QWidget;

namespace corrob::ui {

class Prompts;

// Upgrades an old case before the window opens it (CaseDocument::setUpgrader): the copy of the case as it was and the
// migrations (casefile::upgradeCase, which builds the search index of a case from before it) run on a worker thread
// with their own connection, while a progress dialog says how far they are. The window keeps painting meanwhile (an
// event loop runs, without the user's input, so nothing else starts on the case until it is open). The guarantees
// are upgradeCase's: no copy, no upgrade; on failure the case is as it was. Lives on the UI thread.
class CaseUpgrader : public QObject
{
    Q_OBJECT

public:
    CaseUpgrader(Prompts& prompts, QWidget* window);

    // Upgrades the case at path; returns where the case as it was is kept (empty: nothing needed upgrading).
    Result<QString> run(const QString& path);

Q_SIGNALS:
    // run upgraded a case: the case as it was is kept at kept; removed are the older copies of it made before earlier
    // upgrades that were deleted to keep only the newest few (casefile::Case::kKeptUpgradeBackups).
    void upgraded(const QString& kept, const QStringList& removed);

private:
    Prompts& m_prompts;
    QWidget* m_window;
};

} // namespace corrob::ui
