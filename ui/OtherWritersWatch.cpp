// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/OtherWritersWatch.h"

#include "ui/document/CaseDocument.h"
#include "ui/document/ImportController.h"
#include "ui/widgets/QueryField.h"

#include <QApplication>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTimer>

namespace corrob::ui {

OtherWritersWatch::OtherWritersWatch(CaseDocument& document, const ImportController& import, QMainWindow& window)
    : QObject(&window), m_document(document), m_import(import), m_window(window)
{
    auto* timer = new QTimer(this);
    timer->setObjectName(QStringLiteral("otherWritersTimer"));
    timer->setInterval(kInterval);
    connect(timer, &QTimer::timeout, this, &OtherWritersWatch::lookWhenIdle);
    timer->start();
}

bool OtherWritersWatch::mayBeTypingIn(const QWidget* focus)
{
    const auto* line = qobject_cast<const QLineEdit*>(focus);
    const auto* plain = qobject_cast<const QPlainTextEdit*>(focus);
    if (!(line && !line->isReadOnly()) && !(plain && !plain->isReadOnly())) {
        return false;
    }
    // A filter or a search keeps its text when the case is read again: only a pause in the typing is awaited (the
    // window opens with the focus in the reports' filter, and would otherwise never catch up while left alone).
    return !isQueryField(focus) || msSinceTypedIn(focus) < kTypingPause;
}

void OtherWritersWatch::lookWhenIdle()
{
    if (m_window.isVisible() && !m_window.isMinimized() && !QApplication::activeModalWidget() &&
        !QApplication::activePopupWidget() && !mayBeTypingIn(QApplication::focusWidget())) {
        look();
    }
}

void OtherWritersWatch::look()
{
    if (!m_import.isRunning() && m_document.catchUpWithOtherWriters()) {
        m_window.statusBar()->showMessage(
            tr("The case was changed by another program; the window shows it as it is now."), 8000);
    }
}

} // namespace corrob::ui
