// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace corrob::ui {

// What the window shows while no case is open: what Corroborate does, the sample case to try (and to reset once
// it has been edited), buttons to create or open a case, the recent cases to reopen with a click, and the way to
// the manual. A column of readable width, centred, whose labels wrap to any window size; a window too small for
// it scrolls.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);

    // The cases listed under "Recent cases" (hidden when empty).
    void setRecentCases(const QStringList& paths);
    // Whether the sample case exists (and so can be reset): shows the reset button.
    void setSampleCaseExists(bool exists);

Q_SIGNALS:
    void newCaseRequested();
    void openCaseRequested();
    void openSampleCaseRequested();
    void resetSampleCaseRequested();
    void manualRequested();
    void openRecentCaseRequested(const QString& path);

private:
    QLabel* m_recentLabel = nullptr;
    QListWidget* m_recentList = nullptr;
    bool m_openingRecent = false; // a click's opening is on its way: the double click's second click is no other
    QPushButton* m_resetSampleButton = nullptr;
};

} // namespace corrob::ui
