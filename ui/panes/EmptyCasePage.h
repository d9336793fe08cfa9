// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QLabel;

namespace corrob::ui {

// What the window shows while the open case has no reports: how to add some, with a button for each action
// given (Import Files…, Import Folder…, Paste as New Report) and a reminder that files can be dropped here. The
// buttons follow their actions' text and enabled state.
class EmptyCasePage : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyCasePage(const QList<QAction*>& actions, QWidget* parent = nullptr);

    // The heading names the case ("Bucha has no reports yet").
    void setCaseTitle(const QString& title);

private:
    QLabel* m_heading = nullptr;
};

} // namespace corrob::ui
