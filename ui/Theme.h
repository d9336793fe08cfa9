// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QString>

#include <optional>

namespace corrob::ui {

// How the window is coloured: as the desktop has it, or a light or dark palette of our own (for investigators who
// read for hours at night, whatever the desktop says).
enum class Theme
{
    System,
    Light,
    Dark,
};

// "system", "light", "dark": the settings value of a theme.
[[nodiscard]] QString themeKey(Theme theme);
// The theme a settings value names, or nullopt for anything else.
[[nodiscard]] std::optional<Theme> themeFromKey(const QString& key);

// The palettes Light and Dark apply (with the Fusion style, whose drawing follows the palette everywhere).
[[nodiscard]] QPalette lightPalette();
[[nodiscard]] QPalette darkPalette();

// Applies theme to the whole application at once; System puts back the style and palette it started with.
void applyTheme(Theme theme);

// Whether a palette is a dark one (light text on a dark base), for colours that must read on either.
[[nodiscard]] bool isDark(const QPalette& palette);

} // namespace corrob::ui
