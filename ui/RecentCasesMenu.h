// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>
#include <QStringList>

namespace corrob::ui {

class RecentCases;

// File > Open Recent: the cases opened lately ("&1  Name.corrob", the path in the tooltip), "No Recent Cases" when
// there are none, and Clear Recent. Refilled each time it opens, since files may have gone meanwhile.
class RecentCasesMenu final : public QMenu
{
    Q_OBJECT
public:
    RecentCasesMenu(RecentCases& cases, QWidget* parent);

    // Fills the menu again from the list (after a case was opened, or one was found missing) and announces it.
    void refresh();

Q_SIGNALS:
    // The user picked a case.
    void openRequested(const QString& path);
    // The list as refresh() found it, most recent first (the start page shows it too).
    void listChanged(const QStringList& paths);

private:
    RecentCases& m_cases;
    QAction* m_clear = nullptr;
};

} // namespace corrob::ui
