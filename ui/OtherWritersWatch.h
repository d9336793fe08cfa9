// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMainWindow;
class QWidget;

namespace corrob::ui {

class CaseDocument;
class ImportController;

// Shows the case as another program (corroborate-cli in a terminal) left it: when the window becomes active again
// (look), and every kInterval while it shows the case, unless a dialog or a menu is open, an import runs, or the focus
// is in a field that may hold what the user is typing (rereading the case refills the Inspector's fields; a filter or
// a search field keeps its text, and is waited for only until kTypingPause has passed since its last keystroke). Says
// so in the window's status bar.
class OtherWritersWatch : public QObject
{
    Q_OBJECT

public:
    static constexpr int kInterval = 2500;    // ms
    static constexpr int kTypingPause = 4000; // ms

    OtherWritersWatch(CaseDocument& document, const ImportController& import, QMainWindow& window);

    // Looks now (the window became active again).
    void look();

private:
    void lookWhenIdle();
    // Whether the focus is in a field whose text a rereading of the case could replace or disturb while typed in.
    [[nodiscard]] static bool mayBeTypingIn(const QWidget* focus);

    CaseDocument& m_document;
    const ImportController& m_import;
    QMainWindow& m_window;
};

} // namespace corrob::ui
