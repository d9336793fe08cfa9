// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTextBrowser;
class QToolButton;

namespace corrob::ui {

// Help > Manual (F1), What Is a B2?, Licence: one window over the help pages bundled with the application
// (resources/help, the Qt resource folder ":/help"), readable offline. Links between pages stay in the window,
// with Back and Forward; links to the web open in the browser.
class HelpWindow : public QWidget
{
    Q_OBJECT
public:
    enum class Page
    {
        Manual,
        Grades,
        Licence,
    };

    explicit HelpWindow(QWidget* parent = nullptr);

    // Shows page (from its top) and brings the window to the front.
    void showPage(Page page);
    // The page's address ("qrc:/help/manual.html").
    [[nodiscard]] static QUrl pageUrl(Page page);
    [[nodiscard]] QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser = nullptr;
};

} // namespace corrob::ui
