// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;

namespace corrob::ui {

// What the window shows while no case is open: what Corroborate does, buttons to create, open or try a case,
// and the recent cases to reopen with a click.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);

    // The cases listed under "Recent cases" (hidden when empty).
    void setRecentCases(const QStringList& paths);

Q_SIGNALS:
    void newCaseRequested();
    void openCaseRequested();
    void openSampleCaseRequested();
    void openRecentCaseRequested(const QString& path);

private:
    QLabel* m_recentLabel = nullptr;
    QListWidget* m_recentList = nullptr;
};

} // namespace corrob::ui
