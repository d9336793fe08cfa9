// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>

class QDockWidget;
class QMainWindow;
class QSize;
class QWidget;

namespace corrob::ui {

// The workbench's docks and where they go: reading gets the width; the Case list, Sources and Tags share the left
// column's top (tabbed) above the Inspector; the Claims table, Notes and History share the bottom row (tabbed)
// beside the Analysis. Sizes the first run's layout to the window, hides the docks while the start page shows and
// brings them back as they were, and saves and restores the layout (its state carries a version: a layout saved
// by a build with other docks is not applied). Further docks go beside the Inspector (addTabbed): the left column's
// two tab groups keep every tab's whole name in a 380-pixel column, in English and German.
class DockLayout final : public QObject
{
    Q_OBJECT
public:
    // The docks in the order an investigator works (Alt+1 …): reports, claims, the selected item, its analysis,
    // then the rest.
    enum class Dock
    {
        Case,
        Claims,
        Inspector,
        Analysis,
        Sources,
        Tags,
        Notes,
        History,
    };
    // What each standard dock holds.
    struct Contents
    {
        QWidget* caseList = nullptr;
        QWidget* claims = nullptr;
        QWidget* inspector = nullptr;
        QWidget* analysis = nullptr;
        QWidget* sources = nullptr;
        QWidget* tags = nullptr;
        QWidget* notes = nullptr;
        QWidget* history = nullptr;
    };

    // Makes the standard docks in window and arranges them.
    DockLayout(QMainWindow& window, const Contents& contents);

    // Another dock, tabbed with beside; it comes after the standard ones in docksByUse().
    QDockWidget* addTabbed(QWidget* content, const QString& title, const char* name, Dock beside);

    [[nodiscard]] QDockWidget* dock(Dock which) const;
    // Every dock, in the order made (the View menu lists them so).
    [[nodiscard]] const QList<QDockWidget*>& docks() const { return m_docks; }
    // The standard docks in Dock's order, then the added ones.
    [[nodiscard]] const QList<QDockWidget*>& docksByUse() const { return m_byUse; }

    // Gives the left column and the bottom row a share of a window of that size, within bounds that keep the
    // docks usable on a laptop screen and the reports wide on a large one.
    void sizeFor(const QSize& window);
    // Hides every dock (remembering the layout) or brings them back as they were.
    void setShown(bool shown);
    [[nodiscard]] bool isShown() const { return m_shown; }
    // The layout to keep (as it was before the docks were hidden, if they are) and one to restore; false when the
    // saved one is not applied.
    [[nodiscard]] QByteArray saveState() const;
    bool restoreState(const QByteArray& state);
    // Brings which to the front of its tab group when one of lookups (tabbed with it) is there and does not have
    // the focus: a dock looked at and left (Search, Entities) gives the place back to the Inspector.
    void raiseOver(Dock which, const QList<QDockWidget*>& lookups);

protected:
    // Keeps the left column as wide as the user left it: a window shrunk (Qt narrows the docks once the reports
    // cannot give more) and grown again gives the column its width back; Qt would give it all to the reports.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QDockWidget* add(QWidget* content, const QString& title, const char* name, int area);
    // A dock of the left column in sight, or nullptr.
    [[nodiscard]] QDockWidget* leftColumn() const;

    QMainWindow& m_window;
    QList<QDockWidget*> m_docks;
    QList<QDockWidget*> m_byUse;
    bool m_shown = true;
    QByteArray m_hiddenState; // the layout while the start page hides the docks
    int m_leftWidth = 0;      // the Case dock's width as the user (or the layout) last set it, not a window resize
    int m_windowWidth = 0;    // the window's width as last seen, to tell a window resize from a user's drag
};

} // namespace corrob::ui
