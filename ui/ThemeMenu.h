// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/Theme.h"

#include <QMenu>

class QActionGroup;
class QSettings;

namespace corrob::ui {

// View > Theme: As the Desktop, Light, Dark. Applies the theme saved in the settings when made, and a theme picked
// here (or set through setTheme, as the Preferences do) at once, saving it.
class ThemeMenu final : public QMenu
{
    Q_OBJECT
public:
    ThemeMenu(QSettings& settings, QWidget* parent);

    // Checks and applies theme as if it had been picked here; nothing happens when it is already the one.
    void setTheme(Theme theme);
    [[nodiscard]] Theme theme() const;

private:
    QSettings& m_settings;
    QActionGroup* m_group = nullptr;
};

} // namespace corrob::ui
