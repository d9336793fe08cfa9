// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ShortcutsOverTextFields.h"

#include <QAbstractSpinBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace corrob::ui {

ShortcutsOverTextFields::ShortcutsOverTextFields(QList<QKeySequence> keys, QObject* parent)
    : QObject(parent), m_keys(std::move(keys))
{
}

bool ShortcutsOverTextFields::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ShortcutOverride ||
        !(qobject_cast<QLineEdit*>(watched) || qobject_cast<QAbstractSpinBox*>(watched) ||
          qobject_cast<QPlainTextEdit*>(watched) || qobject_cast<QTextEdit*>(watched))) {
        return false;
    }
    const auto* key = static_cast<QKeyEvent*>(event);
    const QKeySequence pressed(key->keyCombination());
    if (!m_keys.contains(pressed)) {
        return false;
    }
    event->ignore(); // not the field's: the shortcut map goes on to the window's actions
    return true;
}

} // namespace corrob::ui
