// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>

namespace corrob::ui {

// Lets the window's shortcuts among `keys` work while a text field has the focus. On Linux a QLineEdit takes Ctrl+E
// for itself (the end of the line, an Emacs key) before any shortcut sees it, so File > Export (Ctrl+E) did nothing
// from the Case filter the window opens with. Installed on the application, it turns such fields' claim on the keys
// down; End still ends the line.
class ShortcutsOverTextFields : public QObject
{
    Q_OBJECT
public:
    ShortcutsOverTextFields(QList<QKeySequence> keys, QObject* parent);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QList<QKeySequence> m_keys;
};

} // namespace corrob::ui
