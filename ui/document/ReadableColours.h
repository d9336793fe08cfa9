// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QPalette;

namespace corrob::ui {

// Tag and link colours are the investigator's (a tag's colour is whatever they picked), but the text over them and
// the text drawn in them must stay readable in a light and a dark palette alike. These helpers keep WCAG 2 contrast
// (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio): 4.5:1 is the level for body text.
inline constexpr double kReadableContrast = 4.5;

// The WCAG contrast ratio of two opaque colours, from 1 (the same) to 21 (black on white).
[[nodiscard]] double contrastRatio(const QColor& a, const QColor& b);
// What a translucent colour looks like painted over an opaque one.
[[nodiscard]] QColor composite(const QColor& over, const QColor& base);
// colour at the given opacity (0–255) as a background behind the palette's text, on the palette's base, made more
// transparent where needed so the text keeps kReadableContrast (but never below a faint, still visible tint).
[[nodiscard]] QColor readableTint(const QColor& colour, int alpha, const QPalette& palette);
// colour mixed towards the palette's text colour, as little as it takes, until it reads as text on the palette's base.
[[nodiscard]] QColor readableForeground(const QColor& colour, const QPalette& palette);

} // namespace corrob::ui
