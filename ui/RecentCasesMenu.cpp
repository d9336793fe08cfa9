// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/RecentCasesMenu.h"

#include "ui/RecentCases.h"

#include <QDir>
#include <QFileInfo>

namespace corrob::ui {

RecentCasesMenu::RecentCasesMenu(RecentCases& cases, QWidget* parent)
    // Clear Recent belongs to the window, not the menu: QMenu::clear() deletes the actions the menu owns.
    : QMenu(tr("Open &Recent"), parent), m_cases(cases), m_clear(new QAction(tr("Clear Recent"), parent))
{
    setObjectName(QStringLiteral("openRecentMenu"));
    m_clear->setObjectName(QStringLiteral("clearRecentAction"));
    connect(m_clear, &QAction::triggered, this, [this] {
        m_cases.clear();
        refresh();
    });
    connect(this, &QMenu::aboutToShow, this, &RecentCasesMenu::refresh);
}

void RecentCasesMenu::refresh()
{
    const QStringList paths = m_cases.paths(); // stat() only: a recent case is never opened to be listed
    clear();
    for (int i = 0; i < paths.size(); ++i) {
        const QFileInfo info(paths[i]);
        // "&1 Name.corrob": a digit to pick it from the keyboard; '&' in a file name must not become one.
        QString label = info.fileName().replace(u'&', QStringLiteral("&&"));
        if (i < 9) {
            label = QStringLiteral("&%1  %2").arg(i + 1).arg(label);
        }
        QAction* action = addAction(label);
        action->setData(paths[i]);
        action->setToolTip(QDir::toNativeSeparators(paths[i]));
        action->setStatusTip(QDir::toNativeSeparators(paths[i]));
        connect(action, &QAction::triggered, this, [this, path = paths[i]] { Q_EMIT openRequested(path); });
    }
    if (paths.isEmpty()) {
        addAction(tr("No Recent Cases"))->setEnabled(false);
    }
    addSeparator();
    addAction(m_clear);
    m_clear->setEnabled(!paths.isEmpty());
    Q_EMIT listChanged(paths);
}

} // namespace corrob::ui
