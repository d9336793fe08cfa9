// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/DockLayout.h"

#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QResizeEvent>

#include <algorithm>

namespace corrob::ui {

namespace {

constexpr int kStateVersion = 3; // 3: Suggestions and Search beside the Inspector, not the Case list

} // namespace

DockLayout::DockLayout(QMainWindow& window, const Contents& contents) : QObject(&window), m_window(window)
{
    window.setDockNestingEnabled(true);
    window.installEventFilter(this); // a window grown again gives the left column its width back
    window.setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    window.setCorner(Qt::BottomRightCorner, Qt::BottomDockWidgetArea);
    QDockWidget* caseDock = add(contents.caseList, tr("Case"), "caseDock", Qt::LeftDockWidgetArea);
    QDockWidget* sourcesDock = add(contents.sources, tr("Sources"), "sourcesDock", Qt::LeftDockWidgetArea);
    QDockWidget* tagsDock = add(contents.tags, tr("Tags"), "tagsDock", Qt::LeftDockWidgetArea);
    QDockWidget* inspectorDock = add(contents.inspector, tr("Inspector"), "inspectorDock", Qt::LeftDockWidgetArea);
    QDockWidget* claimsDock = add(contents.claims, tr("Claims"), "claimsDock", Qt::BottomDockWidgetArea);
    QDockWidget* analysisDock = add(contents.analysis, tr("Analysis"), "analysisDock", Qt::BottomDockWidgetArea);
    QDockWidget* notesDock = add(contents.notes, tr("Notes"), "notesDock", Qt::BottomDockWidgetArea);
    QDockWidget* historyDock = add(contents.history, tr("History"), "historyDock", Qt::BottomDockWidgetArea);
    window.splitDockWidget(caseDock, inspectorDock, Qt::Vertical);
    window.tabifyDockWidget(caseDock, sourcesDock);
    window.tabifyDockWidget(sourcesDock, tagsDock);
    caseDock->raise();
    window.splitDockWidget(claimsDock, analysisDock, Qt::Horizontal);
    window.tabifyDockWidget(claimsDock, notesDock);
    window.tabifyDockWidget(notesDock, historyDock);
    claimsDock->raise();
    m_byUse = {caseDock, claimsDock, inspectorDock, analysisDock, sourcesDock, tagsDock, notesDock, historyDock};
}

QDockWidget* DockLayout::add(QWidget* content, const QString& title, const char* name, int area)
{
    auto* dock = new QDockWidget(title, &m_window);
    dock->setObjectName(QString::fromLatin1(name)); // saveState/restoreState find docks by name
    dock->installEventFilter(this);                 // the left column's width, as the user leaves it
    dock->setWidget(content);
    m_window.addDockWidget(Qt::DockWidgetArea(area), dock);
    m_docks.append(dock);
    return dock;
}

QDockWidget* DockLayout::addTabbed(QWidget* content, const QString& title, const char* name, Dock beside)
{
    QDockWidget* besideDock = dock(beside);
    QDockWidget* added = add(content, title, name, m_window.dockWidgetArea(besideDock));
    m_window.tabifyDockWidget(besideDock, added);
    besideDock->raise();
    m_byUse.append(added);
    return added;
}

QDockWidget* DockLayout::dock(Dock which) const
{
    return m_byUse.at(int(which));
}

void DockLayout::sizeFor(const QSize& window)
{
    const int left = std::clamp(window.width() * 30 / 100, 380, 440); // the Case list needs 380 for its titles
    const int bottom = std::clamp(window.height() * 30 / 100, 200, 300);
    m_window.resizeDocks({dock(Dock::Case)}, {left}, Qt::Horizontal);
    m_window.resizeDocks({dock(Dock::Case), dock(Dock::Inspector)},
                         {window.height() * 40 / 100, window.height() * 60 / 100}, Qt::Vertical);
    const int rest = window.width() - left;
    m_window.resizeDocks({dock(Dock::Claims), dock(Dock::Analysis)}, {rest * 62 / 100, rest * 38 / 100},
                         Qt::Horizontal);
    m_window.resizeDocks({dock(Dock::Claims)}, {bottom}, Qt::Vertical);
}

QDockWidget* DockLayout::leftColumn() const
{
    for (QDockWidget* d : m_docks) {
        if (d->isVisible() && !d->isFloating() && m_window.dockWidgetArea(d) == Qt::LeftDockWidgetArea &&
            !d->visibleRegion().isEmpty()) {
            return d;
        }
    }
    return nullptr;
}

bool DockLayout::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::Resize) {
        return QObject::eventFilter(watched, event);
    }
    if (watched != &m_window) {
        // The layout has already resized the docks when the window's own Resize arrives, so a dock of the left column
        // resized alone, the window's width unchanged, is the user's doing (or sizeFor's).
        auto* resizedDock = static_cast<QDockWidget*>(watched);
        if (m_window.width() == m_windowWidth && !resizedDock->isFloating() &&
            m_window.dockWidgetArea(resizedDock) == Qt::LeftDockWidgetArea && resizedDock->isVisible()) {
            m_leftWidth = resizedDock->width();
        }
    } else {
        QDockWidget* left = leftColumn();
        const auto* resized = static_cast<const QResizeEvent*>(event);
        const bool grew = resized->size().width() > resized->oldSize().width();
        m_windowWidth = resized->size().width();
        if (grew && left && m_leftWidth > 0 && left->width() < m_leftWidth) {
            const int room = resized->size().width() * 45 / 100; // the reports keep most of the window
            m_window.resizeDocks({left}, {std::min(m_leftWidth, std::max(room, left->width()))}, Qt::Horizontal);
        }
    }
    return QObject::eventFilter(watched, event);
}

void DockLayout::setShown(bool shown)
{
    if (shown == m_shown) {
        return;
    }
    // The start page stands alone; the docks come back as they were when a case opens.
    if (!shown) {
        m_hiddenState = m_window.saveState(kStateVersion);
        for (QDockWidget* dock : std::as_const(m_docks)) {
            dock->hide();
        }
    } else if (!m_window.restoreState(m_hiddenState, kStateVersion)) {
        for (QDockWidget* dock : std::as_const(m_docks)) {
            dock->show();
        }
    }
    m_shown = shown;
}

QByteArray DockLayout::saveState() const
{
    return m_shown ? m_window.saveState(kStateVersion) : m_hiddenState;
}

bool DockLayout::restoreState(const QByteArray& state)
{
    return m_window.restoreState(state, kStateVersion);
}

void DockLayout::raiseOver(Dock which, const QList<QDockWidget*>& lookups)
{
    QDockWidget* wanted = dock(which);
    const QWidget* focus = QApplication::focusWidget();
    for (QDockWidget* lookup : lookups) {
        // A tab behind another keeps isVisible() but has nothing in sight.
        if (lookup != nullptr && lookup->isVisible() && !lookup->visibleRegion().isEmpty() &&
            m_window.tabifiedDockWidgets(lookup).contains(wanted) &&
            (focus == nullptr || !lookup->isAncestorOf(focus))) {
            wanted->raise();
            return;
        }
    }
}

} // namespace corrob::ui
